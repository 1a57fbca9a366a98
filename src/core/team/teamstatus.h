#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// What the app knows of its team database, for Settings > Team and the status bar.
struct TeamStatus
{
    bool configured = false; // a team database is set
    QString database;        // its display name (user@host:port/db), when set
    bool reachable = false;  // it answered the last time it was asked
    int schemaVersion = -1;  // -1: unknown; 0: no team trail there yet
    int pending = 0;         // this desk's entries not yet uploaded
    QString error;           // user-facing: why the last sync or check failed; empty when it did not
    QDateTime lastSyncUtc;   // when the last sync that reached the database ended
};

Q_DECLARE_METATYPE(TeamStatus)
