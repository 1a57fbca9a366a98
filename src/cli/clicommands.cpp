#include "clicommands.h"

#include "auditcommand.h"
#include "cliarguments.h"
#include "clioutput.h"
#include "connectionscommand.h"
#include "core/api/apiendpoint.h"
#include "core/connections/connectionchoice.h"
#include "core/connections/connectionmigration.h"
#include "core/connections/connectionstore.h"
#include "core/settings/appidentity.h"
#include "core/settings/appsettings.h"
#include "deletecommand.h"
#include "readcommands.h"
#include "teamcommand.h"

#include <QSettings>

ExitCode runCommand(const CliArguments& arguments, CliOutput& output)
{
    AppIdentity::makeStoragePrivate();
    QSettings qsettings;
    AppSettings settings(qsettings);
    ConnectionStore connections(qsettings);
    // The setup of a version before named connections becomes one, whatever command runs first, so
    // that its URL and saved token keep working without being entered again.
    ConnectionMigration::run(connections, settings);
    if (arguments.command == CliArguments::Command::Connections)
        return ConnectionsCommand(arguments, connections, settings, output).run();
    if (arguments.command == CliArguments::Command::Team)
        return TeamCommand(arguments, settings, output).run();
    // Without --connection or EXTRACTA_CONNECTION, audit lists every connection's entries: it resolves
    // a name itself.
    if (arguments.command == CliArguments::Command::Audit)
        return AuditCommand(arguments, settings, output).run();

    // A name given but unknown is an error, never a fall-back: a script meant for staging must not
    // end up on production.
    const ConnectionChoice choice = ConnectionChoice::resolve(connections, arguments.connectionName,
                                                              environmentValue("EXTRACTA_CONNECTION"));
    if (!choice.connection) {
        output.error(choice.problem);
        return ExitCode::UsageError;
    }
    switch (arguments.command) {
    case CliArguments::Command::Delete:
        return DeleteCommand(arguments, settings, *choice.connection, output).run();
    case CliArguments::Command::Inspect:
        return ReadCommands(arguments, settings, *choice.connection, output).inspect();
    case CliArguments::Command::Credits:
        return ReadCommands(arguments, settings, *choice.connection, output).credits();
    case CliArguments::Command::Audit:
    case CliArguments::Command::Connections:
    case CliArguments::Command::Team:
    case CliArguments::Command::None:
        break;
    }
    return ExitCode::UsageError;
}
