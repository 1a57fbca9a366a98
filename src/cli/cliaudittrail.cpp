#include "cliaudittrail.h"

#include "clioutput.h"
#include "core/storage/auditlog.h"

Database::OpenResult CliAuditTrail::open(Database& database, AuditLog& audit, CliOutput& output)
{
    const Database::OpenResult opened =
        database.open(Database::defaultPath(), Database::IntegrityCheck::Skip);
    if (!opened.message.isEmpty())
        output.error(opened.message);
    const int abandoned = audit.markAbandonedAsUnknown();
    if (abandoned > 0) {
        output.note(tr("%n deletion(s) of a run that ended before the server's answer was recorded are now "
                       "marked \"unknown\" in the audit trail: check those batches before trying again.",
                       nullptr, abandoned));
    }
    return opened;
}
