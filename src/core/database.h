#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// The app's one embedded SQLite database: catalogue and audit trail, each row keyed by API host.
// Opening it migrates the schema step by step (PRAGMA user_version), switches to WAL and, when the
// file is unreadable or corrupt, moves it aside (never overwrites it) and starts a fresh one.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int SchemaVersion = 2;

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
        // For short-lived processes (the CLI): no full read; a file that turns out unusable is left
        // untouched for the app to deal with, and the data is kept in memory.
        Skip,
    };

    // Creates the folder when needed. On a file that cannot be used it moves it aside and opens a
    // new one; when even that fails it falls back to an in-memory database (ok stays true, message
    // says data will not be kept).
    OpenResult open(const QString& filePath, IntegrityCheck integrityCheck = IntegrityCheck::OnOpen);
    void close();

    QSqlDatabase handle() const;
    bool isOpen() const;
    bool isInMemory() const;
    QString filePath() const;
    int schemaVersion() const;

    // <AppDataLocation>/extracta-batch-admin.sqlite3
    static QString defaultPath();

private:
    QString m_connectionName;
    QString m_filePath;
    bool m_inMemory = false;
};

// How far a commit goes before it returns. In WAL mode the connection's default (synchronous =
// NORMAL) survives a crash of the app but may lose the last commits on a power failure or OS crash;
// Flushed waits until the commit is on the disk (synchronous = FULL), for records that must exist
// before something irreversible happens.
enum class Durability
{
    Default,
    Flushed,
};

// RAII transaction: rolls back unless commit() was called.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db, Durability durability = Durability::Default);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    bool commit();

private:
    void restoreSynchronous();

    QSqlDatabase m_db;
    bool m_done = false;
    int m_restoreSynchronous = -1; // the level to put back after a Flushed transaction, or -1
};
