#pragma once

#include "core/tokens/tokenstore.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <memory>

class AppSettings;

// The store the app keeps saved tokens in, as its settings say (AppSettings::tokenStorage()): the OS
// keychain, or the unencrypted file the user chose in the app. Every call waits for the store's
// answer (running an event loop); the keychain's for at most KeychainTimeout, since a locked keyring
// may wait for a password prompt nobody sees.
class CliTokenStore
{
    Q_DECLARE_TR_FUNCTIONS(CliTokenStore)

public:
    static constexpr std::chrono::seconds KeychainTimeout{5};

    struct Answer
    {
        TokenStore::Status status = TokenStore::Status::Failed;
        QString token;   // read(): the saved token when status is Ok
        QString message; // why it failed; with Ok, a warning (a token file others can read)
    };

    explicit CliTokenStore(const AppSettings& settings);
    ~CliTokenStore();
    CliTokenStore(const CliTokenStore&) = delete;
    CliTokenStore& operator=(const CliTokenStore&) = delete;

    // "the OS keychain" or "the token file <path>", for messages.
    QString description() const;

    Answer read(const QString& entry);
    Answer write(const QString& entry, const QString& token);
    Answer remove(const QString& entry);

private:
    std::unique_ptr<TokenStore> m_store;
    QString m_description;
};
