#include "tokenstore.h"

#include <QCoreApplication>
#include <QTimer>

namespace {

QString unavailableMessage()
{
    return QCoreApplication::translate("TokenStore", "No keychain service is available.");
}

} // namespace

template <typename Emit>
void MemoryTokenStore::answer(Emit emitAnswer)
{
    if (m_deferred)
        QTimer::singleShot(0, this, emitAnswer);
    else
        emitAnswer();
}

void MemoryTokenStore::read(const QString& connection)
{
    if (m_unavailable) {
        answer([this, connection] {
            emit readFinished(connection, Status::Unavailable, {}, unavailableMessage());
        });
        return;
    }
    const auto it = m_tokens.constFind(connection);
    const bool found = it != m_tokens.cend();
    const QString token = found ? *it : QString();
    answer([this, connection, found, token] {
        emit readFinished(connection, found ? Status::Ok : Status::NotFound, token, {});
    });
}

void MemoryTokenStore::write(const QString& connection, const QString& token)
{
    if (m_unavailable) {
        answer([this, connection] {
            emit writeFinished(connection, Status::Unavailable, unavailableMessage());
        });
        return;
    }
    m_tokens.insert(connection, token);
    answer([this, connection] { emit writeFinished(connection, Status::Ok, {}); });
}

void MemoryTokenStore::remove(const QString& connection)
{
    if (m_unavailable) {
        answer([this, connection] {
            emit removeFinished(connection, Status::Unavailable, unavailableMessage());
        });
        return;
    }
    const bool existed = m_tokens.remove(connection) > 0;
    answer([this, connection, existed] {
        emit removeFinished(connection, existed ? Status::Ok : Status::NotFound, {});
    });
}

void MemoryTokenStore::setUnavailable(bool unavailable)
{
    m_unavailable = unavailable;
}

void MemoryTokenStore::setDeferredAnswers(bool deferred)
{
    m_deferred = deferred;
}
