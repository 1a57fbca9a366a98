// The start-up measurement hook: "shown" must be the first frame and "complete" the first frame with
// the contents, whatever else waits for that first frame and in whichever order it was set up.
#include "app/startupreport.h"
#include "gui/mainwindow/firstframe.h"

#include <QLabel>
#include <QPainter>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

using namespace std::chrono_literals;

namespace {

class CountingLabel final : public QLabel
{
public:
    using QLabel::QLabel;
    int paints = 0;

protected:
    void paintEvent(QPaintEvent* event) override
    {
        ++paints;
        QLabel::paintEvent(event);
    }
};

// A window that, like the app's, builds its contents after its first frame.
struct TwoStepWindow
{
    QWidget window;
    CountingLabel* contents = nullptr;

    TwoStepWindow()
    {
        new QVBoxLayout(&window);
    }

    void build()
    {
        contents = new CountingLabel(QStringLiteral("contents"));
        window.layout()->addWidget(contents);
        reportStartupContentsBuilt(window);
    }
};

struct Line
{
    QByteArray what;
    bool contentsBuilt;
    int contentsPaints;
};

} // namespace

class TestStartupReport : public QObject
{
    Q_OBJECT

private slots:
    void contentsAfterTheFirstFrame_data();
    void contentsAfterTheFirstFrame();
    void completeFirstFrame();
    void contentsBuiltBeforeTheFirstFrame();
};

void TestStartupReport::contentsAfterTheFirstFrame_data()
{
    QTest::addColumn<bool>("reportFirst");
    QTest::newRow("report set up before the second step") << true;
    QTest::newRow("report set up after the second step") << false;
}

void TestStartupReport::contentsAfterTheFirstFrame()
{
    QFETCH(bool, reportFirst);
    TwoStepWindow w;
    QList<Line> lines;
    const auto install = [&] {
        installStartupReport(w.window, StartupContents::Later, [&](const QByteArray& line) {
            lines << Line{line.split(' ').value(1), w.contents != nullptr,
                          w.contents ? w.contents->paints : 0};
        });
    };
    if (reportFirst)
        install();
    runAfterFirstFrame(
        w.window, [&] { w.build(); }, 60s);
    if (!reportFirst)
        install();
    w.window.show();
    QTRY_COMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).what, QByteArray("shown"));
    QVERIFY2(!lines.at(0).contentsBuilt, "\"shown\" came after the second step");
    QCOMPARE(lines.at(1).what, QByteArray("complete"));
    QVERIFY2(lines.at(1).contentsPaints >= 1, "\"complete\" came before the contents were painted");
    QTest::qWait(50);
    QCOMPARE(lines.size(), 2);
}

void TestStartupReport::completeFirstFrame()
{
    QWidget window;
    QList<QByteArray> lines;
    installStartupReport(window, StartupContents::InFirstFrame,
                         [&](const QByteArray& line) { lines << line.split(' ').value(1); });
    window.show();
    QTRY_COMPARE(lines, QList<QByteArray>({"shown", "complete"}));
}

void TestStartupReport::contentsBuiltBeforeTheFirstFrame()
{
    // The app's fallback: a window never exposed in time gets its contents first.
    TwoStepWindow w;
    QList<Line> lines;
    installStartupReport(w.window, StartupContents::Later, [&](const QByteArray& line) {
        lines << Line{line.split(' ').value(1), w.contents != nullptr, w.contents ? w.contents->paints : 0};
    });
    w.build();
    w.window.show();
    QTRY_COMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).what, QByteArray("shown"));
    QCOMPARE(lines.at(1).what, QByteArray("complete"));
    QVERIFY(lines.at(1).contentsPaints >= 1);
}

QTEST_MAIN(TestStartupReport)
#include "tst_startupreport.moc"
