// TeamSync, the app's side of the team trail, against a real PostgreSQL server started by the test:
// it uploads after each completed entry, retries with growing pauses through an outage, and keeps
// every wait for the team database off the thread it is used from (the window's).
#include "core/settings/appsettings.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/team/teamconnection.h"
#include "core/team/teamschema.h"
#include "core/team/teamsettings.h"
#include "core/team/teamsync.h"
#include "core/tokens/tokenstore.h"
#include "postgrescluster.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

// A desk: its settings, token stores, local audit trail and TeamSync, in a folder of its own.
struct Desk
{
    explicit Desk(const QString& name)
        : database(QStringLiteral("tst_teamsync_") + name)
    {
        database.open(dir.filePath(QStringLiteral("audit.sqlite3")));
        audit.setCompletionListener([this] { team.syncSoon(); });
    }

    void connectTo(const QString& uri)
    {
        TeamSettings(qsettings).setSavedUri(uri);
        team.start(database.filePath());
    }

    // Records one attempt and its answer, as a deletion does.
    void deleteBatch(const QString& batchId)
    {
        AuditEntry entry;
        entry.host = QStringLiteral("127.0.0.1:8443");
        entry.classificationId = QStringLiteral("-Class000000000000001");
        entry.batchId = batchId;
        const qint64 id = audit.recordSent(entry);
        QVERIFY(id > 0);
        QVERIFY(audit.recordCompleted(id, QStringLiteral("succeeded"), 200, QStringLiteral("Deleted"), 12));
    }

    QTemporaryDir dir;
    QSettings qsettings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    AppSettings settings{qsettings};
    MemoryTokenStore keychain;
    MemoryTokenStore plainFile;
    Database database;
    AuditLog audit{database};
    TeamSync team{qsettings, settings, &keychain, &plainFile};
};

// Accepts connections and never says a word: a database host that has gone silent.
class SilentServer : public QTcpServer
{
public:
    SilentServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection())
                m_sockets << socket;
        });
    }

private:
    QList<QTcpSocket*> m_sockets;
};

// The longest the event loop of this thread went without running a 10 ms timer, while `until` is
// false, for at most `limitMs`.
qint64 longestStall(const std::function<bool()>& until, int limitMs)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longest = 0;
    QTimer tick;
    tick.setInterval(10);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    tick.start();
    while (!until() && clock.elapsed() < limitMs)
        QTest::qWait(5);
    // A stall that ends the wait counts too.
    return std::max(longest, clock.elapsed() - last);
}

} // namespace

class TestTeamSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void uploadsEachCompletedEntry();
    void retriesThroughAnOutageAndLosesNothing();
    void aSilentDatabaseNeverStallsTheCallersThread();
    void passwordComesFromTheStoreInForce();
    void withoutATeamDatabaseNothingHappens();

private:
    qint64 attemptsOnServer(const QString& batchPrefix);

    PostgresCluster m_cluster;
};

void TestTeamSync::initTestCase()
{
    QString reason;
    QVERIFY2(PostgresCluster::serverAvailable(&reason), qPrintable(reason));
    QVERIFY2(m_cluster.start(&reason), qPrintable(reason));
    QString error;
    const auto address = TeamDatabaseAddress::parse(m_cluster.superuserUri(), &error);
    QVERIFY2(address, qPrintable(error));
    TeamConnection owner(*address, {});
    QVERIFY2(owner.open(), qPrintable(owner.errorMessage()));
    const TeamSchema::Migration migration = TeamSchema::migrate(owner.handle());
    QVERIFY2(migration.ok, qPrintable(migration.error));
}

qint64 TestTeamSync::attemptsOnServer(const QString& batchPrefix)
{
    return m_cluster
        .queryValue(QStringLiteral("SELECT count(*) FROM extracta.trail WHERE outcome = 'succeeded' AND "
                                   "batch_id LIKE '%1%'")
                        .arg(batchPrefix))
        .toLongLong();
}

void TestTeamSync::uploadsEachCompletedEntry()
{
    Desk desk(QStringLiteral("each"));
    QSignalSpy changed(&desk.team, &TeamSync::statusChanged);
    desk.connectTo(m_cluster.superuserUri());
    QTRY_VERIFY(desk.team.status().reachable);
    QCOMPARE(desk.team.status().schemaVersion, TeamSchema::Version);

    desk.deleteBatch(QStringLiteral("-Each0000000000000001"));
    QTRY_COMPARE_WITH_TIMEOUT(attemptsOnServer(QStringLiteral("-Each")), 1, 5000);
    desk.deleteBatch(QStringLiteral("-Each0000000000000002"));
    desk.deleteBatch(QStringLiteral("-Each0000000000000003"));
    QTRY_COMPARE_WITH_TIMEOUT(attemptsOnServer(QStringLiteral("-Each")), 3, 5000);
    QTRY_COMPARE(desk.team.status().pending, 0);
    QVERIFY(desk.team.status().error.isEmpty());
    QVERIFY(desk.team.status().lastSyncUtc.isValid());
}

void TestTeamSync::retriesThroughAnOutageAndLosesNothing()
{
    Desk desk(QStringLiteral("outage"));
    desk.team.setFirstRetryDelay(300);
    desk.connectTo(m_cluster.superuserUri());
    QTRY_VERIFY(desk.team.status().reachable);

    QVERIFY(m_cluster.stop());
    for (int i = 1; i <= 4; ++i)
        desk.deleteBatch(QStringLiteral("-Outage00000000000000%1").arg(i));
    // The deletions were recorded locally whatever the team database did; it says they wait.
    QCOMPARE(desk.audit.entries().size(), 4);
    QTRY_COMPARE_WITH_TIMEOUT(desk.team.status().pending, 4, 10000);
    QVERIFY(!desk.team.status().reachable);
    QVERIFY2(desk.team.status().error.contains(QStringLiteral("cannot be reached")),
             qPrintable(desk.team.status().error));

    QVERIFY(m_cluster.restart());
    // The retry, not a new deletion, brings them in: each exactly once.
    QTRY_COMPARE_WITH_TIMEOUT(attemptsOnServer(QStringLiteral("-Outage")), 4, 15000);
    QTRY_COMPARE(desk.team.status().pending, 0);
    QVERIFY(desk.team.status().reachable);
    QCOMPARE(m_cluster
                 .queryValue(
                     QStringLiteral("SELECT count(*) FROM extracta.attempts WHERE batch_id LIKE '-Outage%'"))
                 .toLongLong(),
             4);
}

void TestTeamSync::aSilentDatabaseNeverStallsTheCallersThread()
{
    SilentServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    Desk desk(QStringLiteral("silent"));
    desk.deleteBatch(QStringLiteral("-Silent00000000000001"));
    desk.deleteBatch(QStringLiteral("-Silent00000000000002"));
    QElapsedTimer started;
    started.start();
    desk.connectTo(QStringLiteral("postgresql://desk@127.0.0.1:%1/team").arg(silent.serverPort()));
    // libpq waits up to its connect timeout for the silent server; this thread keeps running meanwhile.
    const qint64 stall = longestStall([&] { return !desk.team.status().error.isEmpty(); },
                                      (TeamDatabaseAddress::ConnectTimeoutSeconds + 10) * 1000);
    QVERIFY2(!desk.team.status().error.isEmpty(), "the silent database was never given up on");
    QVERIFY2(started.elapsed() >= 1000, "the connection did not wait for the silent server at all");
    QVERIFY2(stall < 250, qPrintable(QStringLiteral("the thread stalled for %1 ms").arg(stall)));
    QCOMPARE(desk.team.status().pending, 2);
    QVERIFY(!desk.team.status().reachable);
}

void TestTeamSync::passwordComesFromTheStoreInForce()
{
    QVERIFY(m_cluster.createRole(QStringLiteral("desk_pw"), QStringLiteral("s3cret pass")));
    for (const QString& grant :
         TeamSchema::grantStatements(QStringLiteral("desk_pw"), m_cluster.databaseName()))
        QVERIFY(m_cluster.runAsSuperuser(grant));
    const QString uri = QStringLiteral("postgresql://desk_pw@127.0.0.1:%1/%2")
                            .arg(m_cluster.port())
                            .arg(m_cluster.databaseName());
    Desk desk(QStringLiteral("password"));
    desk.deleteBatch(QStringLiteral("-Password000000000001"));
    // No password saved: refused.
    desk.connectTo(uri);
    QTRY_VERIFY_WITH_TIMEOUT(!desk.team.status().error.isEmpty(), 10000);
    QVERIFY2(desk.team.status().error.contains(QStringLiteral("refused")),
             qPrintable(desk.team.status().error));
    // Saved through TeamSync (as Settings > Team does): in the keychain store, never in the settings.
    bool saved = false;
    desk.team.save(uri, QStringLiteral("s3cret pass"), [&saved](const QString& error) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        saved = true;
    });
    QTRY_VERIFY(saved);
    QTRY_COMPARE_WITH_TIMEOUT(attemptsOnServer(QStringLiteral("-Password")), 1, 10000);
    QTRY_VERIFY(desk.team.status().error.isEmpty());
    desk.qsettings.sync();
    QFile settingsFile(desk.qsettings.fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY(!settingsFile.readAll().contains("s3cret"));
}

void TestTeamSync::withoutATeamDatabaseNothingHappens()
{
    Desk desk(QStringLiteral("none"));
    desk.team.start(desk.database.filePath());
    desk.deleteBatch(QStringLiteral("-None0000000000000001"));
    QVERIFY(!desk.team.isConfigured());
    QTest::qWait(TeamSync::CoalesceMs + 200);
    QVERIFY(!desk.team.status().configured);
    QCOMPARE(desk.team.status().pending, 0);
}

QTEST_GUILESS_MAIN(TestTeamSync)
#include "tst_teamsync.moc"
