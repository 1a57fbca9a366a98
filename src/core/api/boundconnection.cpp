#include "boundconnection.h"

#include "activeconnection.h"
#include "core/tokens/tokenprovider.h"

#include <utility>

BoundConnection::BoundConnection(QNetworkAccessManager* network, const ApiEndpoint& endpoint,
                                 const QString& token, std::chrono::milliseconds timeout,
                                 Connection connection, QString storageKey, const ActiveConnection* origin,
                                 QObject* parent)
    : QObject(parent)
    , m_client(network)
    , m_connection(std::move(connection))
    , m_storageKey(std::move(storageKey))
    , m_origin(origin)
{
    m_client.setEndpoint(endpoint);
    m_client.setToken(token);
    m_client.setTimeout(timeout);
}

ExtractaClient& BoundConnection::client()
{
    return m_client;
}

ApiEndpoint BoundConnection::endpoint() const
{
    return m_client.endpoint();
}

QString BoundConnection::hostLabel() const
{
    return m_client.endpoint().hostLabel();
}

QString BoundConnection::storageKey() const
{
    return m_storageKey;
}

bool BoundConnection::isDemo() const
{
    return m_connection.environment == EnvironmentType::Demo;
}

Connection BoundConnection::connection() const
{
    return m_connection;
}

AuditOrigin BoundConnection::auditOrigin() const
{
    return {isDemo() ? m_storageKey : hostLabel(), m_connection.id, m_connection.name};
}

bool BoundConnection::isStillCurrent() const
{
    return m_origin && m_origin->endpoint().isValid() &&
           m_origin->endpoint().baseUrl() == m_client.endpoint().baseUrl() &&
           m_origin->storageKey() == m_storageKey && m_origin->connection().id == m_connection.id;
}

bool BoundConnection::renewToken()
{
    if (!isStillCurrent() || !m_origin->tokens().hasToken())
        return false;
    m_client.setToken(m_origin->tokens().token());
    return true;
}
