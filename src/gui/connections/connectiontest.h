#pragma once

#include <QObject>
#include <QPointer>

#include <chrono>

class ApiCall;
class ExtractaClient;
class QNetworkAccessManager;

// "Test connection" for any connection: asks GET /credits at `apiUrl` with `token` (never shown) and
// says what came of it in plain words: the host and the credits, or what went wrong, the server's
// words on one line. One test at a time; a new one cancels the one under way.
class ConnectionTest final : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTest(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~ConnectionTest() override;

    void setTimeout(std::chrono::milliseconds timeout);
    // Starts the test; the answer comes with finished(). A URL that cannot be used finishes at once.
    void start(const QString& apiUrl, const QString& token);
    void cancel();
    bool isRunning() const;

signals:
    // `words`: what to show the user, plain text.
    void finished(bool succeeded, const QString& words);

private:
    QNetworkAccessManager* m_network;
    std::chrono::milliseconds m_timeout;
    QPointer<ApiCall> m_call;
    QPointer<ExtractaClient> m_client;
};
