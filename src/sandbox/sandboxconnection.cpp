#include "sandboxconnection.h"

#include "sandboxanswerstream.h"
#include "sandboxserver.h"

#include <QPointer>
#include <QScopedValueRollback>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace {

// What a client may pipeline while an answer is pending before we stop buffering for it.
constexpr qsizetype MaxBufferedBytes =
    HttpRequestParser::MaxHeaderBytes + HttpRequestParser::MaxBodyBytes + 64 * 1024;
// How much of an answer may wait in the socket's own buffer; more is made only as it drains.
constexpr qint64 MaxUnwrittenBytes = 64 * 1024;

} // namespace

SandboxConnection::SandboxConnection(QTcpSocket* socket, SandboxServer* server)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
{
    // nextPendingConnection() parents the socket to the QTcpServer; the connection owns it instead.
    socket->setParent(this);
    m_delay.setSingleShot(true);
    // A coarse timer may fire up to 5 % late; the benchmarks compare against the nominal latency.
    m_delay.setTimerType(Qt::PreciseTimer);
    m_drip.setTimerType(Qt::PreciseTimer);
    connect(&m_delay, &QTimer::timeout, this, &SandboxConnection::deliverPending);
    connect(&m_drip, &QTimer::timeout, this, &SandboxConnection::dripAnswer);
    connect(socket, &QTcpSocket::readyRead, this, &SandboxConnection::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &SandboxConnection::onBytesWritten);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    // Bytes may have arrived before the connections above existed.
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &SandboxConnection::onReadyRead, Qt::QueuedConnection);
}

SandboxConnection::~SandboxConnection()
{
    // The socket may be in the middle of emitting the signal whose handler ended up deleting this
    // connection (a requestReceived slot that deletes the server); deleting it now would pull it out
    // from under Qt's own emitting code.
    m_socket->disconnect(this);
    m_socket->setParent(nullptr);
    m_socket->abort();
    m_socket->deleteLater();
}

void SandboxConnection::abort()
{
    m_closing = true;
    m_delay.stop();
    m_drip.stop();
    m_socket->abort();
    deleteLater();
}

void SandboxConnection::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    if (m_closing)
        return;
    m_buffer += data;
    if (m_busy) {
        if (m_buffer.size() > MaxBufferedBytes)
            abort();
        return;
    }
    processBuffer();
}

void SandboxConnection::processBuffer()
{
    while (!m_busy && !m_closing) {
        switch (m_parser.parse(m_buffer)) {
        case HttpRequestParser::Result::NeedMoreData:
            if (m_parser.takeContinueRequest())
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            return;
        case HttpRequestParser::Result::Failed: {
            SandboxResponse response;
            response.status = m_parser.errorStatus();
            response.body = "{\"status\":\"error\",\"message\":\"" + m_parser.errorMessage() + "\"}";
            m_buffer.clear();
            deliver(response, false, false);
            return;
        }
        case HttpRequestParser::Result::RequestReady:
            break;
        }

        const SandboxRequest request = m_parser.takeRequest();
        const bool keepAlive = m_parser.keepAlive();
        const bool headRequest = request.method == "HEAD";
        // A slot on requestReceived may stop or delete the server, and with it this connection.
        const QPointer<SandboxConnection> self(this);
        const SandboxResponse response = m_server->respond(request);
        if (!self || m_closing)
            return;
        if (response.delayMs > 0) {
            m_busy = true;
            m_pending = response;
            m_pendingKeepAlive = keepAlive;
            m_pendingHead = headRequest;
            m_delay.start(response.delayMs);
            return;
        }
        deliver(response, keepAlive, headRequest);
    }
}

void SandboxConnection::deliver(const SandboxResponse& response, bool keepAlive, bool headRequest)
{
    if (response.abortConnection) {
        resetConnection();
        return;
    }
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_busy = true;
    m_answer = std::make_unique<SandboxAnswerStream>(response, keepAlive, headRequest);
    if (response.delivery.dripIntervalMs > 0) {
        // One byte per segment: Nagle's algorithm would otherwise gather them while one is unacknowledged.
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_drip.start(response.delivery.dripIntervalMs);
        dripAnswer();
    } else {
        writeAnswer();
    }
}

void SandboxConnection::deliverPending()
{
    const SandboxResponse response = std::exchange(m_pending, SandboxResponse());
    m_busy = false;
    deliver(response, m_pendingKeepAlive, m_pendingHead);
    if (!m_busy)
        processBuffer();
}

void SandboxConnection::writeAnswer()
{
    const QScopedValueRollback writing(m_writing, true);
    // A client that went away closes the socket under the loop: nothing is buffered any more, so the
    // loop would make and throw away the rest of the answer (forever, for one without end).
    while (m_answer && !m_closing && m_socket->state() == QAbstractSocket::ConnectedState &&
           m_socket->bytesToWrite() < MaxUnwrittenBytes) {
        const QByteArray piece = m_answer->next(MaxUnwrittenBytes);
        if (piece.isEmpty()) {
            finishAnswer();
            return;
        }
        m_socket->write(piece);
        // Out now rather than on the next turn of the event loop: the answer's time is the sandbox's
        // stated latency, not that plus a wake-up.
        m_socket->flush();
    }
}

void SandboxConnection::dripAnswer()
{
    if (!m_answer || m_closing)
        return;
    const QByteArray byte = m_answer->next(1);
    if (byte.isEmpty()) {
        finishAnswer();
        if (!m_busy)
            processBuffer();
        return;
    }
    m_socket->write(byte);
    m_socket->flush();
}

void SandboxConnection::finishAnswer()
{
    m_drip.stop();
    const SandboxAnswerStream::Then then = m_answer->then();
    m_answer.reset();
    switch (then) {
    case SandboxAnswerStream::Then::KeepOpen:
        m_busy = false;
        return;
    case SandboxAnswerStream::Then::Close:
        m_closing = true;
        // Flushes what was written before closing; disconnected() then deletes this object.
        m_socket->disconnectFromHost();
        return;
    case SandboxAnswerStream::Then::Reset:
        m_closing = true;
        // A reset throws away what has not left yet; the bytes promised before it must go first.
        if (m_socket->bytesToWrite() > 0)
            m_resetWhenWritten = true;
        else
            resetConnection();
        return;
    }
}

void SandboxConnection::onBytesWritten()
{
    if (m_resetWhenWritten) {
        if (m_socket->bytesToWrite() == 0)
            resetConnection();
        return;
    }
    if (!m_answer || m_writing || m_drip.isActive())
        return;
    writeAnswer();
    if (!m_busy)
        processBuffer();
}

void SandboxConnection::resetConnection()
{
#ifdef Q_OS_UNIX
    // A zero linger time turns close() into a TCP RST: the client sees a reset, not an orderly close.
    const qintptr descriptor = m_socket->socketDescriptor();
    if (descriptor >= 0) {
        const linger hardClose{1, 0};
        ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &hardClose, sizeof(hardClose));
    }
#endif
    abort();
}
