// TeamDatabaseAddress without a server: which team database URIs are taken and which refused (a
// password in them never, and never repeated in the message), the TLS rules (verify-full by default
// away from this machine, nothing unencrypted there), what counts as this machine, and what the
// address turns into: the saved URI, the QPSQL options and the keychain key.
#include "core/team/teamdatabaseaddress.h"

#include <QTest>

class TestTeamDatabaseAddress : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void passwordNeverInTheMessage_data();
    void passwordNeverInTheMessage();
    void weakModesRefusedAwayFromThisMachine_data();
    void weakModesRefusedAwayFromThisMachine();
    void loopback_data();
    void loopback();
    void uriRoundTrip_data();
    void uriRoundTrip();
    void connectOptionsAreQuoted();
    void keychainKeyNamesTheDatabase();
};

void TestTeamDatabaseAddress::accepted_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("sslMode");

    QTest::newRow("loopback IP, default mode prefer") << "postgresql://desk@127.0.0.1:5433/team"
                                                      << "desk"
                                                      << "127.0.0.1" << 5433 << "team"
                                                      << "prefer";
    QTest::newRow("localhost, default port") << "postgresql://desk@localhost/team"
                                             << "desk"
                                             << "localhost" << 5432 << "team"
                                             << "prefer";
    QTest::newRow("postgres scheme") << "postgres://desk@localhost/team"
                                     << "desk"
                                     << "localhost" << 5432 << "team"
                                     << "prefer";
    QTest::newRow("IPv6 loopback") << "postgresql://desk@[::1]:5432/team"
                                   << "desk"
                                   << "::1" << 5432 << "team"
                                   << "prefer";
    QTest::newRow("other host, default verify-full") << "postgresql://desk@db.example.com:5432/team"
                                                     << "desk"
                                                     << "db.example.com" << 5432 << "team"
                                                     << "verify-full";
    QTest::newRow("other host, verify-ca") << "postgresql://desk@db.example.com/team?sslmode=verify-ca"
                                           << "desk"
                                           << "db.example.com" << 5432 << "team"
                                           << "verify-ca";
    QTest::newRow("other host, require") << "postgresql://desk@db.example.com/team?sslmode=require"
                                         << "desk"
                                         << "db.example.com" << 5432 << "team"
                                         << "require";
    QTest::newRow("other IP, default verify-full") << "postgresql://desk@10.1.2.3/team"
                                                   << "desk"
                                                   << "10.1.2.3" << 5432 << "team"
                                                   << "verify-full";
    QTest::newRow("loopback, disable asked") << "postgresql://desk@127.0.0.1/team?sslmode=disable"
                                             << "desk"
                                             << "127.0.0.1" << 5432 << "team"
                                             << "disable";
    QTest::newRow("name with hostaddr") << "postgresql://desk@db.team.test:6000/team?hostaddr=127.0.0.1"
                                        << "desk"
                                        << "db.team.test" << 6000 << "team"
                                        << "verify-full";
    QTest::newRow("percent-encoded user") << "postgresql://desk%40corp@localhost/team"
                                          << "desk@corp"
                                          << "localhost" << 5432 << "team"
                                          << "prefer";
    QTest::newRow("surrounding blanks") << "  postgresql://desk@localhost/team \n"
                                        << "desk"
                                        << "localhost" << 5432 << "team"
                                        << "prefer";
    QTest::newRow("TLS files") << "postgresql://desk@db.example.com/team?sslrootcert=/etc/ca.crt&sslcert=/"
                                  "home/d/c.crt&sslkey=/home/d/c.key"
                               << "desk"
                               << "db.example.com" << 5432 << "team"
                               << "verify-full";
}

void TestTeamDatabaseAddress::accepted()
{
    QFETCH(QString, uri);
    QString error;
    const std::optional<TeamDatabaseAddress> address = TeamDatabaseAddress::parse(uri, &error);
    QVERIFY2(address, qPrintable(error));
    QTEST(address->user(), "user");
    QTEST(address->host(), "host");
    QTEST(address->port(), "port");
    QTEST(address->databaseName(), "database");
    QTEST(address->sslMode(), "sslMode");
}

void TestTeamDatabaseAddress::refused_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("expected"); // a word the message must hold

    QTest::newRow("empty") << ""
                           << "No team database";
    QTest::newRow("blank") << "   "
                           << "No team database";
    QTest::newRow("other scheme") << "mysql://desk@localhost/team"
                                  << "postgresql://";
    QTest::newRow("no scheme") << "desk@localhost/team"
                               << "postgresql://";
    QTest::newRow("no user") << "postgresql://localhost/team"
                             << "no user";
    QTest::newRow("no database") << "postgresql://desk@localhost"
                                 << "no database";
    QTest::newRow("database slash only") << "postgresql://desk@localhost/"
                                         << "no database";
    QTest::newRow("database with a slash") << "postgresql://desk@localhost/a/b"
                                           << "no database";
    QTest::newRow("no host") << "postgresql://desk@/team"
                             << "no host";
    QTest::newRow("port zero") << "postgresql://desk@localhost:0/team"
                               << "port";
    QTest::newRow("port too big") << "postgresql://desk@localhost:70000/team"
                                  << "";
    QTest::newRow("unknown parameter") << "postgresql://desk@localhost/team?application_name=x"
                                       << "not supported";
    QTest::newRow("options parameter") << "postgresql://desk@localhost/team?options=-c%20x"
                                       << "not supported";
    QTest::newRow("host parameter not a folder") << "postgresql://desk@localhost/team?host=db.example.com"
                                                 << "not supported";
    QTest::newRow("unknown sslmode") << "postgresql://desk@localhost/team?sslmode=sometimes"
                                     << "sslmode";
    QTest::newRow("hostaddr not an IP") << "postgresql://desk@db.team.test/team?hostaddr=db.other.test"
                                        << "IP address";
    QTest::newRow("semicolon in a value") << "postgresql://desk@localhost/team?sslrootcert=/a;sslmode=disable"
                                          << "may not hold";
    QTest::newRow("control character in a value") << "postgresql://desk@localhost/team?sslrootcert=/a%0Ab"
                                                  << "may not hold";
}

void TestTeamDatabaseAddress::refused()
{
    QFETCH(QString, uri);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!TeamDatabaseAddress::parse(uri, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(expected, Qt::CaseInsensitive), qPrintable(error));
    // The message never repeats the address.
    if (!uri.trimmed().isEmpty())
        QVERIFY2(!error.contains(uri.trimmed()), qPrintable(error));
}

void TestTeamDatabaseAddress::passwordNeverInTheMessage_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("password");

    QTest::newRow("in the user info") << "postgresql://desk:Hunter2-SecretPw@localhost/team"
                                      << "Hunter2-SecretPw";
    QTest::newRow("in the user info, other host")
        << "postgresql://desk:Hunter2-SecretPw@db.example.com:5432/team?sslmode=verify-full"
        << "Hunter2-SecretPw";
    QTest::newRow("percent-encoded") << "postgresql://desk:Hunter2%2DSecretPw@localhost/team"
                                     << "Hunter2-SecretPw";
    QTest::newRow("as a parameter") << "postgresql://desk@localhost/team?password=Hunter2-SecretPw"
                                    << "Hunter2-SecretPw";
    QTest::newRow("as a parameter after others")
        << "postgresql://desk@localhost/team?sslmode=prefer&password=Hunter2-SecretPw"
        << "Hunter2-SecretPw";
}

void TestTeamDatabaseAddress::passwordNeverInTheMessage()
{
    QFETCH(QString, uri);
    QFETCH(QString, password);
    QString error;
    QVERIFY(!TeamDatabaseAddress::parse(uri, &error));
    QVERIFY2(error.contains(QLatin1String("password"), Qt::CaseInsensitive), qPrintable(error));
    QVERIFY2(!error.contains(password), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("Hunter2")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("EXTRACTA_TEAM_DB_PASSWORD")), qPrintable(error));
}

void TestTeamDatabaseAddress::weakModesRefusedAwayFromThisMachine_data()
{
    QTest::addColumn<QString>("uri");

    for (const char* mode : {"disable", "allow", "prefer"}) {
        QTest::addRow("%s, named host", mode)
            << QStringLiteral("postgresql://desk@db.example.com/team?sslmode=%1").arg(QLatin1String(mode));
        QTest::addRow("%s, other IP", mode)
            << QStringLiteral("postgresql://desk@192.168.1.20/team?sslmode=%1").arg(QLatin1String(mode));
        QTest::addRow("%s, name with loopback hostaddr", mode)
            << QStringLiteral("postgresql://desk@db.team.test/team?hostaddr=127.0.0.1&sslmode=%1")
                   .arg(QLatin1String(mode));
        QTest::addRow("%s, localhost with remote hostaddr", mode)
            << QStringLiteral("postgresql://desk@localhost/team?hostaddr=10.0.0.5&sslmode=%1")
                   .arg(QLatin1String(mode));
    }
}

void TestTeamDatabaseAddress::weakModesRefusedAwayFromThisMachine()
{
    QFETCH(QString, uri);
    QString error;
    QVERIFY(!TeamDatabaseAddress::parse(uri, &error));
    QVERIFY2(error.contains(QLatin1String("encrypted")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("verify-full")), qPrintable(error));
}

void TestTeamDatabaseAddress::loopback_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<bool>("loopback");

    QTest::newRow("127.0.0.1") << "postgresql://d@127.0.0.1/t" << true;
    QTest::newRow("127.8.9.10") << "postgresql://d@127.8.9.10/t" << true;
    QTest::newRow("localhost") << "postgresql://d@localhost/t" << true;
    QTest::newRow("LOCALHOST") << "postgresql://d@LOCALHOST/t" << true;
    QTest::newRow("::1") << "postgresql://d@[::1]/t" << true;
    QTest::newRow("localhost, hostaddr 127.0.0.1") << "postgresql://d@localhost/t?hostaddr=127.0.0.1" << true;
    QTest::newRow("localhost, hostaddr ::1") << "postgresql://d@localhost/t?hostaddr=::1" << true;
    QTest::newRow("localhost, remote hostaddr")
        << "postgresql://d@localhost/t?hostaddr=10.0.0.5&sslmode=verify-full" << false;
    QTest::newRow("name, loopback hostaddr") << "postgresql://d@db.team.test/t?hostaddr=127.0.0.1" << false;
    QTest::newRow("socket folder, no host") << "postgresql://d@/t?host=/run/postgresql" << true;
    QTest::newRow("socket folder, percent-encoded") << "postgresql://d@/t?host=%2Ftmp%2Fcluster" << true;
    QTest::newRow("other name") << "postgresql://d@db.example.com/t" << false;
    QTest::newRow("localhost.example.com") << "postgresql://d@localhost.example.com/t" << false;
    QTest::newRow("other IP") << "postgresql://d@10.0.0.1/t" << false;
    QTest::newRow("0.0.0.0") << "postgresql://d@0.0.0.0/t" << false;
}

void TestTeamDatabaseAddress::loopback()
{
    QFETCH(QString, uri);
    QString error;
    const std::optional<TeamDatabaseAddress> address = TeamDatabaseAddress::parse(uri, &error);
    QVERIFY2(address, qPrintable(error));
    QTEST(address->isLoopback(), "loopback");
    QCOMPARE(address->sslMode(),
             address->isLoopback() ? QStringLiteral("prefer") : QStringLiteral("verify-full"));
}

void TestTeamDatabaseAddress::uriRoundTrip_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("normalised");

    QTest::newRow("defaults spelt out") << "postgresql://desk@localhost/team"
                                        << "postgresql://desk@localhost:5432/team?sslmode=prefer";
    QTest::newRow("postgres scheme") << "postgres://desk@db.example.com:6000/team"
                                     << "postgresql://desk@db.example.com:6000/team?sslmode=verify-full";
    QTest::newRow("everything")
        << "postgresql://desk@db.team.test:6000/team?sslmode=verify-ca&hostaddr=127.0.0.1"
           "&sslrootcert=/etc/ca.crt&sslcert=/c.crt&sslkey=/c.key"
        << "postgresql://desk@db.team.test:6000/"
           "team?hostaddr=127.0.0.1&sslmode=verify-ca&sslrootcert=/etc/"
           "ca.crt&sslcert=/c.crt&sslkey=/c.key";
    QTest::newRow("IPv6") << "postgresql://desk@[::1]/team"
                          << "postgresql://desk@[::1]:5432/team?sslmode=prefer";
    QTest::newRow("socket folder") << "postgresql://desk@/team?host=/run/postgresql"
                                   << "";
    QTest::newRow("odd characters")
        << "postgresql://d%20e%3Bsk@localhost/te%26am?sslrootcert=/a%20b/c%26d.crt"
        << "";
}

void TestTeamDatabaseAddress::uriRoundTrip()
{
    QFETCH(QString, uri);
    QFETCH(QString, normalised);
    QString error;
    const std::optional<TeamDatabaseAddress> address = TeamDatabaseAddress::parse(uri, &error);
    QVERIFY2(address, qPrintable(error));
    const QString saved = address->uri();
    if (!normalised.isEmpty())
        QCOMPARE(saved, normalised);
    // What is saved reads back as the same address, and is saved the same again.
    const std::optional<TeamDatabaseAddress> again = TeamDatabaseAddress::parse(saved, &error);
    QVERIFY2(again, qPrintable(saved + QStringLiteral(": ") + error));
    QCOMPARE(again->user(), address->user());
    QCOMPARE(again->host(), address->host());
    QCOMPARE(again->socketFolder(), address->socketFolder());
    QCOMPARE(again->port(), address->port());
    QCOMPARE(again->databaseName(), address->databaseName());
    QCOMPARE(again->sslMode(), address->sslMode());
    QCOMPARE(again->isLoopback(), address->isLoopback());
    QCOMPARE(again->connectOptions(), address->connectOptions());
    QCOMPARE(again->uri(), saved);
    QCOMPARE(again->keychainKey(), address->keychainKey());
}

void TestTeamDatabaseAddress::connectOptionsAreQuoted()
{
    QString error;
    const std::optional<TeamDatabaseAddress> address = TeamDatabaseAddress::parse(
        QStringLiteral(
            "postgresql://desk@db.team.test/team?hostaddr=127.0.0.1&sslrootcert=/x/it's%20a%5Cca.crt"),
        &error);
    QVERIFY2(address, qPrintable(error));
    const QStringList options = address->connectOptions().split(QLatin1Char(';'));
    QVERIFY2(options.contains(QStringLiteral("sslmode='verify-full'")), qPrintable(options.join(u'|')));
    QVERIFY2(options.contains(QStringLiteral("hostaddr='127.0.0.1'")), qPrintable(options.join(u'|')));
    QVERIFY2(options.contains(QStringLiteral("sslrootcert='/x/it\\'s a\\\\ca.crt'")),
             qPrintable(options.join(u'|')));
    QVERIFY(options.contains(
        QStringLiteral("connect_timeout='%1'").arg(TeamDatabaseAddress::ConnectTimeoutSeconds)));
    QVERIFY(options.contains(QStringLiteral("application_name='extracta-batch-admin'")));
    // No empty option for a TLS file that was not given.
    for (const QString& option : options)
        QVERIFY2(!option.endsWith(QLatin1String("=''")), qPrintable(option));
    QVERIFY(!address->connectOptions().contains(QLatin1String("sslcert")));
}

void TestTeamDatabaseAddress::keychainKeyNamesTheDatabase()
{
    QString error;
    const auto a =
        TeamDatabaseAddress::parse(QStringLiteral("postgresql://desk@db.example.com/team"), &error);
    const auto b = TeamDatabaseAddress::parse(
        QStringLiteral("postgres://desk@db.example.com:5432/team?sslmode=verify-full"), &error);
    const auto otherUser =
        TeamDatabaseAddress::parse(QStringLiteral("postgresql://owner@db.example.com/team"), &error);
    const auto otherPort =
        TeamDatabaseAddress::parse(QStringLiteral("postgresql://desk@db.example.com:6000/team"), &error);
    const auto otherDb =
        TeamDatabaseAddress::parse(QStringLiteral("postgresql://desk@db.example.com/other"), &error);
    QVERIFY(a && b && otherUser && otherPort && otherDb);
    QCOMPARE(a->keychainKey(), QStringLiteral("team-db/desk@db.example.com:5432/team"));
    QCOMPARE(a->displayName(), QStringLiteral("desk@db.example.com:5432/team"));
    // The same database however it is spelt; another user, port or database is another key.
    QCOMPARE(b->keychainKey(), a->keychainKey());
    QVERIFY(otherUser->keychainKey() != a->keychainKey());
    QVERIFY(otherPort->keychainKey() != a->keychainKey());
    QVERIFY(otherDb->keychainKey() != a->keychainKey());
}

QTEST_GUILESS_MAIN(TestTeamDatabaseAddress)
#include "tst_teamdatabaseaddress.moc"
