#include "connectionnameconfirmation.h"

bool ConnectionNameConfirmation::isRequired(const std::optional<Connection>& connection)
{
    return connection && connection->environment == EnvironmentType::Production;
}

bool ConnectionNameConfirmation::matches(const Connection& connection, const QString& typed)
{
    const QString name = connection.name.trimmed();
    return !name.isEmpty() && typed.trimmed() == name;
}
