#pragma once

#include "core/api/apioutcome.h"
#include "core/storage/auditlog.h"
#include "deletionresult.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class ApiCall;
struct AnswerDecision;

class ExtractaClient;

// A stable, untranslated name for files and scripts: "deleted", "not_found", "refused",
// "rate_limited", "network_error", "unknown", "cancelled", "not_sent".
QString deletionResultCode(DeletionResultKind kind);

// The outcome a view shows for a result: its last answer's, or Cancelled for a batch never sent.
ApiOutcome::Kind shownOutcomeKind(const DeletionResult& result);

// A stable, untranslated name for scripts: "server_unreachable", "insecure_connection",
// "token_rejected", "wrong_api_url", "audit_unwritable" ("" for None).
QString runStopCode(RunStopReason reason);

// Why the run stopped, in words for the user.
QString runStopMessage(RunStopReason reason);

// Deletes batches with bounded concurrency: the one deletion path of the app's window (a queue of
// one), its bulk runs and the CLI.
// - At most concurrency() requests in flight (default 2, range 1–8). The first request of a run (and
//   after it resumed from a stop) goes alone: a wrong token, URL or certificate meets one request,
//   not one per slot; the other slots open with the first answer that does not stop the run.
// - A 429 pauses the whole queue for Retry-After seconds (or an exponential backoff when absent)
//   and the item is tried again, at most maxAttempts() times, then reported RateLimited.
// - Automatic retry only when the request surely did not reach the server: a refused connection,
//   or a 503 that carries Retry-After. A timeout or a reset after sending is never retried: Unknown.
//   The backoff grows with the attempts of one batch only: the next batch starts from the first wait.
//   What an answer leads to is decideAfterAnswer() (deletiondecision.h), a pure function.
// - The run stops sending by itself when going on is pointless or unsafe: the server could not be
//   reached MaxUnreachableInARow times in a row, the TLS connection failed, the token or the API URL
//   was rejected, or an attempt could not be recorded. With batches left to send it emits stopped()
//   and waits like a paused run: resume() tries again, cancel() ends it with the batches left
//   NotSent. With none left (the stop came with the last answer) the run simply finishes.
// - pause() and cancel() start no new requests; requests in flight finish and are recorded. abort()
//   also aborts the requests in flight: their outcome is then unknown, and recorded so.
// - With an AuditLog, the audit rule of the app and the CLI lives here: each attempt is recorded,
//   flushed to disk, right before its request is handed to the network, and only then sent; nothing
//   is sent that could not be recorded. Slots freed by answers that arrive together are filled
//   together, on the next turn of the event loop: their attempts are recorded in one commit (one
//   wait for the disk, not one each), then handed over. So the trail holds an entry for exactly the
//   requests that left; only a crash between the record and the hand-over can leave one that reads
//   "unknown" although it never left. An answer is completed in the trail once the requests just
//   handed to Qt have left (Qt needs this thread for a few more turns of the event loop before a
//   request is on the wire; answers that wait are completed in one commit), and always before
//   finished().
// Runs on the thread that owns it, without blocking: only signals and timers.
class DeletionQueue final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultConcurrency = 2;
    static constexpr int MaxConcurrency = 8;
    static constexpr int DefaultMaxAttempts = 5;
    static constexpr int MaxUnreachableInARow = 3;

    struct Progress
    {
        int total = 0;
        int deleted = 0;
        int failed = 0; // NotFound, Refused, RateLimited, NetworkError
        int unknown = 0;
        int notSent = 0; // Cancelled or NotSent: never sent
        int inFlight = 0;
        int remaining = 0;                // not finished yet (queued, waiting or in flight)
        qint64 estimatedRemainingMs = -1; // -1 until there is enough to estimate
    };

    // `audit` may be null (no recording); `origin` and `osUser` go into each audit entry.
    DeletionQueue(ExtractaClient& client, AuditLog* audit, AuditOrigin origin, QString osUser,
                  QObject* parent = nullptr);
    ~DeletionQueue() override;

    void setConcurrency(int concurrency); // clamped to 1..MaxConcurrency
    int concurrency() const;
    // 1 tries each batch once, whatever the answer (the window's single deletion).
    void setMaxAttempts(int attempts);
    // Backoff after a 429 without Retry-After (and between retries of a connection that surely did not
    // reach the server): initial, doubled with each further attempt of the same item, capped.
    void setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum);
    // Caps any server-requested wait (Retry-After), e.g. to keep tests short. Default: 5 minutes.
    void setMaxWait(std::chrono::milliseconds maximum);

    // Starts a run over `items` (the queue must be idle). Emits finished() when every item has ended.
    void start(const QList<DeletionItem>& items);
    enum class Retry
    {
        FailedOnly,       // Refused, RateLimited, NetworkError, Cancelled, NotSent
        IncludingUnknown, // also Unknown: the server may already have deleted those; the caller asked
    };
    // Items of the last run to try again, ready for start(). Deleted and NotFound never come back;
    // Unknown only when asked for explicitly, with earlierOutcomeUnknown set.
    QList<DeletionItem> retryItems(Retry which = Retry::FailedOnly) const;

    void pause();
    // Also goes on after the run stopped by itself (stopped()), starting its counts afresh.
    void resume();
    // Starts no new request; the items left end Cancelled, or NotSent when the run had stopped.
    void cancel();
    // cancel(), and the requests in flight are aborted too: the server may already have acted on
    // them, so they end Unknown, and are recorded so, as their calls report it.
    void abort();

    bool isRunning() const;           // started and not finished (paused counts as running)
    bool isPaused() const;            // by pause(), or stopped by itself
    RunStopReason stopReason() const; // None unless the run stopped by itself and waits
    // True while the whole queue waits because of a 429.
    bool isWaitingForRateLimit() const;

    Progress progress() const;
    QList<DeletionResult>
    results() const; // in item order; unfinished items have kind Cancelled and attempts 0

signals:
    // A request for the item was handed to the network, its audit entry written just before: emitted
    // for every attempt, so again when an item is retried.
    void itemStarted(int index);
    void itemFinished(int index, const DeletionResult& result);
    void progressChanged();
    // The queue stopped sending for `waitMs` because the server asked it to (429).
    void rateLimited(qint64 waitMs);
    // The run stopped sending by itself and waits for resume() or cancel(): batches are left.
    void stopped(RunStopReason reason, const QString& message);
    // Every item has ended and every answer is on record.
    void finished();

private:
    // Everything about one item of the run.
    struct QueueItem
    {
        DeletionItem item;
        DeletionResult result; // how it ended, once done; kind Cancelled and attempts 0 until then
        bool done = false;
        int attempts = 0;
        ApiOutcome lastOutcome; // of the last attempt (default-constructed before the first)
        qint64 lastDurationMs = -1;
    };
    // One request on its way. `serial` tells a call's answer from a later attempt for the same item.
    struct InFlight
    {
        QPointer<ApiCall> call;
        quint64 serial = 0;
        qint64 auditId = -1;
        bool left = false; // the request is on the wire (ApiCall::requestSent)
    };
    void fillSlots();
    // fillSlots() on a later turn of the event loop, once however often it is asked for meanwhile.
    void scheduleFill();
    // Records the attempts of `group` (one commit), then hands their requests to the network; false
    // (and the run stopped, the items waiting again) when they could not be recorded.
    bool send(const QList<int>& group);
    // Starts the request of one recorded attempt.
    void handOver(int index, qint64 auditId);
    bool maySend() const;
    void onRequestLeft(int index, quint64 serial);
    void writePendingCompletions();
    // The audit entry of an attempt for item `index` ("sent" until its answer is recorded).
    AuditEntry auditEntryFor(int index) const;
    void count(int index, int direction);
    void onAnswer(int index, const ApiOutcome& outcome, qint64 durationMs);
    // Applies decideAfterAnswer() to item `index`; returns the new hold in ms (-1 when none began).
    qint64 apply(int index, const AnswerDecision& decision, const ApiOutcome& outcome, qint64 durationMs);
    // The call went away without an answer (its client was destroyed): outcome unknown, nothing more is sent.
    void onAbandoned(int index, quint64 serial);
    void complete(int index, DeletionResultKind kind, const ApiOutcome& outcome, const QString& message,
                  qint64 durationMs);
    // Ends an item that will not be sent (again): Cancelled, or NotSent when the run had stopped.
    void completeUnsent(int index);
    // Puts the item back among the waiting ones (in item order, so before every item not yet tried).
    void requeue(int index);
    // Stops all sending for `waitMs` (or longer, if a hold already lasts longer). Returns the new hold
    // in ms from now, or -1 when an existing hold already covered it.
    qint64 holdFor(qint64 waitMs, bool serverAsked);
    // Stops sending until resume() or cancel(); the first reason of a run wins.
    void stopRun(RunStopReason reason);
    // Emits stopped() (on a later turn of the event loop, once per stop) when the run is stopped and
    // batches wait to be sent; a stop that leaves none ends the run instead.
    void announceStop();
    // How many requests may be in flight now.
    int sendingSlots() const;
    void onHoldEnded();
    void finishIfDone();
    qint64 activeMs() const;

    ExtractaClient& m_client;
    AuditLog* m_audit;
    AuditOrigin m_origin;
    QString m_osUser;
    int m_concurrency = DefaultConcurrency;
    int m_maxAttempts = DefaultMaxAttempts;
    std::chrono::milliseconds m_backoffInitial{1000};
    std::chrono::milliseconds m_backoffMaximum{60000};
    std::chrono::milliseconds m_maxWait{300000};

    QList<QueueItem> m_queueItems;
    QList<int> m_waiting; // indexes to (re)send, always in ascending item order
    QHash<int, InFlight> m_inFlight;
    QList<AuditCompletion> m_pendingCompletions; // answers completed once no request waits to leave
    int m_notYetLeft = 0;                        // requests in flight that have not reported leaving
    // Ended items by kind (a run's progress() is asked for after every answer).
    int m_ended = 0;
    int m_deleted = 0;
    int m_failed = 0;
    int m_unknown = 0;
    int m_notSentCount = 0;
    quint64 m_nextSerial = 1;
    int m_unreachableInARow = 0;
    RunStopReason m_stopReason = RunStopReason::None;
    bool m_stopAnnounced = false; // stopped() was emitted for the current stop
    bool m_stopAnnouncementDue = false;
    bool m_probing = false; // the run's first request is on its way alone
    bool m_running = false;
    bool m_paused = false;
    bool m_cancelled = false;
    bool m_finishScheduled = false;
    bool m_filling = false;
    bool m_fillScheduled = false;
    bool m_holdIsRateLimit = false;
    qint64 m_holdUntilMs = 0; // on m_clock
    QTimer m_hold;
    QElapsedTimer m_clock;
    QElapsedTimer m_pauseClock;
    qint64 m_pausedMs = 0;
};
