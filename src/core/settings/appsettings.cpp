#include "appsettings.h"

#include <QUrl>

namespace Key {
const auto ApiBaseUrl = QStringLiteral("api/baseUrl");
const auto TimeoutSeconds = QStringLiteral("api/timeoutSeconds");
const auto TokenStorage = QStringLiteral("token/storage");
const auto WindowGeometry = QStringLiteral("window/geometry");
const auto FirstRunCompleted = QStringLiteral("window/firstRunCompleted");
} // namespace Key

AppSettings::AppSettings(QSettings& settings)
    : m_settings(settings)
{}

std::optional<QString> AppSettings::savedApiBaseUrl() const
{
    if (!m_settings.contains(Key::ApiBaseUrl))
        return std::nullopt;
    return m_settings.value(Key::ApiBaseUrl).toString();
}

void AppSettings::setSavedApiBaseUrl(const QString& url)
{
    m_settings.setValue(Key::ApiBaseUrl, url.trimmed());
}

void AppSettings::clearSavedApiBaseUrl()
{
    m_settings.remove(Key::ApiBaseUrl);
}

int AppSettings::timeoutSeconds() const
{
    bool ok = false;
    const int seconds = m_settings.value(Key::TimeoutSeconds, DefaultTimeoutSeconds).toInt(&ok);
    if (!ok || seconds < MinTimeoutSeconds || seconds > MaxTimeoutSeconds)
        return DefaultTimeoutSeconds;
    return seconds;
}

void AppSettings::setTimeoutSeconds(int seconds)
{
    m_settings.setValue(Key::TimeoutSeconds, qBound(MinTimeoutSeconds, seconds, MaxTimeoutSeconds));
}

AppSettings::TokenStorage AppSettings::tokenStorage() const
{
    return m_settings.value(Key::TokenStorage).toString() == QLatin1String("plain-file")
               ? TokenStorage::PlainFile
               : TokenStorage::Keychain;
}

void AppSettings::setTokenStorage(TokenStorage storage)
{
    m_settings.setValue(Key::TokenStorage, storage == TokenStorage::PlainFile ? QStringLiteral("plain-file")
                                                                              : QStringLiteral("keychain"));
}

QStringList AppSettings::recentIds(const QString& host, IdKind kind) const
{
    QStringList ids = m_settings.value(recentKey(host, kind)).toStringList();
    ids.removeAll(QString());
    return ids.mid(0, MaxRecentIds);
}

void AppSettings::rememberId(const QString& host, IdKind kind, const QString& id)
{
    m_settings.setValue(recentKey(host, kind), pushRecent(recentIds(host, kind), id));
}

bool AppSettings::firstRunCompleted() const
{
    return m_settings.value(Key::FirstRunCompleted, false).toBool();
}

void AppSettings::setFirstRunCompleted(bool completed)
{
    m_settings.setValue(Key::FirstRunCompleted, completed);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(Key::WindowGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(Key::WindowGeometry, geometry);
}

void AppSettings::sync()
{
    m_settings.sync();
}

QStringList AppSettings::pushRecent(QStringList list, const QString& value, int max)
{
    if (value.isEmpty())
        return list;
    list.removeAll(value);
    list.prepend(value);
    while (list.size() > max)
        list.removeLast();
    return list;
}

QString AppSettings::recentKey(const QString& host, IdKind kind)
{
    // Percent-encoding keeps ':' and '/' of a host label from splitting the QSettings key.
    const QString hostKey = QString::fromLatin1(QUrl::toPercentEncoding(host.toLower()));
    return QStringLiteral("recent/%1/%2")
        .arg(hostKey, kind == IdKind::Classification ? QStringLiteral("classificationIds")
                                                     : QStringLiteral("batchIds"));
}
