#pragma once

#include "environmenttype.h"

#include <QString>

// One named connection: an account on an Extracta API server. Its token is kept in the OS keychain
// under its own entry (tokenEntry(), never the URL), and its catalogue, recent IDs and cached
// lookups under dataKey(); every audit entry made through it records its id and name.
struct Connection
{
    QString id;     // stable and never shown; survives renames
    QString name;   // unique (ignoring case), shown everywhere
    QString apiUrl; // as the user gave it; checked by ApiEndpoint::parse() where it is used
    EnvironmentType environment = EnvironmentType::Production;
    QString note; // optional, free text
    // Where its catalogue and recent IDs are kept: the id, except for the connection made from the
    // setup of a version before connections, whose data was kept under the API host (legacyDataKey).
    QString legacyDataKey;

    QString dataKey() const
    {
        return legacyDataKey.isEmpty() ? id : legacyDataKey;
    }
    QString tokenEntry() const
    {
        return id;
    }
    // "Production — acme-prod"
    QString title() const
    {
        return Environment::word(environment) + QStringLiteral(" — ") + name;
    }
};
