#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpSocket>

#include <functional>
#include <utility>

// One HTTP answer as read off the wire by RawHttpClient.
struct RawHttpResponse
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const;
};

// A deliberately dumb HTTP client on a plain QTcpSocket: it sends exactly the bytes a test gives it,
// which QNetworkAccessManager never would (garbage, split writes, pipelined requests).
class RawHttpClient final : public QObject
{
    Q_OBJECT

public:
    explicit RawHttpClient(QObject* parent = nullptr);

    bool connectTo(quint16 port);
    void send(const QByteArray& bytes);
    // Sends one byte per event-loop turn, so that the server sees many partial reads.
    void trickle(const QByteArray& bytes);
    bool trickleFinished() const;
    void abort();

    // Runs the event loop until `count` answers arrived or the server closed the connection.
    bool waitForResponses(int count, int timeoutMs = 5000);
    bool waitForDisconnected(int timeoutMs = 5000);
    QList<RawHttpResponse> responses() const;
    bool isDisconnected() const;
    // Statuses of interim (1xx) answers, which are not counted as responses.
    QList<int> interimStatuses() const;
    // Every byte received, for answers the response parser cannot frame (like one to HEAD).
    QByteArray receivedBytes() const;
    // Runs the event loop until `done` holds, re-checking whenever bytes arrive; no polling sleeps.
    bool waitUntil(const std::function<bool()>& done, int timeoutMs = 5000);

signals:
    void changed();

private:
    void onReadyRead();
    void parseResponses();
    void sendNextTrickleByte();

    QTcpSocket m_socket;
    QByteArray m_buffer;
    QByteArray m_trickle;
    qsizetype m_trickleSent = 0;
    QByteArray m_received;
    QList<RawHttpResponse> m_responses;
    QList<int> m_interimStatuses;
    bool m_disconnected = false;
};

// A small, well-formed request; `extraHeaders` lines end with CRLF.
QByteArray rawRequest(const QByteArray& method, const QByteArray& path, const QByteArray& token,
                      const QByteArray& body = {}, const QByteArray& extraHeaders = {});
