#pragma once

#include "cliexitcode.h"
#include "core/team/teamconnection.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class AppSettings;
class CliOutput;
class Database;
struct TeamSyncResult;

// The team database as extracta-batch reaches it: the address in force (an explicit one, else
// EXTRACTA_TEAM_DB, else the one saved by `team connect`) and its password (EXTRACTA_TEAM_DB_PASSWORD,
// else the one saved for that address, else none).
class CliTeamDatabase
{
    Q_DECLARE_TR_FUNCTIONS(CliTeamDatabase)

public:
    explicit CliTeamDatabase(const AppSettings& settings);

    // Whether a team database is set (saved or by EXTRACTA_TEAM_DB).
    bool isConfigured() const;
    // The connection (not yet opened) to `explicitUri`, or to the address in force when it is empty;
    // nullptr after saying on standard error why there is none (not set, or an address that cannot
    // be used).
    std::unique_ptr<TeamConnection> connection(CliOutput& output, const QString& explicitUri = {}) const;
    // Uploads this desk's pending entries (after a delete): says on standard error how many are
    // still pending when the team database could not take them. Never changes the run's exit code.
    void syncAfterDeletions(Database& database, CliOutput& output) const;
    // The exit code for a connection that failed: 3 when the database cannot be reached (or not over
    // TLS), 2 when Qt's PostgreSQL driver is missing, 1 when it answered and refused.
    static ExitCode exitCodeFor(const TeamConnection& connection);
    // The password for `address`; empty for none.
    QString password(const TeamDatabaseAddress& address) const;

private:
    const AppSettings& m_settings;
};
