#include "rawhttpclient.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QTimer>

QByteArray RawHttpResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

RawHttpClient::RawHttpClient(QObject* parent)
    : QObject(parent)
{
    connect(&m_socket, &QTcpSocket::readyRead, this, &RawHttpClient::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        m_disconnected = true;
        emit changed();
    });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError) {
            m_disconnected = true;
            emit changed();
        }
    });
}

bool RawHttpClient::connectTo(quint16 port)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    // The kernel completes a loopback connect from the listen backlog, so blocking here is safe even
    // though the server shares this thread.
    if (!m_socket.waitForConnected(5000))
        return false;
    // Nagle would merge a trickle of single bytes into one segment and defeat its purpose.
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    return true;
}

void RawHttpClient::send(const QByteArray& bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

void RawHttpClient::trickle(const QByteArray& bytes)
{
    m_trickle = bytes;
    m_trickleSent = 0;
    sendNextTrickleByte();
}

bool RawHttpClient::trickleFinished() const
{
    return m_trickleSent >= m_trickle.size();
}

void RawHttpClient::abort()
{
    m_socket.abort();
}

bool RawHttpClient::waitForResponses(int count, int timeoutMs)
{
    // A closed connection ends the wait early: no more answers can come.
    waitUntil([&] { return m_responses.size() >= count || m_disconnected; }, timeoutMs);
    return m_responses.size() >= count;
}

bool RawHttpClient::waitForDisconnected(int timeoutMs)
{
    return waitUntil([this] { return m_disconnected; }, timeoutMs);
}

bool RawHttpClient::waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &RawHttpClient::changed, &loop, [&] {
        if (done())
            loop.quit();
    });
    deadline.start(timeoutMs);
    loop.exec();
    return done();
}

QList<RawHttpResponse> RawHttpClient::responses() const
{
    return m_responses;
}

bool RawHttpClient::isDisconnected() const
{
    return m_disconnected;
}

QList<int> RawHttpClient::interimStatuses() const
{
    return m_interimStatuses;
}

QByteArray RawHttpClient::receivedBytes() const
{
    return m_received;
}

void RawHttpClient::onReadyRead()
{
    const QByteArray data = m_socket.readAll();
    m_received += data;
    m_buffer += data;
    parseResponses();
    emit changed();
}

void RawHttpClient::parseResponses()
{
    for (;;) {
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        RawHttpResponse response;
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        if (statusLine.size() < 2)
            return;
        response.status = statusLine.at(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                response.headers.append(
                    {lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
        }
        if (response.status >= 100 && response.status < 200) {
            // Interim answers have no body and are not what tests wait for.
            m_interimStatuses.append(response.status);
            m_buffer.remove(0, headerEnd + 4);
            continue;
        }
        const qsizetype length = response.header("Content-Length").toLongLong();
        if (m_buffer.size() < headerEnd + 4 + length)
            return;
        response.body = m_buffer.mid(headerEnd + 4, length);
        m_buffer.remove(0, headerEnd + 4 + length);
        m_responses.append(response);
    }
}

void RawHttpClient::sendNextTrickleByte()
{
    if (trickleFinished() || m_socket.state() != QAbstractSocket::ConnectedState)
        return;
    m_socket.write(m_trickle.mid(m_trickleSent, 1));
    m_socket.flush();
    ++m_trickleSent;
    QTimer::singleShot(0, this, &RawHttpClient::sendNextTrickleByte);
}

QByteArray rawRequest(const QByteArray& method, const QByteArray& path, const QByteArray& token,
                      const QByteArray& body, const QByteArray& extraHeaders)
{
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isNull())
        request += "Authorization: Bearer " + token + "\r\n";
    if (!body.isEmpty())
        request +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += extraHeaders;
    request += "\r\n";
    request += body;
    return request;
}
