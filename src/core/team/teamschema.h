#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The team trail's schema in PostgreSQL, in its own schema "extracta": append-only, so that the
// desks' role needs SELECT and INSERT only.
//   attempts  one row per deletion attempt, keyed by the attempt's UUID (idempotent uploads)
//   outcomes  one row per outcome an attempt got, keyed by (attempt, outcome): "unknown" (the desk
//             stopped before the answer) may later be followed by the real one, never replaced
//   trail     (view) each attempt with its latest outcome, for reading
//   schema_version  one row per migration step applied
// Every row also records the database role that inserted it and when, whatever the desk claims.
namespace TeamSchema {

constexpr int Version = 2;
inline const QString Name = QStringLiteral("extracta");
inline const QString DefaultDeskRole = QStringLiteral("extracta_desk");

struct Migration
{
    bool ok = false;
    int fromVersion = 0;
    int toVersion = 0;
    QString error; // user-facing, when !ok
};

// The version installed: 0 when the schema is not there, -1 (with `error`) when it cannot be read.
int installedVersion(const QSqlDatabase& db, QString* error = nullptr);
// Creates the schema or migrates it step by step up to `targetVersion` (tests ask for older ones),
// each step in its own transaction under an advisory lock, so that two desks running `team init`
// at once do not collide. Idempotent; refuses a schema newer than this version knows.
Migration migrate(const QSqlDatabase& db, int targetVersion = Version);
// Why a desk cannot use a team trail of this installed version (0 = none), or empty when it can.
QString problemWith(int installedVersion, const QString& databaseName);
// The statements the database owner runs to let a desk role use the trail: connect, read and append.
QStringList grantStatements(const QString& deskRole, const QString& databaseName);

} // namespace TeamSchema
