#pragma once

#include "core/api/apioutcome.h"
#include "core/deletion/deletionqueue.h"

// The exit codes of extracta-batch, a contract with the scripts that call it (see docs/cli.md).
enum class ExitCode : int
{
    Success = 0,        // everything deleted, or the command succeeded
    Refused = 1,        // the API refused at least one request (4xx/5xx, 404 included)
    UsageError = 2,     // bad command line or input; nothing was sent
    NetworkFailure = 3, // network, TLS or timeout failure
    Declined = 4,       // the confirmation was not typed; nothing was sent
    OutcomeUnknown = 5, // at least one request may or may not have been acted on
    // The run stopped on this computer: an attempt could not be recorded in the audit trail, so it and
    // every batch after it were not sent.
    StoppedLocally = 6,
    // delete was interrupted (Ctrl+C, SIGTERM): no new request was started, those in flight finished
    // and were recorded. On POSIX the process then ends by the signal itself (the shell shows 130, or
    // 143 for SIGTERM), see InterruptWatcher::endProcess().
    Interrupted = 130,
};

// For one batch of a delete run (a batch not sent takes the code of the reason the run stopped).
ExitCode exitCodeFor(const DeletionResult& result);
// For a call that reads (credits, inspect): any failure to get an answer is a network failure.
ExitCode exitCodeFor(const ApiOutcome& outcome);
// When a run ends with several codes, the one a script most needs to know about: 5 > 6 > 3 > 1 > 0.
// An interrupted run is Interrupted whatever its results (its results are printed as usual).
ExitCode mostSerious(ExitCode a, ExitCode b);
