#pragma once

#include "cliexitcode.h"

#include <QCoreApplication>

class CliOutput;
struct AuditEntry;
struct CliArguments;

// `audit`: the deletions recorded on this computer (by the app and by this tool), newest first.
class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    AuditCommand(const CliArguments& arguments, CliOutput& output);

    ExitCode run();

    static QString entryLine(const AuditEntry& entry);

private:
    const CliArguments& m_arguments;
    CliOutput& m_output;
};
