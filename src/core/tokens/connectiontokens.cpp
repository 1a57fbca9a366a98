#include "connectiontokens.h"

#include "core/settings/appsettings.h"
#include "tokenprovider.h"

#include <memory>

ConnectionTokens::ConnectionTokens(TokenStore* keychain, TokenStore* plainFile, const AppSettings& settings,
                                   QObject* parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_plainFile(plainFile)
    , m_settings(settings)
{}

TokenStore* ConnectionTokens::storeInForce() const
{
    return m_settings.tokenStorage() == AppSettings::TokenStorage::PlainFile ? m_plainFile : m_keychain;
}

void ConnectionTokens::write(const QString& entry, const QString& token)
{
    const QString trimmed = token.trimmed();
    if (!TokenProvider::isWellFormed(trimmed)) {
        emit writeFinished(
            entry, TokenStore::Status::Failed,
            tr("A token must not be empty or contain spaces, line breaks or control characters."));
        return;
    }
    TokenStore* store = storeInForce();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(
        store, &TokenStore::writeFinished, this,
        [this, connection, entry](const QString& key, TokenStore::Status status, const QString& message) {
            if (key != entry)
                return;
            disconnect(*connection);
            emit writeFinished(entry, status, message);
        });
    store->write(entry, trimmed);
}

void ConnectionTokens::readOnce(
    const QString& entry, std::function<void(TokenStore::Status, const QString&, const QString&)> answer)
{
    TokenStore* store = storeInForce();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(
        store, &TokenStore::readFinished, this,
        [connection, entry, answer = std::move(answer)](const QString& key, TokenStore::Status status,
                                                        const QString& token, const QString& message) {
            if (key != entry)
                return;
            disconnect(*connection);
            answer(status, token, message);
        });
    store->read(entry);
}

void ConnectionTokens::read(const QString& entry)
{
    readOnce(entry, [this, entry](TokenStore::Status status, const QString& token, const QString& message) {
        emit readFinished(entry, status, token.trimmed(), message);
    });
}

void ConnectionTokens::check(const QString& entry)
{
    readOnce(entry, [this, entry](TokenStore::Status status, const QString& token, const QString& message) {
        emit checkFinished(entry, status == TokenStore::Status::Ok && !token.trimmed().isEmpty(), status,
                           message);
    });
}

void ConnectionTokens::remove(const QString& entry)
{
    struct Answers
    {
        int missing = 2;
        bool removedSomewhere = false;
        TokenStore::Status inForceStatus = TokenStore::Status::NotFound;
        QString inForceMessage;
    };
    auto answers = std::make_shared<Answers>();
    TokenStore* inForce = storeInForce();
    const auto onRemoved = [this, answers, entry, inForce](TokenStore* store, TokenStore::Status status,
                                                           const QString& message) {
        answers->removedSomewhere = answers->removedSomewhere || status == TokenStore::Status::Ok;
        if (store == inForce) {
            answers->inForceStatus = status;
            answers->inForceMessage = message;
        }
        if (--answers->missing > 0)
            return;
        if (answers->removedSomewhere)
            emit removeFinished(entry, TokenStore::Status::Ok, {});
        else
            emit removeFinished(entry, answers->inForceStatus, answers->inForceMessage);
    };
    for (TokenStore* store : {m_plainFile, m_keychain}) {
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(store, &TokenStore::removeFinished, this,
                              [onRemoved, store, entry, connection](
                                  const QString& key, TokenStore::Status status, const QString& message) {
                                  if (key != entry)
                                      return;
                                  disconnect(*connection);
                                  onRemoved(store, status, message);
                              });
    }
    m_plainFile->remove(entry);
    m_keychain->remove(entry);
}
