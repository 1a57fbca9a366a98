#include "apiendpoint.h"

#include <QCoreApplication>
#include <QHostAddress>

QString ApiEndpoint::defaultBaseUrl()
{
    return QStringLiteral("https://api.extracta.ai/api/v1");
}

bool ApiEndpoint::isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ApiEndpoint ApiEndpoint::parse(const QString& text, QString* problem)
{
    const auto fail = [problem](const QString& why) {
        if (problem)
            *problem = why;
        return ApiEndpoint();
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(QCoreApplication::translate("ApiEndpoint", "The API URL is empty."));

    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        // Not repeated: a token pasted in the wrong place must not be shown.
        return fail(QCoreApplication::translate("ApiEndpoint",
                                                "It is not a valid URL (expected https://host/path)."));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return fail(QCoreApplication::translate(
            "ApiEndpoint", "The API URL must not contain a user name, query or fragment."));

    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http")) {
        if (!isLoopbackHost(url.host()))
            return fail(QCoreApplication::translate(
                "ApiEndpoint", "Plain http:// is only allowed for this computer (localhost). Use https://."));
    } else if (scheme != QLatin1String("https")) {
        return fail(QCoreApplication::translate("ApiEndpoint", "The API URL must start with https://."));
    }

    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);

    ApiEndpoint endpoint;
    endpoint.m_base = url;
    if (problem)
        problem->clear();
    return endpoint;
}

bool ApiEndpoint::isValid() const
{
    return m_base.isValid() && !m_base.isEmpty();
}

QUrl ApiEndpoint::baseUrl() const
{
    return m_base;
}

QUrl ApiEndpoint::urlFor(const QString& path) const
{
    QUrl url = m_base;
    url.setPath(m_base.path() + QLatin1Char('/') + path);
    return url;
}

QString ApiEndpoint::hostLabel() const
{
    if (m_base.port() == -1)
        return m_base.host();
    return QStringLiteral("%1:%2").arg(m_base.host()).arg(m_base.port());
}

bool ApiEndpoint::isLoopback() const
{
    return isLoopbackHost(m_base.host());
}

ResolvedValue resolveApiBaseUrl(const std::optional<QString>& flag, const std::optional<QString>& environment,
                                const std::optional<QString>& saved)
{
    if (flag)
        return {flag->trimmed(), SettingSource::CommandLine};
    if (environment)
        return {environment->trimmed(), SettingSource::Environment};
    if (saved)
        return {saved->trimmed(), SettingSource::SavedSetting};
    return {ApiEndpoint::defaultBaseUrl(), SettingSource::BuiltInDefault};
}

std::optional<QString> environmentValue(const char* name)
{
    if (!qEnvironmentVariableIsSet(name))
        return std::nullopt;
    return qEnvironmentVariable(name);
}

QString describeSource(SettingSource source)
{
    switch (source) {
    case SettingSource::CommandLine:
        return QCoreApplication::translate("ApiEndpoint", "--api-url option");
    case SettingSource::Environment:
        return QCoreApplication::translate("ApiEndpoint", "EXTRACTA_API_URL environment variable");
    case SettingSource::SavedSetting:
        return QCoreApplication::translate("ApiEndpoint", "saved setting");
    case SettingSource::DemoSandbox:
        return QCoreApplication::translate("ApiEndpoint", "demo sandbox on this computer");
    case SettingSource::BuiltInDefault:
        break;
    }
    return QCoreApplication::translate("ApiEndpoint", "built-in default");
}
