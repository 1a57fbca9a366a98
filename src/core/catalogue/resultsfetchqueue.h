#pragma once

#include "catalogue.h"
#include "core/api/apioutcome.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class ApiCall;
class ExtractaClient;

// Fetches batch contents (getResults) one at a time: the API asks clients to leave at least 2 s
// between consecutive calls, so calls never overlap and each starts at least minimumSpacing() after
// the previous one finished.
class ResultsFetchQueue final : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultSpacing{2000};

    explicit ResultsFetchQueue(ExtractaClient& client, QObject* parent = nullptr);

    void setMinimumSpacing(std::chrono::milliseconds spacing);
    std::chrono::milliseconds minimumSpacing() const;

    // Why a fetch is queued: only to show a batch (the preview, the form), or because the user asked
    // for it (Fetch again). Moving on to another batch drops the first kind while still queued.
    enum class Reason
    {
        ToShow,
        Asked,
    };

    // Queues a fetch unless the same batch is already queued or running (a queued one asked for
    // keeps that reason).
    void enqueue(const QString& classificationId, const QString& batchId, Reason reason = Reason::Asked);
    // Drops queued (not running) fetches.
    void clear();
    // Drops queued (not running) fetches that were queued only to show a batch no longer shown.
    void dropQueuedToShow();
    // Whether this batch is queued or running.
    bool isFetching(const QString& classificationId, const QString& batchId) const;
    bool isIdle() const;
    int pendingCount() const;

signals:
    // `files` is empty unless outcome.isSuccess().
    void fetched(const QString& classificationId, const QString& batchId, const ApiOutcome& outcome,
                 const QList<FileRecord>& files);
    void started(const QString& classificationId, const QString& batchId);

private:
    void startNextWhenAllowed();
    void startNext();
    std::chrono::milliseconds currentSpacing() const;

    ExtractaClient& m_client;
    std::chrono::milliseconds m_spacing = DefaultSpacing;
    struct Pending
    {
        IdPair batch;
        Reason reason;
    };
    QList<Pending> m_pending;
    IdPair m_running;
    QPointer<ApiCall> m_call;
    QElapsedTimer m_sinceLastFinished;
    // After a 429 the next call waits as long as the server asked (Retry-After), if that is longer.
    std::chrono::milliseconds m_serverWait{0};
    QTimer m_wait;
};
