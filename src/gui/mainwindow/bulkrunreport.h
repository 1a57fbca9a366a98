#pragma once

#include "core/deletion/deletionqueue.h"

#include <QList>
#include <QObject>

class ActiveConnection;
class BulkRunHost;
class CataloguePanel;
class DeleteForm;
class QStatusBar;
class SingleDeletion;
class WindowDialogs;

// What the main window shows of a bulk run (BulkRunHost) outside the run's own window: its messages
// in the status bar; as a run starts, the catalogue lets go of its current batch; as results
// arrive, an open audit window takes in the new records, and the batch in the form leaves it once
// the run deleted it, as after a deletion from the form.
class BulkRunReport final : public QObject
{
    Q_OBJECT

public:
    BulkRunReport(BulkRunHost* bulkRun, ActiveConnection& connection, const SingleDeletion& single,
                  DeleteForm* form, CataloguePanel* cataloguePanel, WindowDialogs* dialogs,
                  QStatusBar* statusBar, QObject* parent);

private:
    void onResultsApplied(const QList<DeletionResult>& results);
    // After the run deleted the batch that is in the form.
    void clearFormIfDeleted(const QList<DeletionResult>& results);

    BulkRunHost* m_bulkRun;
    ActiveConnection& m_connection;
    const SingleDeletion& m_single;
    DeleteForm* m_form;
    WindowDialogs* m_dialogs;
    QStatusBar* m_statusBar;
};
