#pragma once

#include "apiendpoint.h"

#include <QObject>

#include <optional>

class AppSettings;
class BoundConnection;
class ExtractaClient;
class TokenProvider;

// The API endpoint, timeout and token in force right now, resolved by the precedence rules of the
// interface contract and pushed into the client whenever one of their sources changes.
class ActiveConnection final : public QObject
{
    Q_OBJECT

public:
    ActiveConnection(ExtractaClient& client, TokenProvider& tokens, AppSettings& settings,
                     QObject* parent = nullptr);

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
    // Key under which per-host data (recent IDs) is kept: the demo's random port must not matter.
    QString storageKey() const;
    std::optional<QString> flagUrl() const;
    std::optional<QString> environmentUrl() const;

signals:
    void changed();

private:
    ExtractaClient& m_client;
    TokenProvider& m_tokens;
    AppSettings& m_settings;
    std::optional<QString> m_flagUrl;
    std::optional<QString> m_environmentUrl;
    ApiEndpoint m_demoEndpoint;
    ApiEndpoint m_endpoint;
    QString m_endpointProblem;
    SettingSource m_urlSource = SettingSource::BuiltInDefault;
};
