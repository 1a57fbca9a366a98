#include "singledeletionreport.h"

#include "core/catalogue/catalogueservice.h"
#include "core/storage/auditlog.h"
#include "core/text/servertext.h"
#include "deleteform.h"
#include "gui/catalogue/cataloguepanel.h"
#include "singledeletion.h"
#include "statuslogmodel.h"
#include "statuspane.h"

#include <QStatusBar>

SingleDeletionReport::SingleDeletionReport(CatalogueService& catalogue, CataloguePanel* cataloguePanel,
                                           StatusPane* statusPane, DeleteForm* form, QStatusBar* statusBar,
                                           QObject* parent)
    : QObject(parent)
    , m_catalogue(catalogue)
    , m_cataloguePanel(cataloguePanel)
    , m_statusPane(statusPane)
    , m_form(form)
    , m_statusBar(statusBar)
{}

void SingleDeletionReport::showStarted(const DeletionTarget& target)
{
    m_statusBar->showMessage(tr("Deleting batch %1…").arg(ServerText::visibleId(target.batchId)));
}

void SingleDeletionReport::showNotSent(const DeletionTarget& target, const QString& message)
{
    ApiOutcome notSent;
    notSent.kind = ApiOutcome::Kind::Failed;
    appendStatus(target, notSent, message, -1);
}

ApiOutcome SingleDeletionReport::record(const DeletionTarget& target, const DeletionResult& result)
{
    ApiOutcome outcome = result.outcome;
    outcome.kind = shownOutcomeKind(result);
    // The panel lets go of the batch before the catalogue marks it.
    if (outcome.isSuccess() || outcome.kind == ApiOutcome::Kind::NotFound)
        m_cataloguePanel->clearCurrent();
    m_catalogue.recordDeletionOutcome(target.classificationId, target.batchId, outcome,
                                      AuditLog::currentOsUser());
    appendStatus(target, outcome, result.message, result.durationMs);
    return outcome;
}

void SingleDeletionReport::announce(const DeletionTarget& target, const ApiOutcome& outcome)
{
    const QString word = outcomeWord(outcome.kind, tr("Deleted"));
    if (outcome.isSuccess()) {
        m_statusBar->showMessage(tr("Batch %1 deleted.").arg(ServerText::visibleId(target.batchId)), 10000);
        // A deleted batch ID left in the field invites an accidental second attempt.
        m_form->clearBatch();
    } else {
        m_statusBar->showMessage(tr("Batch %1: %2").arg(ServerText::visibleId(target.batchId), word), 10000);
    }
}

void SingleDeletionReport::appendStatus(const DeletionTarget& target, const ApiOutcome& outcome,
                                        const QString& message, qint64 durationMs)
{
    m_statusPane->append(StatusPane::entry(SingleDeletion::actionName(), target.classificationId,
                                           target.batchId, outcome, message, durationMs));
}
