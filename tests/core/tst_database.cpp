#include "core/storage/auditlog.h"
#include "core/storage/cataloguestore.h"
#include "core/storage/database.h"
#include "filemodes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

const auto Host = QStringLiteral("api.extracta.ai");

// The first released schema, frozen here on purpose: files written by version 1 look like this
// forever, whatever the app's own migration code turns into.
const QStringList SchemaV1 = {
    QStringLiteral(
        "CREATE TABLE classifications (host TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL "
        "DEFAULT '', description TEXT NOT NULL DEFAULT '', document_types TEXT NOT NULL DEFAULT '[]', "
        "details_fetched_at TEXT, PRIMARY KEY (host, id))"),
    QStringLiteral(
        "CREATE TABLE batches (host TEXT NOT NULL, classification_id TEXT NOT NULL, batch_id TEXT NOT "
        "NULL, file_count INTEGER, state TEXT NOT NULL DEFAULT 'unchecked', state_changed_at TEXT, "
        "changed_by TEXT, last_checked TEXT, PRIMARY KEY (host, classification_id, batch_id), "
        "FOREIGN KEY (host, classification_id) REFERENCES classifications (host, id) ON DELETE CASCADE)"),
    QStringLiteral(
        "CREATE TABLE audit (id INTEGER PRIMARY KEY AUTOINCREMENT, started_utc TEXT NOT NULL, os_user "
        "TEXT NOT NULL, host TEXT NOT NULL, classification_id TEXT NOT NULL, classification_name TEXT "
        "NOT NULL DEFAULT '', batch_id TEXT NOT NULL, file_count INTEGER, outcome TEXT NOT NULL, "
        "http_status INTEGER NOT NULL DEFAULT 0, server_message TEXT NOT NULL DEFAULT '', duration_ms "
        "INTEGER, completed_utc TEXT)"),
};

// What versions 2 and 3 added, frozen here as they were released (see SchemaV1).
const QStringList SchemaV2 = {
    QStringLiteral("ALTER TABLE batches ADD COLUMN files_fetched_at TEXT"),
    QStringLiteral(
        "CREATE TABLE batch_files (host TEXT NOT NULL, classification_id TEXT NOT NULL, batch_id TEXT NOT "
        "NULL, position INTEGER NOT NULL, file_id TEXT NOT NULL, file_name TEXT NOT NULL DEFAULT '', status "
        "TEXT NOT NULL DEFAULT '', document_type TEXT NOT NULL DEFAULT '', confidence REAL, PRIMARY KEY "
        "(host, classification_id, batch_id, position), FOREIGN KEY (host, classification_id, batch_id) "
        "REFERENCES batches (host, classification_id, batch_id) ON DELETE CASCADE)"),
    QStringLiteral("CREATE INDEX audit_by_host_started ON audit (host, started_utc)"),
    QStringLiteral("CREATE INDEX audit_by_started ON audit (started_utc)"),
    QStringLiteral("CREATE INDEX audit_unfinished ON audit (outcome) WHERE outcome = 'sent'"),
};
const QStringList SchemaV3 = {
    QStringLiteral("ALTER TABLE audit ADD COLUMN session TEXT"),
    QStringLiteral("CREATE INDEX audit_open_sessions ON audit (session) WHERE outcome = 'sent'"),
    QStringLiteral("DROP INDEX audit_unfinished"),
};

QString uniqueConnectionName()
{
    static int counter = 0;
    return QStringLiteral("tst_database-%1").arg(++counter);
}

// Runs statements on a file through a raw connection of its own, the way another program (or an
// older version of the app) would have written it.
bool writeRaw(const QString& path, const QStringList& statements)
{
    const QString name = uniqueConnectionName();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString& statement : statements) {
            QSqlQuery query(db);
            if (!ok || !query.exec(statement)) {
                qWarning("%ls: %ls", qUtf16Printable(statement), qUtf16Printable(query.lastError().text()));
                ok = false;
                break;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString pragma(const Database& database, const QString& name)
{
    QSqlQuery query(database.handle());
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return {};
    return query.value(0).toString();
}

// Data rows for files that are no SQLite database at all: random bytes and a text file.
void addNotADatabaseRows()
{
    QByteArray random(8192, Qt::Uninitialized);
    QRandomGenerator generator(20240607);
    for (char& byte : random)
        byte = char(generator.bounded(256));
    QTest::newRow("random bytes") << random;
    QTest::newRow("text file") << QByteArray("classificationId,batchId\r\n-OPXR1F82I0cRYJPcHNo,abc\r\n");
}

QStringList tables(const Database& database)
{
    QStringList names = database.handle().tables();
    names.sort();
    return names;
}

// The names of the indexes on `table`, sorted.
QStringList indexes(const Database& database, const QString& table)
{
    QSqlQuery query(database.handle());
    QStringList names;
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = '%1'")
                        .arg(table)))
        return names;
    while (query.next())
        names << query.value(0).toString();
    names.sort();
    return names;
}

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

// The files moved aside, without the -wal and -shm that went along with them.
QStringList movedAsideFiles(const QString& folder)
{
    QStringList names = QDir(folder).entryList({QStringLiteral("*.unreadable-*")}, QDir::Files);
    names.removeIf([](const QString& name) {
        return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"));
    });
    return names;
}

void addBatches(Database& database, int count, int first = 0)
{
    QList<IdPair> entries;
    for (int i = first; i < first + count; ++i)
        entries << IdPair{QStringLiteral("classification-%1").arg(i / 20), QStringLiteral("batch-%1").arg(i)};
    CatalogueStore(database, Host).addEntries(entries);
}

// A database written by the app itself, closed again (its WAL checkpointed into the file).
QByteArray realDatabaseBytes(const QString& folder)
{
    const QString path = folder + QStringLiteral("/real.sqlite3");
    {
        Database database(uniqueConnectionName());
        database.open(path);
        addBatches(database, 2000);
    }
    const QByteArray bytes = readFile(path);
    QFile::remove(path);
    return bytes;
}

// Folds the WAL into the database file and empties it: the file alone then holds every commit.
bool checkpoint(const Database& database)
{
    QSqlQuery query(database.handle());
    // Columns: busy (0 when the checkpoint could run), WAL frames, frames checkpointed.
    return query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && query.next() &&
           query.value(0).toInt() == 0;
}

qint64 fileSize(const QString& path)
{
    return QFileInfo(path).size();
}

// What a process that dies with the database at `source` open leaves behind: the data file with its
// -wal and -shm, copied to `target` while the connection is open and idle.
bool copyAsLeftByACrash(const QString& source, const QString& target)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!QFile::copy(source + suffix, target + suffix))
            return false;
    }
    return true;
}

// SQLite's side files next to `path`: its WAL and WAL index, a rollback journal.
QStringList sideFilesOf(const QString& path)
{
    QStringList found;
    for (const QString& suffix :
         {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(path + suffix))
            found << QFileInfo(path + suffix).fileName();
    }
    return found;
}

// Whether this process can write to `folder` despite its permissions (root can).
bool canWriteInto(const QString& folder)
{
    QFile probe(folder + QStringLiteral("/probe"));
    const bool written = probe.open(QIODevice::WriteOnly);
    if (written) {
        probe.close();
        probe.remove();
    }
    return written;
}

AuditEntry someAttempt()
{
    AuditEntry entry;
    entry.host = Host;
    entry.classificationId = QStringLiteral("-OPXR1F82I0cRYJPcHNo");
    entry.batchId = QStringLiteral("-OPXR1F82I0cRYJPcHNp");
    return entry;
}

void expectCatalogueWorking(Database& database)
{
    QVERIFY(database.isOpen());
    QCOMPARE(database.schemaVersion(), Database::SchemaVersion);
    CatalogueStore store(database, Host);
    QVERIFY(store.addBatch(QStringLiteral("-OPXR1F82I0cRYJPcHNo"), QStringLiteral("-OPXR1F82I0cRYJPcHNp")));
    QCOMPARE(store.batches().size(), 1);
}

// A file in use: catalogue and audit trail both work.
void expectWorking(Database& database)
{
    expectCatalogueWorking(database);
    AuditLog audit(database);
    QVERIFY(audit.keepsRecordsOnDisk());
    QVERIFY(audit.recordSent(someAttempt()) > 0);
}

// Only memory: the catalogue works for the session, but the audit trail records no attempt, so that
// no deletion can go out without its record on disk.
void expectMemoryOnly(Database& database)
{
    QVERIFY(database.isInMemory());
    expectCatalogueWorking(database);
    AuditLog audit(database);
    QVERIFY(!audit.keepsRecordsOnDisk());
    QCOMPARE(audit.recordSent(someAttempt()), -1);
    QVERIFY(audit.entries().isEmpty());
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void freshDatabaseHasCurrentSchema();
    void createsMissingFolders();
    void inMemoryOnRequest();
    void reopeningKeepsData();
    void twoConnectionsShareOneFile();
    void closeReleasesTheConnection();
    void migratesFirstSchemaKeepingData();
    void migratesThirdSchemaKeepingAuditEntries();
    void unreadableFileIsMovedAside_data();
    void unreadableFileIsMovedAside();
    void journalFilesMoveWithTheirDatabase();
    void walLeftByACrashIsMovedAsideWithItsDatabase();
    void movingAsideNeverOverwrites();
    void fileWithoutReadPermissionIsMovedAside();
    void newerSchemaIsLeftUntouched();
    void readOnlyFileIsLeftUntouched();
    void otherProgramsDatabaseIsMovedAside();
    void lockedFileIsLeftUntouched();
    void unusableLocationFallsBackToMemory_data();
    void unusableLocationFallsBackToMemory();
    void skippedIntegrityCheckMovesUnusableFileAside_data();
    void skippedIntegrityCheckMovesUnusableFileAside();
    void transactionRollsBackUnlessCommitted();
    void onlyFlushedWritesWaitForTheDisk();
    void preparedStatementsAreReusedAndReleasedOnClose();
    void nestedTransactionDoesNotEndTheOuterOne();
    void defaultPathIsUnderAppData();
    void walIsFoldedInOnClose_data();
    void walIsFoldedInOnClose();
    void walStaysUntilTheLastConnectionCloses();
    void walLeftByACrashIsFoldedInByTheNextClose();
    void walOfADeletedFileIsNotReplayed();
    void filesArePrivateWhateverTheUmask_data();
    void filesArePrivateWhateverTheUmask();
    void filesLeftOpenToOthersAreMadePrivate();
};

void TestDatabase::init()
{
    // Every QSqlQuery and QSqlDatabase copy must be gone before a connection is removed.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
}

void TestDatabase::freshDatabaseHasCurrentSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fresh.sqlite3"));
    Database database(uniqueConnectionName());
    const Database::OpenResult result = database.open(path);

    QVERIFY(result.ok);
    QVERIFY2(result.message.isEmpty(), qPrintable(result.message));
    QVERIFY(result.movedAsidePath.isEmpty());
    QVERIFY(database.isOpen());
    QVERIFY(!database.isInMemory());
    QCOMPARE(database.filePath(), path);
    QCOMPARE(database.schemaVersion(), Database::SchemaVersion);
    QCOMPARE(pragma(database, QStringLiteral("user_version")), QString::number(Database::SchemaVersion));
    QCOMPARE(pragma(database, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(pragma(database, QStringLiteral("foreign_keys")), QStringLiteral("1"));
    QVERIFY(pragma(database, QStringLiteral("busy_timeout")).toInt() > 0);
    const QStringList expected = {QStringLiteral("audit"), QStringLiteral("batch_files"),
                                  QStringLiteral("batches"), QStringLiteral("classifications")};
    for (const QString& table : expected)
        QVERIFY2(tables(database).contains(table), qPrintable(table));
    QVERIFY(QFileInfo::exists(path));
    expectWorking(database);
}

void TestDatabase::createsMissingFolders()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/c/data.sqlite3"));
    Database database(uniqueConnectionName());
    const Database::OpenResult result = database.open(path);
    QVERIFY(result.ok);
    QVERIFY2(result.message.isEmpty(), qPrintable(result.message));
    QVERIFY(!database.isInMemory());
    QVERIFY(QFileInfo::exists(path));
}

void TestDatabase::inMemoryOnRequest()
{
    Database database(uniqueConnectionName());
    const Database::OpenResult result = database.open(QStringLiteral(":memory:"));
    QVERIFY(result.ok);
    QVERIFY(result.message.isEmpty());
    QVERIFY(database.isInMemory());
    QVERIFY(database.filePath().isEmpty());
    expectMemoryOnly(database);
    QVERIFY(database.open(QStringLiteral(":memory:"), Database::IntegrityCheck::Skip).ok);
    QVERIFY(database.isInMemory());
    expectMemoryOnly(database);
}

void TestDatabase::reopeningKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keep.sqlite3"));
    const QDateTime deletedAt =
        QDateTime::fromString(QStringLiteral("2024-05-06T07:08:09.123Z"), Qt::ISODateWithMs);
    qint64 auditId = -1;
    {
        Database database(uniqueConnectionName());
        QVERIFY(database.open(path).ok);
        CatalogueStore store(database, Host);
        QCOMPARE(store.addEntries({{QStringLiteral("c1"), QStringLiteral("b1")}, {QStringLiteral("c2"), {}}}),
                 3);
        QVERIFY(store.markBatch(QStringLiteral("c1"), QStringLiteral("b1"), BatchState::Deleted, deletedAt,
                                QStringLiteral("alice")));
        AuditLog audit(database);
        AuditEntry entry;
        entry.host = Host;
        entry.classificationId = QStringLiteral("c1");
        entry.batchId = QStringLiteral("b1");
        auditId = audit.recordSent(entry);
        QVERIFY(auditId > 0);
        QVERIFY(audit.recordCompleted(auditId, QStringLiteral("succeeded"), 200,
                                      QStringLiteral("Batch deleted"), 12));
    }
    Database database(uniqueConnectionName());
    const Database::OpenResult result = database.open(path);
    QVERIFY(result.ok);
    QVERIFY2(result.message.isEmpty(), qPrintable(result.message));
    CatalogueStore store(database, Host);
    QCOMPARE(store.classifications().size(), 2);
    const std::optional<BatchRecord> batch = store.batch(QStringLiteral("c1"), QStringLiteral("b1"));
    QVERIFY(batch);
    QCOMPARE(batch->state, BatchState::Deleted);
    QCOMPARE(batch->stateChangedAt, deletedAt);
    QCOMPARE(batch->changedBy, QStringLiteral("alice"));
    const std::optional<AuditEntry> entry = AuditLog(database).entry(auditId);
    QVERIFY(entry);
    QCOMPARE(entry->outcome, QStringLiteral("succeeded"));
    QCOMPARE(entry->serverMessage, QStringLiteral("Batch deleted"));
}

void TestDatabase::twoConnectionsShareOneFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite3"));
    Database first(uniqueConnectionName());
    Database second(uniqueConnectionName());
    QVERIFY(first.open(path).ok);
    const Database::OpenResult result = second.open(path);
    QVERIFY(result.ok);
    QVERIFY2(result.message.isEmpty(), qPrintable(result.message));
    QVERIFY(!second.isInMemory());

    QVERIFY(CatalogueStore(first, Host).addClassification(QStringLiteral("from-first")));
    QVERIFY(CatalogueStore(second, Host).classification(QStringLiteral("from-first")));
}

void TestDatabase::closeReleasesTheConnection()
{
    QTemporaryDir dir;
    const QString name = uniqueConnectionName();
    Database database(name);
    QVERIFY(database.open(dir.filePath(QStringLiteral("close.sqlite3"))).ok);
    QVERIFY(QSqlDatabase::contains(name));
    database.close();
    QVERIFY(!database.isOpen());
    QVERIFY(!QSqlDatabase::contains(name));
    QCOMPARE(database.schemaVersion(), 0);
    QVERIFY(database.filePath().isEmpty());

    // The same object can open again, here another file.
    QVERIFY(database.open(dir.filePath(QStringLiteral("again.sqlite3"))).ok);
    QVERIFY(database.isOpen());
    QCOMPARE(database.filePath(), dir.filePath(QStringLiteral("again.sqlite3")));
}

void TestDatabase::migratesFirstSchemaKeepingData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite3"));
    QStringList statements = SchemaV1;
    statements
        << QStringLiteral("INSERT INTO classifications VALUES ('api.extracta.ai', 'c1', 'Invoices', "
                          "'Supplier invoices', '[\"invoice\",\"receipt\"]', '2024-01-02T03:04:05.678Z')")
        << QStringLiteral("INSERT INTO classifications (host, id) VALUES ('staging.example', 'c1')")
        << QStringLiteral("INSERT INTO batches VALUES ('api.extracta.ai', 'c1', 'b1', 7, 'deleted', "
                          "'2024-02-03T04:05:06.789Z', 'alice', '2024-02-03T04:05:06.789Z')")
        << QStringLiteral("INSERT INTO batches (host, classification_id, batch_id) VALUES "
                          "('api.extracta.ai', 'c1', 'b2')")
        << QStringLiteral("INSERT INTO audit (started_utc, os_user, host, classification_id, "
                          "classification_name, batch_id, file_count, outcome, http_status, server_message, "
                          "duration_ms, completed_utc) VALUES ('2024-02-03T04:05:06.000Z', 'alice', "
                          "'api.extracta.ai', 'c1', 'Invoices', 'b1', 7, 'succeeded', 200, 'Batch deleted', "
                          "321, '2024-02-03T04:05:06.321Z')")
        << QStringLiteral("INSERT INTO audit (started_utc, os_user, host, classification_id, batch_id, "
                          "outcome) VALUES ('2024-02-04T00:00:00.000Z', 'bob', 'api.extracta.ai', 'c1', "
                          "'b2', 'sent')")
        << QStringLiteral("PRAGMA user_version = 1");
    QVERIFY(writeRaw(path, statements));

    Database database(uniqueConnectionName());
    const Database::OpenResult result = database.open(path);
    QVERIFY(result.ok);
    QVERIFY2(result.message.isEmpty(), qPrintable(result.message));
    QVERIFY(result.movedAsidePath.isEmpty());
    QVERIFY(!database.isInMemory());
    QCOMPARE(database.schemaVersion(), Database::SchemaVersion);
    QVERIFY(tables(database).contains(QStringLiteral("batch_files")));

    CatalogueStore store(database, Host);
    const std::optional<ClassificationRecord> classification = store.classification(QStringLiteral("c1"));
    QVERIFY(classification);
    QCOMPARE(classification->name, QStringLiteral("Invoices"));
    QCOMPARE(classification->description, QStringLiteral("Supplier invoices"));
    QCOMPARE(classification->documentTypes,
             QStringList({QStringLiteral("invoice"), QStringLiteral("receipt")}));
    QCOMPARE(classification->detailsFetchedAt,
             QDateTime::fromString(QStringLiteral("2024-01-02T03:04:05.678Z"), Qt::ISODateWithMs));
    QCOMPARE(CatalogueStore(database, QStringLiteral("staging.example")).classifications().size(), 1);

    const QList<BatchRecord> batches = store.batches();
    QCOMPARE(batches.size(), 2);
    QCOMPARE(batches.at(0).batchId, QStringLiteral("b1"));
    QCOMPARE(batches.at(0).fileCount, 7);
    QCOMPARE(batches.at(0).state, BatchState::Deleted);
    QCOMPARE(batches.at(0).changedBy, QStringLiteral("alice"));
    QCOMPARE(batches.at(0).stateChangedAt,
             QDateTime::fromString(QStringLiteral("2024-02-03T04:05:06.789Z"), Qt::ISODateWithMs));
    QVERIFY(!batches.at(0).filesFetchedAt.isValid());
    QCOMPARE(batches.at(1).batchId, QStringLiteral("b2"));
    QCOMPARE(batches.at(1).state, BatchState::Unchecked);
    QCOMPARE(batches.at(1).fileCount, -1);

    AuditLog audit(database);
    const QList<AuditEntry> entries = audit.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).outcome, QStringLiteral("succeeded"));
    QCOMPARE(entries.at(1).serverMessage, QStringLiteral("Batch deleted"));
    QCOMPARE(entries.at(1).durationMs, 321);
    QCOMPARE(entries.at(0).outcome, AuditLog::SentOutcome);
    QCOMPARE(audit.markAbandonedAsUnknown(), 1); // written before sessions were recorded

    // What version 2 added works on the migrated rows.
    FileRecord file;
    file.fileId = QStringLiteral("f1");
    file.fileName = QStringLiteral("scan.pdf");
    file.confidence = 0.5;
    QVERIFY(store.storeBatchFiles(QStringLiteral("c1"), QStringLiteral("b2"), {file},
                                  QDateTime::currentDateTimeUtc()));
    QCOMPARE(store.files(QStringLiteral("c1"), QStringLiteral("b2")).size(), 1);

    // Opening the migrated file again changes nothing.
    database.close();
    QVERIFY(database.open(path).message.isEmpty());
    QCOMPARE(database.schemaVersion(), Database::SchemaVersion);
    QCOMPARE(CatalogueStore(database, Host).batches().size(), 2);
}

// Version 4 (issue 14, named connections): each audit entry records the connection it went through.
// The entries of a version 3 file stay as they were, in no connection until one adopts them.
void TestDatabase::migratesThirdSchemaKeepingAuditEntries()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.sqlite3"));
    QStringList statements = SchemaV1 + SchemaV2 + SchemaV3;
    statements
        << QStringLiteral("INSERT INTO classifications (host, id, name) VALUES ('api.extracta.ai', 'c1', "
                          "'Invoices')")
        << QStringLiteral("INSERT INTO batches (host, classification_id, batch_id, file_count) VALUES "
                          "('api.extracta.ai', 'c1', 'b1', 7)")
        << QStringLiteral("INSERT INTO audit (started_utc, os_user, host, classification_id, "
                          "classification_name, batch_id, file_count, outcome, http_status, server_message, "
                          "duration_ms, completed_utc, session) VALUES ('2025-02-03T04:05:06.000Z', 'alice', "
                          "'api.extracta.ai', 'c1', 'Invoices', 'b1', 7, 'succeeded', 200, 'Batch deleted', "
                          "321, '2025-02-03T04:05:06.321Z', 'gone-session-1')")
        << QStringLiteral("INSERT INTO audit (started_utc, os_user, host, classification_id, batch_id, "
                          "outcome, session) VALUES ('2025-02-04T00:00:00.000Z', 'bob', 'staging.example', "
                          "'c2', 'b2', 'sent', 'gone-session-2')")
        << QStringLiteral("PRAGMA user_version = 3");
    QVERIFY(writeRaw(path, statements));

    Database database(uniqueConnectionName());
    const Database::OpenResult result = database.open(path);
    QVERIFY(result.ok);
    QVERIFY2(result.message.isEmpty(), qPrintable(result.message));
    QVERIFY(result.movedAsidePath.isEmpty());
    QVERIFY(!database.isInMemory());
    QCOMPARE(database.schemaVersion(), Database::SchemaVersion);

    const QSqlRecord columns = database.handle().record(QStringLiteral("audit"));
    QVERIFY(columns.contains(QStringLiteral("connection_id")));
    QVERIFY(columns.contains(QStringLiteral("connection")));
    const QStringList auditIndexes = indexes(database, QStringLiteral("audit"));
    QVERIFY2(auditIndexes.contains(QStringLiteral("audit_by_connection_started")),
             qPrintable(auditIndexes.join(u',')));
    // The indexes of earlier versions stay.
    for (const char* name : {"audit_by_host_started", "audit_by_started", "audit_open_sessions"})
        QVERIFY2(auditIndexes.contains(QLatin1String(name)), name);

    // Every row is there, unchanged, and in no connection.
    {
        QSqlQuery rows(database.handle());
        QVERIFY(rows.exec(QStringLiteral("SELECT batch_id, connection_id, connection, session FROM audit "
                                         "ORDER BY id")));
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toString(), QStringLiteral("b1"));
        QVERIFY(rows.value(1).isNull());
        QCOMPARE(rows.value(2).toString(), QString());
        QVERIFY(!rows.value(2).isNull());
        QCOMPARE(rows.value(3).toString(), QStringLiteral("gone-session-1"));
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toString(), QStringLiteral("b2"));
        QVERIFY(rows.value(1).isNull());
        QVERIFY(!rows.next());
    }
    AuditLog audit(database);
    const QList<AuditEntry> entries = audit.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).batchId, QStringLiteral("b1"));
    QCOMPARE(entries.at(1).host, Host);
    QCOMPARE(entries.at(1).osUser, QStringLiteral("alice"));
    QCOMPARE(entries.at(1).classificationName, QStringLiteral("Invoices"));
    QCOMPARE(entries.at(1).fileCount, 7);
    QCOMPARE(entries.at(1).outcome, QStringLiteral("succeeded"));
    QCOMPARE(entries.at(1).httpStatus, 200);
    QCOMPARE(entries.at(1).serverMessage, QStringLiteral("Batch deleted"));
    QCOMPARE(entries.at(1).durationMs, 321);
    QCOMPARE(entries.at(1).completedUtc,
             QDateTime::fromString(QStringLiteral("2025-02-03T04:05:06.321Z"), Qt::ISODateWithMs));
    QCOMPARE(entries.at(0).batchId, QStringLiteral("b2"));
    QCOMPARE(entries.at(0).host, QStringLiteral("staging.example"));
    QCOMPARE(entries.at(0).outcome, AuditLog::SentOutcome);
    // Version 5 gave each entry already on record a stable unique attempt ID (a UUID) to be uploaded
    // under, and left it with everything to upload to a team trail.
    for (const AuditEntry& entry : entries) {
        QVERIFY2(!QUuid::fromString(entry.attemptId).isNull(), qPrintable(entry.attemptId));
        QCOMPARE(QUuid::fromString(entry.attemptId).version(), QUuid::Random);
    }
    QVERIFY(entries.at(0).attemptId != entries.at(1).attemptId);
    // The session recorded by version 3 still tells a process that is gone.
    QCOMPARE(audit.markAbandonedAsUnknown(), 1);
    QCOMPARE(audit.entries().at(0).outcome, AuditLog::UnknownOutcome);
    QCOMPARE(CatalogueStore(database, Host).batches().size(), 1);

    // Opening the migrated file again changes nothing.
    database.close();
    QVERIFY(database.open(path).message.isEmpty());
    QCOMPARE(database.schemaVersion(), Database::SchemaVersion);
    QCOMPARE(AuditLog(database).entries().size(), 2);
}

void TestDatabase::unreadableFileIsMovedAside_data()
{
    QTest::addColumn<QByteArray>("content");

    addNotADatabaseRows();

    QTemporaryDir dir;
    const QByteArray real = realDatabaseBytes(dir.path());
    QVERIFY(real.size() > 16 * 4096);
    QTest::newRow("truncated database") << real.left(real.size() / 2);
    QTest::newRow("header only") << real.left(100);
    QByteArray overwritten = real;
    for (qsizetype i = 4096; i < real.size() - 4096; ++i)
        overwritten[i] = char(0xA5);
    QTest::newRow("pages overwritten") << overwritten;
}

void TestDatabase::unreadableFileIsMovedAside()
{
    QFETCH(QByteArray, content);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("extracta-batch-admin.sqlite3"));
    QVERIFY(writeFile(path, content));

    Database database(uniqueConnectionName());
    const Database::OpenResult result = database.open(path);
    QVERIFY(result.ok);
    QVERIFY(!result.message.isEmpty());
    QVERIFY2(result.message.contains(QDir::toNativeSeparators(result.movedAsidePath)),
             qPrintable(result.message));
    QVERIFY2(result.movedAsidePath.startsWith(path + QStringLiteral(".unreadable-")),
             qPrintable(result.movedAsidePath));
    QCOMPARE(readFile(result.movedAsidePath), content);
    QCOMPARE(movedAsideFiles(dir.path()), QStringList{QFileInfo(result.movedAsidePath).fileName()});

    QVERIFY(!database.isInMemory());
    QCOMPARE(database.filePath(), path);
    expectWorking(database);
}

void TestDatabase::journalFilesMoveWithTheirDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data.sqlite3"));
    const QByteArray main("not a database at all, just text");
    const QByteArray wal("a write-ahead log that belongs to the broken file");
    QVERIFY(writeFile(path, main));
    QVERIFY(writeFile(path + QStringLiteral("-wal"), wal));

    Database database(uniqueConnectionName());
    const Database::OpenResult result = database.open(path);
    QVERIFY(result.ok);
    QVERIFY(!database.isInMemory());
    QCOMPARE(readFile(result.movedAsidePath), main);
    QCOMPARE(readFile(result.movedAsidePath + QStringLiteral("-wal")), wal);
    // Whatever -wal sits next to the new file now is the new file's own.
    QVERIFY(readFile(path + QStringLiteral("-wal")) != wal);
    expectWorking(database);
}

void TestDatabase::movingAsideNeverOverwrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data.sqlite3"));
    const QByteArray first("first broken file");
    const QByteArray second("second broken file");

    Database database(uniqueConnectionName());
    QVERIFY(writeFile(path, first));
    const QString firstMoved = database.open(path).movedAsidePath;
    database.close();
    QVERIFY(QFile::remove(path));
    QVERIFY(writeFile(path, second));
    // Within the same second the time stamp is the same: the second file needs another name.
    const QString secondMoved = database.open(path).movedAsidePath;

    QVERIFY(!firstMoved.isEmpty());
    QVERIFY(!secondMoved.isEmpty());
    QVERIFY(firstMoved != secondMoved);
    QCOMPARE(readFile(firstMoved), first);
    QCOMPARE(readFile(secondMoved), second);
}

void TestDatabase::fileWithoutReadPermissionIsMovedAside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data.sqlite3"));
    const QByteArray content = realDatabaseBytes(dir.path());
    QVERIFY(writeFile(path, content));
    QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly))
        QSKIP("File permissions are not enforced for this user (root?)");

    Database database(uniqueConnectionName());
    const Database::OpenResult result = database.open(path);
    QVERIFY(result.ok);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(!result.movedAsidePath.isEmpty());
    QVERIFY(!database.isInMemory());
    QVERIFY(QFile::setPermissions(result.movedAsidePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(readFile(result.movedAsidePath), content);
}

void TestDatabase::newerSchemaIsLeftUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite3"));
    QVERIFY(writeRaw(path, {QStringLiteral("CREATE TABLE things_to_come (x)"),
                            QStringLiteral("INSERT INTO things_to_come VALUES (42)"),
                            QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion + 1)}));
    const QByteArray before = readFile(path);
    QVERIFY(!before.isEmpty());

    Database database(uniqueConnectionName());
    const Database::OpenResult result = database.open(path);
    QVERIFY(result.ok);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(result.movedAsidePath.isEmpty());
    QVERIFY(database.isInMemory());
    QVERIFY(database.filePath().isEmpty());
    expectMemoryOnly(database);
    database.close();

    QCOMPARE(readFile(path), before);
    QVERIFY(movedAsideFiles(dir.path()).isEmpty());
}

void TestDatabase::readOnlyFileIsLeftUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("read-only.sqlite3"));
    {
        Database writer(uniqueConnectionName());
        QVERIFY(writer.open(path).ok);
        QVERIFY(CatalogueStore(writer, Host).addClassification(QStringLiteral("c1")));
    }
    const QByteArray before = readFile(path);
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    QFile probe(path);
    if (probe.open(QIODevice::ReadWrite))
        QSKIP("File permissions are not enforced for this user (root?)");

    Database database(uniqueConnectionName());
    const Database::OpenResult result = database.open(path);
    QVERIFY(result.ok);
    QVERIFY2(result.message.contains(QDir::toNativeSeparators(path)), qPrintable(result.message));
    QVERIFY(result.movedAsidePath.isEmpty());
    QVERIFY(database.isInMemory());
    QCOMPARE(AuditLog(database).recordSent(someAttempt()), -1);
    database.close();
    QCOMPARE(readFile(path), before);
    QVERIFY(movedAsideFiles(dir.path()).isEmpty());
}

void TestDatabase::otherProgramsDatabaseIsMovedAside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data.sqlite3"));
    QVERIFY(writeRaw(path, {QStringLiteral("CREATE TABLE classifications (something_else TEXT)")}));
    const QByteArray before = readFile(path);

    Database database(uniqueConnectionName());
    const Database::OpenResult result = database.open(path);
    QVERIFY(result.ok);
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(readFile(result.movedAsidePath), before);
    QVERIFY(!database.isInMemory());
    expectWorking(database);
}

void TestDatabase::lockedFileIsLeftUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.sqlite3"));
    {
        Database writer(uniqueConnectionName());
        QVERIFY(writer.open(path).ok);
    }
    const QString holder = uniqueConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), holder);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery lock(db);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    }

    // Another program holds the write lock: waiting out the busy timeout must not make us move
    // a healthy, busy file aside.
    Database database(uniqueConnectionName());
    const Database::OpenResult result = database.open(path);
    QVERIFY(result.ok);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(result.movedAsidePath.isEmpty());
    QVERIFY(database.isInMemory());
    QCOMPARE(AuditLog(database).recordSent(someAttempt()), -1);
    QVERIFY(movedAsideFiles(dir.path()).isEmpty());

    {
        QSqlDatabase db = QSqlDatabase::database(holder, false);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        db.close();
    }
    QSqlDatabase::removeDatabase(holder);
    database.close();
    QVERIFY(database.open(path).message.isEmpty());
    QVERIFY(!database.isInMemory());
}

void TestDatabase::unusableLocationFallsBackToMemory_data()
{
    QTest::addColumn<QString>("folderKind");
    QTest::newRow("parent is a regular file") << QStringLiteral("file");
    QTest::newRow("read-only folder") << QStringLiteral("read-only");
}

void TestDatabase::unusableLocationFallsBackToMemory()
{
    QFETCH(QString, folderKind);

    QTemporaryDir dir;
    QString folder = dir.filePath(QStringLiteral("folder"));
    if (folderKind == QLatin1String("file")) {
        QVERIFY(writeFile(folder, "a file where a folder should be"));
    } else {
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        if (canWriteInto(folder)) {
            QFile::setPermissions(folder,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QSKIP("Folder permissions are not enforced for this user (root?)");
        }
    }
    const QString path = folder + QStringLiteral("/data.sqlite3");

    Database database(uniqueConnectionName());
    const Database::OpenResult result = database.open(path);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QVERIFY(result.ok);
    QVERIFY2(result.message.contains(QDir::toNativeSeparators(path)), qPrintable(result.message));
    QVERIFY(result.movedAsidePath.isEmpty());
    QVERIFY(database.isInMemory());
    QVERIFY(database.filePath().isEmpty());
    expectMemoryOnly(database);
    QVERIFY(!QFileInfo::exists(path));
}

void TestDatabase::skippedIntegrityCheckMovesUnusableFileAside_data()
{
    QTest::addColumn<QByteArray>("content");

    addNotADatabaseRows();

    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("other.sqlite3"));
    QVERIFY(writeRaw(other, {QStringLiteral("CREATE TABLE classifications (something_else TEXT)")}));
    QTest::newRow("other program's database") << readFile(other);
    const QByteArray real = realDatabaseBytes(dir.path());
    QTest::newRow("truncated database") << real.left(real.size() / 2);
    QTest::newRow("header only") << real.left(100);
}

// The CLI skips the full read, but what its read-only look at the file finds unusable (no database,
// another program's, cut short) is set aside with its bytes kept, as the app does, and a new file is
// started: never a run whose records live in memory only.
void TestDatabase::skippedIntegrityCheckMovesUnusableFileAside()
{
    QFETCH(QByteArray, content);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("extracta-batch-admin.sqlite3"));
    QVERIFY(writeFile(path, content));

    Database database(uniqueConnectionName());
    const Database::OpenResult result = database.open(path, Database::IntegrityCheck::Skip);
    QVERIFY(result.ok);
    QVERIFY2(result.movedAsidePath.startsWith(path + QStringLiteral(".unreadable-")),
             qPrintable(result.message));
    QVERIFY2(result.message.contains(QDir::toNativeSeparators(result.movedAsidePath)),
             qPrintable(result.message));
    QCOMPARE(readFile(result.movedAsidePath), content);
    QCOMPARE(movedAsideFiles(dir.path()), QStringList{QFileInfo(result.movedAsidePath).fileName()});
    QVERIFY(!database.isInMemory());
    QCOMPARE(database.filePath(), path);
    expectWorking(database);
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    QTemporaryDir dir;
    Database database(uniqueConnectionName());
    QVERIFY(database.open(dir.filePath(QStringLiteral("tx.sqlite3"))).ok);
    const auto insert = [&database](const QString& id) {
        QSqlQuery query(database.handle());
        return query.exec(
            QStringLiteral("INSERT INTO classifications (host, id) VALUES ('h', '%1')").arg(id));
    };
    const auto count = [&database] {
        QSqlQuery query(database.handle());
        return query.exec(QStringLiteral("SELECT count(*) FROM classifications")) && query.next()
                   ? query.value(0).toInt()
                   : -1;
    };
    {
        Transaction transaction(database.handle());
        QVERIFY(insert(QStringLiteral("dropped")));
    }
    QCOMPARE(count(), 0);
    {
        Transaction transaction(database.handle());
        QVERIFY(insert(QStringLiteral("kept")));
        QVERIFY(transaction.commit());
        QVERIFY(!transaction.commit());
    }
    QCOMPARE(count(), 1);
}

void TestDatabase::onlyFlushedWritesWaitForTheDisk()
{
    QTemporaryDir dir;
    Database database(uniqueConnectionName());
    QVERIFY(database.open(dir.filePath(QStringLiteral("sync.sqlite3"))).ok);
    QCOMPARE(pragma(database, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    const QString normal = QStringLiteral("1");
    const QString full = QStringLiteral("2");
    QCOMPARE(database.baselineSynchronous(), 1);
    QCOMPARE(pragma(database, QStringLiteral("synchronous")), normal);
    {
        const FlushedWrites flushed(database);
        QCOMPARE(pragma(database, QStringLiteral("synchronous")), full);
        Transaction transaction(database.handle());
        QVERIFY(transaction.commit());
        QCOMPARE(pragma(database, QStringLiteral("synchronous")), full);
    }
    QCOMPARE(pragma(database, QStringLiteral("synchronous")), normal);
    {
        // SQLite refuses to change the level inside a transaction: the guard says so, and the audit
        // trail then refuses to record (and so to let a deletion go out) rather than not flush.
        Transaction open(database.handle());
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("cannot ask for flushed commits")));
        const FlushedWrites flushed(database);
        QVERIFY(!flushed.isInForce());
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("cannot ask for flushed commits")));
        AuditEntry entry;
        entry.host = QStringLiteral("h");
        entry.classificationId = QStringLiteral("-C");
        entry.batchId = QStringLiteral("-B");
        QCOMPARE(AuditLog(database).recordSent(entry), -1);
    }
    QCOMPARE(pragma(database, QStringLiteral("synchronous")), normal);

    // Without WAL (an in-memory database here) the connection stays at FULL throughout.
    Database memory(uniqueConnectionName());
    QVERIFY(memory.open(QStringLiteral(":memory:")).ok);
    QCOMPARE(memory.baselineSynchronous(), 2);
    {
        const FlushedWrites flushed(memory);
        QCOMPARE(pragma(memory, QStringLiteral("synchronous")), full);
    }
    QCOMPARE(pragma(memory, QStringLiteral("synchronous")), full);
}

void TestDatabase::preparedStatementsAreReusedAndReleasedOnClose()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("prepared.sqlite3"));
    Database database(uniqueConnectionName());
    QVERIFY(database.open(path).ok);
    const QString sql = QStringLiteral("INSERT INTO classifications (host, id) VALUES (?, ?)");
    for (const QString& id : {QStringLiteral("a"), QStringLiteral("b")}) {
        QSqlQuery& insert = database.preparedQuery(sql);
        insert.bindValue(0, QStringLiteral("h"));
        insert.bindValue(1, id);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    QCOMPARE(CatalogueStore(database, QStringLiteral("h")).classifications().size(), 2);
    {
        // A statement that failed once (here: the same key again) still works afterwards.
        QSqlQuery& duplicate = database.preparedQuery(sql);
        duplicate.bindValue(0, QStringLiteral("h"));
        duplicate.bindValue(1, QStringLiteral("a"));
        QVERIFY(!duplicate.exec());
        QSqlQuery& next = database.preparedQuery(sql);
        next.bindValue(0, QStringLiteral("h"));
        next.bindValue(1, QStringLiteral("d"));
        QVERIFY2(next.exec(), qPrintable(next.lastError().text()));
    }
    QCOMPARE(CatalogueStore(database, QStringLiteral("h")).classifications().size(), 3);
    // Closing while statements are cached must not leave the connection "still in use".
    QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
    database.close();
    QVERIFY(database.open(path).ok);
    QSqlQuery& again = database.preparedQuery(sql);
    again.bindValue(0, QStringLiteral("h"));
    again.bindValue(1, QStringLiteral("c"));
    QVERIFY2(again.exec(), qPrintable(again.lastError().text()));
    QCOMPARE(CatalogueStore(database, QStringLiteral("h")).classifications().size(), 4);
}

void TestDatabase::nestedTransactionDoesNotEndTheOuterOne()
{
    QTemporaryDir dir;
    Database database(uniqueConnectionName());
    QVERIFY(database.open(dir.filePath(QStringLiteral("nested.sqlite3"))).ok);
    Transaction outer(database.handle());
    QVERIFY(QSqlQuery(database.handle())
                .exec(QStringLiteral("INSERT INTO classifications (host, id) VALUES ('h', 'x')")));
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot begin a transaction")));
        Transaction inner(database.handle());
        QVERIFY(!inner.commit());
    }
    QVERIFY(outer.commit());
    QCOMPARE(CatalogueStore(database, QStringLiteral("h")).classifications().size(), 1);
}

void TestDatabase::defaultPathIsUnderAppData()
{
    const QString path = Database::defaultPath();
    QCOMPARE(path, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                       QStringLiteral("/extracta-batch-admin.sqlite3"));
    const QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
    if (!dataHome.isEmpty())
        QVERIFY2(path.startsWith(dataHome), qPrintable(path));
}

// A process died with the file open and left its WAL; the app, checking the file at its start, still
// finds damage in the file behind it and moves the file aside together with that WAL and its index.
void TestDatabase::walLeftByACrashIsMovedAsideWithItsDatabase()
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.sqlite3"));
    const QString path = dir.filePath(QStringLiteral("data.sqlite3"));
    {
        Database database(uniqueConnectionName());
        QVERIFY(database.open(live, Database::IntegrityCheck::Skip).ok);
        addBatches(database, 2000);
        QVERIFY(checkpoint(database));
        // The last commit is only in the WAL.
        QVERIFY(CatalogueStore(database, Host).addClassification(QStringLiteral("in-the-wal")));
        QVERIFY(copyAsLeftByACrash(live, path));
    }
    const QByteArray wal = readFile(path + QStringLiteral("-wal"));
    QVERIFY(!wal.isEmpty());
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-shm")));
    QByteArray main = readFile(path);
    QVERIFY(main.size() > 16 * 4096);
    for (qsizetype i = 4096; i < main.size() - 4096; ++i)
        main[i] = char(0xA5);
    QVERIFY(writeFile(path, main));

    Database database(uniqueConnectionName());
    const Database::OpenResult result = database.open(path);
    QVERIFY(result.ok);
    QVERIFY2(!result.movedAsidePath.isEmpty(), qPrintable(result.message));
    QVERIFY(!database.isInMemory());
    QCOMPARE(readFile(result.movedAsidePath), main);
    QCOMPARE(readFile(result.movedAsidePath + QStringLiteral("-wal")), wal);
    QVERIFY(QFileInfo::exists(result.movedAsidePath + QStringLiteral("-shm")));
    QVERIFY(readFile(path + QStringLiteral("-wal")) != wal);
    QVERIFY(!CatalogueStore(database, Host).classification(QStringLiteral("in-the-wal")));
    expectWorking(database);
}

void TestDatabase::walIsFoldedInOnClose_data()
{
    QTest::addColumn<Database::IntegrityCheck>("integrityCheck");
    QTest::newRow("app (full check)") << Database::IntegrityCheck::OnOpen;
    QTest::newRow("CLI (light start)") << Database::IntegrityCheck::Skip;
}

// Issue 12: whoever opened it, the app or the CLI, the last connection folds the WAL into the file and
// deletes it and its index: the file alone holds every commit, and a copy of it is complete.
void TestDatabase::walIsFoldedInOnClose()
{
    QFETCH(Database::IntegrityCheck, integrityCheck);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("folded.sqlite3"));
    for (int run = 0; run < 2; ++run) {
        Database database(uniqueConnectionName());
        QVERIFY(database.open(path, integrityCheck).ok);
        addBatches(database, 30, 30 * run);
        QVERIFY(AuditLog(database).recordSent(someAttempt()) > 0);
        QVERIFY(fileSize(path + QStringLiteral("-wal")) > 0);
        database.close();
        QCOMPARE(sideFilesOf(path), QStringList());
    }
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite3"));
    QVERIFY(QFile::copy(path, copy));
    Database database(uniqueConnectionName());
    QVERIFY(database.open(copy).ok);
    QCOMPARE(CatalogueStore(database, Host).batches().size(), 60);
    QCOMPARE(AuditLog(database).entries().size(), 2);
}

// While the app has the file open, a CLI run that ends leaves the WAL to it; the last one out folds it in.
void TestDatabase::walStaysUntilTheLastConnectionCloses()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite3"));
    Database app(uniqueConnectionName());
    QVERIFY(app.open(path).ok);
    {
        Database cli(uniqueConnectionName());
        QVERIFY(cli.open(path, Database::IntegrityCheck::Skip).ok);
        QVERIFY(CatalogueStore(cli, Host).addClassification(QStringLiteral("from-the-cli")));
    }
    QVERIFY(fileSize(path + QStringLiteral("-wal")) > 0);
    QVERIFY(CatalogueStore(app, Host).classification(QStringLiteral("from-the-cli")));
    app.close();
    QCOMPARE(sideFilesOf(path), QStringList());
}

// A process that died with the file open left its WAL: the next one to open and close the file folds
// it in, and no commit of the dead process is lost.
void TestDatabase::walLeftByACrashIsFoldedInByTheNextClose()
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.sqlite3"));
    const QString path = dir.filePath(QStringLiteral("crashed.sqlite3"));
    {
        Database database(uniqueConnectionName());
        QVERIFY(database.open(live, Database::IntegrityCheck::Skip).ok);
        addBatches(database, 30);
        QVERIFY(copyAsLeftByACrash(live, path));
    }
    QVERIFY(fileSize(path + QStringLiteral("-wal")) > 0);
    {
        Database database(uniqueConnectionName());
        QVERIFY(database.open(path, Database::IntegrityCheck::Skip).ok);
        QCOMPARE(CatalogueStore(database, Host).batches().size(), 30);
    }
    QCOMPARE(sideFilesOf(path), QStringList());
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite3"));
    QVERIFY(QFile::copy(path, copy));
    Database database(uniqueConnectionName());
    QVERIFY(database.open(copy).ok);
    QCOMPARE(CatalogueStore(database, Host).batches().size(), 30);
}

// Someone deletes the data file to start afresh and leaves a WAL a crash left behind: the new file must
// not get the old file's records from it (SQLite discards a WAL next to an empty database file).
void TestDatabase::walOfADeletedFileIsNotReplayed()
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.sqlite3"));
    const QString path = dir.filePath(QStringLiteral("reset.sqlite3"));
    {
        Database database(uniqueConnectionName());
        QVERIFY(database.open(live, Database::IntegrityCheck::Skip).ok);
        addBatches(database, 30);
        QVERIFY(copyAsLeftByACrash(live, path));
    }
    QVERIFY(fileSize(path + QStringLiteral("-wal")) > 0);
    QVERIFY(QFile::remove(path));

    Database database(uniqueConnectionName());
    const Database::OpenResult result = database.open(path, Database::IntegrityCheck::Skip);
    QVERIFY(result.ok);
    QVERIFY2(result.message.isEmpty(), qPrintable(result.message));
    QVERIFY(!database.isInMemory());
    QCOMPARE(database.schemaVersion(), Database::SchemaVersion);
    QVERIFY(CatalogueStore(database, Host).batches().isEmpty());
    expectWorking(database);
}

void TestDatabase::filesArePrivateWhateverTheUmask_data()
{
    QTest::addColumn<int>("umask");
    QTest::newRow("022") << 022;
    QTest::newRow("002") << 002;
    QTest::newRow("000") << 000;
}

// The audit trail is for the user's eyes only: its folder is 0700 and the file and the -wal and -shm
// SQLite makes next to it are 0600, whatever the umask.
void TestDatabase::filesArePrivateWhateverTheUmask()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX permissions");
#else
    QFETCH(int, umask);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("data/extracta-batch-admin"));
    const QString path = folder + QStringLiteral("/trail.sqlite3");
    {
        const Umask mask(umask);
        Database database(uniqueConnectionName());
        const Database::OpenResult result = database.open(path, Database::IntegrityCheck::Skip);
        QVERIFY2(result.message.isEmpty(), qPrintable(result.message));
        AuditEntry entry;
        entry.host = Host;
        entry.classificationId = QStringLiteral("-C");
        entry.batchId = QStringLiteral("-B");
        QVERIFY(AuditLog(database).recordSent(entry) > 0);
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-shm")));
        for (const QString& file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
            QVERIFY2(modeOf(file) == 0600,
                     qPrintable(file + QLatin1Char(' ') + QString::number(modeOf(file), 8)));
    }
    QCOMPARE(modeOf(dir.filePath(QStringLiteral("data"))), 0700);
    QCOMPARE(modeOf(folder), 0700);
    QCOMPARE(modeOf(path), 0600);
#endif
}

// An earlier version left the folder 0755 and the files 0644: the next open closes them to others.
void TestDatabase::filesLeftOpenToOthersAreMadePrivate()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX permissions");
#else
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("data"));
    const QString path = folder + QStringLiteral("/trail.sqlite3");
    const QStringList files = {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
    // Another process (the app) has the file open meanwhile: its -wal and -shm are there.
    Database running(uniqueConnectionName());
    QVERIFY(running.open(path).ok);
    addBatches(running, 10);
    QVERIFY(setModeOf(folder, 0755));
    for (const QString& file : files) {
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
        QVERIFY(setModeOf(file, 0644));
    }

    for (const auto integrityCheck : {Database::IntegrityCheck::Skip, Database::IntegrityCheck::OnOpen}) {
        Database database(uniqueConnectionName());
        const Database::OpenResult result = database.open(path, integrityCheck);
        QVERIFY2(result.message.isEmpty(), qPrintable(result.message));
        QCOMPARE(CatalogueStore(database, Host).batches().size(), 10);
        QCOMPARE(modeOf(folder), 0700);
        for (const QString& file : files)
            QVERIFY2(modeOf(file) == 0600,
                     qPrintable(file + QLatin1Char(' ') + QString::number(modeOf(file), 8)));
        QVERIFY(setModeOf(folder, 0755));
        for (const QString& file : files)
            QVERIFY(setModeOf(file, 0644));
    }
#endif
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
