#include "database.h"

#include "core/platform/privatefiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <optional>
#include <utility>

namespace {

const auto DriverName = QStringLiteral("QSQLITE");
const auto InMemoryName = QStringLiteral(":memory:");
constexpr int BusyTimeoutMs = 5000;
constexpr int CacheKiB = 16 * 1024;
// PRAGMA synchronous levels.
constexpr int NormalSynchronous = 1;
constexpr int FullSynchronous = 2;

// SQLite primary result codes (the low byte of an extended code) that decide what we do with a file.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteFull = 13;

// 1: catalogue and audit trail, every row keyed by API host.
QStringList schemaStep1()
{
    return {
        QStringLiteral("CREATE TABLE classifications ("
                       " host TEXT NOT NULL,"
                       " id TEXT NOT NULL,"
                       " name TEXT NOT NULL DEFAULT '',"
                       " description TEXT NOT NULL DEFAULT '',"
                       " document_types TEXT NOT NULL DEFAULT '[]',"
                       " details_fetched_at TEXT,"
                       " PRIMARY KEY (host, id))"),
        QStringLiteral("CREATE TABLE batches ("
                       " host TEXT NOT NULL,"
                       " classification_id TEXT NOT NULL,"
                       " batch_id TEXT NOT NULL,"
                       " file_count INTEGER,"
                       " state TEXT NOT NULL DEFAULT 'unchecked',"
                       " state_changed_at TEXT,"
                       " changed_by TEXT,"
                       " last_checked TEXT,"
                       " PRIMARY KEY (host, classification_id, batch_id),"
                       " FOREIGN KEY (host, classification_id) REFERENCES classifications (host, id)"
                       " ON DELETE CASCADE)"),
        QStringLiteral("CREATE TABLE audit ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " started_utc TEXT NOT NULL,"
                       " os_user TEXT NOT NULL,"
                       " host TEXT NOT NULL,"
                       " classification_id TEXT NOT NULL,"
                       " classification_name TEXT NOT NULL DEFAULT '',"
                       " batch_id TEXT NOT NULL,"
                       " file_count INTEGER,"
                       " outcome TEXT NOT NULL,"
                       " http_status INTEGER NOT NULL DEFAULT 0,"
                       " server_message TEXT NOT NULL DEFAULT '',"
                       " duration_ms INTEGER,"
                       " completed_utc TEXT)"),
    };
}

// 2: cached file lists of batches, and indexes for per-host reads.
QStringList schemaStep2()
{
    return {
        QStringLiteral("ALTER TABLE batches ADD COLUMN files_fetched_at TEXT"),
        QStringLiteral("CREATE TABLE batch_files ("
                       " host TEXT NOT NULL,"
                       " classification_id TEXT NOT NULL,"
                       " batch_id TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " file_id TEXT NOT NULL,"
                       " file_name TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL DEFAULT '',"
                       " document_type TEXT NOT NULL DEFAULT '',"
                       " confidence REAL,"
                       " PRIMARY KEY (host, classification_id, batch_id, position),"
                       " FOREIGN KEY (host, classification_id, batch_id)"
                       " REFERENCES batches (host, classification_id, batch_id) ON DELETE CASCADE)"),
        QStringLiteral("CREATE INDEX audit_by_host_started ON audit (host, started_utc)"),
        QStringLiteral("CREATE INDEX audit_by_started ON audit (started_utc)"),
        // markUnfinishedAsUnknown() runs at every start: find the few "sent" rows without a scan.
        QStringLiteral("CREATE INDEX audit_unfinished ON audit (outcome) WHERE outcome = 'sent'"),
    };
}

// 3: the session (process) that wrote an entry, so that whoever opens the trail can tell the
// open entries of a process that is gone from those of one still waiting for its answer.
// Entries written before have none. The index holds the few open entries' sessions, which
// every start reads (AuditLog::markAbandonedAsUnknown); it replaces the one of step 2.
QStringList schemaStep3()
{
    return {
        QStringLiteral("ALTER TABLE audit ADD COLUMN session TEXT"),
        QStringLiteral("CREATE INDEX audit_open_sessions ON audit (session) WHERE outcome = 'sent'"),
        QStringLiteral("DROP INDEX audit_unfinished"),
    };
}

// 4: the named connection each entry went through (issue 14): its id, which survives a rename,
// and its name then, shown in the trail. Entries written before have none (NULL id, empty name)
// until the connection made from that setup adopts them (AuditLog::adoptLegacyEntries()). One
// index reads a connection's entries newest first; a partial one holds only the entries in no
// connection, which adoption reads at every start and which are few once adopted.
QStringList schemaStep4()
{
    return {
        QStringLiteral("ALTER TABLE audit ADD COLUMN connection_id TEXT"),
        QStringLiteral("ALTER TABLE audit ADD COLUMN connection TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX audit_by_connection_started ON audit (connection_id, started_utc)"),
        QStringLiteral("CREATE INDEX audit_unowned_by_host ON audit (host) WHERE connection_id IS NULL"),
    };
}

// 5: the team trail (issue 15). Each attempt gets a stable unique ID (a UUID; the ones already on
// record get a random one now) under which it is uploaded, so that a retry never makes a second
// entry, and the machine it was made on. team_sent and team_done say whether the attempt and its
// outcome are in the team database; a partial index holds the entries with something to upload,
// which every sync reads and which are few once uploaded.
QStringList schemaStep5()
{
    return {
        QStringLiteral("ALTER TABLE audit ADD COLUMN attempt_id TEXT"),
        QStringLiteral("ALTER TABLE audit ADD COLUMN machine TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE audit ADD COLUMN team_sent INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE audit ADD COLUMN team_done INTEGER NOT NULL DEFAULT 0"),
        // A version 4 random UUID, as QUuid::createUuid() makes for new entries.
        QStringLiteral("UPDATE audit SET attempt_id = lower(hex(randomblob(4)) || '-' || hex(randomblob(2))"
                       " || '-4' || substr(hex(randomblob(2)), 2) || '-'"
                       " || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2)"
                       " || '-' || hex(randomblob(6))) WHERE attempt_id IS NULL"),
        QStringLiteral("CREATE UNIQUE INDEX audit_by_attempt_id ON audit (attempt_id)"),
        QStringLiteral("CREATE INDEX audit_team_pending ON audit (id) WHERE team_sent = 0 OR team_done = 0"),
        // Which team database the marks above refer to (TeamOutbox): another one gets every entry.
        QStringLiteral("CREATE TABLE team_state (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    };
}

// Each step takes the schema from version N-1 to N. Step 1 is the first schema exactly as it was
// released: files written by that version must keep migrating, so a step is never edited afterwards.
const QList<QStringList>& migrations()
{
    static const QList<QStringList> steps = {schemaStep1(), schemaStep2(), schemaStep3(), schemaStep4(),
                                             schemaStep5()};
    return steps;
}

enum class Verdict
{
    Usable,
    Unusable,    // cannot be opened, not a database, or damaged: move it aside
    Busy,        // another program holds it: leave it alone
    CannotWrite, // read-only file or full disk: moving it would not help, leave it alone
    NoSqlite,    // the SQLite driver itself failed (not installed?): the file is not to blame
    Newer,       // written by a newer version of this app: leave it alone
};

struct Check
{
    Verdict verdict = Verdict::Usable;
    QString detail; // the database's own words, for the message
    int version = 0;
    // The verdict of the read-only look at an existing file, which leaves the file as it was found.
    bool byInspection = false;
};

Check checkFromError(const QSqlError& error)
{
    const int primaryCode = error.nativeErrorCode().toInt() & 0xff;
    Check check;
    check.detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (error.nativeErrorCode().isEmpty())
        check.verdict = Verdict::NoSqlite;
    else if (primaryCode == SqliteBusy || primaryCode == SqliteLocked)
        check.verdict = Verdict::Busy;
    else if (primaryCode == SqliteReadOnly || primaryCode == SqliteFull)
        check.verdict = Verdict::CannotWrite;
    else
        check.verdict = Verdict::Unusable;
    return check;
}

bool exec(QSqlDatabase& db, const QString& sql, QSqlError* error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError();
    return false;
}

std::optional<int> userVersion(QSqlDatabase& db, QSqlError* error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *error = query.lastError();
        return std::nullopt;
    }
    return query.value(0).toInt();
}

// Runs one migration step in its own write transaction. The version is read again inside the
// transaction so that two copies of the app starting together cannot both apply the same step.
bool applyStep(QSqlDatabase& db, int targetVersion, const QStringList& statements, QSqlError* error)
{
    if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    const std::optional<int> current = userVersion(db, error);
    bool ok = current.has_value();
    if (ok && *current < targetVersion) {
        for (const QString& statement : statements) {
            ok = exec(db, statement, error);
            if (!ok)
                break;
        }
        ok = ok && exec(db, QStringLiteral("PRAGMA user_version = %1").arg(targetVersion), error);
    }
    if (ok && exec(db, QStringLiteral("COMMIT"), error))
        return true;
    QSqlError ignored;
    exec(db, QStringLiteral("ROLLBACK"), &ignored);
    return false;
}

// Tells our own files from newer ones and from other programs' databases. Reads only.
Check identify(QSqlDatabase& db)
{
    QSqlError error;
    const std::optional<int> version = userVersion(db, &error);
    if (!version)
        return checkFromError(error);
    if (*version > Database::SchemaVersion)
        return {Verdict::Newer, {}, *version};
    if (*version == 0) {
        // Version 0 with tables in it is some other program's database, not a new one of ours.
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
            return checkFromError(query.lastError());
        if (query.value(0).toInt() > 0)
            return {Verdict::Unusable, Database::tr("not a data file of this app"), 0};
    }
    return {};
}

// Looks at an existing file through a read-only connection, which never checkpoints or deletes a
// WAL on close: a file we end up moving aside must leave exactly as we found it.
Check inspect(QSqlDatabase& db)
{
    // A damaged file often opens fine and only fails here ("file is not a database",
    // "database disk image is malformed") or reports its problems as rows.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
        return checkFromError(query.lastError());
    const QString firstRow = query.value(0).toString();
    if (firstRow != QLatin1String("ok")) {
        qWarning("Database: integrity check failed: %ls",
                 qUtf16Printable(firstRow.left(300).replace(QLatin1Char('\n'), QLatin1String("; "))));
        return {Verdict::Unusable, Database::tr("the integrity check found damage"), 0};
    }
    query.finish();
    return identify(db);
}

// Sets up the read-write connection: journal, pragmas, migrations. Nothing here changes what SQLite
// does on close (no persistent WAL, no journal_size_limit, no exclusive locking): the last connection
// folds the WAL into the file and deletes it.
Check prepare(QSqlDatabase& db, bool inMemory)
{
    QSqlError error;
    if (!inMemory) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
            return checkFromError(query.lastError());
        // Some file systems (network shares) cannot do WAL; the default journal still keeps the data safe.
        const bool wal = query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
        if (!wal)
            qWarning("Database: WAL journal not available, using '%ls'",
                     qUtf16Printable(query.value(0).toString()));
        // In WAL mode, NORMAL keeps every commit through a crash of the app and the file consistent
        // through a power failure, without waiting for the disk on each commit (SQLite's advice for
        // WAL). Records that must be on the disk first use FlushedWrites.
        if (!exec(db,
                  QStringLiteral("PRAGMA synchronous = %1").arg(wal ? NormalSynchronous : FullSynchronous),
                  &error))
            return checkFromError(error);
    }
    // A 50,000-batch catalogue is a few MB: keep it in the page cache instead of re-reading it.
    if (!exec(db, QStringLiteral("PRAGMA cache_size = -%1").arg(CacheKiB), &error) ||
        !exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), &error) ||
        !exec(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs), &error))
        return checkFromError(error);

    const std::optional<int> version = userVersion(db, &error);
    if (!version)
        return checkFromError(error);
    if (*version > Database::SchemaVersion)
        return {Verdict::Newer, {}, *version};
    const QList<QStringList>& steps = migrations();
    Q_ASSERT(steps.size() == Database::SchemaVersion);
    for (int target = *version + 1; target <= steps.size(); ++target) {
        if (!applyStep(db, target, steps.at(target - 1), &error))
            return checkFromError(error);
    }
    // An up-to-date file still has to take writes; find out now rather than at the first deletion.
    // Only a real write tells: BEGIN IMMEDIATE succeeds on a read-only file in WAL mode.
    if (*version == Database::SchemaVersion) {
        const bool writable =
            exec(db, QStringLiteral("BEGIN IMMEDIATE"), &error) &&
            exec(db, QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion), &error);
        QSqlError ignored;
        exec(db, QStringLiteral("ROLLBACK"), &ignored);
        if (!writable)
            return checkFromError(error);
    }
    return {};
}

struct MoveAside
{
    QString target;        // where the main file went; empty when it stayed
    bool complete = false; // its -wal and -shm went along (a stale WAL must never meet a new file)
};

// Moves the file and its WAL companions, which belong to it, to "<name>.unreadable-<UTC time>",
// never over an existing file.
MoveAside moveAside(const QString& filePath)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QString base = filePath + QStringLiteral(".unreadable-") + stamp;
    const QStringList companions = {QStringLiteral("-wal"), QStringLiteral("-shm")};
    const auto taken = [&companions](const QString& path) {
        return QFileInfo::exists(path) ||
               std::any_of(companions.cbegin(), companions.cend(),
                           [&path](const QString& suffix) { return QFileInfo::exists(path + suffix); });
    };
    MoveAside moved;
    moved.target = base;
    for (int n = 2; taken(moved.target); ++n)
        moved.target = base + QLatin1Char('-') + QString::number(n);

    if (!QFile::rename(filePath, moved.target)) {
        moved.target.clear();
        return moved;
    }
    moved.complete = std::all_of(companions.cbegin(), companions.cend(), [&](const QString& suffix) {
        return !QFileInfo::exists(filePath + suffix) ||
               QFile::rename(filePath + suffix, moved.target + suffix);
    });
    return moved;
}

// Adds and opens a connection and runs `step` on it. The connection stays only when the step
// found it usable and `keep` is set; otherwise it is removed again, nothing left half-open.
template <typename Step>
Check withConnection(const QString& connectionName, const QString& databaseName, const QString& options,
                     bool keep, Step step)
{
    Check check;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(DriverName, connectionName);
        db.setDatabaseName(databaseName);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs) + options);
        check = db.open() ? step(db) : checkFromError(db.lastError());
        keep = keep && check.verdict == Verdict::Usable;
        if (!keep)
            db.close();
    }
    if (!keep)
        QSqlDatabase::removeDatabase(connectionName);
    return check;
}

Check openConnection(const QString& connectionName, const QString& databaseName, bool inMemory,
                     Database::IntegrityCheck integrityCheck)
{
    // An existing file is looked at read-only first (a read-only connection never replays a journal
    // or folds a WAL into the file), so that one we reject stays exactly as we found it.
    // A usable file's read-only connection stays open until the read-write one is: the first
    // connection of a process to a file with a WAL rebuilds the WAL's index by reading all of it,
    // and while one is open the next one finds the index in place.
    const QString inspectionName = connectionName + QStringLiteral("-inspection");
    bool inspected = false;
    if (!inMemory && QFileInfo::exists(databaseName)) {
        const bool fullCheck = integrityCheck == Database::IntegrityCheck::OnOpen;
        const Check check =
            withConnection(inspectionName, databaseName, QStringLiteral(";QSQLITE_OPEN_READONLY"), true,
                           [fullCheck](QSqlDatabase& db) { return fullCheck ? inspect(db) : identify(db); });
        if (check.verdict != Verdict::Usable) {
            Check rejected = check;
            rejected.byInspection = true;
            return rejected;
        }
        inspected = true;
    }
    const Check check = withConnection(connectionName, databaseName, QString(), true,
                                       [inMemory](QSqlDatabase& db) { return prepare(db, inMemory); });
    if (inspected) {
        QSqlDatabase::database(inspectionName, false).close();
        QSqlDatabase::removeDatabase(inspectionName);
    }
    return check;
}

QString memoryOnlyNote()
{
    return Database::tr("Until it can be used, no deletion is sent (each one is recorded on disk before it "
                        "leaves), and the catalogue is kept in memory only.");
}

// Why a file that we did not move aside cannot be used.
QString leftAloneProblem(const Check& check, const QString& shownPath)
{
    switch (check.verdict) {
    case Verdict::Newer:
        return Database::tr("The data file %1 was written by a newer version of this app (schema %2; this "
                            "version knows %3). It was left untouched.")
            .arg(shownPath, QString::number(check.version), QString::number(Database::SchemaVersion));
    case Verdict::Busy:
        return Database::tr("The data file %1 is in use by another program (%2). It was left untouched.")
            .arg(shownPath, check.detail);
    case Verdict::CannotWrite:
        return Database::tr("The data file %1 cannot be written (%2). It was left untouched.")
            .arg(shownPath, check.detail);
    case Verdict::NoSqlite:
        return Database::tr("The data file %1 cannot be opened: SQLite is not available (%2).")
            .arg(shownPath, check.detail);
    case Verdict::Unusable:
        return Database::tr("The data file %1 cannot be used (%2). It was left untouched; the app checks it "
                            "in full and sets it aside when it starts.")
            .arg(shownPath, check.detail);
    case Verdict::Usable:
        break;
    }
    return Database::tr("The data file %1 cannot be created (%2).").arg(shownPath, check.detail);
}

} // namespace

Database::Database(QString connectionName)
    : m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    close();
}

Database::OpenResult Database::open(const QString& filePath, IntegrityCheck integrityCheck)
{
    const OpenResult result = openOrFallBack(filePath, integrityCheck);
    // Unknown counts as NORMAL, so that FlushedWrites still asks for FULL.
    m_baselineSynchronous = NormalSynchronous;
    QSqlQuery query(handle());
    if (result.ok && query.exec(QStringLiteral("PRAGMA synchronous")) && query.next())
        m_baselineSynchronous = query.value(0).toInt();
    return result;
}

Database::OpenResult Database::openOrFallBack(const QString& filePath, IntegrityCheck integrityCheck)
{
    close();
    OpenResult result;
    const auto fallBack = [this, &result, integrityCheck](const QString& problem) {
        result.message = problem + QLatin1Char(' ') + memoryOnlyNote();
        result.ok =
            openConnection(m_connectionName, InMemoryName, true, integrityCheck).verdict == Verdict::Usable;
        m_inMemory = result.ok;
        return result;
    };
    const auto openFile = [this, &filePath, integrityCheck] {
        // The audit trail is for the user's eyes only. SQLite creates a database file with the umask's
        // permissions and gives its -wal and -shm those of the database file, so the file is made
        // private before SQLite first opens it; files an earlier version left open (or a process that
        // died or still runs with the file open left there) are closed now.
        PrivateFiles::createFile(filePath);
        for (const QString& companion : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            PrivateFiles::restrict(filePath + companion);
        const Check check = openConnection(m_connectionName, filePath, false, integrityCheck);
        if (check.verdict == Verdict::Usable)
            m_filePath = filePath;
        return check;
    };

    if (filePath == InMemoryName) {
        result.ok =
            openConnection(m_connectionName, InMemoryName, true, integrityCheck).verdict == Verdict::Usable;
        m_inMemory = result.ok;
        return result;
    }
    const QString shownPath = QDir::toNativeSeparators(filePath);
    if (!PrivateFiles::makeFolder(QFileInfo(filePath).absolutePath()))
        return fallBack(tr("The folder for the data file %1 cannot be created.").arg(shownPath));

    const Check first = openFile();
    result.ok = first.verdict == Verdict::Usable;
    if (result.ok)
        return result;
    // A file found unusable is moved aside when the full check found it so, or the read-only look of
    // a lighter start (not a database, another program's, cut short): an attempt to use it that
    // failed may have touched the file, which needs the full check to judge.
    if (first.verdict != Verdict::Unusable || !QFileInfo::exists(filePath) ||
        (integrityCheck == IntegrityCheck::Skip && !first.byInspection))
        return fallBack(leftAloneProblem(first, shownPath));

    const MoveAside moved = moveAside(filePath);
    if (moved.target.isEmpty()) {
        return fallBack(
            tr("The data file %1 cannot be read (%2) and could not be moved aside; it was left where "
               "it is.")
                .arg(shownPath, first.detail));
    }
    result.movedAsidePath = moved.target;
    const QString shownMoved = QDir::toNativeSeparators(moved.target);
    if (!moved.complete) {
        return fallBack(
            tr("The data file %1 could not be read (%2). It was moved to %3, but its journal files "
               "(-wal, -shm) could not be moved with it, so no new data file was started.")
                .arg(shownPath, first.detail, shownMoved));
    }
    const Check fresh = openFile();
    if (fresh.verdict != Verdict::Usable) {
        return fallBack(tr("The data file %1 could not be read (%2). It was moved to %3, but a new data file "
                           "could not be created (%4).")
                            .arg(shownPath, first.detail, shownMoved, fresh.detail));
    }
    result.ok = true;
    result.message =
        tr("The data file %1 could not be read (%2). It was moved to %3 and kept there unchanged; "
           "a new, empty data file was started.")
            .arg(shownPath, first.detail, shownMoved);
    return result;
}

void Database::close()
{
    // Statements first: SQLite closes a connection only once none of its statements is left.
    m_statements.clear();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
            if (db.lastError().type() == QSqlError::ConnectionError)
                qWarning("Database: cannot close: %ls", qUtf16Printable(db.lastError().text()));
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_filePath.clear();
    m_inMemory = false;
}

QSqlQuery& Database::preparedQuery(const QString& sql)
{
    PreparedStatement& statement = m_statements[sql];
    // A statement that failed to prepare or to run is prepared afresh: Qt's SQLite driver may have
    // dropped it after the error, and it must not fail every later use.
    if (!statement.prepared || statement.query->lastError().type() != QSqlError::NoError) {
        statement.query = std::make_unique<QSqlQuery>(handle());
        statement.prepared = statement.query->prepare(sql);
    }
    return *statement.query;
}

int Database::baselineSynchronous() const
{
    return m_baselineSynchronous;
}

QSqlDatabase Database::handle() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && handle().isOpen();
}

bool Database::isInMemory() const
{
    return m_inMemory;
}

QString Database::filePath() const
{
    return m_filePath;
}

int Database::schemaVersion() const
{
    if (!isOpen())
        return 0;
    QSqlDatabase db = handle();
    QSqlError error;
    return userVersion(db, &error).value_or(0);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/extracta-batch-admin.sqlite3");
}

Transaction::Transaction(const QSqlDatabase& db)
    : m_db(db)
{
    // IMMEDIATE takes the write lock up front, so a concurrent writer makes us wait (busy timeout)
    // instead of failing half-way through the transaction.
    QSqlQuery query(m_db);
    // A transaction that never began must neither roll back (it could end someone else's) nor commit.
    m_done = !query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (m_done)
        qWarning("Database: cannot begin a transaction: %ls", qUtf16Printable(query.lastError().text()));
}

Transaction::~Transaction()
{
    if (!m_done) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

bool Transaction::isOpen() const
{
    return !m_done;
}

bool Transaction::commit()
{
    if (m_done)
        return false;
    QSqlQuery query(m_db);
    m_done = query.exec(QStringLiteral("COMMIT"));
    if (!m_done)
        qWarning("Database: cannot commit a transaction: %ls", qUtf16Printable(query.lastError().text()));
    return m_done;
}

FlushedWrites::FlushedWrites(Database& database)
    : m_database(database)
{
    if (m_database.baselineSynchronous() >= FullSynchronous)
        return;
    // Prepared once per connection: this runs before every deletion request.
    QSqlQuery& raise =
        m_database.preparedQuery(QStringLiteral("PRAGMA synchronous = %1").arg(FullSynchronous));
    m_raised = raise.exec();
    raise.finish();
    m_failed = !m_raised;
    if (m_failed)
        qWarning("Database: cannot ask for flushed commits: %ls", qUtf16Printable(raise.lastError().text()));
}

FlushedWrites::~FlushedWrites()
{
    if (!m_raised)
        return;
    QSqlQuery& restore = m_database.preparedQuery(
        QStringLiteral("PRAGMA synchronous = %1").arg(m_database.baselineSynchronous()));
    restore.exec();
    restore.finish();
}

bool FlushedWrites::isInForce() const
{
    return !m_failed;
}
