#pragma once

#include "core/api/apioutcome.h"

#include <QMetaType>
#include <QString>

// One batch to delete, with what is known about it (for the audit trail and the result table).
struct DeletionItem
{
    QString classificationId;
    QString classificationName; // empty when unknown
    QString batchId;
    int fileCount = -1; // -1 when unknown
    // Set by DeletionQueue::retryItems() for items whose earlier attempt had an unknown outcome: a 404
    // then reads "not found — possibly deleted by the earlier attempt".
    bool earlierOutcomeUnknown = false;
};

// How one item ended. The CLI's exit code and the app's counters are derived from this.
enum class DeletionResultKind
{
    Deleted,      // 2xx + success body
    NotFound,     // 404 (refused by the API; maybe deleted by an earlier attempt)
    Refused,      // any other answer that is not a success (4xx/5xx, unexpected body)
    RateLimited,  // still 429 after the maximum number of attempts
    NetworkError, // the request surely did not reach the server (refused connection, DNS, TLS)
    Unknown,      // sent, but no usable answer came back: the server may or may not have deleted it
    Cancelled,    // never sent: the run was cancelled first
    NotSent,      // never sent: the run stopped first, for DeletionResult::stopReason
};

// Why a run stops sending by itself and waits for a decision (DeletionQueue::stopped()): going on
// would only meet the same answer for every batch left, or send what cannot be recorded.
enum class RunStopReason
{
    None,
    ServerUnreachable,  // several attempts in a row did not reach the server
    InsecureConnection, // the TLS connection failed (certificate): never retried
    TokenRejected,      // 401 / 403
    WrongApiUrl,        // the server has no such API route: the base URL is wrong
    AuditUnwritable,    // the attempt could not be recorded, so it was not sent
};

struct DeletionResult
{
    DeletionItem item;
    DeletionResultKind kind = DeletionResultKind::Cancelled;
    ApiOutcome outcome; // the last attempt's outcome (default-constructed for Cancelled)
    QString message;    // user-facing explanation (server message, "possibly deleted by…", …)
    int attempts = 0;
    qint64 durationMs = -1;                         // of the last attempt
    RunStopReason stopReason = RunStopReason::None; // for NotSent: why the run stopped
};

Q_DECLARE_METATYPE(DeletionResult)
Q_DECLARE_METATYPE(DeletionResultKind)
Q_DECLARE_METATYPE(RunStopReason)
