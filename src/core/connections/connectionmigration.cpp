#include "connectionmigration.h"

#include "connectionstore.h"
#include "core/api/apiendpoint.h"
#include "core/settings/appsettings.h"

bool ConnectionMigration::run(ConnectionStore& store, const AppSettings& settings)
{
    if (!store.isEmpty())
        return false;
    Connection connection;
    connection.id = MigratedId;
    connection.apiUrl = settings.savedApiBaseUrl().value_or(ApiEndpoint::defaultBaseUrl()).trimmed();
    const ApiEndpoint endpoint = ApiEndpoint::parse(connection.apiUrl);
    // Data was kept under the host label (ActiveConnection::storageKey() of that version).
    connection.legacyDataKey = endpoint.isValid() ? endpoint.hostLabel() : QString();
    connection.name = endpoint.isValid() ? endpoint.hostLabel() : tr("Extracta");
    connection.environment = Environment::defaultFor(connection.apiUrl);
    store.saveUnchecked(connection);
    store.setCurrentId(connection.id);
    return true;
}
