#include "activeconnection.h"
#include "apiendpoint.h"
#include "appidentity.h"
#include "appsettings.h"
#include "auditlog.h"
#include "catalogueservice.h"
#include "database.h"
#include "extractaclient.h"
#include "firstframe.h"
#include "guiresources.h"
#include "keychaintokenstore.h"
#include "launchoptions.h"
#include "mainwindow.h"
#include "plainfiletokenstore.h"
#include "sandboxserver.h"
#include "startupreport.h"
#include "tokenprovider.h"
#include "translationloader.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>

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
    QApplication::setApplicationDisplayName(QObject::tr("Extracta Batch Admin"));
    ensureGuiResources();
    // The desktop file name lets Wayland compositors and docks match the running app to its
    // installed .desktop entry (and take its icon from there).
#ifdef EBA_APP_ID
    QGuiApplication::setDesktopFileName(QStringLiteral(EBA_APP_ID));
#endif

    QSettings qsettings;
    AppSettings settings(qsettings);
    const QString plainTokenFile = AppIdentity::plainTokenFilePath();
    KeychainTokenStore keychain(AppIdentity::keychainService());
    PlainFileTokenStore plainFile(plainTokenFile);
    TokenProvider tokens(&keychain, &plainFile, AppIdentity::defaultConnection());

    QNetworkAccessManager network;
    ExtractaClient client(&network);
    ActiveConnection connection(client, tokens, settings);

    // Opened after the window's first frame (below); nothing reads or writes it before.
    Database database;
    AuditLog audit(database);
    CatalogueService catalogue(database, client);

    SandboxServer sandbox;
    if (options.demo) {
        sandbox.loadSampleData();
        if (!sandbox.start()) {
            QMessageBox::critical(
                nullptr, QObject::tr("Demo mode"),
                QObject::tr("The demo sandbox could not start: %1").arg(sandbox.errorString()));
            return 1;
        }
        network.setProxy(QNetworkProxy::NoProxy);
        connection.setDemoEndpoint(ApiEndpoint::parse(sandbox.baseUrl().toString()));
        tokens.useDemoToken(sandbox.token());
    } else {
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        connection.setOverrides(options.apiUrl, qEnvironmentVariable("EXTRACTA_API_URL"));
        tokens.setEnvironmentToken(qEnvironmentVariable("EXTRACTA_API_TOKEN"));
        if (!tokens.hasToken()) {
            tokens.load(settings.tokenStorage() == AppSettings::TokenStorage::PlainFile
                            ? TokenProvider::Destination::PlainFile
                            : TokenProvider::Destination::Keychain);
        }
    }
    connection.apply();

    // The window is on the screen first, as a light frame; its contents, and the database they
    // read, follow right after that frame (a large audit trail takes a while to check).
    MainWindow window(connection, settings, catalogue, audit, plainTokenFile,
                      MainWindow::ContentsBuild::WhenAsked);
    // The demo runs as a second process with its own sandbox and throwaway data; this window stays,
    // so that the user can come back to it and set up the real token after looking around.
    QObject::connect(&window, &MainWindow::demoRequested, &window, [&window] {
        if (QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--demo")}))
            window.statusBar()->showMessage(QObject::tr("The demo is opening in a separate window."), 10000);
        else
            window.showInfo(QObject::tr("The demo could not be started."));
    });
    // The demo keeps its catalogue and audit trail in a throwaway folder: sample deletions must not
    // mix with real records.
    QTemporaryDir demoData;
    runAfterFirstFrame(window, [&] {
        // Every window, the task bar and the window switcher take this icon. Set here, after the
        // first frame, it spares that frame loading Qt's SVG plugin and library.
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app-icon.svg")));
        const Database::OpenResult opened = database.open(
            options.demo ? demoData.filePath(QStringLiteral("demo.sqlite3")) : Database::defaultPath());
        const int unfinished = audit.markUnfinishedAsUnknown();
        if (options.demo) {
            QList<IdPair> samples;
            for (const QString& classificationId : sandbox.classificationIds()) {
                for (const QString& batchId : sandbox.batchIds(classificationId))
                    samples << IdPair{classificationId, batchId};
            }
            catalogue.addEntries(samples);
        }
        window.buildContents();
        if (!opened.message.isEmpty())
            window.showInfo(opened.message);
        if (unfinished > 0) {
            window.showInfo(
                QObject::tr("%n deletion(s) from an earlier session ended before the server's answer "
                            "was recorded. They are marked \"outcome unknown\" in the audit trail: "
                            "check those batches before trying again.",
                            nullptr, unfinished));
        }
        reportStartupContentsBuilt(window);
    });
    installStartupReportIfAsked(window, StartupContents::Later);
    window.show();
    return app.exec();
}
