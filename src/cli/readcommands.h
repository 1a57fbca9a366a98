#pragma once

#include "cliexitcode.h"
#include "core/connections/connection.h"

#include <QCoreApplication>

class AppSettings;
class CliConnection;
class CliOutput;
struct ApiOutcome;
struct CliArguments;

// The commands that only read from the API: `credits` and `inspect`. Neither changes anything, so
// neither asks for confirmation.
class ReadCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReadCommands)

public:
    ReadCommands(const CliArguments& arguments, AppSettings& settings, Connection connection,
                 CliOutput& output);

    ExitCode credits();
    ExitCode inspect();

private:
    ExitCode failure(const QString& what, const ApiOutcome& outcome);
    ExitCode inspectBatch(CliConnection& connection);

    const CliArguments& m_arguments;
    AppSettings& m_settings;
    Connection m_connection;
    CliOutput& m_output;
};
