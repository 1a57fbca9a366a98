#include "teamuploader.h"

#include "core/storage/auditlog.h"
#include "teamconnection.h"
#include "teamschema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {

const auto TimeFormat = QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'");

QVariant timeValue(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(TimeFormat))
                          : QVariant(QMetaType::fromType<QString>());
}

QVariant numberValue(qint64 value)
{
    return value < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(value);
}

// One INSERT of `rows` rows of `columns` values, each row's placeholders as `rowPattern`.
QString multiRowInsert(const QString& head, const QString& rowPattern, qsizetype rows, const QString& tail)
{
    QStringList values(rows, rowPattern);
    return head + values.join(QLatin1Char(',')) + tail;
}

bool run(const QSqlDatabase& db, const QString& sql, const QVariantList& values, QString* error)
{
    QSqlQuery query(db);
    bool ok = query.prepare(sql);
    if (ok) {
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        ok = query.exec();
    }
    if (!ok && error)
        *error = query.lastError().databaseText().isEmpty() ? query.lastError().text()
                                                            : query.lastError().databaseText();
    return ok;
}

QString textOf(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

TeamUploader::TeamUploader(TeamOutbox& outbox, TeamConnection& connection)
    : m_outbox(outbox)
    , m_connection(connection)
{}

bool TeamUploader::send(const QList<TeamUpload>& uploads, QString* error)
{
    if (uploads.isEmpty())
        return true;
    QSqlDatabase db = m_connection.handle();
    QVariantList attempts;
    QVariantList outcomes;
    qsizetype outcomeRows = 0;
    for (const TeamUpload& upload : uploads) {
        const AuditEntry& e = upload.entry;
        const QString machine = e.machine.isEmpty() ? AuditLog::currentMachine() : e.machine;
        attempts << e.attemptId << timeValue(e.startedUtc) << textOf(e.osUser) << machine << textOf(e.host)
                 << textOf(e.connectionName) << textOf(e.classificationId) << textOf(e.classificationName)
                 << textOf(e.batchId)
                 << (e.fileCount < 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(e.fileCount));
        if (upload.withOutcome()) {
            outcomes << e.attemptId << textOf(e.outcome) << e.httpStatus << textOf(e.serverMessage)
                     << numberValue(e.durationMs) << timeValue(e.completedUtc);
            ++outcomeRows;
        }
    }
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    const QString attemptSql = multiRowInsert(
        QStringLiteral("INSERT INTO extracta.attempts (attempt_id, started_utc, os_user, machine, api_host,"
                       " connection, classification_id, classification_name, batch_id, file_count) VALUES "),
        QStringLiteral("(CAST(? AS uuid), CAST(? AS timestamptz), ?, ?, ?, ?, ?, ?, ?, CAST(? AS integer))"),
        uploads.size(), QStringLiteral(" ON CONFLICT (attempt_id) DO NOTHING"));
    const QString outcomeSql = multiRowInsert(
        QStringLiteral("INSERT INTO extracta.outcomes (attempt_id, outcome, http_status, server_message,"
                       " duration_ms, completed_utc) VALUES "),
        QStringLiteral(
            "(CAST(? AS uuid), ?, CAST(? AS integer), ?, CAST(? AS bigint), CAST(? AS timestamptz))"),
        outcomeRows, QStringLiteral(" ON CONFLICT (attempt_id, outcome) DO NOTHING"));
    if (!run(db, attemptSql, attempts, error) || (outcomeRows > 0 && !run(db, outcomeSql, outcomes, error))) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().databaseText().isEmpty() ? db.lastError().text()
                                                             : db.lastError().databaseText();
        return false;
    }
    return true;
}

TeamSyncResult TeamUploader::uploadPending()
{
    TeamSyncResult result;
    if (!m_connection.isOpen() && !m_connection.open()) {
        result.error = m_connection.errorMessage();
        result.pending = m_outbox.pendingCount();
        return result;
    }
    QString error;
    const int version = TeamSchema::installedVersion(m_connection.handle(), &error);
    if (version < 0)
        m_connection.noteFailure(error);
    // A statement that failed because the server went away leaves it unreachable, not refusing.
    result.reachable = version >= 0 || !m_connection.isBroken();
    if (version != TeamSchema::Version) {
        result.error = version < 0 ? m_connection.errorMessage()
                                   : TeamSchema::problemWith(version, m_connection.address().displayName());
        result.pending = m_outbox.pendingCount();
        return result;
    }
    // Each lot marks what it uploaded, so the pending entries run out; the bound only guards against
    // marks that would not stick.
    int lotsLeft = m_outbox.pendingCount() / EntriesPerTransaction + 10;
    while (lotsLeft-- > 0) {
        const QList<TeamUpload> lot = m_outbox.pending(EntriesPerTransaction);
        if (lot.isEmpty())
            break;
        if (!send(lot, &error)) {
            m_connection.noteFailure(error);
            result.error = m_connection.errorMessage();
            result.reachable = !m_connection.isBroken();
            break;
        }
        if (!m_outbox.markUploaded(lot)) {
            result.error = tr("The uploaded entries could not be marked in this desk's audit file; they "
                              "will be uploaded again, which adds nothing twice.");
            break;
        }
        result.uploaded += int(lot.size());
    }
    result.pending = m_outbox.pendingCount();
    return result;
}
