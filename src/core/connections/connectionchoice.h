#pragma once

#include "connection.h"

#include <QCoreApplication>

#include <optional>

class ConnectionStore;

// Which saved connection a session uses: --connection NAME > EXTRACTA_CONNECTION > the one chosen
// last (ConnectionStore::current()). A name given but unknown is an error that lists the known
// ones, never a fall-back: a script meant for staging must not end up on production.
struct ConnectionChoice
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionChoice)

public:
    std::optional<Connection> connection;
    QString problem; // non-empty when none could be chosen

    static ConnectionChoice resolve(const ConnectionStore& store, const std::optional<QString>& flagName,
                                    const std::optional<QString>& environmentName);
};
