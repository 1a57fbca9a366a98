#pragma once

// What the app-layer tests share: a throwaway home for the app's data, an audit trail left by an
// earlier session, and another copy of the app running.
#include "core/settings/appidentity.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <utility>

// Points HOME and the XDG folders of this process (and of the programs it starts) into `home` and
// gives the process the app's names, so that Database::defaultPath() is the app's database there —
// also when a test runs by hand outside CTest. False if that did not work.
inline bool useThrowawayHome(const QTemporaryDir& home)
{
    if (!home.isValid())
        return false;
    for (const auto& [name, folder] :
         {std::pair{"HOME", ""}, std::pair{"XDG_CONFIG_HOME", "config"}, std::pair{"XDG_DATA_HOME", "data"},
          std::pair{"XDG_CACHE_HOME", "cache"}}) {
        const QString path = home.filePath(QLatin1String(folder));
        if (!QDir().mkpath(path))
            return false;
        qputenv(name, QFile::encodeName(path));
    }
    AppIdentity::applyNames();
    return Database::defaultPath().startsWith(home.path() + QLatin1Char('/'));
}

// An earlier session that ended between sending a deletion and recording its answer: a "sent" entry
// in the app's database. Its id, or -1.
inline qint64 recordUnfinishedDeletion()
{
    const QString path = Database::defaultPath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return -1;
    Database database(QStringLiteral("apptest_earlier_session"));
    if (!database.open(path).message.isEmpty())
        return -1;
    AuditLog audit(database);
    AuditEntry entry;
    entry.startedUtc = QDateTime::currentDateTimeUtc();
    entry.host = QStringLiteral("127.0.0.1:9");
    entry.classificationId = QStringLiteral("-OPXR1F82I0cRYJPcHNo");
    entry.batchId = QStringLiteral("-OQb7Kx2LmNn8PqRsTuV");
    return audit.recordSent(entry);
}

// Another copy of the app, still running, whose deletion waits for the server's answer: its entry,
// written under its own session, must stay "sent" for every other copy that starts meanwhile.
struct RunningCopy
{
    Database database{QStringLiteral("apptest_running_copy")};
    AuditLog audit{database};
    qint64 entryId = -1;

    RunningCopy()
    {
        if (!database.open(Database::defaultPath()).message.isEmpty())
            return;
        AuditEntry entry;
        entry.startedUtc = QDateTime::currentDateTimeUtc();
        entry.host = QStringLiteral("127.0.0.1:9");
        entry.classificationId = QStringLiteral("-OPXR1F82I0cRYJPcHNo");
        entry.batchId = QStringLiteral("-OQb7Kx2LmNn8PqRsTuX");
        entryId = audit.recordSent(entry);
    }
};
