#include "deletionqueue.h"

#include "core/api/apicall.h"
#include "core/api/extractaclient.h"
#include "core/storage/auditlog.h"

#include <QDateTime>

#include <algorithm>
#include <utility>

DeletionQueue::DeletionQueue(ExtractaClient& client, AuditLog* audit, QString host, QString osUser,
                             QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_audit(audit)
    , m_host(std::move(host))
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
    discardRecordedAhead();
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
                                     call->elapsedMs(), running.sentUtc);
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
    m_items = items;
    m_results.clear();
    m_results.reserve(items.size());
    for (const DeletionItem& item : items) {
        DeletionResult result;
        result.item = item;
        m_results.append(result);
    }
    const auto count = items.size();
    m_done = QList<bool>(count, false);
    m_attempts = QList<int>(count, 0);
    m_lastOutcomes = QList<ApiOutcome>(count);
    m_lastDurations = QList<qint64>(count, -1);
    m_waiting.clear();
    m_waiting.reserve(count);
    for (int index = 0; index < count; ++index)
        m_waiting.append(index);
    m_inFlight.clear();
    m_notYetLeft = 0;
    discardRecordedAhead(); // none are left by a finished run; the audit must never keep one
    writePendingCompletions();
    m_ended = m_deleted = m_failed = m_unknown = m_notSentCount = 0;
    m_unreachableInARow = 0;
    m_stopReason = RunStopReason::None;
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
    for (int index = 0; index < m_results.size(); ++index) {
        const DeletionResult& result = m_results.at(index);
        DeletionItem item = result.item;
        if (m_done.at(index)) {
            if (result.kind == DeletionResultKind::Deleted || result.kind == DeletionResultKind::NotFound)
                continue;
            if (result.kind == DeletionResultKind::Unknown) {
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
    // A pause may last: entries for requests that have not left must not stand in the audit meanwhile.
    discardRecordedAhead();
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
    discardRecordedAhead();
    const QList<int> waiting = std::exchange(m_waiting, {});
    for (const int index : waiting)
        completeUnsent(index);
    emit progressChanged();
    finishIfDone();
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
    progress.total = static_cast<int>(m_items.size());
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
    switch (m_results.at(index).kind) {
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
    return m_results;
}

void DeletionQueue::fillSlots()
{
    // itemStarted() handlers may change the concurrency, which fills again: the loop below re-checks.
    if (m_filling)
        return;
    m_filling = true;
    bool sent = false;
    while (maySend() && !m_waiting.isEmpty() && m_inFlight.size() < sendingSlots()) {
        send(m_waiting.takeFirst());
        sent = true;
    }
    m_filling = false;
    if (sent)
        emit progressChanged();
    finishIfDone();
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
        catchUpAudit();
}

void DeletionQueue::catchUpAudit()
{
    writePendingCompletions();
    recordAhead();
}

void DeletionQueue::writePendingCompletions()
{
    const QList<PendingCompletion> pending = std::exchange(m_pendingCompletions, {});
    for (const PendingCompletion& done : pending)
        m_audit->recordCompleted(done.auditId, done.outcome, done.httpStatus, done.message, done.durationMs,
                                 done.sentUtc);
}

void DeletionQueue::recordAhead()
{
    if (!m_audit || !maySend())
        return;
    // One entry for each slot's next request: however the answers fall, a freed slot finds its entry.
    QList<int> indexes;
    QList<AuditEntry> entries;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const int index : std::as_const(m_waiting)) {
        if (indexes.size() + m_recordedAhead.size() >= sendingSlots())
            break;
        if (m_recordedAhead.contains(index))
            continue;
        indexes.append(index);
        entries.append(auditEntryFor(index, now));
    }
    // When this fails, send() records each attempt itself (and sends nothing it could not record).
    const QList<qint64> ids = m_audit->recordSentAhead(entries);
    for (qsizetype i = 0; i < ids.size(); ++i)
        m_recordedAhead.insert(indexes.at(i), ids.at(i));
}

AuditEntry DeletionQueue::auditEntryFor(int index, const QDateTime& startedUtc) const
{
    const DeletionItem& item = m_items.at(index);
    AuditEntry entry;
    entry.startedUtc = startedUtc;
    entry.osUser = m_osUser;
    entry.host = m_host;
    entry.classificationId = item.classificationId;
    entry.classificationName = item.classificationName;
    entry.batchId = item.batchId;
    entry.fileCount = item.fileCount;
    return entry;
}

void DeletionQueue::discardRecordedAhead()
{
    QList<qint64> ids = std::exchange(m_discardLater, {});
    ids += m_recordedAhead.values();
    m_recordedAhead.clear();
    if (!m_audit || ids.isEmpty())
        return;
    // Tried again at the next occasion (the latest when the run ends or the queue goes away).
    m_discardLater = m_audit->discardUnsent(ids);
    if (!m_discardLater.isEmpty())
        qWarning("DeletionQueue: %d audit entries recorded ahead could not be removed yet",
                 int(m_discardLater.size()));
}

void DeletionQueue::send(int index)
{
    const DeletionItem& item = m_items.at(index);
    qint64 auditId = -1;
    QDateTime sentUtc;
    if (const auto ahead = m_recordedAhead.constFind(index); ahead != m_recordedAhead.cend()) {
        auditId = ahead.value();
        m_recordedAhead.erase(ahead);
        sentUtc = QDateTime::currentDateTimeUtc();
    } else if (m_audit) {
        // Written before the request leaves: a deletion nobody can trace is not allowed. The item
        // waits, and so does the run: every other attempt would meet the same disk.
        auditId = m_audit->recordSent(auditEntryFor(index, QDateTime::currentDateTimeUtc()));
        if (auditId < 0) {
            requeue(index);
            stopRun(RunStopReason::AuditUnwritable);
            return;
        }
    }
    ++m_attempts[index];
    ApiCall* call = m_client.deleteBatch(item.classificationId, item.batchId);
    const quint64 serial = m_nextSerial++;
    m_inFlight.insert(index, InFlight{call, serial, auditId, sentUtc, false});
    ++m_notYetLeft;
    connect(call, &ApiCall::requestSent, this, [this, index, serial] { onRequestLeft(index, serial); });
    connect(call, &ApiCall::finished, this,
            [this, index, call](const ApiOutcome& outcome) { onAnswer(index, outcome, call->elapsedMs()); });
    connect(call, &QObject::destroyed, this, [this, index, serial] { onAbandoned(index, serial); });
    emit itemStarted(index);
}

void DeletionQueue::onAnswer(int index, const ApiOutcome& outcome, qint64 durationMs)
{
    const auto running = m_inFlight.constFind(index);
    if (running == m_inFlight.cend())
        return;
    const qint64 auditId = running->auditId;
    const QDateTime sentUtc = running->sentUtc;
    if (!running->left)
        --m_notYetLeft; // it never reported leaving (refused connection, or it left unreported)
    m_inFlight.erase(running);
    m_lastOutcomes[index] = outcome;
    m_lastDurations[index] = durationMs;

    using Kind = ApiOutcome::Kind;
    DeletionResultKind kind = DeletionResultKind::Refused;
    QString message = outcome.message();
    // Only where the request surely was not acted on: a 429, a 503 that says when to come back, and a
    // connection that never reached the server.
    bool retryable = false;
    bool serverAsked = false;
    RunStopReason stop = RunStopReason::None;
    // Any answer at all shows the server can be reached.
    m_unreachableInARow = outcome.kind == Kind::NetworkError ? m_unreachableInARow + 1 : 0;
    switch (outcome.kind) {
    case Kind::Succeeded:
        kind = DeletionResultKind::Deleted;
        break;
    case Kind::NotFound:
        kind = DeletionResultKind::NotFound;
        if (m_items.at(index).earlierOutcomeUnknown)
            message = tr("not found — possibly deleted by the earlier attempt");
        break;
    case Kind::RateLimited:
        kind = DeletionResultKind::RateLimited;
        retryable = serverAsked = true;
        break;
    case Kind::ServerError:
        retryable = serverAsked = outcome.httpStatus == 503 && outcome.retryAfterSeconds >= 0;
        break;
    case Kind::NetworkError:
        kind = DeletionResultKind::NetworkError;
        retryable = true;
        // Not one more wait when the server is not there at all: the run stops and says why.
        if (m_unreachableInARow >= MaxUnreachableInARow)
            stop = RunStopReason::ServerUnreachable;
        break;
    case Kind::InsecureRefused:
        // Final: another handshake with the same server fails the same way.
        kind = DeletionResultKind::NetworkError;
        stop = RunStopReason::InsecureConnection;
        break;
    case Kind::OutcomeUnknown:
        kind = DeletionResultKind::Unknown;
        break;
    case Kind::Cancelled:
        // Not done by this queue (cancel() lets calls finish): the request never left.
        kind = DeletionResultKind::Cancelled;
        break;
    case Kind::TokenRejected:
        stop = RunStopReason::TokenRejected;
        break;
    case Kind::WrongApiUrl:
        stop = RunStopReason::WrongApiUrl;
        break;
    case Kind::Failed:
    case Kind::Rejected:
    case Kind::RedirectRefused:
        break;
    }

    qint64 heldMs = -1;
    if (retryable && !m_cancelled && stop == RunStopReason::None) {
        // The whole queue holds, whether or not this item has attempts left: the others would meet
        // the same answer.
        const std::chrono::milliseconds wait =
            serverAsked && outcome.retryAfterSeconds >= 0
                ? std::min<std::chrono::milliseconds>(std::chrono::seconds(outcome.retryAfterSeconds),
                                                      m_maxWait)
                : backoffAfter(m_attempts.at(index));
        heldMs = holdFor(wait, serverAsked);
    }
    const bool again = retryable && !m_cancelled && m_attempts.at(index) < m_maxAttempts;
    if (again)
        requeue(index);
    else if (retryable && m_cancelled)
        completeUnsent(index); // its answer said it can be tried again, but the run is over
    else
        complete(index, kind, outcome, message, durationMs);
    // The next request leaves before this answer is recorded: with a slow server, that time would
    // otherwise add up over every item of the run. The answer is recorded as soon as no request is
    // waiting to leave (at once when none was sent).
    if (stop != RunStopReason::None && !m_cancelled)
        stopRun(stop);
    else
        m_probing = false; // the server answers as it should: every slot may send now
    fillSlots();
    if (m_audit && auditId >= 0) {
        m_pendingCompletions.append(PendingCompletion{auditId, outcomeCode(outcome.kind), outcome.httpStatus,
                                                      message, durationMs, sentUtc});
    }
    if (m_notYetLeft == 0)
        catchUpAudit();
    if (heldMs >= 0 && serverAsked)
        emit rateLimited(heldMs);
    emit progressChanged();
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
    DeletionResult result;
    result.item = m_items.at(index);
    result.kind = kind;
    result.outcome = outcome;
    result.message = message;
    result.attempts = m_attempts.at(index);
    result.durationMs = durationMs;
    if (kind == DeletionResultKind::NotSent)
        result.stopReason = m_stopReason;
    if (m_done.at(index))
        count(index, -1);
    m_results[index] = result;
    m_done[index] = true;
    count(index, +1);
    emit itemFinished(index, result);
}

void DeletionQueue::completeUnsent(int index)
{
    // Items waiting for another attempt were answered 429/503 or never reached the server.
    QString message = m_attempts.at(index) > 0
                          ? tr("Cancelled before it could be tried again; it was not deleted.")
                          : tr("Cancelled before it was sent; it was not deleted.");
    DeletionResultKind kind = DeletionResultKind::Cancelled;
    if (m_stopReason != RunStopReason::None) {
        kind = DeletionResultKind::NotSent;
        message = tr("Not sent: %1").arg(runStopMessage(m_stopReason));
    }
    complete(index, kind, m_lastOutcomes.at(index), message, m_lastDurations.at(index));
}

void DeletionQueue::requeue(int index)
{
    m_waiting.insert(std::lower_bound(m_waiting.begin(), m_waiting.end(), index), index);
}

qint64 DeletionQueue::holdFor(std::chrono::milliseconds wait, bool serverAsked)
{
    const qint64 until = m_clock.elapsed() + wait.count();
    if (m_hold.isActive() && until <= m_holdUntilMs) {
        m_holdIsRateLimit = m_holdIsRateLimit || serverAsked;
        return -1;
    }
    m_holdIsRateLimit = serverAsked || (m_hold.isActive() && m_holdIsRateLimit);
    m_holdUntilMs = until;
    m_hold.start(wait);
    // A hold may last minutes: entries for requests that have not left must not stand meanwhile.
    discardRecordedAhead();
    return wait.count();
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
    m_hold.stop();
    m_holdIsRateLimit = false;
    if (!m_paused) {
        m_paused = true;
        m_pauseClock.start();
    }
    discardRecordedAhead();
    // Queued: the caller's answer (resume or cancel) must not run inside this queue's own handling.
    QMetaObject::invokeMethod(
        this,
        [this, reason] {
            // Nothing to decide about when the run ended meanwhile.
            if (m_running && m_stopReason == reason && !m_waiting.isEmpty())
                emit stopped(reason, runStopMessage(reason));
        },
        Qt::QueuedConnection);
    emit progressChanged();
}

std::chrono::milliseconds DeletionQueue::backoffAfter(int attempts) const
{
    std::chrono::milliseconds wait = m_backoffInitial;
    for (int attempt = 1; attempt < attempts && wait < m_backoffMaximum; ++attempt)
        wait *= 2;
    return std::min(wait, m_backoffMaximum);
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
    discardRecordedAhead();
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
