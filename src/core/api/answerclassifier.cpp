#include "answerclassifier.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

struct ParsedBody
{
    bool isJsonObject = false;
    // An object with a "status" or a human-readable reason, as the API's answers are: what a route
    // of the API says, rather than a web server that does not know the route.
    bool hasApiShape = false;
    QString status;
    QString message;
};

ParsedBody parseBody(const QByteArray& body)
{
    ParsedBody parsed;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return parsed;
    const QJsonObject object = doc.object();
    parsed.isJsonObject = true;
    const QJsonValue status = object.value(QLatin1String("status"));
    parsed.status = status.toString();
    parsed.hasApiShape = status.isString();
    // Error bodies are undocumented; accept the common spellings of a human-readable reason.
    for (const char* key : {"message", "error", "detail"}) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString() && !value.toString().trimmed().isEmpty()) {
            parsed.message = value.toString().trimmed().left(500);
            parsed.hasApiShape = true;
            break;
        }
    }
    return parsed;
}

bool looksLikeHtml(const HttpAnswer& answer)
{
    return answer.contentType.toLower().contains("text/html") ||
           answer.body.trimmed().left(15).toLower().startsWith("<!doctype html") ||
           answer.body.trimmed().left(6).toLower().startsWith("<html");
}

} // namespace

int AnswerClassifier::parseRetryAfter(const QByteArray& value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? static_cast<int>(qMin<qint64>(seconds, MaxRetryAfterSeconds)) : -1;
    // Delta-seconds too large for any integer still ask for the longest wait (RFC 9111, 1.2.2), not for
    // none at all.
    if (std::all_of(trimmed.cbegin(), trimmed.cend(), [](char c) { return c >= '0' && c <= '9'; }))
        return static_cast<int>(MaxRetryAfterSeconds);
    // An HTTP date always ends in "GMT", which Qt's RFC 2822 parser does not accept.
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(QLatin1String(" GMT"), Qt::CaseInsensitive))
        text = text.chopped(4) + QLatin1String(" +0000");
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return static_cast<int>(
        qBound<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when), MaxRetryAfterSeconds));
}

namespace {

// `outcome` as classified: its kind, and the sentence that tells the user what happened.
ApiOutcome concluded(ApiOutcome outcome, ApiOutcome::Kind kind, const QString& detail)
{
    outcome.kind = kind;
    outcome.detail = detail;
    return outcome;
}

} // namespace

ApiOutcome AnswerClassifier::classify(const HttpAnswer& answer, const AnswerExpectations& expectations)
{
    using Kind = ApiOutcome::Kind;
    const ParsedBody body = answer.bodyComplete ? parseBody(answer.body) : ParsedBody();
    ApiOutcome outcome;
    outcome.httpStatus = answer.status;
    outcome.serverMessage = body.message;

    const int status = answer.status;
    if (status >= 200 && status < 300) {
        if (!answer.bodyComplete)
            return concluded(outcome, Kind::OutcomeUnknown,
                             tr("The server answered HTTP %1, but its answer was cut short or too large to "
                                "read. The server may have acted on the request.")
                                 .arg(status));
        if (!body.isJsonObject)
            return concluded(outcome, Kind::OutcomeUnknown,
                             tr("The server answered HTTP %1, but its answer could not be read. The server "
                                "may have acted on the request.")
                                 .arg(status));
        if (expectations.successStatuses.contains(body.status)) {
            outcome.kind = Kind::Succeeded;
            return outcome;
        }
        return concluded(outcome, Kind::Failed,
                         body.message.isEmpty() ? tr("Unexpected response from the server.") : body.message);
    }
    if (status == 401 || status == 403)
        return concluded(outcome, Kind::TokenRejected,
                         tr("The API token was rejected. Check the token in Settings."));
    if (status == 404) {
        // The API answers a missing classification or batch in its own JSON shape; a web server
        // without the API's routes answers with a page or nothing.
        if (expectations.notFoundMeansWrongUrl || !body.hasApiShape)
            return concluded(outcome, Kind::WrongApiUrl,
                             tr("The server has no such API route (HTTP 404): the API URL looks wrong. Check "
                                "that it is the API's base URL, ending in /api/v1."));
        return concluded(outcome, Kind::NotFound, tr("Not found (it may already have been deleted)."));
    }
    if (status == 429) {
        outcome.retryAfterSeconds = parseRetryAfter(answer.retryAfter);
        return concluded(outcome, Kind::RateLimited,
                         outcome.retryAfterSeconds >= 0
                             ? tr("Rate limited: retry after %1 s.").arg(outcome.retryAfterSeconds)
                             : tr("Rate limited: wait a moment before retrying."));
    }
    if (status >= 500 || (status >= 400 && looksLikeHtml(answer))) {
        // A 503 with Retry-After says the request was not processed and when to come back.
        if (status == 503)
            outcome.retryAfterSeconds = parseRetryAfter(answer.retryAfter);
        return concluded(outcome, Kind::ServerError, tr("Server error %1.").arg(status));
    }
    if (status >= 400)
        return concluded(outcome, Kind::Rejected,
                         body.message.isEmpty() ? tr("The server rejected the request (HTTP %1).").arg(status)
                                                : body.message);
    // 1xx and 3xx are never final answers we asked for: same-origin 307/308 are followed by ApiCall.
    return concluded(outcome, Kind::Failed, tr("Unexpected response from the server (HTTP %1).").arg(status));
}

ApiOutcome AnswerClassifier::classifyTransportError(QNetworkReply::NetworkError error, TransportFailure how,
                                                    const QString& qtErrorText)
{
    using Kind = ApiOutcome::Kind;
    // Only a failure that happens before anything is sent proves the server never saw the request;
    // whatever else ended the call may have come after the request left (Qt tells too late whether
    // it had), so the server may have acted and the outcome is unknown.
    const auto unknown = [](const QString& detail) {
        return concluded({}, Kind::OutcomeUnknown, detail);
    };
    if (how == TransportFailure::Cancelled)
        return unknown(
            tr("Cancelled while the request was on its way. The server may already have acted on it."));
    if (how == TransportFailure::TimedOut)
        return unknown(
            tr("No answer from the server in time. The server may still have acted on the request."));
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return concluded({}, Kind::InsecureRefused,
                         tr("Refused: the connection is not secure (%1).").arg(qtErrorText));
    case QNetworkReply::TooManyRedirectsError:
        // Same-origin redirects were followed, each carrying the token to the same server.
        return concluded({}, Kind::Failed,
                         tr("The server kept redirecting the request to itself; it was given up."));
    case QNetworkReply::InsecureRedirectError:
        // The first server got the request; only the redirect was refused.
        return concluded({}, Kind::RedirectRefused,
                         tr("Refused: the server redirected to another server. The redirect was not "
                            "followed and the token was not sent."));
    case QNetworkReply::ConnectionRefusedError:
        return concluded(
            {}, Kind::NetworkError,
            tr("The server refused the connection. Check the API URL and that the server runs."));
    case QNetworkReply::HostNotFoundError:
        return concluded({}, Kind::NetworkError,
                         tr("The server name could not be found. Check the API URL and your network."));
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return concluded({}, Kind::NetworkError, tr("The network proxy failed: %1").arg(qtErrorText));
    case QNetworkReply::ContentReSendError:
        // Qt would have sent the request again on a new connection; a deletion is never sent twice.
        return unknown(tr("The connection broke before any answer arrived. The request was not sent again; "
                          "the server may have acted on it."));
    case QNetworkReply::RemoteHostClosedError:
        return unknown(tr("The server closed the connection before answering. The server may still have "
                          "acted on the request."));
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
        return unknown(
            tr("The network proxy failed (%1). The server may have acted on the request.").arg(qtErrorText));
    default:
        return unknown(tr("Network error (%1). The server may have acted on the request.").arg(qtErrorText));
    }
}
