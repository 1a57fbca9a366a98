#include "auditcommand.h"

#include "cliarguments.h"
#include "cliaudittrail.h"
#include "clijson.h"
#include "clioutput.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/text/servertext.h"

#include <QLocale>

AuditCommand::AuditCommand(const CliArguments& arguments, CliOutput& output)
    : m_arguments(arguments)
    , m_output(output)
{}

ExitCode AuditCommand::run()
{
    Database database;
    AuditLog audit(database);
    const Database::OpenResult opened = CliAuditTrail::open(database, audit, m_output);
    if (!audit.keepsRecordsOnDisk()) {
        m_output.error(tr("The audit trail cannot be shown."));
        return ExitCode::UsageError;
    }
    AuditFilter filter;
    filter.fromUtc = m_arguments.sinceUtc;
    const QList<AuditEntry> entries = audit.entries(filter);

    if (m_arguments.csv) {
        m_output.raw(AuditLog::toCsv(entries));
        return ExitCode::Success;
    }
    for (const AuditEntry& entry : entries) {
        if (m_output.isJson())
            m_output.json(CliJson::auditEntry(entry));
        else
            m_output.line(entryLine(entry));
    }
    if (entries.isEmpty() && !m_output.isJson()) {
        m_output.note(opened.movedAsidePath.isEmpty()
                          ? tr("No deletions recorded.")
                          : tr("No deletions recorded since the new data file was started."));
    }
    return ExitCode::Success;
}

QString AuditCommand::entryLine(const AuditEntry& entry)
{
    QString line =
        QStringLiteral("%1  %2  %3  %4 %5")
            .arg(entry.startedUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                 ServerText::oneLine(entry.outcome).leftJustified(16), ServerText::oneLine(entry.host),
                 ServerText::visibleId(entry.classificationId), ServerText::visibleId(entry.batchId));
    if (entry.httpStatus > 0)
        line += tr("  HTTP %1").arg(entry.httpStatus);
    line += QStringLiteral("  ") + ServerText::oneLine(entry.osUser);
    if (!entry.serverMessage.isEmpty())
        line += QStringLiteral("  ") + ServerText::oneLine(entry.serverMessage);
    return line;
}
