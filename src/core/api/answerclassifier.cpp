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

ApiOutcome AnswerClassifier::classify(const HttpAnswer& answer, const AnswerExpectations& expectations)
{
    using Kind = ApiOutcome::Kind;
    const ParsedBody body = answer.bodyComplete ? parseBody(answer.body) : ParsedBody();
    ApiOutcome outcome;
    outcome.httpStatus = answer.status;
    outcome.serverMessage = body.message;

    const int status = answer.status;
    if (status >= 200 && status < 300) {
        if (!answer.bodyComplete) {
            outcome.kind = Kind::OutcomeUnknown;
            outcome.detail = tr("The server answered HTTP %1, but its answer was cut short or too large to "
                                "read. The server may have acted on the request.")
                                 .arg(status);
            return outcome;
        }
        if (!body.isJsonObject) {
            outcome.kind = Kind::OutcomeUnknown;
            outcome.detail = tr("The server answered HTTP %1, but its answer could not be read. The server "
                                "may have acted on the request.")
                                 .arg(status);
            return outcome;
        }
        if (expectations.successStatuses.contains(body.status)) {
            outcome.kind = Kind::Succeeded;
            return outcome;
        }
        outcome.kind = Kind::Failed;
        outcome.detail = body.message.isEmpty() ? tr("Unexpected response from the server.") : body.message;
        return outcome;
    }
    if (status == 401 || status == 403) {
        outcome.kind = Kind::TokenRejected;
        outcome.detail = tr("The API token was rejected. Check the token in Settings.");
        return outcome;
    }
    if (status == 404) {
        // The API answers a missing classification or batch in its own JSON shape; a web server
        // without the API's routes answers with a page or nothing.
        if (expectations.notFoundMeansWrongUrl || !body.hasApiShape) {
            outcome.kind = Kind::WrongApiUrl;
            outcome.detail = tr("The server has no such API route (HTTP 404): the API URL looks wrong. Check "
                                "that it is the API's base URL, ending in /api/v1.");
            return outcome;
        }
        outcome.kind = Kind::NotFound;
        outcome.detail = tr("Not found (it may already have been deleted).");
        return outcome;
    }
    if (status == 429) {
        outcome.kind = Kind::RateLimited;
        outcome.retryAfterSeconds = parseRetryAfter(answer.retryAfter);
        outcome.detail = outcome.retryAfterSeconds >= 0
                             ? tr("Rate limited: retry after %1 s.").arg(outcome.retryAfterSeconds)
                             : tr("Rate limited: wait a moment before retrying.");
        return outcome;
    }
    if (status >= 500 || (status >= 400 && looksLikeHtml(answer))) {
        outcome.kind = Kind::ServerError;
        // A 503 with Retry-After says the request was not processed and when to come back.
        if (status == 503)
            outcome.retryAfterSeconds = parseRetryAfter(answer.retryAfter);
        outcome.detail = tr("Server error %1.").arg(status);
        return outcome;
    }
    if (status >= 400) {
        outcome.kind = Kind::Rejected;
        outcome.detail = body.message.isEmpty() ? tr("The server rejected the request (HTTP %1).").arg(status)
                                                : body.message;
        return outcome;
    }
    // 1xx and 3xx are never final answers we asked for: same-origin 307/308 are followed by ApiCall.
    outcome.kind = Kind::Failed;
    outcome.detail = tr("Unexpected response from the server (HTTP %1).").arg(status);
    return outcome;
}

ApiOutcome AnswerClassifier::classifyTransportError(QNetworkReply::NetworkError error, TransportFailure how,
                                                    const QString& qtErrorText)
{
    using Kind = ApiOutcome::Kind;
    ApiOutcome outcome;
    // Only a failure that happens before anything is sent proves the server never saw the request;
    // whatever else ended the call may have come after the request left (Qt tells too late whether
    // it had), so the server may have acted and the outcome is unknown.
    outcome.kind = Kind::OutcomeUnknown;
    if (how == TransportFailure::Cancelled) {
        outcome.detail =
            tr("Cancelled while the request was on its way. The server may already have acted on it.");
        return outcome;
    }
    if (how == TransportFailure::TimedOut) {
        outcome.detail =
            tr("No answer from the server in time. The server may still have acted on the request.");
        return outcome;
    }
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        outcome.kind = Kind::InsecureRefused;
        outcome.detail = tr("Refused: the connection is not secure (%1).").arg(qtErrorText);
        return outcome;
    case QNetworkReply::TooManyRedirectsError:
        // Same-origin redirects were followed, each carrying the token to the same server.
        outcome.kind = Kind::Failed;
        outcome.detail = tr("The server kept redirecting the request to itself; it was given up.");
        return outcome;
    case QNetworkReply::InsecureRedirectError:
        // The first server got the request; only the redirect was refused.
        outcome.kind = Kind::RedirectRefused;
        outcome.detail = tr("Refused: the server redirected to another server. The redirect was not "
                            "followed and the token was not sent.");
        return outcome;
    case QNetworkReply::ConnectionRefusedError:
        outcome.kind = Kind::NetworkError;
        outcome.detail = tr("The server refused the connection. Check the API URL and that the server runs.");
        return outcome;
    case QNetworkReply::HostNotFoundError:
        outcome.kind = Kind::NetworkError;
        outcome.detail = tr("The server name could not be found. Check the API URL and your network.");
        return outcome;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        outcome.kind = Kind::NetworkError;
        outcome.detail = tr("The network proxy failed: %1").arg(qtErrorText);
        return outcome;
    case QNetworkReply::ContentReSendError:
        // Qt would have sent the request again on a new connection; a deletion is never sent twice.
        outcome.detail = tr("The connection broke before any answer arrived. The request was not sent again; "
                            "the server may have acted on it.");
        return outcome;
    case QNetworkReply::RemoteHostClosedError:
        outcome.detail = tr("The server closed the connection before answering. The server may still have "
                            "acted on the request.");
        return outcome;
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
        outcome.detail =
            tr("The network proxy failed (%1). The server may have acted on the request.").arg(qtErrorText);
        return outcome;
    default:
        outcome.detail = tr("Network error (%1). The server may have acted on the request.").arg(qtErrorText);
        return outcome;
    }
}
