// extracta-batch and the team audit trail (issue 15), run as real processes against a real
// PostgreSQL server (one throwaway cluster for the whole program, a database of its own per test)
// and the sandbox API: team init and the desk role's rights, the database password, two desks
// sharing one trail, an outage in the middle of a bulk run, a crash between upload and
// acknowledgement, a schema of an older version, TLS for a host that is not this machine, and no
// token anywhere in the outputs or the team database.
#include "clitestharness.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/team/teamconnection.h"
#include "core/team/teamdatabaseaddress.h"
#include "core/team/teamoutbox.h"
#include "core/team/teamschema.h"
#include "core/team/teamuploader.h"
#include "postgrescluster.h"
#include "postgrestls.h"
#include "secretscan.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString Classification = QStringLiteral("-OTEAMc1assificati0n");

// A batch ID of 20 characters like the API's: "-OTEAM", a tag letter, "batch", a number.
QString batchId(QChar tag, int index)
{
    return QStringLiteral("-OTEAM%1batch%2").arg(tag).arg(index, 8, 10, QLatin1Char('0'));
}

QStringList team(const QStringList& more)
{
    return QStringList{QStringLiteral("team")} + more;
}

// Runs sql on its own connection to `database` as `user`; false with the database's words.
bool execAs(quint16 port, const QString& database, const QString& user, const QString& password,
            const QString& sql, QString* error = nullptr, QVariant* firstValue = nullptr)
{
    static int counter = 0;
    const QString name = QStringLiteral("tst-cliteam-%1").arg(++counter);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(port);
        db.setDatabaseName(database);
        db.setUserName(user);
        if (!password.isEmpty())
            db.setPassword(password);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok && error)
                *error = query.lastError().text();
            if (ok && firstValue)
                *firstValue = query.next() ? query.value(0) : QVariant();
        } else if (error) {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QList<QJsonObject> jsonLines(const CliRun& run)
{
    return run.jsonLines();
}

QString dataFile(CliRunner& runner)
{
    QDirIterator it(runner.environment().value(QStringLiteral("XDG_DATA_HOME")),
                    {QStringLiteral("*.sqlite3")}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

QString homeOf(CliRunner& runner)
{
    return runner.environment().value(QStringLiteral("HOME"));
}

} // namespace

class TestCliTeam : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void initCreatesTheSchemaAndADeskRoleOnlyAppends();
    void passwordFromTheEnvironmentAndRefusedClearly();
    void passwordSavedByConnect();
    void twoDesksShareOneTrail();
    void outageInTheMiddleOfABulkRun();
    void crashBetweenUploadAndAcknowledgement();
    void demoEntriesNeverUploaded();
    void olderSchemaIsMigrated();
    void tlsRequiredForAHostElsewhere();
    void unreachable();
    void aRefusalThatNamesSslIsNotATlsFailure();

private:
    QString newDatabase(const QString& name);
    QString uri(const QString& user, const QString& database, const QString& more = {}) const;
    QVariant valueIn(const QString& database, const QString& sql);
    // A desk: its own home, the sandbox's token, and no team database from the test's environment.
    std::unique_ptr<CliRunner> desk(SandboxThread& sandbox);
    // Adds `count` batches tagged `tag` to the sandbox and deletes them with one bulk run.
    CliRun deleteBatches(CliRunner& runner, SandboxThread& sandbox, QChar tag, int count,
                         const QStringList& more = {});
    QByteArray writeList(SandboxThread& sandbox, QChar tag, int count);
    // Every text column of the team tables, for the secret checks.
    QByteArray dumpOf(const QString& database);

    PostgresCluster m_cluster;
    QTemporaryDir m_files;
};

void TestCliTeam::initTestCase()
{
    QString reason;
    QVERIFY2(PostgresCluster::serverAvailable(&reason), qPrintable(reason));
    QVERIFY2(m_cluster.start(&reason), qPrintable(reason));
    QVERIFY(m_files.isValid());
}

void TestCliTeam::cleanup()
{
    QCOMPARE(CliRunner::leakCount(), 0);
    if (!m_cluster.isRunning()) {
        QString error;
        QVERIFY2(m_cluster.restart(&error), qPrintable(error));
    }
}

QString TestCliTeam::newDatabase(const QString& name)
{
    QString error;
    if (!m_cluster.runAsSuperuser(QStringLiteral("CREATE DATABASE %1").arg(name), &error))
        qWarning("CREATE DATABASE %s: %s", qPrintable(name), qPrintable(error));
    return name;
}

QString TestCliTeam::uri(const QString& user, const QString& database, const QString& more) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3%4")
        .arg(user)
        .arg(m_cluster.port())
        .arg(database, more);
}

QVariant TestCliTeam::valueIn(const QString& database, const QString& sql)
{
    QVariant value;
    QString error;
    if (!execAs(m_cluster.port(), database, QStringLiteral("postgres"), {}, sql, &error, &value))
        qWarning("%s: %s", qPrintable(sql), qPrintable(error));
    return value;
}

std::unique_ptr<CliRunner> TestCliTeam::desk(SandboxThread& sandbox)
{
    auto runner = std::make_unique<CliRunner>();
    runner->setEnvironmentToken(sandbox.token());
    for (const char* name : {"EXTRACTA_TEAM_DB", "EXTRACTA_TEAM_DB_PASSWORD"})
        runner->environment().remove(QString::fromLatin1(name));
    return runner;
}

QByteArray TestCliTeam::writeList(SandboxThread& sandbox, QChar tag, int count)
{
    QByteArray csv = "classificationId,batchId\n";
    sandbox.call([tag, count](SandboxServer& server) {
        for (int i = 0; i < count; ++i)
            server.addBatch(Classification, batchId(tag, i), {});
    });
    for (int i = 0; i < count; ++i)
        csv += Classification.toUtf8() + ',' + batchId(tag, i).toUtf8() + '\n';
    return csv;
}

CliRun TestCliTeam::deleteBatches(CliRunner& runner, SandboxThread& sandbox, QChar tag, int count,
                                  const QStringList& more)
{
    const QString path = m_files.filePath(QStringLiteral("list-%1.csv").arg(tag));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(writeList(sandbox, tag, count)) < 0)
        return {};
    file.close();
    return runner.run(QStringList{QStringLiteral("delete"), QStringLiteral("--from-csv"), path,
                                  QStringLiteral("--yes"), QStringLiteral("--api-url"), sandbox.baseUrl()} +
                      more);
}

QByteArray TestCliTeam::dumpOf(const QString& database)
{
    QByteArray dump;
    for (const char* table : {"extracta.attempts", "extracta.outcomes", "extracta.schema_version"})
        dump += valueIn(database, QStringLiteral("SELECT coalesce(string_agg(t::text, E'\\n'), '') FROM %1 t")
                                      .arg(QLatin1String(table)))
                    .toString()
                    .toUtf8();
    return dump;
}

void TestCliTeam::initCreatesTheSchemaAndADeskRoleOnlyAppends()
{
    const QString db = newDatabase(QStringLiteral("t_init"));
    const QString password = QStringLiteral("desk-init-Pw-4711");
    QString error;
    QVERIFY2(m_cluster.createRole(QStringLiteral("desk_init"), password, &error), qPrintable(error));

    SandboxThread sandbox;
    CliRunner owner;
    const CliRun created = owner.run(
        team({QStringLiteral("init"), QStringLiteral("--team-db"), uri(QStringLiteral("postgres"), db),
              QStringLiteral("--desk-role"), QStringLiteral("desk_init")}));
    QVERIFY2(created.exitCode == 0, created.err.constData());
    QVERIFY2(created.err.contains("Created the team trail"), created.err.constData());
    QCOMPARE(valueIn(db, QStringLiteral("SELECT max(version) FROM extracta.schema_version")).toInt(), 2);
    QStringList grants;
    for (const QByteArray& line : created.out.split('\n')) {
        if (line.startsWith("GRANT ") || line.startsWith("REVOKE "))
            grants << QString::fromUtf8(line);
    }
    QCOMPARE(grants.size(), 7);
    for (const QString& grant : std::as_const(grants))
        QVERIFY2(grant.contains(QLatin1String("\"desk_init\"")), qPrintable(grant));

    const CliRun again = owner.run(
        team({QStringLiteral("init"), QStringLiteral("--team-db"), uri(QStringLiteral("postgres"), db),
              QStringLiteral("--desk-role"), QStringLiteral("desk_init")}));
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(again.err.contains("up to date (schema version 2)"), again.err.constData());
    QCOMPARE(again.out, created.out);
    QCOMPARE(valueIn(db, QStringLiteral("SELECT count(*) FROM extracta.schema_version")).toInt(), 2);

    // Before the GRANTs the desk role cannot even read the trail.
    QVERIFY(!execAs(m_cluster.port(), db, QStringLiteral("desk_init"), password,
                    QStringLiteral("SELECT count(*) FROM extracta.trail")));
    QVERIFY2(m_cluster.runAsSuperuser(grants.join(QLatin1Char('\n')), &error, db), qPrintable(error));

    // The desk, as that role: deletes, uploads, reads the team trail.
    std::unique_ptr<CliRunner> desk = this->desk(sandbox);
    desk->addSecret(password);
    desk->environment().insert(QStringLiteral("EXTRACTA_TEAM_DB_PASSWORD"), password);
    const CliRun connected =
        desk->run(team({QStringLiteral("connect"), uri(QStringLiteral("desk_init"), db)}));
    QVERIFY2(connected.exitCode == 0, connected.err.constData());
    QVERIFY2(connected.err.contains("has the team trail (schema version 2)"), connected.err.constData());
    const CliRun deleted = deleteBatches(*desk, sandbox, QLatin1Char('i'), 3);
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
    QVERIFY2(!deleted.err.contains("pending"), deleted.err.constData());
    const CliRun synced = desk->run(team({QStringLiteral("sync")}));
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    QVERIFY2(synced.err.contains("0 pending"), synced.err.constData());
    const CliRun read =
        desk->run({QStringLiteral("audit"), QStringLiteral("--team"), QStringLiteral("--json")});
    QVERIFY2(read.exitCode == 0, read.err.constData());
    const QList<QJsonObject> entries = jsonLines(read);
    QCOMPARE(entries.size(), 3);
    for (const QJsonObject& entry : entries) {
        QCOMPARE(entry.value(QLatin1String("outcome")).toString(), QStringLiteral("succeeded"));
        QVERIFY(!entry.value(QLatin1String("osUser")).toString().isEmpty());
        QVERIFY(!entry.value(QLatin1String("machine")).toString().isEmpty());
    }
    // Every row records the role that inserted it.
    QCOMPARE(
        valueIn(db, QStringLiteral("SELECT count(*) FROM extracta.attempts WHERE uploaded_by = 'desk_init'"))
            .toInt(),
        3);

    // Append-only: the role can neither change nor remove what is there.
    const QStringList forbidden{
        QStringLiteral("UPDATE extracta.attempts SET os_user = 'someone else'"),
        QStringLiteral("UPDATE extracta.outcomes SET outcome = 'failed'"),
        QStringLiteral("DELETE FROM extracta.attempts"),
        QStringLiteral("DELETE FROM extracta.outcomes"),
        QStringLiteral("TRUNCATE extracta.outcomes"),
        QStringLiteral("DELETE FROM extracta.schema_version"),
        QStringLiteral("INSERT INTO extracta.schema_version (version) VALUES (99)"),
        QStringLiteral("DROP TABLE extracta.outcomes"),
    };
    for (const QString& sql : forbidden) {
        error.clear();
        QVERIFY2(!execAs(m_cluster.port(), db, QStringLiteral("desk_init"), password, sql, &error),
                 qPrintable(sql));
        QVERIFY2(error.contains(QLatin1String("permission denied")) ||
                     error.contains(QLatin1String("must be owner")),
                 qPrintable(sql + QStringLiteral(": ") + error));
    }
    QCOMPARE(valueIn(db, QStringLiteral("SELECT count(*) FROM extracta.outcomes WHERE outcome = 'succeeded'"))
                 .toInt(),
             3);
    // The row's author is the database's, whatever the desk claims.
    error.clear();
    QVERIFY2(
        !execAs(m_cluster.port(), db, QStringLiteral("desk_init"), password,
                QStringLiteral("INSERT INTO extracta.attempts (attempt_id, started_utc, os_user, machine,"
                               " api_host, classification_id, batch_id, uploaded_by) VALUES"
                               " (gen_random_uuid(), now(), 'x', 'x', 'x', 'x', 'x', 'postgres')"),
                &error),
        "the desk role could claim another role as the uploader");
    QVERIFY2(!dumpOf(db).contains(sandbox.token().toUtf8()), "the API token is in the team database");
    QVERIFY2(SecretScan::filesContaining(homeOf(*desk), password.toUtf8()).isEmpty(),
             "the database password from the environment was written to disk");
}

void TestCliTeam::passwordFromTheEnvironmentAndRefusedClearly()
{
    const QString db = newDatabase(QStringLiteral("t_password"));
    const QString password = QStringLiteral("desk-pw-Right-0815");
    const QString wrong = QStringLiteral("desk-pw-Wrong-9999");
    QString error;
    QVERIFY2(m_cluster.createRole(QStringLiteral("desk_pw"), password, &error), qPrintable(error));
    SandboxThread sandbox;
    CliRunner owner;
    QCOMPARE(owner
                 .run(team({QStringLiteral("init"), QStringLiteral("--team-db"),
                            uri(QStringLiteral("postgres"), db), QStringLiteral("--desk-role"),
                            QStringLiteral("desk_pw")}))
                 .exitCode,
             0);

    std::unique_ptr<CliRunner> desk = this->desk(sandbox);
    desk->addSecret(password);
    desk->addSecret(wrong);
    desk->environment().insert(QStringLiteral("EXTRACTA_TEAM_DB"), uri(QStringLiteral("desk_pw"), db));

    desk->environment().insert(QStringLiteral("EXTRACTA_TEAM_DB_PASSWORD"), wrong);
    const CliRun refused = desk->run(team({QStringLiteral("status")}));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.text().contains(QLatin1String("refused the connection")), refused.err.constData());
    QVERIFY2(refused.text().contains(QLatin1String("password authentication failed")),
             refused.err.constData());
    const CliRun refusedSync = desk->run(team({QStringLiteral("sync")}));
    QCOMPARE(refusedSync.exitCode, 1);
    QVERIFY2(refusedSync.err.contains("refused the connection"), refusedSync.err.constData());
    const CliRun refusedAudit = desk->run({QStringLiteral("audit"), QStringLiteral("--team")});
    QCOMPARE(refusedAudit.exitCode, 1);

    // The right password, but the owner has not run the GRANTs yet: in, and told it cannot read.
    desk->environment().insert(QStringLiteral("EXTRACTA_TEAM_DB_PASSWORD"), password);
    const CliRun noGrants = desk->run(team({QStringLiteral("status"), QStringLiteral("--json")}));
    QCOMPARE(noGrants.exitCode, 1);
    QCOMPARE(noGrants.jsonLines().value(0).value(QLatin1String("reachable")).toBool(), true);
    QVERIFY(noGrants.jsonLines().value(0).value(QLatin1String("schemaVersion")).isNull());
    QVERIFY2(noGrants.jsonLines()
                 .value(0)
                 .value(QLatin1String("error"))
                 .toString()
                 .contains(QLatin1String("permission denied")),
             noGrants.out.constData());
    const CliRun noGrantsConnect =
        desk->run(team({QStringLiteral("connect"), uri(QStringLiteral("desk_pw"), db)}));
    QCOMPARE(noGrantsConnect.exitCode, 1);
    QVERIFY2(!noGrantsConnect.err.contains("-1"), noGrantsConnect.err.constData());
    QVERIFY2(noGrantsConnect.err.contains("permission denied"), noGrantsConnect.err.constData());
    const CliRun noGrantsSync = desk->run(team({QStringLiteral("sync")}));
    QCOMPARE(noGrantsSync.exitCode, 1);
    QVERIFY2(noGrantsSync.err.contains("permission denied"), noGrantsSync.err.constData());

    QVERIFY2(
        m_cluster.runAsSuperuser(
            TeamSchema::grantStatements(QStringLiteral("desk_pw"), db).join(QLatin1Char('\n')), &error, db),
        qPrintable(error));
    const CliRun status = desk->run(team({QStringLiteral("status"), QStringLiteral("--json")}));
    QVERIFY2(status.exitCode == 0, status.err.constData());
    const QList<QJsonObject> lines = status.jsonLines();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().value(QLatin1String("reachable")).toBool(), true);
    QCOMPARE(lines.first().value(QLatin1String("schemaVersion")).toInt(), 2);
    QCOMPARE(lines.first().value(QLatin1String("pending")).toInt(), 0);
    QVERIFY(lines.first().value(QLatin1String("error")).isNull());
    QCOMPARE(desk->run(team({QStringLiteral("sync")})).exitCode, 0);
}

void TestCliTeam::passwordSavedByConnect()
{
    const QString db = newDatabase(QStringLiteral("t_saved"));
    const QString password = QStringLiteral("desk-pw-Saved-2024");
    QString error;
    QVERIFY2(m_cluster.createRole(QStringLiteral("desk_saved"), password, &error), qPrintable(error));
    SandboxThread sandbox;
    CliRunner owner;
    QCOMPARE(owner
                 .run(team({QStringLiteral("init"), QStringLiteral("--team-db"),
                            uri(QStringLiteral("postgres"), db)}))
                 .exitCode,
             0);
    QVERIFY2(m_cluster.runAsSuperuser(
                 TeamSchema::grantStatements(QStringLiteral("desk_saved"), db).join(QLatin1Char('\n')),
                 &error, db),
             qPrintable(error));
    std::unique_ptr<CliRunner> desk = this->desk(sandbox);
    desk->addSecret(password);
    const QString address = uri(QStringLiteral("desk_saved"), db);

    // The default store is the keychain, which is not there in these runs: saying so, saving nothing.
    QElapsedTimer clock;
    clock.start();
    const CliRun noKeychain =
        desk->run(team({QStringLiteral("connect"), address, QStringLiteral("--password-stdin")}),
                  password.toUtf8() + '\n');
    qInfo("connect without a keychain: exit %d in %lld ms: %s", noKeychain.exitCode, clock.elapsed(),
          noKeychain.err.constData());
    QCOMPARE(noKeychain.exitCode, 2);
    QVERIFY2(noKeychain.err.contains("password could not be saved in the OS keychain"),
             noKeychain.err.constData());
    const CliRun notSaved = desk->run(team({QStringLiteral("status")}));
    QCOMPARE(notSaved.exitCode, 2);
    QVERIFY2(notSaved.err.contains("No team database is set"), notSaved.err.constData());

    // The plain token file, as chosen in the app's settings.
    {
        QSettings settings(desk->configHome() +
                               QStringLiteral("/extracta-batch-admin/extracta-batch-admin.conf"),
                           QSettings::IniFormat);
        settings.setValue(QStringLiteral("token/storage"), QStringLiteral("plain-file"));
    }
    const CliRun connected =
        desk->run(team({QStringLiteral("connect"), address, QStringLiteral("--password-stdin")}),
                  password.toUtf8() + '\n');
    QVERIFY2(connected.exitCode == 0, connected.err.constData());
    QVERIFY2(connected.err.contains("It answers and has the team trail"), connected.err.constData());
    const CliRun status = desk->run(team({QStringLiteral("status")}));
    QVERIFY2(status.exitCode == 0, status.text().toUtf8().constData());
    QVERIFY2(status.out.contains("Reachable: yes"), status.out.constData());
    // The settings hold the address and never the password.
    const QStringList withPassword = SecretScan::filesContaining(homeOf(*desk), password.toUtf8());
    for (const QString& path : withPassword)
        QVERIFY2(path.endsWith(QLatin1String("credentials.json")), qPrintable(path));
    QVERIFY(!withPassword.isEmpty());

    // A password given on the command line (in the URI) is refused and not repeated.
    const CliRun inUri = desk->run(
        team({QStringLiteral("connect"), QStringLiteral("postgresql://desk_saved:%1@127.0.0.1:%2/%3")
                                             .arg(password)
                                             .arg(m_cluster.port())
                                             .arg(db)}));
    QCOMPARE(inUri.exitCode, 2);
    QVERIFY2(inUri.err.contains("holds a password"), inUri.err.constData());

    // Disconnecting forgets the address; the desk's own trail stays.
    const CliRun disconnected = desk->run(team({QStringLiteral("disconnect")}));
    QCOMPARE(disconnected.exitCode, 0);
    QCOMPARE(desk->run(team({QStringLiteral("status")})).exitCode, 2);
}

void TestCliTeam::twoDesksShareOneTrail()
{
    const QString db = newDatabase(QStringLiteral("t_desks"));
    const QString password = QStringLiteral("desk-pw-Shared-31337");
    QString error;
    QVERIFY2(m_cluster.createRole(QStringLiteral("desk_shared"), password, &error), qPrintable(error));
    SandboxThread sandbox;
    CliRunner owner;
    const CliRun init = owner.run(
        team({QStringLiteral("init"), QStringLiteral("--team-db"), uri(QStringLiteral("postgres"), db),
              QStringLiteral("--desk-role"), QStringLiteral("desk_shared")}));
    QCOMPARE(init.exitCode, 0);
    QStringList grants;
    for (const QByteArray& line : init.out.split('\n')) {
        if (line.startsWith("GRANT ") || line.startsWith("REVOKE "))
            grants << QString::fromUtf8(line);
    }
    QVERIFY2(m_cluster.runAsSuperuser(grants.join(QLatin1Char('\n')), &error, db), qPrintable(error));

    std::unique_ptr<CliRunner> first = desk(sandbox);
    std::unique_ptr<CliRunner> second = desk(sandbox);
    QSet<QString> localAttempts;
    QHash<QString, QString> localTimes; // attempt ID -> "started|completed" as recorded on the desk
    int tagIndex = 0;
    for (CliRunner* runner : {first.get(), second.get()}) {
        runner->addSecret(password);
        runner->environment().insert(QStringLiteral("EXTRACTA_TEAM_DB_PASSWORD"), password);
        QCOMPARE(
            runner->run(team({QStringLiteral("connect"), uri(QStringLiteral("desk_shared"), db)})).exitCode,
            0);
        const CliRun deleted = deleteBatches(*runner, sandbox, QLatin1Char(tagIndex++ == 0 ? 'a' : 'b'), 4);
        QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
        const CliRun synced = runner->run(team({QStringLiteral("sync"), QStringLiteral("--json")}));
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        QCOMPARE(synced.jsonLines().value(0).value(QLatin1String("pending")).toInt(), 0);
        const CliRun local = runner->run({QStringLiteral("audit"), QStringLiteral("--json")});
        QCOMPARE(local.exitCode, 0);
        QCOMPARE(local.jsonLines().size(), 4);
        for (const QJsonObject& entry : local.jsonLines()) {
            localAttempts.insert(entry.value(QLatin1String("attemptId")).toString());
            localTimes.insert(entry.value(QLatin1String("attemptId")).toString(),
                              entry.value(QLatin1String("startedUtc")).toString() + QLatin1Char('|') +
                                  entry.value(QLatin1String("completedUtc")).toString());
        }
    }
    QCOMPARE(localAttempts.size(), 8);

    for (CliRunner* runner : {first.get(), second.get()}) {
        // Read in another time zone, the times are the same instants as recorded.
        runner->environment().insert(QStringLiteral("TZ"), QStringLiteral("Asia/Kolkata"));
        const CliRun read =
            runner->run({QStringLiteral("audit"), QStringLiteral("--team"), QStringLiteral("--json")});
        QVERIFY2(read.exitCode == 0, read.err.constData());
        const QList<QJsonObject> entries = read.jsonLines();
        QCOMPARE(entries.size(), 8);
        QSet<QString> attempts;
        QSet<QString> batches;
        for (const QJsonObject& entry : entries) {
            attempts.insert(entry.value(QLatin1String("attemptId")).toString());
            batches.insert(entry.value(QLatin1String("batchId")).toString());
            QCOMPARE(entry.value(QLatin1String("startedUtc")).toString() + QLatin1Char('|') +
                         entry.value(QLatin1String("completedUtc")).toString(),
                     localTimes.value(entry.value(QLatin1String("attemptId")).toString()));
            QVERIFY(!entry.value(QLatin1String("osUser")).toString().isEmpty());
            QVERIFY(!entry.value(QLatin1String("machine")).toString().isEmpty());
            QCOMPARE(entry.value(QLatin1String("outcome")).toString(), QStringLiteral("succeeded"));
            QCOMPARE(entry.value(QLatin1String("classificationId")).toString(), Classification);
        }
        QCOMPARE(attempts, localAttempts);
        QCOMPARE(batches.size(), 8);
        // CSV too, with the user and machine columns.
        const CliRun csv =
            runner->run({QStringLiteral("audit"), QStringLiteral("--team"), QStringLiteral("--csv")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY2(csv.out.contains("os_user") || csv.out.contains("osUser") || csv.out.contains("user"),
                 csv.out.left(300).constData());
        QCOMPARE(csv.out.trimmed().count('\n'), 8);
    }
    QCOMPARE(valueIn(db, QStringLiteral("SELECT count(*) FROM extracta.attempts")).toInt(), 8);
    QCOMPARE(valueIn(db, QStringLiteral("SELECT count(DISTINCT attempt_id) FROM extracta.outcomes")).toInt(),
             8);
    const QByteArray dump = dumpOf(db);
    QVERIFY2(!dump.contains(sandbox.token().toUtf8()), "the API token is in the team database");
    QVERIFY2(!dump.contains(password.toUtf8()), "the database password is in the team database");
}

void TestCliTeam::outageInTheMiddleOfABulkRun()
{
    const QString db = newDatabase(QStringLiteral("t_outage"));
    constexpr int Batches = 20;
    SandboxThread sandbox;
    CliRunner owner;
    QCOMPARE(owner
                 .run(team({QStringLiteral("init"), QStringLiteral("--team-db"),
                            uri(QStringLiteral("postgres"), db)}))
                 .exitCode,
             0);
    std::unique_ptr<CliRunner> desk = this->desk(sandbox);
    QCOMPARE(desk->run(team({QStringLiteral("connect"), uri(QStringLiteral("postgres"), db)})).exitCode, 0);

    const QString path = m_files.filePath(QStringLiteral("outage.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(writeList(sandbox, QLatin1Char('o'), Batches));
    }
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 80;
    sandbox.setFault(slow);
    QProcess process;
    desk->start(process, {QStringLiteral("delete"), QStringLiteral("--from-csv"), path,
                          QStringLiteral("--yes"), QStringLiteral("--api-url"), sandbox.baseUrl()});
    QTRY_VERIFY_WITH_TIMEOUT(sandbox.requestCount() >= 4, 10000);
    QString error;
    QVERIFY2(m_cluster.stop(&error), qPrintable(error));
    const CliRun run = desk->finish(process, 30000);
    sandbox.setFault({});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.count("Deleted "), Batches);
    QVERIFY2(run.err.contains(QStringLiteral("%1 entries are pending upload").arg(Batches).toUtf8()),
             run.err.constData());
    QVERIFY2(run.err.contains("team sync"), run.err.constData());

    const CliRun down = desk->run(team({QStringLiteral("status"), QStringLiteral("--json")}));
    QCOMPARE(down.exitCode, 3);
    const QJsonObject status = down.jsonLines().value(0);
    QCOMPARE(status.value(QLatin1String("reachable")).toBool(true), false);
    QCOMPARE(status.value(QLatin1String("pending")).toInt(), Batches);
    QVERIFY(status.value(QLatin1String("schemaVersion")).isNull());
    QCOMPARE(desk->run(team({QStringLiteral("sync")})).exitCode, 3);

    QVERIFY2(m_cluster.restart(&error), qPrintable(error));
    const CliRun synced = desk->run(team({QStringLiteral("sync")}));
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    QVERIFY2(synced.err.contains(QStringLiteral("Uploaded %1 entries").arg(Batches).toUtf8()),
             synced.err.constData());
    const CliRun local = desk->run({QStringLiteral("audit"), QStringLiteral("--json")});
    QCOMPARE(local.jsonLines().size(), Batches);
    QCOMPARE(valueIn(db, QStringLiteral("SELECT count(*) FROM extracta.attempts")).toInt(), Batches);
    QCOMPARE(valueIn(db, QStringLiteral("SELECT count(*) FROM extracta.outcomes")).toInt(), Batches);
    for (const QJsonObject& entry : local.jsonLines()) {
        const QString attempt = entry.value(QLatin1String("attemptId")).toString();
        QCOMPARE(valueIn(db, QStringLiteral("SELECT count(*) FROM extracta.trail WHERE attempt_id = '%1'"
                                            " AND outcome = 'succeeded' AND batch_id = '%2'")
                                 .arg(attempt, entry.value(QLatin1String("batchId")).toString()))
                     .toInt(),
                 1);
    }
    const CliRun again = desk->run(team({QStringLiteral("sync")}));
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err.contains("Uploaded 0 entries"), again.err.constData());
}

void TestCliTeam::crashBetweenUploadAndAcknowledgement()
{
    const QString db = newDatabase(QStringLiteral("t_crash"));
    SandboxThread sandbox;
    CliRunner owner;
    QCOMPARE(owner
                 .run(team({QStringLiteral("init"), QStringLiteral("--team-db"),
                            uri(QStringLiteral("postgres"), db)}))
                 .exitCode,
             0);
    std::unique_ptr<CliRunner> desk = this->desk(sandbox);
    // Deleted before the desk has a team database: everything is still to go.
    const CliRun deleted = deleteBatches(*desk, sandbox, QLatin1Char('c'), 5);
    QCOMPARE(deleted.exitCode, 0);
    QCOMPARE(desk->run(team({QStringLiteral("connect"), uri(QStringLiteral("postgres"), db)})).exitCode, 0);
    const CliRun before = desk->run(team({QStringLiteral("status"), QStringLiteral("--json")}));
    QCOMPARE(before.jsonLines().value(0).value(QLatin1String("pending")).toInt(), 5);

    // What a desk that crashed after the team database committed, before it marked its entries, leaves.
    {
        const QString path = dataFile(*desk);
        QVERIFY2(!path.isEmpty(), "no local audit file");
        Database local(QStringLiteral("tst-cliteam-desk"));
        QVERIFY(local.open(path, Database::IntegrityCheck::Skip).ok);
        QString problem;
        const std::optional<TeamDatabaseAddress> address =
            TeamDatabaseAddress::parse(uri(QStringLiteral("postgres"), db), &problem);
        QVERIFY2(address, qPrintable(problem));
        TeamOutbox outbox(local, address->displayName());
        QCOMPARE(outbox.pendingCount(), 5);
        const QList<TeamUpload> lot = outbox.pending(3);
        QCOMPARE(lot.size(), 3);
        TeamConnection connection(*address, {});
        QVERIFY2(connection.open(), qPrintable(connection.errorMessage()));
        TeamUploader uploader(outbox, connection);
        QVERIFY2(uploader.send(lot, &problem), qPrintable(problem));
        // Sent twice (a retry after a timeout): still once in the team database.
        QVERIFY2(uploader.send(lot, &problem), qPrintable(problem));
        QCOMPARE(outbox.pendingCount(), 5);
    }
    QCOMPARE(valueIn(db, QStringLiteral("SELECT count(*) FROM extracta.attempts")).toInt(), 3);

    const CliRun status = desk->run(team({QStringLiteral("status"), QStringLiteral("--json")}));
    QCOMPARE(status.exitCode, 0);
    QCOMPARE(status.jsonLines().value(0).value(QLatin1String("pending")).toInt(), 5);
    const CliRun synced = desk->run(team({QStringLiteral("sync"), QStringLiteral("--json")}));
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    QCOMPARE(synced.jsonLines().value(0).value(QLatin1String("pending")).toInt(), 0);
    QCOMPARE(desk->run(team({QStringLiteral("status"), QStringLiteral("--json")}))
                 .jsonLines()
                 .value(0)
                 .value(QLatin1String("pending"))
                 .toInt(),
             0);
    QCOMPARE(valueIn(db, QStringLiteral("SELECT count(*) FROM extracta.attempts")).toInt(), 5);
    QCOMPARE(valueIn(db, QStringLiteral("SELECT count(*) FROM extracta.outcomes")).toInt(), 5);
    QCOMPARE(valueIn(db, QStringLiteral("SELECT count(*) FROM extracta.trail")).toInt(), 5);
}

void TestCliTeam::demoEntriesNeverUploaded()
{
    const QString db = newDatabase(QStringLiteral("t_demo"));
    SandboxThread sandbox;
    CliRunner owner;
    QCOMPARE(owner
                 .run(team({QStringLiteral("init"), QStringLiteral("--team-db"),
                            uri(QStringLiteral("postgres"), db)}))
                 .exitCode,
             0);
    std::unique_ptr<CliRunner> desk = this->desk(sandbox);
    QCOMPARE(deleteBatches(*desk, sandbox, QLatin1Char('d'), 2).exitCode, 0);
    {
        Database local(QStringLiteral("tst-cliteam-demo"));
        QVERIFY(local.open(dataFile(*desk), Database::IntegrityCheck::Skip).ok);
        AuditLog audit(local);
        AuditEntry entry;
        entry.startedUtc = QDateTime::currentDateTimeUtc();
        entry.host = QStringLiteral("demo");
        entry.classificationId = Classification;
        entry.batchId = batchId(QLatin1Char('d'), 99);
        const qint64 id = audit.recordSent(entry);
        QVERIFY(id > 0);
        QVERIFY(audit.recordCompleted(id, QStringLiteral("succeeded"), 200, {}, 5));
    }
    QCOMPARE(desk->run({QStringLiteral("audit"), QStringLiteral("--json")}).jsonLines().size(), 3);
    QCOMPARE(desk->run(team({QStringLiteral("connect"), uri(QStringLiteral("postgres"), db)})).exitCode, 0);
    const CliRun status = desk->run(team({QStringLiteral("status"), QStringLiteral("--json")}));
    QCOMPARE(status.jsonLines().value(0).value(QLatin1String("pending")).toInt(), 2);
    const CliRun synced = desk->run(team({QStringLiteral("sync")}));
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    QCOMPARE(valueIn(db, QStringLiteral("SELECT count(*) FROM extracta.attempts")).toInt(), 2);
    QCOMPARE(
        valueIn(db, QStringLiteral("SELECT count(*) FROM extracta.attempts WHERE api_host = 'demo'")).toInt(),
        0);
}

void TestCliTeam::olderSchemaIsMigrated()
{
    const QString db = newDatabase(QStringLiteral("t_older"));
    const QString oldAttempt = QStringLiteral("0b5f6a52-3d43-4a8e-9d36-1f0c2a7e9b11");
    {
        QString problem;
        const std::optional<TeamDatabaseAddress> address =
            TeamDatabaseAddress::parse(uri(QStringLiteral("postgres"), db), &problem);
        QVERIFY2(address, qPrintable(problem));
        TeamConnection connection(*address, {});
        QVERIFY2(connection.open(), qPrintable(connection.errorMessage()));
        const TeamSchema::Migration migration = TeamSchema::migrate(connection.handle(), 1);
        QVERIFY2(migration.ok, qPrintable(migration.error));
        QCOMPARE(migration.fromVersion, 0);
        QCOMPARE(migration.toVersion, 1);
        QCOMPARE(TeamSchema::installedVersion(connection.handle()), 1);
    }
    QString error;
    QVERIFY2(m_cluster.runAsSuperuser(
                 QStringLiteral(
                     "INSERT INTO extracta.attempts (attempt_id, started_utc, os_user, machine, api_host,"
                     " classification_id, batch_id, file_count) VALUES ('%1', '2025-03-01T10:00:00Z',"
                     " 'olduser', 'old-desk', 'api.example.com', '%2', '-OTEAMxbatch00000001', 7);"
                     "INSERT INTO extracta.outcomes (attempt_id, outcome, http_status, duration_ms,"
                     " completed_utc) VALUES ('%1', 'succeeded', 200, 40, '2025-03-01T10:00:01Z');")
                     .arg(oldAttempt, Classification),
                 &error, db),
             qPrintable(error));

    // A desk against the schema of version 1: its entries wait, with what to do.
    SandboxThread sandbox;
    std::unique_ptr<CliRunner> desk = this->desk(sandbox);
    QCOMPARE(desk->run(team({QStringLiteral("connect"), uri(QStringLiteral("postgres"), db)})).exitCode, 0);
    const CliRun deleted = deleteBatches(*desk, sandbox, QLatin1Char('m'), 2);
    QCOMPARE(deleted.exitCode, 0);
    QVERIFY2(deleted.err.contains("2 entries are pending upload"), deleted.err.constData());
    const CliRun refused = desk->run(team({QStringLiteral("sync")}));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("older version (1)") && refused.err.contains("team init"),
             refused.err.constData());
    const CliRun read = desk->run({QStringLiteral("audit"), QStringLiteral("--team")});
    QCOMPARE(read.exitCode, 1);
    QVERIFY2(read.err.contains("team init"), read.err.constData());
    QCOMPARE(valueIn(db, QStringLiteral("SELECT count(*) FROM extracta.attempts")).toInt(), 1);

    CliRunner owner;
    const CliRun migrated = owner.run(
        team({QStringLiteral("init"), QStringLiteral("--team-db"), uri(QStringLiteral("postgres"), db)}));
    QVERIFY2(migrated.exitCode == 0, migrated.err.constData());
    QVERIFY2(migrated.err.contains("from schema version 1 to 2"), migrated.err.constData());
    QCOMPARE(
        valueIn(db, QStringLiteral("SELECT outcome || ' ' || os_user || ' ' || machine || ' ' || file_count"
                                   " FROM extracta.trail WHERE attempt_id = '%1'")
                        .arg(oldAttempt))
            .toString(),
        QStringLiteral("succeeded olduser old-desk 7"));

    const CliRun synced = desk->run(team({QStringLiteral("sync")}));
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    const CliRun all =
        desk->run({QStringLiteral("audit"), QStringLiteral("--team"), QStringLiteral("--json")});
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(all.jsonLines().size(), 3);
    QCOMPARE(all.jsonLines().last().value(QLatin1String("attemptId")).toString(), oldAttempt);
}

void TestCliTeam::tlsRequiredForAHostElsewhere()
{
    const QString name = QStringLiteral("db.team.test");
    SandboxThread sandbox;
    std::unique_ptr<CliRunner> desk = this->desk(sandbox);
    const auto elsewhere = [](const QString& host, quint16 port, const QString& more) {
        return QStringLiteral("postgresql://postgres@%1:%2/extracta_team?hostaddr=127.0.0.1%3")
            .arg(host)
            .arg(port)
            .arg(more);
    };

    // The server without TLS: verify-full by default, so no connection, and the message says why.
    desk->environment().insert(QStringLiteral("EXTRACTA_TEAM_DB"), elsewhere(name, m_cluster.port(), {}));
    const CliRun plain = desk->run(team({QStringLiteral("status")}));
    QCOMPARE(plain.exitCode, 3);
    QVERIFY2(plain.text().contains(QLatin1String("TLS")) &&
                 plain.text().contains(QLatin1String("verify-full")),
             plain.text().toUtf8().constData());
    QCOMPARE(desk->run(team({QStringLiteral("sync")})).exitCode, 3);

    // A server with a certificate for that name from the test's own authority.
    QTemporaryDir tlsFolder;
    PostgresTestTls files;
    QString error;
    QVERIFY2(PostgresTestTls::generate(tlsFolder.path(), name, &files, &error), qPrintable(error));
    PostgresCluster tlsCluster;
    QVERIFY2(tlsCluster.startWithTls(files.serverCertificate, files.serverKey, &error), qPrintable(error));
    const QString trusted = QStringLiteral("&sslrootcert=") + files.caCertificate;

    CliRunner owner;
    const CliRun init = owner.run(team(
        {QStringLiteral("init"), QStringLiteral("--team-db"), elsewhere(name, tlsCluster.port(), trusted)}));
    QVERIFY2(init.exitCode == 0, init.err.constData());
    desk->environment().insert(QStringLiteral("EXTRACTA_TEAM_DB"),
                               elsewhere(name, tlsCluster.port(), trusted));
    const CliRun verified = desk->run(team({QStringLiteral("status"), QStringLiteral("--json")}));
    QVERIFY2(verified.exitCode == 0, verified.err.constData());
    QCOMPARE(verified.jsonLines().value(0).value(QLatin1String("reachable")).toBool(), true);
    QCOMPARE(verified.jsonLines().value(0).value(QLatin1String("schemaVersion")).toInt(), 2);
    const CliRun deleted = deleteBatches(*desk, sandbox, QLatin1Char('t'), 2);
    QVERIFY2(deleted.exitCode == 0 && !deleted.err.contains("pending"), deleted.err.constData());
    QCOMPARE(tlsCluster.queryValue(QStringLiteral("SELECT count(*) FROM extracta.attempts")).toInt(), 2);

    // The same server under another name: its certificate does not match.
    desk->environment().insert(QStringLiteral("EXTRACTA_TEAM_DB"),
                               elsewhere(QStringLiteral("other.team.test"), tlsCluster.port(), trusted));
    const CliRun mismatch = desk->run(team({QStringLiteral("status")}));
    QCOMPARE(mismatch.exitCode, 3);
    QVERIFY2(mismatch.text().contains(QLatin1String("TLS")), mismatch.text().toUtf8().constData());
    QVERIFY2(mismatch.text().contains(QLatin1String("other.team.test")),
             mismatch.text().toUtf8().constData());
    // Without the authority: not trusted either.
    desk->environment().insert(QStringLiteral("EXTRACTA_TEAM_DB"), elsewhere(name, tlsCluster.port(), {}));
    const CliRun untrusted = desk->run(team({QStringLiteral("status")}));
    QVERIFY2(untrusted.exitCode == 3, untrusted.text().toUtf8().constData());
    QVERIFY2(untrusted.text().contains(QLatin1String("sslrootcert")), untrusted.text().toUtf8().constData());

    // Asking for no TLS there is refused before anything is saved.
    desk->environment().remove(QStringLiteral("EXTRACTA_TEAM_DB"));
    const CliRun disabled = desk->run(team(
        {QStringLiteral("connect"), elsewhere(name, tlsCluster.port(), QStringLiteral("&sslmode=disable"))}));
    QCOMPARE(disabled.exitCode, 2);
    QVERIFY2(disabled.err.contains("must be encrypted"), disabled.err.constData());
    QCOMPARE(desk->run(team({QStringLiteral("status")})).exitCode, 2);
}

void TestCliTeam::unreachable()
{
    SandboxThread sandbox;
    std::unique_ptr<CliRunner> desk = this->desk(sandbox);
    desk->environment().insert(
        QStringLiteral("EXTRACTA_TEAM_DB"),
        QStringLiteral("postgresql://postgres@127.0.0.1:%1/extracta_team").arg(closedPort()));
    const CliRun deleted = deleteBatches(*desk, sandbox, QLatin1Char('u'), 2);
    QCOMPARE(deleted.exitCode, 0);
    QVERIFY2(deleted.err.contains("2 entries are pending upload") &&
                 deleted.err.contains("cannot be reached"),
             deleted.err.constData());
    const CliRun sync = desk->run(team({QStringLiteral("sync")}));
    QCOMPARE(sync.exitCode, 3);
    QVERIFY2(sync.err.contains("cannot be reached"), sync.err.constData());
    const CliRun status = desk->run(team({QStringLiteral("status"), QStringLiteral("--json")}));
    QCOMPARE(status.exitCode, 3);
    const QJsonObject object = status.jsonLines().value(0);
    for (const char* key : {"reachable", "schemaVersion", "pending"})
        QVERIFY2(object.contains(QLatin1String(key)), key);
    QCOMPARE(object.value(QLatin1String("reachable")).toBool(true), false);
    QCOMPARE(object.value(QLatin1String("pending")).toInt(), 2);
    const CliRun read = desk->run({QStringLiteral("audit"), QStringLiteral("--team")});
    QCOMPARE(read.exitCode, 3);
    // The local trail is there as always.
    QCOMPARE(desk->run({QStringLiteral("audit"), QStringLiteral("--json")}).jsonLines().size(), 2);
}

void TestCliTeam::aRefusalThatNamesSslIsNotATlsFailure()
{
    // A database whose name holds "ssl" and "certificate" that does not exist: the server answered and
    // refused (exit 1, reachable), which is no TLS failure to fix with sslrootcert.
    SandboxThread sandbox;
    std::unique_ptr<CliRunner> desk = this->desk(sandbox);
    desk->environment().insert(
        QStringLiteral("EXTRACTA_TEAM_DB"),
        QStringLiteral("postgresql://postgres@127.0.0.1:%1/ssl_certificate_tls").arg(m_cluster.port()));
    const CliRun status = desk->run(team({QStringLiteral("status"), QStringLiteral("--json")}));
    QVERIFY2(status.exitCode == 1, status.text().toUtf8().constData());
    const QJsonObject object = status.jsonLines().value(0);
    QCOMPARE(object.value(QLatin1String("reachable")).toBool(false), true);
    const QString error = object.value(QLatin1String("error")).toString();
    QVERIFY2(error.contains(QLatin1String("refused")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("sslrootcert")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("FATAL")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCliTeam)
#include "tst_cliteam.moc"
