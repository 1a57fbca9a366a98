#pragma once

#include "cliexitcode.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

class AppSettings;
class AuditLog;
class CliOutput;
struct AuditEntry;
struct CliArguments;

// `audit`: the deletions recorded on this computer (by the app and by this tool), newest first; with
// --connection NAME or EXTRACTA_CONNECTION, only those made through that saved connection.
class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    AuditCommand(const CliArguments& arguments, AppSettings& settings, CliOutput& output);

    ExitCode run();
    // audit --team: every desk's entries from the team database.
    ExitCode runTeam();
    void print(const QList<AuditEntry>& entries);

    static QString entryLine(const AuditEntry& entry);
    // CliJson::auditEntry() and the name of the entry's connection ("connection", "" for none).
    static QJsonObject jsonEntry(const AuditEntry& entry);

private:
    const CliArguments& m_arguments;
    AppSettings& m_settings;
    CliOutput& m_output;
};
