// extracta-batch and the OS keychain, end to end: the real executable reads the token the app saved
// through QtKeychain, and gives up with a clear message, in bounded time, when no keychain answers.
//
// - The plain run (dead D-Bus address from the harness) covers the cases without a keychain: no
//   session bus at all, a bus without a Secret Service, and a Secret Service that never answers
//   (both on a private dbus-daemon this test starts). The real-keychain test skips.
// - run-in-private-keyring.sh (ctest: tst_clikeychain_private_keyring) starts a private session bus
//   with a throwaway, unlocked gnome-keyring; only then does the real-keychain test run. It never
//   touches the user's keychain.
#include "cli/clitokensource.h"
#include "clitestharness.h"
#include "core/settings/appidentity.h"
#include "core/tokens/keychaintokenstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef EBA_TEST_HAS_QTDBUS
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusVirtualObject>
#endif

#include <chrono>

using namespace std::chrono_literals;

namespace {

bool inPrivateKeyring()
{
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    return qgetenv("EBA_PRIVATE_KEYRING") == "1" && !bus.isEmpty() &&
           bus == qgetenv("EBA_PRIVATE_KEYRING_BUS");
}

QStringList withUrl(const QString& url, QStringList arguments)
{
    return arguments << QStringLiteral("--api-url") << url;
}

// How long a run may take when the keychain cannot answer at all: well under the CLI's own timeout.
constexpr auto NoKeychainLimit = 4s;
// The CLI gives up on a keychain that does not answer after CliTokenSource::KeychainTimeout.
constexpr std::chrono::milliseconds TimeoutSlack = 3s;

qint64 ms(std::chrono::milliseconds duration)
{
    return duration.count();
}

// A session bus of its own (dbus-daemon, no activatable services), for the cases where a bus is up
// but no Secret Service answers on it. Stopped with the object.
class PrivateBus
{
public:
    PrivateBus() = default;
    PrivateBus(const PrivateBus&) = delete;
    PrivateBus& operator=(const PrivateBus&) = delete;

    ~PrivateBus()
    {
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.kill();
            m_daemon.waitForFinished(5000);
        }
    }

    // False, with the reason in `problem`, when no dbus-daemon could be started here.
    bool start(QString* problem)
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty() || !m_folder.isValid()) {
            *problem = QStringLiteral("dbus-daemon is not installed");
            return false;
        }
        // No <servicedir>: nothing is started on demand, so org.freedesktop.secrets has no owner
        // unless a test takes the name itself.
        const QString config = m_folder.filePath(QStringLiteral("bus.conf"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly)) {
            *problem = QStringLiteral("cannot write %1").arg(config);
            return false;
        }
        file.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                   " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                   "<busconfig>\n"
                   "  <type>session</type>\n"
                   "  <listen>unix:path=" +
                   m_folder.filePath(QStringLiteral("bus")).toUtf8() +
                   "</listen>\n"
                   "  <auth>EXTERNAL</auth>\n"
                   "  <policy context=\"default\">\n"
                   "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                   "    <allow eavesdrop=\"true\"/>\n"
                   "    <allow own=\"*\"/>\n"
                   "  </policy>\n"
                   "</busconfig>\n");
        file.close();
        m_daemon.start(daemon, {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                                QStringLiteral("--print-address=1")});
        if (!m_daemon.waitForStarted(5000)) {
            *problem = QStringLiteral("dbus-daemon did not start: %1").arg(m_daemon.errorString());
            return false;
        }
        QElapsedTimer clock;
        clock.start();
        while (!m_daemon.canReadLine() && clock.elapsed() < 10000)
            m_daemon.waitForReadyRead(1000);
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        if (m_address.isEmpty()) {
            *problem = QStringLiteral("dbus-daemon printed no address: %1")
                           .arg(QString::fromLocal8Bit(m_daemon.readAllStandardError()));
            return false;
        }
        return true;
    }

    QString address() const
    {
        return m_address;
    }

private:
    QTemporaryDir m_folder;
    QProcess m_daemon;
    QString m_address;
};

#ifdef EBA_TEST_HAS_QTDBUS
// Takes every call sent to it and never answers: a Secret Service stuck on a prompt nobody sees.
class SilentService final : public QDBusVirtualObject
{
public:
    QString introspect(const QString&) const override
    {
        return {};
    }
    bool handleMessage(const QDBusMessage&, const QDBusConnection&) override
    {
        ++m_calls;
        return true;
    }
    int calls() const
    {
        return m_calls;
    }

private:
    int m_calls = 0;
};
#endif

} // namespace

class TestCliKeychain : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void savedTokenFromTheKeychain();
    void eachConnectionHasItsOwnKeychainToken();
    void noSessionBus();
    void busWithoutSecretService();
    void secretServiceThatNeverAnswers();

private:
    // Runs `credits` against `sandbox` with no token but the keychain's, on the given bus.
    CliRun creditsWithoutToken(SandboxThread& sandbox, CliRunner& runner, qint64* elapsedMs);
};

void TestCliKeychain::cleanup()
{
    QCOMPARE(CliRunner::leakCount(), 0);
}

CliRun TestCliKeychain::creditsWithoutToken(SandboxThread& sandbox, CliRunner& runner, qint64* elapsedMs)
{
    QElapsedTimer clock;
    clock.start();
    CliRun run = runner.run(withUrl(sandbox.baseUrl(), {QStringLiteral("credits")}));
    *elapsedMs = clock.elapsed();
    return run;
}

// The token the app saved in the keychain (KeychainTokenStore, the app's service and connection) is
// the one extracta-batch sends; once it is removed, the CLI says that no token is saved.
void TestCliKeychain::savedTokenFromTheKeychain()
{
    if (!inPrivateKeyring()) {
        const QByteArray why = qgetenv("EBA_PRIVATE_KEYRING_PROBLEM");
        QSKIP(qPrintable(QStringLiteral("Real keychain test skipped: %1. It runs only through "
                                        "tests/integration/run-in-private-keyring.sh (ctest: "
                                        "tst_clikeychain_private_keyring).")
                             .arg(why.isEmpty() ? QStringLiteral("EBA_PRIVATE_KEYRING is not set")
                                                : QString::fromLocal8Bit(why))));
    }
    SandboxThread sandbox;
    CliRunner runner;
    runner.addSecret(sandbox.token());
    runner.environment().insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                                QString::fromLocal8Bit(qgetenv("DBUS_SESSION_BUS_ADDRESS")));

    // Saved as the app saves it; the keyring is the wrapper's throwaway one.
    KeychainTokenStore store(AppIdentity::keychainService());
    store.setTimeout(8s);
    const QString connection = AppIdentity::defaultConnection();
    QSignalSpy written(&store, &TokenStore::writeFinished);
    store.write(connection, sandbox.token());
    QVERIFY(written.wait(10000));
    QVERIFY2(written.constFirst().at(1).value<TokenStore::Status>() == TokenStore::Status::Ok,
             qPrintable(written.constFirst().at(2).toString()));

    qint64 elapsedMs = 0;
    CliRun run = creditsWithoutToken(sandbox, runner, &elapsedMs);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.startsWith("Credits: "), run.out.constData());
    const QList<SandboxRequest> requests =
        sandbox.call([](SandboxServer& server) { return server.requests(); });
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.constFirst().header("Authorization"), "Bearer " + sandbox.token().toUtf8());

    QSignalSpy removed(&store, &TokenStore::removeFinished);
    store.remove(connection);
    QVERIFY(removed.wait(10000));
    QVERIFY2(removed.constFirst().at(1).value<TokenStore::Status>() == TokenStore::Status::Ok,
             qPrintable(removed.constFirst().at(2).toString()));

    run = creditsWithoutToken(sandbox, runner, &elapsedMs);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("No API token is saved."), run.err.constData());
    QVERIFY2(run.err.contains("EXTRACTA_API_TOKEN"), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(sandbox.requestCount(), 1);
}

// Two connections, each with its own token saved by `connections set-token` in the keychain: each
// command sends the token of the connection it names to that connection's server, and removing a
// connection takes its keychain entry with it.
void TestCliKeychain::eachConnectionHasItsOwnKeychainToken()
{
    if (!inPrivateKeyring())
        QSKIP("Real keychain test: runs only through tests/integration/run-in-private-keyring.sh (ctest: "
              "tst_clikeychain_private_keyring).");
    SandboxThread first;
    SandboxThread second;
    QVERIFY(first.token() != second.token());
    CliRunner runner;
    runner.addSecret(first.token());
    runner.addSecret(second.token());
    runner.environment().insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                                QString::fromLocal8Bit(qgetenv("DBUS_SESSION_BUS_ADDRESS")));
    const QString connections = QStringLiteral("connections");
    for (auto* sandbox : {&first, &second}) {
        const QString name = sandbox == &first ? QStringLiteral("first") : QStringLiteral("second");
        CliRun run =
            runner.run({connections, QStringLiteral("add"), name, QStringLiteral("--api-url"),
                        sandbox->baseUrl(), QStringLiteral("--environment"), QStringLiteral("staging")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runner.run({connections, QStringLiteral("set-token"), name, QStringLiteral("--token-stdin")},
                         sandbox->token().toUtf8() + '\n');
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("in the OS keychain"), run.out.constData());
    }

    for (auto* sandbox : {&first, &second}) {
        const QString name = sandbox == &first ? QStringLiteral("first") : QStringLiteral("second");
        const CliRun run = runner.run({QStringLiteral("credits"), QStringLiteral("--connection"), name});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<SandboxRequest> requests =
            sandbox->call([](SandboxServer& server) { return server.requests(); });
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.constFirst().header("Authorization"), "Bearer " + sandbox->token().toUtf8());
    }

    // The list reads each connection's entry: the connection made for a new install has none.
    CliRun run = runner.run({connections, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QHash<QString, bool> stored;
    for (const QJsonObject& object : run.jsonLines())
        stored.insert(object.value(QLatin1String("name")).toString(),
                      object.value(QLatin1String("tokenStored")).toBool());
    QCOMPARE(stored.value(QStringLiteral("first")), true);
    QCOMPARE(stored.value(QStringLiteral("second")), true);
    QCOMPARE(stored.value(QStringLiteral("api.extracta.ai"), true), false);

    // The keychain entries are named after the connections' ids, which only the settings file shows.
    QStringList ids;
    {
        QSettings settings(runner.configHome() +
                               QStringLiteral("/extracta-batch-admin/extracta-batch-admin.conf"),
                           QSettings::IniFormat);
        settings.beginGroup(connections);
        for (const QString& id : settings.childGroups()) {
            const QString name = settings.value(id + QStringLiteral("/name")).toString();
            if (name == QLatin1String("first") || name == QLatin1String("second"))
                ids << id;
        }
    }
    QCOMPARE(ids.size(), 2);

    run = runner.run({connections, QStringLiteral("remove"), QStringLiteral("first")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Removed its token from the OS keychain"), run.out.constData());
    run = runner.run({connections, QStringLiteral("remove"), QStringLiteral("second")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    KeychainTokenStore store(AppIdentity::keychainService());
    store.setTimeout(8s);
    for (const QString& id : std::as_const(ids)) {
        QSignalSpy read(&store, &TokenStore::readFinished);
        store.read(id);
        QVERIFY(read.count() > 0 || read.wait(10000));
        QCOMPARE(read.constFirst().at(1).value<TokenStore::Status>(), TokenStore::Status::NotFound);
    }
}

// No D-Bus session bus at all (no address, nothing in XDG_RUNTIME_DIR, no display to autolaunch
// one): the keychain is "not available", at once, and nothing is sent.
void TestCliKeychain::noSessionBus()
{
    QTemporaryDir runtime;
    QVERIFY(runtime.isValid());
    SandboxThread sandbox;
    CliRunner runner;
    runner.environment().remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    runner.environment().insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    QVERIFY(!runner.environment().contains(QStringLiteral("DISPLAY")));

    qint64 elapsedMs = 0;
    const CliRun run = creditsWithoutToken(sandbox, runner, &elapsedMs);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("The OS keychain is not available"), run.err.constData());
    QVERIFY2(run.err.contains("EXTRACTA_API_TOKEN"), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY2(elapsedMs < ms(NoKeychainLimit), qPrintable(QString::number(elapsedMs)));
    QCOMPARE(sandbox.requestCount(), 0);
}

// A session bus on which nobody owns org.freedesktop.secrets and nothing can be started for it.
void TestCliKeychain::busWithoutSecretService()
{
    PrivateBus bus;
    QString problem;
    if (!bus.start(&problem))
        QSKIP(qPrintable(problem));
    SandboxThread sandbox;
    CliRunner runner;
    runner.environment().insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), bus.address());

    qint64 elapsedMs = 0;
    const CliRun run = creditsWithoutToken(sandbox, runner, &elapsedMs);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("The OS keychain is not available"), run.err.constData());
    QVERIFY2(run.err.contains("EXTRACTA_API_TOKEN"), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY2(elapsedMs < ms(NoKeychainLimit), qPrintable(QString::number(elapsedMs)));
    QCOMPARE(sandbox.requestCount(), 0);
}

// A Secret Service that takes the call and never answers (a locked keyring waiting for a prompt
// nobody sees): the CLI gives up after its keychain timeout, says so, and exits.
void TestCliKeychain::secretServiceThatNeverAnswers()
{
#ifndef EBA_TEST_HAS_QTDBUS
    QSKIP("Needs QtDBus to play a Secret Service that never answers.");
#else
    PrivateBus bus;
    QString problem;
    if (!bus.start(&problem))
        QSKIP(qPrintable(problem));
    QDBusConnection connection =
        QDBusConnection::connectToBus(bus.address(), QStringLiteral("eba-silent-secret-service"));
    QVERIFY2(connection.isConnected(), qPrintable(connection.lastError().message()));
    SilentService service;
    QVERIFY(connection.registerVirtualObject(QStringLiteral("/"), &service, QDBusConnection::SubPath));
    QVERIFY(connection.registerService(QStringLiteral("org.freedesktop.secrets")));

    SandboxThread sandbox;
    CliRunner runner;
    runner.environment().insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), bus.address());
    QProcess process;
    QElapsedTimer clock;
    clock.start();
    runner.start(process, withUrl(sandbox.baseUrl(), {QStringLiteral("credits")}));
    // Keep this thread's event loop turning, so that the silent service really receives the calls.
    QSignalSpy finished(&process, &QProcess::finished);
    const auto timeout =
        std::chrono::duration_cast<std::chrono::milliseconds>(CliTokenSource::KeychainTimeout);
    const auto limit = timeout + TimeoutSlack;
    finished.wait(int(ms(limit)));
    const qint64 elapsedMs = clock.elapsed();
    const CliRun run = runner.finish(process, 1000);

    QVERIFY2(service.calls() > 0, "the CLI never called the Secret Service");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("The OS keychain did not answer in time"), run.err.constData());
    QVERIFY2(run.err.contains("EXTRACTA_API_TOKEN"), run.err.constData());
    QVERIFY(run.out.isEmpty());
    // Not sooner than the timeout, give or take the 5 % a coarse Qt timer may fire early.
    QVERIFY2(elapsedMs >= ms(timeout) * 9 / 10, qPrintable(QString::number(elapsedMs)));
    QVERIFY2(elapsedMs < ms(limit), qPrintable(QString::number(elapsedMs)));
    QCOMPARE(sandbox.requestCount(), 0);
    connection.unregisterService(QStringLiteral("org.freedesktop.secrets"));
    QDBusConnection::disconnectFromBus(QStringLiteral("eba-silent-secret-service"));
#endif
}

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_clikeychain.moc"
