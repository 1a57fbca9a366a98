#include "clicommands.h"

#include "auditcommand.h"
#include "cliarguments.h"
#include "clioutput.h"
#include "core/settings/appidentity.h"
#include "core/settings/appsettings.h"
#include "deletecommand.h"
#include "readcommands.h"

#include <QSettings>

ExitCode runCommand(const CliArguments& arguments, CliOutput& output)
{
    AppIdentity::makeStoragePrivate();
    QSettings qsettings;
    AppSettings settings(qsettings);
    switch (arguments.command) {
    case CliArguments::Command::Delete:
        return DeleteCommand(arguments, settings, output).run();
    case CliArguments::Command::Inspect:
        return ReadCommands(arguments, settings, output).inspect();
    case CliArguments::Command::Credits:
        return ReadCommands(arguments, settings, output).credits();
    case CliArguments::Command::Audit:
        return AuditCommand(arguments, output).run();
    case CliArguments::Command::None:
        break;
    }
    return ExitCode::UsageError;
}
