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
};

enum class TransportFailure
{
    TimedOut,
    Cancelled,
    AnswerTooLarge,
    Other,
};

class AnswerClassifier
{
    Q_DECLARE_TR_FUNCTIONS(AnswerClassifier)

public:
    // `successStatuses` are the body "status" values that mean success for this call
    // ("success" for classification calls, "ok" for /credits).
    static ApiOutcome classify(const HttpAnswer& answer, const QStringList& successStatuses);
    static ApiOutcome classifyTransportError(QNetworkReply::NetworkError error, TransportFailure how,
                                             const QString& qtErrorText);
    // A server asking for more than a day is capped rather than believed (and int never overflows).
    static constexpr qint64 MaxRetryAfterSeconds = 24 * 3600;
    // Parses a Retry-After header given in seconds or as an HTTP date. -1 when absent or unusable.
    static int parseRetryAfter(const QByteArray& value);
};
