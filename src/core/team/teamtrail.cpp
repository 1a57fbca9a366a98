#include "teamtrail.h"

#include "core/text/servertext.h"
#include "teamconnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// Bounds on what one row may bring, whatever another desk (or whoever can write there) put in it.
constexpr int ShortText = 256;
constexpr int LongText = 2000;

QString bounded(const char* column, int length)
{
    return QStringLiteral("left(%1, %2)").arg(QLatin1String(column)).arg(length);
}

// A time read as UTC text (utcText()), so that neither the session's time zone nor the driver's
// reading of offsets can shift it.
QDateTime utc(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QString utcText(const char* column)
{
    return QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
        .arg(QLatin1String(column));
}

bool exec(TeamConnection& connection, QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (!query.prepare(sql)) {
        connection.noteFailure(query.lastError().databaseText().isEmpty() ? query.lastError().text()
                                                                          : query.lastError().databaseText());
        return false;
    }
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (query.exec())
        return true;
    connection.noteFailure(query.lastError().databaseText().isEmpty() ? query.lastError().text()
                                                                      : query.lastError().databaseText());
    return false;
}

} // namespace

QString TeamDeletion::byWhom() const
{
    return ServerText::oneLine(osUser, 64) + QLatin1Char('@') + ServerText::oneLine(machine, 64);
}

TeamTrail::TeamTrail(TeamConnection& connection)
    : m_connection(connection)
{}

QList<AuditEntry> TeamTrail::entries(const AuditFilter& filter, int limit, bool* ok)
{
    QStringList where;
    QVariantList values;
    if (filter.fromUtc.isValid()) {
        where << QStringLiteral("started_utc >= CAST(? AS timestamptz)");
        values << filter.fromUtc.toUTC().toString(Qt::ISODateWithMs);
    }
    if (filter.toUtc.isValid()) {
        where << QStringLiteral("started_utc < CAST(? AS timestamptz)");
        values << filter.toUtc.toUTC().toString(Qt::ISODateWithMs);
    }
    if (!filter.outcome.isEmpty()) {
        where << QStringLiteral("outcome = ?");
        values << filter.outcome;
    }
    if (!filter.host.isEmpty()) {
        where << QStringLiteral("api_host = ?");
        values << filter.host;
    }
    const QString needle = filter.text.trimmed();
    if (!needle.isEmpty()) {
        QStringList fields;
        for (const char* column : {"classification_id", "batch_id", "classification_name", "api_host",
                                   "connection", "os_user", "machine", "server_message"}) {
            fields << QStringLiteral("strpos(lower(%1), lower(?)) > 0").arg(QLatin1String(column));
            values << needle;
        }
        where << QLatin1Char('(') + fields.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    const QString sql =
        QStringLiteral("SELECT CAST(attempt_id AS text), %11, %1, %2, %3, %4, %5, %6, %7, file_count,"
                       " %8, http_status, %9, duration_ms, %12 FROM extracta.trail%10"
                       " ORDER BY started_utc DESC, attempt_id LIMIT ?")
            .arg(bounded("os_user", ShortText), bounded("machine", ShortText), bounded("api_host", ShortText),
                 bounded("connection", ShortText), bounded("classification_id", ShortText),
                 bounded("classification_name", ShortText), bounded("batch_id", ShortText),
                 bounded("outcome", ShortText), bounded("server_message", LongText))
            .arg(where.isEmpty() ? QString()
                                 : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")),
                 utcText("started_utc"), utcText("completed_utc"));
    values << limit;
    QSqlQuery query(m_connection.handle());
    query.setForwardOnly(true);
    QList<AuditEntry> result;
    const bool read = exec(m_connection, query, sql, values);
    if (ok)
        *ok = read;
    qint64 row = 0;
    while (read && query.next()) {
        AuditEntry entry;
        entry.id = ++row;
        entry.attemptId = query.value(0).toString();
        entry.startedUtc = utc(query.value(1));
        entry.osUser = query.value(2).toString();
        entry.machine = query.value(3).toString();
        entry.host = query.value(4).toString();
        entry.connectionName = query.value(5).toString();
        entry.classificationId = query.value(6).toString();
        entry.classificationName = query.value(7).toString();
        entry.batchId = query.value(8).toString();
        entry.fileCount = query.value(9).isNull() ? -1 : query.value(9).toInt();
        entry.outcome = query.value(10).toString();
        entry.httpStatus = query.value(11).toInt();
        entry.serverMessage = query.value(12).toString();
        entry.durationMs = query.value(13).isNull() ? -1 : query.value(13).toLongLong();
        entry.completedUtc = utc(query.value(14));
        result << std::move(entry);
    }
    return result;
}

QHash<QString, TeamDeletion> TeamTrail::deletions(const QString& apiHost, const QString& classificationId,
                                                  const QStringList& batchIds, bool* ok)
{
    QHash<QString, TeamDeletion> found;
    if (ok)
        *ok = true;
    if (batchIds.isEmpty())
        return found;
    // Asked as one array parameter, so that the statement is the same whatever the number of batches.
    QStringList quoted;
    for (const QString& id : batchIds)
        quoted << QLatin1Char('"') +
                      QString(id)
                          .replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                          .replace(QLatin1Char('"'), QStringLiteral("\\\"")) +
                      QLatin1Char('"');
    QSqlQuery query(m_connection.handle());
    query.setForwardOnly(true);
    const bool read = exec(
        m_connection, query,
        QStringLiteral("SELECT DISTINCT ON (batch_id) batch_id, %1, %2, %3"
                       " FROM extracta.trail WHERE api_host = ? AND classification_id = ?"
                       " AND outcome = 'succeeded' AND batch_id = ANY (CAST(? AS text[]))"
                       " ORDER BY batch_id, started_utc DESC")
            .arg(bounded("os_user", ShortText), bounded("machine", ShortText),
                 utcText("coalesce(completed_utc, started_utc)")),
        {apiHost, classificationId, QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}')});
    if (ok)
        *ok = read;
    while (read && query.next()) {
        TeamDeletion deletion;
        deletion.batchId = query.value(0).toString();
        deletion.osUser = query.value(1).toString();
        deletion.machine = query.value(2).toString();
        deletion.whenUtc = utc(query.value(3));
        found.insert(deletion.batchId, deletion);
    }
    return found;
}
