#pragma once

#include "tokenstore.h"

#include <chrono>

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows). The insecure plain-text fallback of QtKeychain stays off. Jobs have no
// timeout of their own and can wait forever on a locked keyring, so each one gets ours.
class KeychainTokenStore final : public TokenStore
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds DefaultTimeout{8};

    explicit KeychainTokenStore(QString service, QObject* parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout);

    void read(const QString& connection) override;
    void write(const QString& connection, const QString& token) override;
    void remove(const QString& connection) override;

    static QString entryKey(const QString& connection);

private:
    QString m_service;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
};
