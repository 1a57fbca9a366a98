#pragma once

#include "core/deletion/deletionqueue.h"

#include <QList>
#include <QObject>
#include <QTimer>

// Passes a bulk run's results on in groups, in the order they came: one repaint of the catalogue,
// the status pane and the audit window for many batches instead of one per batch, which against a
// fast server would keep the window busy. A result waits at most `interval` for others to join it;
// then at most `perTurn` go out at a time, the rest after the window had a turn of the event loop
// to repaint and take input.
class BulkResultBatcher final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 250;
    static constexpr qsizetype DefaultPerTurn = 20; // ~10–15 ms of work, then the window repaints

    explicit BulkResultBatcher(QObject* parent = nullptr, int intervalMs = DefaultIntervalMs,
                               qsizetype perTurn = DefaultPerTurn);

    void add(const DeletionResult& result);
    // Passes on the next group now (the end of a run need not wait), the rest on later turns.
    void passOnNextGroup();
    // Passes on everything waiting, as one group, now: before the results' catalogue changes.
    void passOnAll();
    qsizetype waitingCount() const;

signals:
    void groupReady(const QList<DeletionResult>& results);

private:
    void passOn(qsizetype maximum);

    const int m_intervalMs;
    const qsizetype m_perTurn;
    QList<DeletionResult> m_waiting;
    QTimer m_timer;
};
