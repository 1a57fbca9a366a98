#include "bulkrunhost.h"

#include "core/api/activeconnection.h"
#include "core/api/boundconnection.h"
#include "core/catalogue/catalogueservice.h"
#include "core/storage/auditlog.h"
#include "gui/bulk/bulkconfirmdialog.h"
#include "gui/bulk/bulkdeletionwindow.h"
#include "statuslogmodel.h"
#include "statuspane.h"

#include <algorithm>
#include <utility>

BulkRunHost::BulkRunHost(ActiveConnection& connection, CatalogueService& catalogue, AuditLog& audit,
                         QWidget* window)
    : QObject(window)
    , m_connection(connection)
    , m_catalogue(catalogue)
    , m_audit(audit)
    , m_window(window)
{
    connect(&m_results, &BulkResultBatcher::groupReady, this, &BulkRunHost::applyResults);
    connect(&m_connection, &ActiveConnection::changed, this, &BulkRunHost::onConnectionChanged);
}

QString BulkRunHost::actionName()
{
    return tr("Bulk delete");
}

void BulkRunHost::setStatusPane(StatusPane* pane)
{
    m_statusPane = pane;
}

void BulkRunHost::confirm(const QList<DeletionItem>& items, int deletedElsewhere)
{
    if (items.isEmpty() || m_confirmation || m_windingDown)
        return;
    if (isRunning()) {
        showRunWindow();
        emit message(tr("A bulk deletion is still running; wait for it or cancel it first."));
        return;
    }
    if (!m_connection.isReady()) {
        emit message(tr("No usable API URL or token: nothing can be deleted yet."));
        return;
    }
    // The run is bound to what the user is about to confirm: this endpoint, token and timeout.
    BoundConnection* connection = m_connection.bind(nullptr);
    auto* dialog = new BulkConfirmDialog(items, connection->hostLabel(), connection->isDemo(), m_window);
    connection->setParent(dialog);
    // A Production connection also wants its name typed.
    dialog->setConnection(connection->connection());
    dialog->setDeletedElsewhere(deletedElsewhere);
    m_confirmation = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog, connection](int result) {
        const QList<DeletionItem> confirmed = dialog->items();
        dialog->deleteLater();
        if (result == QDialog::Accepted && !m_windingDown)
            onConfirmed(confirmed, connection);
    });
    dialog->open();
}

void BulkRunHost::onConfirmed(const QList<DeletionItem>& items, BoundConnection* connection)
{
    if (m_runWindow) {
        // What the last run left queued belongs to its own catalogue.
        m_results.passOnAll();
        m_runWindow->deleteLater();
    }
    emit runStarting();
    m_runHost = connection->storageKey();
    m_moveNoted = false;
    m_runWindow = new BulkDeletionWindow(connection, m_audit, AuditLog::currentOsUser(), m_window);
    m_runWindow->setConnectionShown(connection->connection());
    connect(m_runWindow, &BulkDeletionWindow::itemFinished, &m_results, &BulkResultBatcher::add);
    connect(m_runWindow, &BulkDeletionWindow::runFinished, &m_results, &BulkResultBatcher::passOnNextGroup);
    connect(m_runWindow, &BulkDeletionWindow::runFinished, this, &BulkRunHost::runFinished);
    connect(m_runWindow, &BulkDeletionWindow::tokenSettingsRequested, this,
            &BulkRunHost::tokenSettingsRequested);
    m_runWindow->show();
    m_runWindow->start(items);
}

BulkDeletionWindow* BulkRunHost::runWindow() const
{
    return m_runWindow;
}

void BulkRunHost::showRunWindow()
{
    if (!m_runWindow)
        return;
    if (m_runWindow->isMinimized())
        m_runWindow->showNormal();
    else
        m_runWindow->show();
    m_runWindow->raise();
    m_runWindow->activateWindow();
}

bool BulkRunHost::isRunning() const
{
    return m_runWindow && m_runWindow->queue().isRunning();
}

int BulkRunHost::remaining() const
{
    return isRunning() ? m_runWindow->queue().progress().remaining : 0;
}

QString BulkRunHost::runHost() const
{
    return m_runHost;
}

void BulkRunHost::windDown()
{
    m_windingDown = true;
    if (m_runWindow)
        m_runWindow->stopRun();
}

void BulkRunHost::passOnAll()
{
    m_results.passOnAll();
}

void BulkRunHost::onConnectionChanged()
{
    m_results.passOnAll();
    if (isRunning() && !m_runWindow->connection().isStillCurrent() && !std::exchange(m_moveNoted, true))
        emit note(tr("The bulk deletion under way stays on %1, where it was confirmed: new settings apply to "
                     "what you start from now on.")
                      .arg(m_runWindow->connection().hostLabel()));
}

void BulkRunHost::applyResults(const QList<DeletionResult>& results)
{
    if (!m_statusPane)
        return;
    // The whole group at once: one transaction for the catalogue, one insertion into the status pane.
    QList<CatalogueService::DeletionOutcome> outcomes;
    QList<StatusEntry> entries;
    outcomes.reserve(results.size());
    entries.reserve(results.size());
    for (const DeletionResult& item : results) {
        outcomes << CatalogueService::DeletionOutcome{item.item.classificationId, item.item.batchId,
                                                      item.outcome};
        ApiOutcome shown = item.outcome;
        shown.kind = shownOutcomeKind(item);
        entries << StatusPane::entry(actionName(), item.item.classificationId, item.item.batchId, shown,
                                     item.message, item.durationMs);
    }
    m_catalogue.recordDeletionOutcomes(outcomes, AuditLog::currentOsUser(), m_runHost);
    m_statusPane->append(entries);
    emit resultsApplied(results);
}

bool BulkRunHost::deletes(const QList<DeletionResult>& results, const QString& classificationId,
                          const QString& batchId)
{
    return std::any_of(results.cbegin(), results.cend(), [&](const DeletionResult& result) {
        return result.kind == DeletionResultKind::Deleted &&
               result.item.classificationId == classificationId && result.item.batchId == batchId;
    });
}
