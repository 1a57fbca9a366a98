#include "core/api/extractaclient.h"
#include "core/catalogue/resultsfetchqueue.h"
#include "sampleids.h"
#include "sandbox/sandboxserver.h"
#include "wirefixture.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

namespace {

using namespace SampleIds;

const QString UnknownId = QStringLiteral("-OZZZZZZZZZZZZZZZZZZ");

constexpr int AnswerDelayMs = 100;
constexpr std::chrono::milliseconds TestSpacing = 300ms;
// Generous: a loaded CI machine may be slow to deliver, but never early.
constexpr qint64 GapSlackMs = 2000;

struct Fetched
{
    QString classificationId;
    QString batchId;
    ApiOutcome outcome;
    QList<FileRecord> files;
    qint64 at = 0; // ms on the rig's clock
};

// A queue in front of a real client and a sandbox over loopback, recording from both ends when
// requests arrive and when answers are reported. Built fresh by every test.
struct Rig : WireFixture
{
    std::unique_ptr<ResultsFetchQueue> queue = std::make_unique<ResultsFetchQueue>(client);
    QElapsedTimer clock;

    QList<qint64> arrivals;    // server side: when each request arrived
    QList<QString> arrivedIds; // "classification/batch" of each request, in arrival order
    QList<qint64> starts;      // client side: started()
    QList<Fetched> results;    // client side: fetched()
    int inFlight = 0;
    int maxInFlight = 0;
    // Requests that arrived while an earlier one had not been reported yet: calls overlapped.
    int overlappingArrivals = 0;
    bool startedBeforeEachFetch = true;

    Rig()
    {
        clock.start();
        QObject::connect(&server, &SandboxServer::requestReceived, &server,
                         [this](const SandboxRequest& request) {
                             arrivals << clock.elapsed();
                             const QJsonObject body = QJsonDocument::fromJson(request.body).object();
                             arrivedIds << body.value(QLatin1String("classificationId")).toString() + u'/' +
                                               body.value(QLatin1String("batchId")).toString();
                             if (results.size() != arrivals.size() - 1)
                                 ++overlappingArrivals;
                         });
        QObject::connect(queue.get(), &ResultsFetchQueue::started, queue.get(),
                         [this](const QString&, const QString&) {
                             starts << clock.elapsed();
                             maxInFlight = qMax(maxInFlight, ++inFlight);
                         });
        QObject::connect(queue.get(), &ResultsFetchQueue::fetched, queue.get(),
                         [this](const QString& classificationId, const QString& batchId,
                                const ApiOutcome& outcome, const QList<FileRecord>& files) {
                             if (starts.size() != results.size() + 1)
                                 startedBeforeEachFetch = false;
                             --inFlight;
                             results << Fetched{classificationId, batchId, outcome, files, clock.elapsed()};
                         });
    }

    void delayAnswers(int ms)
    {
        SandboxFault fault;
        fault.kind = SandboxFault::Kind::Delay;
        fault.delayMs = ms;
        server.setFault(fault);
    }

    // Every call finished before the next one arrived, at least `spacing` later.
    void checkSpacing(std::chrono::milliseconds spacing) const
    {
        QCOMPARE(overlappingArrivals, 0);
        QCOMPARE(maxInFlight, 1);
        QVERIFY(startedBeforeEachFetch);
        QCOMPARE(arrivals.size(), results.size());
        for (qsizetype i = 1; i < arrivals.size(); ++i) {
            const qint64 gap = arrivals.at(i) - results.at(i - 1).at;
            qInfo("call %lld arrived %lld ms after call %lld finished", qlonglong(i + 1), gap, qlonglong(i));
            QVERIFY2(gap >= spacing.count(),
                     qPrintable(QStringLiteral("gap %1 ms < spacing %2 ms").arg(gap).arg(spacing.count())));
            QVERIFY2(gap <= spacing.count() + GapSlackMs, qPrintable(QStringLiteral("gap %1 ms").arg(gap)));
        }
    }
};

QString key(const QString& classificationId, const QString& batchId)
{
    return classificationId + u'/' + batchId;
}

} // namespace

class TestResultsFetchQueue : public QObject
{
    Q_OBJECT

private slots:
    void defaultSpacing();
    void callsAreSpacedAndNeverOverlap();
    void failuresAreReportedAndStillSpaced();
    void duplicatesAreDropped();
    void clearDropsPendingOnly();
    void zeroSpacingStillNeverOverlaps();
    void changingSpacingWhileWaiting();
    void destroyingWhileACallRuns();
    void rateLimitWaitsAsLongAsTheServerAsks();
};

void TestResultsFetchQueue::defaultSpacing()
{
    QCOMPARE(ResultsFetchQueue::DefaultSpacing, 2000ms);
    Rig rig;
    QCOMPARE(rig.queue->minimumSpacing(), 2000ms);
    QVERIFY(rig.queue->isIdle());
    QCOMPARE(rig.queue->pendingCount(), 0);

    // And it is honoured: the API asks for 2 s between getResults calls.
    QVERIFY(rig.start());
    rig.queue->enqueue(InvoicesClassification, InvoicesFirstBatch);
    rig.queue->enqueue(InvoicesClassification, InvoicesSecondBatch);
    QTRY_COMPARE_WITH_TIMEOUT(rig.results.size(), 2, 15'000);
    rig.checkSpacing(2000ms);
    QVERIFY(rig.queue->isIdle());
}

void TestResultsFetchQueue::callsAreSpacedAndNeverOverlap()
{
    Rig rig;
    QVERIFY(rig.start());
    rig.delayAnswers(AnswerDelayMs);
    rig.queue->setMinimumSpacing(TestSpacing);
    QCOMPARE(rig.queue->minimumSpacing(), TestSpacing);

    rig.queue->enqueue(InvoicesClassification, InvoicesFirstBatch);
    rig.queue->enqueue(InvoicesClassification, InvoicesSecondBatch);
    rig.queue->enqueue(InvoicesClassification, InvoicesThirdBatch);
    rig.queue->enqueue(InvoicesClassification, InvoicesSecondBatch); // duplicate of a queued one
    rig.queue->enqueue(HrClassification, HrFirstBatch);
    // Nothing is sent from within enqueue(); the first call starts from the event loop.
    QCOMPARE(rig.queue->pendingCount(), 4);
    QVERIFY(!rig.queue->isIdle());

    QTRY_COMPARE_WITH_TIMEOUT(rig.results.size(), 4, 15'000);
    QCOMPARE(rig.arrivals.size(), 4);
    QCOMPARE(rig.server.requests().size(), 4);
    QCOMPARE(rig.arrivedIds, (QList<QString>{key(InvoicesClassification, InvoicesFirstBatch),
                                             key(InvoicesClassification, InvoicesSecondBatch),
                                             key(InvoicesClassification, InvoicesThirdBatch),
                                             key(HrClassification, HrFirstBatch)}));
    rig.checkSpacing(TestSpacing);
    QVERIFY(rig.queue->isIdle());
    QCOMPARE(rig.queue->pendingCount(), 0);

    const QList<std::pair<QString, QString>> expected{{InvoicesClassification, InvoicesFirstBatch},
                                                      {InvoicesClassification, InvoicesSecondBatch},
                                                      {InvoicesClassification, InvoicesThirdBatch},
                                                      {HrClassification, HrFirstBatch}};
    for (qsizetype i = 0; i < rig.results.size(); ++i) {
        const Fetched& fetched = rig.results.at(i);
        QCOMPARE(fetched.classificationId, expected.at(i).first);
        QCOMPARE(fetched.batchId, expected.at(i).second);
        QVERIFY2(fetched.outcome.isSuccess(), qPrintable(fetched.outcome.detail));
        const QList<SandboxFile> files = rig.server.batchFiles(fetched.classificationId, fetched.batchId);
        QCOMPARE(fetched.files.size(), files.size());
        QVERIFY(!fetched.files.isEmpty());
        for (qsizetype f = 0; f < files.size(); ++f) {
            QCOMPARE(fetched.files.at(f).fileId, files.at(f).fileId);
            QCOMPARE(fetched.files.at(f).fileName, files.at(f).fileName);
        }
        // The server really held each answer back, so overlapping calls would have been possible.
        QVERIFY2(fetched.at - rig.arrivals.at(i) >= AnswerDelayMs * 8 / 10,
                 qPrintable(QString::number(fetched.at - rig.arrivals.at(i))));
    }
}

void TestResultsFetchQueue::failuresAreReportedAndStillSpaced()
{
    Rig rig;
    QVERIFY(rig.start());
    rig.delayAnswers(AnswerDelayMs);
    rig.queue->setMinimumSpacing(TestSpacing);

    rig.queue->enqueue(InvoicesClassification, UnknownId);
    rig.queue->enqueue(InvoicesClassification, InvoicesFirstBatch);
    rig.queue->enqueue(UnknownId, InvoicesFirstBatch);
    rig.queue->enqueue(HrClassification, HrFirstBatch);

    QTRY_COMPARE_WITH_TIMEOUT(rig.results.size(), 4, 15'000);
    rig.checkSpacing(TestSpacing);

    QCOMPARE(rig.results.at(0).outcome.kind, ApiOutcome::Kind::NotFound);
    QCOMPARE(rig.results.at(0).outcome.httpStatus, 404);
    QCOMPARE(rig.results.at(0).batchId, UnknownId);
    QVERIFY(rig.results.at(0).files.isEmpty());
    QVERIFY(rig.results.at(1).outcome.isSuccess());
    QCOMPARE(rig.results.at(1).files.size(), 4);
    QCOMPARE(rig.results.at(2).outcome.kind, ApiOutcome::Kind::NotFound);
    QCOMPARE(rig.results.at(2).classificationId, UnknownId);
    QVERIFY(rig.results.at(2).files.isEmpty());
    QVERIFY(rig.results.at(3).outcome.isSuccess());

    // A rejected token and a server error are reported the same way and keep the spacing too.
    rig.client.setToken(QStringLiteral("wrong"));
    rig.queue->enqueue(InvoicesClassification, InvoicesSecondBatch);
    QTRY_COMPARE_WITH_TIMEOUT(rig.results.size(), 5, 15'000);
    QCOMPARE(rig.results.at(4).outcome.kind, ApiOutcome::Kind::TokenRejected);
    QVERIFY(rig.results.at(4).files.isEmpty());
    rig.client.setToken(rig.server.token());
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::ServerError;
    fault.delayMs = AnswerDelayMs;
    rig.server.setFault(fault);
    rig.queue->enqueue(InvoicesClassification, InvoicesSecondBatch);
    QTRY_COMPARE_WITH_TIMEOUT(rig.results.size(), 6, 15'000);
    QCOMPARE(rig.results.at(5).outcome.kind, ApiOutcome::Kind::ServerError);
    QVERIFY(rig.results.at(5).files.isEmpty());
    rig.checkSpacing(TestSpacing);
}

void TestResultsFetchQueue::duplicatesAreDropped()
{
    Rig rig;
    QVERIFY(rig.start());
    rig.delayAnswers(AnswerDelayMs);
    rig.queue->setMinimumSpacing(100ms);

    QSignalSpy started(rig.queue.get(), &ResultsFetchQueue::started);
    rig.queue->enqueue(InvoicesClassification, InvoicesFirstBatch);
    QVERIFY(started.wait());
    QCOMPARE(rig.queue->pendingCount(), 0);
    QVERIFY(!rig.queue->isIdle());

    rig.queue->enqueue(InvoicesClassification, InvoicesFirstBatch); // the running one
    QCOMPARE(rig.queue->pendingCount(), 0);
    rig.queue->enqueue(InvoicesClassification, InvoicesSecondBatch);
    rig.queue->enqueue(InvoicesClassification, InvoicesSecondBatch);
    QCOMPARE(rig.queue->pendingCount(), 1);
    // The same batch ID under another classification is another batch.
    rig.queue->enqueue(HrClassification, InvoicesSecondBatch);
    QCOMPARE(rig.queue->pendingCount(), 2);

    QTRY_COMPARE_WITH_TIMEOUT(rig.results.size(), 3, 15'000);
    QCOMPARE(rig.arrivedIds, (QList<QString>{key(InvoicesClassification, InvoicesFirstBatch),
                                             key(InvoicesClassification, InvoicesSecondBatch),
                                             key(HrClassification, InvoicesSecondBatch)}));
    QVERIFY(rig.queue->isIdle());

    // Once finished, a batch may be fetched again (a refresh).
    rig.queue->enqueue(InvoicesClassification, InvoicesFirstBatch);
    QTRY_COMPARE_WITH_TIMEOUT(rig.results.size(), 4, 15'000);
    QCOMPARE(rig.arrivedIds.last(), key(InvoicesClassification, InvoicesFirstBatch));
    rig.checkSpacing(100ms);
}

void TestResultsFetchQueue::clearDropsPendingOnly()
{
    Rig rig;
    QVERIFY(rig.start());
    rig.delayAnswers(AnswerDelayMs);
    rig.queue->setMinimumSpacing(TestSpacing);

    QSignalSpy started(rig.queue.get(), &ResultsFetchQueue::started);
    rig.queue->enqueue(InvoicesClassification, InvoicesFirstBatch);
    rig.queue->enqueue(InvoicesClassification, InvoicesSecondBatch);
    rig.queue->enqueue(InvoicesClassification, InvoicesThirdBatch);
    QVERIFY(started.wait());
    QCOMPARE(rig.queue->pendingCount(), 2);

    rig.queue->clear();
    QCOMPARE(rig.queue->pendingCount(), 0);
    QVERIFY2(!rig.queue->isIdle(), "the running call is not dropped");

    // A batch queued after clear() is the next and only one to reach the server: the cleared ones
    // are gone (proven without waiting for something not to happen).
    rig.queue->enqueue(HrClassification, HrFirstBatch);
    QTRY_COMPARE_WITH_TIMEOUT(rig.results.size(), 2, 15'000);
    QCOMPARE(rig.arrivedIds, (QList<QString>{key(InvoicesClassification, InvoicesFirstBatch),
                                             key(HrClassification, HrFirstBatch)}));
    QVERIFY(rig.results.at(0).outcome.isSuccess());
    QCOMPARE(rig.results.at(0).batchId, InvoicesFirstBatch);
    QCOMPARE(rig.results.at(1).batchId, HrFirstBatch);
    rig.checkSpacing(TestSpacing);
    QVERIFY(rig.queue->isIdle());

    // clear() on an idle queue, and while waiting out the spacing, is harmless.
    rig.queue->clear();
    QVERIFY(rig.queue->isIdle());
}

void TestResultsFetchQueue::zeroSpacingStillNeverOverlaps()
{
    Rig rig;
    QVERIFY(rig.start());
    rig.delayAnswers(50);
    rig.queue->setMinimumSpacing(0ms);
    QCOMPARE(rig.queue->minimumSpacing(), 0ms);
    rig.queue->enqueue(InvoicesClassification, InvoicesFirstBatch);
    rig.queue->enqueue(InvoicesClassification, InvoicesSecondBatch);
    rig.queue->enqueue(InvoicesClassification, InvoicesThirdBatch);
    QTRY_COMPARE_WITH_TIMEOUT(rig.results.size(), 3, 15'000);
    rig.checkSpacing(0ms);

    rig.queue->setMinimumSpacing(-5ms);
    QCOMPARE(rig.queue->minimumSpacing(), 0ms);
}

void TestResultsFetchQueue::changingSpacingWhileWaiting()
{
    Rig rig;
    QVERIFY(rig.start());
    rig.queue->setMinimumSpacing(60'000ms);
    rig.queue->enqueue(InvoicesClassification, InvoicesFirstBatch);
    rig.queue->enqueue(InvoicesClassification, InvoicesSecondBatch);
    QTRY_COMPARE_WITH_TIMEOUT(rig.results.size(), 1, 15'000);
    QCOMPARE(rig.queue->pendingCount(), 1);

    // Shortening the spacing applies to the call already waiting.
    rig.queue->setMinimumSpacing(TestSpacing);
    QTRY_COMPARE_WITH_TIMEOUT(rig.results.size(), 2, 10'000);
    rig.checkSpacing(TestSpacing);
}

void TestResultsFetchQueue::destroyingWhileACallRuns()
{
    Rig rig;
    QVERIFY(rig.start());
    rig.delayAnswers(5000);
    rig.queue->setMinimumSpacing(TestSpacing);
    rig.queue->enqueue(InvoicesClassification, InvoicesFirstBatch);
    rig.queue->enqueue(InvoicesClassification, InvoicesSecondBatch);
    QTRY_COMPARE_WITH_TIMEOUT(rig.arrivals.size(), 1, 10'000);
    QCOMPARE(rig.client.findChildren<ApiCall*>().size(), 1);

    rig.queue.reset();
    // The running call is cancelled rather than left to finish into nothing; nothing else is sent.
    QTRY_VERIFY_WITH_TIMEOUT(rig.client.findChildren<ApiCall*>().isEmpty(), 2000);
    QCOMPARE(rig.results.size(), 0);
    QCOMPARE(rig.arrivals.size(), 1);
}

void TestResultsFetchQueue::rateLimitWaitsAsLongAsTheServerAsks()
{
    Rig rig;
    QVERIFY(rig.start());
    rig.queue->setMinimumSpacing(std::chrono::milliseconds(50));
    SandboxFault limited;
    limited.kind = SandboxFault::Kind::RateLimited;
    limited.retryAfterSeconds = 1;
    limited.count = 1;
    rig.server.setFault(limited);
    rig.queue->enqueue(InvoicesClassification, InvoicesFirstBatch);
    rig.queue->enqueue(InvoicesClassification, InvoicesSecondBatch);
    QTRY_COMPARE_WITH_TIMEOUT(rig.results.size(), 2, 10'000);
    QCOMPARE(rig.results.at(0).outcome.kind, ApiOutcome::Kind::RateLimited);
    QVERIFY(rig.results.at(1).outcome.isSuccess());
    const qint64 gap = rig.arrivals.at(1) - rig.results.at(0).at;
    QVERIFY2(gap >= 1000, qPrintable(QStringLiteral("gap %1 ms, Retry-After 1 s").arg(gap)));
}

QTEST_GUILESS_MAIN(TestResultsFetchQueue)
#include "tst_resultsfetchqueue.moc"
