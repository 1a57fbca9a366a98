#pragma once

#include "tokenstore.h"

#include <QCoreApplication>

#include <functional>

class AppSettings;

// The saved token of any named connection, under its own entry (Connection::tokenEntry()), in the
// store in force: the OS keychain, or the private file when the user chose it
// (AppSettings::tokenStorage()). The connections manager sets, replaces, tests and removes tokens
// of connections other than the current one through it; TokenProvider stays the token in force.
// Every call answers with exactly one signal for its entry, possibly before it returns. Never logs
// a token.
class ConnectionTokens final : public QObject
{
    Q_OBJECT

public:
    // The stores and settings must outlive this object.
    ConnectionTokens(TokenStore* keychain, TokenStore* plainFile, const AppSettings& settings,
                     QObject* parent = nullptr);

    // Saves (or replaces) the token of `entry` in the store in force; a malformed token (empty, with
    // spaces or control characters) is refused with Failed and never reaches a store.
    void write(const QString& entry, const QString& token);
    // Reads the token of `entry` from the store in force.
    void read(const QString& entry);
    // Whether a token is saved for `entry` in the store in force; the token itself is not handed out.
    void check(const QString& entry);
    // Removes the token of `entry` from both stores, so that no copy survives a change of storage.
    // Ok when either removed one; NotFound when neither had one; otherwise the store in force's
    // answer.
    void remove(const QString& entry);

signals:
    void writeFinished(const QString& entry, TokenStore::Status status, const QString& message);
    void readFinished(const QString& entry, TokenStore::Status status, const QString& token,
                      const QString& message);
    void checkFinished(const QString& entry, bool stored, TokenStore::Status status, const QString& message);
    void removeFinished(const QString& entry, TokenStore::Status status, const QString& message);

private:
    TokenStore* storeInForce() const;
    // Calls `answer` once with the first readFinished of `store` for `entry`.
    void readOnce(const QString& entry,
                  std::function<void(TokenStore::Status, const QString&, const QString&)> answer);

    TokenStore* m_keychain;
    TokenStore* m_plainFile;
    const AppSettings& m_settings;
};
