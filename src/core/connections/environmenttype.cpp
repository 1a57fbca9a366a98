#include "environmenttype.h"

#include "core/api/apiendpoint.h"

QString Environment::code(EnvironmentType type)
{
    switch (type) {
    case EnvironmentType::Production:
        return QStringLiteral("production");
    case EnvironmentType::Staging:
        return QStringLiteral("staging");
    case EnvironmentType::Development:
        return QStringLiteral("development");
    case EnvironmentType::Demo:
        break;
    }
    return QStringLiteral("demo");
}

std::optional<EnvironmentType> Environment::fromCode(const QString& code)
{
    for (const EnvironmentType type :
         {EnvironmentType::Production, EnvironmentType::Staging, EnvironmentType::Development}) {
        if (code.trimmed().compare(Environment::code(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

QString Environment::word(EnvironmentType type)
{
    switch (type) {
    case EnvironmentType::Production:
        return tr("Production");
    case EnvironmentType::Staging:
        return tr("Staging");
    case EnvironmentType::Development:
        return tr("Development");
    case EnvironmentType::Demo:
        break;
    }
    return tr("Demo");
}

EnvironmentType Environment::defaultFor(const QString& apiUrl)
{
    const ApiEndpoint endpoint = ApiEndpoint::parse(apiUrl);
    return endpoint.isValid() && endpoint.isLoopback() ? EnvironmentType::Development
                                                       : EnvironmentType::Production;
}

QString Environment::storedCodes()
{
    return QStringLiteral("production, staging, development");
}
