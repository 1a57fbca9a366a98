// The status pane on its own: rows appended show in the table's model, Copy puts the selected rows
// (or every row) on the clipboard, and the window's "Clear status" action empties it.
#include "gui/mainwindow/statuslogmodel.h"
#include "gui/mainwindow/statuspane.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace {

ApiOutcome outcomeOf(ApiOutcome::Kind kind, int httpStatus)
{
    ApiOutcome outcome;
    outcome.kind = kind;
    outcome.httpStatus = httpStatus;
    return outcome;
}

} // namespace

class TestStatusPane : public QObject
{
    Q_OBJECT

private slots:
    void anEntrySaysWhatCameOfTheAttempt();
    void copyTakesTheSelectedRowsOrAll();
    void clearEmptiesThePane();
};

void TestStatusPane::anEntrySaysWhatCameOfTheAttempt()
{
    const StatusEntry entry =
        StatusPane::entry(QStringLiteral("Delete batch"), QStringLiteral("-OPXR1F82I0cRYJPcHNo"),
                          QStringLiteral("-OQb7Kx2LmNn8PqRsTuV"), outcomeOf(ApiOutcome::Kind::Succeeded, 200),
                          QStringLiteral("Batch deleted"), 42);
    QCOMPARE(entry.action, QStringLiteral("Delete batch"));
    QCOMPARE(entry.batchId, QStringLiteral("-OQb7Kx2LmNn8PqRsTuV"));
    QCOMPARE(entry.outcomeWord, QStringLiteral("Deleted"));
    QCOMPARE(entry.httpStatus, 200);
    QCOMPARE(entry.durationMs, 42);
    QVERIFY(entry.time.isValid());
    QCOMPARE(StatusPane::entry({}, {}, {}, outcomeOf(ApiOutcome::Kind::NotFound, 404), {}, 1).outcomeWord,
             QStringLiteral("Not found"));
}

void TestStatusPane::copyTakesTheSelectedRowsOrAll()
{
    QAction clear;
    StatusPane pane;
    pane.setUp({QStringLiteral("Delete batch")}, &clear);
    for (int i = 0; i < 3; ++i)
        pane.append(StatusPane::entry(QStringLiteral("Delete batch"), QStringLiteral("-OPXR1F82I0cRYJPcHNo"),
                                      QStringLiteral("batch-%1").arg(i),
                                      outcomeOf(ApiOutcome::Kind::Succeeded, 200), QString(), 5));
    QCOMPARE(pane.model()->rowCount(), 3);
    QSignalSpy copied(&pane, &StatusPane::rowsCopied);

    pane.findChild<QPushButton*>(QStringLiteral("copyButton"))->click();
    QCOMPARE(copied.size(), 1);
    QCOMPARE(copied.last().at(0).toInt(), 3);
    QCOMPARE(QGuiApplication::clipboard()->text(), pane.model()->toText({0, 1, 2}));

    auto* view = pane.findChild<QTableView*>(QStringLiteral("statusView"));
    view->selectionModel()->select(pane.model()->index(2, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(pane.model()->index(0, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    pane.copyRows();
    QCOMPARE(copied.last().at(0).toInt(), 2);
    // In the table's order, whatever the order of selecting.
    QCOMPARE(QGuiApplication::clipboard()->text(), pane.model()->toText({0, 2}));
}

void TestStatusPane::clearEmptiesThePane()
{
    QAction clear;
    StatusPane pane;
    pane.setUp({QStringLiteral("Delete batch")}, &clear);
    pane.append(QList<StatusEntry>{
        StatusPane::entry(QStringLiteral("Bulk delete"), QStringLiteral("c"), QStringLiteral("b1"),
                          outcomeOf(ApiOutcome::Kind::Succeeded, 200), QString(), 1),
        StatusPane::entry(QStringLiteral("Bulk delete"), QStringLiteral("c"), QStringLiteral("b2"),
                          outcomeOf(ApiOutcome::Kind::Succeeded, 200), QString(), 1)});
    QCOMPARE(pane.model()->rowCount(), 2);
    pane.findChild<QPushButton*>(QStringLiteral("clearButton"))->click();
    QCOMPARE(pane.model()->rowCount(), 0);
    pane.append(StatusPane::entry(QStringLiteral("Delete batch"), QStringLiteral("c"), QStringLiteral("b3"),
                                  outcomeOf(ApiOutcome::Kind::Succeeded, 200), QString(), 1));
    clear.trigger();
    QCOMPARE(pane.model()->rowCount(), 0);
    QVERIFY(pane.findChild<QTableView*>(QStringLiteral("statusView"))->actions().contains(&clear));
}

QTEST_MAIN(TestStatusPane)
#include "tst_statuspane.moc"
