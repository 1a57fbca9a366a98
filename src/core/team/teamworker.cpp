#include "teamworker.h"

#include "core/storage/database.h"
#include "teamconnection.h"
#include "teamoutbox.h"
#include "teamschema.h"
#include "teamuploader.h"

#include <QAtomicInteger>
#include <QSqlQuery>
#include <QThread>

namespace {

QString uniqueLocalName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("eba-team-local-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

TeamWorker::TeamWorker(QObject* parent)
    : QObject(parent)
{}

TeamWorker::~TeamWorker()
{
    shutDown();
}

void TeamWorker::configure(const QString& uri, const QString& password, const QString& localDatabasePath)
{
    const bool sameTeam = uri == m_uri && password == m_password;
    m_uri = uri;
    m_password = password;
    if (!sameTeam)
        m_connection.reset();
    if (localDatabasePath != m_localPath) {
        m_localPath = localDatabasePath;
        m_local.reset();
    }
    m_configurationError.clear();
    if (!m_uri.isEmpty())
        TeamDatabaseAddress::parse(m_uri, &m_configurationError);
}

TeamStatus TeamWorker::baseStatus() const
{
    TeamStatus status;
    status.configured = !m_uri.isEmpty();
    QString ignored;
    if (const auto address = TeamDatabaseAddress::parse(m_uri, &ignored))
        status.database = address->displayName();
    status.lastSyncUtc = m_lastSyncUtc;
    return status;
}

TeamConnection* TeamWorker::openConnection(TeamStatus& status)
{
    if (!m_configurationError.isEmpty()) {
        status.error = m_configurationError;
        return nullptr;
    }
    if (!m_connection) {
        QString error;
        const std::optional<TeamDatabaseAddress> address = TeamDatabaseAddress::parse(m_uri, &error);
        if (!address) {
            status.error = error;
            return nullptr;
        }
        m_connection = std::make_unique<TeamConnection>(*address, m_password);
    }
    // A connection the server dropped (a restart, an outage) is opened again: one cheap statement
    // tells, since the driver only learns of it when a statement fails.
    const auto answers = [this] {
        QSqlQuery ping(m_connection->handle());
        return ping.exec(QStringLiteral("SELECT 1"));
    };
    if (!m_connection->isOpen() || m_connection->isBroken() || !answers()) {
        if (!m_connection->open()) {
            status.error = m_connection->errorMessage();
            status.reachable = m_connection->serverAnswered();
            return nullptr;
        }
    }
    status.reachable = true;
    return m_connection.get();
}

int TeamWorker::pendingCount()
{
    if (m_localPath.isEmpty() || m_uri.isEmpty())
        return 0;
    // A file that could not be opened this time (busy, say) leaves only memory: tried again next time.
    if (m_local && (!m_local->isOpen() || m_local->isInMemory()))
        m_local.reset();
    if (!m_local) {
        m_local = std::make_unique<Database>(uniqueLocalName());
        m_local->open(m_localPath, Database::IntegrityCheck::Skip);
    }
    QString ignored;
    const auto address = TeamDatabaseAddress::parse(m_uri, &ignored);
    return address ? TeamOutbox(*m_local, address->displayName()).pendingCount() : 0;
}

void TeamWorker::sync()
{
    if (m_stopping)
        return;
    TeamStatus status = baseStatus();
    if (!status.configured) {
        emit synced(status);
        return;
    }
    status.pending = pendingCount();
    TeamConnection* connection = openConnection(status);
    if (connection && m_local && m_local->isOpen() && !m_local->isInMemory()) {
        TeamOutbox outbox(*m_local, connection->address().displayName());
        const TeamSyncResult result = TeamUploader(outbox, *connection).uploadPending();
        status.reachable = result.reachable;
        status.pending = result.pending;
        status.error = result.error;
        status.schemaVersion = result.reachable ? TeamSchema::installedVersion(connection->handle()) : -1;
        if (result.reachable)
            m_lastSyncUtc = status.lastSyncUtc = QDateTime::currentDateTimeUtc();
    }
    emit synced(status);
}

void TeamWorker::readStatus()
{
    if (m_stopping)
        return;
    TeamStatus status = baseStatus();
    if (status.configured) {
        status.pending = pendingCount();
        if (TeamConnection* connection = openConnection(status)) {
            QString error;
            status.schemaVersion = TeamSchema::installedVersion(connection->handle(), &error);
            if (status.schemaVersion < 0) {
                connection->noteFailure(error);
                status.reachable = !connection->isBroken();
                status.error = connection->errorMessage();
            } else {
                status.error = TeamSchema::problemWith(status.schemaVersion, status.database);
            }
        }
    }
    emit statusRead(status);
}

void TeamWorker::test(const QString& uri, const QString& password)
{
    TeamStatus status;
    status.configured = true;
    QString error;
    const std::optional<TeamDatabaseAddress> address = TeamDatabaseAddress::parse(uri, &error);
    if (!address) {
        status.error = error;
        emit tested(status);
        return;
    }
    status.database = address->displayName();
    TeamConnection connection(*address, password);
    if (!connection.open()) {
        status.error = connection.errorMessage();
    } else {
        status.reachable = true;
        status.schemaVersion = TeamSchema::installedVersion(connection.handle(), &error);
        status.error =
            status.schemaVersion < 0 ? error : TeamSchema::problemWith(status.schemaVersion, status.database);
    }
    emit tested(status);
}

void TeamWorker::readTrail(int request, const AuditFilter& filter, int limit)
{
    if (m_stopping)
        return;
    TeamStatus status = baseStatus();
    TeamConnection* connection = status.configured ? openConnection(status) : nullptr;
    if (!connection) {
        emit trailRead(request, {}, status.configured ? status.error : tr("No team database is set."));
        return;
    }
    QString error;
    const int version = TeamSchema::installedVersion(connection->handle(), &error);
    if (version != TeamSchema::Version) {
        if (version < 0)
            connection->noteFailure(error);
        emit trailRead(request, {},
                       version < 0 ? connection->errorMessage()
                                   : TeamSchema::problemWith(version, status.database));
        return;
    }
    bool ok = false;
    const QList<AuditEntry> entries = TeamTrail(*connection).entries(filter, limit, &ok);
    emit trailRead(request, entries, ok ? QString() : connection->errorMessage());
}

void TeamWorker::readDeletions(int request, const QString& apiHost, const QString& classificationId,
                               const QStringList& batchIds)
{
    if (m_stopping)
        return;
    TeamStatus status = baseStatus();
    TeamConnection* connection = status.configured ? openConnection(status) : nullptr;
    QHash<QString, TeamDeletion> found;
    if (connection) {
        bool ok = false;
        found = TeamTrail(*connection).deletions(apiHost, classificationId, batchIds, &ok);
    }
    emit deletionsRead(request, found);
}

void TeamWorker::requestStop()
{
    m_stopping = true;
}

void TeamWorker::shutDown()
{
    m_connection.reset();
    if (m_local)
        m_local->close();
    m_local.reset();
}
