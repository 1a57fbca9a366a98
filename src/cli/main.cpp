// extracta-batch: the command-line companion of Extracta Batch Admin. A thin main() over eba_cli.
#include "appidentity.h"
#include "cliarguments.h"
#include "clicommands.h"
#include "clioutput.h"
#include "cliterminal.h"
#include "interruptwatcher.h"
#include "translationloader.h"

#include <QCoreApplication>

namespace {

ExitCode runTool()
{
    const CliArguments arguments = CliArguments::parse(QCoreApplication::arguments());
    CliOutput output(arguments.json, arguments.quiet);
    if (arguments.showHelp) {
        output.line(CliArguments::helpText());
        return ExitCode::Success;
    }
    if (arguments.showVersion) {
        output.raw(CliArguments::versionText());
        return ExitCode::Success;
    }
    if (!arguments.error.isEmpty()) {
        output.error(QCoreApplication::translate("main", "%1\nRun \"extracta-batch --help\" for usage.")
                         .arg(arguments.error));
        return ExitCode::UsageError;
    }
    CliTerminal::keepRunningWhenOutputCloses();
    return runCommand(arguments, output);
}

} // namespace

int main(int argc, char* argv[])
{
    // QCoreApplication needs no display and no D-Bus: --help and --version work anywhere.
    QCoreApplication app(argc, argv);
    TranslationLoader::install();
    // The app's names, so that its settings, saved token and audit trail are the ones used here.
    AppIdentity::applyNames();

    const ExitCode code = runTool();
    // An interrupted delete has wound down and written everything; it now ends the way the interrupt
    // would have ended it, so that a shell script that ran it stops too.
    if (code == ExitCode::Interrupted)
        InterruptWatcher::endProcess();
    return static_cast<int>(code);
}
