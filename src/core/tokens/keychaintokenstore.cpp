#include "keychaintokenstore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <functional>
#include <memory>

namespace {

TokenStore::Status statusFor(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return TokenStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return TokenStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return TokenStore::Status::Unavailable;
    case QKeychain::OtherError:
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
        // Secret Service: QtKeychain reports every D-Bus failure (no session bus, no secrets service
        // on it) as OtherError. That is "no keychain service answered", not an answer.
        return TokenStore::Status::Unavailable;
#else
        break;
#endif
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return TokenStore::Status::Failed;
}

QString timeoutMessage()
{
    return QCoreApplication::translate("KeychainTokenStore",
                                       "The OS keychain did not answer in time (it may be locked).");
}

// QtKeychain's texts are technical ("Failed to execute child process dbus-launch"): lead with plain words.
QString messageFor(TokenStore::Status status, const QKeychain::Job* job)
{
    switch (status) {
    case TokenStore::Status::Unavailable:
        return QCoreApplication::translate("KeychainTokenStore", "The OS keychain is not available (%1).")
            .arg(job->errorString());
    case TokenStore::Status::Failed:
        return QCoreApplication::translate("KeychainTokenStore", "The OS keychain reported an error: %1")
            .arg(job->errorString());
    case TokenStore::Status::Ok:
    case TokenStore::Status::NotFound:
        break;
    }
    return {};
}

// Starts `job` and calls `done` exactly once: with the job when it finishes, or with nullptr when
// our timeout fires first. A job that never finishes cannot be cancelled; it is left to itself.
void startWithTimeout(QKeychain::Job* job, std::chrono::milliseconds timeout, QObject* context,
                      const std::function<void(QKeychain::Job*)>& done)
{
    // Whichever comes first answers; the other finds `answered` set and touches nothing, since the
    // timer may already be gone when a locked keyring answers minutes later.
    auto answered = std::make_shared<bool>(false);
    QPointer<QTimer> timer = new QTimer(context);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, context, [answered, done, timer] {
        if (*answered)
            return;
        *answered = true;
        timer->deleteLater();
        done(nullptr);
    });
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [answered, done, timer](QKeychain::Job* finished) {
                         if (*answered)
                             return;
                         *answered = true;
                         if (timer) {
                             timer->stop();
                             timer->deleteLater();
                         }
                         done(finished);
                     });
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    timer->start(timeout);
    job->start();
}

} // namespace

KeychainTokenStore::KeychainTokenStore(QString service, QObject* parent)
    : TokenStore(parent)
    , m_service(std::move(service))
{}

void KeychainTokenStore::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

QString KeychainTokenStore::entryKey(const QString& connection)
{
    return QStringLiteral("connection/%1/api-token").arg(connection);
}

void KeychainTokenStore::read(const QString& connection)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(entryKey(connection));
    startWithTimeout(job, m_timeout, this, [this, connection](QKeychain::Job* finished) {
        if (!finished) {
            emit readFinished(connection, Status::Unavailable, {}, timeoutMessage());
            return;
        }
        const Status status = statusFor(finished->error());
        const QString token =
            status == Status::Ok ? static_cast<QKeychain::ReadPasswordJob*>(finished)->textData() : QString();
        emit readFinished(connection, status, token, messageFor(status, finished));
    });
}

void KeychainTokenStore::write(const QString& connection, const QString& token)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(entryKey(connection));
    job->setTextData(token);
    startWithTimeout(job, m_timeout, this, [this, connection](QKeychain::Job* finished) {
        if (!finished) {
            emit writeFinished(connection, Status::Unavailable, timeoutMessage());
            return;
        }
        const Status status = statusFor(finished->error());
        emit writeFinished(connection, status, messageFor(status, finished));
    });
}

void KeychainTokenStore::remove(const QString& connection)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(entryKey(connection));
    startWithTimeout(job, m_timeout, this, [this, connection](QKeychain::Job* finished) {
        if (!finished) {
            emit removeFinished(connection, Status::Unavailable, timeoutMessage());
            return;
        }
        const Status status = statusFor(finished->error());
        emit removeFinished(connection, status, messageFor(status, finished));
    });
}
