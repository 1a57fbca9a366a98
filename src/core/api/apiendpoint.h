#pragma once

#include <QString>
#include <QUrl>

#include <optional>

// A validated API base URL. Plain http is accepted only for loopback hosts so that a token can
// never travel unencrypted over a network.
class ApiEndpoint
{
public:
    static QString defaultBaseUrl();
    static bool isLoopbackHost(const QString& host);

    // Returns an invalid endpoint and sets *problem when the text is not an acceptable base URL.
    static ApiEndpoint parse(const QString& text, QString* problem = nullptr);

    bool isValid() const;
    QUrl baseUrl() const;
    QUrl urlFor(const QString& path) const;
    // "host" or "host:port": what the user sees as "the API host".
    QString hostLabel() const;
    bool isLoopback() const;

private:
    QUrl m_base;
};

enum class SettingSource
{
    CommandLine,
    Environment,
    SavedSetting,
    BuiltInDefault,
    DemoSandbox,
};

struct ResolvedValue
{
    QString value;
    SettingSource source = SettingSource::BuiltInDefault;
};

// Precedence: --api-url flag > EXTRACTA_API_URL > saved setting > built-in default. Each source is
// absent (nullopt) or given; a given but empty or blank value wins like any other and then fails
// ApiEndpoint::parse(): only an absent value falls back, so a script whose variable is unset never
// ends up on the production API.
ResolvedValue resolveApiBaseUrl(const std::optional<QString>& flag, const std::optional<QString>& environment,
                                const std::optional<QString>& saved);

// The value of an environment variable, or nullopt when it is not set at all (set but empty is a value).
std::optional<QString> environmentValue(const char* name);
QString describeSource(SettingSource source);
