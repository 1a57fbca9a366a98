#include "bulkrunreport.h"

#include "bulkrunhost.h"
#include "core/api/activeconnection.h"
#include "deleteform.h"
#include "gui/catalogue/cataloguepanel.h"
#include "singledeletion.h"
#include "windowdialogs.h"

#include <QStatusBar>

BulkRunReport::BulkRunReport(BulkRunHost* bulkRun, ActiveConnection& connection, const SingleDeletion& single,
                             DeleteForm* form, CataloguePanel* cataloguePanel, WindowDialogs* dialogs,
                             QStatusBar* statusBar, QObject* parent)
    : QObject(parent)
    , m_bulkRun(bulkRun)
    , m_connection(connection)
    , m_single(single)
    , m_form(form)
    , m_dialogs(dialogs)
    , m_statusBar(statusBar)
{
    connect(bulkRun, &BulkRunHost::message, this,
            [this](const QString& text) { m_statusBar->showMessage(text, 10000); });
    connect(bulkRun, &BulkRunHost::runStarting, cataloguePanel, &CataloguePanel::clearCurrent);
    connect(bulkRun, &BulkRunHost::resultsApplied, this, &BulkRunReport::onResultsApplied);
}

void BulkRunReport::onResultsApplied(const QList<DeletionResult>& results)
{
    m_dialogs->showNewAuditEntries();
    clearFormIfDeleted(results);
}

void BulkRunReport::clearFormIfDeleted(const QList<DeletionResult>& results)
{
    // The form shows the catalogue in use; a run bound to another one deleted nothing of it.
    if (m_single.isRunning() || m_bulkRun->runHost() != m_connection.storageKey())
        return;
    const QString batchId = m_form->batchId();
    if (!BulkRunHost::deletes(results, m_form->classificationId(), batchId))
        return;
    // As after a deletion from the form: a deleted batch left there invites a second attempt.
    m_form->clearBatch();
    m_statusBar->showMessage(
        tr("Batch %1, which was in the form, was deleted by the bulk deletion.").arg(batchId), 10000);
}
