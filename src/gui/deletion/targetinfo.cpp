#include "targetinfo.h"

#include "core/catalogue/catalogueservice.h"
#include "core/storage/cataloguestore.h"
#include "core/text/servertext.h"

namespace {

bool isFresh(const QDateTime& fetchedAt)
{
    const auto fresh = std::chrono::duration_cast<std::chrono::seconds>(TargetInfo::FreshFor);
    return fetchedAt.isValid() && fetchedAt.secsTo(QDateTime::currentDateTimeUtc()) < fresh.count();
}

} // namespace

TargetInfo::TargetInfo(CatalogueService& catalogue, const QString& classificationId, const QString& batchId,
                       QObject* parent)
    : QObject(parent)
    , m_catalogue(catalogue)
    , m_classificationId(classificationId)
    , m_batchId(batchId)
{
    connect(&m_catalogue, &CatalogueService::classificationChanged, this, [this](const QString& id) {
        if (id == m_classificationId)
            emit changed();
    });
    connect(&m_catalogue, &CatalogueService::classificationLookupFinished, this,
            [this](const QString& id, const ApiOutcome& outcome) {
                if (id == m_classificationId)
                    finish(m_classification, outcome);
            });
    connect(&m_catalogue, &CatalogueService::batchChanged, this, [this](const QString& c, const QString& b) {
        if (isOurs(c, b))
            emit changed();
    });
    connect(&m_catalogue, &CatalogueService::batchesChanged, this, [this](const QList<IdPair>& batches) {
        if (batches.contains(IdPair{m_classificationId, m_batchId}))
            emit changed();
    });
    connect(&m_catalogue, &CatalogueService::batchFetchFinished, this,
            [this](const QString& c, const QString& b, const ApiOutcome& outcome) {
                if (isOurs(c, b))
                    finish(m_batch, outcome);
            });
}

void TargetInfo::check()
{
    m_catalogue.addEntries({IdPair{m_classificationId, m_batchId}});
    checkClassification();
    checkBatch();
    emit changed();
}

void TargetInfo::checkClassification()
{
    const std::optional<ClassificationRecord> known = m_catalogue.store().classification(m_classificationId);
    if (known && isFresh(known->detailsFetchedAt))
        return;
    // Asked at most once at a time: when the catalogue is looking it up already (it does for a
    // classification it has just learnt of), its answer is the one awaited.
    m_classification.state = Check::State::Checking;
    m_catalogue.lookUpClassification(m_classificationId);
}

void TargetInfo::checkBatch()
{
    const std::optional<BatchRecord> known = m_catalogue.store().batch(m_classificationId, m_batchId);
    if (known && known->state == BatchState::Present && isFresh(known->filesFetchedAt))
        return;
    // What the catalogue holds is refetched only when it holds something (an old list, a deletion):
    // CatalogueService::fetchBatch() fetches a batch it knows nothing of by itself.
    const bool force = known && (known->filesFetchedAt.isValid() || known->state != BatchState::Unchecked);
    m_batch.state = Check::State::Checking;
    m_catalogue.fetchBatch(m_classificationId, m_batchId, force);
}

void TargetInfo::finish(Check& check, const ApiOutcome& outcome)
{
    if (check.state != Check::State::Checking)
        return;
    check.state = outcome.isSuccess() ? Check::State::Idle : Check::State::Failed;
    check.outcome = outcome;
    emit changed();
}

bool TargetInfo::isOurs(const QString& classificationId, const QString& batchId) const
{
    return classificationId == m_classificationId && batchId == m_batchId;
}

void TargetInfo::fillKnown(DeletionTarget& target) const
{
    fillKnown(m_catalogue.store(), target);
}

void TargetInfo::fillKnown(const CatalogueStore& store, DeletionTarget& target)
{
    const std::optional<ClassificationRecord> classification = store.classification(target.classificationId);
    target.classificationName = classification ? classification->name : QString();
    target.fileCount = -1;
    target.fileNames.clear();
    target.filesFetchedAt = QDateTime();
    // Files are listed only for a batch believed to exist: not for one deleted or not found since.
    const std::optional<BatchRecord> batch = store.batch(target.classificationId, target.batchId);
    if (!batch || !batch->filesFetchedAt.isValid() || batch->state == BatchState::Deleted ||
        batch->state == BatchState::NotFound)
        return;
    target.fileCount = batch->fileCount;
    target.filesFetchedAt = batch->filesFetchedAt;
    for (const FileRecord& file : store.files(target.classificationId, target.batchId))
        target.fileNames << (file.fileName.isEmpty() ? ServerText::visibleId(file.fileId) : file.fileName);
}

TargetInfo::Check TargetInfo::classificationCheck() const
{
    return m_classification;
}

TargetInfo::Check TargetInfo::batchCheck() const
{
    return m_batch;
}
