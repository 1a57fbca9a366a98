#include "teamoutbox.h"

#include "core/storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// The entries with something to upload; written so that SQLite can use the partial index
// audit_team_pending. An attempt in the trail whose answer has not come has nothing to upload yet,
// and the demo sandbox's deletions are no one's business but this desk's.
const auto PendingCondition = QStringLiteral(
    "(team_sent = 0 OR team_done = 0) AND NOT (team_sent = 1 AND outcome = 'sent') AND host <> 'demo'");
const auto MarkName = QStringLiteral("uploaded_to");

bool exec(QSqlQuery& query, const QVariantList& values = {})
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (query.exec())
        return true;
    qWarning("TeamOutbox: %ls", qUtf16Printable(query.lastError().text()));
    return false;
}

} // namespace

TeamOutbox::TeamOutbox(Database& database, QString teamDatabase)
    : m_database(database)
    , m_teamDatabase(std::move(teamDatabase))
{}

bool TeamOutbox::adoptTeamDatabase()
{
    if (m_adopted)
        return true;
    const QSqlDatabase db = m_database.handle();
    QSqlQuery read(db);
    if (!read.prepare(QStringLiteral("SELECT value FROM team_state WHERE name = ?")) ||
        !exec(read, {MarkName}))
        return false;
    if (read.next() && read.value(0).toString() == m_teamDatabase) {
        m_adopted = true;
        return true;
    }
    read.finish();
    Transaction transaction(db);
    QSqlQuery reset(db);
    QSqlQuery mark(db);
    if (!transaction.isOpen() ||
        !reset.exec(QStringLiteral(
            "UPDATE audit SET team_sent = 0, team_done = 0 WHERE team_sent = 1 OR team_done = 1")) ||
        !mark.prepare(QStringLiteral("INSERT OR REPLACE INTO team_state (name, value) VALUES (?, ?)")) ||
        !exec(mark, {MarkName, m_teamDatabase}) || !transaction.commit())
        return false;
    m_adopted = true;
    return true;
}

int TeamOutbox::pendingCount()
{
    if (!m_database.isOpen())
        return 0;
    QSqlQuery query(m_database.handle());
    if (!m_adopted) {
        // Not yet adopted: against another team database, every entry is to go.
        QSqlQuery read(m_database.handle());
        if (read.prepare(QStringLiteral("SELECT value FROM team_state WHERE name = ?")) &&
            exec(read, {MarkName}) && (!read.next() || read.value(0).toString() != m_teamDatabase)) {
            read.finish();
            return query.exec(QStringLiteral("SELECT count(*) FROM audit WHERE host <> 'demo'")) &&
                           query.next()
                       ? query.value(0).toInt()
                       : 0;
        }
    }
    if (!query.exec(QStringLiteral("SELECT count(*) FROM audit WHERE ") + PendingCondition) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QList<TeamUpload> TeamOutbox::pending(int limit)
{
    if (!m_database.isOpen() || !adoptTeamDatabase())
        return {};
    QSqlQuery query(m_database.handle());
    query.setForwardOnly(true);
    QList<qint64> ids;
    if (!query.prepare(
            QStringLiteral("SELECT id FROM audit WHERE %1 ORDER BY id LIMIT ?").arg(PendingCondition)) ||
        !exec(query, {limit}))
        return {};
    while (query.next())
        ids << query.value(0).toLongLong();
    query.finish();
    QList<TeamUpload> uploads;
    const QList<AuditEntry> entries = AuditLog(m_database).entriesWithIds(ids);
    uploads.reserve(entries.size());
    for (const AuditEntry& entry : entries)
        uploads.append(TeamUpload{entry});
    return uploads;
}

bool TeamOutbox::markUploaded(const QList<TeamUpload>& uploaded)
{
    if (uploaded.isEmpty())
        return true;
    const QSqlDatabase db = m_database.handle();
    Transaction transaction(db);
    QSqlQuery& sent = m_database.preparedQuery(QStringLiteral("UPDATE audit SET team_sent = 1 WHERE id = ?"));
    QSqlQuery& done = m_database.preparedQuery(
        QStringLiteral("UPDATE audit SET team_done = 1 WHERE id = ? AND outcome = ?"));
    if (!transaction.isOpen())
        return false;
    for (const TeamUpload& upload : uploaded) {
        if (!exec(sent, {upload.entry.id}))
            return false;
        sent.finish();
        if (upload.withOutcome()) {
            if (!exec(done, {upload.entry.id, upload.entry.outcome}))
                return false;
            done.finish();
        }
    }
    return transaction.commit();
}
