#include "deletiondecision.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

using Kind = ApiOutcome::Kind;

// How an answer ends an item, whether it may be tried again (only where the request surely was not
// acted on: a 429, a 503 that says when to come back, a connection that never reached the server),
// and whether the server asked for the wait.
struct Reading
{
    DeletionResultKind kind = DeletionResultKind::Refused;
    bool retryable = false;
    bool serverAsked = false;
    RunStopReason stop = RunStopReason::None;
};

Reading read(const AnswerFacts& facts, int unreachableInARow)
{
    const ApiOutcome& outcome = facts.outcome;
    Reading reading;
    switch (outcome.kind) {
    case Kind::Succeeded:
        reading.kind = DeletionResultKind::Deleted;
        break;
    case Kind::NotFound:
        reading.kind = DeletionResultKind::NotFound;
        break;
    case Kind::RateLimited:
        reading.kind = DeletionResultKind::RateLimited;
        reading.retryable = reading.serverAsked = true;
        break;
    case Kind::ServerError:
        reading.retryable = reading.serverAsked = outcome.httpStatus == 503 && outcome.retryAfterSeconds >= 0;
        break;
    case Kind::NetworkError:
        reading.kind = DeletionResultKind::NetworkError;
        reading.retryable = true;
        // Not one more wait when the server is not there at all: the run stops and says why.
        if (unreachableInARow >= facts.maxUnreachableInARow)
            reading.stop = RunStopReason::ServerUnreachable;
        break;
    case Kind::InsecureRefused:
        // Final: another handshake with the same server fails the same way.
        reading.kind = DeletionResultKind::NetworkError;
        reading.stop = RunStopReason::InsecureConnection;
        break;
    case Kind::OutcomeUnknown:
        reading.kind = DeletionResultKind::Unknown;
        break;
    case Kind::Cancelled:
        // Never from a request that left: ApiCall reports an aborted request as OutcomeUnknown.
        reading.kind = DeletionResultKind::Cancelled;
        break;
    case Kind::TokenRejected:
        reading.stop = RunStopReason::TokenRejected;
        break;
    case Kind::WrongApiUrl:
        reading.stop = RunStopReason::WrongApiUrl;
        break;
    case Kind::Failed:
    case Kind::Rejected:
    case Kind::RedirectRefused:
        break;
    }
    return reading;
}

} // namespace

AnswerDecision decideAfterAnswer(const AnswerFacts& facts)
{
    AnswerDecision decision;
    // Any answer at all shows the server can be reached.
    decision.unreachableInARow = facts.outcome.kind == Kind::NetworkError ? facts.unreachableInARow + 1 : 0;
    const Reading reading = read(facts, decision.unreachableInARow);
    decision.kind = reading.kind;
    decision.message = facts.outcome.message();
    if (reading.kind == DeletionResultKind::NotFound && facts.earlierOutcomeUnknown)
        decision.message = QCoreApplication::translate("DeletionQueue",
                                                       "not found — possibly deleted by the earlier attempt");
    if (facts.runCancelled) {
        // The run is over: no hold, no stop; an item that could have been tried again was not.
        decision.step = reading.retryable ? AnswerDecision::Step::EndUnsent : AnswerDecision::Step::End;
        return decision;
    }
    decision.stop = reading.stop;
    if (reading.retryable && reading.stop == RunStopReason::None) {
        const bool named = reading.serverAsked && facts.outcome.retryAfterSeconds >= 0;
        const std::chrono::milliseconds wait =
            named ? std::min<std::chrono::milliseconds>(std::chrono::seconds(facts.outcome.retryAfterSeconds),
                                                        facts.maxWait)
                  : backoffAfter(facts.attempts, facts.backoffInitial, facts.backoffMaximum);
        decision.holdMs = wait.count();
        decision.serverAskedHold = reading.serverAsked;
    }
    if (reading.retryable && facts.attempts < std::max(1, facts.maxAttempts))
        decision.step = AnswerDecision::Step::Retry;
    return decision;
}

std::chrono::milliseconds backoffAfter(int attempts, std::chrono::milliseconds initial,
                                       std::chrono::milliseconds maximum)
{
    std::chrono::milliseconds wait = initial;
    for (int attempt = 1; attempt < attempts && wait < maximum; ++attempt)
        wait *= 2;
    return std::min(wait, maximum);
}
