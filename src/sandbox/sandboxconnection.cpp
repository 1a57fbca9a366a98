#include "sandboxconnection.h"

#include "sandboxserver.h"

#include <QPointer>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace {

// What a client may pipeline while a delayed answer is pending before we stop buffering for it.
constexpr qsizetype MaxBufferedBytes =
    HttpRequestParser::MaxHeaderBytes + HttpRequestParser::MaxBodyBytes + 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

QByteArray serialize(const SandboxResponse& response, bool keepAlive, bool headRequest)
{
    QByteArray out;
    out.reserve(160 + response.body.size());
    out += "HTTP/1.1 ";
    out += QByteArray::number(response.status);
    out += ' ';
    out += reasonPhrase(response.status);
    out += "\r\nContent-Type: ";
    out += response.contentType;
    out += "\r\nContent-Length: ";
    out += QByteArray::number(response.body.size());
    out += keepAlive ? "\r\nConnection: keep-alive" : "\r\nConnection: close";
    for (const auto& [name, value] : response.headers) {
        out += "\r\n";
        out += name;
        out += ": ";
        out += value;
    }
    out += "\r\n\r\n";
    if (!headRequest)
        out += response.body;
    return out;
}

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
    connect(&m_delay, &QTimer::timeout, this, &SandboxConnection::deliverPending);
    connect(socket, &QTcpSocket::readyRead, this, &SandboxConnection::onReadyRead);
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
    m_socket->abort();
    deleteLater();
}

void SandboxConnection::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    if (m_closing)
        return;
    m_buffer += data;
    if (m_waiting) {
        if (m_buffer.size() > MaxBufferedBytes)
            abort();
        return;
    }
    processBuffer();
}

void SandboxConnection::processBuffer()
{
    while (!m_waiting && !m_closing) {
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
            m_waiting = true;
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
    m_socket->write(serialize(response, keepAlive, headRequest));
    // Out now rather than on the next turn of the event loop: the answer's time is the sandbox's
    // stated latency, not that plus a wake-up.
    m_socket->flush();
    if (!keepAlive) {
        m_closing = true;
        // Flushes what was written before closing; disconnected() then deletes this object.
        m_socket->disconnectFromHost();
    }
}

void SandboxConnection::deliverPending()
{
    m_waiting = false;
    const SandboxResponse response = std::exchange(m_pending, SandboxResponse());
    deliver(response, m_pendingKeepAlive, m_pendingHead);
    if (!m_closing)
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
