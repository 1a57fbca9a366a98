#include "auditlog.h"

#include "core/platform/osaccount.h"
#include "core/text/csv.h"
#include "database.h"

#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QSysInfo>
#include <QUuid>
#include <QVariant>

#include <algorithm>

namespace {

const auto TimeFormat = QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'");
const auto EntryColumns =
    QStringLiteral("id, started_utc, os_user, host, classification_id, classification_name, "
                   "batch_id, file_count, outcome, http_status, server_message, duration_ms, "
                   "completed_utc, connection_id, connection, attempt_id, machine");

// Fixed-width UTC ISO 8601 with milliseconds: text order is time order, so date ranges are plain
// comparisons in SQL.
QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(TimeFormat);
}

QDateTime timeFrom(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// No connection is NULL (a nullable column): never an id that could be taken for one.
QVariant optionalText(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QVariant optionalNumber(qint64 value)
{
    return value < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(value);
}

bool run(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (query.exec())
        return true;
    qWarning("AuditLog: %ls", qUtf16Printable(query.lastError().text()));
    return false;
}

AuditEntry entryFrom(const QSqlQuery& query)
{
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.startedUtc = timeFrom(query.value(1));
    entry.osUser = query.value(2).toString();
    entry.host = query.value(3).toString();
    entry.classificationId = query.value(4).toString();
    entry.classificationName = query.value(5).toString();
    entry.batchId = query.value(6).toString();
    entry.fileCount = query.value(7).isNull() ? -1 : query.value(7).toInt();
    entry.outcome = query.value(8).toString();
    entry.httpStatus = query.value(9).toInt();
    entry.serverMessage = query.value(10).toString();
    entry.durationMs = query.value(11).isNull() ? -1 : query.value(11).toLongLong();
    entry.completedUtc = timeFrom(query.value(12));
    entry.connectionId = query.value(13).toString();
    entry.connectionName = query.value(14).toString();
    entry.attemptId = query.value(15).toString();
    entry.machine = query.value(16).toString();
    return entry;
}

bool matchesText(const AuditEntry& entry, const QString& needle)
{
    // The connection's name, never its id, which is for the program only.
    const QString fields[] = {
        entry.classificationId, entry.batchId, entry.classificationName, entry.host, entry.connectionName,
        entry.osUser,           entry.machine, entry.serverMessage};
    return std::any_of(std::cbegin(fields), std::cend(fields), [&needle](const QString& field) {
        return field.contains(needle, Qt::CaseInsensitive);
    });
}

QString csvTime(const QDateTime& time)
{
    return time.isValid() ? timeText(time) : QString();
}

QString csvNumber(qint64 value, qint64 unknownBelow)
{
    return value < unknownBelow ? QString() : QString::number(value);
}

} // namespace

AuditLog::AuditLog(Database& database)
    : m_database(database)
{}

bool AuditLog::keepsRecordsOnDisk() const
{
    return m_database.isOpen() && !m_database.isInMemory();
}

qint64 AuditLog::recordSent(const AuditEntry& entry)
{
    const QList<qint64> ids = recordSent(QList<AuditEntry>{entry});
    return ids.isEmpty() ? -1 : ids.first();
}

QList<qint64> AuditLog::recordSent(const QList<AuditEntry>& entries)
{
    if (entries.isEmpty() || !keepsRecordsOnDisk() || !holdSession())
        return {};
    // On the disk before the requests leave: not even a power failure may lose an attempt. The
    // completion needs no such wait: lost, it leaves the entry "sent", which reads "unknown".
    const FlushedWrites flushed(m_database);
    if (!flushed.isInForce())
        return {};
    // One statement is its own transaction (SQLite's autocommit): one entry needs no other.
    std::optional<Transaction> transaction;
    if (entries.size() > 1 && !transaction.emplace(m_database.handle()).isOpen())
        return {};
    QSqlQuery& insert = m_database.preparedQuery(
        QStringLiteral("INSERT INTO audit (started_utc, os_user, host, classification_id,"
                       " classification_name, batch_id, file_count, outcome, session, connection_id,"
                       " connection, attempt_id, machine) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QList<qint64> ids;
    ids.reserve(entries.size());
    for (const AuditEntry& entry : entries) {
        const QDateTime started =
            entry.startedUtc.isValid() ? entry.startedUtc : QDateTime::currentDateTimeUtc();
        const QString user = entry.osUser.isEmpty() ? currentOsUser() : entry.osUser;
        const QString attemptId =
            entry.attemptId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : entry.attemptId;
        const QString machine = entry.machine.isEmpty() ? currentMachine() : entry.machine;
        if (!run(insert, {timeText(started), user, text(entry.host), text(entry.classificationId),
                          text(entry.classificationName), text(entry.batchId),
                          optionalNumber(entry.fileCount), SentOutcome, m_session.id(),
                          optionalText(entry.connectionId), text(entry.connectionName), attemptId, machine}))
            return {};
        const QVariant id = insert.lastInsertId();
        insert.finish();
        if (!id.isValid())
            return {};
        ids.append(id.toLongLong());
    }
    if (transaction && !transaction->commit())
        return {};
    return ids;
}

bool AuditLog::holdSession()
{
    const QString folder = sessionFolder();
    if (m_session.isHeld() && m_session.folder() == folder)
        return true;
    if (m_session.acquire(folder))
        return true;
    qWarning("AuditLog: cannot start a session in %ls: nothing is recorded", qUtf16Printable(folder));
    return false;
}

QString AuditLog::sessionFolder() const
{
    return QFileInfo(m_database.filePath()).absolutePath() + QStringLiteral("/sessions");
}

bool AuditLog::recordCompleted(qint64 id, const QString& outcome, int httpStatus,
                               const QString& serverMessage, qint64 durationMs)
{
    return recordCompleted(QList<AuditCompletion>{{id, outcome, httpStatus, serverMessage, durationMs}}) == 1;
}

int AuditLog::recordCompleted(const QList<AuditCompletion>& completions)
{
    if (completions.isEmpty())
        return 0;
    std::optional<Transaction> transaction;
    if (completions.size() > 1 && !transaction.emplace(m_database.handle()).isOpen())
        return 0;
    // "unknown" is accepted too: another opener may have taken this process for gone while it waited
    // for the answer (its session's file vanished, or an older version of the app marked every open
    // entry), and the real outcome is still better than that guess. An entry is completed once only
    // (completed_utc is set then). An "unknown" already in the team trail is followed there by the
    // real outcome (team_done = 0: to upload).
    QSqlQuery& update = m_database.preparedQuery(
        QStringLiteral("UPDATE audit SET outcome = ?, http_status = ?, server_message = ?,"
                       " duration_ms = ?, completed_utc = ?, team_done = 0"
                       " WHERE id = ? AND outcome IN (?, ?) AND completed_utc IS NULL"));
    const QString completed = timeText(QDateTime::currentDateTimeUtc());
    int changed = 0;
    for (const AuditCompletion& done : completions) {
        if (!run(update, {text(done.outcome), done.httpStatus, text(done.serverMessage),
                          optionalNumber(done.durationMs), completed, done.id, SentOutcome, UnknownOutcome}))
            return 0;
        changed += update.numRowsAffected() == 1 ? 1 : 0;
        update.finish();
    }
    if (transaction && !transaction->commit())
        return 0;
    if (changed > 0 && m_completionListener)
        m_completionListener();
    return changed;
}

void AuditLog::setCompletionListener(std::function<void()> listener)
{
    m_completionListener = std::move(listener);
}

int AuditLog::markAbandonedAsUnknown()
{
    if (!keepsRecordsOnDisk())
        return 0;
    const QSqlDatabase db = m_database.handle();
    // 'sent' as a literal: only then can SQLite use the index of open entries (a partial index).
    QStringList ended;
    bool unowned = false;
    {
        QSqlQuery open(db);
        open.setForwardOnly(true);
        if (!open.exec(QStringLiteral("SELECT DISTINCT session FROM audit WHERE outcome = 'sent'"))) {
            qWarning("AuditLog: %ls", qUtf16Printable(open.lastError().text()));
            return 0;
        }
        const QString folder = sessionFolder();
        while (open.next()) {
            const QVariant session = open.value(0);
            if (session.isNull())
                unowned = true;
            else if (session.toString() != m_session.id() &&
                     SessionLock::hasEnded(folder, session.toString()))
                ended << session.toString();
        }
    }
    if (!unowned && ended.isEmpty())
        return 0;

    QStringList owners;
    if (unowned)
        owners << QStringLiteral("session IS NULL");
    if (!ended.isEmpty()) {
        QStringList marks(ended.size(), QStringLiteral("?"));
        owners << QStringLiteral("session IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    Transaction transaction(db);
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE audit SET outcome = ? WHERE outcome = 'sent' AND (%1)")
                       .arg(owners.join(QStringLiteral(" OR "))));
    QVariantList values{UnknownOutcome};
    for (const QString& session : std::as_const(ended))
        values << session;
    if (!run(update, values))
        return 0;
    const int changed = update.numRowsAffected();
    return transaction.commit() ? changed : 0;
}

int AuditLog::adoptLegacyEntries(const QString& legacyHost, const QString& connectionId,
                                 const QString& connectionName)
{
    if (legacyHost.isEmpty() || connectionId.isEmpty() || !m_database.isOpen())
        return 0;
    // "connection_id IS NULL" as written: only then can SQLite use the index of the entries in no
    // connection (a partial index), which holds nothing once they are adopted.
    QSqlQuery& update = m_database.preparedQuery(QStringLiteral(
        "UPDATE audit SET connection_id = ?, connection = ? WHERE connection_id IS NULL AND host = ?"));
    if (!run(update, {connectionId, text(connectionName), legacyHost}))
        return 0;
    const int changed = update.numRowsAffected();
    update.finish();
    return std::max(changed, 0);
}

namespace {

// The SQL conditions of a filter (its text is matched afterwards, see selectEntries()).
struct Conditions
{
    QStringList sql;
    QVariantList values;
};

Conditions conditionsOf(const AuditFilter& filter)
{
    Conditions where;
    QStringList& conditions = where.sql;
    QVariantList& values = where.values;
    if (filter.fromUtc.isValid()) {
        conditions << QStringLiteral("started_utc >= ?");
        values << timeText(filter.fromUtc);
    }
    if (filter.toUtc.isValid()) {
        conditions << QStringLiteral("started_utc < ?");
        values << timeText(filter.toUtc);
    }
    if (!filter.outcome.isEmpty()) {
        conditions << QStringLiteral("outcome = ?");
        values << filter.outcome;
    }
    if (!filter.host.isEmpty()) {
        conditions << QStringLiteral("host = ?");
        values << filter.host;
    }
    if (!filter.connectionId.isEmpty()) {
        conditions << QStringLiteral("connection_id = ?");
        values << filter.connectionId;
    }
    return where;
}

// The entries passing `filter` and `extra` (more conditions), newest first.
QList<AuditEntry> selectEntries(const QSqlDatabase& db, const AuditFilter& filter, const Conditions& extra)
{
    Conditions where = conditionsOf(filter);
    where.sql += extra.sql;
    where.values += extra.values;
    QString sql = QStringLiteral("SELECT %1 FROM audit").arg(EntryColumns);
    if (!where.sql.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.sql.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY started_utc DESC, id DESC");

    QSqlQuery query(db);
    query.setForwardOnly(true);
    QList<AuditEntry> result;
    if (!query.prepare(sql) || !run(query, where.values))
        return result;
    // Text is matched here rather than with SQL LIKE, which folds the case of ASCII letters only.
    const QString needle = filter.text.trimmed();
    while (query.next()) {
        AuditEntry entry = entryFrom(query);
        if (needle.isEmpty() || matchesText(entry, needle))
            result << std::move(entry);
    }
    return result;
}

// "id IN (?, ?, …)" for at most this many ids per statement (SQLite bounds the parameters).
constexpr qsizetype IdsPerStatement = 500;

Conditions idsIn(const QList<qint64>& ids)
{
    Conditions where;
    QStringList marks;
    for (const qint64 id : ids) {
        marks << QStringLiteral("?");
        where.values << id;
    }
    where.sql << QStringLiteral("id IN (%1)").arg(marks.join(QLatin1Char(',')));
    return where;
}

} // namespace

QList<AuditEntry> AuditLog::entries(const AuditFilter& filter) const
{
    return selectEntries(m_database.handle(), filter, {});
}

QList<AuditEntry> AuditLog::entriesWithIds(const QList<qint64>& ids) const
{
    QList<AuditEntry> result;
    for (qsizetype i = 0; i < ids.size(); i += IdsPerStatement)
        result += selectEntries(m_database.handle(), {}, idsIn(ids.mid(i, IdsPerStatement)));
    std::sort(result.begin(), result.end(),
              [](const AuditEntry& a, const AuditEntry& b) { return a.id < b.id; });
    return result;
}

AuditCursor AuditLog::cursor() const
{
    AuditCursor cursor;
    QSqlQuery query(m_database.handle());
    query.setForwardOnly(true);
    if (query.prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit")) && run(query, {}) &&
        query.next())
        cursor.lastId = query.value(0).toLongLong();
    QSqlQuery open(m_database.handle());
    open.setForwardOnly(true);
    if (open.prepare(QStringLiteral("SELECT id FROM audit WHERE outcome = ? AND id <= ?")) &&
        run(open, {SentOutcome, cursor.lastId})) {
        while (open.next())
            cursor.openIds << open.value(0).toLongLong();
    }
    return cursor;
}

AuditChanges AuditLog::changesSince(AuditCursor& cursor, const AuditFilter& filter) const
{
    const QSqlDatabase db = m_database.handle();
    // Which entries changed, whatever the filter: those added since, and those open then (an
    // answer may have come, or another opener may have marked them "unknown").
    QList<qint64> changed;
    AuditCursor next;
    next.lastId = cursor.lastId;
    const auto readIds = [&](const Conditions& where) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.prepare(QStringLiteral("SELECT id, outcome FROM audit WHERE ") +
                           where.sql.join(QString())) ||
            !run(query, where.values))
            return;
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            changed << id;
            next.lastId = std::max(next.lastId, id);
            if (query.value(1).toString() == SentOutcome)
                next.openIds << id;
        }
    };
    const Conditions added{{QStringLiteral("id > ?")}, {cursor.lastId}};
    readIds(added);
    for (qsizetype i = 0; i < cursor.openIds.size(); i += IdsPerStatement)
        readIds(idsIn(cursor.openIds.mid(i, IdsPerStatement)));

    AuditChanges changes;
    changes.shown = selectEntries(db, filter, added);
    for (qsizetype i = 0; i < cursor.openIds.size(); i += IdsPerStatement)
        changes.shown += selectEntries(db, filter, idsIn(cursor.openIds.mid(i, IdsPerStatement)));
    // No entry ever leaves the trail, so each changed one is either shown or hidden: hidden when the
    // filter does not pass it. (Each is read once: those added lie above the cursor, the open ones
    // at or below it.)
    QSet<qint64> shown;
    for (const AuditEntry& entry : std::as_const(changes.shown))
        shown.insert(entry.id);
    for (const qint64 id : std::as_const(changed)) {
        if (!shown.contains(id))
            changes.hidden << id;
    }
    cursor = next;
    return changes;
}

std::optional<AuditEntry> AuditLog::entry(qint64 id) const
{
    QSqlQuery query(m_database.handle());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM audit WHERE id = ?").arg(EntryColumns));
    if (!run(query, {id}) || !query.next())
        return std::nullopt;
    return entryFrom(query);
}

QString AuditLog::toCsv(const QList<AuditEntry>& entries)
{
    QString csv = Csv::row(
        {QStringLiteral("started_utc"), QStringLiteral("completed_utc"), QStringLiteral("os_user"),
         QStringLiteral("machine"), QStringLiteral("host"), QStringLiteral("connection"),
         QStringLiteral("classification_id"), QStringLiteral("classification_name"),
         QStringLiteral("batch_id"), QStringLiteral("file_count"), QStringLiteral("outcome"),
         QStringLiteral("http_status"), QStringLiteral("server_message"), QStringLiteral("duration_ms")});
    for (const AuditEntry& entry : entries) {
        csv +=
            Csv::row({csvTime(entry.startedUtc), csvTime(entry.completedUtc), entry.osUser, entry.machine,
                      entry.host, entry.connectionName, entry.classificationId, entry.classificationName,
                      entry.batchId, csvNumber(entry.fileCount, 0), entry.outcome,
                      csvNumber(entry.httpStatus, 1), entry.serverMessage, csvNumber(entry.durationMs, 0)});
    }
    return csv;
}

QString AuditLog::currentOsUser()
{
    // Looked up once: the password database may be a directory service on the network.
    static const QString account = [] {
        const QString name = OsAccount::name();
        const QString shown = name.isEmpty() ? OsAccount::numericId() : name;
        return shown.isEmpty() ? QStringLiteral("unknown") : shown;
    }();
    const char* variable = OsAccount::environmentVariable();
    return osUserText(account, QString::fromLatin1(variable), qEnvironmentVariable(variable));
}

QString AuditLog::currentMachine()
{
    static const QString machine = [] {
        const QString name = QSysInfo::machineHostName();
        return name.isEmpty() ? QStringLiteral("unknown") : name;
    }();
    return machine;
}

QString AuditLog::osUserText(const QString& account, const QString& variable, const QString& claimed)
{
    constexpr qsizetype MaxClaimLength = 64;
    QString claim = claimed.trimmed();
    if (claim.isEmpty() || claim == account)
        return account;
    // Whatever the variable holds, the record stays one line of visible text.
    for (QChar& c : claim) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char('?');
    }
    if (claim.size() > MaxClaimLength)
        claim = claim.left(MaxClaimLength) + QChar(0x2026);
    return QStringLiteral("%1 (%2 says %3)").arg(account, variable, claim);
}
