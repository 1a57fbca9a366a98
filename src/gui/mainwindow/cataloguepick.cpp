#include "cataloguepick.h"

#include "core/catalogue/catalogueservice.h"
#include "core/storage/cataloguestore.h"
#include "deleteform.h"
#include "gui/catalogue/batchpreviewpane.h"
#include "gui/catalogue/cataloguepanel.h"
#include "singledeletion.h"

CataloguePick::CataloguePick(CatalogueService& catalogue, const SingleDeletion& single,
                             CataloguePanel* cataloguePanel, DeleteForm* form, BatchPreviewPane* preview,
                             QObject* parent)
    : QObject(parent)
    , m_catalogue(catalogue)
    , m_single(single)
    , m_form(form)
    , m_preview(preview)
{
    connect(cataloguePanel, &CataloguePanel::batchSelected, this, &CataloguePick::onBatchPicked);
    connect(cataloguePanel, &CataloguePanel::classificationSelected, this,
            &CataloguePick::onClassificationPicked);
    connect(form, &DeleteForm::idsEdited, this, &CataloguePick::onIdsEdited);
}

void CataloguePick::onBatchPicked(const QString& classificationId, const QString& batchId)
{
    if (m_single.isRunning())
        return;
    m_form->fill(classificationId, batchId);
    m_preview->showBatch(classificationId, batchId);
    if (const auto classification = m_catalogue.store().classification(classificationId);
        classification && !classification->detailsFetchedAt.isValid())
        m_catalogue.lookUpClassification(classificationId);
}

void CataloguePick::onClassificationPicked(const QString& classificationId)
{
    if (m_single.isRunning())
        return;
    m_form->fillClassification(classificationId);
    m_preview->clear();
    m_catalogue.lookUpClassification(classificationId);
}

void CataloguePick::onIdsEdited()
{
    if (m_form->classificationId() != m_preview->classificationId() ||
        m_form->batchId() != m_preview->batchId())
        m_preview->clear();
}
