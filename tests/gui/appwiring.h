#pragma once

#include "activeconnection.h"
#include "appsettings.h"
#include "auditlog.h"
#include "catalogueservice.h"
#include "database.h"
#include "extractaclient.h"
#include "resultsfetchqueue.h"
#include "sandboxserver.h"
#include "tokenprovider.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSettings>
#include <QTemporaryDir>

#include <chrono>

// Everything the main window runs on, wired as main() wires it, in a temporary folder: settings,
// token stores, client, connection, database with audit trail and catalogue, and a loopback
// sandbox. A test fills the sandbox, then calls startSandbox().
struct AppWiring
{
    enum class Token
    {
        Session, // the sandbox's token, saved for this session
        None,    // no token anywhere: the app asks for one
        Demo,    // as main() does for --demo
    };

    // `databaseName`: the Qt SQL connection name, unique per test program.
    explicit AppWiring(const QString& databaseName)
        : database(databaseName)
    {
        network.setProxy(QNetworkProxy::NoProxy);
        catalogue.resultsQueue().setMinimumSpacing(std::chrono::milliseconds(0));
        if (!opened.ok || database.isInMemory())
            qFatal("the test database did not open in %s", qPrintable(dir.path()));
    }

    // Starts the sandbox with what the test put in it and points the app at it, as if given with
    // --api-url, with `token`; the catalogue belongs to that server.
    void startSandbox(Token token = Token::Session)
    {
        if (!server.start())
            qFatal("sandbox did not start");
        connection.setOverrides(server.baseUrl().toString(), std::nullopt);
        if (token == Token::Demo) {
            connection.setDemoEndpoint(ApiEndpoint::parse(server.baseUrl().toString()));
            tokens.useDemoToken(server.token());
        } else if (token == Token::Session) {
            tokens.save(server.token(), TokenProvider::Destination::Session);
        }
        connection.apply();
        catalogue.setHost(connection.storageKey());
    }

    // Every batch the sandbox holds, known to the catalogue as if the user had added them.
    void catalogueEverySandboxBatch()
    {
        QList<IdPair> known;
        for (const QString& classification : server.classificationIds()) {
            for (const QString& batch : server.batchIds(classification))
                known << IdPair{classification, batch};
        }
        catalogue.addEntries(known);
    }

    QTemporaryDir dir;
    QSettings qsettings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    AppSettings settings{qsettings};
    MemoryTokenStore keychain;
    MemoryTokenStore plainFile;
    TokenProvider tokens{&keychain, &plainFile, QStringLiteral("default")};
    QNetworkAccessManager network;
    ExtractaClient client{&network};
    ActiveConnection connection{client, tokens, settings};
    Database database;
    QString databasePath = dir.filePath(QStringLiteral("data.sqlite3"));
    Database::OpenResult opened = database.open(databasePath);
    AuditLog audit{database};
    CatalogueService catalogue{database, client};
    SandboxServer server;
};
