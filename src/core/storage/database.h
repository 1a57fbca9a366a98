#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <map>
#include <memory>

// The app's one embedded SQLite database: catalogue and audit trail, each row keyed by API host (and
// each audit entry by the connection it went through).
// Opening it migrates the schema step by step (PRAGMA user_version), switches to WAL and, when the
// file is unreadable or corrupt, moves it aside (never overwrites it) and starts a fresh one.
// SQLite's defaults decide what happens on close: the last connection to the file in any process
// folds the WAL into it and deletes the -wal and -shm, so that once the app and extracta-batch have
// ended, the data file alone holds every record.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int SchemaVersion = 5;

    struct OpenResult
    {
        bool ok = false;
        // User-facing: empty when all is well; says what happened when a file was moved aside or
        // when the data could only be kept in memory for this session.
        QString message;
        QString movedAsidePath; // where a corrupt/unreadable file went, if one did
    };

    // `connectionName` must be unique per open Database in a process (tests open several).
    explicit Database(QString connectionName = QStringLiteral("eba-main"));
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    enum class IntegrityCheck
    {
        // Reads the whole file first (PRAGMA quick_check, read-only) and moves a damaged one aside.
        OnOpen,
        // For short-lived processes (the CLI): no full read, only a look at the file's header and
        // schema (read-only too). A file that is no database, another program's or cut short is moved
        // aside as with OnOpen; damage only the full read would find goes unnoticed until the app's
        // next start.
        Skip,
    };

    // Creates the folder when needed. On a file that cannot be used it moves it aside and opens a
    // new one; when even that fails, or the file must be left alone (newer, busy, read-only), it
    // falls back to an in-memory database (ok stays true, message says why and that no deletion can
    // be recorded, see AuditLog::keepsRecordsOnDisk()).
    OpenResult open(const QString& filePath, IntegrityCheck integrityCheck = IntegrityCheck::OnOpen);
    // Ends the connection and removes it from Qt's list, with every statement prepared on it: when it
    // was the last one to the file, SQLite folds the WAL in and deletes the -wal and -shm.
    void close();

    QSqlDatabase handle() const;
    bool isOpen() const;
    bool isInMemory() const;
    QString filePath() const;
    int schemaVersion() const;

    // <AppDataLocation>/extracta-batch-admin.sqlite3
    static QString defaultPath();

    // The statement prepared once for this connection and reused: preparing costs more than running
    // a small INSERT. A caller that reads rows calls finish() when done, so that no read stays open.
    // The reference stays valid until close() or the next open().
    QSqlQuery& preparedQuery(const QString& sql);
    // PRAGMA synchronous as set up for this connection (1 = NORMAL in WAL mode, 2 = FULL otherwise).
    int baselineSynchronous() const;

private:
    OpenResult openOrFallBack(const QString& filePath, IntegrityCheck integrityCheck);

    QString m_connectionName;
    QString m_filePath;
    bool m_inMemory = false;
    int m_baselineSynchronous = 2;
    struct PreparedStatement
    {
        std::unique_ptr<QSqlQuery> query;
        bool prepared = false;
    };
    std::map<QString, PreparedStatement> m_statements;
};

// RAII transaction: rolls back unless commit() was called.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    // True from a successful BEGIN until commit(): statements run now belong to the transaction.
    bool isOpen() const;
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

// While it lives, every commit on the database waits until it is on the disk (synchronous = FULL).
// The connection's default in WAL mode (synchronous = NORMAL) keeps every commit through a crash of
// the app and the file consistent through a power failure, but a power failure or OS crash may take
// the last commits with it. For records that must exist before something irreversible happens.
class FlushedWrites
{
public:
    explicit FlushedWrites(Database& database);
    ~FlushedWrites();
    // False when the connection could not be switched to flushed commits: then nothing that needs
    // them may be written (and nothing irreversible may follow).
    bool isInForce() const;
    FlushedWrites(const FlushedWrites&) = delete;
    FlushedWrites& operator=(const FlushedWrites&) = delete;

private:
    Database& m_database;
    bool m_raised = false;
    bool m_failed = false;
};
