#pragma once

#include "core/storage/auditlog.h"
#include "teamstatus.h"
#include "teamtrail.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class Database;
class TeamConnection;

// Everything that talks to the team database, in a thread of its own (TeamSync moves it there):
// a slow or unreachable database holds this thread, never the window. It keeps its own connections,
// to the team database and to the local audit file (Qt SQL connections belong to their thread).
// Its slots are called through queued connections; each answers with one signal.
class TeamWorker final : public QObject
{
    Q_OBJECT

public:
    explicit TeamWorker(QObject* parent = nullptr);
    ~TeamWorker() override;

public slots:
    // The team database to use (empty uri: none) with its password, and the local audit file.
    void configure(const QString& uri, const QString& password, const QString& localDatabasePath);
    // Uploads what is pending; answers with synced().
    void sync();
    // Only asks whether the database answers and how many entries wait; answers with statusRead().
    void readStatus();
    // Tries an address that is not saved yet (Settings > Team > Test); answers with tested().
    void test(const QString& uri, const QString& password);
    void readTrail(int request, const AuditFilter& filter, int limit);
    void readDeletions(int request, const QString& apiHost, const QString& classificationId,
                       const QStringList& batchIds);
    // Closes the connections in this thread, before it ends.
    void shutDown();

public:
    // From any thread: every call still queued returns at once (the app is closing), so that only
    // the one running, bounded by the connection's timeouts, is waited for.
    void requestStop();

signals:
    void synced(const TeamStatus& status);
    void statusRead(const TeamStatus& status);
    void tested(const TeamStatus& status);
    void trailRead(int request, const QList<AuditEntry>& entries, const QString& error);
    void deletionsRead(int request, const QHash<QString, TeamDeletion>& deletions);

private:
    // The connection, opened (again) when needed; nullptr with `status.error` set when it cannot be.
    TeamConnection* openConnection(TeamStatus& status);
    int pendingCount();
    TeamStatus baseStatus() const;

    QString m_uri;
    QString m_password;
    QString m_localPath;
    QString m_configurationError;
    std::unique_ptr<Database> m_local;
    std::unique_ptr<TeamConnection> m_connection;
    QDateTime m_lastSyncUtc;
    std::atomic_bool m_stopping{false};
};
