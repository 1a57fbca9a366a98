#pragma once

#include "cliexitcode.h"

#include <QCoreApplication>
#include <QJsonObject>

class AppSettings;
class CliOutput;
class Database;
class TeamConnection;
struct CliArguments;

// `team`: the team audit trail in a shared PostgreSQL database.
//   init --team-db URI [--desk-role ROLE]  create or migrate its schema (as the database's owner)
//                                          and print the GRANT statements for the desks' role
//   connect URI [--password-stdin]         save the address for this desk (app and CLI), the
//                                          password in the keychain, and say whether it answers
//   disconnect                             forget the address (the entries stay on this desk)
//   status [--json]                        reachable, schema version, entries pending upload
//   sync                                   upload the pending entries
class TeamCommand
{
    Q_DECLARE_TR_FUNCTIONS(TeamCommand)

public:
    TeamCommand(const CliArguments& arguments, AppSettings& settings, CliOutput& output);

    ExitCode run();

private:
    ExitCode init();
    ExitCode connect();
    ExitCode disconnect();
    ExitCode status();
    ExitCode sync();
    // This desk's audit trail, opened as every command opens it (CliAuditTrail).
    void openLocalTrail(Database& database);

    const CliArguments& m_arguments;
    AppSettings& m_settings;
    CliOutput& m_output;
};
