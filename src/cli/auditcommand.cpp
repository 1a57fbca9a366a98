#include "auditcommand.h"

#include "cliarguments.h"
#include "cliaudittrail.h"
#include "clijson.h"
#include "clioutput.h"
#include "cliteamdatabase.h"
#include "core/api/apiendpoint.h"
#include "core/connections/connectionchoice.h"
#include "core/connections/connectionstore.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/team/teamschema.h"
#include "core/team/teamtrail.h"
#include "core/text/servertext.h"

#include <QJsonObject>
#include <QLocale>
#include <QSettings>

#include <optional>

AuditCommand::AuditCommand(const CliArguments& arguments, AppSettings& settings, CliOutput& output)
    : m_arguments(arguments)
    , m_settings(settings)
    , m_output(output)
{}

ExitCode AuditCommand::runTeam()
{
    std::unique_ptr<TeamConnection> team = CliTeamDatabase(m_settings).connection(m_output);
    if (!team)
        return ExitCode::UsageError;
    if (!team->open()) {
        m_output.error(team->errorMessage());
        return CliTeamDatabase::exitCodeFor(*team);
    }
    QString error;
    const int version = TeamSchema::installedVersion(team->handle(), &error);
    if (version < 0)
        team->noteFailure(error);
    const QString unusable =
        version < 0 ? team->errorMessage() : TeamSchema::problemWith(version, team->address().displayName());
    if (!unusable.isEmpty()) {
        m_output.error(unusable);
        return ExitCode::Refused;
    }
    AuditFilter filter;
    filter.fromUtc = m_arguments.sinceUtc;
    bool ok = false;
    const QList<AuditEntry> entries = TeamTrail(*team).entries(filter, TeamTrail::DefaultLimit, &ok);
    if (!ok) {
        m_output.error(team->errorMessage());
        return ExitCode::Refused;
    }
    print(entries);
    if (entries.size() >= TeamTrail::DefaultLimit)
        m_output.note(tr("Only the newest %1 entries are listed: narrow the list with --since.")
                          .arg(TeamTrail::DefaultLimit));
    else if (entries.isEmpty() && !m_output.isJson())
        m_output.note(tr("The team trail has no deletions recorded."));
    return ExitCode::Success;
}

void AuditCommand::print(const QList<AuditEntry>& entries)
{
    if (m_arguments.csv) {
        m_output.raw(AuditLog::toCsv(entries));
        return;
    }
    for (const AuditEntry& entry : entries) {
        if (m_output.isJson())
            m_output.json(jsonEntry(entry));
        else
            m_output.line(entryLine(entry));
    }
}

ExitCode AuditCommand::run()
{
    if (m_arguments.team)
        return runTeam();
    // Only a connection named by --connection or EXTRACTA_CONNECTION narrows the trail; without
    // either, every entry of every connection is listed, as before there were connections. A name
    // that is not saved is an error, never the whole trail instead.
    std::optional<Connection> connection;
    const std::optional<QString> environmentName = environmentValue("EXTRACTA_CONNECTION");
    if (m_arguments.connectionName || environmentName) {
        QSettings qsettings;
        const ConnectionStore store(qsettings);
        const ConnectionChoice choice =
            ConnectionChoice::resolve(store, m_arguments.connectionName, environmentName);
        if (!choice.connection) {
            m_output.error(choice.problem);
            return ExitCode::UsageError;
        }
        connection = choice.connection;
    }

    Database database;
    AuditLog audit(database);
    const Database::OpenResult opened = CliAuditTrail::open(database, audit, m_output);
    if (!audit.keepsRecordsOnDisk()) {
        m_output.error(tr("The audit trail cannot be shown."));
        return ExitCode::UsageError;
    }
    AuditFilter filter;
    filter.fromUtc = m_arguments.sinceUtc;
    if (connection) {
        // The connection made from the setup of a version before connections shows what that version
        // recorded under its API host, as the app does at its start.
        if (!connection->legacyDataKey.isEmpty())
            audit.adoptLegacyEntries(connection->legacyDataKey, connection->id, connection->name);
        filter.connectionId = connection->id;
    }
    const QList<AuditEntry> entries = audit.entries(filter);
    print(entries);
    if (entries.isEmpty() && !m_output.isJson() && !m_arguments.csv) {
        m_output.note(opened.movedAsidePath.isEmpty()
                          ? tr("No deletions recorded.")
                          : tr("No deletions recorded since the new data file was started."));
    }
    return ExitCode::Success;
}

QJsonObject AuditCommand::jsonEntry(const AuditEntry& entry)
{
    QJsonObject object = CliJson::auditEntry(entry);
    // The name the connection had when the entry was made; "" for an entry in none.
    object.insert(QStringLiteral("connection"), entry.connectionName);
    return object;
}

QString AuditCommand::entryLine(const AuditEntry& entry)
{
    // The connection's name before the host, when the entry went through one.
    const QString connection = entry.connectionName.isEmpty()
                                   ? QString()
                                   : ServerText::oneLine(entry.connectionName) + QStringLiteral("  ");
    QString line = QStringLiteral("%1  %2  %3%4  %5 %6")
                       .arg(entry.startedUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                            ServerText::oneLine(entry.outcome).leftJustified(16), connection,
                            ServerText::oneLine(entry.host), ServerText::visibleId(entry.classificationId),
                            ServerText::visibleId(entry.batchId));
    if (entry.httpStatus > 0)
        line += tr("  HTTP %1").arg(entry.httpStatus);
    line += QStringLiteral("  ") + ServerText::oneLine(entry.osUser);
    if (!entry.machine.isEmpty())
        line += QLatin1Char('@') + ServerText::oneLine(entry.machine);
    if (!entry.serverMessage.isEmpty())
        line += QStringLiteral("  ") + ServerText::oneLine(entry.serverMessage);
    return line;
}
