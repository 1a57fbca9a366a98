#pragma once

#include "tokenstore.h"

#include <QCoreApplication>

// Decides which API token is in use: EXTRACTA_API_TOKEN wins over the token the user saved
// (keychain, plain file by explicit choice, or this session only). Never logs the token.
class TokenProvider final : public QObject
{
    Q_OBJECT

public:
    enum class Source
    {
        None,
        Environment,
        Session,
        Keychain,
        PlainFile,
        Demo,
    };
    Q_ENUM(Source)

    // Where the user asked to keep a token.
    enum class Destination
    {
        Keychain,
        Session,
        PlainFile,
    };
    Q_ENUM(Destination)

    TokenProvider(TokenStore* keychain, TokenStore* plainFile, QString connection, QObject* parent = nullptr);

    // EXTRACTA_API_TOKEN is set (to `token`): it is the token in force, and an empty, blank or malformed
    // value means no token (with loadProblem() saying why), never a fall-back to the saved one.
    void setEnvironmentToken(const QString& token);
    // The demo sandbox hands out its own token; nothing is read from or written to any store.
    void useDemoToken(const QString& token);

    // Another connection's saved token from now on: the token kept for the previous one is dropped
    // (EXTRACTA_API_TOKEN still wins) and load() reads the new entry. Answers still due for the
    // previous entry are ignored.
    void setConnection(const QString& connection);
    QString connection() const;

    // Reads the saved token from `from` (Keychain or PlainFile); emits loadFinished().
    void load(Destination from);
    // Reads the saved token again, replacing the one kept (the token was replaced elsewhere, for
    // example in File → Connections…). Nothing changes for EXTRACTA_API_TOKEN or the demo's token.
    void reload(Destination from);
    // The store behind a destination (Keychain or PlainFile), for whoever keeps other connections'
    // tokens in the same places (ConnectionTokens).
    TokenStore* store(Destination destination) const;
    void save(const QString& token, Destination destination);
    // Removes the saved token from the keychain, the plain file and this session.
    void forget();

    QString token() const;
    bool hasToken() const;
    Source source() const;
    bool isBusy() const;
    // Why the last load found nothing usable (for example "no keychain service"); empty when fine.
    QString loadProblem() const;

    static QString describe(Source source);
    // Non-empty, and no whitespace or control characters (it travels in an HTTP header).
    static bool isWellFormed(const QString& token);

signals:
    void tokenChanged();
    void loadFinished();
    void saveFinished(TokenProvider::Destination destination, TokenStore::Status status,
                      const QString& message);
    void forgetFinished(TokenStore::Status status, const QString& message);

private:
    void setStored(const QString& token, Source source);
    TokenStore* storeFor(Destination destination) const;

    TokenStore* m_keychain;
    TokenStore* m_plainFile;
    QString m_connection;
    bool m_environmentSet = false;
    QString m_environmentToken;
    QString m_storedToken;
    Source m_storedSource = Source::None;
    QString m_loadProblem;
    int m_pending = 0;
};
