#include "checkwording.h"

namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

} // namespace

QString CheckWording::problem(Subject subject, const ApiOutcome& outcome)
{
    // The app's own words only: what the server said (untrusted, possibly long) is not repeated here.
    using Kind = ApiOutcome::Kind;
    switch (outcome.kind) {
    case Kind::Succeeded:
        return {};
    case Kind::NotFound:
        return subject == Subject::Batch
                   ? tr("Batch not found on the server — the deletion will most likely be refused")
                   : tr("Classification not found on the server");
    case Kind::RateLimited:
        return outcome.retryAfterSeconds > 0
                   ? tr("Could not check: rate limited, retry after %n s", nullptr, outcome.retryAfterSeconds)
                   : tr("Could not check: rate limited");
    case Kind::NetworkError:
        return tr("Could not check: the server could not be reached");
    case Kind::OutcomeUnknown:
        return tr("Could not check: the server did not answer");
    case Kind::TokenRejected:
        return tr("Could not check: the API rejected the token");
    case Kind::ServerError:
        return outcome.httpStatus > 0 ? tr("Could not check: server error %1").arg(outcome.httpStatus)
                                      : tr("Could not check: server error");
    case Kind::Rejected:
        return outcome.httpStatus > 0
                   ? tr("Could not check: the server refused the request (HTTP %1)").arg(outcome.httpStatus)
                   : tr("Could not check: the server refused the request");
    case Kind::Failed:
        return tr("Could not check: unexpected response");
    case Kind::WrongApiUrl:
        return tr("Could not check: the API URL seems to be wrong");
    case Kind::InsecureRefused:
        return tr("Could not check: the connection is not secure");
    case Kind::RedirectRefused:
        return tr("Could not check: redirected to another server");
    case Kind::Cancelled:
        return tr("Could not check: the check was cancelled");
    }
    return tr("Could not check: unexpected response");
}

QString CheckWording::age(qint64 secondsAgo)
{
    if (secondsAgo < Minute)
        return tr("just now");
    if (secondsAgo < Hour)
        return tr("%n minute(s) ago", nullptr, int(secondsAgo / Minute));
    if (secondsAgo < 2 * Day)
        return tr("%n hour(s) ago", nullptr, int(secondsAgo / Hour));
    return tr("%n day(s) ago", nullptr, int(secondsAgo / Day));
}
