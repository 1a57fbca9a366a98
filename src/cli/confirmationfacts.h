#pragma once

#include "core/api/apioutcome.h"

#include <QHash>
#include <QString>
#include <QStringList>

// What the lookups before a confirmation learnt about one thing the confirmation names (a
// classification or a batch), or why they could not learn it.
struct LookupStatus
{
    enum class State
    {
        NotLookedUp,    // not asked: beyond the lookup cap
        Known,          // the server answered with it
        NotFound,       // the server says it does not exist
        RateLimited,    // 429, for this lookup or an earlier one
        NoAnswerInTime, // the lookup bound passed first
        NoAnswer,       // the connection ended without an answer
        Unreachable,    // the request did not reach the server
        TokenRejected,  // 401 / 403
        Failed,         // any other answer (`outcome` says which)
    };

    State state = State::NotLookedUp;
    // The answer that decided the state (from Known to Failed); CheckWording says it in words.
    ApiOutcome outcome;
};

struct ClassificationFacts
{
    LookupStatus status;
    QString name; // as the server sent it: untrusted, shown only through ServerText
};

struct BatchFacts
{
    LookupStatus status;
    int fileCount = 0;
    QStringList fileNames; // the first few, as the server sent them: untrusted
};

// Everything the confirmation can say beyond the IDs: a name per classification looked up, and the
// contents of the batch when a single one is deleted.
struct ConfirmationFacts
{
    QHash<QString, ClassificationFacts> classifications;
    BatchFacts batch;
};
