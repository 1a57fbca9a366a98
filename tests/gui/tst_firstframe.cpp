#include "gui/mainwindow/firstframe.h"

#include <QPaintEvent>
#include <QPainter>
#include <QTest>
#include <QThread>
#include <QWidget>

#include <functional>
#include <memory>

using namespace std::chrono_literals;

namespace {

// Counts its paints, so a test can tell whether a frame was painted before something ran.
class CountingWidget final : public QWidget
{
public:
    int paints = 0;

protected:
    void paintEvent(QPaintEvent*) override
    {
        ++paints;
        QPainter(this).fillRect(rect(), Qt::white);
    }
};

// How often runAfterFirstFrame ran a function, and how many frames the window had painted by then.
struct Runs
{
    int count = 0;
    int paintsAtFirstRun = -1;

    std::function<void()> recorder(const CountingWidget& window)
    {
        return [this, &window] {
            if (++count == 1)
                paintsAtFirstRun = window.paints;
        };
    }
};

} // namespace

class TestFirstFrame : public QObject
{
    Q_OBJECT

private slots:
    void runsOnceAfterTheFirstFrameIsPainted();
    void runsForAWindowAlreadyOnTheScreen();
    void fallbackCountsFromTheEventLoop();
    void waitsForTheFrameWithoutAFallback();
    void fallbackRunsItForAWindowNeverExposed();
    void nothingRunsForAWindowDestroyedFirst();
};

void TestFirstFrame::runsOnceAfterTheFirstFrameIsPainted()
{
    CountingWidget window;
    window.resize(300, 200);
    Runs runs;
    runAfterFirstFrame(window, runs.recorder(window), 60s); // the frame, not the fallback, must run it
    QTest::qWait(20);
    QCOMPARE(runs.count, 0); // not shown, nothing painted: nothing runs
    window.show();
    QTRY_COMPARE(runs.count, 1);
    QVERIFY2(runs.paintsAtFirstRun >= 1, "ran before the window had painted its first frame");
    window.update();
    window.hide();
    window.show();
    QTest::qWait(100);
    QCOMPARE(runs.count, 1);
}

void TestFirstFrame::runsForAWindowAlreadyOnTheScreen()
{
    CountingWidget window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Runs runs;
    runAfterFirstFrame(window, runs.recorder(window), 0ms);
    QCOMPARE(runs.count, 0); // not from inside the call
    QTRY_COMPARE(runs.count, 1);
}

void TestFirstFrame::fallbackCountsFromTheEventLoop()
{
    // A slow start between the call and the event loop (fontconfig building its cache on a first
    // start) must not use up the fallback: the frame still comes first.
    CountingWidget window;
    Runs runs;
    runAfterFirstFrame(window, runs.recorder(window), 100ms);
    QThread::msleep(300); // blocks the event loop, as a slow show() would
    window.show();
    QTRY_COMPARE(runs.count, 1);
    QVERIFY2(runs.paintsAtFirstRun >= 1, "the fallback overtook the first frame");
}

void TestFirstFrame::waitsForTheFrameWithoutAFallback()
{
    CountingWidget window;
    Runs runs;
    runAfterFirstFrame(window, runs.recorder(window), 0ms);
    QTest::qWait(700);
    QCOMPARE(runs.count, 0);
    window.show();
    QTRY_COMPARE(runs.count, 1);
    QVERIFY(window.paints >= 1);
}

void TestFirstFrame::fallbackRunsItForAWindowNeverExposed()
{
    CountingWidget window; // never shown
    Runs runs;
    runAfterFirstFrame(window, runs.recorder(window), 50ms);
    QTRY_COMPARE_WITH_TIMEOUT(runs.count, 1, 2000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);
    QCOMPARE(runs.count, 1);
}

void TestFirstFrame::nothingRunsForAWindowDestroyedFirst()
{
    auto window = std::make_unique<CountingWidget>();
    Runs runs;
    runAfterFirstFrame(
        *window, [&runs] { ++runs.count; }, 30ms);
    window->show();
    window.reset(); // before the event loop had a turn: no expose, no fallback
    QTest::qWait(200);
    QCOMPARE(runs.count, 0);
}

QTEST_MAIN(TestFirstFrame)
#include "tst_firstframe.moc"
