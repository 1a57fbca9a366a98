#pragma once

#include "core/storage/auditlog.h"
#include "teamstatus.h"
#include "teamtrail.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class AppSettings;
class QSettings;
class TeamWorker;
class TokenStore;

// The app's side of the team trail: fills it from this desk's audit trail after each deletion, at
// start and when asked, and retries with growing pauses while the team database does not answer;
// reads it for the audit window, the catalogue and the confirmation. All of the talking happens in
// TeamWorker's thread: nothing here waits for the team database. Inert when no team database is set
// (and in the demo, which never shares its entries).
class TeamSync final : public QObject
{
    Q_OBJECT

public:
    static constexpr int FirstRetrySeconds = 5;
    static constexpr int MaxRetrySeconds = 300;
    // After an entry is completed, the upload waits this long for more (a bulk run completes many).
    static constexpr int CoalesceMs = 400;
    // How long closing waits for a statement in progress.
    static constexpr int ShutdownWaitMs = 3000;

    // `keychain` and `plainFile`: the stores the team database's password may be saved in (the one
    // the token storage setting names is used). All must outlive this object.
    TeamSync(QSettings& qsettings, const AppSettings& settings, TokenStore* keychain, TokenStore* plainFile,
             QObject* parent = nullptr);
    ~TeamSync() override;

    // Starts work on the local audit file at `localDatabasePath` (after the app opened it): reads the
    // saved address and password, then syncs. An empty path (the demo, a trail kept in memory) keeps
    // it inert.
    void start(const QString& localDatabasePath);
    // The saved address or the password changed (Settings > Team): reads them again, then syncs.
    void reload();
    bool isConfigured() const;
    TeamStatus status() const;
    // The address in force as it was given (empty: none).
    QString configuredUri() const;

    // Uploads soon (entries were completed); several calls close together make one upload.
    void syncSoon();
    // Uploads now (Settings > Team > Sync now).
    void syncNow();
    // Asks the team database how it is; statusChanged() answers.
    void refreshStatus();
    // Tries an address that may not be saved yet, with `password`, or with the one saved for that
    // address (or EXTRACTA_TEAM_DB_PASSWORD) when nullopt; `done` gets the result (on this thread).
    void test(const QString& uri, const std::optional<QString>& password,
              std::function<void(const TeamStatus&)> done);
    // Whether the address in force comes from EXTRACTA_TEAM_DB (Settings cannot change it then).
    static bool isSetByEnvironment();
    // Reads the team trail; `done` gets the entries, or an error (on this thread). `context` going
    // away drops the answer.
    void readTrail(const AuditFilter& filter, int limit, QObject* context,
                   std::function<void(const QList<AuditEntry>&, const QString&)> done);
    // The batches of one classification some desk deleted; nothing when no team database is set.
    void readDeletions(const QString& apiHost, const QString& classificationId, const QStringList& batchIds,
                       QObject* context, std::function<void(const QHash<QString, TeamDeletion>&)> done);

    // The first pause before a retry (it doubles up to MaxRetrySeconds); tests shorten it.
    void setFirstRetryDelay(int milliseconds);

    // Saves the address (empty: none) and, when `password` is given, the password for it in the
    // store in force; `done` gets an error message, empty on success.
    void save(const QString& uri, const std::optional<QString>& password,
              const std::function<void(const QString&)>& done);

signals:
    void statusChanged(const TeamStatus& status);

private:
    void configureWorker(const QString& password);
    // The password for `uri`: EXTRACTA_TEAM_DB_PASSWORD, else the one saved for it, else none;
    // `done` gets it once the store answered.
    void readPassword(const QString& uri, const std::function<void(const QString&)>& done);
    void onSynced(const TeamStatus& status);
    void scheduleRetry();
    TokenStore* storeInForce() const;

    QSettings& m_qsettings;
    const AppSettings& m_settings;
    TokenStore* m_keychain;
    TokenStore* m_plainFile;
    std::unique_ptr<QThread> m_thread = std::make_unique<QThread>();
    TeamWorker* m_worker = nullptr; // lives in m_thread
    QString m_localPath;
    QString m_uri;
    bool m_started = false;
    TeamStatus m_status;
    QTimer m_coalesce;
    QTimer m_retry;
    int m_firstRetryMs = FirstRetrySeconds * 1000;
    int m_retryMs = FirstRetrySeconds * 1000;
    int m_nextRequest = 1;
    QHash<int, std::pair<QPointer<QObject>, std::function<void(const QList<AuditEntry>&, const QString&)>>>
        m_trailRequests;
    QHash<int, std::pair<QPointer<QObject>, std::function<void(const QHash<QString, TeamDeletion>&)>>>
        m_deletionRequests;
    std::function<void(const TeamStatus&)> m_testDone;
};
