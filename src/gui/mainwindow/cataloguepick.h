#pragma once

#include <QObject>

class BatchPreviewPane;
class CataloguePanel;
class CatalogueService;
class DeleteForm;
class SingleDeletion;

// What a pick in the catalogue panel does, unless a deletion request waits for its answer: a batch
// fills the form and shows in the preview, a classification fills the form's classification and
// empties the preview; the catalogue looks up the classification's details it has not fetched yet.
// The preview only ever shows the batch that is in the form: editing the IDs empties it.
class CataloguePick final : public QObject
{
    Q_OBJECT

public:
    CataloguePick(CatalogueService& catalogue, const SingleDeletion& single, CataloguePanel* cataloguePanel,
                  DeleteForm* form, BatchPreviewPane* preview, QObject* parent);

private:
    void onBatchPicked(const QString& classificationId, const QString& batchId);
    void onClassificationPicked(const QString& classificationId);
    void onIdsEdited();

    CatalogueService& m_catalogue;
    const SingleDeletion& m_single;
    DeleteForm* m_form;
    BatchPreviewPane* m_preview;
};
