#include "postgrescluster.h"
#include "postgrestls.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The PostgreSQL fixture of the team-audit tests (issue 15) must itself be right: a real server on a
// loopback port, passwords enforced for every role but the superuser, data kept over a restart,
// and TLS that a verify-full client accepts for the right host name and CA only.
class TestPostgresCluster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void superuserWritesAndReads();
    void roleNeedsItsPassword();
    void roleAllowedWithoutPassword();
    void stopAndRestartKeepTheData();
    void startingARunningClusterIsFine();
    void destructorRemovesTheCluster();
    void tlsVerifyFull();

private:
    struct Login
    {
        QString host; // 127.0.0.1 when empty
        QString user;
        QString password;
        QString options;
    };
    // Connects with QPSQL and asks for current_user; the error text, or empty with *user set.
    QString connectAs(quint16 port, const Login& login, QString* user = nullptr);

    std::unique_ptr<PostgresCluster> m_cluster;
};

QString TestPostgresCluster::connectAs(quint16 port, const Login& login, QString* user)
{
    static int counter = 0;
    const QString name = QStringLiteral("tst_postgrescluster-%1").arg(++counter);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(login.host.isEmpty() ? QStringLiteral("127.0.0.1") : login.host);
        db.setPort(port);
        db.setDatabaseName(QStringLiteral("extracta_team"));
        db.setUserName(login.user);
        db.setPassword(login.password);
        db.setConnectOptions(QStringLiteral("connect_timeout=10") +
                             (login.options.isEmpty() ? QString() : QLatin1Char(';') + login.options));
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT current_user")) || !query.next())
                problem = query.lastError().text();
            else if (user)
                *user = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

void TestPostgresCluster::initTestCase()
{
    QString reason;
    // Fail, not skip: the README's test command installs PostgreSQL and the QPSQL driver.
    QVERIFY2(PostgresCluster::serverAvailable(&reason), qPrintable(reason));
    m_cluster = std::make_unique<PostgresCluster>();
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    qInfo("cluster started in %lld ms on port %u", static_cast<long long>(timer.elapsed()),
          m_cluster->port());
    QVERIFY(m_cluster->port() != 0);
    QVERIFY(m_cluster->port() != 5432);
    QCOMPARE(m_cluster->databaseName(), QStringLiteral("extracta_team"));
    QCOMPARE(m_cluster->superuserUri(),
             QStringLiteral("postgresql://postgres@127.0.0.1:%1/extracta_team").arg(m_cluster->port()));
}

void TestPostgresCluster::superuserWritesAndReads()
{
    QString error;
    QVERIFY2(m_cluster->runAsSuperuser(QStringLiteral("CREATE TABLE kept (id integer PRIMARY KEY, note text);"
                                                      "INSERT INTO kept VALUES (1, 'before the restart')"),
                                       &error),
             qPrintable(error));
    QCOMPARE(m_cluster->queryValue(QStringLiteral("SELECT note FROM kept WHERE id = 1"), &error).toString(),
             QStringLiteral("before the restart"));
    QCOMPARE(m_cluster->queryValue(QStringLiteral("SELECT current_user")).toString(),
             QStringLiteral("postgres"));
    QCOMPARE(m_cluster->queryValue(QStringLiteral("SHOW server_encoding")).toString(),
             QStringLiteral("UTF8"));
    // Loopback only.
    QCOMPARE(m_cluster->queryValue(QStringLiteral("SHOW listen_addresses")).toString(),
             QStringLiteral("127.0.0.1"));

    // An error is reported, and another database can be named.
    QVERIFY(!m_cluster->runAsSuperuser(QStringLiteral("SELECT * FROM no_such_table"), &error));
    QVERIFY2(error.contains(QStringLiteral("no_such_table")), qPrintable(error));
    QVERIFY(!m_cluster->queryValue(QStringLiteral("SELECT * FROM no_such_table")).isValid());
    QVERIFY2(m_cluster->runAsSuperuser(QStringLiteral("CREATE DATABASE second_db"), &error,
                                       QStringLiteral("postgres")),
             qPrintable(error));
    QVERIFY2(m_cluster->runAsSuperuser(QStringLiteral("SELECT 1"), &error, QStringLiteral("second_db")),
             qPrintable(error));
}

void TestPostgresCluster::roleNeedsItsPassword()
{
    QString error;
    QVERIFY2(m_cluster->createRole(QStringLiteral("desk"), QStringLiteral("it's a secret"), &error),
             qPrintable(error));
    QCOMPARE(m_cluster->queryValue(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = 'desk'"))
                 .toBool(),
             false);

    QString user;
    QString problem = connectAs(m_cluster->port(),
                                {{}, QStringLiteral("desk"), QStringLiteral("it's a secret"), {}}, &user);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(user, QStringLiteral("desk"));

    problem = connectAs(m_cluster->port(), {{}, QStringLiteral("desk"), QStringLiteral("wrong"), {}}, &user);
    QVERIFY2(problem.contains(QStringLiteral("password authentication failed")), qPrintable(problem));
    problem = connectAs(m_cluster->port(), {{}, QStringLiteral("desk"), {}, {}}, &user);
    QVERIFY2(!problem.isEmpty(), "a role connected without its password");
}

void TestPostgresCluster::roleAllowedWithoutPassword()
{
    QString error;
    QVERIFY2(m_cluster->runAsSuperuser(QStringLiteral("CREATE ROLE trusted_desk LOGIN"), &error),
             qPrintable(error));
    QString user;
    QString problem = connectAs(m_cluster->port(), {{}, QStringLiteral("trusted_desk"), {}, {}}, &user);
    QVERIFY2(!problem.isEmpty(), "a role connected without a password before it was allowed to");

    QVERIFY2(m_cluster->allowWithoutPassword(QStringLiteral("trusted_desk"), &error), qPrintable(error));
    problem = connectAs(m_cluster->port(), {{}, QStringLiteral("trusted_desk"), {}, {}}, &user);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(user, QStringLiteral("trusted_desk"));
    // Only that role.
    problem = connectAs(m_cluster->port(), {{}, QStringLiteral("desk"), {}, {}}, &user);
    QVERIFY2(!problem.isEmpty(), "another role connected without its password");
    QVERIFY(!m_cluster->allowWithoutPassword(QStringLiteral("bad name; drop"), &error));
}

void TestPostgresCluster::stopAndRestartKeepTheData()
{
    const quint16 port = m_cluster->port();
    QString error;
    QVERIFY2(m_cluster->stop(&error), qPrintable(error));
    QVERIFY(!m_cluster->isRunning());
    QString problem = connectAs(port, {{}, QStringLiteral("postgres"), {}, {}}, nullptr);
    QVERIFY2(!problem.isEmpty(), "connected to a stopped server");
    QVERIFY2(!m_cluster->runAsSuperuser(QStringLiteral("SELECT 1"), &error), "ran SQL on a stopped server");
    QVERIFY(m_cluster->stop(&error)); // stopping a stopped cluster is fine

    QElapsedTimer timer;
    timer.start();
    QVERIFY2(m_cluster->restart(&error), qPrintable(error));
    qInfo("restarted in %lld ms", static_cast<long long>(timer.elapsed()));
    QCOMPARE(m_cluster->port(), port);
    QCOMPARE(m_cluster->queryValue(QStringLiteral("SELECT note FROM kept WHERE id = 1"), &error).toString(),
             QStringLiteral("before the restart"));
    // Roles and the pg_hba.conf lines added by allowWithoutPassword() are kept too.
    QString user;
    problem = connectAs(port, {{}, QStringLiteral("desk"), QStringLiteral("it's a secret"), {}}, &user);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = connectAs(port, {{}, QStringLiteral("trusted_desk"), {}, {}}, &user);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestPostgresCluster::startingARunningClusterIsFine()
{
    QProcess script;
    script.start(QStringLiteral("bash"),
                 {QStringLiteral(EBA_TEAM_DB_CLUSTER_SCRIPT), QStringLiteral("start"), m_cluster->folder()});
    QVERIFY(script.waitForFinished(60 * 1000));
    const QString err = QString::fromLocal8Bit(script.readAllStandardError());
    QCOMPARE(script.exitCode(), 0);
    QVERIFY2(err.contains(QStringLiteral("already running")), qPrintable(err));
    QCOMPARE(QString::fromLocal8Bit(script.readAllStandardOutput()).trimmed(), m_cluster->superuserUri());

    script.start(QStringLiteral("bash"),
                 {QStringLiteral(EBA_TEAM_DB_CLUSTER_SCRIPT), QStringLiteral("status"), m_cluster->folder()});
    QVERIFY(script.waitForFinished(60 * 1000));
    QCOMPARE(script.exitCode(), 0);
    QVERIFY(m_cluster->isRunning());
}

void TestPostgresCluster::destructorRemovesTheCluster()
{
    const QString folder = m_cluster->folder();
    const quint16 port = m_cluster->port();
    QVERIFY(QDir(folder).exists());
    m_cluster.reset();
    QVERIFY2(!QDir(folder).exists(), qPrintable(folder));
    const QString problem = connectAs(port, {{}, QStringLiteral("postgres"), {}, {}}, nullptr);
    QVERIFY2(!problem.isEmpty(), "the server outlived its fixture");
}

void TestPostgresCluster::tlsVerifyFull()
{
    QTemporaryDir tlsFolder;
    QTemporaryDir otherFolder;
    QVERIFY(tlsFolder.isValid() && otherFolder.isValid());
    PostgresTestTls tls;
    PostgresTestTls otherCa;
    QString error;
    QVERIFY2(PostgresTestTls::generate(tlsFolder.path(), QStringLiteral("db.team.test"), &tls, &error),
             qPrintable(error));
    QVERIFY2(PostgresTestTls::generate(otherFolder.path(), QStringLiteral("db.team.test"), &otherCa, &error),
             qPrintable(error));

    PostgresCluster cluster;
    QVERIFY2(cluster.startWithTls(tls.serverCertificate, tls.serverKey, &error), qPrintable(error));
    QCOMPARE(cluster.queryValue(QStringLiteral("SHOW ssl")).toString(), QStringLiteral("on"));
    QVERIFY2(cluster.createRole(QStringLiteral("desk"), QStringLiteral("pw"), &error), qPrintable(error));

    const QString verify = QStringLiteral("sslmode=verify-full;hostaddr=127.0.0.1;sslrootcert=");
    Login login{QStringLiteral("db.team.test"), QStringLiteral("desk"), QStringLiteral("pw"),
                verify + tls.caCertificate};
    QString user;
    QString problem = connectAs(cluster.port(), login, &user);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(user, QStringLiteral("desk"));

    // The same over a session that reports TLS in use.
    {
        const QString name = QStringLiteral("tst_postgrescluster-ssl");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(login.host);
            db.setPort(cluster.port());
            db.setDatabaseName(cluster.databaseName());
            db.setUserName(login.user);
            db.setPassword(login.password);
            db.setConnectOptions(login.options);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toBool(), true);
        }
        QSqlDatabase::removeDatabase(name);
    }

    // Another host name than the certificate's.
    login.host = QStringLiteral("other.team.test");
    problem = connectAs(cluster.port(), login, &user);
    QVERIFY2(problem.contains(QStringLiteral("does not match host name")), qPrintable(problem));

    // Another CA than the one that signed it.
    login.host = QStringLiteral("db.team.test");
    login.options = verify + otherCa.caCertificate;
    problem = connectAs(cluster.port(), login, &user);
    QVERIFY2(problem.contains(QStringLiteral("certificate verify failed")), qPrintable(problem));

    // TLS stays on over a restart.
    QVERIFY2(cluster.restart(&error), qPrintable(error));
    login.options = verify + tls.caCertificate;
    problem = connectAs(cluster.port(), login, &user);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestPostgresCluster)
#include "tst_postgrescluster.moc"
