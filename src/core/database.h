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

    // Creates the folder when needed. On a file that cannot be used it moves it aside and opens a
    // new one; when even that fails it falls back to an in-memory database (ok stays true, message
    // says data will not be kept).
    OpenResult open(const QString& filePath);
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

// RAII transaction: rolls back unless commit() was called.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_done = false;
};
