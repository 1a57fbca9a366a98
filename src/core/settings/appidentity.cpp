#include "appidentity.h"

#include "core/platform/privatefiles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
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

void AppIdentity::makeStoragePrivate()
{
    const QString settingsFile = QSettings().fileName();
    // Only where the settings are a file of QSettings' own INI format (<org>/<app>.conf on Linux and
    // the BSDs), not the Windows registry or a macOS property list.
    if (settingsFile.endsWith(QLatin1String(".conf"))) {
        PrivateFiles::makeFolder(QFileInfo(settingsFile).absolutePath());
        PrivateFiles::createFile(settingsFile);
    }
    // The folders below the organisation's (both named after the app), created where they are used.
    const QString tokenFolder = QFileInfo(plainTokenFilePath()).absolutePath();
    const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    for (const QString& folder : {tokenFolder, dataFolder, QFileInfo(dataFolder).absolutePath()})
        PrivateFiles::restrict(folder);
}
