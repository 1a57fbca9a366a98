#include "tokenstore.h"

#include <QCoreApplication>

namespace {

QString unavailableMessage()
{
    return QCoreApplication::translate("TokenStore", "No keychain service is available.");
}

} // namespace

void MemoryTokenStore::read(const QString& connection)
{
    if (m_unavailable) {
        emit readFinished(connection, Status::Unavailable, {}, unavailableMessage());
        return;
    }
    const auto it = m_tokens.constFind(connection);
    if (it == m_tokens.cend())
        emit readFinished(connection, Status::NotFound, {}, {});
    else
        emit readFinished(connection, Status::Ok, *it, {});
}

void MemoryTokenStore::write(const QString& connection, const QString& token)
{
    if (m_unavailable) {
        emit writeFinished(connection, Status::Unavailable, unavailableMessage());
        return;
    }
    m_tokens.insert(connection, token);
    emit writeFinished(connection, Status::Ok, {});
}

void MemoryTokenStore::remove(const QString& connection)
{
    if (m_unavailable) {
        emit removeFinished(connection, Status::Unavailable, unavailableMessage());
        return;
    }
    const bool existed = m_tokens.remove(connection) > 0;
    emit removeFinished(connection, existed ? Status::Ok : Status::NotFound, {});
}

void MemoryTokenStore::setUnavailable(bool unavailable)
{
    m_unavailable = unavailable;
}
