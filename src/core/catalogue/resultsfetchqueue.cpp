#include "resultsfetchqueue.h"

#include "core/api/apianswers.h"
#include "core/api/extractaclient.h"

#include <algorithm>
#include <utility>

using namespace std::chrono_literals;

ResultsFetchQueue::ResultsFetchQueue(ExtractaClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    m_wait.setSingleShot(true);
    // A coarse timer may fire up to 5 % early; startNext() re-checks anyway, but a precise timer
    // avoids a second round.
    m_wait.setTimerType(Qt::PreciseTimer);
    connect(&m_wait, &QTimer::timeout, this, &ResultsFetchQueue::startNext);
}

void ResultsFetchQueue::setMinimumSpacing(std::chrono::milliseconds spacing)
{
    m_spacing = std::max(spacing, 0ms);
    if (m_wait.isActive())
        startNextWhenAllowed(); // re-arm for the new spacing
}

std::chrono::milliseconds ResultsFetchQueue::minimumSpacing() const
{
    return m_spacing;
}

void ResultsFetchQueue::enqueue(const QString& classificationId, const QString& batchId, Reason reason)
{
    const IdPair pair{classificationId, batchId};
    if (m_call && m_running == pair)
        return;
    const auto queued = std::find_if(m_pending.begin(), m_pending.end(),
                                     [&](const Pending& item) { return item.batch == pair; });
    if (queued != m_pending.end()) {
        if (reason == Reason::Asked)
            queued->reason = Reason::Asked;
        return;
    }
    m_pending.append(Pending{pair, reason});
    startNextWhenAllowed();
}

void ResultsFetchQueue::clear()
{
    m_pending.clear();
    m_wait.stop();
}

void ResultsFetchQueue::dropQueuedToShow()
{
    m_pending.removeIf([](const Pending& item) { return item.reason == Reason::ToShow; });
    if (m_pending.isEmpty())
        m_wait.stop();
}

bool ResultsFetchQueue::isFetching(const QString& classificationId, const QString& batchId) const
{
    const IdPair pair{classificationId, batchId};
    return (m_call && m_running == pair) ||
           std::any_of(m_pending.begin(), m_pending.end(),
                       [&](const Pending& item) { return item.batch == pair; });
}

bool ResultsFetchQueue::isIdle() const
{
    return !m_call && m_pending.isEmpty();
}

int ResultsFetchQueue::pendingCount() const
{
    return int(m_pending.size());
}

void ResultsFetchQueue::startNextWhenAllowed()
{
    if (m_call || m_pending.isEmpty()) {
        m_wait.stop();
        return;
    }
    std::chrono::nanoseconds remaining = 0ns;
    if (m_sinceLastFinished.isValid())
        remaining = currentSpacing() - std::chrono::nanoseconds(m_sinceLastFinished.nsecsElapsed());
    // Always through the event loop, also for the very first call: enqueue() never sends by itself,
    // so a caller may enqueue several batches and connect to signals afterwards.
    m_wait.start(std::max(std::chrono::ceil<std::chrono::milliseconds>(remaining), 0ms));
}

std::chrono::milliseconds ResultsFetchQueue::currentSpacing() const
{
    return std::max(m_spacing, m_serverWait);
}

void ResultsFetchQueue::startNext()
{
    if (m_call || m_pending.isEmpty())
        return;
    if (m_sinceLastFinished.isValid() &&
        std::chrono::nanoseconds(m_sinceLastFinished.nsecsElapsed()) < currentSpacing()) {
        startNextWhenAllowed(); // the timer fired a little early
        return;
    }

    m_serverWait = 0ms;
    m_running = m_pending.takeFirst().batch;
    ApiCall* call = m_client.getResults(m_running.classificationId, m_running.batchId);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call](const ApiOutcome& outcome) {
        const IdPair done = std::exchange(m_running, IdPair());
        m_call = nullptr;
        if (outcome.kind == ApiOutcome::Kind::RateLimited)
            m_serverWait = outcome.retryAfterSeconds >= 0 ? std::chrono::seconds(outcome.retryAfterSeconds)
                                                          : 2 * m_spacing;
        const QList<FileRecord> files =
            outcome.isSuccess() ? ApiAnswers::batchFiles(call->answerObject()) : QList<FileRecord>();
        const QPointer<ResultsFetchQueue> alive(this);
        emit fetched(done.classificationId, done.batchId, outcome, files);
        if (!alive)
            return;
        // Counted from after the receivers ran, so that anyone timing the gap from the signal sees
        // at least the full spacing. A failed call counts like any other.
        m_sinceLastFinished.start();
        startNextWhenAllowed();
    });
    // The queue has no destructor of its own: when it goes away while a call runs, the call is
    // cancelled (nobody is left to read its answer). The handler above must not run for a queue
    // that is being destroyed, hence the disconnect before cancel(), which reports synchronously.
    QObject* const self = this;
    connect(this, &QObject::destroyed, call, [self, call] {
        QObject::disconnect(call, nullptr, self, nullptr);
        call->cancel();
    });

    const IdPair running = m_running;
    emit started(running.classificationId, running.batchId);
}
