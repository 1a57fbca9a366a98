#include "teamcommand.h"

#include "cliarguments.h"
#include "cliaudittrail.h"
#include "clioutput.h"
#include "cliteamdatabase.h"
#include "cliterminal.h"
#include "clitokenstore.h"
#include "core/settings/appsettings.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/team/teamoutbox.h"
#include "core/team/teamschema.h"
#include "core/team/teamsettings.h"
#include "core/team/teamuploader.h"

#include <QFile>
#include <QJsonValue>
#include <QSettings>
#include <QTextStream>

#include <memory>

TeamCommand::TeamCommand(const CliArguments& arguments, AppSettings& settings, CliOutput& output)
    : m_arguments(arguments)
    , m_settings(settings)
    , m_output(output)
{}

ExitCode TeamCommand::run()
{
    switch (m_arguments.teamAction) {
    case CliArguments::TeamAction::Init:
        return init();
    case CliArguments::TeamAction::Connect:
        return connect();
    case CliArguments::TeamAction::Disconnect:
        return disconnect();
    case CliArguments::TeamAction::Status:
        return status();
    case CliArguments::TeamAction::Sync:
        break;
    }
    return sync();
}

ExitCode TeamCommand::init()
{
    std::unique_ptr<TeamConnection> team =
        CliTeamDatabase(m_settings).connection(m_output, m_arguments.teamDatabase);
    if (!team)
        return ExitCode::UsageError;
    if (!team->open()) {
        m_output.error(team->errorMessage());
        return CliTeamDatabase::exitCodeFor(*team);
    }
    const TeamSchema::Migration migration = TeamSchema::migrate(team->handle());
    if (!migration.ok) {
        team->noteFailure(migration.error);
        m_output.error(migration.fromVersion > TeamSchema::Version
                           ? TeamSchema::problemWith(migration.fromVersion, team->address().displayName())
                           : team->errorMessage());
        return ExitCode::Refused;
    }
    const QString where = team->address().displayName();
    if (migration.fromVersion == migration.toVersion)
        m_output.note(tr("The team trail in %1 is up to date (schema version %2).")
                          .arg(where)
                          .arg(migration.toVersion));
    else if (migration.fromVersion == 0)
        m_output.note(
            tr("Created the team trail in %1 (schema version %2).").arg(where).arg(migration.toVersion));
    else
        m_output.note(tr("Updated the team trail in %1 from schema version %2 to %3.")
                          .arg(where)
                          .arg(migration.fromVersion)
                          .arg(migration.toVersion));
    const QString role = m_arguments.deskRole.isEmpty() ? TeamSchema::DefaultDeskRole : m_arguments.deskRole;
    m_output.note(tr("Let the desks' role read and append (and nothing else) by running, as the owner:"));
    for (const QString& statement : TeamSchema::grantStatements(role, team->address().databaseName()))
        m_output.line(statement);
    return ExitCode::Success;
}

ExitCode TeamCommand::connect()
{
    QString problem;
    const std::optional<TeamDatabaseAddress> address =
        TeamDatabaseAddress::parse(m_arguments.teamDatabase, &problem);
    if (!address) {
        m_output.error(problem);
        return ExitCode::UsageError;
    }
    if (m_arguments.passwordFromStdin) {
        // As for --token-stdin: not echoed on a terminal, after a prompt there.
        if (CliTerminal::isStdinTerminal())
            CliTerminal::writeError(tr("Team database password (not shown; empty for none): "));
        QString password;
        if (!CliTerminal::readSecretLine(&password)) {
            m_output.error(tr("--password-stdin: standard input ended before a password was read."));
            return ExitCode::UsageError;
        }
        CliTokenStore store(m_settings);
        const CliTokenStore::Answer saved = password.isEmpty()
                                                ? store.remove(address->keychainKey())
                                                : store.write(address->keychainKey(), password);
        if (saved.status != TokenStore::Status::Ok && saved.status != TokenStore::Status::NotFound) {
            m_output.error(
                tr("The password could not be saved in %1: %2").arg(store.description(), saved.message));
            return ExitCode::UsageError;
        }
    }
    QSettings qsettings;
    TeamSettings(qsettings).setSavedUri(address->uri());
    m_output.note(tr("This desk's team database is now %1.").arg(address->displayName()));
    if (qEnvironmentVariableIsSet(TeamSettings::EnvironmentVariable))
        m_output.note(tr("EXTRACTA_TEAM_DB is set and wins over the saved address in this shell."));
    TeamConnection team(*address, CliTeamDatabase(m_settings).password(*address));
    if (!team.open()) {
        m_output.error(tr("Saved, but it cannot be used now: %1").arg(team.errorMessage()));
        return CliTeamDatabase::exitCodeFor(team);
    }
    QString readError;
    const int version = TeamSchema::installedVersion(team.handle(), &readError);
    if (version < 0) {
        // In, but the trail cannot be read as this role (the owner has not run the GRANTs yet).
        team.noteFailure(readError);
        m_output.error(tr("Saved, but it cannot be used now: %1").arg(team.errorMessage()));
        return CliTeamDatabase::exitCodeFor(team);
    }
    if (version != TeamSchema::Version)
        m_output.note(version == 0
                          ? tr("It answers, but has no team trail yet: its owner runs `extracta-batch team "
                               "init` first.")
                          : tr("It answers; its team trail has schema version %1 (this version uses %2).")
                                .arg(version)
                                .arg(TeamSchema::Version));
    else
        m_output.note(tr("It answers and has the team trail (schema version %1).").arg(version));
    return ExitCode::Success;
}

ExitCode TeamCommand::disconnect()
{
    QSettings qsettings;
    TeamSettings settings(qsettings);
    if (settings.savedUri().isEmpty()) {
        m_output.note(tr("No team database was saved for this desk."));
        return ExitCode::Success;
    }
    // Its password goes too: nothing of a team database this desk left stays behind.
    QString ignored;
    if (const auto address = TeamDatabaseAddress::parse(settings.savedUri(), &ignored)) {
        CliTokenStore store(m_settings);
        const CliTokenStore::Answer removed = store.remove(address->keychainKey());
        if (removed.status != TokenStore::Status::Ok && removed.status != TokenStore::Status::NotFound)
            m_output.note(tr("Its saved password could not be removed from %1: %2")
                              .arg(store.description(), removed.message));
    }
    settings.clearSavedUri();
    m_output.note(tr("This desk no longer uploads to a team database; its own audit trail is unchanged."));
    return ExitCode::Success;
}

void TeamCommand::openLocalTrail(Database& database)
{
    // As every command opens it: what happened to the file is said, abandoned entries are marked.
    AuditLog audit(database);
    CliAuditTrail::open(database, audit, m_output);
}

ExitCode TeamCommand::status()
{
    std::unique_ptr<TeamConnection> team = CliTeamDatabase(m_settings).connection(m_output);
    if (!team)
        return ExitCode::UsageError;
    Database database;
    openLocalTrail(database);
    const int pending = TeamOutbox(database, team->address().displayName()).pendingCount();
    const bool opened = team->open();
    QString readError;
    const int version = opened ? TeamSchema::installedVersion(team->handle(), &readError) : -1;
    // Open, but the trail cannot be read as this role (no GRANTs yet): that is the error to show.
    if (opened && version < 0)
        team->noteFailure(readError);
    // Reachable: the server answered, even to refuse.
    const bool reachable = team->serverAnswered();
    const QString problem =
        version >= 0 ? TeamSchema::problemWith(version, team->address().displayName()) : team->errorMessage();
    const bool usable = problem.isEmpty();
    if (m_output.isJson()) {
        m_output.json({
            {QStringLiteral("database"), team->address().displayName()},
            {QStringLiteral("reachable"), reachable},
            {QStringLiteral("schemaVersion"),
             version >= 0 ? QJsonValue(version) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("pending"), pending},
            {QStringLiteral("error"), usable ? QJsonValue(QJsonValue::Null) : QJsonValue(problem)},
        });
    } else {
        m_output.line(tr("Team database: %1").arg(team->address().displayName()));
        m_output.line(reachable ? tr("Reachable: yes") : tr("Reachable: no"));
        if (!usable)
            m_output.error(problem);
        if (version >= 0)
            m_output.line(version == 0 ? tr("Schema version: none (run `extracta-batch team init`)")
                                       : tr("Schema version: %1").arg(version));
        m_output.line(tr("Pending upload: %n entries", nullptr, pending));
    }
    if (usable)
        return ExitCode::Success;
    return reachable ? ExitCode::Refused : CliTeamDatabase::exitCodeFor(*team);
}

ExitCode TeamCommand::sync()
{
    std::unique_ptr<TeamConnection> team = CliTeamDatabase(m_settings).connection(m_output);
    if (!team)
        return ExitCode::UsageError;
    Database database;
    openLocalTrail(database);
    TeamOutbox outbox(database, team->address().displayName());
    const TeamSyncResult result = TeamUploader(outbox, *team).uploadPending();
    if (!result.error.isEmpty())
        m_output.error(result.error);
    if (m_output.isJson())
        m_output.json(
            {{QStringLiteral("uploaded"), result.uploaded}, {QStringLiteral("pending"), result.pending}});
    else
        m_output.note(tr("Uploaded %n entries; ", nullptr, result.uploaded) +
                      tr("%n pending.", nullptr, result.pending));
    // Nothing left to upload is success only when the team database took part: one that could not be
    // reached (or read) is said with its exit code even when this desk had nothing to send.
    if (result.pending == 0 && result.error.isEmpty())
        return ExitCode::Success;
    return result.reachable ? ExitCode::Refused : CliTeamDatabase::exitCodeFor(*team);
}
