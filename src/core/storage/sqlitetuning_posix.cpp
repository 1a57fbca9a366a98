#include "sqlitetuning.h"

#include <QSqlDriver>
#include <QVariant>

#include <cstring>
#include <dlfcn.h>

// Reaches the SQLite C API without linking SQLite: through the shared libsqlite3 that Qt's SQLite
// plugin itself uses (Debian's libqt6sql6-sqlite links the system libsqlite3.so.0). A plugin with
// SQLite compiled in must never be driven through another copy of SQLite (its sqlite3* would be
// foreign to that copy), so the functions are used only when the plugin's own lookup of them ends in
// the already loaded libsqlite3.so.0; otherwise nothing is done.
namespace SqliteTuning {
namespace {

// From sqlite3.h, which this file does not need.
constexpr int SqliteOk = 0;
constexpr int DbConfigNoCheckpointOnClose = 1006; // SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, SQLite 3.16.0
constexpr int FileControlPersistWal = 10;         // SQLITE_FCNTL_PERSIST_WAL
constexpr int MinimumVersion = 3016000;

using DbConfig = int (*)(void* db, int op, ...);
using FileControl = int (*)(void* db, const char* schema, int op, void* arg);
using LibVersionNumber = int (*)();

struct Api
{
    DbConfig dbConfig = nullptr;
    FileControl fileControl = nullptr;
};

// The library's own symbol, but only when the plugin's own lookup (itself, then what it links) finds
// the same one.
void* sharedSymbol(void* library, void* plugin, const char* name)
{
    void* fromLibrary = dlsym(library, name);
    return fromLibrary != nullptr && fromLibrary == dlsym(plugin, name) ? fromLibrary : nullptr;
}

Api lookUp(const QSqlDriver* driver)
{
    Api api;
    if (driver == nullptr || std::strcmp(driver->metaObject()->className(), "QSQLiteDriver") != 0)
        return api;
    // The plugin's file: the shared object holding the driver class's meta-object.
    Dl_info pluginInfo{};
    if (dladdr(driver->metaObject(), &pluginInfo) == 0 || pluginInfo.dli_fname == nullptr)
        return api;
    // RTLD_NOLOAD: only libraries already in the process; nothing new is loaded.
    void* plugin = dlopen(pluginInfo.dli_fname, RTLD_NOW | RTLD_NOLOAD);
    void* library = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
    if (plugin != nullptr && library != nullptr) {
        const auto version =
            reinterpret_cast<LibVersionNumber>(sharedSymbol(library, plugin, "sqlite3_libversion_number"));
        if (version != nullptr && version() >= MinimumVersion) {
            api.dbConfig = reinterpret_cast<DbConfig>(sharedSymbol(library, plugin, "sqlite3_db_config"));
            api.fileControl =
                reinterpret_cast<FileControl>(sharedSymbol(library, plugin, "sqlite3_file_control"));
        }
    }
    // The handles only count references: the libraries stay loaded by the plugin.
    if (library != nullptr)
        dlclose(library);
    if (plugin != nullptr)
        dlclose(plugin);
    if (api.dbConfig == nullptr || api.fileControl == nullptr)
        api = {};
    return api;
}

// Looked up once per process: there is one SQLite plugin in it.
const Api& api(const QSqlDatabase& db)
{
    static const Api found = lookUp(db.driver());
    return found;
}

void* connectionHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() != nullptr ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<void* const*>(handle.data());
}

} // namespace

bool isAvailable(const QSqlDatabase& db)
{
    return db.driver() != nullptr && api(db).dbConfig != nullptr;
}

bool keepWalOnClose(const QSqlDatabase& db)
{
    void* connection = db.isOpen() ? connectionHandle(db) : nullptr;
    if (connection == nullptr || !isAvailable(db))
        return false;
    int noCheckpoint = 0;
    if (api(db).dbConfig(connection, DbConfigNoCheckpointOnClose, 1, &noCheckpoint) != SqliteOk ||
        noCheckpoint != 1)
        return false;
    int persist = 1;
    if (api(db).fileControl(connection, "main", FileControlPersistWal, &persist) == SqliteOk)
        return true;
    // Both or neither: back to SQLite's default.
    api(db).dbConfig(connection, DbConfigNoCheckpointOnClose, 0, &noCheckpoint);
    return false;
}

} // namespace SqliteTuning
