#include "typedidlookup.h"

#include "core/api/activeconnection.h"
#include "core/api/checkwording.h"
#include "core/catalogue/catalogueservice.h"
#include "core/ids/idvalidation.h"
#include "core/storage/cataloguestore.h"
#include "core/tokens/tokenprovider.h"
#include "deleteform.h"
#include "gui/catalogue/batchpreviewpane.h"
#include "gui/catalogue/cataloguepanel.h"
#include "singledeletion.h"

#include <utility>

TypedIdLookup::TypedIdLookup(CatalogueService& catalogue, ActiveConnection& connection,
                             const SingleDeletion& single, Parts parts, QObject* parent)
    : QObject(parent)
    , m_catalogue(catalogue)
    , m_connection(connection)
    , m_single(single)
    , m_parts(parts)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(Pause);
    connect(&m_pause, &QTimer::timeout, this, [this] { lookUp(Trigger::Pause); });
    connect(m_parts.form, &DeleteForm::idsEdited, this, &TypedIdLookup::onEdited);
    connect(m_parts.form, &DeleteForm::idsCommitted, this, [this] { lookUp(Trigger::UserDone); });
    connect(m_parts.form, &DeleteForm::idsConfirmed, this, [this] { lookUp(Trigger::Enter); });
    // The batch being deleted is not fetched meanwhile: its answer would say little.
    connect(&m_single, &SingleDeletion::started, this, [this] {
        m_pause.stop();
        m_catalogue.dropFetchesToShow();
    });
    connect(&m_catalogue, &CatalogueService::classificationLookupFinished, this,
            &TypedIdLookup::onLookupFinished);
    connect(&m_catalogue, &CatalogueService::classificationChanged, this, [this](const QString& id) {
        if (id == m_classificationId && m_catalogue.hasFreshDetails(id, NameFreshFor))
            showKnownName(id);
    });
    connect(&m_catalogue, &CatalogueService::reset, this, &TypedIdLookup::startOver);
    connect(&m_connection, &ActiveConnection::changed, this, &TypedIdLookup::startOver);
    connect(&m_connection.tokens(), &TokenProvider::loadFinished, this, &TypedIdLookup::startOver);
}

void TypedIdLookup::onEdited()
{
    // A note about another ID must not stay next to this one, not even for the pause.
    m_pairWaits = false;
    if (m_parts.form->classificationId() != m_classificationId) {
        m_classificationId.clear();
        m_parts.form->clearClassificationNote();
    }
    m_pause.start();
}

void TypedIdLookup::startOver()
{
    m_trial.reset(); // the catalogue it was added to is not the one in force now
    m_pairWaits = false;
    m_classificationId.clear();
    m_parts.form->clearClassificationNote();
    m_pause.start();
}

void TypedIdLookup::lookUp(Trigger trigger)
{
    m_pause.stop();
    // The fields are locked while a deletion request runs: nothing is asked for them meanwhile.
    if (m_single.isRunning() || !m_connection.isReady())
        return;
    dropTrialUnlessKept(IdPair{m_parts.form->classificationId(), m_parts.form->batchId()});
    const QString classificationId = m_parts.form->classificationId();
    if (!isValidId(classificationId))
        return;
    if (classificationId != m_classificationId || (trigger == Trigger::Enter && m_checkFailed))
        checkClassification(classificationId);
    const QString batchId = m_parts.form->batchId();
    if (!isValidId(batchId) ||
        (m_parts.preview->classificationId() == classificationId && m_parts.preview->batchId() == batchId))
        return;
    if (m_catalogue.store().classification(classificationId))
        showPair(classificationId, batchId);
    else
        m_pairWaits = true;
}

void TypedIdLookup::checkClassification(const QString& classificationId)
{
    m_classificationId = classificationId;
    m_checkFailed = false;
    if (m_catalogue.hasFreshDetails(classificationId, NameFreshFor)) {
        showKnownName(classificationId);
        return;
    }
    // The server's "not found" holds for this host until the app starts again.
    const std::optional<ApiOutcome> last = m_catalogue.lastClassificationLookup(classificationId);
    if (last && last->kind == ApiOutcome::Kind::NotFound) {
        onLookupFinished(classificationId, *last);
        return;
    }
    m_parts.form->showClassificationCheck(tr("Looking up the classification…"), DeleteForm::CheckTone::Plain);
    m_catalogue.lookUpClassification(classificationId, CatalogueService::IfNotListed::AddWhenFound);
}

void TypedIdLookup::showPair(const QString& classificationId, const QString& batchId)
{
    // As if picked: the pair joins the catalogue and is selected there, which shows it in the
    // preview (CataloguePick); when the catalogue's filter hides it, the preview shows it anyway.
    const IdPair pair{classificationId, batchId};
    dropTrialUnlessKept(pair);
    if (m_catalogue.addEntries({pair}).batches.contains(pair))
        m_trial = pair;
    m_parts.cataloguePanel->selectBatch(classificationId, batchId);
    if (m_parts.preview->classificationId() != classificationId || m_parts.preview->batchId() != batchId)
        m_parts.preview->showBatch(classificationId, batchId);
}

void TypedIdLookup::dropTrialUnlessKept(const IdPair& shownNow)
{
    if (!m_trial || *m_trial == shownNow)
        return;
    const IdPair trial = *std::exchange(m_trial, std::nullopt);
    const std::optional<BatchRecord> batch = m_catalogue.store().batch(trial.classificationId, trial.batchId);
    if (batch && (batch->state == BatchState::Unchecked || batch->state == BatchState::NotFound))
        m_catalogue.forgetBatch(trial.classificationId, trial.batchId);
}

void TypedIdLookup::onLookupFinished(const QString& classificationId, const ApiOutcome& outcome)
{
    if (classificationId != m_classificationId)
        return;
    // Shown also when the check failed on the way: the batch may well exist.
    if (std::exchange(m_pairWaits, false) && outcome.kind != ApiOutcome::Kind::NotFound &&
        !m_single.isRunning() && isValidId(m_parts.form->batchId()))
        showPair(classificationId, m_parts.form->batchId());
    if (outcome.isSuccess()) {
        showKnownName(classificationId);
    } else {
        // The same words as the confirmation's (CheckWording), so that a problem reads the same
        // wherever it shows.
        m_checkFailed = outcome.kind != ApiOutcome::Kind::NotFound;
        m_parts.form->showClassificationCheck(
            CheckWording::problem(CheckWording::Subject::Classification, outcome),
            DeleteForm::CheckTone::Warning);
    }
}

void TypedIdLookup::showKnownName(const QString& classificationId)
{
    const std::optional<ClassificationRecord> classification =
        m_catalogue.store().classification(classificationId);
    m_parts.form->showClassificationName(classification ? classification->name : QString());
}
