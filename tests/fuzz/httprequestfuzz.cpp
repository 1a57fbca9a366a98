#include "fuzzentries.h"
#include "sandbox/httprequestparser.h"

namespace FuzzEntries {

namespace {

// What the parser made of a byte stream: the requests in order, then how it stopped.
struct ParseRun
{
    QList<SandboxRequest> requests;
    QList<bool> keepAlive; // after each request
    bool failed = false;
    int errorStatus = 0;
    QByteArray errorMessage;
    qsizetype leftOver = 0; // bytes not consumed when the input ended
};

// Feeds `data` in pieces of `step` bytes, as a socket might deliver them.
ParseRun feed(QByteArrayView data, qsizetype step)
{
    ParseRun run;
    HttpRequestParser parser;
    QByteArray buffer;
    for (qsizetype pos = 0; pos < data.size() && !run.failed; pos += step) {
        buffer.append(data.sliced(pos, std::min(step, data.size() - pos)));
        while (true) {
            const HttpRequestParser::Result result = parser.parse(buffer);
            if (result == HttpRequestParser::Result::NeedMoreData)
                break;
            if (result == HttpRequestParser::Result::Failed) {
                run.failed = true;
                run.errorStatus = parser.errorStatus();
                run.errorMessage = parser.errorMessage();
                break;
            }
            run.requests.append(parser.takeRequest());
            run.keepAlive.append(parser.keepAlive());
        }
    }
    run.leftOver = buffer.size();
    return run;
}

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(const QByteArray& text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

bool isControlFree(const QByteArray& text, bool tabAllowed)
{
    return std::none_of(text.begin(), text.end(), [tabAllowed](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && !(tabAllowed && c == '\t')) || u == 0x7f;
    });
}

void checkRequest(FindingList& findings, const SandboxRequest& request)
{
    const QString method = QString::fromLatin1(request.method);
    findings.check(isToken(request.method), "the method is an HTTP token", method);
    findings.check(request.path.startsWith('/') && !request.path.contains('?') &&
                       !request.path.contains(' ') && isControlFree(request.path, false) &&
                       std::none_of(request.path.begin(), request.path.end(),
                                    [](char c) { return static_cast<unsigned char>(c) >= 0x80; }),
                   "the path starts with '/' and holds no query, space, control or non-ASCII byte");
    for (const auto& [name, value] : request.headers) {
        findings.check(isToken(name), "a header name is an HTTP token", QString::fromLatin1(name));
        findings.check(isControlFree(value, true) && value == value.trimmed(),
                       "a header value is trimmed and holds no control byte but TAB",
                       QString::fromLatin1(name));
    }
    findings.check(request.body.size() <= HttpRequestParser::MaxBodyBytes, "a body is at most MaxBodyBytes");
    const QByteArray length = request.header("content-length");
    findings.check(length.isEmpty() ? request.body.isEmpty() : request.body.size() == length.toLongLong(),
                   "the body is exactly Content-Length bytes");
    findings.check(request.header("transfer-encoding").isEmpty(), "Transfer-Encoding is never accepted");
}

bool sameRequest(const SandboxRequest& a, const SandboxRequest& b)
{
    return a.method == b.method && a.path == b.path && a.headers == b.headers && a.body == b.body;
}

} // namespace

Findings httpRequest(QByteArrayView data)
{
    FindingList findings;
    const ParseRun whole = feed(data, std::max<qsizetype>(data.size(), 1));
    for (const SandboxRequest& request : whole.requests)
        checkRequest(findings, request);
    if (whole.failed) {
        static const QList<int> statuses{400, 413, 431, 501, 505};
        findings.check(statuses.contains(whole.errorStatus), "a refusal is 400, 413, 431, 501 or 505",
                       QString::number(whole.errorStatus));
        findings.check(!whole.errorMessage.isEmpty(), "a refusal says why");
    }

    // The parser keeps state between pieces: byte by byte it must come to the same requests and the
    // same end as with everything at once.
    const ParseRun trickled = feed(data, 1);
    findings.check(trickled.requests.size() == whole.requests.size(),
                   "byte by byte gives as many requests as at once",
                   QStringLiteral("%1 vs %2").arg(trickled.requests.size()).arg(whole.requests.size()));
    for (qsizetype i = 0; i < std::min(trickled.requests.size(), whole.requests.size()); ++i) {
        findings.check(sameRequest(trickled.requests.at(i), whole.requests.at(i)),
                       "byte by byte gives the same requests as at once", [i] { return QString::number(i); });
        findings.check(trickled.keepAlive.at(i) == whole.keepAlive.at(i),
                       "byte by byte gives the same keep-alive as at once",
                       [i] { return QString::number(i); });
    }
    findings.check(trickled.failed == whole.failed && trickled.errorStatus == whole.errorStatus,
                   "byte by byte fails as at once",
                   QStringLiteral("%1 vs %2").arg(trickled.errorStatus).arg(whole.errorStatus));
    if (!whole.failed)
        findings.check(trickled.leftOver == whole.leftOver, "byte by byte leaves the same bytes unread");
    return findings.take();
}

} // namespace FuzzEntries
