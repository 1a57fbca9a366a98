#include "bulkresultbatcher.h"

#include <limits>

BulkResultBatcher::BulkResultBatcher(QObject* parent, int intervalMs, qsizetype perTurn)
    : QObject(parent)
    , m_intervalMs(intervalMs)
    , m_perTurn(perTurn)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &BulkResultBatcher::passOnNextGroup);
}

void BulkResultBatcher::add(const DeletionResult& result)
{
    m_waiting << result;
    if (!m_timer.isActive())
        m_timer.start(m_intervalMs);
}

void BulkResultBatcher::passOnNextGroup()
{
    passOn(m_perTurn);
    // The rest after the window had a chance to repaint and take input.
    if (!m_waiting.isEmpty())
        m_timer.start(0);
}

void BulkResultBatcher::passOnAll()
{
    passOn(std::numeric_limits<qsizetype>::max());
}

qsizetype BulkResultBatcher::waitingCount() const
{
    return m_waiting.size();
}

void BulkResultBatcher::passOn(qsizetype maximum)
{
    m_timer.stop();
    if (m_waiting.isEmpty())
        return;
    const qsizetype count = qMin(maximum, m_waiting.size());
    const QList<DeletionResult> group = m_waiting.first(count);
    m_waiting.remove(0, count);
    emit groupReady(group);
}
