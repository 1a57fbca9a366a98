#pragma once

#include "httprequestparser.h"
#include "sandboxresponse.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <memory>

class QTcpSocket;
class SandboxAnswerStream;
class SandboxServer;

// One accepted TCP connection. Answers its requests strictly in order (HTTP/1.1 pipelining) and
// deletes itself when the peer goes away, which also cancels a delayed answer still waiting. An
// answer is written as the socket drains, so a huge or endless one never piles up in memory.
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
    void writeAnswer();
    void dripAnswer();
    void finishAnswer();
    void onBytesWritten();
    void resetConnection();

    QTcpSocket* m_socket;
    SandboxServer* m_server;
    HttpRequestParser m_parser;
    QByteArray m_buffer;
    QTimer m_delay;
    QTimer m_drip;
    SandboxResponse m_pending;
    bool m_pendingKeepAlive = true;
    bool m_pendingHead = false;
    std::unique_ptr<SandboxAnswerStream> m_answer;
    bool m_busy = false;    // an answer is due or on its way; later requests wait their turn
    bool m_writing = false; // writeAnswer() runs: a flush inside it must not start it again
    bool m_resetWhenWritten = false;
    bool m_closing = false;
};
