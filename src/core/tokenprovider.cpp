#include "tokenprovider.h"

#include <memory>

TokenProvider::TokenProvider(TokenStore* keychain, TokenStore* plainFile, QString connection, QObject* parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_plainFile(plainFile)
    , m_connection(std::move(connection))
{}

void TokenProvider::setEnvironmentToken(const QString& token)
{
    m_environmentToken = token.trimmed();
    emit tokenChanged();
}

void TokenProvider::useDemoToken(const QString& token)
{
    setStored(token, Source::Demo);
}

TokenStore* TokenProvider::storeFor(Destination destination) const
{
    return destination == Destination::PlainFile ? m_plainFile : m_keychain;
}

void TokenProvider::load(Destination from)
{
    TokenStore* store = storeFor(from);
    const Source source = from == Destination::PlainFile ? Source::PlainFile : Source::Keychain;
    ++m_pending;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(store, &TokenStore::readFinished, this,
                          [this, connection, source](const QString& key, TokenStore::Status status,
                                                     const QString& token, const QString& message) {
                              if (key != m_connection)
                                  return;
                              disconnect(*connection);
                              --m_pending;
                              m_loadProblem =
                                  status == TokenStore::Status::Ok || status == TokenStore::Status::NotFound
                                      ? QString()
                                      : message;
                              if (status == TokenStore::Status::Ok && m_storedSource == Source::None)
                                  setStored(token, source);
                              emit loadFinished();
                          });
    store->read(m_connection);
}

void TokenProvider::save(const QString& token, Destination destination)
{
    const QString trimmed = token.trimmed();
    if (destination == Destination::Session) {
        setStored(trimmed, Source::Session);
        emit saveFinished(destination, TokenStore::Status::Ok, {});
        return;
    }
    TokenStore* store = storeFor(destination);
    const Source source = destination == Destination::PlainFile ? Source::PlainFile : Source::Keychain;
    ++m_pending;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(store, &TokenStore::writeFinished, this,
                          [this, connection, trimmed, source, destination](
                              const QString& key, TokenStore::Status status, const QString& message) {
                              if (key != m_connection)
                                  return;
                              disconnect(*connection);
                              --m_pending;
                              if (status == TokenStore::Status::Ok)
                                  setStored(trimmed, source);
                              emit saveFinished(destination, status, message);
                          });
    store->write(m_connection, trimmed);
}

void TokenProvider::forget()
{
    setStored({}, Source::None);
    // Both stores are cleared so that no copy survives a change of storage; the keychain answer is
    // the one reported because that is where the token normally lives.
    ++m_pending;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(m_keychain, &TokenStore::removeFinished, this,
                [this, connection](const QString& key, TokenStore::Status status, const QString& message) {
                    if (key != m_connection)
                        return;
                    disconnect(*connection);
                    --m_pending;
                    emit forgetFinished(status, message);
                });
    m_plainFile->remove(m_connection);
    m_keychain->remove(m_connection);
}

QString TokenProvider::token() const
{
    return m_environmentToken.isEmpty() ? m_storedToken : m_environmentToken;
}

bool TokenProvider::hasToken() const
{
    return !token().isEmpty();
}

TokenProvider::Source TokenProvider::source() const
{
    return m_environmentToken.isEmpty() ? m_storedSource : Source::Environment;
}

bool TokenProvider::isBusy() const
{
    return m_pending > 0;
}

QString TokenProvider::loadProblem() const
{
    return m_loadProblem;
}

QString TokenProvider::describe(Source source)
{
    switch (source) {
    case Source::Environment:
        return tr("from the EXTRACTA_API_TOKEN environment variable");
    case Source::Session:
        return tr("for this session only");
    case Source::Keychain:
        return tr("saved in the OS keychain");
    case Source::PlainFile:
        return tr("saved in the settings file (not encrypted)");
    case Source::Demo:
        return tr("demo sandbox token");
    case Source::None:
        break;
    }
    return tr("no token");
}

void TokenProvider::setStored(const QString& token, Source source)
{
    m_storedToken = token;
    m_storedSource = token.isEmpty() ? Source::None : source;
    emit tokenChanged();
}
