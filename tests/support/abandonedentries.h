#pragma once

// For tests whose scenario needs open audit entries to turn "unknown" while their writer still runs
// in the test process: as another opener finds them once their process looks gone.
#include "core/storage/auditlog.h"
#include "core/storage/database.h"

#include <QDir>
#include <QFileInfo>

// Removes the lock files of every session writing to `database` (as if their processes had ended)
// and lets another opener resolve the open entries. Returns how many it marked "unknown".
inline int markOpenEntriesAbandoned(Database& database)
{
    QDir(QFileInfo(database.filePath()).absolutePath() + QStringLiteral("/sessions")).removeRecursively();
    return AuditLog(database).markAbandonedAsUnknown();
}
