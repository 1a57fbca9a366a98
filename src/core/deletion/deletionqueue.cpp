#include "deletionqueue.h"

#include "core/api/apicall.h"
#include "core/api/extractaclient.h"
#include "core/storage/auditlog.h"
#include "deletiondecision.h"

#include <QDateTime>

#include <algorithm>
#include <utility>

DeletionQueue::DeletionQueue(ExtractaClient& client, AuditLog* audit, AuditOrigin origin, QString osUser,
                             QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_audit(audit)
    , m_origin(std::move(origin))
    , m_osUser(std::move(osUser))
{
    m_hold.setSingleShot(true);
    // A coarse timer may fire up to 5% early, which would send before the server's Retry-After.
    m_hold.setTimerType(Qt::PreciseTimer);
    connect(&m_hold, &QTimer::timeout, this, &DeletionQueue::onHoldEnded);
}

DeletionQueue::~DeletionQueue()
{
    m_hold.stop();
    writePendingCompletions();
    // The calls still running are stopped: nobody is left to report their answers. The server may
    // already have acted, so their audit entries say "unknown" rather than staying "sent".
    const QHash<int, InFlight> inFlight = std::exchange(m_inFlight, {});
    for (const InFlight& running : inFlight) {
        ApiCall* call = running.call;
        if (!call)
            continue;
        disconnect(call, nullptr, this, nullptr);
        if (m_audit && running.auditId >= 0)
            m_audit->recordCompleted(running.auditId, AuditLog::UnknownOutcome, 0,
                                     tr("The deletion queue was closed before the answer arrived. The "
                                        "server may have acted on the request."),
                                     call->elapsedMs());
        call->cancel();
    }
}

void DeletionQueue::setConcurrency(int concurrency)
{
    m_concurrency = std::clamp(concurrency, 1, MaxConcurrency);
    if (m_running)
        fillSlots();
}

int DeletionQueue::concurrency() const
{
    return m_concurrency;
}

void DeletionQueue::setMaxAttempts(int attempts)
{
    m_maxAttempts = std::max(1, attempts);
}

void DeletionQueue::setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum)
{
    m_backoffInitial = std::max(initial, std::chrono::milliseconds(0));
    m_backoffMaximum = std::max(maximum, m_backoffInitial);
}

void DeletionQueue::setMaxWait(std::chrono::milliseconds maximum)
{
    m_maxWait = std::max(maximum, std::chrono::milliseconds(0));
}

void DeletionQueue::start(const QList<DeletionItem>& items)
{
    if (m_running) {
        qWarning("DeletionQueue: start() while a run is in progress was ignored");
        return;
    }
    writePendingCompletions(); // none are left by a finished run
    m_queueItems.clear();
    m_queueItems.reserve(items.size());
    m_waiting.clear();
    m_waiting.reserve(items.size());
    for (const DeletionItem& item : items) {
        QueueItem entry;
        entry.item = item;
        entry.result.item = item;
        m_waiting.append(static_cast<int>(m_queueItems.size()));
        m_queueItems.append(entry);
    }
    m_inFlight.clear();
    m_notYetLeft = 0;
    m_ended = m_deleted = m_failed = m_unknown = m_notSentCount = 0;
    m_unreachableInARow = 0;
    m_stopReason = RunStopReason::None;
    m_stopAnnounced = false;
    m_probing = true;
    m_paused = false;
    m_cancelled = false;
    m_holdIsRateLimit = false;
    m_hold.stop();
    m_pausedMs = 0;
    m_clock.start();
    m_running = true;
    emit progressChanged();
    fillSlots();
}

QList<DeletionItem> DeletionQueue::retryItems(Retry which) const
{
    QList<DeletionItem> items;
    for (const QueueItem& entry : m_queueItems) {
        DeletionItem item = entry.item;
        if (entry.done) {
            const DeletionResultKind kind = entry.result.kind;
            if (kind == DeletionResultKind::Deleted || kind == DeletionResultKind::NotFound)
                continue;
            if (kind == DeletionResultKind::Unknown) {
                if (which != Retry::IncludingUnknown)
                    continue;
                item.earlierOutcomeUnknown = true;
            }
        }
        items.append(item);
    }
    return items;
}

void DeletionQueue::pause()
{
    if (!m_running || m_paused)
        return;
    m_paused = true;
    m_pauseClock.start();
    emit progressChanged();
}

void DeletionQueue::resume()
{
    if (!m_running || !m_paused)
        return;
    m_paused = false;
    // Going on after the run stopped by itself is a fresh start: the next refusal stops it again.
    if (m_stopReason != RunStopReason::None)
        m_probing = true;
    m_stopReason = RunStopReason::None;
    m_unreachableInARow = 0;
    m_pausedMs += m_pauseClock.elapsed();
    emit progressChanged();
    fillSlots();
}

void DeletionQueue::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_hold.stop();
    m_holdIsRateLimit = false;
    const QList<int> waiting = std::exchange(m_waiting, {});
    for (const int index : waiting)
        completeUnsent(index);
    emit progressChanged();
    finishIfDone();
}

void DeletionQueue::abort()
{
    if (!m_running)
        return;
    cancel();
    // Each aborted call reports at once (OutcomeUnknown), which changes m_inFlight: collect them first.
    QList<QPointer<ApiCall>> calls;
    for (const InFlight& running : std::as_const(m_inFlight))
        calls.append(running.call);
    for (const QPointer<ApiCall>& call : std::as_const(calls)) {
        if (call)
            call->cancel();
    }
}

bool DeletionQueue::isRunning() const
{
    return m_running;
}

bool DeletionQueue::isPaused() const
{
    return m_paused;
}

RunStopReason DeletionQueue::stopReason() const
{
    return m_stopReason;
}

bool DeletionQueue::isWaitingForRateLimit() const
{
    return m_hold.isActive() && m_holdIsRateLimit;
}

DeletionQueue::Progress DeletionQueue::progress() const
{
    Progress progress;
    progress.total = static_cast<int>(m_queueItems.size());
    progress.deleted = m_deleted;
    progress.failed = m_failed;
    progress.unknown = m_unknown;
    progress.notSent = m_notSentCount;
    progress.inFlight = static_cast<int>(m_inFlight.size());
    progress.remaining = progress.total - m_ended;
    // Items ended by cancel() took no time and say nothing about the pace.
    const int answered = progress.deleted + progress.failed + progress.unknown;
    if (!m_clock.isValid())
        progress.estimatedRemainingMs = -1;
    else if (progress.remaining == 0)
        progress.estimatedRemainingMs = 0;
    else if (answered > 0)
        progress.estimatedRemainingMs = activeMs() * progress.remaining / answered;
    return progress;
}

void DeletionQueue::count(int index, int direction)
{
    m_ended += direction;
    switch (m_queueItems.at(index).result.kind) {
    case DeletionResultKind::Deleted:
        m_deleted += direction;
        break;
    case DeletionResultKind::NotFound:
    case DeletionResultKind::Refused:
    case DeletionResultKind::RateLimited:
    case DeletionResultKind::NetworkError:
        m_failed += direction;
        break;
    case DeletionResultKind::Unknown:
        m_unknown += direction;
        break;
    case DeletionResultKind::Cancelled:
    case DeletionResultKind::NotSent:
        m_notSentCount += direction;
        break;
    }
}

QList<DeletionResult> DeletionQueue::results() const
{
    QList<DeletionResult> results;
    results.reserve(m_queueItems.size());
    for (const QueueItem& entry : m_queueItems)
        results.append(entry.result);
    return results;
}

void DeletionQueue::fillSlots()
{
    // itemStarted() handlers may change the concurrency, which fills again: the loop below re-checks.
    if (m_filling)
        return;
    m_filling = true;
    bool sent = false;
    while (maySend() && !m_waiting.isEmpty() && m_inFlight.size() < sendingSlots()) {
        const qsizetype free = std::min<qsizetype>(sendingSlots() - m_inFlight.size(), m_waiting.size());
        const QList<int> group = m_waiting.first(free);
        m_waiting.remove(0, free);
        if (!send(group))
            break;
        sent = true;
    }
    m_filling = false;
    if (sent)
        emit progressChanged();
    finishIfDone();
}

void DeletionQueue::scheduleFill()
{
    if (m_fillScheduled)
        return;
    m_fillScheduled = true;
    // Queued behind the answers that arrived with this one: they are all handled first, and the
    // slots they freed are filled together, their attempts recorded with one wait for the disk.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_fillScheduled = false;
            fillSlots();
            if (m_notYetLeft == 0)
                writePendingCompletions();
        },
        Qt::QueuedConnection);
}

bool DeletionQueue::maySend() const
{
    return m_running && !m_paused && !m_cancelled && !m_hold.isActive();
}

void DeletionQueue::onRequestLeft(int index, quint64 serial)
{
    const auto running = m_inFlight.find(index);
    if (running == m_inFlight.end() || running->serial != serial || running->left)
        return;
    running->left = true;
    if (--m_notYetLeft == 0)
        writePendingCompletions();
}

void DeletionQueue::writePendingCompletions()
{
    const QList<AuditCompletion> pending = std::exchange(m_pendingCompletions, {});
    if (m_audit && !pending.isEmpty())
        m_audit->recordCompleted(pending);
}

AuditEntry DeletionQueue::auditEntryFor(int index) const
{
    const DeletionItem& item = m_queueItems.at(index).item;
    AuditEntry entry;
    entry.startedUtc = QDateTime::currentDateTimeUtc();
    entry.osUser = m_osUser;
    entry.host = m_origin.host;
    entry.connectionId = m_origin.connectionId;
    entry.connectionName = m_origin.connectionName;
    entry.classificationId = item.classificationId;
    entry.classificationName = item.classificationName;
    entry.batchId = item.batchId;
    entry.fileCount = item.fileCount;
    return entry;
}

bool DeletionQueue::send(const QList<int>& group)
{
    QList<qint64> auditIds(group.size(), -1);
    if (m_audit) {
        // On the disk before the requests are handed over, and only then: a deletion nobody can trace
        // is not allowed, and an entry for a request that never left would claim one. When they
        // cannot be written the items wait, and so does the run: every other attempt would meet the
        // same disk.
        QList<AuditEntry> entries;
        entries.reserve(group.size());
        for (const int index : group)
            entries.append(auditEntryFor(index));
        auditIds = m_audit->recordSent(entries);
        if (auditIds.isEmpty()) {
            for (const int index : group)
                requeue(index);
            stopRun(RunStopReason::AuditUnwritable);
            return false;
        }
    }
    for (qsizetype i = 0; i < group.size(); ++i)
        handOver(group.at(i), auditIds.at(i));
    // Only now, when every recorded attempt of the group has been handed over: a handler that pauses
    // or cancels the run cannot leave one of them on record but unsent.
    for (const int index : group)
        emit itemStarted(index);
    return true;
}

void DeletionQueue::handOver(int index, qint64 auditId)
{
    QueueItem& entry = m_queueItems[index];
    ++entry.attempts;
    ApiCall* call = m_client.deleteBatch(entry.item.classificationId, entry.item.batchId);
    const quint64 serial = m_nextSerial++;
    m_inFlight.insert(index, InFlight{call, serial, auditId, false});
    ++m_notYetLeft;
    connect(call, &ApiCall::requestSent, this, [this, index, serial] { onRequestLeft(index, serial); });
    connect(call, &ApiCall::finished, this,
            [this, index, call](const ApiOutcome& outcome) { onAnswer(index, outcome, call->elapsedMs()); });
    connect(call, &QObject::destroyed, this, [this, index, serial] { onAbandoned(index, serial); });
}

void DeletionQueue::onAnswer(int index, const ApiOutcome& outcome, qint64 durationMs)
{
    const auto running = m_inFlight.constFind(index);
    if (running == m_inFlight.cend())
        return;
    const qint64 auditId = running->auditId;
    if (!running->left)
        --m_notYetLeft; // it never reported leaving (refused connection, or it left unreported)
    m_inFlight.erase(running);
    QueueItem& entry = m_queueItems[index];
    entry.lastOutcome = outcome;
    entry.lastDurationMs = durationMs;

    AnswerFacts facts;
    facts.outcome = outcome;
    facts.attempts = entry.attempts;
    facts.maxAttempts = m_maxAttempts;
    facts.earlierOutcomeUnknown = entry.item.earlierOutcomeUnknown;
    facts.unreachableInARow = m_unreachableInARow;
    facts.maxUnreachableInARow = MaxUnreachableInARow;
    facts.backoffInitial = m_backoffInitial;
    facts.backoffMaximum = m_backoffMaximum;
    facts.maxWait = m_maxWait;
    facts.runCancelled = m_cancelled;
    const AnswerDecision decision = decideAfterAnswer(facts);
    m_unreachableInARow = decision.unreachableInARow;
    const qint64 heldMs = apply(index, decision, outcome, durationMs);
    // The next request leaves before this answer is recorded: with a slow server, that time would
    // otherwise add up over every item of the run. The answer is recorded as soon as no request is
    // waiting to leave (once the slots are filled), and before finished() in any case.
    scheduleFill();
    if (m_audit && auditId >= 0)
        m_pendingCompletions.append(AuditCompletion{auditId, outcomeCode(outcome.kind), outcome.httpStatus,
                                                    decision.message, durationMs});
    announceStop(); // a retry requeued while the run stands stopped is a batch left to decide about
    if (heldMs >= 0 && decision.serverAskedHold)
        emit rateLimited(heldMs);
    emit progressChanged();
}

qint64 DeletionQueue::apply(int index, const AnswerDecision& decision, const ApiOutcome& outcome,
                            qint64 durationMs)
{
    const qint64 heldMs = decision.holdMs >= 0 ? holdFor(decision.holdMs, decision.serverAskedHold) : -1;
    switch (decision.step) {
    case AnswerDecision::Step::Retry:
        requeue(index);
        break;
    case AnswerDecision::Step::EndUnsent:
        completeUnsent(index); // its answer said it can be tried again, but the run is over
        break;
    case AnswerDecision::Step::End:
        complete(index, decision.kind, outcome, decision.message, durationMs);
        break;
    }
    if (decision.stop != RunStopReason::None)
        stopRun(decision.stop);
    else
        m_probing = false; // the server answers as it should: every slot may send now
    return heldMs;
}

void DeletionQueue::onAbandoned(int index, quint64 serial)
{
    const auto running = m_inFlight.constFind(index);
    if (running == m_inFlight.cend() || running->serial != serial)
        return;
    // The call was destroyed without an answer, which only happens when its client goes away:
    // nothing more can be sent.
    cancel();
    ApiOutcome lost;
    lost.kind = ApiOutcome::Kind::OutcomeUnknown;
    lost.detail = tr("The request was abandoned before its answer arrived. The server may have acted on it.");
    onAnswer(index, lost, -1);
}

void DeletionQueue::complete(int index, DeletionResultKind kind, const ApiOutcome& outcome,
                             const QString& message, qint64 durationMs)
{
    QueueItem& entry = m_queueItems[index];
    DeletionResult result;
    result.item = entry.item;
    result.kind = kind;
    result.outcome = outcome;
    result.message = message;
    result.attempts = entry.attempts;
    result.durationMs = durationMs;
    if (kind == DeletionResultKind::NotSent)
        result.stopReason = m_stopReason;
    if (entry.done)
        count(index, -1);
    entry.result = result;
    entry.done = true;
    count(index, +1);
    emit itemFinished(index, result);
}

void DeletionQueue::completeUnsent(int index)
{
    const QueueItem& entry = m_queueItems.at(index);
    // Items waiting for another attempt were answered 429/503 or never reached the server.
    QString message = entry.attempts > 0 ? tr("Cancelled before it could be tried again; it was not deleted.")
                                         : tr("Cancelled before it was sent; it was not deleted.");
    DeletionResultKind kind = DeletionResultKind::Cancelled;
    if (m_stopReason != RunStopReason::None) {
        kind = DeletionResultKind::NotSent;
        message = tr("Not sent: %1").arg(runStopMessage(m_stopReason));
    }
    complete(index, kind, entry.lastOutcome, message, entry.lastDurationMs);
}

void DeletionQueue::requeue(int index)
{
    m_waiting.insert(std::lower_bound(m_waiting.begin(), m_waiting.end(), index), index);
}

qint64 DeletionQueue::holdFor(qint64 waitMs, bool serverAsked)
{
    const qint64 until = m_clock.elapsed() + waitMs;
    if (m_hold.isActive() && until <= m_holdUntilMs) {
        m_holdIsRateLimit = m_holdIsRateLimit || serverAsked;
        return -1;
    }
    m_holdIsRateLimit = serverAsked || (m_hold.isActive() && m_holdIsRateLimit);
    m_holdUntilMs = until;
    m_hold.start(std::chrono::milliseconds(waitMs));
    return waitMs;
}

int DeletionQueue::sendingSlots() const
{
    return m_probing ? 1 : m_concurrency;
}

void DeletionQueue::stopRun(RunStopReason reason)
{
    if (m_stopReason != RunStopReason::None)
        return;
    m_stopReason = reason;
    m_stopAnnounced = false;
    m_hold.stop();
    m_holdIsRateLimit = false;
    if (!m_paused) {
        m_paused = true;
        m_pauseClock.start();
    }
    announceStop();
    emit progressChanged();
}

void DeletionQueue::announceStop()
{
    if (m_stopReason == RunStopReason::None || m_stopAnnounced || m_stopAnnouncementDue ||
        m_waiting.isEmpty())
        return;
    m_stopAnnouncementDue = true;
    // Queued: the caller's answer (resume or cancel) must not run inside this queue's own handling.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_stopAnnouncementDue = false;
            // Nothing to decide about when the run ended or went on meanwhile.
            if (!m_running || m_stopReason == RunStopReason::None || m_stopAnnounced || m_waiting.isEmpty())
                return;
            m_stopAnnounced = true;
            emit stopped(m_stopReason, runStopMessage(m_stopReason));
        },
        Qt::QueuedConnection);
}

void DeletionQueue::onHoldEnded()
{
    m_holdIsRateLimit = false;
    emit progressChanged();
    fillSlots();
}

void DeletionQueue::finishIfDone()
{
    // Every item is always either waiting, in flight or done.
    if (!m_running || m_finishScheduled || !m_waiting.isEmpty() || !m_inFlight.isEmpty())
        return;
    m_finishScheduled = true;
    m_hold.stop();
    m_holdIsRateLimit = false;
    // Queued, so that finished() never comes from inside start() or a caller's slot.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_finishScheduled = false;
            writePendingCompletions(); // every answer is on record before the run reports its end
            if (m_paused)
                m_pausedMs += m_pauseClock.elapsed();
            m_paused = false;
            m_running = false;
            emit progressChanged();
            emit finished();
        },
        Qt::QueuedConnection);
}

qint64 DeletionQueue::activeMs() const
{
    return m_clock.elapsed() - m_pausedMs - (m_paused ? m_pauseClock.elapsed() : 0);
}

QString deletionResultCode(DeletionResultKind kind)
{
    switch (kind) {
    case DeletionResultKind::Deleted:
        return QStringLiteral("deleted");
    case DeletionResultKind::NotFound:
        return QStringLiteral("not_found");
    case DeletionResultKind::Refused:
        return QStringLiteral("refused");
    case DeletionResultKind::RateLimited:
        return QStringLiteral("rate_limited");
    case DeletionResultKind::NetworkError:
        return QStringLiteral("network_error");
    case DeletionResultKind::Unknown:
        return QStringLiteral("unknown");
    case DeletionResultKind::NotSent:
        return QStringLiteral("not_sent");
    case DeletionResultKind::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}

ApiOutcome::Kind shownOutcomeKind(const DeletionResult& result)
{
    if (result.kind == DeletionResultKind::Cancelled || result.kind == DeletionResultKind::NotSent)
        return ApiOutcome::Kind::Cancelled;
    return result.outcome.kind;
}

QString runStopCode(RunStopReason reason)
{
    switch (reason) {
    case RunStopReason::ServerUnreachable:
        return QStringLiteral("server_unreachable");
    case RunStopReason::InsecureConnection:
        return QStringLiteral("insecure_connection");
    case RunStopReason::TokenRejected:
        return QStringLiteral("token_rejected");
    case RunStopReason::WrongApiUrl:
        return QStringLiteral("wrong_api_url");
    case RunStopReason::AuditUnwritable:
        return QStringLiteral("audit_unwritable");
    case RunStopReason::None:
        break;
    }
    return {};
}

QString runStopMessage(RunStopReason reason)
{
    switch (reason) {
    case RunStopReason::ServerUnreachable:
        return DeletionQueue::tr("the server could not be reached %n time(s) in a row.", nullptr,
                                 DeletionQueue::MaxUnreachableInARow);
    case RunStopReason::InsecureConnection:
        return DeletionQueue::tr("the connection to the server is not secure (its certificate was refused).");
    case RunStopReason::TokenRejected:
        return DeletionQueue::tr("the API rejected the token.");
    case RunStopReason::WrongApiUrl:
        return DeletionQueue::tr("the server has no such API route: the API URL looks wrong.");
    case RunStopReason::AuditUnwritable:
        return DeletionQueue::tr("the audit trail could not be written, and nothing is sent without its "
                                 "record.");
    case RunStopReason::None:
        break;
    }
    return {};
}
