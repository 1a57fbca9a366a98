#include "activeconnection.h"

#include "boundconnection.h"
#include "core/connections/connectionstore.h"
#include "core/settings/appsettings.h"
#include "core/tokens/tokenprovider.h"
#include "extractaclient.h"

#include <chrono>

ActiveConnection::ActiveConnection(ExtractaClient& client, TokenProvider& tokens, AppSettings& settings,
                                   ConnectionStore& connections, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_tokens(tokens)
    , m_settings(settings)
    , m_connections(connections)
    , m_current(connections.current().value_or(Connection{}))
{
    if (!m_current.id.isEmpty())
        m_tokens.setConnection(m_current.tokenEntry());
    connect(&m_tokens, &TokenProvider::tokenChanged, this, [this] {
        m_client.setToken(m_tokens.token());
        emit changed();
    });
}

void ActiveConnection::setOverrides(const std::optional<QString>& flagUrl,
                                    const std::optional<QString>& environmentUrl)
{
    m_flagUrl = flagUrl;
    m_environmentUrl = environmentUrl;
}

void ActiveConnection::setDemoEndpoint(const ApiEndpoint& endpoint)
{
    m_demoEndpoint = endpoint;
}

void ActiveConnection::use(const Connection& connection)
{
    m_current = connection;
    if (isDemo()) {
        apply();
        return;
    }
    // The previous connection's token is dropped first and the new endpoint set before the new token
    // is read (a token file answers at once): the client never holds one connection's URL with
    // another's token.
    m_tokens.setConnection(connection.tokenEntry());
    apply();
    m_tokens.load(savedTokenPlace());
}

TokenProvider::Destination ActiveConnection::savedTokenPlace() const
{
    return m_settings.tokenStorage() == AppSettings::TokenStorage::PlainFile
               ? TokenProvider::Destination::PlainFile
               : TokenProvider::Destination::Keychain;
}

void ActiveConnection::refresh()
{
    if (const std::optional<Connection> saved = m_connections.byId(m_current.id))
        m_current = *saved;
    apply();
}

void ActiveConnection::reloadToken()
{
    if (isDemo())
        return;
    m_tokens.reload(savedTokenPlace());
}

Connection ActiveConnection::connection() const
{
    if (!isDemo())
        return m_current;
    Connection demo;
    demo.id = QStringLiteral("demo");
    demo.name = tr("Demo sandbox");
    demo.apiUrl = m_demoEndpoint.baseUrl().toString();
    demo.environment = EnvironmentType::Demo;
    return demo;
}

QString ActiveConnection::saveApiUrl(const QString& url)
{
    Connection changed = m_current;
    changed.apiUrl = url.trimmed();
    if (const QString problem = m_connections.update(changed); !problem.isEmpty())
        return problem;
    m_current = changed;
    apply();
    return {};
}

Connection ActiveConnection::connectionAsUsed() const
{
    Connection used = connection();
    if (m_endpoint.isValid())
        used.apiUrl = m_endpoint.baseUrl().toString();
    return used;
}

bool ActiveConnection::isUrlOverridden() const
{
    return m_urlSource == SettingSource::CommandLine || m_urlSource == SettingSource::Environment;
}

AuditOrigin ActiveConnection::auditOrigin() const
{
    const Connection current = connection();
    return {isDemo() ? storageKey() : m_endpoint.hostLabel(), current.id, current.name};
}

ConnectionStore& ActiveConnection::connections() const
{
    return m_connections;
}

AppSettings& ActiveConnection::settings() const
{
    return m_settings;
}

void ActiveConnection::apply()
{
    if (isDemo()) {
        m_endpoint = m_demoEndpoint;
        m_endpointProblem.clear();
        m_urlSource = SettingSource::DemoSandbox;
    } else {
        const ResolvedValue url = resolveApiBaseUrl(m_flagUrl, m_environmentUrl, m_current.apiUrl);
        m_urlSource = url.source;
        m_endpoint = ApiEndpoint::parse(url.value, &m_endpointProblem);
        if (!m_endpointProblem.isEmpty())
            m_endpointProblem = tr("%1 (from the %2)").arg(m_endpointProblem, describeSource(url.source));
    }
    m_client.setEndpoint(m_endpoint);
    m_client.setTimeout(std::chrono::seconds(m_settings.timeoutSeconds()));
    m_client.setToken(m_tokens.token());
    emit changed();
}

BoundConnection* ActiveConnection::bind(QObject* parent) const
{
    return new BoundConnection(m_client.network(), m_endpoint, m_tokens.token(), m_client.timeout(),
                               connectionAsUsed(), storageKey(), this, parent);
}

ExtractaClient& ActiveConnection::client() const
{
    return m_client;
}

TokenProvider& ActiveConnection::tokens() const
{
    return m_tokens;
}

ApiEndpoint ActiveConnection::endpoint() const
{
    return m_endpoint;
}

QString ActiveConnection::endpointProblem() const
{
    return m_endpointProblem;
}

SettingSource ActiveConnection::urlSource() const
{
    return m_urlSource;
}

bool ActiveConnection::isDemo() const
{
    return m_demoEndpoint.isValid();
}

bool ActiveConnection::isReady() const
{
    return m_endpoint.isValid() && m_tokens.hasToken();
}

QString ActiveConnection::storageKey() const
{
    return isDemo() ? QStringLiteral("demo") : m_current.dataKey();
}

std::optional<QString> ActiveConnection::flagUrl() const
{
    return m_flagUrl;
}

std::optional<QString> ActiveConnection::environmentUrl() const
{
    return m_environmentUrl;
}
