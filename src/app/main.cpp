#include "activeconnection.h"
#include "apiendpoint.h"
#include "appidentity.h"
#include "appsettings.h"
#include "auditlog.h"
#include "catalogueservice.h"
#include "database.h"
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
#include <QTemporaryDir>
#include <QWindow>

#include <chrono>
#include <cstdio>

#ifdef Q_OS_LINUX
#include <QFile>

#include <ctime>
#include <unistd.h>
#endif

namespace {

void print(FILE* stream, const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
}

// ---- Measurement hook for docs/benchmarks.md (issue 4); inert unless EBA_REPORT_STARTUP_MS is set ----
// Prints to stderr, once, when the main window has been exposed and its first frame handled:
//   eba-startup: shown <ms> ms after process start; monotonic <ns> ns
// <ms> comes from the start time in /proc/self/stat (10 ms resolution; -1 where unknown); <ns> is
// CLOCK_MONOTONIC, so that a benchmark that noted the clock before starting the process can compute
// the exact figure. With EBA_EXIT_AFTER_SHOWN set as well the application then quits.
class StartupReport final : public QObject
{
public:
    explicit StartupReport(QWidget& window)
        : QObject(&window)
        , m_window(window)
    {}

    static void installIfAsked(QWidget& window)
    {
        if (qEnvironmentVariableIsSet("EBA_REPORT_STARTUP_MS"))
            qApp->installEventFilter(new StartupReport(window));
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Expose && !m_reported && watched == m_window.windowHandle() &&
            m_window.windowHandle()->isExposed()) {
            m_reported = true;
            // Queued: runs once the expose (and the first paint it triggers) has been handled.
            QMetaObject::invokeMethod(this, &StartupReport::report, Qt::QueuedConnection);
        }
        return false;
    }

private:
    void report()
    {
        const long long monotonicNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                          std::chrono::steady_clock::now().time_since_epoch())
                                          .count();
        double sinceStartMs = -1;
#ifdef Q_OS_LINUX
        timespec boot{};
        clock_gettime(CLOCK_BOOTTIME, &boot);
        QFile stat(QStringLiteral("/proc/self/stat"));
        if (stat.open(QIODevice::ReadOnly)) {
            // Field 22, counted after the ")" that ends the command name (which may contain spaces).
            const QByteArray line = stat.readAll();
            const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
            if (fields.size() > 19) {
                const double startSeconds = fields.at(19).toDouble() / double(sysconf(_SC_CLK_TCK));
                sinceStartMs = (double(boot.tv_sec) + boot.tv_nsec / 1e9 - startSeconds) * 1000.0;
            }
        }
#endif
        std::fprintf(stderr, "eba-startup: shown %.1f ms after process start; monotonic %lld ns\n",
                     sinceStartMs, monotonicNs);
        std::fflush(stderr);
        qApp->removeEventFilter(this);
        if (qEnvironmentVariableIsSet("EBA_EXIT_AFTER_SHOWN"))
            QCoreApplication::exit(0);
    }

    QWidget& m_window;
    bool m_reported = false;
};
// ---- end of the measurement hook ----

} // namespace

int main(int argc, char* argv[])
{
    // --help and --version must work without a display, so they are answered before QApplication exists.
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    if (LaunchOptions::asksForHelp(rawArguments)) {
        print(stdout, LaunchOptions::helpText());
        return 0;
    }
    if (LaunchOptions::asksForVersion(rawArguments)) {
        print(stdout, LaunchOptions::versionText());
        return 0;
    }

    QApplication app(argc, argv);
    // QApplication has removed its own options (-platform, -style, -session…) by now.
    const LaunchOptions options = LaunchOptions::parse(QCoreApplication::arguments());
    if (!options.error.isEmpty()) {
        print(stderr,
              QStringLiteral("extracta-batch-admin: %1\n%2").arg(options.error, LaunchOptions::helpText()));
        return 2;
    }
    AppIdentity::applyNames();
    QApplication::setApplicationDisplayName(QObject::tr("Extracta Batch Admin"));

    QSettings qsettings;
    AppSettings settings(qsettings);
    const QString plainTokenFile = AppIdentity::plainTokenFilePath();
    KeychainTokenStore keychain(AppIdentity::keychainService());
    PlainFileTokenStore plainFile(plainTokenFile);
    TokenProvider tokens(&keychain, &plainFile, AppIdentity::defaultConnection());

    QNetworkAccessManager network;
    ExtractaClient client(&network);
    ActiveConnection connection(client, tokens, settings);

    // The demo keeps its catalogue and audit trail in a throwaway folder: sample deletions must not
    // mix with real records.
    QTemporaryDir demoData;
    Database database;
    const Database::OpenResult opened = database.open(
        options.demo ? demoData.filePath(QStringLiteral("demo.sqlite3")) : Database::defaultPath());
    AuditLog audit(database);
    const int unfinished = audit.markUnfinishedAsUnknown();
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

    MainWindow window(connection, settings, catalogue, audit, plainTokenFile);
    QObject::connect(&window, &MainWindow::demoRequested, &window, [] {
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--demo")});
    });
    if (options.demo) {
        QList<IdPair> samples;
        for (const QString& classificationId : sandbox.classificationIds()) {
            for (const QString& batchId : sandbox.batchIds(classificationId))
                samples << IdPair{classificationId, batchId};
        }
        catalogue.addEntries(samples);
    }
    if (!opened.message.isEmpty())
        window.showInfo(opened.message);
    if (unfinished > 0) {
        window.showInfo(
            QObject::tr("%n deletion(s) from an earlier session ended before the server's answer was "
                        "recorded. They are marked \"outcome unknown\" in the audit trail: check "
                        "those batches before trying again.",
                        nullptr, unfinished));
    }
    StartupReport::installIfAsked(window); // measurement hook, see above
    window.show();
    return app.exec();
}
