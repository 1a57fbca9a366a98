#pragma once

#include "httprequestparser.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTimer>

#include <utility>

class QTcpSocket;
class SandboxServer;

// Everything SandboxServer decides about one answer; the connection only puts it on the wire.
struct SandboxResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
    bool abortConnection = false; // drop the connection instead of answering
};

// One accepted TCP connection. Answers its requests strictly in order (HTTP/1.1 pipelining) and
// deletes itself when the peer goes away, which also cancels a delayed answer still waiting.
class SandboxConnection final : public QObject
{
    Q_OBJECT

public:
    SandboxConnection(QTcpSocket* socket, SandboxServer* server);
    ~SandboxConnection() override;

    // Drops the connection at once, without answering what is pending.
    void abort();

private:
    void onReadyRead();
    void processBuffer();
    void deliver(const SandboxResponse& response, bool keepAlive, bool headRequest);
    void deliverPending();
    void resetConnection();

    QTcpSocket* m_socket;
    SandboxServer* m_server;
    HttpRequestParser m_parser;
    QByteArray m_buffer;
    QTimer m_delay;
    SandboxResponse m_pending;
    bool m_pendingKeepAlive = true;
    bool m_pendingHead = false;
    bool m_waiting = false; // a delayed answer is due; later requests wait their turn
    bool m_closing = false;
};
