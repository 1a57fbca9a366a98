#pragma once

#include <QCoreApplication>

class AppSettings;
class ConnectionStore;

// Carries the setup of a version before named connections over, without re-entering anything: when
// no connection exists yet, the saved API URL (or the built-in default) becomes a connection whose
// token is the one saved then (its keychain entry was already "default") and whose catalogue and
// recent IDs are the ones kept under that URL's host (legacyDataKey). Audit entries made then are
// adopted by AuditLog::adoptLegacyEntries(). A first start of a new install gets the same connection.
class ConnectionMigration
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionMigration)

public:
    static inline const QString MigratedId = QStringLiteral("default");

    // True when it made the connection (and made it the current one).
    static bool run(ConnectionStore& store, const AppSettings& settings);
};
