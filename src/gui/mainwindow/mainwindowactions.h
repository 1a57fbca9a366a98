#pragma once

#include <QObject>

class BatchPreviewPane;
class BulkRunHost;
class CataloguePanel;
class DeleteForm;
class QAction;
class QMainWindow;
class StatusPane;
class WindowDialogs;

// The main window's menu actions (its form makes them, in its menus): their icons, which of them
// are enabled when, and what each triggers. "Delete batch…" is enabled like the form's Delete
// button; "Delete selected batches…" needs a selection, no request waiting for its answer and no
// winding down to quit; "Fetch batch contents again" follows the preview; "Show bulk deletion"
// waits for the first bulk run; "Settings…" is locked while a request waits for its answer.
class MainWindowActions final : public QObject
{
    Q_OBJECT

public:
    struct Actions
    {
        QAction* settings = nullptr;
        QAction* audit = nullptr;
        QAction* quit = nullptr;
        QAction* copy = nullptr;
        QAction* deleteBatch = nullptr;
        QAction* bulkDelete = nullptr;
        QAction* showBulkRun = nullptr;
        QAction* addIds = nullptr;
        QAction* find = nullptr;
        QAction* fetchAgain = nullptr;
        QAction* shortcuts = nullptr;
        QAction* about = nullptr;
        QAction* aboutQt = nullptr;
    };
    // What the actions act on and follow.
    struct Targets
    {
        QMainWindow* window = nullptr; // Quit closes it
        DeleteForm* form = nullptr;
        StatusPane* statusPane = nullptr;
        CataloguePanel* cataloguePanel = nullptr;
        BatchPreviewPane* preview = nullptr;
        WindowDialogs* dialogs = nullptr;
        BulkRunHost* bulkRun = nullptr;
    };

    // Sets the icons; the actions that wait for something start disabled. "Settings…" and "Delete
    // batch…" are passed on as requests (settingsRequested(), deletionRequested()).
    MainWindowActions(const Actions& actions, QObject* parent);

    // Connects the other actions to what they trigger, and the actions' states to what they follow.
    void connectTo(const Targets& targets);

    // Whether the form's deletion can start ("Delete batch…").
    void setDeleteEnabled(bool enabled);
    // While a deletion request waits for its answer.
    void setRequestRunning(bool running);
    // How many batches "Delete selected batches…" would delete now.
    void setBulkSelectionCount(int count);
    // The app quits once what runs is over: no new bulk deletion starts.
    void setWindingDown();
    // A bulk run has started: its window can be shown again from now on.
    void setBulkRunStarted();

signals:
    // "Settings…" (the window opens them unless a request waits for its answer).
    void settingsRequested();
    // "Delete batch…": as the form's Delete button.
    void deletionRequested();

private:
    void updateBulkDelete();

    Actions m_actions;
    int m_bulkSelectionCount = 0;
    bool m_requestRunning = false;
    bool m_windingDown = false;
};
