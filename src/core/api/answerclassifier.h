#pragma once

#include "apioutcome.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkReply>
#include <QStringList>

// Turns an HTTP answer or a transport failure into an ApiOutcome. The HTTP status is trusted first,
// then the body's "status" field: the API documents a 400 whose body says "success".
struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;
    // False when the body was cut short (the connection broke) or too large to read: a 2xx then
    // leaves open whether the server acted.
    bool bodyComplete = true;
};

// What one call expects of its answers.
struct AnswerExpectations
{
    // The body "status" values that mean success ("success" for classification calls, "ok" for /credits).
    QStringList successStatuses;
    // The route exists on every Extracta API (GET /credits): a 404 from it means the base URL is wrong.
    bool notFoundMeansWrongUrl = false;
};

enum class TransportFailure
{
    TimedOut,
    Cancelled,
    Other,
};

class AnswerClassifier
{
    Q_DECLARE_TR_FUNCTIONS(AnswerClassifier)

public:
    static ApiOutcome classify(const HttpAnswer& answer, const AnswerExpectations& expectations);
    // A call that ended without a complete HTTP answer. A network error is what surely never reached
    // the server (a refused connection, an unknown host, a failed TLS handshake); anything else may
    // have happened after the request left: the outcome is then unknown.
    static ApiOutcome classifyTransportError(QNetworkReply::NetworkError error, TransportFailure how,
                                             const QString& qtErrorText);
    // A server asking for more than a day is capped rather than believed (and int never overflows).
    static constexpr qint64 MaxRetryAfterSeconds = 24 * 3600;
    // Parses a Retry-After header given in seconds or as an HTTP date. -1 when absent or unusable.
    static int parseRetryAfter(const QByteArray& value);
};
