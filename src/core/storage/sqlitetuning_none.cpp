#include "sqlitetuning.h"

// Platforms where the SQLite library behind Qt's driver is not reached: SQLite's defaults apply
// (the WAL is checkpointed and deleted when the last connection closes).
namespace SqliteTuning {

bool keepWalOnClose(const QSqlDatabase&)
{
    return false;
}

bool isAvailable(const QSqlDatabase&)
{
    return false;
}

} // namespace SqliteTuning
