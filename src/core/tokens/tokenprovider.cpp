#include "tokenprovider.h"

#include <algorithm>
#include <memory>

TokenProvider::TokenProvider(TokenStore* keychain, TokenStore* plainFile, QString connection, QObject* parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_plainFile(plainFile)
    , m_connection(std::move(connection))
{}

bool TokenProvider::isWellFormed(const QString& token)
{
    // The token goes into an HTTP header: a space or control character would corrupt or split it.
    return !token.isEmpty() && std::none_of(token.cbegin(), token.cend(), [](QChar c) {
        return c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
}

void TokenProvider::setEnvironmentToken(const QString& token)
{
    const QString trimmed = token.trimmed();
    m_environmentSet = true;
    m_environmentToken.clear();
    if (trimmed.isEmpty())
        m_loadProblem =
            tr("EXTRACTA_API_TOKEN is set but empty. Set the token there, or unset the variable to "
               "use the saved token.");
    else if (!isWellFormed(trimmed))
        m_loadProblem =
            tr("The token in EXTRACTA_API_TOKEN contains spaces or control characters and was not "
               "used.");
    else
        m_environmentToken = trimmed;
    emit tokenChanged();
}

void TokenProvider::useDemoToken(const QString& token)
{
    setStored(token, Source::Demo);
}

void TokenProvider::setConnection(const QString& connection)
{
    if (connection == m_connection)
        return;
    m_connection = connection;
    m_pending = 0;
    m_loadProblem.clear();
    if (m_storedSource == Source::Demo)
        return;
    m_storedToken.clear();
    m_storedSource = Source::None;
    emit tokenChanged();
}

QString TokenProvider::connection() const
{
    return m_connection;
}

void TokenProvider::reload(Destination from)
{
    if (m_storedSource == Source::Demo)
        return;
    m_storedToken.clear();
    m_storedSource = Source::None;
    emit tokenChanged();
    load(from);
}

TokenStore* TokenProvider::store(Destination destination) const
{
    return storeFor(destination);
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
                              if (status == TokenStore::Status::Ok && !isWellFormed(token.trimmed())) {
                                  m_loadProblem = tr("The saved token contains spaces or control characters "
                                                     "and was not used. Replace it in Settings.");
                              } else if (status == TokenStore::Status::Ok && m_storedSource == Source::None) {
                                  setStored(token.trimmed(), source);
                              }
                              emit loadFinished();
                          });
    store->read(m_connection);
}

void TokenProvider::save(const QString& token, Destination destination)
{
    const QString trimmed = token.trimmed();
    if (!isWellFormed(trimmed)) {
        emit saveFinished(
            destination, TokenStore::Status::Failed,
            tr("A token must not be empty or contain spaces, line breaks or control characters."));
        return;
    }
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
    // Both stores are cleared so that no copy survives a change of storage. The removal counts as
    // done when either store removed a copy; otherwise the keychain's answer is reported.
    struct Answers
    {
        int missing = 2;
        bool removedSomewhere = false;
        TokenStore::Status keychainStatus = TokenStore::Status::NotFound;
        QString keychainMessage;
    };
    auto answers = std::make_shared<Answers>();
    auto connections = std::make_shared<QList<QMetaObject::Connection>>();
    ++m_pending;
    const auto onRemoved = [this, answers, connections](TokenStore* store, const QString& key,
                                                        TokenStore::Status status, const QString& message) {
        if (key != m_connection)
            return;
        answers->removedSomewhere = answers->removedSomewhere || status == TokenStore::Status::Ok;
        if (store == m_keychain) {
            answers->keychainStatus = status;
            answers->keychainMessage = message;
        }
        if (--answers->missing > 0)
            return;
        for (const QMetaObject::Connection& connection : *connections)
            disconnect(connection);
        --m_pending;
        if (answers->removedSomewhere)
            emit forgetFinished(TokenStore::Status::Ok, {});
        else
            emit forgetFinished(answers->keychainStatus, answers->keychainMessage);
    };
    for (TokenStore* store : {m_plainFile, m_keychain}) {
        connections->append(
            connect(store, &TokenStore::removeFinished, this,
                    [onRemoved, store](const QString& key, TokenStore::Status status,
                                       const QString& message) { onRemoved(store, key, status, message); }));
    }
    m_plainFile->remove(m_connection);
    m_keychain->remove(m_connection);
}

QString TokenProvider::token() const
{
    return m_environmentSet ? m_environmentToken : m_storedToken;
}

bool TokenProvider::hasToken() const
{
    return !token().isEmpty();
}

TokenProvider::Source TokenProvider::source() const
{
    if (m_environmentSet)
        return m_environmentToken.isEmpty() ? Source::None : Source::Environment;
    return m_storedSource;
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
