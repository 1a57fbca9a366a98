#include "cliexitcode.h"

namespace {

int severity(ExitCode code)
{
    switch (code) {
    case ExitCode::Success:
        return 0;
    case ExitCode::Refused:
        return 1;
    case ExitCode::NetworkFailure:
        return 2;
    case ExitCode::StoppedLocally:
        return 3;
    case ExitCode::OutcomeUnknown:
        return 4;
    case ExitCode::UsageError:
    case ExitCode::Declined:
        // Both end a run before anything is sent, so they never meet a result of a request.
        return 5;
    case ExitCode::Interrupted:
        return 6;
    }
    return 5;
}

} // namespace

ExitCode exitCodeFor(const DeletionResult& result)
{
    switch (result.kind) {
    case DeletionResultKind::Deleted:
        return ExitCode::Success;
    case DeletionResultKind::NotFound:
    case DeletionResultKind::Refused:
    case DeletionResultKind::RateLimited:
        return ExitCode::Refused;
    case DeletionResultKind::NetworkError:
        return ExitCode::NetworkFailure;
    case DeletionResultKind::Unknown:
        return ExitCode::OutcomeUnknown;
    case DeletionResultKind::NotSent:
        switch (result.stopReason) {
        case RunStopReason::AuditUnwritable:
            return ExitCode::StoppedLocally;
        case RunStopReason::TokenRejected:
        case RunStopReason::WrongApiUrl:
            return ExitCode::Refused;
        case RunStopReason::ServerUnreachable:
        case RunStopReason::InsecureConnection:
        case RunStopReason::None:
            break;
        }
        return ExitCode::NetworkFailure;
    case DeletionResultKind::Cancelled:
        break;
    }
    // Never sent: only an interrupted run cancels, and it ends with ExitCode::Interrupted anyway. Not
    // deleted, and the server had no say in it.
    return ExitCode::NetworkFailure;
}

ExitCode exitCodeFor(const ApiOutcome& outcome)
{
    using Kind = ApiOutcome::Kind;
    switch (outcome.kind) {
    case Kind::Succeeded:
        return ExitCode::Success;
    case Kind::Failed:
    case Kind::Rejected:
    case Kind::TokenRejected:
    case Kind::NotFound:
    case Kind::RateLimited:
    case Kind::ServerError:
    case Kind::WrongApiUrl:
    // An answer did arrive: a redirect to another server, which is never followed (as for delete).
    case Kind::RedirectRefused:
        return ExitCode::Refused;
    case Kind::NetworkError:
    case Kind::OutcomeUnknown:
    case Kind::InsecureRefused:
    case Kind::Cancelled:
        break;
    }
    return ExitCode::NetworkFailure;
}

ExitCode mostSerious(ExitCode a, ExitCode b)
{
    return severity(a) >= severity(b) ? a : b;
}
