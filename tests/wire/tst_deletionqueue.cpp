#include "abandonedentries.h"
#include "core/api/apicall.h"
#include "core/api/apiendpoint.h"
#include "core/api/extractaclient.h"
#include "core/deletion/deletionqueue.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace std::chrono_literals;

namespace {

const QString ClassificationId = QStringLiteral("-QUEUEtestCLASS00001");
const QString Host = QStringLiteral("queue-test-host");
const QString OsUser = QStringLiteral("queue-tester");
constexpr int WaitMs = 15'000;
// Timers never fire early, but the rig's clock and the queue's clock are read a moment apart.
constexpr qint64 ClockSlackMs = 5;

QString batchIdFor(int number)
{
    return QStringLiteral("-QUEUEtestBATCH%1").arg(number, 5, 10, QLatin1Char('0'));
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

QString batchIdOf(const SandboxRequest& request)
{
    return QJsonDocument::fromJson(request.body).object().value(QLatin1String("batchId")).toString();
}

struct Hold
{
    qint64 at = 0;
    qint64 waitMs = 0;
    int startsBefore = 0; // requests that had left when the hold began (the clock has 1 ms steps)
};

// A queue in front of a real client, a sandbox over loopback and a real audit trail in a temporary
// folder, recording from both ends: when requests leave and arrive, when items end. Fresh per test.
struct Rig
{
    QTemporaryDir dir;
    Database database{QStringLiteral("tst_deletionqueue-%1").arg(++instances)};
    std::unique_ptr<AuditLog> audit;
    SandboxServer server;
    QNetworkAccessManager network;
    std::unique_ptr<ExtractaClient> client = std::make_unique<ExtractaClient>(&network);
    std::unique_ptr<DeletionQueue> queue;
    QElapsedTimer clock;

    // Called for every request the server receives, before it answers: may set a fault for it.
    std::function<void(const QString& batchId)> onRequest;

    QList<qint64> arrivals;
    QStringList arrivedBatches;
    QList<qint64> starts;
    QList<int> startedIndexes;
    QStringList startedBatches;
    QList<int> finishedIndexes;
    QList<DeletionResult> finishedResults;
    QList<Hold> holds;
    int inFlight = 0;
    int maxInFlight = 0;
    int serverMaxInFlight = 0; // requests arrived whose item has not been reported yet
    std::unique_ptr<QSignalSpy> finished;

    static inline int instances = 0;

    Rig()
    {
        network.setProxy(QNetworkProxy::NoProxy);
        clock.start();
        QObject::connect(
            &server, &SandboxServer::requestReceived, &server, [this](const SandboxRequest& request) {
                arrivals << clock.elapsed();
                arrivedBatches << batchIdOf(request);
                serverMaxInFlight =
                    qMax(serverMaxInFlight, static_cast<int>(arrivals.size() - finishedResults.size()));
                if (onRequest)
                    onRequest(arrivedBatches.last());
            });
    }

    bool start(bool withAudit = true)
    {
        if (!dir.isValid() || !server.start())
            return false;
        if (withAudit) {
            if (!database.open(dir.filePath(QStringLiteral("audit.sqlite3"))).ok || database.isInMemory())
                return false;
            audit = std::make_unique<AuditLog>(database);
        }
        client->setEndpoint(ApiEndpoint::parse(server.baseUrl().toString()));
        client->setToken(server.token());
        queue = std::make_unique<DeletionQueue>(*client, audit.get(), Host, OsUser);
        finished = std::make_unique<QSignalSpy>(queue.get(), &DeletionQueue::finished);
        QObject::connect(queue.get(), &DeletionQueue::itemStarted, queue.get(), [this](int index) {
            starts << clock.elapsed();
            startedIndexes << index;
            startedBatches << queue->results().at(index).item.batchId;
            maxInFlight = qMax(maxInFlight, ++inFlight);
        });
        QObject::connect(queue.get(), &DeletionQueue::itemFinished, queue.get(),
                         [this](int index, const DeletionResult& result) {
                             finishedIndexes << index;
                             finishedResults << result;
                             // Only items that were sent were counted in flight.
                             if (result.attempts > 0 && result.kind != DeletionResultKind::Cancelled)
                                 --inFlight;
                         });
        QObject::connect(queue.get(), &DeletionQueue::rateLimited, queue.get(), [this](qint64 waitMs) {
            holds << Hold{clock.elapsed(), waitMs, int(starts.size())};
        });
        return true;
    }

    // Batches that exist on the server, one file each.
    QList<DeletionItem> addBatches(int count, int firstNumber = 1)
    {
        QList<DeletionItem> items;
        for (int number = firstNumber; number < firstNumber + count; ++number) {
            DeletionItem item;
            item.classificationId = ClassificationId;
            item.classificationName = QStringLiteral("Queue test");
            item.batchId = batchIdFor(number);
            item.fileCount = 1;
            server.addBatch(item.classificationId, item.batchId,
                            {SandboxFile{QStringLiteral("f%1").arg(number), QStringLiteral("scan.pdf"),
                                         QStringLiteral("processed"), QStringLiteral("invoice"), 0.9}});
            items << item;
        }
        return items;
    }

    void setFault(SandboxFault::Kind kind, int count = -1, int retryAfterSeconds = -1, int delayMs = 0)
    {
        SandboxFault fault;
        fault.kind = kind;
        fault.count = count;
        fault.retryAfterSeconds = retryAfterSeconds;
        fault.delayMs = delayMs;
        server.setFault(fault);
    }

    bool waitForFinished() const
    {
        QElapsedTimer waited;
        waited.start();
        while (finished->isEmpty() && waited.elapsed() < WaitMs)
            finished->wait(WaitMs - static_cast<int>(waited.elapsed()));
        return finished->size() == 1;
    }

    // Oldest first (the audit lists newest first).
    QList<AuditEntry> auditEntries() const
    {
        QList<AuditEntry> entries = audit->entries();
        std::reverse(entries.begin(), entries.end());
        return entries;
    }

    QStringList auditOutcomes() const
    {
        QStringList outcomes;
        for (const AuditEntry& entry : auditEntries())
            outcomes << entry.outcome;
        return outcomes;
    }

    int startsOf(int index) const
    {
        return static_cast<int>(startedIndexes.count(index));
    }

    // Audit entries that stand for no request handed to the network: more entries for a batch than
    // the queue started requests for it (itemStarted comes right after the request is handed over).
    QStringList entriesWithoutARequest() const
    {
        QHash<QString, int> requests;
        for (const QString& batchId : startedBatches)
            ++requests[batchId];
        QStringList without;
        for (const AuditEntry& entry : auditEntries()) {
            if (--requests[entry.batchId] < 0)
                without << entry.batchId;
        }
        return without;
    }

    // The batches of the audit entries, and those of the requests the server received, sorted: the
    // same list when the trail holds exactly the requests that arrived.
    QStringList auditedBatches() const
    {
        QStringList batches;
        for (const AuditEntry& entry : auditEntries())
            batches << entry.batchId;
        batches.sort();
        return batches;
    }
    QStringList receivedBatches() const
    {
        QStringList batches = arrivedBatches;
        batches.sort();
        return batches;
    }
};

QStringList repeated(const QString& value, int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << value;
    return list;
}

} // namespace

class TestDeletionQueue : public QObject
{
    Q_OBJECT

private slots:
    void boundedConcurrencyAndAuditBeforeSending();
    void concurrencyIsClamped();
    void concurrencyChangeTakesEffectDuringRun();
    void rateLimitHoldsTheWholeQueue();
    void rateLimitedForeverEndsAfterMaxAttempts_data();
    void rateLimitedForeverEndsAfterMaxAttempts();
    void backoffGrowsWithoutRetryAfter();
    void serviceUnavailableWithRetryAfterIsRetried();
    void otherErrorsAreNotRetried_data();
    void otherErrorsAreNotRetried();
    void refusedConnectionIsRetriedThenNetworkError();
    void unreachableServerStopsTheRun();
    void backoffBelongsToOneBatch();
    void stopReasons_data();
    void stopReasons();
    void resumeAfterAStopGoesOn();
    void certificateErrorIsFinal();
    void timeoutIsUnknownAndNeverRetried();
    void resetIsUnknownAndNeverRetried();
    void notFound();
    void retryAfterUnknownOutcome();
    void pauseStopsNewRequestsUntilResume();
    void cancelEndsWaitingItemsAndLetsInFlightFinish();
    void slotsThatOpenTogetherAreRecordedInOneGo();
    void cancelDuringRateLimitHold();
    void noEntryIsWrittenBeforeItsRequestIsSent();
    void cancelLeavesEntriesOnlyForRequestsSent();
    void entriesMarkedUnknownMeanwhileAreStillAnswered();
    void noEntryStandsForAnUnsentRequestDuringAHold();
    void auditHoldsExactlyTheRequestsThatArrived_data();
    void auditHoldsExactlyTheRequestsThatArrived();
    void stopWithAnItemLeftToRetryAsksWhatToDo();
    void runEndsWhenItsLastItemStopsIt_data();
    void runEndsWhenItsLastItemStopsIt();
    void abortEndsTheRequestsInFlight();
    void emptyListFinishesOnce();
    void startWhileRunningIsIgnored();
    void progressCountsAndEstimate();
    void unwritableAuditSendsNothing();
    void withoutAuditLog();
    void destroyedWithCallsInFlight();
    void clientDestroyedDuringRun();
};

void TestDeletionQueue::boundedConcurrencyAndAuditBeforeSending()
{
    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(20);
    rig.queue->setConcurrency(3);
    rig.setFault(SandboxFault::Kind::Delay, -1, -1, 50);

    // Inside the server, while the request is being handled: its audit entry must already say "sent".
    QStringList notRecordedFirst;
    rig.onRequest = [&](const QString& batchId) {
        int sent = 0;
        for (const AuditEntry& entry : rig.audit->entries()) {
            if (entry.batchId == batchId && entry.outcome == AuditLog::SentOutcome)
                ++sent;
        }
        if (sent != 1)
            notRecordedFirst << batchId;
    };

    rig.queue->start(items);
    QVERIFY(rig.queue->isRunning());
    QVERIFY(rig.waitForFinished());
    QVERIFY(!rig.queue->isRunning());

    QCOMPARE(rig.maxInFlight, 3);
    QCOMPARE(rig.serverMaxInFlight, 3);
    QList<int> inOrder;
    for (int index = 0; index < items.size(); ++index)
        inOrder << index;
    QCOMPARE(rig.startedIndexes, inOrder);
    QCOMPARE(rig.arrivals.size(), 20);
    QVERIFY2(notRecordedFirst.isEmpty(), qPrintable(notRecordedFirst.join(u',')));

    const QList<DeletionResult> results = rig.queue->results();
    QCOMPARE(results.size(), 20);
    for (int index = 0; index < results.size(); ++index) {
        const DeletionResult& result = results.at(index);
        QCOMPARE(result.kind, DeletionResultKind::Deleted);
        QCOMPARE(result.attempts, 1);
        QCOMPARE(result.item.batchId, items.at(index).batchId);
        QCOMPARE(result.outcome.httpStatus, 200);
        QCOMPARE(result.message, QStringLiteral("Batch deleted"));
        QVERIFY(result.durationMs >= 45);
        QVERIFY(!rig.server.hasBatch(ClassificationId, items.at(index).batchId));
    }

    const QList<AuditEntry> entries = rig.auditEntries();
    QCOMPARE(entries.size(), 20);
    QStringList auditedBatches;
    for (const AuditEntry& entry : entries) {
        QCOMPARE(entry.outcome, QStringLiteral("succeeded"));
        QCOMPARE(entry.httpStatus, 200);
        QCOMPARE(entry.host, Host);
        QCOMPARE(entry.osUser, OsUser);
        QCOMPARE(entry.classificationId, ClassificationId);
        QCOMPARE(entry.classificationName, QStringLiteral("Queue test"));
        QCOMPARE(entry.fileCount, 1);
        QCOMPARE(entry.serverMessage, QStringLiteral("Batch deleted"));
        QVERIFY(entry.durationMs >= 45);
        QVERIFY(entry.completedUtc.isValid());
        auditedBatches << entry.batchId;
    }
    auditedBatches.sort();
    QStringList expectedBatches;
    for (const DeletionItem& item : items)
        expectedBatches << item.batchId;
    QCOMPARE(auditedBatches, expectedBatches);

    const DeletionQueue::Progress progress = rig.queue->progress();
    QCOMPARE(progress.total, 20);
    QCOMPARE(progress.deleted, 20);
    QCOMPARE(progress.failed + progress.unknown + progress.notSent + progress.inFlight + progress.remaining,
             0);
    QCOMPARE(progress.estimatedRemainingMs, 0);
    QVERIFY(rig.queue->retryItems().isEmpty());
}

void TestDeletionQueue::concurrencyIsClamped()
{
    QNetworkAccessManager network;
    ExtractaClient client(&network);
    DeletionQueue queue(client, nullptr, Host, OsUser);
    QCOMPARE(queue.concurrency(), DeletionQueue::DefaultConcurrency);
    QCOMPARE(queue.concurrency(), 2);
    queue.setConcurrency(0);
    QCOMPARE(queue.concurrency(), 1);
    queue.setConcurrency(-7);
    QCOMPARE(queue.concurrency(), 1);
    queue.setConcurrency(99);
    QCOMPARE(queue.concurrency(), DeletionQueue::MaxConcurrency);
    QCOMPARE(queue.concurrency(), 8);
    queue.setConcurrency(5);
    QCOMPARE(queue.concurrency(), 5);
    QVERIFY(!queue.isRunning());
    QVERIFY(!queue.isPaused());
    QVERIFY(!queue.isWaitingForRateLimit());
    QCOMPARE(queue.progress().total, 0);
    QCOMPARE(queue.progress().estimatedRemainingMs, -1);
}

void TestDeletionQueue::concurrencyChangeTakesEffectDuringRun()
{
    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(9);
    rig.queue->setConcurrency(1);
    rig.setFault(SandboxFault::Kind::Delay, -1, -1, 60);
    int inFlightWhenRaised = -1;
    QObject::connect(rig.queue.get(), &DeletionQueue::itemStarted, rig.queue.get(), [&](int index) {
        if (index == 0) {
            rig.queue->setConcurrency(3);
            inFlightWhenRaised = rig.inFlight;
        }
    });

    rig.queue->start(items);
    QVERIFY(rig.waitForFinished());
    QCOMPARE(inFlightWhenRaised, 1);
    QCOMPARE(rig.maxInFlight, 3);
    QCOMPARE(rig.serverMaxInFlight, 3);
    QCOMPARE(rig.queue->progress().deleted, 9);
}

void TestDeletionQueue::rateLimitHoldsTheWholeQueue()
{
    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(4);
    rig.queue->setConcurrency(2);
    rig.queue->setMaxWait(300ms); // the server asks for 1 s
    // The first batch is answered 429 twice: once while the run's first request goes alone, once
    // with the other slot busy beside it.
    int firstBatchArrivals = 0;
    rig.onRequest = [&](const QString& batchId) {
        SandboxFault fault;
        if (batchId == items.at(0).batchId && ++firstBatchArrivals <= 2) {
            fault.kind = SandboxFault::Kind::RateLimited;
            fault.retryAfterSeconds = 1;
        }
        rig.server.setFault(fault);
    };
    bool waitingWhenSignalled = true;
    QObject::connect(rig.queue.get(), &DeletionQueue::rateLimited, rig.queue.get(), [&](qint64) {
        waitingWhenSignalled = waitingWhenSignalled && rig.queue->isWaitingForRateLimit();
    });

    rig.queue->start(items);
    QVERIFY(rig.waitForFinished());

    QVERIFY(!rig.holds.isEmpty());
    QVERIFY(waitingWhenSignalled);
    QVERIFY(!rig.queue->isWaitingForRateLimit());
    for (const Hold& hold : std::as_const(rig.holds))
        QCOMPARE(hold.waitMs, 300);
    // No request left while the queue held, on the client's side nor on the server's.
    for (const Hold& hold : std::as_const(rig.holds)) {
        for (qsizetype i = hold.startsBefore; i < rig.starts.size(); ++i) {
            const qint64 start = rig.starts.at(i);
            QVERIFY2(start >= hold.at + hold.waitMs - ClockSlackMs,
                     qPrintable(QStringLiteral("sent at %1 ms during the hold %2 ms + %3 ms")
                                    .arg(start)
                                    .arg(hold.at)
                                    .arg(hold.waitMs)));
        }
    }
    QCOMPARE(rig.arrivals.size(), 6);
    QVERIFY2(rig.arrivals.at(2) >= rig.holds.first().at + 300 - ClockSlackMs,
             qPrintable(QStringLiteral("%1 vs %2").arg(rig.arrivals.at(2)).arg(rig.holds.first().at)));

    const QList<DeletionResult> results = rig.queue->results();
    QList<int> attempts;
    for (const DeletionResult& result : results) {
        QCOMPARE(result.kind, DeletionResultKind::Deleted);
        attempts << result.attempts;
    }
    QCOMPARE(attempts, (QList<int>{3, 1, 1, 1}));
    // The held item went first again: back at the front of the queue.
    QCOMPARE(rig.startedIndexes, (QList<int>{0, 0, 1, 0, 2, 3}));
    QCOMPARE(rig.holds.size(), 2);
    QCOMPARE(rig.auditOutcomes(), (QStringList{QStringLiteral("rate_limited"), QStringLiteral("rate_limited"),
                                               QStringLiteral("succeeded"), QStringLiteral("succeeded"),
                                               QStringLiteral("succeeded"), QStringLiteral("succeeded")}));
    QCOMPARE(rig.auditEntries().first().httpStatus, 429);
}

void TestDeletionQueue::rateLimitedForeverEndsAfterMaxAttempts_data()
{
    QTest::addColumn<int>("maxAttempts"); // 0: the default
    QTest::addColumn<int>("expectedAttempts");
    QTest::newRow("default") << 0 << DeletionQueue::DefaultMaxAttempts;
    QTest::newRow("two") << 2 << 2;
}

void TestDeletionQueue::rateLimitedForeverEndsAfterMaxAttempts()
{
    QFETCH(int, maxAttempts);
    QFETCH(int, expectedAttempts);
    QCOMPARE(DeletionQueue::DefaultMaxAttempts, 5);

    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(2);
    rig.queue->setConcurrency(1);
    rig.queue->setBackoff(5ms, 20ms);
    if (maxAttempts > 0)
        rig.queue->setMaxAttempts(maxAttempts);
    // The first item is refused every time; the second is answered once the fault is lifted.
    rig.onRequest = [&](const QString& batchId) {
        if (batchId == items.first().batchId)
            rig.setFault(SandboxFault::Kind::RateLimited);
        else
            rig.server.setFault({});
    };

    rig.queue->start(items);
    QVERIFY(rig.waitForFinished());

    const QList<DeletionResult> results = rig.queue->results();
    QCOMPARE(results.at(0).kind, DeletionResultKind::RateLimited);
    QCOMPARE(results.at(0).attempts, expectedAttempts);
    QCOMPARE(results.at(0).outcome.kind, ApiOutcome::Kind::RateLimited);
    QCOMPARE(results.at(0).outcome.httpStatus, 429);
    QCOMPARE(rig.arrivedBatches.count(items.first().batchId), expectedAttempts);
    QCOMPARE(rig.startsOf(0), expectedAttempts);
    QCOMPARE(results.at(1).kind, DeletionResultKind::Deleted);
    QCOMPARE(results.at(1).attempts, 1);
    QCOMPARE(rig.holds.size(), expectedAttempts);
    QCOMPARE(rig.auditOutcomes(), repeated(QStringLiteral("rate_limited"), expectedAttempts)
                                      << QStringLiteral("succeeded"));

    const DeletionQueue::Progress progress = rig.queue->progress();
    QCOMPARE(progress.failed, 1);
    QCOMPARE(progress.deleted, 1);
    const QList<DeletionItem> retry = rig.queue->retryItems();
    QCOMPARE(retry.size(), 1);
    QCOMPARE(retry.first().batchId, items.first().batchId);
    QVERIFY(!retry.first().earlierOutcomeUnknown);
}

void TestDeletionQueue::backoffGrowsWithoutRetryAfter()
{
    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(1);
    rig.queue->setBackoff(40ms, 200ms);
    rig.setFault(SandboxFault::Kind::RateLimited, 4); // no Retry-After; the fifth attempt gets through

    rig.queue->start(items);
    QVERIFY(rig.waitForFinished());

    QList<qint64> waits;
    for (const Hold& hold : std::as_const(rig.holds))
        waits << hold.waitMs;
    QCOMPARE(waits, (QList<qint64>{40, 80, 160, 200}));
    QCOMPARE(rig.starts.size(), 5);
    QList<qint64> gaps;
    for (int i = 1; i < rig.starts.size(); ++i) {
        const qint64 gap = rig.starts.at(i) - rig.starts.at(i - 1);
        QVERIFY2(gap >= waits.at(i - 1) - ClockSlackMs,
                 qPrintable(QStringLiteral("gap %1 ms, backoff %2 ms").arg(gap).arg(waits.at(i - 1))));
        gaps << gap;
    }
    // Lenient: a loaded machine adds delay, but the last gap is five times the first backoff.
    QVERIFY2(gaps.last() > gaps.first(),
             qPrintable(QStringLiteral("%1 vs %2").arg(gaps.last()).arg(gaps.first())));
    QCOMPARE(rig.queue->results().first().kind, DeletionResultKind::Deleted);
    QCOMPARE(rig.queue->results().first().attempts, 5);
}

void TestDeletionQueue::serviceUnavailableWithRetryAfterIsRetried()
{
    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(1);
    rig.queue->setMaxWait(100ms);
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.status = 503;
    fault.body = R"({"status":"error","message":"Down for maintenance"})";
    fault.retryAfterSeconds = 2;
    fault.count = 1;
    rig.server.setFault(fault);

    rig.queue->start(items);
    QVERIFY(rig.waitForFinished());

    const DeletionResult result = rig.queue->results().first();
    QCOMPARE(result.kind, DeletionResultKind::Deleted);
    QCOMPARE(result.attempts, 2);
    QCOMPARE(rig.arrivals.size(), 2);
    QCOMPARE(rig.holds.size(), 1);
    QCOMPARE(rig.holds.first().waitMs, 100);
    QVERIFY(rig.arrivals.at(1) >= rig.holds.first().at + 100 - ClockSlackMs);
    const QList<AuditEntry> entries = rig.auditEntries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).outcome, QStringLiteral("server_error"));
    QCOMPARE(entries.at(0).httpStatus, 503);
    QVERIFY2(entries.at(0).serverMessage.contains(QStringLiteral("Down for maintenance")),
             qPrintable(entries.at(0).serverMessage));
    QCOMPARE(entries.at(1).outcome, QStringLiteral("succeeded"));
}

void TestDeletionQueue::otherErrorsAreNotRetried_data()
{
    QTest::addColumn<SandboxFault>("fault");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("auditOutcome");

    SandboxFault fault;
    fault.kind = SandboxFault::Kind::ServerError;
    QTest::newRow("500") << fault << 500 << QStringLiteral("server_error");
    fault = {};
    fault.kind = SandboxFault::Kind::Status;
    fault.status = 503;
    fault.body = R"({"status":"error","message":"Unavailable"})";
    QTest::newRow("503 without Retry-After") << fault << 503 << QStringLiteral("server_error");
    fault.status = 400;
    fault.body = R"({"status":"success","message":"Batch deleted"})";
    QTest::newRow("400 saying success") << fault << 400 << QStringLiteral("rejected");
    fault.status = 401;
    fault.body = R"({"status":"error","message":"Invalid API key"})";
    QTest::newRow("401") << fault << 401 << QStringLiteral("token_rejected");
    fault = {};
    fault.kind = SandboxFault::Kind::HtmlErrorPage;
    QTest::newRow("html error page") << fault << 502 << QStringLiteral("server_error");
}

void TestDeletionQueue::otherErrorsAreNotRetried()
{
    QFETCH(SandboxFault, fault);
    QFETCH(int, httpStatus);
    QFETCH(QString, auditOutcome);

    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(1);
    rig.queue->setBackoff(5ms, 10ms);
    rig.server.setFault(fault);

    rig.queue->start(items);
    QVERIFY(rig.waitForFinished());

    const DeletionResult result = rig.queue->results().first();
    QCOMPARE(result.kind, DeletionResultKind::Refused);
    QCOMPARE(result.attempts, 1);
    QCOMPARE(result.outcome.httpStatus, httpStatus);
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(rig.arrivals.size(), 1);
    QVERIFY(rig.holds.isEmpty());
    QCOMPARE(rig.auditOutcomes(), QStringList{auditOutcome});
    QCOMPARE(rig.queue->progress().failed, 1);
    QCOMPARE(rig.queue->retryItems().size(), 1);
}

void TestDeletionQueue::refusedConnectionIsRetriedThenNetworkError()
{
    // One refused connection is a blip: the item is tried again after a backoff and then goes out.
    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(2);
    const QUrl working = rig.server.baseUrl();
    QUrl nowhere = working;
    nowhere.setPort(closedPort());
    rig.client->setEndpoint(ApiEndpoint::parse(nowhere.toString()));
    rig.queue->setConcurrency(1);
    rig.queue->setBackoff(50ms, 50ms);
    // The server is back by the time the backoff ends.
    QObject::connect(rig.queue.get(), &DeletionQueue::itemStarted, rig.queue.get(),
                     [&rig, working] { rig.client->setEndpoint(ApiEndpoint::parse(working.toString())); });

    rig.queue->start(items);
    QVERIFY(rig.waitForFinished());

    const QList<DeletionResult> results = rig.queue->results();
    QCOMPARE(results.at(0).kind, DeletionResultKind::Deleted);
    QCOMPARE(results.at(0).attempts, 2);
    QCOMPARE(results.at(1).kind, DeletionResultKind::Deleted);
    QCOMPARE(results.at(1).attempts, 1);
    QCOMPARE(rig.auditOutcomes(), (QStringList{QStringLiteral("network_error"), QStringLiteral("succeeded"),
                                               QStringLiteral("succeeded")}));
    QVERIFY(rig.holds.isEmpty()); // the server did not ask for anything
}

void TestDeletionQueue::unreachableServerStopsTheRun()
{
    // 20 batches against a closed port: a few attempts, then the run stops and says why; every batch
    // is accounted for, and nothing waits for minutes.
    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(20);
    QUrl nowhere = rig.server.baseUrl();
    nowhere.setPort(closedPort());
    rig.client->setEndpoint(ApiEndpoint::parse(nowhere.toString()));
    rig.queue->setBackoff(20ms, 60s);
    QSignalSpy stopped(rig.queue.get(), &DeletionQueue::stopped);
    QObject::connect(rig.queue.get(), &DeletionQueue::stopped, rig.queue.get(),
                     [&rig] { rig.queue->cancel(); });
    QElapsedTimer took;
    took.start();

    rig.queue->start(items);
    QVERIFY(rig.waitForFinished());

    QVERIFY2(took.elapsed() < 5000, qPrintable(QString::number(took.elapsed())));
    QCOMPARE(stopped.size(), 1);
    QCOMPARE(stopped.first().at(0).value<RunStopReason>(), RunStopReason::ServerUnreachable);
    QVERIFY(stopped.first().at(1).toString().contains(QStringLiteral("could not be reached")));
    // The slots in flight when the limit was reached may each have tried once more.
    QVERIFY2(rig.starts.size() >= DeletionQueue::MaxUnreachableInARow &&
                 rig.starts.size() < DeletionQueue::MaxUnreachableInARow + DeletionQueue::DefaultConcurrency,
             qPrintable(QString::number(rig.starts.size())));
    int notSent = 0;
    for (const DeletionResult& result : rig.queue->results()) {
        QVERIFY(result.kind == DeletionResultKind::NotSent ||
                result.kind == DeletionResultKind::NetworkError);
        if (result.kind == DeletionResultKind::NotSent) {
            ++notSent;
            QCOMPARE(result.stopReason, RunStopReason::ServerUnreachable);
            QVERIFY2(result.message.contains(QStringLiteral("could not be reached")),
                     qPrintable(result.message));
        }
    }
    QCOMPARE(notSent, 20);
    QCOMPARE(rig.queue->progress().notSent, 20);
    QVERIFY(rig.arrivals.isEmpty());
    QCOMPARE(rig.auditOutcomes(), repeated(QStringLiteral("network_error"), int(rig.starts.size())));
    // Nothing was deleted: all of them can be tried again.
    QCOMPARE(rig.queue->retryItems().size(), 20);
}

void TestDeletionQueue::backoffBelongsToOneBatch()
{
    // A 429 without Retry-After backs off longer with each attempt of the same batch, but the next
    // batch starts again from the first wait.
    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(2);
    rig.queue->setConcurrency(1);
    rig.queue->setMaxAttempts(3);
    rig.queue->setBackoff(40ms, 10s);
    rig.setFault(SandboxFault::Kind::RateLimited, 6);
    QList<qint64> waits;
    QObject::connect(rig.queue.get(), &DeletionQueue::rateLimited, rig.queue.get(),
                     [&waits](qint64 waitMs) { waits << waitMs; });

    rig.queue->start(items);
    QVERIFY(rig.waitForFinished());

    QCOMPARE(rig.queue->results().at(0).kind, DeletionResultKind::RateLimited);
    QCOMPARE(rig.queue->results().at(1).kind, DeletionResultKind::RateLimited);
    QCOMPARE(waits, (QList<qint64>{40, 80, 160, 40, 80, 160}));
}

void TestDeletionQueue::stopReasons_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<RunStopReason>("reason");
    QTest::addColumn<DeletionResultKind>("firstKind");

    QTest::newRow("401") << 401 << QByteArray(R"({"status":"error","message":"Unauthorized"})")
                         << RunStopReason::TokenRejected << DeletionResultKind::Refused;
    QTest::newRow("403") << 403 << QByteArray() << RunStopReason::TokenRejected
                         << DeletionResultKind::Refused;
    QTest::newRow("404 from a web server without the API")
        << 404 << QByteArray("<html>Cannot DELETE</html>") << RunStopReason::WrongApiUrl
        << DeletionResultKind::Refused;
}

void TestDeletionQueue::stopReasons()
{
    // The first answer that every other batch would get too stops the run: one request, not fifty.
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(RunStopReason, reason);
    QFETCH(DeletionResultKind, firstKind);

    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(50);
    rig.queue->setConcurrency(4); // the run's first request still goes alone
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.status = status;
    fault.body = body;
    rig.server.setFault(fault);
    QSignalSpy stopped(rig.queue.get(), &DeletionQueue::stopped);

    rig.queue->start(items);
    QVERIFY(stopped.wait(WaitMs));
    QCOMPARE(stopped.first().at(0).value<RunStopReason>(), reason);
    // Stopped, waiting for a decision: nothing more is sent meanwhile.
    QVERIFY(rig.queue->isRunning());
    QVERIFY(rig.queue->isPaused());
    QCOMPARE(rig.queue->stopReason(), reason);
    QVERIFY(!rig.finished->wait(200));
    QCOMPARE(rig.arrivals.size(), 1);

    rig.queue->cancel();
    QVERIFY(rig.waitForFinished());
    const QList<DeletionResult> results = rig.queue->results();
    QCOMPARE(results.first().kind, firstKind);
    QCOMPARE(results.first().attempts, 1);
    for (qsizetype index = 1; index < results.size(); ++index) {
        QCOMPARE(results.at(index).kind, DeletionResultKind::NotSent);
        QCOMPARE(results.at(index).stopReason, reason);
        QCOMPARE(results.at(index).attempts, 0);
    }
    QCOMPARE(rig.auditEntries().size(), 1);
}

void TestDeletionQueue::resumeAfterAStopGoesOn()
{
    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(4);
    rig.queue->setConcurrency(1);
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.status = 401;
    fault.count = 1;
    rig.server.setFault(fault);
    QSignalSpy stopped(rig.queue.get(), &DeletionQueue::stopped);

    rig.queue->start(items);
    QVERIFY(stopped.wait(WaitMs));
    rig.queue->resume();
    QCOMPARE(rig.queue->stopReason(), RunStopReason::None);
    QVERIFY(rig.waitForFinished());

    const QList<DeletionResult> results = rig.queue->results();
    QCOMPARE(results.at(0).outcome.kind, ApiOutcome::Kind::TokenRejected);
    for (qsizetype index = 1; index < results.size(); ++index)
        QCOMPARE(results.at(index).kind, DeletionResultKind::Deleted);
}

void TestDeletionQueue::certificateErrorIsFinal()
{
    // A TLS failure happens the same way every time: one attempt, no backoff, and the run stops.
    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(3);
    QTcpServer plain; // speaks no TLS at all, so the handshake fails at once
    QVERIFY(plain.listen(QHostAddress::LocalHost));
    rig.client->setEndpoint(
        ApiEndpoint::parse(QStringLiteral("https://127.0.0.1:%1/api/v1").arg(plain.serverPort())));
    QObject::connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
        while (QTcpSocket* socket = plain.nextPendingConnection()) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
            socket->disconnectFromHost();
        }
    });
    rig.queue->setBackoff(2s, 2s);
    QSignalSpy stopped(rig.queue.get(), &DeletionQueue::stopped);
    QObject::connect(rig.queue.get(), &DeletionQueue::stopped, rig.queue.get(),
                     [&rig] { rig.queue->cancel(); });
    QElapsedTimer took;
    took.start();

    rig.queue->start(items);
    QVERIFY(rig.waitForFinished());

    QVERIFY2(took.elapsed() < 1500, qPrintable(QString::number(took.elapsed())));
    QCOMPARE(stopped.size(), 1);
    QCOMPARE(stopped.first().at(0).value<RunStopReason>(), RunStopReason::InsecureConnection);
    const QList<DeletionResult> results = rig.queue->results();
    QCOMPARE(results.at(0).kind, DeletionResultKind::NetworkError);
    QCOMPARE(results.at(0).attempts, 1);
    QCOMPARE(results.at(0).outcome.kind, ApiOutcome::Kind::InsecureRefused);
    QCOMPARE(rig.auditOutcomes().count(QStringLiteral("insecure")), rig.starts.size());
    QCOMPARE(rig.starts.size(), 1); // the run's first request goes alone
}

void TestDeletionQueue::timeoutIsUnknownAndNeverRetried()
{
    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(1);
    rig.client->setTimeout(150ms);
    rig.queue->setBackoff(5ms, 10ms);
    rig.setFault(SandboxFault::Kind::Delay, -1, -1, 1000);

    rig.queue->start(items);
    QVERIFY(rig.waitForFinished());

    const DeletionResult result = rig.queue->results().first();
    QCOMPARE(result.kind, DeletionResultKind::Unknown);
    QCOMPARE(result.attempts, 1);
    QCOMPARE(result.outcome.kind, ApiOutcome::Kind::OutcomeUnknown);
    QVERIFY2(result.message.contains(QStringLiteral("may")), qPrintable(result.message));
    QCOMPARE(rig.arrivals.size(), 1);
    QCOMPARE(rig.starts.size(), 1);
    // Which is why it is not retried: the slow server did delete it.
    QVERIFY(!rig.server.hasBatch(ClassificationId, items.first().batchId));
    const QList<AuditEntry> entries = rig.auditEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().outcome, AuditLog::UnknownOutcome);
    QVERIFY(entries.first().completedUtc.isValid());
    QCOMPARE(rig.queue->progress().unknown, 1);
}

void TestDeletionQueue::resetIsUnknownAndNeverRetried()
{
    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(1);
    rig.queue->setBackoff(5ms, 10ms);
    rig.setFault(SandboxFault::Kind::ConnectionReset);

    rig.queue->start(items);
    QVERIFY(rig.waitForFinished());

    const DeletionResult result = rig.queue->results().first();
    QCOMPARE(result.kind, DeletionResultKind::Unknown);
    QCOMPARE(result.attempts, 1);
    QCOMPARE(rig.starts.size(), 1);
    // Qt itself resends a request whose connection dropped before any answer; the queue does not.
    QVERIFY(!rig.arrivals.isEmpty());
    QCOMPARE(rig.auditOutcomes(), QStringList{AuditLog::UnknownOutcome});
}

void TestDeletionQueue::notFound()
{
    Rig rig;
    QVERIFY(rig.start());
    DeletionItem missing;
    missing.classificationId = ClassificationId;
    missing.batchId = batchIdFor(999);
    rig.addBatches(1); // the classification exists, this batch does not

    rig.queue->start({missing});
    QVERIFY(rig.waitForFinished());

    const DeletionResult result = rig.queue->results().first();
    QCOMPARE(result.kind, DeletionResultKind::NotFound);
    QCOMPARE(result.attempts, 1);
    QCOMPARE(result.outcome.httpStatus, 404);
    QVERIFY2(!result.message.contains(QStringLiteral("earlier attempt")), qPrintable(result.message));
    QVERIFY2(result.message.contains(result.outcome.detail), qPrintable(result.message));
    QCOMPARE(rig.auditOutcomes(), QStringList{QStringLiteral("not_found")});
    QCOMPARE(rig.queue->progress().failed, 1);
    QVERIFY(rig.queue->retryItems().isEmpty());
}

void TestDeletionQueue::retryAfterUnknownOutcome()
{
    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(3); // slow (unknown), fine, server error
    rig.client->setTimeout(200ms);
    rig.onRequest = [&](const QString& batchId) {
        SandboxFault fault;
        if (batchId == items.at(0).batchId) {
            fault.kind = SandboxFault::Kind::Delay;
            fault.delayMs = 1500;
        } else if (batchId == items.at(2).batchId) {
            fault.kind = SandboxFault::Kind::ServerError;
        }
        rig.server.setFault(fault);
    };

    rig.queue->start(items);
    QVERIFY(rig.waitForFinished());
    QList<DeletionResult> results = rig.queue->results();
    QCOMPARE(results.at(0).kind, DeletionResultKind::Unknown);
    QCOMPARE(results.at(1).kind, DeletionResultKind::Deleted);
    QCOMPARE(results.at(2).kind, DeletionResultKind::Refused);
    DeletionQueue::Progress progress = rig.queue->progress();
    QCOMPARE(progress.deleted, 1);
    QCOMPARE(progress.failed, 1);
    QCOMPARE(progress.unknown, 1);

    // Unknown outcomes are retried only when asked for explicitly.
    const QList<DeletionItem> failedOnly = rig.queue->retryItems();
    QCOMPARE(failedOnly.size(), 1);
    QCOMPARE(failedOnly.at(0).batchId, items.at(2).batchId);
    const QList<DeletionItem> retry = rig.queue->retryItems(DeletionQueue::Retry::IncludingUnknown);
    QCOMPARE(retry.size(), 2);
    QCOMPARE(retry.at(0).batchId, items.at(0).batchId);
    QVERIFY(retry.at(0).earlierOutcomeUnknown);
    QCOMPARE(retry.at(0).fileCount, 1);
    QCOMPARE(retry.at(1).batchId, items.at(2).batchId);
    QVERIFY(!retry.at(1).earlierOutcomeUnknown);

    // "Retry failed": the slow server had deleted the first batch after all.
    rig.onRequest = nullptr;
    rig.server.setFault({});
    rig.finished->clear();
    rig.queue->start(retry);
    QVERIFY(rig.waitForFinished());
    results = rig.queue->results();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).kind, DeletionResultKind::NotFound);
    QCOMPARE(results.at(0).message, QStringLiteral("not found — possibly deleted by the earlier attempt"));
    QCOMPARE(results.at(1).kind, DeletionResultKind::Deleted);
    progress = rig.queue->progress();
    QCOMPARE(progress.total, 2);
    QCOMPARE(progress.deleted, 1);
    QCOMPARE(progress.failed, 1);
    QCOMPARE(progress.unknown, 0);
    QVERIFY(rig.queue->retryItems().isEmpty());

    const QList<AuditEntry> entries = rig.auditEntries();
    QCOMPARE(entries.size(), 5);
    QCOMPARE(entries.at(3).outcome, QStringLiteral("not_found"));
    QCOMPARE(entries.at(3).serverMessage,
             QStringLiteral("not found — possibly deleted by the earlier attempt"));
}

void TestDeletionQueue::pauseStopsNewRequestsUntilResume()
{
    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(8);
    rig.setFault(SandboxFault::Kind::Delay, -1, -1, 40);
    qint64 pausedAt = -1;
    qsizetype startsAtPause = -1;
    qsizetype arrivalsAtPause = -1;
    int inFlightAtPause = -1;
    QObject::connect(rig.queue.get(), &DeletionQueue::itemFinished, rig.queue.get(), [&] {
        // The second answer: the run's first request went alone, then both slots were busy.
        if (pausedAt >= 0 || rig.finishedResults.size() < 2)
            return;
        rig.queue->pause();
        pausedAt = rig.clock.elapsed();
        startsAtPause = rig.starts.size();
        arrivalsAtPause = rig.arrivals.size();
        inFlightAtPause = rig.queue->progress().inFlight;
    });

    rig.queue->start(items);
    QTRY_VERIFY_WITH_TIMEOUT(pausedAt >= 0, WaitMs);
    QVERIFY(rig.queue->isPaused());
    QVERIFY(rig.queue->isRunning());
    QCOMPARE(inFlightAtPause, 1);
    // Those in flight finish and are recorded.
    QTRY_COMPARE_WITH_TIMEOUT(rig.queue->progress().inFlight, 0, WaitMs);
    QCOMPARE(rig.queue->progress().deleted, 3);
    QSignalSpy started(rig.queue.get(), &DeletionQueue::itemStarted);
    QSignalSpy received(&rig.server, &SandboxServer::requestReceived);
    QVERIFY(!started.wait(300)); // nothing leaves while paused
    QCOMPARE(received.size(), 0);
    QCOMPARE(rig.starts.size(), startsAtPause);
    QVERIFY(rig.arrivals.size() <= arrivalsAtPause + inFlightAtPause);
    QCOMPARE(rig.finished->size(), 0);
    QCOMPARE(rig.auditOutcomes(), repeated(QStringLiteral("succeeded"), 3));

    const qint64 resumedAt = rig.clock.elapsed();
    rig.queue->resume();
    QVERIFY(!rig.queue->isPaused());
    QVERIFY(rig.waitForFinished());
    for (const qint64 start : std::as_const(rig.starts))
        QVERIFY(start <= pausedAt || start >= resumedAt);
    QCOMPARE(rig.queue->progress().deleted, 8);
    QCOMPARE(rig.arrivals.size(), 8);
}

void TestDeletionQueue::noEntryIsWrittenBeforeItsRequestIsSent()
{
    // Each attempt is recorded right before its request is handed to the network, never earlier: an
    // entry for a request that then does not leave (a pause, a cancel, a hold, a crash) would claim an
    // attempt that never happened.
    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(3);
    rig.queue->setConcurrency(1);
    rig.setFault(SandboxFault::Kind::Delay, -1, -1, 150);
    QStringList auditWhenFirstAnswered;
    QStringList withoutARequest;
    rig.onRequest = [&](const QString&) {
        withoutARequest += rig.entriesWithoutARequest();
    };
    QObject::connect(rig.queue.get(), &DeletionQueue::itemFinished, rig.queue.get(), [&](int index) {
        withoutARequest += rig.entriesWithoutARequest();
        if (index != 0)
            return;
        for (const AuditEntry& entry : rig.auditEntries())
            auditWhenFirstAnswered << entry.batchId + QLatin1Char(' ') + entry.outcome;
    });

    rig.queue->start(items);
    QVERIFY(rig.waitForFinished());
    // While the first request was on its way, its entry was the only one on the disk.
    QCOMPARE(auditWhenFirstAnswered, QStringList{items.at(0).batchId + QStringLiteral(" sent")});
    QVERIFY2(withoutARequest.isEmpty(), qPrintable(withoutARequest.join(QLatin1Char(' '))));
    QCOMPARE(rig.auditOutcomes(), repeated(QStringLiteral("succeeded"), 3));
    // Each entry says when its request left.
    const QList<AuditEntry> entries = rig.auditEntries();
    for (int i = 1; i < entries.size(); ++i) {
        const qint64 apart = entries.at(i - 1).startedUtc.msecsTo(entries.at(i).startedUtc);
        QVERIFY2(apart >= 150 - ClockSlackMs, qPrintable(QStringLiteral("%1 ms apart").arg(apart)));
    }
    QCOMPARE(rig.arrivals.size(), 3);
}

void TestDeletionQueue::cancelLeavesEntriesOnlyForRequestsSent()
{
    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(6);
    rig.setFault(SandboxFault::Kind::Delay, -1, -1, 150);
    int entriesBeforeCancel = -1;
    int entriesAfterCancel = -1;
    QObject::connect(rig.queue.get(), &DeletionQueue::itemFinished, rig.queue.get(), [&] {
        // The second answer: after the run's first request (alone), both slots are busy.
        if (entriesBeforeCancel >= 0 || rig.finishedResults.size() < 2)
            return;
        entriesBeforeCancel = static_cast<int>(rig.auditEntries().size());
        rig.queue->cancel();
        entriesAfterCancel = static_cast<int>(rig.auditEntries().size());
    });

    rig.queue->start(items);
    QVERIFY(rig.waitForFinished());
    QCOMPARE(entriesBeforeCancel, 3); // two answered, one in flight: nothing for the batches waiting
    QCOMPARE(entriesAfterCancel, 3);
    // Only what was sent is on record.
    QCOMPARE(rig.arrivals.size(), 3);
    QCOMPARE(rig.auditedBatches(), rig.receivedBatches());
    QCOMPARE(rig.auditOutcomes(), repeated(QStringLiteral("succeeded"), 3));
    QCOMPARE(rig.queue->progress().notSent, 3);
}

void TestDeletionQueue::entriesMarkedUnknownMeanwhileAreStillAnswered()
{
    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(6);
    rig.setFault(SandboxFault::Kind::Delay, -1, -1, 150);
    int markedByAnotherStart = -1;
    QObject::connect(rig.queue.get(), &DeletionQueue::itemFinished, rig.queue.get(), [&] {
        // The second answer: after the run's first request (alone), both slots are busy.
        if (markedByAnotherStart >= 0 || rig.finishedResults.size() < 2)
            return;
        // Another opener meanwhile takes this run for gone and marks every open entry "unknown": the
        // one being answered and the one still in flight; none stands for a batch still waiting.
        markedByAnotherStart = markOpenEntriesAbandoned(rig.database);
        rig.queue->cancel();
    });

    rig.queue->start(items);
    QVERIFY(rig.waitForFinished());
    QCOMPARE(markedByAnotherStart, 2);
    // Their answers, when they come, are still recorded.
    QCOMPARE(rig.arrivals.size(), 3);
    QCOMPARE(rig.auditedBatches(), rig.receivedBatches());
    QCOMPARE(rig.auditOutcomes(), repeated(QStringLiteral("succeeded"), 3));
}

void TestDeletionQueue::noEntryStandsForAnUnsentRequestDuringAHold()
{
    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(6);
    rig.queue->setMaxWait(300ms);
    // The third request is answered 429 (after the first two).
    int requests = 0;
    rig.onRequest = [&](const QString&) {
        if (++requests == 3)
            rig.setFault(SandboxFault::Kind::RateLimited, 1, 1);
    };
    rig.setFault(SandboxFault::Kind::Delay, -1, -1, 60);
    QStringList openButNeverSent;
    int openDuringHold = -1;
    QObject::connect(rig.queue.get(), &DeletionQueue::rateLimited, rig.queue.get(), [&](qint64) {
        QStringList sentBatches;
        for (const int index : std::as_const(rig.startedIndexes))
            sentBatches << items.at(index).batchId;
        openDuringHold = 0;
        for (const AuditEntry& entry : rig.auditEntries()) {
            if (entry.outcome != AuditLog::SentOutcome)
                continue;
            ++openDuringHold;
            if (!sentBatches.contains(entry.batchId))
                openButNeverSent << entry.batchId;
        }
    });

    rig.queue->start(items);
    QVERIFY(rig.waitForFinished());
    QVERIFY(!rig.holds.isEmpty());
    // While the queue holds (for minutes maybe), no entry stands for a request that has not left.
    QVERIFY(openDuringHold >= 1); // the request still on its way
    QVERIFY2(openButNeverSent.isEmpty(), qPrintable(openButNeverSent.join(QLatin1Char(' '))));
    QCOMPARE(rig.queue->progress().deleted, 6);
    QStringList outcomes = rig.auditOutcomes();
    QCOMPARE(outcomes.count(QStringLiteral("succeeded")), 6);
    QCOMPARE(outcomes.count(QStringLiteral("rate_limited")), 1);
    QCOMPARE(outcomes.size(), 7);
}

void TestDeletionQueue::cancelEndsWaitingItemsAndLetsInFlightFinish()
{
    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(8);
    rig.setFault(SandboxFault::Kind::Delay, -1, -1, 100);
    DeletionQueue::Progress afterCancel;
    bool cancelled = false;
    QObject::connect(rig.queue.get(), &DeletionQueue::itemStarted, rig.queue.get(), [&](int index) {
        if (index == 1) {
            rig.queue->cancel();
            afterCancel = rig.queue->progress();
            cancelled = true;
        }
    });

    rig.queue->start(items);
    QTRY_VERIFY_WITH_TIMEOUT(cancelled, WaitMs);
    QVERIFY(rig.queue->isRunning()); // until those in flight have answered
    // The first batch went alone and was answered; the two slots then opened together, and their
    // batches were recorded and handed over as one group before either was announced.
    QCOMPARE(afterCancel.notSent, 5);
    QCOMPARE(afterCancel.inFlight, 2);
    QCOMPARE(afterCancel.remaining, 2);
    QVERIFY(rig.waitForFinished());
    QVERIFY(!rig.finished->wait(300)); // exactly once
    QCOMPARE(rig.finished->size(), 1);

    const QList<DeletionResult> results = rig.queue->results();
    for (int index = 0; index < results.size(); ++index) {
        const DeletionResult& result = results.at(index);
        if (index < 3) {
            QCOMPARE(result.kind, DeletionResultKind::Deleted);
            QCOMPARE(result.attempts, 1);
        } else {
            QCOMPARE(result.kind, DeletionResultKind::Cancelled);
            QCOMPARE(result.attempts, 0);
            QCOMPARE(result.durationMs, -1);
            QVERIFY(!result.message.isEmpty());
            QVERIFY(rig.server.hasBatch(ClassificationId, items.at(index).batchId));
        }
    }
    QCOMPARE(rig.arrivals.size(), 3);
    QCOMPARE(rig.auditOutcomes(), repeated(QStringLiteral("succeeded"), 3));
    QCOMPARE(rig.auditedBatches(), rig.receivedBatches());
    const DeletionQueue::Progress progress = rig.queue->progress();
    QCOMPARE(progress.deleted, 3);
    QCOMPARE(progress.notSent, 5);
    QCOMPARE(progress.remaining, 0);
    const QList<DeletionItem> retry = rig.queue->retryItems();
    QCOMPARE(retry.size(), 5);
    QCOMPARE(retry.first().batchId, items.at(3).batchId);
}

void TestDeletionQueue::slotsThatOpenTogetherAreRecordedInOneGo()
{
    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(6);
    rig.queue->setConcurrency(3);
    rig.setFault(SandboxFault::Kind::Delay, -1, -1, 50);
    QList<int> entriesAtStart;
    QObject::connect(rig.queue.get(), &DeletionQueue::itemStarted, rig.queue.get(),
                     [&](int) { entriesAtStart << static_cast<int>(rig.auditEntries().size()); });

    rig.queue->start(items);
    QVERIFY(rig.waitForFinished());
    // The first batch goes alone. Its answer opens all three slots: their attempts are on record,
    // with one wait for the disk, before the first of them is announced (and handed over).
    QCOMPARE(entriesAtStart.size(), 6);
    QCOMPARE(entriesAtStart.at(0), 1);
    QCOMPARE(entriesAtStart.mid(1, 3), (QList<int>{4, 4, 4}));
    QCOMPARE(rig.auditOutcomes(), repeated(QStringLiteral("succeeded"), 6));
    QCOMPARE(rig.auditedBatches(), rig.receivedBatches());
}

void TestDeletionQueue::cancelDuringRateLimitHold()
{
    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(3);
    rig.queue->setConcurrency(1);
    rig.setFault(SandboxFault::Kind::RateLimited, -1, 60); // a minute: only cancel() ends this in time

    QElapsedTimer took;
    took.start();
    rig.queue->start(items);
    QTRY_COMPARE_WITH_TIMEOUT(rig.holds.size(), 1, WaitMs);
    QVERIFY(rig.queue->isWaitingForRateLimit());
    QCOMPARE(rig.holds.first().waitMs, 60'000);
    rig.queue->cancel();
    QVERIFY(!rig.queue->isWaitingForRateLimit());
    QVERIFY(rig.waitForFinished());
    QVERIFY(took.elapsed() < 30'000);

    const QList<DeletionResult> results = rig.queue->results();
    QCOMPARE(results.at(0).kind, DeletionResultKind::Cancelled);
    QCOMPARE(results.at(0).attempts, 1);
    QCOMPARE(results.at(0).outcome.kind, ApiOutcome::Kind::RateLimited);
    QCOMPARE(results.at(1).kind, DeletionResultKind::Cancelled);
    QCOMPARE(results.at(1).attempts, 0);
    QCOMPARE(results.at(2).attempts, 0);
    QCOMPARE(rig.arrivals.size(), 1);
    QCOMPARE(rig.auditOutcomes(), QStringList{QStringLiteral("rate_limited")});
    QCOMPARE(rig.queue->retryItems().size(), 3);
}

void TestDeletionQueue::auditHoldsExactlyTheRequestsThatArrived_data()
{
    QTest::addColumn<bool>("pause");
    QTest::addColumn<bool>("cancel");
    QTest::newRow("pause, then resume") << true << false;
    QTest::newRow("cancel") << false << true;
    QTest::newRow("pause, then cancel") << true << true;
}

void TestDeletionQueue::auditHoldsExactlyTheRequestsThatArrived()
{
    // A run with three requests at a time is paused or cancelled halfway. At every moment the trail
    // holds an entry only for a request handed to the network, and in the end exactly one for each
    // request the server received, each with its answer: none left "sent" (read "outcome unknown").
    QFETCH(bool, pause);
    QFETCH(bool, cancel);
    constexpr int Batches = 12;
    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(Batches);
    rig.queue->setConcurrency(3);
    rig.setFault(SandboxFault::Kind::Delay, -1, -1, 80);
    QStringList withoutARequest;
    rig.onRequest = [&](const QString&) {
        withoutARequest += rig.entriesWithoutARequest();
    };
    bool stepped = false;
    QObject::connect(rig.queue.get(), &DeletionQueue::itemFinished, rig.queue.get(), [&] {
        withoutARequest += rig.entriesWithoutARequest();
        if (stepped || rig.finishedResults.size() < 4)
            return;
        stepped = true;
        if (pause)
            rig.queue->pause();
        else
            rig.queue->cancel();
        withoutARequest += rig.entriesWithoutARequest();
    });

    rig.queue->start(items);
    QTRY_VERIFY_WITH_TIMEOUT(stepped, WaitMs);
    if (pause) {
        // The requests in flight are answered and recorded; the trail then holds what arrived.
        QTRY_COMPARE_WITH_TIMEOUT(rig.queue->progress().inFlight, 0, WaitMs);
        QVERIFY(!rig.finished->wait(200));
        QCOMPARE(rig.auditedBatches(), rig.receivedBatches());
        QVERIFY(!rig.auditOutcomes().contains(AuditLog::SentOutcome));
        QVERIFY(rig.arrivals.size() < Batches);
        if (cancel)
            rig.queue->cancel();
        else
            rig.queue->resume();
    }
    QVERIFY(rig.waitForFinished());

    QVERIFY2(withoutARequest.isEmpty(), qPrintable(withoutARequest.join(QLatin1Char(' '))));
    QCOMPARE(rig.auditedBatches(), rig.receivedBatches());
    QCOMPARE(rig.auditOutcomes(), repeated(QStringLiteral("succeeded"), int(rig.arrivals.size())));
    const DeletionQueue::Progress progress = rig.queue->progress();
    QCOMPARE(progress.deleted, int(rig.arrivals.size()));
    QCOMPARE(progress.notSent, cancel ? Batches - int(rig.arrivals.size()) : 0);
    if (cancel)
        QVERIFY(rig.arrivals.size() < Batches);
}

void TestDeletionQueue::stopWithAnItemLeftToRetryAsksWhatToDo()
{
    // The run stops when its last batch is refused (401) while another, still on its way, is then
    // answered 429: that one waits to be tried again, so the run must say that it stopped and wait
    // for a decision, not sit silently until someone thinks of resuming it.
    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(3);
    rig.queue->setConcurrency(2);
    rig.queue->setMaxWait(50ms);
    rig.onRequest = [&](const QString& batchId) {
        SandboxFault fault;
        if (batchId == items.at(1).batchId) {
            fault.kind = SandboxFault::Kind::Status;
            fault.status = 401;
        } else if (batchId == items.at(2).batchId) {
            fault.kind = SandboxFault::Kind::RateLimited;
            fault.retryAfterSeconds = 1;
            fault.delayMs = 150; // answered after the 401
        }
        rig.server.setFault(fault);
    };
    QSignalSpy stopped(rig.queue.get(), &DeletionQueue::stopped);
    QObject::connect(rig.queue.get(), &DeletionQueue::stopped, rig.queue.get(),
                     [&rig] { rig.queue->cancel(); });

    rig.queue->start(items);
    QVERIFY(rig.waitForFinished());

    QCOMPARE(stopped.size(), 1);
    QCOMPARE(stopped.first().at(0).value<RunStopReason>(), RunStopReason::TokenRejected);
    const QList<DeletionResult> results = rig.queue->results();
    QCOMPARE(results.at(0).kind, DeletionResultKind::Deleted);
    QCOMPARE(results.at(1).kind, DeletionResultKind::Refused);
    QCOMPARE(results.at(1).outcome.kind, ApiOutcome::Kind::TokenRejected);
    QCOMPARE(results.at(2).kind, DeletionResultKind::NotSent);
    QCOMPARE(results.at(2).stopReason, RunStopReason::TokenRejected);
    QCOMPARE(results.at(2).attempts, 1);
    QCOMPARE(rig.arrivals.size(), 3);
    QCOMPARE(rig.auditedBatches(), rig.receivedBatches());
    QCOMPARE(rig.auditOutcomes(), (QStringList{QStringLiteral("succeeded"), QStringLiteral("token_rejected"),
                                               QStringLiteral("rate_limited")}));
}

void TestDeletionQueue::runEndsWhenItsLastItemStopsIt_data()
{
    QTest::addColumn<int>("batches");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("auditOutcome");

    const QByteArray unauthorized = R"({"status":"error","message":"Unauthorized"})";
    QTest::newRow("one batch, 401") << 1 << 401 << unauthorized << QStringLiteral("token_rejected");
    QTest::newRow("one batch, 403") << 1 << 403 << QByteArray() << QStringLiteral("token_rejected");
    QTest::newRow("one batch, wrong API URL")
        << 1 << 404 << QByteArray("<html>Cannot DELETE</html>") << QStringLiteral("wrong_api_url");
    QTest::newRow("last of three, 401") << 3 << 401 << unauthorized << QStringLiteral("token_rejected");
}

void TestDeletionQueue::runEndsWhenItsLastItemStopsIt()
{
    // Nothing is left to send: the run ends by itself instead of waiting for resume() or cancel().
    QFETCH(int, batches);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, auditOutcome);

    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(batches);
    rig.queue->setConcurrency(2);
    rig.onRequest = [&](const QString& batchId) {
        SandboxFault fault;
        if (batchId == items.last().batchId) {
            fault.kind = SandboxFault::Kind::Status;
            fault.status = status;
            fault.body = body;
        } else {
            fault.kind = SandboxFault::Kind::Delay;
            fault.delayMs = 100; // the one beside the last is answered after it
        }
        rig.server.setFault(fault);
    };
    QSignalSpy stopped(rig.queue.get(), &DeletionQueue::stopped);

    rig.queue->start(items);
    QVERIFY(rig.waitForFinished());
    QVERIFY(!rig.queue->isRunning());
    QVERIFY(!rig.queue->isPaused());
    QCOMPARE(stopped.size(), 0); // nothing waits for a decision

    const QList<DeletionResult> results = rig.queue->results();
    for (int index = 0; index + 1 < batches; ++index)
        QCOMPARE(results.at(index).kind, DeletionResultKind::Deleted);
    QCOMPARE(results.last().kind, DeletionResultKind::Refused);
    QCOMPARE(results.last().attempts, 1);
    QCOMPARE(rig.arrivals.size(), batches);
    QCOMPARE(rig.auditedBatches(), rig.receivedBatches());
    QCOMPARE(rig.auditOutcomes().last(), auditOutcome);
}

void TestDeletionQueue::abortEndsTheRequestsInFlight()
{
    // What the window's Cancel does to its single deletion: the requests on their way are aborted,
    // end Unknown (the server may already have acted) and are recorded so; nothing else is sent.
    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(5);
    rig.queue->setConcurrency(2);
    rig.onRequest = [&](const QString& batchId) {
        SandboxFault fault;
        if (batchId != items.first().batchId) {
            fault.kind = SandboxFault::Kind::Delay;
            fault.delayMs = 20'000; // far beyond the test: only the abort ends these
        }
        rig.server.setFault(fault);
    };
    QElapsedTimer took;
    took.start();
    rig.queue->start(items);
    // The run's first request went alone and was answered; the next two are on their way.
    QTRY_COMPARE_WITH_TIMEOUT(rig.arrivals.size(), 3, WaitMs);
    rig.queue->abort();
    QVERIFY(rig.waitForFinished());
    QVERIFY2(took.elapsed() < 10'000, qPrintable(QString::number(took.elapsed())));

    const QList<DeletionResult> results = rig.queue->results();
    QCOMPARE(results.at(0).kind, DeletionResultKind::Deleted);
    for (int index : {1, 2}) {
        QCOMPARE(results.at(index).kind, DeletionResultKind::Unknown);
        QCOMPARE(results.at(index).attempts, 1);
        QCOMPARE(results.at(index).outcome.kind, ApiOutcome::Kind::OutcomeUnknown);
        QVERIFY2(results.at(index).message.contains(QStringLiteral("may already have acted")),
                 qPrintable(results.at(index).message));
    }
    for (int index : {3, 4}) {
        QCOMPARE(results.at(index).kind, DeletionResultKind::Cancelled);
        QCOMPARE(results.at(index).attempts, 0);
    }
    QCOMPARE(rig.arrivals.size(), 3);
    QCOMPARE(rig.auditedBatches(), rig.receivedBatches());
    QCOMPARE(rig.auditOutcomes(),
             (QStringList{QStringLiteral("succeeded"), AuditLog::UnknownOutcome, AuditLog::UnknownOutcome}));
    for (const AuditEntry& entry : rig.auditEntries())
        QVERIFY(entry.completedUtc.isValid());
    const DeletionQueue::Progress progress = rig.queue->progress();
    QCOMPARE(progress.deleted, 1);
    QCOMPARE(progress.unknown, 2);
    QCOMPARE(progress.notSent, 2);
    rig.queue->abort(); // idle: nothing to do
    QVERIFY(!rig.queue->isRunning());
}

void TestDeletionQueue::emptyListFinishesOnce()
{
    Rig rig;
    QVERIFY(rig.start());
    rig.queue->start({});
    QCOMPARE(rig.finished->size(), 0); // not from inside start()
    QVERIFY(rig.queue->isRunning());
    QVERIFY(rig.waitForFinished());
    QVERIFY(!rig.queue->isRunning());
    QVERIFY(!rig.finished->wait(100));
    QCOMPARE(rig.finished->size(), 1);
    const DeletionQueue::Progress progress = rig.queue->progress();
    QCOMPARE(progress.total, 0);
    QCOMPARE(progress.remaining, 0);
    QVERIFY(rig.queue->results().isEmpty());
    QVERIFY(rig.queue->retryItems().isEmpty());
}

void TestDeletionQueue::startWhileRunningIsIgnored()
{
    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(3);
    rig.setFault(SandboxFault::Kind::Delay, -1, -1, 50);
    rig.queue->start(items.mid(0, 2));
    QTest::ignoreMessage(QtWarningMsg, "DeletionQueue: start() while a run is in progress was ignored");
    rig.queue->start(items.mid(2));
    QVERIFY(rig.waitForFinished());
    QCOMPARE(rig.queue->results().size(), 2);
    QCOMPARE(rig.arrivals.size(), 2);
    QVERIFY(rig.server.hasBatch(ClassificationId, items.at(2).batchId));

    // Idle again: the next run starts.
    rig.finished->clear();
    rig.queue->start(items.mid(2));
    QVERIFY(rig.waitForFinished());
    QCOMPARE(rig.queue->results().size(), 1);
    QCOMPARE(rig.queue->results().first().kind, DeletionResultKind::Deleted);
}

void TestDeletionQueue::progressCountsAndEstimate()
{
    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(6);
    rig.queue->setConcurrency(1);
    rig.setFault(SandboxFault::Kind::Delay, -1, -1, 30);
    QList<DeletionQueue::Progress> seen;
    QObject::connect(rig.queue.get(), &DeletionQueue::itemFinished, rig.queue.get(),
                     [&] { seen << rig.queue->progress(); });
    int progressSignals = 0;
    QObject::connect(rig.queue.get(), &DeletionQueue::progressChanged, rig.queue.get(),
                     [&] { ++progressSignals; });

    rig.queue->start(items);
    const DeletionQueue::Progress atStart = rig.queue->progress();
    QCOMPARE(atStart.total, 6);
    QCOMPARE(atStart.inFlight, 1);
    QCOMPARE(atStart.remaining, 6);
    QCOMPARE(atStart.deleted, 0);
    QCOMPARE(atStart.estimatedRemainingMs, -1); // nothing to go by yet
    QVERIFY(rig.waitForFinished());

    QCOMPARE(seen.size(), 6);
    for (int i = 0; i < seen.size(); ++i) {
        const DeletionQueue::Progress& progress = seen.at(i);
        QCOMPARE(progress.total, 6);
        QCOMPARE(progress.deleted, i + 1);
        QCOMPARE(progress.remaining, 5 - i);
        QCOMPARE(progress.failed + progress.unknown + progress.notSent, 0);
        QVERIFY2(progress.estimatedRemainingMs >= 0,
                 qPrintable(QString::number(progress.estimatedRemainingMs)));
        // Each one takes about the server's 30 ms (its timer may be a little early).
        if (progress.remaining > 0)
            QVERIFY2(progress.estimatedRemainingMs >= 25 * progress.remaining,
                     qPrintable(QString::number(progress.estimatedRemainingMs)));
    }
    QCOMPARE(seen.last().estimatedRemainingMs, 0);
    QVERIFY(progressSignals >= 12);
}

void TestDeletionQueue::unwritableAuditSendsNothing()
{
    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(2);
    rig.database.close(); // every audit write now fails
    QSignalSpy stopped(rig.queue.get(), &DeletionQueue::stopped);

    rig.queue->start(items);
    QVERIFY(stopped.wait(WaitMs));
    QCOMPARE(stopped.first().at(0).value<RunStopReason>(), RunStopReason::AuditUnwritable);
    rig.queue->cancel();
    QVERIFY(rig.waitForFinished());

    for (const DeletionResult& result : rig.queue->results()) {
        QCOMPARE(result.kind, DeletionResultKind::NotSent);
        QCOMPARE(result.stopReason, RunStopReason::AuditUnwritable);
        QVERIFY2(result.message.contains(QStringLiteral("audit trail could not be written")),
                 qPrintable(result.message));
        QCOMPARE(result.attempts, 0);
    }
    QVERIFY(rig.starts.isEmpty());
    QVERIFY(rig.arrivals.isEmpty());
    QVERIFY(rig.server.hasBatch(ClassificationId, items.at(0).batchId));
    QCOMPARE(rig.queue->progress().notSent, 2);
    QCOMPARE(rig.queue->retryItems().size(), 2);
}

void TestDeletionQueue::withoutAuditLog()
{
    Rig rig;
    QVERIFY(rig.start(false));
    const QList<DeletionItem> items = rig.addBatches(3);
    rig.queue->start(items);
    QVERIFY(rig.waitForFinished());
    QCOMPARE(rig.queue->progress().deleted, 3);
}

void TestDeletionQueue::destroyedWithCallsInFlight()
{
    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(4);
    rig.setFault(SandboxFault::Kind::Delay, -1, -1, 300);
    rig.queue->start(items);
    // The run's first request went alone and was answered; two more are on their way.
    QTRY_COMPARE_WITH_TIMEOUT(rig.arrivals.size(), 3, WaitMs);

    rig.queue.reset();
    // The calls end and delete themselves; nothing else is sent.
    QTRY_VERIFY_WITH_TIMEOUT(rig.client->findChildren<ApiCall*>().isEmpty(), WaitMs);
    QSignalSpy received(&rig.server, &SandboxServer::requestReceived);
    QVERIFY(!received.wait(400));
    QCOMPARE(rig.arrivals.size(), 3);
    // Sent, but the answer was never read: on record as unknown, not left "sent".
    QCOMPARE(rig.auditOutcomes(),
             (QStringList{QStringLiteral("succeeded"), AuditLog::UnknownOutcome, AuditLog::UnknownOutcome}));
}

void TestDeletionQueue::clientDestroyedDuringRun()
{
    Rig rig;
    QVERIFY(rig.start());
    const QList<DeletionItem> items = rig.addBatches(3);
    rig.queue->setConcurrency(1);
    rig.setFault(SandboxFault::Kind::Delay, -1, -1, 300);
    rig.queue->start(items);
    QTRY_COMPARE_WITH_TIMEOUT(rig.arrivals.size(), 1, WaitMs);

    rig.client.reset(); // takes its calls along, without an answer
    QVERIFY(rig.waitForFinished());
    const QList<DeletionResult> results = rig.queue->results();
    QCOMPARE(results.at(0).kind, DeletionResultKind::Unknown);
    QCOMPARE(results.at(1).kind, DeletionResultKind::Cancelled);
    QCOMPARE(results.at(2).kind, DeletionResultKind::Cancelled);
    QCOMPARE(rig.auditOutcomes(), QStringList{AuditLog::UnknownOutcome});
    rig.queue.reset();
}

QTEST_GUILESS_MAIN(TestDeletionQueue)
#include "tst_deletionqueue.moc"
