// extracta-batch: the command-line companion of Extracta Batch Admin. A thin main() over eba_cli.
#include "appidentity.h"
#include "cliarguments.h"
#include "clicommands.h"
#include "clioutput.h"
#include "cliterminal.h"
#include "translationloader.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    // QCoreApplication needs no display and no D-Bus: --help and --version work anywhere.
    QCoreApplication app(argc, argv);
    TranslationLoader::install();
    // The app's names, so that its settings, saved token and audit trail are the ones used here.
    AppIdentity::applyNames();

    const CliArguments arguments = CliArguments::parse(QCoreApplication::arguments());
    CliOutput output(arguments.json, arguments.quiet);
    if (arguments.showHelp) {
        output.line(CliArguments::helpText());
        return static_cast<int>(ExitCode::Success);
    }
    if (arguments.showVersion) {
        output.raw(CliArguments::versionText());
        return static_cast<int>(ExitCode::Success);
    }
    if (!arguments.error.isEmpty()) {
        output.error(QCoreApplication::translate("main", "%1\nRun \"extracta-batch --help\" for usage.")
                         .arg(arguments.error));
        return static_cast<int>(ExitCode::UsageError);
    }
    CliTerminal::keepRunningWhenOutputCloses();
    return static_cast<int>(runCommand(arguments, output));
}
