// Settings > Team and the team trail's state in the status bar, against a real PostgreSQL server the
// test starts: what a user types, presses and reads.
#include "core/settings/appsettings.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/team/teamconnection.h"
#include "core/team/teamschema.h"
#include "core/team/teamsettings.h"
#include "core/team/teamsync.h"
#include "core/tokens/tokenstore.h"
#include "gui/mainwindow/teamstatusindicator.h"
#include "gui/settings/teamsettingspage.h"
#include "postgrescluster.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

const auto DeskPassword = QStringLiteral("p4ss word");

struct Desk
{
    Desk()
        : database(QStringLiteral("tst_teamsettings"))
    {
        database.open(dir.filePath(QStringLiteral("audit.sqlite3")));
        team.start(database.filePath());
    }

    QString settingsFileText()
    {
        qsettings.sync();
        QFile file(qsettings.fileName());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    QTemporaryDir dir;
    QSettings qsettings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    AppSettings settings{qsettings};
    MemoryTokenStore keychain;
    MemoryTokenStore plainFile;
    Database database;
    TeamSync team{qsettings, settings, &keychain, &plainFile};
};

template <typename T>
T* child(QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

} // namespace

class TestTeamSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connectSavesTheAddressAndShowsTheStatus();
    void aPasswordGoesToTheKeychainNeverToTheSettings();
    void testTriesWhatIsTypedWithoutSavingIt();
    void aBadAddressIsRefusedAndNothingIsSaved();
    void disconnectForgetsTheAddress();
    void statusBarSaysWhatWaits();

private:
    QString deskUri() const
    {
        return QStringLiteral("postgresql://desk_ui@127.0.0.1:%1/%2")
            .arg(m_cluster.port())
            .arg(m_cluster.databaseName());
    }
    PostgresCluster m_cluster;
};

void TestTeamSettings::initTestCase()
{
    QString reason;
    QVERIFY2(PostgresCluster::serverAvailable(&reason), qPrintable(reason));
    QVERIFY2(m_cluster.start(&reason), qPrintable(reason));
    const auto address = TeamDatabaseAddress::parse(m_cluster.superuserUri(), &reason);
    QVERIFY2(address, qPrintable(reason));
    TeamConnection owner(*address, {});
    QVERIFY2(owner.open(), qPrintable(owner.errorMessage()));
    QVERIFY(TeamSchema::migrate(owner.handle()).ok);
    QVERIFY(m_cluster.createRole(QStringLiteral("desk_ui"), DeskPassword));
    for (const QString& grant :
         TeamSchema::grantStatements(QStringLiteral("desk_ui"), m_cluster.databaseName()))
        QVERIFY(m_cluster.runAsSuperuser(grant));
}

void TestTeamSettings::connectSavesTheAddressAndShowsTheStatus()
{
    Desk desk;
    TeamSettingsPage page(desk.team);
    page.show();
    auto* connectButton = child<QPushButton>(page, "connectButton");
    QVERIFY(!connectButton->isEnabled()); // nothing typed yet
    QCOMPARE(child<QLabel>(page, "databaseValue")->text().startsWith(QStringLiteral("none")), true);

    QTest::keyClicks(child<QLineEdit>(page, "addressEdit"), m_cluster.superuserUri());
    QVERIFY(connectButton->isEnabled());
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QTRY_COMPARE(child<QLabel>(page, "reachableValue")->text(), QStringLiteral("yes"));
    QTRY_COMPARE(child<QLabel>(page, "schemaValue")->text(), QString::number(TeamSchema::Version));
    QCOMPARE(child<QLabel>(page, "databaseValue")->text(),
             QStringLiteral("postgres@127.0.0.1:%1/%2").arg(m_cluster.port()).arg(m_cluster.databaseName()));
    QTRY_VERIFY(child<QLabel>(page, "pendingValue")->text().startsWith(QStringLiteral("0 entries")));
    QVERIFY(TeamSettings(desk.qsettings).savedUri().startsWith(m_cluster.superuserUri()));
    QVERIFY(desk.team.isConfigured());
}

void TestTeamSettings::aPasswordGoesToTheKeychainNeverToTheSettings()
{
    Desk desk;
    TeamSettingsPage page(desk.team);
    page.show();
    QTest::keyClicks(child<QLineEdit>(page, "addressEdit"), deskUri());
    QTest::keyClicks(child<QLineEdit>(page, "passwordEdit"), DeskPassword);
    QTest::mouseClick(child<QPushButton>(page, "connectButton"), Qt::LeftButton);
    QTRY_COMPARE(child<QLabel>(page, "reachableValue")->text(), QStringLiteral("yes"));
    QTRY_VERIFY(child<QLabel>(page, "statusMessage")->text().isEmpty());
    QVERIFY(child<QLineEdit>(page, "passwordEdit")->text().isEmpty());
    QVERIFY(!desk.settingsFileText().contains(QStringLiteral("p4ss")));
    // It is in the keychain store, under the address's own entry.
    QString stored;
    connect(&desk.keychain, &TokenStore::readFinished, this,
            [&stored](const QString&, TokenStore::Status, const QString& token, const QString&) {
                stored = token;
            });
    desk.keychain.read(TeamDatabaseAddress::parse(deskUri(), nullptr)->keychainKey());
    QCOMPARE(stored, DeskPassword);
}

void TestTeamSettings::testTriesWhatIsTypedWithoutSavingIt()
{
    Desk desk;
    TeamSettingsPage page(desk.team);
    page.show();
    QTest::keyClicks(child<QLineEdit>(page, "addressEdit"), deskUri());
    QTest::keyClicks(child<QLineEdit>(page, "passwordEdit"), QStringLiteral("wrong"));
    QTest::mouseClick(child<QPushButton>(page, "testButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QLabel>(page, "statusMessage")->text().contains(QStringLiteral("refused")));
    QVERIFY(!child<QLabel>(page, "statusMessage")->text().contains(QStringLiteral("wrong")));

    child<QLineEdit>(page, "passwordEdit")->setText(DeskPassword);
    QTest::mouseClick(child<QPushButton>(page, "testButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QLabel>(page, "statusMessage")->text().startsWith(QStringLiteral("It answers")));
    QVERIFY(TeamSettings(desk.qsettings).savedUri().isEmpty());
    QVERIFY(!desk.team.isConfigured());
}

void TestTeamSettings::aBadAddressIsRefusedAndNothingIsSaved()
{
    Desk desk;
    TeamSettingsPage page(desk.team);
    page.show();
    QTest::keyClicks(child<QLineEdit>(page, "addressEdit"),
                     QStringLiteral("postgresql://desk:hunter2@db.example.com/team"));
    QTest::mouseClick(child<QPushButton>(page, "connectButton"), Qt::LeftButton);
    const QString message = child<QLabel>(page, "statusMessage")->text();
    QVERIFY2(message.contains(QStringLiteral("password")), qPrintable(message));
    QVERIFY(!message.contains(QStringLiteral("hunter2")));
    QVERIFY(TeamSettings(desk.qsettings).savedUri().isEmpty());

    child<QLineEdit>(page, "addressEdit")
        ->setText(QStringLiteral("postgresql://desk@db.example.com/team?sslmode=disable"));
    QTest::mouseClick(child<QPushButton>(page, "connectButton"), Qt::LeftButton);
    QVERIFY(child<QLabel>(page, "statusMessage")->text().contains(QStringLiteral("encrypted")));
    QVERIFY(TeamSettings(desk.qsettings).savedUri().isEmpty());
}

void TestTeamSettings::disconnectForgetsTheAddress()
{
    Desk desk;
    TeamSettings(desk.qsettings).setSavedUri(m_cluster.superuserUri());
    desk.team.reload();
    TeamSettingsPage page(desk.team);
    page.show();
    QTRY_COMPARE(child<QLabel>(page, "reachableValue")->text(), QStringLiteral("yes"));
    auto* disconnectButton = child<QPushButton>(page, "disconnectButton");
    QVERIFY(disconnectButton->isEnabled());
    QTest::mouseClick(disconnectButton, Qt::LeftButton);
    QTRY_VERIFY(!desk.team.isConfigured());
    QVERIFY(TeamSettings(desk.qsettings).savedUri().isEmpty());
    QVERIFY(child<QLabel>(page, "databaseValue")->text().startsWith(QStringLiteral("none")));
    QVERIFY(!disconnectButton->isEnabled());
}

void TestTeamSettings::statusBarSaysWhatWaits()
{
    TeamStatus status;
    QCOMPARE(TeamStatusIndicator::textFor(status), QString()); // no team trail: hidden
    status.configured = true;
    status.reachable = true;
    status.lastSyncUtc = QDateTime::currentDateTimeUtc();
    QCOMPARE(TeamStatusIndicator::textFor(status), QStringLiteral("Team trail: up to date"));
    status.pending = 3;
    status.reachable = false;
    status.error = QStringLiteral("cannot be reached");
    QCOMPARE(TeamStatusIndicator::textFor(status),
             QStringLiteral("Team trail: not reachable, 3 entries waiting"));

    // The real thing: an entry recorded while the database is down waits, and the indicator says so.
    Desk desk;
    desk.team.setFirstRetryDelay(200);
    TeamSettings(desk.qsettings).setSavedUri(m_cluster.superuserUri());
    desk.team.reload();
    TeamStatusIndicator indicator(desk.team);
    QTRY_COMPARE(indicator.text(), QStringLiteral("Team trail: up to date"));
    QVERIFY(m_cluster.stop());
    AuditLog audit(desk.database);
    audit.setCompletionListener([&desk] { desk.team.syncSoon(); });
    AuditEntry entry;
    entry.host = QStringLiteral("127.0.0.1:1");
    entry.classificationId = QStringLiteral("-ClassUi");
    entry.batchId = QStringLiteral("-BatchUi");
    QVERIFY(audit.recordCompleted(audit.recordSent(entry), QStringLiteral("succeeded"), 200, {}, 5));
    QTRY_COMPARE_WITH_TIMEOUT(indicator.text(), QStringLiteral("Team trail: not reachable, 1 entry waiting"),
                              10000);
    QVERIFY(indicator.toolTip().contains(QStringLiteral("cannot be reached")));
    QVERIFY(m_cluster.restart());
    QTRY_COMPARE_WITH_TIMEOUT(indicator.text(), QStringLiteral("Team trail: up to date"), 15000);
}

QTEST_MAIN(TestTeamSettings)
#include "tst_teamsettings.moc"
