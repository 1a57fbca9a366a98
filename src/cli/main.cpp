// extracta-batch: the command-line companion of Extracta Batch Admin. A thin main() over eba_cli.
#include "cliarguments.h"
#include "clicommands.h"
#include "clioutput.h"
#include "cliterminal.h"
#include "core/settings/appidentity.h"
#include "core/settings/translationloader.h"
#include "core/text/servertext.h"
#include "interruptwatcher.h"

#include <QCoreApplication>

namespace {

QtMessageHandler qtDefaultHandler = nullptr;

// Qt's and our own diagnostics (a failed SQL statement, a network detail) are for developers: a user
// gets one clear line from the command itself instead of a burst of raw warnings. They show with
// EXTRACTA_BATCH_DEBUG=1, made safe for the terminal like everything else.
void diagnosticsHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    static const bool debugging = qEnvironmentVariableIntValue("EXTRACTA_BATCH_DEBUG") > 0;
    if (!debugging && type != QtCriticalMsg && type != QtFatalMsg)
        return;
    qtDefaultHandler(type, context, ServerText::oneLine(message));
}

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
    qtDefaultHandler = qInstallMessageHandler(diagnosticsHandler);
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
