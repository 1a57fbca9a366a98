#include "sandboxanswerstream.h"

#include <algorithm>

namespace {

// Small enough to keep a connection's memory flat, large enough to fill a socket quickly.
constexpr qint64 PieceBytes = 16 * 1024;

} // namespace

SandboxAnswerStream::SandboxAnswerStream(const SandboxResponse& response, bool keepAlive, bool headRequest)
    : m_body(response.largeBody ? *response.largeBody : SandboxBody::fixed(response.body))
    , m_framing(response.delivery.framing)
{
    // A length cannot be given for a body that never ends.
    if (m_body.isEndless() && m_framing == SandboxDelivery::Framing::ContentLength)
        m_framing = SandboxDelivery::Framing::Chunked;
    const bool staysOpen = keepAlive && m_framing != SandboxDelivery::Framing::UntilClose;

    QByteArray& head = m_ready;
    head += "HTTP/1.1 ";
    head += QByteArray::number(response.status);
    head += ' ';
    head += reasonPhrase(response.status);
    head += "\r\nContent-Type: ";
    head += response.contentType;
    switch (m_framing) {
    case SandboxDelivery::Framing::ContentLength:
        head += "\r\nContent-Length: ";
        head += QByteArray::number(m_body.size());
        break;
    case SandboxDelivery::Framing::Chunked:
        head += "\r\nTransfer-Encoding: chunked";
        break;
    case SandboxDelivery::Framing::UntilClose:
        break;
    }
    head += staysOpen ? "\r\nConnection: keep-alive" : "\r\nConnection: close";
    for (const auto& [name, value] : response.headers) {
        head += "\r\n";
        head += name;
        head += ": ";
        head += value;
    }
    head += "\r\n\r\n";
    m_headerBytesLeft = head.size();

    m_bodyDone = headRequest;
    m_endThen = staysOpen ? Then::KeepOpen : Then::Close;
    m_stopAfter = response.delivery.stopAfterBodyBytes;
    m_stopThen = response.delivery.stopWith == SandboxDelivery::Stop::Reset ? Then::Reset : Then::Close;
}

QByteArray SandboxAnswerStream::next(qint64 maxBytes)
{
    QByteArray out;
    while (out.size() < maxBytes && !m_stopped) {
        if (m_ready.isEmpty() && !produce())
            break;
        qint64 take = std::min<qint64>(maxBytes - out.size(), m_ready.size());
        if (m_headerBytesLeft > 0) {
            take = std::min(take, m_headerBytesLeft);
        } else if (m_stopAfter >= 0) {
            // Only stops when there is more to send: a body that fits the limit ends as usual.
            const qint64 allowed = m_stopAfter - m_bodyWireBytes;
            if (allowed <= 0) {
                m_stopped = true;
                break;
            }
            take = std::min(take, allowed);
        }
        out += QByteArrayView(m_ready).first(take);
        m_ready.remove(0, take);
        if (m_headerBytesLeft > 0)
            m_headerBytesLeft -= take;
        else
            m_bodyWireBytes += take;
    }
    return out;
}

SandboxAnswerStream::Then SandboxAnswerStream::then() const
{
    return m_stopped ? m_stopThen : m_endThen;
}

bool SandboxAnswerStream::produce()
{
    if (m_bodyDone)
        return false;
    const QByteArray piece = m_body.read(m_bodyOffset, PieceBytes);
    m_bodyOffset += piece.size();
    if (m_framing == SandboxDelivery::Framing::Chunked) {
        if (piece.isEmpty()) {
            m_ready += "0\r\n\r\n";
            m_bodyDone = true;
            return true;
        }
        m_ready += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
        return true;
    }
    if (piece.isEmpty()) {
        m_bodyDone = true;
        return false;
    }
    m_ready += piece;
    return true;
}

QByteArray SandboxAnswerStream::reasonPhrase(int status)
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
    case 303:
        return "See Other";
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
