#pragma once

#include "core/storage/auditlog.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class TeamConnection;

// A batch the team trail says is deleted: who deleted it, where and when.
struct TeamDeletion
{
    QString batchId;
    QString osUser;
    QString machine;
    QDateTime whenUtc;
    // "alice@desk-7", for "deleted by alice@desk-7 on …" (one line, safe to show).
    QString byWhom() const;
};

// Reads the team trail: every desk's entries, each with its latest outcome. Whatever is in the team
// database came from other desks and is treated as untrusted text: every field is cut to a bound
// length by the query, and the number of rows read is bounded too.
class TeamTrail
{
public:
    static constexpr int DefaultLimit = 5000;

    explicit TeamTrail(TeamConnection& connection);

    // The newest `limit` entries passing the filter (its connection id does not apply: connections
    // are each desk's own; filter by host instead). Entry ids are row numbers, 1 = newest. False in
    // `ok` when the database could not be read (its words are on the connection).
    QList<AuditEntry> entries(const AuditFilter& filter, int limit, bool* ok);
    // For the catalogue: the batches of one classification that some desk deleted ("succeeded"),
    // the latest deletion of each, keyed by batch ID. Only the batches asked about.
    QHash<QString, TeamDeletion> deletions(const QString& apiHost, const QString& classificationId,
                                           const QStringList& batchIds, bool* ok);

private:
    TeamConnection& m_connection;
};
