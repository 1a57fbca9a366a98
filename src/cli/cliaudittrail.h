#pragma once

#include "core/storage/database.h"

#include <QCoreApplication>

class AuditLog;
class CliOutput;

// How every command opens the app's audit trail: the light start (no full read of the file), what
// happened to the file said on standard error, and the open entries of runs whose process is gone
// marked "unknown" (and said so); those of a run still going stay "sent". The caller's Database
// closes when the command ends, which folds SQLite's WAL into the data file (see Database).
class CliAuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(CliAuditTrail)

public:
    static Database::OpenResult open(Database& database, AuditLog& audit, CliOutput& output);
};
