#pragma once

#include "core/api/activeconnection.h"
#include "core/api/extractaclient.h"
#include "core/catalogue/catalogueservice.h"
#include "core/catalogue/resultsfetchqueue.h"
#include "core/connections/connectionmigration.h"
#include "core/connections/connectionstore.h"
#include "core/settings/appsettings.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/tokens/tokenprovider.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSettings>
#include <QTemporaryDir>

#include <chrono>
#include <optional>

// Settings, token stores, client and connection, wired as main() wires them, with the settings file
// in a temporary folder and the token stores in memory: what the settings dialog works on. Nothing
// is applied yet.
struct ConnectionObjects
{
    ConnectionObjects()
    {
        // Only loopback is ever contacted: an http_proxy in the environment must not get in between.
        network.setProxy(QNetworkProxy::NoProxy);
    }

    QTemporaryDir dir;
    QSettings qsettings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    AppSettings settings{qsettings};
    ConnectionStore connections{qsettings};
    // The connection a first start makes ("default"), as the app makes it.
    bool migrated = ConnectionMigration::run(connections, settings);
    MemoryTokenStore keychain;
    MemoryTokenStore plainFile;
    TokenProvider tokens{&keychain, &plainFile, QStringLiteral("default")};
    QNetworkAccessManager network;
    ExtractaClient client{&network};
    ActiveConnection connection{client, tokens, settings, connections};
};

// Everything the main window runs on: the connection, and the database in the same temporary
// folder with its audit trail and catalogue. Points at no server until connectTo().
struct AppObjects : ConnectionObjects
{
    // How far apart the catalogue fetches batch results: tests do not wait, while the benchmarks
    // and the screenshot tool keep the app's pace so that they show what users get.
    enum class FetchPace
    {
        NoWait,
        App,
    };

    // A loopback URL on the discard port, where nothing listens: for runs that must send nothing.
    static inline const QString NowhereUrl = QStringLiteral("http://127.0.0.1:9/api/v1");

    // `databaseName`: the Qt SQL connection name, unique per test program.
    explicit AppObjects(const QString& databaseName, FetchPace pace = FetchPace::NoWait)
        : database(databaseName)
    {
        if (pace == FetchPace::NoWait)
            catalogue.resultsQueue().setMinimumSpacing(std::chrono::milliseconds(0));
        if (!opened.ok || database.isInMemory())
            qFatal("the test database did not open in %s", qPrintable(dir.path()));
    }

    // Points the connection in force at `url` (a sandbox on this computer, so a Development
    // connection, as a first start with that URL saved would make it), with `token` kept for this
    // session (none when empty); the catalogue is that connection's.
    void connectTo(const QString& url, const QString& token)
    {
        Connection current = connection.connection();
        current.apiUrl = url;
        current.environment = Environment::defaultFor(url);
        connections.saveUnchecked(current);
        connection.refresh();
        if (!token.isEmpty())
            tokens.save(token, TokenProvider::Destination::Session);
        connection.apply();
        catalogue.setHost(connection.storageKey());
    }

    Database database;
    QString databasePath = dir.filePath(QStringLiteral("data.sqlite3"));
    Database::OpenResult opened = database.open(databasePath);
    AuditLog audit{database};
    CatalogueService catalogue{database, client};
};
