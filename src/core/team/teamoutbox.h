#pragma once

#include "core/storage/auditlog.h"

#include <QList>
#include <QString>

class Database;

// One local entry with something to upload to the team trail.
struct TeamUpload
{
    AuditEntry entry;
    // The outcome goes too once it is final (anything but "sent"); "unknown" counts, since the
    // real one, should it still come, follows it as a row of its own.
    bool withOutcome() const
    {
        return entry.outcome != AuditLog::SentOutcome;
    }
};

// The local side of the upload: which entries of this desk's trail are not yet in the team
// database, and marking them once they are. Marks refer to one team database (its display name,
// kept in the local file): pointed at another, the desk has every entry to upload again.
class TeamOutbox
{
public:
    TeamOutbox(Database& database, QString teamDatabase);

    // How many entries have something to upload: the attempt, or an outcome that came since.
    int pendingCount();
    // The oldest `limit` of them.
    QList<TeamUpload> pending(int limit);
    // Marks what was uploaded: the attempt, and the outcome only if the entry still has the outcome
    // that was uploaded (a real answer may have replaced "unknown" meanwhile: that one is still to go).
    bool markUploaded(const QList<TeamUpload>& uploaded);

private:
    // Clears every mark when they were made for another team database. False when the local file
    // cannot be written.
    bool adoptTeamDatabase();

    Database& m_database;
    QString m_teamDatabase;
    bool m_adopted = false;
};
