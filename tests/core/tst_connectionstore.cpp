// Issue 14: named connections in the settings the app and the CLI share (ConnectionStore), the
// connection a first start after the update makes of today's setup (ConnectionMigration), and the
// choice of the connection a session uses (ConnectionChoice).
#include "core/api/apiendpoint.h"
#include "core/connections/connectionchoice.h"
#include "core/connections/connectionmigration.h"
#include "core/connections/connectionstore.h"
#include "core/settings/appsettings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

struct SettingsFile
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("settings.ini"));

    std::unique_ptr<QSettings> open() const
    {
        return std::make_unique<QSettings>(path, QSettings::IniFormat);
    }
};

Connection named(const QString& name, const QString& url = QStringLiteral("https://api.example.com/api/v1"),
                 EnvironmentType environment = EnvironmentType::Production)
{
    Connection connection;
    connection.name = name;
    connection.apiUrl = url;
    connection.environment = environment;
    return connection;
}

QStringList namesOf(const QList<Connection>& connections)
{
    QStringList names;
    for (const Connection& connection : connections)
        names << connection.name;
    return names;
}

} // namespace

class TestConnectionStore : public QObject
{
    Q_OBJECT

private slots:
    void addedConnectionsSurviveReopeningSortedByName();
    void namesAreUniqueIgnoringCase();
    void badValuesAreRefusedWithAReason_data();
    void badValuesAreRefusedWithAReason();
    void updateKeepsTheIdAndRemoveForgetsTheCurrentChoice();
    void currentIsTheChosenOneElseTheFirst();
    void handEditedSettingsStayUsable();
    void environmentCodesAndDefaults();
    void migrationCarriesTodaysSetupOver();
    void migrationOfAFreshInstallUsesTheDefaultUrl();
    void migrationRunsOnlyWhileNoConnectionExists();
    void choiceFollowsFlagThenEnvironmentThenCurrent();
    void unknownNameIsAnErrorThatListsTheKnownOnes();
};

void TestConnectionStore::addedConnectionsSurviveReopeningSortedByName()
{
    SettingsFile file;
    QString stagingId;
    {
        auto settings = file.open();
        ConnectionStore store(*settings);
        QVERIFY(store.isEmpty());
        Connection staging =
            named(QStringLiteral("acme-staging"), QStringLiteral("https://staging.example.com/api/v1"),
                  EnvironmentType::Staging);
        staging.note = QStringLiteral("Given by Acme's IT\nuntil March");
        QCOMPARE(store.add(staging), QString());
        QVERIFY(!staging.id.isEmpty());
        stagingId = staging.id;
        Connection prod = named(QStringLiteral("Acme-Prod"));
        QCOMPARE(store.add(prod), QString());
        QVERIFY(prod.id != staging.id);
    }
    auto settings = file.open();
    const ConnectionStore store(*settings);
    QCOMPARE(namesOf(store.list()),
             (QStringList{QStringLiteral("Acme-Prod"), QStringLiteral("acme-staging")}));
    const std::optional<Connection> staging = store.byId(stagingId);
    QVERIFY(staging);
    QCOMPARE(staging->apiUrl, QStringLiteral("https://staging.example.com/api/v1"));
    QCOMPARE(staging->environment, EnvironmentType::Staging);
    QCOMPARE(staging->note, QStringLiteral("Given by Acme's IT\nuntil March"));
    QCOMPARE(staging->dataKey(), stagingId);
    QCOMPARE(staging->tokenEntry(), stagingId);
    QCOMPARE(staging->title(), QStringLiteral("Staging — acme-staging"));
    // Nothing secret, and no token, is in the settings file.
    QFile raw(file.path);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray content = raw.readAll();
    QVERIFY(content.contains("acme-staging"));
    QVERIFY(!content.contains("token"));
}

void TestConnectionStore::namesAreUniqueIgnoringCase()
{
    SettingsFile file;
    auto settings = file.open();
    ConnectionStore store(*settings);
    Connection first = named(QStringLiteral("acme-prod"));
    QCOMPARE(store.add(first), QString());
    Connection again = named(QStringLiteral("  ACME-PROD "));
    const QString problem = store.add(again);
    QVERIFY2(problem.contains(QLatin1String("exists already")), qPrintable(problem));
    QVERIFY(again.id.isEmpty());
    QCOMPARE(store.list().size(), 1);
    QCOMPARE(store.byName(QStringLiteral("Acme-Prod"))->id, first.id);
    // Renaming another connection onto the name is refused too; renaming itself (case) is not.
    Connection other = named(QStringLiteral("other"));
    QCOMPARE(store.add(other), QString());
    other.name = QStringLiteral("acme-PROD");
    QVERIFY(!store.update(other).isEmpty());
    first.name = QStringLiteral("ACME-prod");
    QCOMPARE(store.update(first), QString());
    QCOMPARE(store.byId(first.id)->name, QStringLiteral("ACME-prod"));
}

void TestConnectionStore::badValuesAreRefusedWithAReason_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("expected");

    const QString url = QStringLiteral("https://api.example.com/api/v1");
    QTest::newRow("blank name") << QStringLiteral("   ") << url << QString()
                                << QStringLiteral("needs a name");
    QTest::newRow("long name") << QString(65, u'a') << url << QString() << QStringLiteral("at most 64");
    QTest::newRow("control character")
        << QStringLiteral("acme\x1b[31m") << url << QString() << QStringLiteral("control");
    QTest::newRow("bidi override") << QStringLiteral("acme\u202Eprod") << url << QString()
                                   << QStringLiteral("control");
    QTest::newRow("line break") << QStringLiteral("acme\nprod") << url << QString()
                                << QStringLiteral("control");
    QTest::newRow("plain http to another host")
        << QStringLiteral("acme") << QStringLiteral("http://api.example.com/api/v1") << QString()
        << QStringLiteral("http");
    QTest::newRow("blank url") << QStringLiteral("acme") << QStringLiteral("  ") << QString() << QString();
    QTest::newRow("long note") << QStringLiteral("acme") << url << QString(501, u'n')
                               << QStringLiteral("500");
    QTest::newRow("escape in note") << QStringLiteral("acme") << url << QStringLiteral("a\x1b]0;x\x07")
                                    << QStringLiteral("control");
}

void TestConnectionStore::badValuesAreRefusedWithAReason()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, note);
    QFETCH(QString, expected);

    SettingsFile file;
    auto settings = file.open();
    ConnectionStore store(*settings);
    Connection connection = named(name, url);
    connection.note = note;
    const QString problem = store.add(connection);
    QVERIFY2(!problem.isEmpty(), "accepted");
    QVERIFY2(problem.contains(expected, Qt::CaseInsensitive), qPrintable(problem));
    QVERIFY(store.isEmpty());
}

void TestConnectionStore::updateKeepsTheIdAndRemoveForgetsTheCurrentChoice()
{
    SettingsFile file;
    auto settings = file.open();
    ConnectionStore store(*settings);
    Connection a = named(QStringLiteral("a"));
    Connection b = named(QStringLiteral("b"));
    QCOMPARE(store.add(a), QString());
    QCOMPARE(store.add(b), QString());
    store.setCurrentId(b.id);
    b.name = QStringLiteral("b-renamed");
    b.apiUrl = QStringLiteral("http://127.0.0.1:8080/api/v1");
    b.environment = EnvironmentType::Development;
    QCOMPARE(store.update(b), QString());
    QCOMPARE(store.current()->id, b.id);
    QCOMPARE(store.current()->name, QStringLiteral("b-renamed"));
    QVERIFY(store.remove(b.id));
    QVERIFY(!store.remove(b.id));
    QCOMPARE(store.current()->id, a.id);
    Connection gone = b;
    QVERIFY(!store.update(gone).isEmpty());
    QVERIFY(!store.byId(b.id));
}

void TestConnectionStore::currentIsTheChosenOneElseTheFirst()
{
    SettingsFile file;
    auto settings = file.open();
    ConnectionStore store(*settings);
    QVERIFY(!store.current());
    Connection z = named(QStringLiteral("zulu"));
    Connection a = named(QStringLiteral("alpha"));
    QCOMPARE(store.add(z), QString());
    QCOMPARE(store.add(a), QString());
    QCOMPARE(store.current()->name, QStringLiteral("alpha"));
    store.setCurrentId(z.id);
    QCOMPARE(ConnectionStore(*file.open()).current()->name, QStringLiteral("zulu"));
    store.setCurrentId(QStringLiteral("no-such-id"));
    QCOMPARE(store.current()->name, QStringLiteral("zulu"));
}

void TestConnectionStore::handEditedSettingsStayUsable()
{
    SettingsFile file;
    {
        QFile raw(file.path);
        QVERIFY(raw.open(QIODevice::WriteOnly));
        raw.write("[connections]\n"
                  "abc/name=\n"
                  "abc/apiUrl=https://api.example.com/api/v1\n"
                  "abc/environment=prod-ish\n"
                  "bad%20id/name=x\n"
                  "def/name=dev\n"
                  "def/apiUrl=http://127.0.0.1:1/api/v1\n"
                  "def/environment=DEVELOPMENT\n");
    }
    auto settings = file.open();
    const ConnectionStore store(*settings);
    const QList<Connection> all = store.list();
    QCOMPARE(all.size(), 2);
    const std::optional<Connection> nameless = store.byId(QStringLiteral("abc"));
    QVERIFY(nameless);
    QCOMPARE(nameless->name, QStringLiteral("abc"));              // named by its id, still usable
    QCOMPARE(nameless->environment, EnvironmentType::Production); // an unknown type is the careful one
    QCOMPARE(store.byId(QStringLiteral("def"))->environment, EnvironmentType::Development);
}

void TestConnectionStore::environmentCodesAndDefaults()
{
    QCOMPARE(Environment::fromCode(QStringLiteral(" Staging ")), EnvironmentType::Staging);
    QVERIFY(!Environment::fromCode(QStringLiteral("demo")));
    QVERIFY(!Environment::fromCode(QStringLiteral("prod")));
    for (const EnvironmentType type :
         {EnvironmentType::Production, EnvironmentType::Staging, EnvironmentType::Development})
        QCOMPARE(Environment::fromCode(Environment::code(type)), type);
    QCOMPARE(Environment::defaultFor(QStringLiteral("http://127.0.0.1:8080/api/v1")),
             EnvironmentType::Development);
    QCOMPARE(Environment::defaultFor(QStringLiteral("https://api.extracta.ai/api/v1")),
             EnvironmentType::Production);
    QCOMPARE(Environment::defaultFor(QStringLiteral("not a url")), EnvironmentType::Production);
}

void TestConnectionStore::migrationCarriesTodaysSetupOver()
{
    SettingsFile file;
    auto settings = file.open();
    AppSettings appSettings(*settings);
    appSettings.setSavedApiBaseUrl(QStringLiteral("https://eu.api.example.com:8443/api/v1"));
    appSettings.rememberId(QStringLiteral("eu.api.example.com:8443"), AppSettings::IdKind::Batch,
                           QStringLiteral("-OPXR1F82I0cRYJPcHNo"));
    ConnectionStore store(*settings);
    QVERIFY(ConnectionMigration::run(store, appSettings));
    const QList<Connection> all = store.list();
    QCOMPARE(all.size(), 1);
    const Connection& migrated = all.first();
    // The token saved before connections existed was kept under "default": found without re-entry.
    QCOMPARE(migrated.tokenEntry(), QStringLiteral("default"));
    QCOMPARE(migrated.apiUrl, QStringLiteral("https://eu.api.example.com:8443/api/v1"));
    QCOMPARE(migrated.name, QStringLiteral("eu.api.example.com:8443"));
    QCOMPARE(migrated.environment, EnvironmentType::Production);
    // The catalogue and recent IDs kept under the host stay this connection's.
    QCOMPARE(migrated.dataKey(), QStringLiteral("eu.api.example.com:8443"));
    QCOMPARE(appSettings.recentIds(migrated.dataKey(), AppSettings::IdKind::Batch),
             QStringList{QStringLiteral("-OPXR1F82I0cRYJPcHNo")});
    QCOMPARE(store.current()->id, migrated.id);
    // The data key survives an edit of the connection.
    Connection renamed = migrated;
    renamed.name = QStringLiteral("eu-prod");
    QCOMPARE(store.update(renamed), QString());
    QCOMPARE(store.byId(migrated.id)->dataKey(), QStringLiteral("eu.api.example.com:8443"));
}

void TestConnectionStore::migrationOfAFreshInstallUsesTheDefaultUrl()
{
    SettingsFile file;
    auto settings = file.open();
    AppSettings appSettings(*settings);
    ConnectionStore store(*settings);
    QVERIFY(ConnectionMigration::run(store, appSettings));
    const std::optional<Connection> current = store.current();
    QVERIFY(current);
    QCOMPARE(current->apiUrl, ApiEndpoint::defaultBaseUrl());
    QCOMPARE(current->environment, EnvironmentType::Production);
    // A saved loopback URL (a sandbox) becomes a Development connection.
    SettingsFile local;
    auto localSettings = local.open();
    AppSettings localApp(*localSettings);
    localApp.setSavedApiBaseUrl(QStringLiteral("http://127.0.0.1:8080/api/v1"));
    ConnectionStore localStore(*localSettings);
    QVERIFY(ConnectionMigration::run(localStore, localApp));
    QCOMPARE(localStore.current()->environment, EnvironmentType::Development);
}

void TestConnectionStore::migrationRunsOnlyWhileNoConnectionExists()
{
    SettingsFile file;
    auto settings = file.open();
    AppSettings appSettings(*settings);
    ConnectionStore store(*settings);
    Connection mine = named(QStringLiteral("mine"));
    QCOMPARE(store.add(mine), QString());
    QVERIFY(!ConnectionMigration::run(store, appSettings));
    QCOMPARE(namesOf(store.list()), QStringList{QStringLiteral("mine")});
}

void TestConnectionStore::choiceFollowsFlagThenEnvironmentThenCurrent()
{
    SettingsFile file;
    auto settings = file.open();
    ConnectionStore store(*settings);
    Connection prod = named(QStringLiteral("acme-prod"));
    Connection staging = named(QStringLiteral("acme-staging"));
    QCOMPARE(store.add(prod), QString());
    QCOMPARE(store.add(staging), QString());
    store.setCurrentId(prod.id);
    QCOMPARE(ConnectionChoice::resolve(store, std::nullopt, std::nullopt).connection->id, prod.id);
    QCOMPARE(ConnectionChoice::resolve(store, std::nullopt, QStringLiteral("ACME-STAGING")).connection->id,
             staging.id);
    QCOMPARE(ConnectionChoice::resolve(store, QStringLiteral("acme-prod"), QStringLiteral("acme-staging"))
                 .connection->id,
             prod.id);
}

void TestConnectionStore::unknownNameIsAnErrorThatListsTheKnownOnes()
{
    SettingsFile file;
    auto settings = file.open();
    ConnectionStore store(*settings);
    Connection prod = named(QStringLiteral("acme-prod"));
    QCOMPARE(store.add(prod), QString());
    const QString secretLooking = QStringLiteral("eba-pasted-token-9f8e7d6c5b4a");
    const ConnectionChoice fromFlag = ConnectionChoice::resolve(store, secretLooking, std::nullopt);
    QVERIFY(!fromFlag.connection);
    QVERIFY2(fromFlag.problem.contains(QLatin1String("--connection")), qPrintable(fromFlag.problem));
    QVERIFY2(fromFlag.problem.contains(QLatin1String("acme-prod")), qPrintable(fromFlag.problem));
    // What was given is not repeated: it may be a token pasted into the wrong place.
    QVERIFY(!fromFlag.problem.contains(secretLooking));
    const ConnectionChoice fromEnvironment =
        ConnectionChoice::resolve(store, std::nullopt, QStringLiteral(" "));
    QVERIFY(!fromEnvironment.connection);
    QVERIFY2(fromEnvironment.problem.contains(QLatin1String("EXTRACTA_CONNECTION")),
             qPrintable(fromEnvironment.problem));
}

QTEST_GUILESS_MAIN(TestConnectionStore)
#include "tst_connectionstore.moc"
