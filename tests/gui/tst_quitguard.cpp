// QuitGuard: closing while deletions run asks first; "Stop and quit" sends nothing new and closes
// the window only once nothing runs any more; "Keep running" changes nothing.
#include "gui/mainwindow/quitguard.h"

#include <QAbstractButton>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

namespace {

QAbstractButton* buttonOf(QMessageBox* box, const QString& text)
{
    for (QAbstractButton* button : box->buttons())
        if (button->text().remove(QLatin1Char('&')) == text)
            return button;
    return nullptr;
}

// A window that counts its close events and lets each through.
class CountingWindow final : public QMainWindow
{
public:
    int closes = 0;

protected:
    void closeEvent(QCloseEvent* event) override
    {
        ++closes;
        QMainWindow::closeEvent(event);
    }
};

} // namespace

class TestQuitGuard : public QObject
{
    Q_OBJECT

private slots:
    void decidesOnCloseByWhatRuns();
    void questionNamesWhatRuns();
    void closesAtOnceWhenNothingRuns();
    void keepRunningChangesNothing();
    void stopAndQuitWaitsForWhatRunsThenCloses();
};

void TestQuitGuard::decidesOnCloseByWhatRuns()
{
    using Decision = QuitGuard::CloseDecision;
    const QuitGuard::Running idle;
    const QuitGuard::Running request{true, false, 0};
    const QuitGuard::Running bulk{false, true, 3};
    QCOMPARE(QuitGuard::decideOnClose(idle, false), Decision::Close);
    QCOMPARE(QuitGuard::decideOnClose(idle, true), Decision::Close);
    QCOMPARE(QuitGuard::decideOnClose(request, false), Decision::Ask);
    QCOMPARE(QuitGuard::decideOnClose(bulk, false), Decision::Ask);
    QCOMPARE(QuitGuard::decideOnClose(bulk, true), Decision::KeepWaiting);
    QCOMPARE(QuitGuard::decideOnClose(request, true), Decision::KeepWaiting);
}

void TestQuitGuard::questionNamesWhatRuns()
{
    const QString both = QuitGuard::questionText({true, true, 1});
    QVERIFY(both.startsWith(QStringLiteral("A bulk deletion is running: 1 batch")));
    QVERIFY(both.contains(QStringLiteral("A deletion request is waiting for the server's answer.")));
    QVERIFY(both.contains(QStringLiteral("\n\nStop and quit?")));
    const QString request = QuitGuard::questionText({true, false, 0});
    QVERIFY(request.startsWith(QStringLiteral("A deletion request is waiting")));
    QVERIFY(!request.contains(QStringLiteral("bulk")));
}

void TestQuitGuard::closesAtOnceWhenNothingRuns()
{
    QMainWindow window;
    QuitGuard guard(&window, [] { return QuitGuard::Running{}; });
    QVERIFY(guard.mayClose());
    QCOMPARE(guard.pendingQuestion(), nullptr);
}

void TestQuitGuard::keepRunningChangesNothing()
{
    QMainWindow window;
    window.show();
    QuitGuard guard(&window, [] { return QuitGuard::Running{true, false, 0}; });
    QSignalSpy windingDown(&guard, &QuitGuard::windingDown);
    QVERIFY(!guard.mayClose());
    QMessageBox* question = guard.pendingQuestion();
    QVERIFY(question);
    QCOMPARE(question->objectName(), QStringLiteral("quitQuestion"));
    QCOMPARE(static_cast<QAbstractButton*>(question->defaultButton()),
             buttonOf(question, QStringLiteral("Keep running")));
    // Asked again, the same question comes to the front.
    QVERIFY(!guard.mayClose());
    QCOMPARE(guard.pendingQuestion(), question);
    QTest::mouseClick(buttonOf(question, QStringLiteral("Keep running")), Qt::LeftButton);
    QTRY_COMPARE(guard.pendingQuestion(), nullptr);
    QVERIFY(!guard.isWindingDown());
    QCOMPARE(windingDown.count(), 0);
    QVERIFY(window.isVisible());
}

void TestQuitGuard::stopAndQuitWaitsForWhatRunsThenCloses()
{
    CountingWindow window;
    window.show();
    bool running = true;
    QuitGuard guard(&window, [&running] { return QuitGuard::Running{running, false, 0}; });
    QSignalSpy windingDown(&guard, &QuitGuard::windingDown);
    QVERIFY(!guard.mayClose());
    QTest::mouseClick(buttonOf(guard.pendingQuestion(), QStringLiteral("Stop and quit")), Qt::LeftButton);
    QVERIFY(guard.isWindingDown());
    QCOMPARE(windingDown.count(), 1);
    QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Quitting once")));
    // While the request still waits, nothing closes; closing again only says so.
    QTest::qWait(50);
    QCOMPARE(window.closes, 0);
    QVERIFY(!guard.mayClose());
    QCOMPARE(guard.pendingQuestion(), nullptr);
    // Its answer is in: the window closes, once.
    running = false;
    guard.quitIfWoundDown();
    QTRY_COMPARE(window.closes, 1);
    QVERIFY(!window.isVisible());
}

QTEST_MAIN(TestQuitGuard)
#include "tst_quitguard.moc"
