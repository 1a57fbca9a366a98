#include "appidentity.h"

#include <QCoreApplication>
#include <QStandardPaths>

void AppIdentity::applyNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("extracta-batch-admin"));
    QCoreApplication::setApplicationName(QStringLiteral("extracta-batch-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EBA_VERSION));
}

QString AppIdentity::keychainService()
{
    return QStringLiteral("extracta-batch-admin");
}

QString AppIdentity::defaultConnection()
{
    return QStringLiteral("default");
}

QString AppIdentity::plainTokenFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/credentials.json");
}
