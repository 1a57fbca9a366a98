// Issue 14: the app starts on a connection. Today's setup (the saved API URL and the token saved
// before connections existed) becomes one without re-entering anything; --connection and
// EXTRACTA_CONNECTION choose another; an unknown name is said, never a silent fall-back.
#include "app/adminapp.h"
#include "apptesthelpers.h"
#include "core/connections/connectionstore.h"
#include "core/settings/appidentity.h"
#include "core/tokens/plainfiletokenstore.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/widgets/guiresources.h"
#include "sandbox/sandboxserver.h"

#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString SavedToken = QStringLiteral("tok-saved-before-connections-0123456789");

// Starts `app` and waits for its contents (database, catalogue, notes).
bool startAndBuild(AdminApp& app)
{
    if (!app.start())
        return false;
    QSignalSpy built(app.window(), &MainWindow::contentsBuilt);
    return built.wait(5000);
}

QString noteText(AdminApp& app)
{
    auto* note = app.window()->findChild<QLabel*>(QStringLiteral("infoText"));
    return note ? note->text() : QString();
}

} // namespace

class TestAppConnections : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void todaysSetupBecomesAConnectionWithoutReentry();
    void connectionOptionChoosesTheConnection();
    void environmentChoosesWhenNoOptionIsGiven();
    void unknownConnectionIsSaidAndTheLastOneIsUsed();

private:
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestAppConnections::initTestCase()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(useThrowawayHome(*m_home));
    ensureGuiResources();
}

// Each test starts from a home without settings (QSettings keeps the folder it found first, so the
// file is emptied rather than the home replaced).
void TestAppConnections::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
    QFile::remove(AppIdentity::plainTokenFilePath());
    qunsetenv("EXTRACTA_API_URL");
    qunsetenv("EXTRACTA_API_TOKEN");
    qunsetenv("EXTRACTA_CONNECTION");
}

void TestAppConnections::cleanup()
{
    qunsetenv("EXTRACTA_CONNECTION");
}

void TestAppConnections::todaysSetupBecomesAConnectionWithoutReentry()
{
    SandboxServer server;
    server.setToken(SavedToken);
    QVERIFY(server.start());
    const QString url = server.baseUrl().toString();
    const QString host = server.baseUrl().authority();
    {
        // What a version before connections left: its URL, the token in its file under "default",
        // recent IDs kept under the host.
        QSettings settings;
        settings.setValue(QStringLiteral("api/baseUrl"), url);
        settings.setValue(QStringLiteral("token/storage"), QStringLiteral("plain-file"));
        settings.setValue(QStringLiteral("window/firstRunCompleted"), true);
        AppSettings(settings).rememberId(host, AppSettings::IdKind::Batch,
                                         QStringLiteral("-OPXR1F82I0cRYJPcHNo"));
        settings.sync();
        AppIdentity::makeStoragePrivate();
        PlainFileTokenStore file(AppIdentity::plainTokenFilePath());
        QSignalSpy written(&file, &TokenStore::writeFinished);
        file.write(QStringLiteral("default"), SavedToken);
        QVERIFY(!written.isEmpty() || written.wait(2000));
        QCOMPARE(written.first().at(1).value<TokenStore::Status>(), TokenStore::Status::Ok);
    }

    AdminApp app{LaunchOptions()};
    QVERIFY(startAndBuild(app));
    const Connection connection = app.connection().connection();
    QCOMPARE(connection.apiUrl, url);
    QCOMPARE(connection.name, host);
    QCOMPARE(connection.environment, EnvironmentType::Development); // a loopback URL
    QCOMPARE(app.window()->windowTitle(), QStringLiteral("Development — ") + host);
    // The saved token is in force, read from where it was.
    QTRY_VERIFY(app.connection().tokens().hasToken());
    QVERIFY(app.connection().tokens().token() == SavedToken);
    QCOMPARE(app.connection().tokens().source(), TokenProvider::Source::PlainFile);
    // The catalogue and recent IDs kept under the host are this connection's.
    QCOMPARE(app.catalogue().host(), host);
    QSettings settings;
    QCOMPARE(AppSettings(settings).recentIds(app.connection().storageKey(), AppSettings::IdKind::Batch),
             QStringList{QStringLiteral("-OPXR1F82I0cRYJPcHNo")});
    const QString note = noteText(app);
    QVERIFY2(note.contains(QStringLiteral("now the connection \"%1\"").arg(host)), qPrintable(note));
}

void TestAppConnections::connectionOptionChoosesTheConnection()
{
    {
        QSettings settings;
        ConnectionStore store(settings);
        Connection prod;
        prod.name = QStringLiteral("acme-prod");
        prod.apiUrl = QStringLiteral("https://api.acme.example/api/v1");
        QCOMPARE(store.add(prod), QString());
        Connection staging;
        staging.name = QStringLiteral("acme-staging");
        staging.apiUrl = QStringLiteral("http://127.0.0.1:9/api/v1");
        staging.environment = EnvironmentType::Staging;
        QCOMPARE(store.add(staging), QString());
        store.setCurrentId(prod.id);
    }
    LaunchOptions options;
    options.connectionName = QStringLiteral("ACME-staging");
    AdminApp app(options);
    QVERIFY(startAndBuild(app));
    QCOMPARE(app.connection().connection().name, QStringLiteral("acme-staging"));
    QCOMPARE(app.connection().endpoint().hostLabel(), QStringLiteral("127.0.0.1:9"));
    QCOMPARE(app.window()->windowTitle(), QStringLiteral("Staging — acme-staging"));
    QCOMPARE(app.catalogue().host(), app.connection().connection().id);
}

void TestAppConnections::environmentChoosesWhenNoOptionIsGiven()
{
    {
        QSettings settings;
        ConnectionStore store(settings);
        for (const QString& name : {QStringLiteral("alpha"), QStringLiteral("beta")}) {
            Connection connection;
            connection.name = name;
            connection.apiUrl = QStringLiteral("https://%1.example/api/v1").arg(name);
            QCOMPARE(store.add(connection), QString());
        }
    }
    qputenv("EXTRACTA_CONNECTION", "beta");
    AdminApp app{LaunchOptions()};
    QVERIFY(startAndBuild(app));
    QCOMPARE(app.connection().connection().name, QStringLiteral("beta"));
}

void TestAppConnections::unknownConnectionIsSaidAndTheLastOneIsUsed()
{
    {
        QSettings settings;
        ConnectionStore store(settings);
        Connection only;
        only.name = QStringLiteral("acme-prod");
        only.apiUrl = QStringLiteral("https://api.acme.example/api/v1");
        QCOMPARE(store.add(only), QString());
    }
    LaunchOptions options;
    options.connectionName = QStringLiteral("acme-stagign");
    AdminApp app(options);
    QVERIFY(startAndBuild(app));
    QCOMPARE(app.connection().connection().name, QStringLiteral("acme-prod"));
    const QString note = noteText(app);
    QVERIFY2(note.contains(QStringLiteral("No connection has the name given by --connection")),
             qPrintable(note));
    QVERIFY2(note.contains(QStringLiteral("Known connections: acme-prod")), qPrintable(note));
    QVERIFY2(note.contains(QStringLiteral("started on \"acme-prod\"")), qPrintable(note));
}

QTEST_MAIN(TestAppConnections)
#include "tst_appconnections.moc"
