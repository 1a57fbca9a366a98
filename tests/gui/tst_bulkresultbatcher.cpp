// BulkResultBatcher: a bulk run's results reach the window in groups of at most N, in the order
// they came, none lost and none twice; a result waits for others only as long as the interval.
#include "gui/mainwindow/bulkresultbatcher.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

namespace {

DeletionResult resultFor(int number)
{
    DeletionResult result;
    result.item.classificationId = QStringLiteral("-OPXR1F82I0cRYJPcHNo");
    result.item.batchId = QStringLiteral("batch-%1").arg(number);
    result.kind = DeletionResultKind::Deleted;
    return result;
}

QStringList batchIdsOf(const QList<DeletionResult>& results)
{
    QStringList ids;
    for (const DeletionResult& result : results)
        ids << result.item.batchId;
    return ids;
}

QList<DeletionResult> groupOf(const QSignalSpy& spy, int index)
{
    return spy.at(index).at(0).value<QList<DeletionResult>>();
}

} // namespace

class TestBulkResultBatcher : public QObject
{
    Q_OBJECT

private slots:
    void handsOutGroupsOfAtMostNInOrder();
    void aResultWaitsForOthersOnlyForTheInterval();
    void passOnAllHandsOutEverythingAsOneGroup();
    void nothingWaitingHandsOutNothing();
};

void TestBulkResultBatcher::handsOutGroupsOfAtMostNInOrder()
{
    BulkResultBatcher batcher(nullptr, 10, 3);
    QSignalSpy groups(&batcher, &BulkResultBatcher::groupReady);
    for (int i = 0; i < 8; ++i)
        batcher.add(resultFor(i));
    QCOMPARE(groups.size(), 0); // nothing before the interval is over
    QCOMPARE(batcher.waitingCount(), 8);

    QTRY_COMPARE(groups.size(), 3);
    QCOMPARE(groupOf(groups, 0).size(), 3);
    QCOMPARE(groupOf(groups, 1).size(), 3);
    QCOMPARE(groupOf(groups, 2).size(), 2);
    QStringList all;
    for (int i = 0; i < groups.size(); ++i)
        all << batchIdsOf(groupOf(groups, i));
    QStringList expected;
    for (int i = 0; i < 8; ++i)
        expected << QStringLiteral("batch-%1").arg(i);
    QCOMPARE(all, expected);
    QCOMPARE(batcher.waitingCount(), 0);
    QTest::qWait(30);
    QCOMPARE(groups.size(), 3); // and nothing more afterwards
}

void TestBulkResultBatcher::aResultWaitsForOthersOnlyForTheInterval()
{
    BulkResultBatcher batcher(nullptr, 200, 20);
    QSignalSpy groups(&batcher, &BulkResultBatcher::groupReady);
    QElapsedTimer clock;
    clock.start();
    batcher.add(resultFor(1));
    QTest::qWait(50);
    batcher.add(resultFor(2)); // joins the group the first one waits in; the wait does not restart
    QVERIFY(groups.wait(1000));
    QCOMPARE(groups.size(), 1);
    QCOMPARE(batchIdsOf(groupOf(groups, 0)),
             (QStringList{QStringLiteral("batch-1"), QStringLiteral("batch-2")}));
    // A coarse timer may fire up to 5 % early; the first result did wait for the second.
    QVERIFY2(clock.elapsed() >= 180, qPrintable(QString::number(clock.elapsed())));

    // The end of a run need not wait: the next group goes at once.
    batcher.add(resultFor(3));
    batcher.passOnNextGroup();
    QCOMPARE(groups.size(), 2);
    QCOMPARE(batchIdsOf(groupOf(groups, 1)), QStringList{QStringLiteral("batch-3")});
}

void TestBulkResultBatcher::passOnAllHandsOutEverythingAsOneGroup()
{
    BulkResultBatcher batcher(nullptr, 10000, 2);
    QSignalSpy groups(&batcher, &BulkResultBatcher::groupReady);
    for (int i = 0; i < 5; ++i)
        batcher.add(resultFor(i));
    batcher.passOnAll();
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groupOf(groups, 0).size(), 5);
    QCOMPARE(batcher.waitingCount(), 0);
    QTest::qWait(20);
    QCOMPARE(groups.size(), 1);
}

void TestBulkResultBatcher::nothingWaitingHandsOutNothing()
{
    BulkResultBatcher batcher;
    QSignalSpy groups(&batcher, &BulkResultBatcher::groupReady);
    batcher.passOnAll();
    batcher.passOnNextGroup();
    QCOMPARE(groups.size(), 0);
}

QTEST_GUILESS_MAIN(TestBulkResultBatcher)
#include "tst_bulkresultbatcher.moc"
