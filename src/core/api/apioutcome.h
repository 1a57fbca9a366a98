#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

// What became of one API call, in the terms of the outcome table in PRODUCT.md.
struct ApiOutcome
{
    enum class Kind
    {
        Succeeded,       // 2xx with a success status in the body
        Failed,          // 2xx whose readable body does not say success
        Rejected,        // 400 and other 4xx not listed below
        TokenRejected,   // 401 / 403
        NotFound,        // 404 in the API's own shape: the thing asked for does not exist
        WrongApiUrl,     // 404 from a route the API does not have: the base URL is wrong
        RateLimited,     // 429
        ServerError,     // 5xx or an HTML error page
        NetworkError,    // the request did not reach the server: refused, DNS, no connection in time
        OutcomeUnknown,  // the request left but no usable answer came back: the server may have acted
        InsecureRefused, // TLS certificate or handshake error
        RedirectRefused, // redirect to another origin
        Cancelled,       // never sent: the user cancelled a run first; keep it last (outcomeKindForCode)
    };

    Kind kind = Kind::NetworkError;
    int httpStatus = 0;    // 0 when no HTTP answer arrived
    QString serverMessage; // the "message" field of the body, when there was one
    QString detail;        // plain-words explanation for the user
    int retryAfterSeconds = -1;

    bool isSuccess() const;
    // What the user reads about it: the server's message for a success; otherwise the plain-words
    // detail, followed by the server's own words when they add something.
    QString message() const;
};

Q_DECLARE_METATYPE(ApiOutcome)

// The short word shown next to the outcome icon. `successWord` names what succeeded ("Deleted").
QString outcomeWord(ApiOutcome::Kind kind, const QString& successWord);

// A stable, untranslated code for files and scripts: "succeeded", "failed", "rejected",
// "token_rejected", "not_found", "wrong_api_url", "rate_limited", "server_error", "network_error",
// "unknown", "insecure", "redirect_refused", "cancelled". "unknown" is also what the audit trail
// records for an attempt whose answer never arrived.
QString outcomeCode(ApiOutcome::Kind kind);
// The kind an outcome code stands for; nullopt for anything else (such as the audit trail's "sent").
std::optional<ApiOutcome::Kind> outcomeKindForCode(const QString& code);
