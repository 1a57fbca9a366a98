#include "teamsettings.h"

namespace {
const auto UriKey = QStringLiteral("team/database");
}

TeamSettings::TeamSettings(QSettings& settings)
    : m_settings(settings)
{}

QString TeamSettings::savedUri() const
{
    return m_settings.value(UriKey).toString();
}

void TeamSettings::setSavedUri(const QString& uri)
{
    m_settings.setValue(UriKey, uri);
    m_settings.sync();
}

void TeamSettings::clearSavedUri()
{
    m_settings.remove(UriKey);
    m_settings.sync();
}

QString TeamSettings::uri(bool* fromEnvironment) const
{
    const bool fromVariable = qEnvironmentVariableIsSet(EnvironmentVariable);
    if (fromEnvironment)
        *fromEnvironment = fromVariable;
    return fromVariable ? qEnvironmentVariable(EnvironmentVariable) : savedUri();
}

QString TeamSettings::passwordFromEnvironment(bool* set)
{
    *set = qEnvironmentVariableIsSet(PasswordVariable);
    return *set ? qEnvironmentVariable(PasswordVariable) : QString();
}
