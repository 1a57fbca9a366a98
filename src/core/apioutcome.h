#pragma once

#include <QMetaType>
#include <QString>

// What became of one API call, in the terms of the outcome table in PRODUCT.md.
struct ApiOutcome
{
    enum class Kind
    {
        Succeeded,       // 2xx with a success status in the body
        Failed,          // 2xx whose body is not a success (or unreadable)
        Rejected,        // 400 and other 4xx not listed below
        TokenRejected,   // 401 / 403
        NotFound,        // 404
        RateLimited,     // 429
        ServerError,     // 5xx or an HTML error page
        NetworkError,    // timeout, refused, DNS, reset
        InsecureRefused, // TLS certificate or handshake error
        RedirectRefused, // redirect to another origin
        Cancelled,       // the user cancelled while the request was in flight
    };

    Kind kind = Kind::NetworkError;
    int httpStatus = 0;    // 0 when no HTTP answer arrived
    QString serverMessage; // the "message" field of the body, when there was one
    QString detail;        // plain-words explanation for the user
    int retryAfterSeconds = -1;
    // For transport failures: whether the request can have reached the server. A refused connection
    // or an unknown host surely did not; a timeout or a reset after sending may have, so what the
    // server did is unknown and the request must not be retried blindly.
    bool mayHaveReachedServer = true;

    bool isSuccess() const;
    // What the user reads about it: the server's message for a success; otherwise the plain-words
    // detail, followed by the server's own words when they add something.
    QString message() const;
};

Q_DECLARE_METATYPE(ApiOutcome)

// The short word shown next to the outcome icon. `successWord` names what succeeded ("Deleted").
QString outcomeWord(ApiOutcome::Kind kind, const QString& successWord);

// A stable, untranslated code for files and scripts: "succeeded", "failed", "rejected",
// "token_rejected", "not_found", "rate_limited", "server_error", "network_error", "insecure",
// "redirect_refused", "cancelled".
QString outcomeCode(ApiOutcome::Kind kind);
