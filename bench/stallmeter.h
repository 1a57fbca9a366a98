#pragma once

// Measures how long the UI thread's event loop is kept from running: a 1 ms repeating timer records
// every gap between its ticks, kept per phase of a benchmark. Header-only; benchmarks only.

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <algorithm>
#include <map>

class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
    }

    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop()
    {
        m_timer.stop();
    }
    // Gaps are counted for the phase in force when they end.
    void setPhase(const QString& phase)
    {
        m_phase = phase;
    }
    qint64 largestGapNs(const QString& phase) const
    {
        const auto it = m_gaps.find(phase);
        return it == m_gaps.end() || it->second.isEmpty()
                   ? 0
                   : *std::max_element(it->second.cbegin(), it->second.cend());
    }
    QString summary(const QString& phase) const
    {
        const auto it = m_gaps.find(phase);
        if (it == m_gaps.end() || it->second.isEmpty())
            return QStringLiteral("no ticks");
        QList<qint64> gaps = it->second;
        std::sort(gaps.begin(), gaps.end());
        const auto ms = [](qint64 ns) {
            return QString::number(ns / 1e6, 'f', 1);
        };
        const qsizetype p99 = std::min(gaps.size() - 1, static_cast<qsizetype>(gaps.size() * 0.99));
        const auto over = [&](qint64 ns) {
            return gaps.cend() - std::upper_bound(gaps.cbegin(), gaps.cend(), ns);
        };
        return QStringLiteral("max %1 ms, p99 %2 ms, median %3 ms, %4 gaps > 16 ms, %5 > 100 ms (%6 ticks)")
            .arg(ms(gaps.constLast()), ms(gaps.at(p99)), ms(gaps.at(gaps.size() / 2)))
            .arg(over(16000000))
            .arg(over(100000000))
            .arg(gaps.size());
    }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_gaps[m_phase].append(now - m_last);
        m_last = now;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QString m_phase = QStringLiteral("idle");
    std::map<QString, QList<qint64>> m_gaps;
};
