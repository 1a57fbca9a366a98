#pragma once

#include "sessionlock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class Database;

// One deletion attempt as recorded on disk. Never holds the token.
struct AuditEntry
{
    qint64 id = -1;
    // The attempt's stable unique ID (a UUID), under which it is uploaded to the team trail; set by
    // AuditLog::recordSent().
    QString attemptId;
    QDateTime startedUtc;
    QString osUser;
    QString machine; // the host name of the machine it was made on; set by AuditLog::recordSent()
    QString host;    // the API host ("host" or "host:port"; "demo" for the demo sandbox)
    // The connection it went through (Connection::id and the name it had then); empty for entries
    // made before named connections and not adopted by one (adoptLegacyEntries()).
    QString connectionId;
    QString connectionName;
    QString classificationId;
    QString classificationName; // empty when unknown
    QString batchId;
    int fileCount = -1; // -1 when unknown
    // "sent" until the answer arrives; then a stable outcome code (see outcomeCode() in
    // apioutcome.h) or "unknown" when the app stopped before the answer was recorded.
    QString outcome;
    int httpStatus = 0;
    QString serverMessage;
    qint64 durationMs = -1;
    QDateTime completedUtc;
};

struct AuditFilter
{
    QDateTime fromUtc; // inclusive; invalid = open
    QDateTime toUtc;   // exclusive; invalid = open
    QString outcome;   // empty = any
    // Matched case-insensitively against IDs, names, host, connection name, user, machine and message.
    QString text;
    QString host;         // empty = every host
    QString connectionId; // empty = every connection
};

// Where the entries a DeletionQueue writes come from: the API host and the connection.
struct AuditOrigin
{
    // Implicit from a host alone, for entries outside any connection (tests, benchmarks).
    // NOLINTNEXTLINE(google-explicit-constructor)
    AuditOrigin(QString apiHost = {}, QString id = {}, QString name = {})
        : host(std::move(apiHost))
        , connectionId(std::move(id))
        , connectionName(std::move(name))
    {}

    QString host;
    QString connectionId;
    QString connectionName;
};

// The answer to one attempt, for AuditLog::recordCompleted().
struct AuditCompletion
{
    qint64 id = -1;
    QString outcome;
    int httpStatus = 0;
    QString serverMessage;
    qint64 durationMs = -1;
};

// Where a view that follows the trail has read it up to (AuditLog::changesSince()).
struct AuditCursor
{
    qint64 lastId = 0;     // the newest entry read
    QList<qint64> openIds; // entries read while "sent": they may still be answered
};

// What changed in the trail since a cursor, sorted by a filter.
struct AuditChanges
{
    QList<AuditEntry> shown; // added or changed, and passing the filter: to show as they are now
    QList<qint64> hidden;    // added or changed but not passing it: not to show (any more)
};

// The audit trail: every attempt is written before the request leaves ("sent") and completed
// when its answer arrives, so an attempt interrupted by a crash is still on record. Each log writes
// under a session of its own (SessionLock), which tells the entries of a process that is gone from
// those of one still waiting for its answer.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    static inline const QString SentOutcome = QStringLiteral("sent");
    static inline const QString UnknownOutcome = QStringLiteral("unknown");

    explicit AuditLog(Database& database);

    // False when the trail is not on disk: the database is in memory only because its file could not
    // be used (or was never asked for). recordSent() then writes nothing, since a record that dies
    // with the process is no record: app and CLI send no deletion then.
    bool keepsRecordsOnDisk() const;
    // Returns the new entry's id, or -1 when it could not be written to disk (the caller must then
    // not send the request: an unrecorded deletion is not allowed).
    qint64 recordSent(const AuditEntry& entry);
    // Records several attempts that are about to leave together in one commit, on the disk before it
    // returns: the new ids in the order of `entries`, or an empty list when they could not be written
    // (then none of them is on record). One wait for the disk instead of one per attempt.
    QList<qint64> recordSent(const QList<AuditEntry>& entries);
    // Records the answer to an entry still open; its start time stays as recorded.
    bool recordCompleted(qint64 id, const QString& outcome, int httpStatus, const QString& serverMessage,
                         qint64 durationMs);
    // Records several answers in one commit; returns how many entries it completed.
    int recordCompleted(const QList<AuditCompletion>& completions);
    // Called after entries were completed (the team trail uploads them then). One listener.
    void setCompletionListener(std::function<void()> listener);
    // For whoever opens the trail (the app at its start, every CLI command): entries still "sent"
    // whose process is gone (it crashed or was killed before recording the answer) become "unknown";
    // those of a process still running, another copy of the app or the CLI waiting for its answer,
    // stay "sent". Entries written before sessions were recorded count as gone. Reads only the open
    // entries (an index holds them), and the folder of sessions only for those. Returns how many
    // entries it changed.
    int markAbandonedAsUnknown();
    // For the connection made from the setup of a version before named connections (its
    // legacyDataKey): the entries recorded then, in no connection, whose API host is `legacyHost`,
    // become that connection's. Entries of another connection or host are left alone. Runs at every
    // start: it reads only the entries in no connection (an index holds them), so once they are adopted
    // it costs next to nothing, and a second run changes nothing. Returns how many entries it changed.
    int adoptLegacyEntries(const QString& legacyHost, const QString& connectionId,
                           const QString& connectionName);

    QList<AuditEntry> entries(const AuditFilter& filter = {}) const; // newest first
    std::optional<AuditEntry> entry(qint64 id) const;
    // The entries with these ids, oldest first (ids that do not exist are left out).
    QList<AuditEntry> entriesWithIds(const QList<qint64>& ids) const;
    // For a view that follows the trail without reading all of it again: take the cursor before
    // reading the entries shown, then ask for the changes since, which moves the cursor on. What
    // changesSince() costs grows with the entries added or open since, not with the trail.
    AuditCursor cursor() const;
    AuditChanges changesSince(AuditCursor& cursor, const AuditFilter& filter) const;

    // RFC 4180 CSV with a header line; cells starting with = + - @ (or tab/CR) are prefixed with a
    // single quote so that a spreadsheet shows them as text instead of running them.
    static QString toCsv(const QList<AuditEntry>& entries);
    // Who makes the deletions, for the audit: the account's name as the operating system knows it
    // (never the environment's word alone), with what the environment claims added only where it
    // differs: "alice", or "alice (USER says bob)". "uid 1001" where the system has no name for the
    // account (POSIX), "unknown" where it has nothing at all.
    static QString currentOsUser();
    // The machine's host name, for the audit (QSysInfo::machineHostName(); "unknown" when it has none).
    static QString currentMachine();
    // The rule of currentOsUser(): `account`, then " (`variable` says `claimed`)" when the claim is
    // set and differs; the claim is shown on one line and cut at 64 characters.
    static QString osUserText(const QString& account, const QString& variable, const QString& claimed);

private:
    // The session under whose name this log writes, started at its first entry: until then a log only
    // reads, and leaves no trace. False when none could be held (then nothing may be written).
    bool holdSession();
    // <the database's folder>/sessions
    QString sessionFolder() const;

    Database& m_database;
    SessionLock m_session;
    std::function<void()> m_completionListener;
};
