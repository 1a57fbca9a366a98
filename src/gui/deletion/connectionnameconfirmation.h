#pragma once

#include "core/connections/connection.h"

#include <optional>

// Production asks for more where it matters: a bulk deletion on a Production connection is
// confirmed with the connection's name typed too, on top of the number of batches.
class ConnectionNameConfirmation
{
public:
    // True for a Production connection; false for the others and when no connection is known.
    static bool isRequired(const std::optional<Connection>& connection);
    // The name exactly, letter case included; only surrounding whitespace (from a paste) is forgiven.
    static bool matches(const Connection& connection, const QString& typed);
};
