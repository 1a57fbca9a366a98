#include "httprequestparser.h"

namespace {

bool isTokenChar(char c)
{
    // RFC 9110 tchar: what a method or header field name may consist of.
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isControl(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7f;
}

QByteArrayView trimmedView(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

bool hasConnectionOption(QByteArrayView value, QByteArrayView option)
{
    qsizetype start = 0;
    while (start <= value.size()) {
        qsizetype comma = value.indexOf(',', start);
        if (comma < 0)
            comma = value.size();
        if (trimmedView(value.sliced(start, comma - start)).compare(option, Qt::CaseInsensitive) == 0)
            return true;
        start = comma + 1;
    }
    return false;
}

} // namespace

HttpRequestParser::Result HttpRequestParser::parse(QByteArray& buffer)
{
    if (m_phase == Phase::Broken)
        return Result::Failed;

    while (m_phase == Phase::Header) {
        const qsizetype newline = buffer.indexOf('\n', m_scanFrom);
        if (newline < 0) {
            if (buffer.size() > MaxHeaderBytes)
                return fail(431, "Request header fields too large");
            return Result::NeedMoreData;
        }
        qsizetype lineEnd = newline;
        if (lineEnd > m_scanFrom && buffer.at(lineEnd - 1) == '\r')
            --lineEnd;
        if (lineEnd == m_scanFrom) {
            if (m_scanFrom == 0) {
                // RFC 9112 §2.2: tolerate empty lines before a request line (some clients send a
                // CRLF after a body).
                buffer.remove(0, newline + 1);
                continue;
            }
            const qsizetype headerEnd = newline + 1;
            if (headerEnd > MaxHeaderBytes)
                return fail(431, "Request header fields too large");
            const Result result = parseHeaderBlock(buffer, headerEnd);
            if (result == Result::Failed)
                return result;
            m_headerLength = headerEnd;
            m_phase = Phase::Body;
            break;
        }
        m_scanFrom = newline + 1;
        if (m_scanFrom > MaxHeaderBytes)
            return fail(431, "Request header fields too large");
    }

    if (buffer.size() - m_headerLength < m_bodyLength)
        return Result::NeedMoreData;
    m_continueRequested = false;
    m_request.body = buffer.mid(m_headerLength, m_bodyLength);
    buffer.remove(0, m_headerLength + m_bodyLength);
    m_phase = Phase::Header;
    m_scanFrom = 0;
    m_headerLength = 0;
    m_bodyLength = 0;
    return Result::RequestReady;
}

SandboxRequest HttpRequestParser::takeRequest()
{
    return std::exchange(m_request, SandboxRequest());
}

bool HttpRequestParser::keepAlive() const
{
    return m_keepAlive;
}

bool HttpRequestParser::takeContinueRequest()
{
    return std::exchange(m_continueRequested, false);
}

int HttpRequestParser::errorStatus() const
{
    return m_errorStatus;
}

QByteArray HttpRequestParser::errorMessage() const
{
    return m_errorMessage;
}

HttpRequestParser::Result HttpRequestParser::fail(int status, const QByteArray& message)
{
    // The byte stream cannot be trusted after a framing error, so the parser refuses everything after.
    m_phase = Phase::Broken;
    m_keepAlive = false;
    m_errorStatus = status;
    m_errorMessage = message;
    return Result::Failed;
}

HttpRequestParser::Result HttpRequestParser::parseHeaderBlock(const QByteArray& buffer, qsizetype headerEnd)
{
    m_request = SandboxRequest();
    m_continueRequested = false;
    const QByteArrayView block(buffer.constData(), headerEnd);
    qsizetype start = 0;
    bool first = true;
    while (start < headerEnd) {
        const qsizetype newline = block.indexOf('\n', start);
        qsizetype end = newline;
        if (end > start && block.at(end - 1) == '\r')
            --end;
        const QByteArrayView line = block.sliced(start, end - start);
        start = newline + 1;
        if (line.isEmpty())
            break;
        if (first) {
            if (!parseRequestLine(line))
                return Result::Failed;
            first = false;
        } else if (!parseHeaderLine(line)) {
            return Result::Failed;
        }
    }
    return interpretHeaders();
}

bool HttpRequestParser::parseRequestLine(QByteArrayView line)
{
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype lastSpace = line.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace == firstSpace) {
        fail(400, "Malformed request line");
        return false;
    }
    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView target = line.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(lastSpace + 1);
    if (!isToken(method) || target.isEmpty() || target.front() != '/') {
        fail(400, "Malformed request line");
        return false;
    }
    for (const char c : target) {
        if (isControl(c) || c == ' ' || static_cast<unsigned char>(c) >= 0x80) {
            fail(400, "Malformed request target");
            return false;
        }
    }
    if (version == "HTTP/1.1") {
        m_http10 = false;
    } else if (version == "HTTP/1.0") {
        m_http10 = true;
    } else if (version.size() == 8 && version.startsWith("HTTP/") && version.at(6) == '.') {
        fail(505, "HTTP version not supported");
        return false;
    } else {
        fail(400, "Malformed request line");
        return false;
    }
    m_request.method = method.toByteArray();
    qsizetype pathEnd = target.indexOf('?');
    if (pathEnd < 0)
        pathEnd = target.size();
    m_request.path = target.first(pathEnd).toByteArray();
    return true;
}

bool HttpRequestParser::parseHeaderLine(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    // A leading space would be obsolete line folding, a space before the colon a smuggling trick:
    // both are refused (RFC 9112 §5.1, §5.2).
    if (colon <= 0 || !isToken(line.first(colon))) {
        fail(400, "Malformed header field");
        return false;
    }
    const QByteArrayView value = trimmedView(line.sliced(colon + 1));
    for (const char c : value) {
        if (isControl(c) && c != '\t') {
            fail(400, "Malformed header field");
            return false;
        }
    }
    m_request.headers.append({line.first(colon).toByteArray(), value.toByteArray()});
    return true;
}

HttpRequestParser::Result HttpRequestParser::interpretHeaders()
{
    m_keepAlive = !m_http10;
    m_bodyLength = 0;
    bool haveLength = false;
    for (const auto& [name, value] : std::as_const(m_request.headers)) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            if (value.isEmpty())
                return fail(400, "Invalid Content-Length");
            qint64 length = 0;
            for (const char c : value) {
                if (c < '0' || c > '9')
                    return fail(400, "Invalid Content-Length");
                // Saturate instead of overflowing: anything above the limit is refused anyway.
                length = qMin<qint64>(length * 10 + (c - '0'), qint64(MaxBodyBytes) + 1);
            }
            if (haveLength && length != m_bodyLength)
                return fail(400, "Conflicting Content-Length");
            haveLength = true;
            m_bodyLength = static_cast<qsizetype>(length);
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            return fail(501, "Transfer-Encoding is not supported; send Content-Length");
        } else if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            if (hasConnectionOption(value, "close"))
                m_keepAlive = false;
            else if (hasConnectionOption(value, "keep-alive"))
                m_keepAlive = true;
        } else if (name.compare("Expect", Qt::CaseInsensitive) == 0) {
            m_continueRequested = value.compare("100-continue", Qt::CaseInsensitive) == 0 && !m_http10;
        }
    }
    if (m_bodyLength > MaxBodyBytes)
        return fail(413, "Request body too large");
    if (m_bodyLength == 0)
        m_continueRequested = false;
    return Result::RequestReady;
}
