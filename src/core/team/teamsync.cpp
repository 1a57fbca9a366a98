#include "teamsync.h"

#include "core/settings/appsettings.h"
#include "core/tokens/tokenstore.h"
#include "teamdatabaseaddress.h"
#include "teamsettings.h"
#include "teamworker.h"

#include <QSettings>

#include <memory>

namespace {

// Calls `handler(status, text)` once, with the store's first answer for `key` to `signal`
// (writeFinished or removeFinished), then stops listening. The answer may come before the call that
// asks returns, so this is set up first.
template <typename Handler>
void onAnswerFor(TokenStore* store,
                 void (TokenStore::*signal)(const QString&, TokenStore::Status, const QString&),
                 const QString& key, QObject* context, Handler handler)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(
        store, signal, context,
        [key, connection, handler](const QString& entry, TokenStore::Status status, const QString& message) {
            if (entry != key)
                return;
            QObject::disconnect(*connection);
            handler(status, message);
        });
}

} // namespace

TeamSync::TeamSync(QSettings& qsettings, const AppSettings& settings, TokenStore* keychain,
                   TokenStore* plainFile, QObject* parent)
    : QObject(parent)
    , m_qsettings(qsettings)
    , m_settings(settings)
    , m_keychain(keychain)
    , m_plainFile(plainFile)
{
    qRegisterMetaType<TeamStatus>();
    qRegisterMetaType<AuditFilter>();
    qRegisterMetaType<QList<AuditEntry>>();
    qRegisterMetaType<QHash<QString, TeamDeletion>>();
    m_thread->setObjectName(QStringLiteral("team trail"));
    m_worker = new TeamWorker;
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &TeamWorker::synced, this, &TeamSync::onSynced);
    connect(m_worker, &TeamWorker::statusRead, this, [this](const TeamStatus& status) {
        m_status = status;
        m_status.lastSyncUtc = status.lastSyncUtc.isValid() ? status.lastSyncUtc : m_status.lastSyncUtc;
        emit statusChanged(m_status);
    });
    connect(m_worker, &TeamWorker::tested, this, [this](const TeamStatus& status) {
        if (auto done = std::exchange(m_testDone, nullptr))
            done(status);
    });
    connect(m_worker, &TeamWorker::trailRead, this,
            [this](int request, const QList<AuditEntry>& entries, const QString& error) {
                const auto pending = m_trailRequests.take(request);
                if (pending.first && pending.second)
                    pending.second(entries, error);
            });
    connect(m_worker, &TeamWorker::deletionsRead, this,
            [this](int request, const QHash<QString, TeamDeletion>& deletions) {
                const auto pending = m_deletionRequests.take(request);
                if (pending.first && pending.second)
                    pending.second(deletions);
            });
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(CoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &TeamSync::syncNow);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &TeamSync::syncNow);
    m_thread->start();
}

TeamSync::~TeamSync()
{
    // The worker closes its connections in its own thread, then the thread ends. A statement in
    // progress is bounded by the connection's timeouts (TeamConnection).
    m_worker->requestStop();
    QMetaObject::invokeMethod(m_worker, &TeamWorker::shutDown, Qt::QueuedConnection);
    m_thread->quit();
    if (m_thread->wait(QDeadlineTimer(ShutdownWaitMs)))
        return;
    // A statement the server never answers (a hung server whose machine still acknowledges) would
    // hold the app's exit: the thread is left to end with the process, which is ending anyway.
    qWarning("TeamSync: the team database did not answer within %d ms; not waiting for it", ShutdownWaitMs);
    static_cast<void>(m_thread.release()); // left running on purpose: no delete of a running QThread
}

void TeamSync::start(const QString& localDatabasePath)
{
    m_localPath = localDatabasePath;
    m_started = !localDatabasePath.isEmpty();
    reload();
}

void TeamSync::reload()
{
    if (!m_started)
        return;
    m_uri = TeamSettings(m_qsettings).uri().trimmed();
    m_status = TeamStatus{};
    m_status.configured = !m_uri.isEmpty();
    QString problem;
    const std::optional<TeamDatabaseAddress> address = TeamDatabaseAddress::parse(m_uri, &problem);
    if (address)
        m_status.database = address->displayName();
    if (!address) {
        configureWorker({});
        return;
    }
    readPassword(m_uri, [this](const QString& password) { configureWorker(password); });
}

void TeamSync::readPassword(const QString& uri, const std::function<void(const QString&)>& done)
{
    bool fromEnvironment = false;
    const QString environmentPassword = TeamSettings::passwordFromEnvironment(&fromEnvironment);
    QString problem;
    const std::optional<TeamDatabaseAddress> address = TeamDatabaseAddress::parse(uri, &problem);
    if (!address || fromEnvironment) {
        done(environmentPassword);
        return;
    }
    TokenStore* store = storeInForce();
    const QString key = address->keychainKey();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(store, &TokenStore::readFinished, this,
                          [key, connection, done](const QString& entry, TokenStore::Status status,
                                                  const QString& token, const QString&) {
                              if (entry != key)
                                  return;
                              disconnect(*connection);
                              done(status == TokenStore::Status::Ok ? token : QString());
                          });
    store->read(key);
}

void TeamSync::configureWorker(const QString& password)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, uri = m_uri, password, path = m_localPath] {
        worker->configure(uri, password, path);
    });
    m_retryMs = m_firstRetryMs;
    m_retry.stop();
    emit statusChanged(m_status);
    syncNow();
}

void TeamSync::setFirstRetryDelay(int milliseconds)
{
    m_firstRetryMs = m_retryMs = milliseconds;
}

bool TeamSync::isConfigured() const
{
    return m_started && !m_uri.isEmpty();
}

QString TeamSync::configuredUri() const
{
    return m_uri;
}

TeamStatus TeamSync::status() const
{
    return m_status;
}

void TeamSync::syncSoon()
{
    if (isConfigured() && !m_coalesce.isActive())
        m_coalesce.start();
}

void TeamSync::syncNow()
{
    if (!isConfigured())
        return;
    m_coalesce.stop();
    QMetaObject::invokeMethod(m_worker, &TeamWorker::sync, Qt::QueuedConnection);
}

void TeamSync::refreshStatus()
{
    if (isConfigured())
        QMetaObject::invokeMethod(m_worker, &TeamWorker::readStatus, Qt::QueuedConnection);
}

void TeamSync::onSynced(const TeamStatus& status)
{
    m_status = status;
    emit statusChanged(m_status);
    if (status.pending > 0 && isConfigured())
        scheduleRetry();
    else
        m_retryMs = m_firstRetryMs;
}

void TeamSync::scheduleRetry()
{
    if (m_retry.isActive())
        return;
    m_retry.start(m_retryMs);
    m_retryMs = std::min(m_retryMs * 2, MaxRetrySeconds * 1000);
}

void TeamSync::test(const QString& uri, const std::optional<QString>& password,
                    std::function<void(const TeamStatus&)> done)
{
    m_testDone = std::move(done);
    const auto run = [this, uri](const QString& secret) {
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, uri, secret] { worker->test(uri, secret); });
    };
    if (password)
        run(*password);
    else
        readPassword(uri, run);
}

bool TeamSync::isSetByEnvironment()
{
    return qEnvironmentVariableIsSet(TeamSettings::EnvironmentVariable);
}

void TeamSync::readTrail(const AuditFilter& filter, int limit, QObject* context,
                         std::function<void(const QList<AuditEntry>&, const QString&)> done)
{
    const int request = m_nextRequest++;
    m_trailRequests.insert(request, {context, std::move(done)});
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request, filter, limit] { worker->readTrail(request, filter, limit); });
}

void TeamSync::readDeletions(const QString& apiHost, const QString& classificationId,
                             const QStringList& batchIds, QObject* context,
                             std::function<void(const QHash<QString, TeamDeletion>&)> done)
{
    if (!isConfigured() || batchIds.isEmpty())
        return;
    const int request = m_nextRequest++;
    m_deletionRequests.insert(request, {context, std::move(done)});
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, request, apiHost, classificationId, batchIds] {
        worker->readDeletions(request, apiHost, classificationId, batchIds);
    });
}

void TeamSync::save(const QString& uri, const std::optional<QString>& password,
                    const std::function<void(const QString&)>& done)
{
    const QString trimmed = uri.trimmed();
    TeamSettings settings(m_qsettings);
    if (trimmed.isEmpty()) {
        // Its password goes too: nothing of a team database this desk left stays behind.
        QString ignored;
        const std::optional<TeamDatabaseAddress> previous =
            TeamDatabaseAddress::parse(settings.savedUri(), &ignored);
        settings.clearSavedUri();
        if (!previous) {
            reload();
            done({});
            return;
        }
        TokenStore* store = storeInForce();
        const QString key = previous->keychainKey();
        onAnswerFor(store, &TokenStore::removeFinished, key, this,
                    [this, done](TokenStore::Status, const QString&) {
                        reload();
                        done({});
                    });
        store->remove(key);
        return;
    }
    QString problem;
    const std::optional<TeamDatabaseAddress> address = TeamDatabaseAddress::parse(trimmed, &problem);
    if (!address) {
        done(problem);
        return;
    }
    settings.setSavedUri(address->uri());
    if (!password) {
        reload();
        done({});
        return;
    }
    TokenStore* store = storeInForce();
    const QString key = address->keychainKey();
    const auto answered = [this, done](TokenStore::Status status, const QString& message) {
        reload();
        done(status == TokenStore::Status::Ok || status == TokenStore::Status::NotFound ? QString()
                                                                                        : message);
    };
    if (password->isEmpty()) {
        onAnswerFor(store, &TokenStore::removeFinished, key, this, answered);
        store->remove(key);
    } else {
        onAnswerFor(store, &TokenStore::writeFinished, key, this, answered);
        store->write(key, *password);
    }
}

TokenStore* TeamSync::storeInForce() const
{
    return m_settings.tokenStorage() == AppSettings::TokenStorage::PlainFile ? m_plainFile : m_keychain;
}
