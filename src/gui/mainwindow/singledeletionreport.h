#pragma once

#include "core/api/apioutcome.h"
#include "core/deletion/deletionqueue.h"
#include "gui/deletion/confirmdeletedialog.h"

#include <QObject>

class CatalogueService;
class CataloguePanel;
class DeleteForm;
class QStatusBar;
class StatusPane;

// What the window shows of the deletion from the form (SingleDeletion): the status bar while it
// runs, then the batch marked in the catalogue, a row in the status pane, the outcome in the status
// bar, and the batch field cleared once the batch is gone.
class SingleDeletionReport final : public QObject
{
    Q_OBJECT

public:
    SingleDeletionReport(CatalogueService& catalogue, CataloguePanel* cataloguePanel, StatusPane* statusPane,
                         DeleteForm* form, QStatusBar* statusBar, QObject* parent);

    void showStarted(const DeletionTarget& target);
    // The audit record could not be written, so nothing was sent.
    void showNotSent(const DeletionTarget& target, const QString& message);
    // Marks the batch in the catalogue and adds the status pane's row; returns the outcome as shown.
    ApiOutcome record(const DeletionTarget& target, const DeletionResult& result);
    // Says the outcome in the status bar; a deleted batch leaves the form.
    void announce(const DeletionTarget& target, const ApiOutcome& outcome);

private:
    void appendStatus(const DeletionTarget& target, const ApiOutcome& outcome, const QString& message,
                      qint64 durationMs);

    CatalogueService& m_catalogue;
    CataloguePanel* m_cataloguePanel;
    StatusPane* m_statusPane;
    DeleteForm* m_form;
    QStatusBar* m_statusBar;
};
