// extracta-batch and the files it keeps, run as a real process: who may read them (the audit trail,
// the settings, the token file), that the data file is complete on its own when a command ends, what
// it does with a data file it cannot use, which process an unfinished audit entry belongs to and
// whose name the audit records.
#include "clitestharness.h"
#include "core/storage/cataloguestore.h"
#include "core/storage/database.h"
#include "filemodes.h"
#include "sampleids.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMap>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <optional>

#ifdef Q_OS_UNIX
#include <csignal>
#include <signal.h>
#endif

namespace {

using namespace SampleIds;

QStringList deleteBatch(const QString& url, const QString& batchId)
{
    return {QStringLiteral("delete"),
            QStringLiteral("--classification"),
            InvoicesClassification,
            QStringLiteral("--batch"),
            batchId,
            QStringLiteral("--api-url"),
            url,
            QStringLiteral("--yes")};
}

// Where the app and extracta-batch keep their files under a runner's private home.
struct AppFiles
{
    explicit AppFiles(CliRunner& runner)
        : configFolder(runner.configHome() + QStringLiteral("/extracta-batch-admin"))
        , settingsFile(configFolder + QStringLiteral("/extracta-batch-admin.conf"))
        , tokenFolder(configFolder + QStringLiteral("/extracta-batch-admin"))
        , tokenFile(tokenFolder + QStringLiteral("/credentials.json"))
        , dataOrganisationFolder(runner.environment().value(QStringLiteral("XDG_DATA_HOME")) +
                                 QStringLiteral("/extracta-batch-admin"))
        , dataFolder(dataOrganisationFolder + QStringLiteral("/extracta-batch-admin"))
        , database(dataFolder + QStringLiteral("/extracta-batch-admin.sqlite3"))
    {}

    QStringList folders() const
    {
        return {configFolder, dataOrganisationFolder, dataFolder};
    }
    // The files that stay when no command runs.
    QStringList files() const
    {
        return {settingsFile, database};
    }
    // SQLite's WAL and its index, there while the data file is open.
    QStringList walFiles() const
    {
        return {database + QStringLiteral("-wal"), database + QStringLiteral("-shm")};
    }

    QString configFolder;
    QString settingsFile;
    QString tokenFolder;
    QString tokenFile;
    QString dataOrganisationFolder;
    QString dataFolder;
    QString database;
};

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Statements run on a file through a connection of their own, as another program would.
bool runSql(const QString& path, const QStringList& statements)
{
    static int counter = 0;
    const QString name = QStringLiteral("tst_clistorage-raw-%1").arg(++counter);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString& statement : statements)
            ok = ok && QSqlQuery(db).exec(statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// The bytes of a data file as the app writes it (its WAL folded in), large enough to cut in two.
QByteArray realDatabaseBytes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("real.sqlite3"));
    {
        Database database(QStringLiteral("tst_clistorage-real"));
        database.open(path);
        QList<IdPair> entries;
        for (int i = 0; i < 2000; ++i)
            entries << IdPair{QStringLiteral("c-%1").arg(i / 20), QStringLiteral("b-%1").arg(i)};
        CatalogueStore(database, QStringLiteral("api.extracta.ai")).addEntries(entries);
    }
    return readFile(path);
}

QByteArray otherProgramsDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite3"));
    runSql(path, {QStringLiteral("CREATE TABLE classifications (something_else TEXT)")});
    return readFile(path);
}

// The files moved aside next to `database`, without the -wal and -shm that went along.
QStringList movedAside(const QString& database)
{
    const QFileInfo info(database);
    QStringList names =
        info.dir().entryList({info.fileName() + QStringLiteral(".unreadable-*")}, QDir::Files, QDir::Name);
    names.removeIf([](const QString& name) {
        return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"));
    });
    return names;
}

// SQLite's side files next to the data file: a WAL and its index, a rollback journal. None may stay
// once the tools have ended, so that the data file alone holds every record and can be copied alone.
QStringList sideFiles(const AppFiles& files)
{
    return QDir(files.dataFolder)
        .entryList({QStringLiteral("*-wal"), QStringLiteral("*-shm"), QStringLiteral("*-journal")},
                   QDir::Files | QDir::Hidden | QDir::System);
}

// The audit entries in a copy of the data file alone (without any file next to it), by outcome; empty
// when the copy cannot be read.
QMap<QString, int> entriesInACopyOf(const AppFiles& files)
{
    static int counter = 0;
    QTemporaryDir elsewhere;
    const QString copy = elsewhere.filePath(QStringLiteral("copy.sqlite3"));
    QMap<QString, int> outcomes;
    if (!QFile::copy(files.database, copy))
        return outcomes;
    const QString name = QStringLiteral("tst_clistorage-copy-%1").arg(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(copy);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery query(db);
        if (db.open() && query.exec(QStringLiteral("SELECT outcome, count(*) FROM audit GROUP BY outcome"))) {
            while (query.next())
                outcomes.insert(query.value(0).toString(), query.value(1).toInt());
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return outcomes;
}

#define VERIFY_NO_SIDE_FILES(files, after)                                                                   \
    QVERIFY2(                                                                                                \
        sideFiles(files).isEmpty(),                                                                          \
        qPrintable(QStringLiteral("after %1: %2").arg(after, sideFiles(files).join(QLatin1String(", ")))))

const QString BulkClassification = QStringLiteral("-OBULKc1assificati0n");

// Adds `count` batches to the sandbox and writes them to `path` as a CSV list with a header.
bool writeBulkList(SandboxThread& sandbox, int count, const QString& path)
{
    QByteArray csv = "classificationId,batchId\n";
    QStringList batches;
    for (int i = 0; i < count; ++i)
        batches << QStringLiteral("-OBULKbatch%1").arg(i, 9, 10, QLatin1Char('0'));
    sandbox.call([&batches](SandboxServer& server) {
        for (const QString& batch : std::as_const(batches))
            server.addBatch(BulkClassification, batch, {});
    });
    for (const QString& batch : std::as_const(batches))
        csv += BulkClassification.toUtf8() + ',' + batch.toUtf8() + '\n';
    return writeFile(path, csv);
}

// Holds the write lock of a database file, as another program in the middle of a write would.
class WriteLock
{
public:
    explicit WriteLock(const QString& path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), Name);
        db.setDatabaseName(path);
        m_held = db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~WriteLock()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(Name, false);
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(Name);
    }
    WriteLock(const WriteLock&) = delete;
    WriteLock& operator=(const WriteLock&) = delete;
    bool isHeld() const
    {
        return m_held;
    }

private:
    static inline const QString Name = QStringLiteral("tst_clistorage-lock");
    bool m_held = false;
};

} // namespace

class TestCliStorage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void filesArePrivateWhateverTheUmask_data();
    void filesArePrivateWhateverTheUmask();
    void filesLeftOpenToOthersAreMadePrivate();
    void dataFileIsCompleteWhenACommandEnds();
    void dataFileIsCompleteAfterAnInterruptedRun();
    void damagedDataFileIsSetAsideBeforeADeletion_data();
    void damagedDataFileIsSetAsideBeforeADeletion();
    void dataFileThatMustBeLeftAloneSendsNothing_data();
    void dataFileThatMustBeLeftAloneSendsNothing();
    void auditSaysWhatHappenedToItsDataFile();
    void auditRecordsTheAccountNotTheEnvironment();
    void killedRunIsResolvedByTheNextCommand();
    void tokenFileOpenToOthersIsUsedWithAWarning();
    void tokenFileThatIsALinkIsNotFollowed();
};

void TestCliStorage::cleanup()
{
    QCOMPARE(CliRunner::leakCount(), 0);
}

void TestCliStorage::filesArePrivateWhateverTheUmask_data()
{
    QTest::addColumn<int>("umask");
    QTest::newRow("022") << 022;
    QTest::newRow("002") << 002;
}

// Another account on the computer must not read the audit trail or the settings: folders 0700, files
// 0600, also the -wal and -shm SQLite creates itself while the data file is open.
void TestCliStorage::filesArePrivateWhateverTheUmask()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX permissions");
#else
    QFETCH(int, umask);
    SandboxThread sandbox;
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 1500;
    sandbox.setFault(slow);
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    const AppFiles files(runner);
    QProcess running;
    {
        const Umask mask(umask);
        runner.start(running, deleteBatch(sandbox.baseUrl(), InvoicesFirstBatch));
    }
    // While the deletion waits for its answer, its record is in the WAL.
    QTRY_COMPARE_WITH_TIMEOUT(sandbox.requestCount(), 1, 20000);
    for (const QString& file : files.walFiles())
        QVERIFY2(modeOf(file) == 0600,
                 qPrintable(file + QLatin1Char(' ') + QString::number(modeOf(file), 8)));
    QCOMPARE(runner.finish(running, 20000).exitCode, 0);
    for (const QString& folder : files.folders())
        QVERIFY2(modeOf(folder) == 0700,
                 qPrintable(folder + QLatin1Char(' ') + QString::number(modeOf(folder), 8)));
    for (const QString& file : files.files())
        QVERIFY2(modeOf(file) == 0600,
                 qPrintable(file + QLatin1Char(' ') + QString::number(modeOf(file), 8)));
#endif
}

// What an earlier version left readable by everyone is closed at the next start of any command: the
// folders, the settings, the data file, and its -wal and -shm, which the app keeps while it runs.
void TestCliStorage::filesLeftOpenToOthersAreMadePrivate()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX permissions");
#else
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    const AppFiles files(runner);
    QCOMPARE(runner.run(deleteBatch(sandbox.baseUrl(), InvoicesFirstBatch)).exitCode, 0);
    QVERIFY(QDir().mkpath(files.tokenFolder));
    QFile settings(files.settingsFile); // as the app leaves it
    QVERIFY(settings.open(QIODevice::Append));
    settings.close();
    // The app has the data file open meanwhile.
    Database app(QStringLiteral("tst_clistorage-app"));
    QVERIFY(app.open(files.database).ok);
    QVERIFY(CatalogueStore(app, QStringLiteral("api.extracta.ai")).addClassification(QStringLiteral("-C")));
    const QStringList folders = files.folders() << files.tokenFolder;
    const QStringList fileList = files.files() + files.walFiles();
    for (const QString& folder : folders)
        QVERIFY2(setModeOf(folder, 0755), qPrintable(folder));
    for (const QString& file : fileList)
        QVERIFY2(setModeOf(file, 0644), qPrintable(file));

    const Umask mask(022);
    const CliRun run = runner.run({QStringLiteral("audit")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(InvoicesFirstBatch.toUtf8()), run.out.constData());
    for (const QString& folder : folders)
        QVERIFY2(modeOf(folder) == 0700,
                 qPrintable(folder + QLatin1Char(' ') + QString::number(modeOf(folder), 8)));
    for (const QString& file : fileList)
        QVERIFY2(modeOf(file) == 0600,
                 qPrintable(file + QLatin1Char(' ') + QString::number(modeOf(file), 8)));
#endif
}

// Issue 12: when a command that opened the audit trail ends, the data file is complete on its own: no
// -wal, -shm or -journal stays next to it, and a copy of the file alone holds every record.
void TestCliStorage::dataFileIsCompleteWhenACommandEnds()
{
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    const AppFiles files(runner);

    // The first command makes the data file.
    QCOMPARE(runner.run({QStringLiteral("audit")}).exitCode, 0);
    QVERIFY(QFileInfo::exists(files.database));
    VERIFY_NO_SIDE_FILES(files, QStringLiteral("audit"));

    QCOMPARE(runner.run(deleteBatch(sandbox.baseUrl(), InvoicesFirstBatch)).exitCode, 0);
    VERIFY_NO_SIDE_FILES(files, QStringLiteral("delete"));
    QCOMPARE(entriesInACopyOf(files), (QMap<QString, int>{{QStringLiteral("succeeded"), 1}}));

    QTemporaryDir dir;
    const QString list = dir.filePath(QStringLiteral("batches.csv"));
    QVERIFY(writeBulkList(sandbox, 5, list));
    const CliRun bulk = runner.run({QStringLiteral("delete"), QStringLiteral("--from-csv"), list,
                                    QStringLiteral("--yes"), QStringLiteral("--api-url"), sandbox.baseUrl()});
    QCOMPARE(bulk.exitCode, 0);
    VERIFY_NO_SIDE_FILES(files, QStringLiteral("delete --from-csv"));
    QCOMPARE(entriesInACopyOf(files), (QMap<QString, int>{{QStringLiteral("succeeded"), 6}}));

    // A refused deletion is recorded too.
    QCOMPARE(runner.run(deleteBatch(sandbox.baseUrl(), InvoicesFirstBatch)).exitCode, 1);
    VERIFY_NO_SIDE_FILES(files, QStringLiteral("a refused delete"));

    const CliRun audit = runner.run({QStringLiteral("audit"), QStringLiteral("--json")});
    QCOMPARE(audit.exitCode, 0);
    QCOMPARE(audit.jsonLines().size(), 7);
    VERIFY_NO_SIDE_FILES(files, QStringLiteral("audit --json"));
    QCOMPARE(entriesInACopyOf(files).value(QStringLiteral("succeeded")), 6);
}

// Ctrl+C winds a run down and ends it by SIGINT again: by then the audit trail is closed, and the
// data file alone holds every answer.
void TestCliStorage::dataFileIsCompleteAfterAnInterruptedRun()
{
#ifndef Q_OS_UNIX
    QSKIP("sends SIGINT with kill(), which only POSIX systems have");
#else
    constexpr int Batches = 10;
    SandboxThread sandbox;
    QTemporaryDir dir;
    const QString list = dir.filePath(QStringLiteral("batches.csv"));
    QVERIFY(writeBulkList(sandbox, Batches, list));
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 300;
    sandbox.setFault(slow);
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    const AppFiles files(runner);

    QProcess process;
    runner.start(process, {QStringLiteral("delete"), QStringLiteral("--from-csv"), list,
                           QStringLiteral("--yes"), QStringLiteral("--concurrency"), QStringLiteral("2"),
                           QStringLiteral("--api-url"), sandbox.baseUrl()});
    QTRY_VERIFY_WITH_TIMEOUT(sandbox.requestCount() >= 1, 10000);
    QVERIFY(process.processId() > 0 && ::kill(static_cast<pid_t>(process.processId()), SIGINT) == 0);
    const CliRun run = runner.finish(process, 15000);
    QVERIFY2(
        run.signal == SIGINT,
        qPrintable(
            QStringLiteral("exit code %1, signal %2: %3").arg(run.exitCode).arg(run.signal).arg(run.text())));
    const int sent = sandbox.requestCount();
    QVERIFY2(sent < Batches, "the interrupt came too late to stop anything");

    VERIFY_NO_SIDE_FILES(files, QStringLiteral("Ctrl+C"));
    QCOMPARE(entriesInACopyOf(files), (QMap<QString, int>{{QStringLiteral("succeeded"), sent}}));
#endif
}

void TestCliStorage::damagedDataFileIsSetAsideBeforeADeletion_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text file") << QByteArray("classificationId,batchId\n-OPXR1F82I0cRYJPcHNo,-OPXT4k\n");
    QTest::newRow("other program's database") << otherProgramsDatabase();
    const QByteArray real = realDatabaseBytes();
    QVERIFY(real.size() > 16 * 4096);
    QTest::newRow("truncated database") << real.left(real.size() / 2);
    QTest::newRow("header only") << real.left(100);
}

// A data file the CLI's light start finds unusable is set aside (bytes kept) and a new one started,
// as the app does: the deletion that follows is on record, never only in memory.
void TestCliStorage::damagedDataFileIsSetAsideBeforeADeletion()
{
    QFETCH(QByteArray, content);
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    const AppFiles files(runner);
    QVERIFY(QDir().mkpath(files.dataFolder));
    QVERIFY(writeFile(files.database, content));

    const CliRun run = runner.run(deleteBatch(sandbox.baseUrl(), InvoicesFirstBatch));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!sandbox.hasBatch(InvoicesClassification, InvoicesFirstBatch));
    const QStringList aside = movedAside(files.database);
    QCOMPARE(aside.size(), 1);
    QCOMPARE(readFile(files.dataFolder + QLatin1Char('/') + aside.constFirst()), content);
    QVERIFY2(run.err.contains(aside.constFirst().toUtf8()), run.err.constData());
    QVERIFY2(run.err.contains("a new, empty data file was started"), run.err.constData());

    const CliRun audit = runner.run({QStringLiteral("audit"), QStringLiteral("--json")});
    QCOMPARE(audit.exitCode, 0);
    const QList<QJsonObject> entries = audit.jsonLines();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().value(QLatin1String("batchId")).toString(), InvoicesFirstBatch);
    QCOMPARE(entries.constFirst().value(QLatin1String("outcome")).toString(), QStringLiteral("succeeded"));
}

void TestCliStorage::dataFileThatMustBeLeftAloneSendsNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("newer schema") << QStringLiteral("newer");
    QTest::newRow("busy") << QStringLiteral("busy");
    QTest::newRow("read-only") << QStringLiteral("read-only");
}

// A data file that is fine but cannot take this run's records (written by a newer version, held by
// another program, read-only) stays as it is, and nothing is sent: exit 2, in plain words.
void TestCliStorage::dataFileThatMustBeLeftAloneSendsNothing()
{
    QFETCH(QString, kind);
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    const AppFiles files(runner);
    QCOMPARE(runner.run({QStringLiteral("audit")}).exitCode, 0); // the data file, as the tool makes it
    QVERIFY(QFileInfo::exists(files.database));
    std::optional<WriteLock> lock;
    QByteArray expected;
    if (kind == QLatin1String("newer")) {
        QVERIFY(runSql(files.database, {QStringLiteral("CREATE TABLE things_to_come (x)"),
                                        QStringLiteral("PRAGMA user_version = 99")}));
        expected = "newer version";
    } else if (kind == QLatin1String("busy")) {
        lock.emplace(files.database);
        QVERIFY(lock->isHeld());
        expected = "in use by another program";
    } else {
        QVERIFY(setModeOf(files.database, 0400));
        QFile probe(files.database);
        if (probe.open(QIODevice::ReadWrite))
            QSKIP("File permissions are not enforced for this user (root?)");
        expected = "cannot be written";
    }
    const QByteArray before = readFile(files.database);

    const CliRun run = runner.run(deleteBatch(sandbox.baseUrl(), InvoicesFirstBatch));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(expected), run.err.constData());
    QVERIFY2(run.err.contains("Nothing was sent"), run.err.constData());
    QCOMPARE(sandbox.requestCount(), 0);
    QVERIFY(sandbox.hasBatch(InvoicesClassification, InvoicesFirstBatch));
    QCOMPARE(readFile(files.database), before);
    QVERIFY(movedAside(files.database).isEmpty());
}

// `audit` never answers "No deletions recorded" for a trail it could not read: it says what it found.
void TestCliStorage::auditSaysWhatHappenedToItsDataFile()
{
    CliRunner runner;
    const AppFiles files(runner);
    QVERIFY(QDir().mkpath(files.dataFolder));
    QVERIFY(runSql(files.database, {QStringLiteral("CREATE TABLE things_to_come (x)"),
                                    QStringLiteral("PRAGMA user_version = 99")}));
    CliRun run = runner.run({QStringLiteral("audit")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("newer version"), run.err.constData());
    QVERIFY2(run.err.contains("The audit trail cannot be shown"), run.err.constData());
    QVERIFY2(!run.err.contains("No deletions recorded"), run.err.constData());
    QVERIFY(run.out.isEmpty());

    QVERIFY(QFile::remove(files.database));
    QVERIFY(writeFile(files.database, "not a database"));
    run = runner.run({QStringLiteral("audit")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(movedAside(files.database).size(), 1);
    QVERIFY2(run.err.contains(movedAside(files.database).constFirst().toUtf8()), run.err.constData());
    QVERIFY2(run.err.contains("No deletions recorded since the new data file was started"),
             run.err.constData());
}

// The audit's user is the account the tool runs as, from the system; USER is only a claim, recorded
// as such where it differs.
void TestCliStorage::auditRecordsTheAccountNotTheEnvironment()
{
#ifndef Q_OS_UNIX
    QSKIP("compares with id -un");
#else
    QProcess id;
    id.start(QStringLiteral("id"), {QStringLiteral("-un")});
    QVERIFY(id.waitForFinished(5000));
    const QString account = QString::fromLocal8Bit(id.readAllStandardOutput()).trimmed();
    QVERIFY(!account.isEmpty());

    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    runner.environment().remove(QStringLiteral("USER"));
    runner.environment().remove(QStringLiteral("LOGNAME"));
    QCOMPARE(runner.run(deleteBatch(sandbox.baseUrl(), InvoicesFirstBatch)).exitCode, 0);
    runner.environment().insert(QStringLiteral("USER"), QStringLiteral("somebody-else"));
    QCOMPARE(runner.run(deleteBatch(sandbox.baseUrl(), InvoicesSecondBatch)).exitCode, 0);

    const CliRun audit = runner.run({QStringLiteral("audit"), QStringLiteral("--json")});
    QCOMPARE(audit.exitCode, 0);
    const QList<QJsonObject> entries = audit.jsonLines();
    QCOMPARE(entries.size(), 2);
    // Newest first.
    QCOMPARE(entries.at(0).value(QLatin1String("batchId")).toString(), InvoicesSecondBatch);
    QCOMPARE(entries.at(0).value(QLatin1String("osUser")).toString(),
             account + QStringLiteral(" (USER says somebody-else)"));
    QCOMPARE(entries.at(1).value(QLatin1String("osUser")).toString(), account);
#endif
}

// A run killed while its deletion waited for the answer leaves a "sent" entry; the next command that
// opens the trail, `audit` included, marks it "unknown" — but not while the run is still going.
void TestCliStorage::killedRunIsResolvedByTheNextCommand()
{
    SandboxThread sandbox;
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 60000;
    sandbox.setFault(slow);
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    QProcess running;
    runner.start(running, deleteBatch(sandbox.baseUrl(), InvoicesFirstBatch));
    QTRY_COMPARE_WITH_TIMEOUT(sandbox.requestCount(), 1, 20000);

    const auto outcomes = [&runner] {
        const CliRun audit = runner.run({QStringLiteral("audit"), QStringLiteral("--json")});
        QStringList found;
        for (const QJsonObject& entry : audit.jsonLines())
            found << entry.value(QLatin1String("outcome")).toString();
        return std::pair{found, audit.err};
    };
    const auto [whileRunning, noteWhileRunning] = outcomes();
    QCOMPARE(whileRunning, QStringList{QStringLiteral("sent")});
    QVERIFY2(!noteWhileRunning.contains("unknown"), noteWhileRunning.constData());

    running.kill();
    QVERIFY(running.waitForFinished(10000));
    const auto [afterKill, noteAfterKill] = outcomes();
    QCOMPARE(afterKill, QStringList{QStringLiteral("unknown")});
    QVERIFY2(noteAfterKill.contains("ended before the server's answer was recorded"),
             noteAfterKill.constData());
    const auto [later, noteLater] = outcomes();
    QCOMPARE(later, QStringList{QStringLiteral("unknown")});
    QVERIFY2(!noteLater.contains("ended before"), noteLater.constData());
    // The killed run left its WAL behind; the commands after it folded it into the data file.
    const AppFiles files(runner);
    VERIFY_NO_SIDE_FILES(files, QStringLiteral("a killed run and audit"));
    QCOMPARE(entriesInACopyOf(files), (QMap<QString, int>{{QStringLiteral("unknown"), 1}}));
}

namespace {

// The token saved in the unencrypted file, as the app saves it when the user chose so.
bool saveTokenInPlainFile(const AppFiles& files, const QByteArray& content)
{
    {
        QSettings settings(files.settingsFile, QSettings::IniFormat);
        settings.setValue(QStringLiteral("token/storage"), QStringLiteral("plain-file"));
    }
    return QDir().mkpath(files.tokenFolder) && writeFile(files.tokenFile, content);
}

QByteArray tokenFileFor(const QString& token)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("default"), token}}).toJson();
}

} // namespace

// A token file other accounts can read: a script keeps working, but is told, even with --quiet;
// the file is not changed behind the user's back. A private one is used without a word.
void TestCliStorage::tokenFileOpenToOthersIsUsedWithAWarning()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX permissions");
#else
    SandboxThread sandbox;
    CliRunner runner;
    runner.addSecret(sandbox.token());
    const AppFiles files(runner);
    QVERIFY(saveTokenInPlainFile(files, tokenFileFor(sandbox.token())));
    QVERIFY(setModeOf(files.tokenFile, 0644));

    for (const QStringList& options : {QStringList(), QStringList{QStringLiteral("--quiet")}}) {
        const CliRun run = runner.run(
            QStringList{QStringLiteral("credits"), QStringLiteral("--api-url"), sandbox.baseUrl()} + options);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("can be read or changed by other user accounts (permissions 0644)"),
                 run.err.constData());
        QVERIFY2(run.err.contains(files.tokenFile.toUtf8()), run.err.constData());
    }
    QCOMPARE(sandbox.requestCount(), 2);
    QCOMPARE(modeOf(files.tokenFile), 0644);

    QVERIFY(setModeOf(files.tokenFile, 0600));
    const CliRun run =
        runner.run({QStringLiteral("credits"), QStringLiteral("--api-url"), sandbox.baseUrl()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
#endif
}

// A link where the token file goes is never read through: no token, nothing sent, the reason named.
void TestCliStorage::tokenFileThatIsALinkIsNotFollowed()
{
#ifndef Q_OS_UNIX
    QSKIP("symbolic links as POSIX has them");
#else
    SandboxThread sandbox;
    CliRunner runner;
    runner.addSecret(sandbox.token());
    const AppFiles files(runner);
    QVERIFY(saveTokenInPlainFile(files, {}));
    QVERIFY(QFile::remove(files.tokenFile));
    QTemporaryDir elsewhere;
    const QString victim = elsewhere.filePath(QStringLiteral("someone-elses.json"));
    QVERIFY(writeFile(victim, tokenFileFor(sandbox.token())));
    QVERIFY(setModeOf(victim, 0600));
    QVERIFY(QFile::link(victim, files.tokenFile));

    const CliRun run =
        runner.run({QStringLiteral("credits"), QStringLiteral("--api-url"), sandbox.baseUrl()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("is a symbolic link"), run.err.constData());
    QCOMPARE(sandbox.requestCount(), 0);
#endif
}

QTEST_GUILESS_MAIN(TestCliStorage)
#include "tst_clistorage.moc"
