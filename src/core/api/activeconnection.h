#pragma once

#include "apiendpoint.h"
#include "core/connections/connection.h"
#include "core/storage/auditlog.h"
#include "core/tokens/tokenprovider.h"

#include <QObject>

#include <optional>

class AppSettings;
class BoundConnection;
class ConnectionStore;
class ExtractaClient;

// The connection in force (a saved Connection, or the demo sandbox) and the API endpoint, timeout and
// token it leads to right now, resolved by the precedence rules of the interface contract and pushed
// into the client whenever one of their sources changes.
class ActiveConnection final : public QObject
{
    Q_OBJECT

public:
    ActiveConnection(ExtractaClient& client, TokenProvider& tokens, AppSettings& settings,
                     ConnectionStore& connections, QObject* parent = nullptr);

    // Makes `connection` the one in force: its URL, its token (read again from the store in force,
    // unless EXTRACTA_API_TOKEN or the demo's token applies), its catalogue and audit entries. Does
    // not remember it as the current one (ConnectionStore::setCurrentId() does). Applies at once.
    void use(const Connection& connection);
    // The connection in force was edited (its name, URL or type): takes what is saved now.
    void refresh();
    // Its saved token was replaced or removed: reads it again from the store in force.
    void reloadToken();
    // The connection in force; in demo mode a Connection of type Demo with the id "demo".
    Connection connection() const;
    // Saves `url` as the API URL of the connection in force and applies it. Returns the problem when
    // the URL cannot be used (then nothing changed); empty when saved.
    QString saveApiUrl(const QString& url);
    // The connection in force with the URL requests go to now (--api-url or EXTRACTA_API_URL may
    // say another than its own): what confirmations and the bulk run window show.
    Connection connectionAsUsed() const;
    // The URL comes from --api-url or EXTRACTA_API_URL, not from the connection.
    bool isUrlOverridden() const;
    // Where the audit entries of deletions made now come from.
    AuditOrigin auditOrigin() const;
    ConnectionStore& connections() const;
    AppSettings& settings() const;

    // Values from the command line and the environment (nullopt when not given); they win over the
    // saved setting.
    void setOverrides(const std::optional<QString>& flagUrl, const std::optional<QString>& environmentUrl);
    // Demo mode: the sandbox URL wins over everything.
    void setDemoEndpoint(const ApiEndpoint& endpoint);

    // Re-reads the settings and pushes endpoint, timeout and token into the client.
    void apply();

    // A client of its own for one run (a bulk deletion), bound to the endpoint, token and timeout in
    // force now; later changes here never reach it. Owned by `parent`.
    BoundConnection* bind(QObject* parent) const;

    ExtractaClient& client() const;
    TokenProvider& tokens() const;
    ApiEndpoint endpoint() const;
    QString endpointProblem() const; // why the configured URL is unusable; empty when fine
    SettingSource urlSource() const;
    bool isDemo() const;
    bool isReady() const; // a usable endpoint and a token
    // Key under which the connection's data (catalogue, recent IDs) is kept: Connection::dataKey(),
    // "demo" for the demo (its random port must not matter).
    QString storageKey() const;
    std::optional<QString> flagUrl() const;
    std::optional<QString> environmentUrl() const;

signals:
    void changed();

private:
    // Where the user chose to keep saved tokens (AppSettings::tokenStorage()).
    TokenProvider::Destination savedTokenPlace() const;
    ExtractaClient& m_client;
    TokenProvider& m_tokens;
    AppSettings& m_settings;
    ConnectionStore& m_connections;
    Connection m_current;
    std::optional<QString> m_flagUrl;
    std::optional<QString> m_environmentUrl;
    ApiEndpoint m_demoEndpoint;
    ApiEndpoint m_endpoint;
    QString m_endpointProblem;
    SettingSource m_urlSource = SettingSource::BuiltInDefault;
};
