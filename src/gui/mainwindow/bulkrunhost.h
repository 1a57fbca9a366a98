#pragma once

#include "bulkresultbatcher.h"
#include "core/deletion/deletionqueue.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ActiveConnection;
class AuditLog;
class BulkDeletionWindow;
class CatalogueService;
class QDialog;
class QWidget;
class StatusPane;

// The main window's bulk deletion: confirms the selected batches (BulkConfirmDialog, bound to the
// connection in force), owns the run's BulkDeletionWindow, and feeds its results through
// BulkResultBatcher to the catalogue of the run's connection and the status pane, a group at a
// time. One run at a time; none starts once the app winds down to quit.
class BulkRunHost final : public QObject
{
    Q_OBJECT

public:
    BulkRunHost(ActiveConnection& connection, CatalogueService& catalogue, AuditLog& audit, QWidget* window);

    // Results are applied once the status pane is there (the window's contents are built).
    void setStatusPane(StatusPane* pane);
    // Confirms and runs the deletion of `items`; while a run is not over, shows its window instead.
    // `deletedElsewhere`: how many of them the team trail says another desk already deleted.
    void confirm(const QList<DeletionItem>& items, int deletedElsewhere = 0);
    BulkDeletionWindow* runWindow() const;
    // Shows the last run's window again, whether hidden, minimised or behind.
    void showRunWindow();
    bool isRunning() const;
    // The running run's batches not done yet.
    int remaining() const;
    // The storage key of the catalogue the last run's results belong to.
    QString runHost() const;
    // Stops the run (the answers to what was sent are still waited for) and starts no new one.
    void windDown();
    // Passes on every result waiting, now: before the results' catalogue changes or the window goes.
    void passOnAll();

    // The status pane's word for a deletion of a bulk run.
    static QString actionName();
    // Whether `results` include the deletion of the given batch.
    static bool deletes(const QList<DeletionResult>& results, const QString& classificationId,
                        const QString& batchId);

signals:
    // For the status bar.
    void message(const QString& text);
    // For a note at the top of the window.
    void note(const QString& text);
    // A confirmed run is about to start in a new window.
    void runStarting();
    void runFinished();
    void tokenSettingsRequested();
    // A group of results reached the catalogue and the status pane.
    void resultsApplied(const QList<DeletionResult>& results);

private:
    void onConfirmed(const QList<DeletionItem>& items, class BoundConnection* connection);
    void onConnectionChanged();
    void applyResults(const QList<DeletionResult>& results);

    ActiveConnection& m_connection;
    CatalogueService& m_catalogue;
    AuditLog& m_audit;
    QWidget* m_window;
    StatusPane* m_statusPane = nullptr;
    QPointer<QDialog> m_confirmation;
    QPointer<BulkDeletionWindow> m_runWindow;
    QString m_runHost; // the catalogue the run's results belong to
    bool m_moveNoted = false;
    bool m_windingDown = false;
    BulkResultBatcher m_results;
};
