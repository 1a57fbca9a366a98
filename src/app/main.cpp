#include "activeconnection.h"
#include "apiendpoint.h"
#include "appsettings.h"
#include "extractaclient.h"
#include "keychaintokenstore.h"
#include "launchoptions.h"
#include "mainwindow.h"
#include "plainfiletokenstore.h"
#include "sandboxserver.h"
#include "tokenprovider.h"

#include <QApplication>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>

namespace {

const auto ConnectionName = QStringLiteral("default");

void print(FILE* stream, const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
}

} // namespace

int main(int argc, char* argv[])
{
    // --help and --version must work without a display, so they are answered before QApplication exists.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const LaunchOptions options = LaunchOptions::parse(arguments);
    if (!options.error.isEmpty()) {
        print(stderr,
              QStringLiteral("extracta-batch-admin: %1\n%2").arg(options.error, LaunchOptions::helpText()));
        return 2;
    }
    if (options.showHelp) {
        print(stdout, LaunchOptions::helpText());
        return 0;
    }
    if (options.showVersion) {
        print(stdout, LaunchOptions::versionText());
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("extracta-batch-admin"));
    QApplication::setApplicationName(QStringLiteral("extracta-batch-admin"));
    QApplication::setApplicationDisplayName(QObject::tr("Extracta Batch Admin"));
    QApplication::setApplicationVersion(QStringLiteral(EBA_VERSION));

    QSettings qsettings;
    AppSettings settings(qsettings);
    const QString plainTokenFile = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                                   QStringLiteral("/credentials.json");
    KeychainTokenStore keychain(QStringLiteral("extracta-batch-admin"));
    PlainFileTokenStore plainFile(plainTokenFile);
    TokenProvider tokens(&keychain, &plainFile, ConnectionName);

    QNetworkAccessManager network;
    ExtractaClient client(&network);
    ActiveConnection connection(client, tokens, settings);

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

    MainWindow window(connection, settings, plainTokenFile);
    QObject::connect(&window, &MainWindow::demoRequested, &window, [] {
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--demo")});
    });
    if (options.demo) {
        QStringList batchIds;
        for (const QString& classificationId : sandbox.classificationIds())
            batchIds << sandbox.batchIds(classificationId);
        window.addSuggestedIds(sandbox.classificationIds(), batchIds);
    }
    window.show();
    return app.exec();
}
