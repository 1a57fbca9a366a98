#pragma once

#include "appobjects.h"
#include "core/api/apiendpoint.h"
#include "sandbox/sandboxserver.h"

// Everything the main window runs on (AppObjects) and a loopback sandbox to run it against. A test
// fills the sandbox, then calls startSandbox().
struct AppWiring : AppObjects
{
    enum class Token
    {
        Session, // the sandbox's token, saved for this session
        None,    // no token anywhere: the app asks for one
        Demo,    // as main() does for --demo
    };

    using AppObjects::AppObjects;

    // Starts the sandbox with what the test put in it and points the app at it, as if given with
    // --api-url, with `token`; the catalogue belongs to that server.
    void startSandbox(Token token = Token::Session)
    {
        if (!server.start())
            qFatal("sandbox did not start");
        const QString url = server.baseUrl().toString();
        if (token == Token::Demo) {
            connection.setDemoEndpoint(ApiEndpoint::parse(url));
            tokens.useDemoToken(server.token());
        }
        connectTo(url, token == Token::Session ? server.token() : QString());
    }

    // Every batch the sandbox holds, known to the catalogue as if the user had added them; returned
    // in the sandbox's order.
    QList<IdPair> catalogueEverySandboxBatch()
    {
        QList<IdPair> known;
        for (const QString& classification : server.classificationIds()) {
            for (const QString& batch : server.batchIds(classification))
                known << IdPair{classification, batch};
        }
        catalogue.addEntries(known);
        return known;
    }

    SandboxServer server;
};
