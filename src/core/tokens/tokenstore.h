#pragma once

#include <QHash>
#include <QObject>
#include <QString>

// Where an API token is kept between sessions. Asynchronous because the OS keychain is: every call
// answers with exactly one finished signal, possibly before the call returns.
// Entries are keyed by connection so that several named connections can coexist later.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Ok,
        NotFound,    // read/remove: nothing stored for this connection
        Unavailable, // no keychain service answered (not running, locked, timed out)
        Failed,      // the service answered with an error
    };
    Q_ENUM(Status)

    using QObject::QObject;

    virtual void read(const QString& connection) = 0;
    virtual void write(const QString& connection, const QString& token) = 0;
    virtual void remove(const QString& connection) = 0;

signals:
    void readFinished(const QString& connection, TokenStore::Status status, const QString& token,
                      const QString& message);
    void writeFinished(const QString& connection, TokenStore::Status status, const QString& message);
    void removeFinished(const QString& connection, TokenStore::Status status, const QString& message);
};

// Keeps tokens in memory only: "use for this session only", and the store unit tests use.
class MemoryTokenStore final : public TokenStore
{
    Q_OBJECT

public:
    using TokenStore::TokenStore;

    void read(const QString& connection) override;
    void write(const QString& connection, const QString& token) override;
    void remove(const QString& connection) override;

    // Makes every following call answer Unavailable, as a missing keychain service would.
    void setUnavailable(bool unavailable);
    // Answers from the event loop instead of before the call returns, as a real keychain does.
    void setDeferredAnswers(bool deferred);

private:
    template <typename Emit>
    void answer(Emit emitAnswer);

    QHash<QString, QString> m_tokens;
    bool m_unavailable = false;
    bool m_deferred = false;
};
