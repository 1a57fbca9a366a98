#include "teamschema.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// Chosen once for this app; the same number in every desk's `team init`.
constexpr qint64 MigrationLockKey = 0x4542412d7465616d; // "EBA-team"

// 1: attempts and outcomes, append-only.
QStringList schemaStep1()
{
    return {
        QStringLiteral("CREATE SCHEMA IF NOT EXISTS extracta"),
        QStringLiteral("CREATE TABLE extracta.schema_version ("
                       " version integer PRIMARY KEY,"
                       " applied_utc timestamptz NOT NULL DEFAULT now(),"
                       " applied_by text NOT NULL DEFAULT session_user)"),
        QStringLiteral("CREATE TABLE extracta.attempts ("
                       " attempt_id uuid PRIMARY KEY,"
                       " started_utc timestamptz NOT NULL,"
                       " os_user text NOT NULL,"
                       " machine text NOT NULL,"
                       " api_host text NOT NULL,"
                       " connection text NOT NULL DEFAULT '',"
                       " classification_id text NOT NULL,"
                       " classification_name text NOT NULL DEFAULT '',"
                       " batch_id text NOT NULL,"
                       " file_count integer,"
                       " uploaded_utc timestamptz NOT NULL DEFAULT now(),"
                       " uploaded_by text NOT NULL DEFAULT session_user)"),
        QStringLiteral("CREATE TABLE extracta.outcomes ("
                       " attempt_id uuid NOT NULL REFERENCES extracta.attempts (attempt_id),"
                       " outcome text NOT NULL,"
                       " http_status integer NOT NULL DEFAULT 0,"
                       " server_message text NOT NULL DEFAULT '',"
                       " duration_ms bigint,"
                       " completed_utc timestamptz,"
                       " uploaded_utc timestamptz NOT NULL DEFAULT now(),"
                       " uploaded_by text NOT NULL DEFAULT session_user,"
                       " PRIMARY KEY (attempt_id, outcome))"),
    };
}

// 2: reading the trail: each attempt with its latest outcome (an "unknown" counts only while no
// real outcome followed), and indexes for the newest entries and for the batches a desk looks up.
QStringList schemaStep2()
{
    return {
        QStringLiteral("CREATE INDEX attempts_by_started ON extracta.attempts (started_utc DESC)"),
        QStringLiteral(
            "CREATE INDEX attempts_by_batch ON extracta.attempts (api_host, classification_id, batch_id)"),
        QStringLiteral("CREATE VIEW extracta.trail AS"
                       " SELECT a.attempt_id, a.started_utc, a.os_user, a.machine, a.api_host, a.connection,"
                       " a.classification_id, a.classification_name, a.batch_id, a.file_count,"
                       " coalesce(o.outcome, 'sent') AS outcome, coalesce(o.http_status, 0) AS http_status,"
                       " coalesce(o.server_message, '') AS server_message, o.duration_ms, o.completed_utc,"
                       " a.uploaded_by"
                       " FROM extracta.attempts a LEFT JOIN LATERAL ("
                       " SELECT * FROM extracta.outcomes x WHERE x.attempt_id = a.attempt_id"
                       " ORDER BY (x.outcome = 'unknown'), x.uploaded_utc DESC LIMIT 1) o ON true"),
    };
}

const QList<QStringList>& steps()
{
    static const QList<QStringList> all = {schemaStep1(), schemaStep2()};
    return all;
}

QString errorText(const QSqlError& error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}

// Run as it is (PostgreSQL cannot prepare DDL), or prepared when it has values.
bool exec(const QSqlDatabase& db, const QString& sql, QString* error, const QVariantList& values = {})
{
    QSqlQuery query(db);
    bool ok = false;
    if (values.isEmpty()) {
        ok = query.exec(sql);
    } else if (query.prepare(sql)) {
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        ok = query.exec();
    }
    if (!ok && error)
        *error = errorText(query.lastError());
    return ok;
}

} // namespace

namespace TeamSchema {

int installedVersion(const QSqlDatabase& db, QString* error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('extracta.schema_version') IS NOT NULL"))) {
        if (error)
            *error = errorText(query.lastError());
        return -1;
    }
    if (!query.next() || !query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM extracta.schema_version")) ||
        !query.next()) {
        if (error)
            *error = errorText(query.lastError());
        return -1;
    }
    return query.value(0).toInt();
}

Migration migrate(const QSqlDatabase& db, int targetVersion)
{
    Migration result;
    QSqlDatabase handle = db;
    // The lock for the whole session: released when it ends, or below.
    if (!exec(db, QStringLiteral("SELECT pg_advisory_lock(?)"), &result.error, {MigrationLockKey}))
        return result;
    const auto unlock = qScopeGuard(
        [&db] { exec(db, QStringLiteral("SELECT pg_advisory_unlock(?)"), nullptr, {MigrationLockKey}); });
    result.fromVersion = installedVersion(db, &result.error);
    result.toVersion = result.fromVersion;
    if (result.fromVersion < 0)
        return result;
    if (result.fromVersion > Version) {
        result.error = problemWith(result.fromVersion, db.databaseName());
        return result;
    }
    for (int version = result.fromVersion + 1; version <= targetVersion; ++version) {
        if (!handle.transaction()) {
            result.error = errorText(handle.lastError());
            return result;
        }
        QStringList statements = steps().at(version - 1);
        statements
            << QStringLiteral("INSERT INTO extracta.schema_version (version) VALUES (%1)").arg(version);
        for (const QString& sql : std::as_const(statements)) {
            if (!exec(db, sql, &result.error)) {
                handle.rollback();
                return result;
            }
        }
        if (!handle.commit()) {
            result.error = errorText(handle.lastError());
            return result;
        }
        result.toVersion = version;
    }
    result.ok = true;
    return result;
}

QString problemWith(int installedVersion, const QString& databaseName)
{
    if (installedVersion == Version)
        return {};
    if (installedVersion == 0)
        return QCoreApplication::translate("TeamSchema",
                                           "The team database %1 has no team trail yet: its owner "
                                           "runs `extracta-batch team init` there first.")
            .arg(databaseName);
    if (installedVersion < Version)
        return QCoreApplication::translate("TeamSchema",
                                           "The team database %1 has the team trail of an older "
                                           "version (%2): its owner runs `extracta-batch team "
                                           "init` there to update it.")
            .arg(databaseName)
            .arg(installedVersion);
    return QCoreApplication::translate("TeamSchema",
                                       "The team database %1 has schema version %2, newer than "
                                       "this version of Extracta Batch Admin knows (%3). Update "
                                       "Extracta Batch Admin on this desk.")
        .arg(databaseName)
        .arg(installedVersion)
        .arg(Version);
}

QStringList grantStatements(const QString& deskRole, const QString& databaseName)
{
    const QString role = QLatin1Char('"') +
                         QString(deskRole).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                         QLatin1Char('"');
    const QString database = QLatin1Char('"') +
                             QString(databaseName).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                             QLatin1Char('"');
    return {
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2;").arg(database, role),
        QStringLiteral("GRANT USAGE ON SCHEMA extracta TO %1;").arg(role),
        // INSERT of the desk's columns only: uploaded_utc and uploaded_by are the database's word on who
        // appended the row and when, never what a desk claims. The REVOKE first takes back a table-wide
        // INSERT granted before (by an earlier version's statements), so running these again is safe.
        QStringLiteral("REVOKE INSERT ON extracta.attempts, extracta.outcomes FROM %1;").arg(role),
        QStringLiteral("GRANT SELECT ON extracta.attempts, extracta.outcomes TO %1;").arg(role),
        QStringLiteral("GRANT INSERT (attempt_id, started_utc, os_user, machine, api_host, connection,"
                       " classification_id, classification_name, batch_id, file_count) ON extracta.attempts"
                       " TO %1;")
            .arg(role),
        QStringLiteral("GRANT INSERT (attempt_id, outcome, http_status, server_message, duration_ms,"
                       " completed_utc) ON extracta.outcomes TO %1;")
            .arg(role),
        QStringLiteral("GRANT SELECT ON extracta.trail, extracta.schema_version TO %1;").arg(role),
    };
}

} // namespace TeamSchema
