#pragma once

#include <QSqlDatabase>

// Settings of Qt's SQLite connections that Qt's driver has no option for, made through the SQLite C
// API of the library the driver uses. Only where that library can be reached safely: when it is not
// (SQLite compiled into Qt's plugin, another platform), nothing changes and the functions say so.
namespace SqliteTuning {

// Keeps the WAL file (and its -shm index) when the last connection to the database closes, instead
// of checkpointing it into the database file and deleting it (SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE and
// SQLITE_FCNTL_PERSIST_WAL). A short-lived process then neither checkpoints at its end nor creates
// and syncs a new WAL at its start. Durability does not change: a commit is as safe in the WAL as in
// the database file. For an open file connection in WAL mode; true when both settings took effect.
bool keepWalOnClose(const QSqlDatabase& db);

// Whether keepWalOnClose() can act in this process at all (for tests and diagnostics).
bool isAvailable(const QSqlDatabase& db);

} // namespace SqliteTuning
