// MainWindowActions: which of the main window's actions are enabled when, and the two it passes on
// to the window as requests (Settings…, Delete batch…).
#include "gui/mainwindow/mainwindowactions.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>

namespace {

// The window's actions, as its form would make them.
struct ActionSet
{
    QObject owner;
    MainWindowActions::Actions actions;

    ActionSet()
    {
        for (QAction** action :
             {&actions.settings, &actions.audit, &actions.quit, &actions.copy, &actions.deleteBatch,
              &actions.bulkDelete, &actions.showBulkRun, &actions.addIds, &actions.find, &actions.fetchAgain,
              &actions.shortcuts, &actions.about, &actions.aboutQt})
            *action = new QAction(&owner);
    }
};

} // namespace

class TestMainWindowActions : public QObject
{
    Q_OBJECT

private slots:
    void whatWaitsStartsDisabled();
    void bulkDeleteNeedsASelectionAndNothingInTheWay();
    void settingsAreLockedWhileARequestRuns();
    void showBulkRunWaitsForTheFirstRun();
    void passesOnSettingsAndDeletion();
};

void TestMainWindowActions::whatWaitsStartsDisabled()
{
    ActionSet set;
    MainWindowActions actions(set.actions, &set.owner);
    QVERIFY(!set.actions.bulkDelete->isEnabled());
    QVERIFY(!set.actions.fetchAgain->isEnabled());
    QVERIFY(!set.actions.showBulkRun->isEnabled());
    QVERIFY(set.actions.settings->isEnabled());
}

void TestMainWindowActions::bulkDeleteNeedsASelectionAndNothingInTheWay()
{
    ActionSet set;
    MainWindowActions actions(set.actions, &set.owner);
    QAction* bulkDelete = set.actions.bulkDelete;
    actions.setBulkSelectionCount(3);
    QVERIFY(bulkDelete->isEnabled());
    actions.setBulkSelectionCount(0);
    QVERIFY(!bulkDelete->isEnabled());

    // Not while a request waits for its answer; again once it has it.
    actions.setBulkSelectionCount(2);
    actions.setRequestRunning(true);
    QVERIFY(!bulkDelete->isEnabled());
    actions.setBulkSelectionCount(5);
    QVERIFY(!bulkDelete->isEnabled());
    actions.setRequestRunning(false);
    QVERIFY(bulkDelete->isEnabled());

    // Never again once the app winds down to quit.
    actions.setWindingDown();
    QVERIFY(!bulkDelete->isEnabled());
    actions.setBulkSelectionCount(1);
    QVERIFY(!bulkDelete->isEnabled());
}

void TestMainWindowActions::settingsAreLockedWhileARequestRuns()
{
    ActionSet set;
    MainWindowActions actions(set.actions, &set.owner);
    actions.setRequestRunning(true);
    QVERIFY(!set.actions.settings->isEnabled());
    actions.setRequestRunning(false);
    QVERIFY(set.actions.settings->isEnabled());

    actions.setDeleteEnabled(false);
    QVERIFY(!set.actions.deleteBatch->isEnabled());
    actions.setDeleteEnabled(true);
    QVERIFY(set.actions.deleteBatch->isEnabled());
}

void TestMainWindowActions::showBulkRunWaitsForTheFirstRun()
{
    ActionSet set;
    MainWindowActions actions(set.actions, &set.owner);
    actions.setBulkRunStarted();
    QVERIFY(set.actions.showBulkRun->isEnabled());
    // A request running or winding down changes nothing: the last run's window can still be shown.
    actions.setRequestRunning(true);
    actions.setWindingDown();
    QVERIFY(set.actions.showBulkRun->isEnabled());
}

void TestMainWindowActions::passesOnSettingsAndDeletion()
{
    ActionSet set;
    MainWindowActions actions(set.actions, &set.owner);
    QSignalSpy settings(&actions, &MainWindowActions::settingsRequested);
    QSignalSpy deletion(&actions, &MainWindowActions::deletionRequested);
    set.actions.settings->trigger();
    QCOMPARE(settings.count(), 1);
    QCOMPARE(deletion.count(), 0);
    set.actions.deleteBatch->trigger();
    QCOMPARE(deletion.count(), 1);
    // Disabled, they pass nothing on.
    actions.setRequestRunning(true);
    set.actions.settings->trigger();
    QCOMPARE(settings.count(), 1);
}

QTEST_MAIN(TestMainWindowActions)
#include "tst_mainwindowactions.moc"
