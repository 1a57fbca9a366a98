#pragma once

#include "core/api/apioutcome.h"
#include "deletionresult.h"

#include <QString>

#include <chrono>

// The step from one answer to what the deletion queue does next, as a pure function of plain facts:
// no QObject, no timer, no I/O. DeletionQueue applies it; tests/core/tst_deletiondecision.cpp holds
// its table.

// What is known when an answer to one attempt arrives.
struct AnswerFacts
{
    ApiOutcome outcome;
    int attempts = 1;    // of this item so far, the one just answered included
    int maxAttempts = 1; // at least 1
    bool earlierOutcomeUnknown = false;
    // Answers in a row, before this one, from attempts that did not reach the server.
    int unreachableInARow = 0;
    int maxUnreachableInARow = 3;
    std::chrono::milliseconds backoffInitial{1000};
    std::chrono::milliseconds backoffMaximum{60000};
    std::chrono::milliseconds maxWait{300000}; // caps a wait the server asks for (Retry-After)
    bool runCancelled = false;                 // the run was cancelled before this answer arrived
};

// What to do about it.
struct AnswerDecision
{
    enum class Step
    {
        End,       // the item ends: `kind`, `message`
        Retry,     // the item goes back to the waiting ones, to be sent again (after the hold)
        EndUnsent, // the answer allowed another attempt, but the run is cancelled: it ends unsent
    };

    Step step = Step::End;
    DeletionResultKind kind = DeletionResultKind::Refused; // for End
    QString message;
    // The whole queue sends nothing for this long from now (the other batches would meet the same
    // answer), whether or not this item is tried again; -1 for no hold.
    qint64 holdMs = -1;
    bool serverAskedHold = false;             // the hold is the server's request (429, 503 with Retry-After)
    RunStopReason stop = RunStopReason::None; // the run stops and waits for a decision
    int unreachableInARow = 0;                // the count after this answer
};

AnswerDecision decideAfterAnswer(const AnswerFacts& facts);

// The wait before an item's next attempt when the server named none: `initial`, doubled with each
// further attempt of the same item, capped at `maximum`. It grows with that item's attempts only, so
// one batch's episode of failures never slows the next batch down.
std::chrono::milliseconds backoffAfter(int attempts, std::chrono::milliseconds initial,
                                       std::chrono::milliseconds maximum);
