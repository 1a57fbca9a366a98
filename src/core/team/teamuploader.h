#pragma once

#include "teamoutbox.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class TeamConnection;

struct TeamSyncResult
{
    bool reachable = false; // the team database answered
    int uploaded = 0;       // entries uploaded by this sync
    int pending = 0;        // entries still to upload afterwards
    QString error;          // user-facing, when something stopped the sync
    bool complete() const
    {
        return error.isEmpty() && pending == 0;
    }
};

// Copies this desk's entries to the team trail: each attempt and each outcome is one INSERT that a
// second try leaves as it is (ON CONFLICT DO NOTHING on the attempt's UUID), so an upload cut short
// anywhere (a timeout, a crash before the local marks were written) is simply made again.
class TeamUploader
{
    Q_DECLARE_TR_FUNCTIONS(TeamUploader)

public:
    static constexpr int EntriesPerTransaction = 100;

    TeamUploader(TeamOutbox& outbox, TeamConnection& connection);

    // Uploads every pending entry, a transaction per EntriesPerTransaction, marking each lot
    // locally once the team database has committed it.
    TeamSyncResult uploadPending();
    // The first half of that for one lot: the INSERTs, committed in the team database. The entries
    // are not marked here (markUploaded() is the second half).
    bool send(const QList<TeamUpload>& uploads, QString* error);

private:
    TeamOutbox& m_outbox;
    TeamConnection& m_connection;
};
