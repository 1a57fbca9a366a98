#include "adminapp.h"
#include "core/settings/appidentity.h"
#include "core/settings/launchoptions.h"
#include "core/settings/translationloader.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/widgets/guiresources.h"
#include "startupreport.h"

#include <QApplication>

#include <cstdio>

namespace {

void print(FILE* stream, const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
}

} // namespace

int main(int argc, char* argv[])
{
    // --help and --version must work without a display, so they are answered before QApplication exists.
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    const bool asksForHelp = LaunchOptions::asksForHelp(rawArguments);
    if (asksForHelp || LaunchOptions::asksForVersion(rawArguments)) {
        // A QCoreApplication needs no display, and with it the help is in the user's language.
        QCoreApplication console(argc, argv);
        TranslationLoader::install();
        print(stdout, asksForHelp ? LaunchOptions::helpText() : LaunchOptions::versionText());
        return 0;
    }

    QApplication app(argc, argv);
    TranslationLoader::install();
    // QApplication has removed its own options (-platform, -style, -session…) by now.
    const LaunchOptions options = LaunchOptions::parse(QCoreApplication::arguments());
    if (!options.error.isEmpty()) {
        print(stderr,
              QStringLiteral("extracta-batch-admin: %1\n%2").arg(options.error, LaunchOptions::helpText()));
        return 2;
    }
    AppIdentity::applyNames();
    AppIdentity::makeStoragePrivate();
    QApplication::setApplicationDisplayName(QObject::tr("Extracta Batch Admin"));
    ensureGuiResources();
    // The desktop file name lets Wayland compositors and docks match the running app to its
    // installed .desktop entry (and take its icon from there).
#ifdef EBA_APP_ID
    QGuiApplication::setDesktopFileName(QStringLiteral(EBA_APP_ID));
#endif

    AdminApp adminApp(options);
    if (!adminApp.start())
        return 1;
    // Measurement hook for the benchmarks (inert unless EBA_REPORT_STARTUP_MS is set).
    installStartupReportIfAsked(*adminApp.window(), StartupContents::Later);
    QObject::connect(adminApp.window(), &MainWindow::contentsBuilt, adminApp.window(),
                     [&adminApp] { reportStartupContentsBuilt(*adminApp.window()); });
    return app.exec();
}
