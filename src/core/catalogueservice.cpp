#include "catalogueservice.h"

#include "apianswers.h"
#include "cataloguestore.h"
#include "extractaclient.h"
#include "resultsfetchqueue.h"

CatalogueService::CatalogueService(Database& database, ExtractaClient& client, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_client(client)
    , m_store(std::make_unique<CatalogueStore>(database, QString()))
{
    createResultsQueue();
}

void CatalogueService::createResultsQueue()
{
    const auto spacing = m_results ? m_results->minimumSpacing() : ResultsFetchQueue::DefaultSpacing;
    // Destroying the old queue cancels its running call: its answer belongs to another host.
    m_results = std::make_unique<ResultsFetchQueue>(m_client);
    m_results->setMinimumSpacing(spacing);
    connect(m_results.get(), &ResultsFetchQueue::started, this, &CatalogueService::batchFetchStarted);
    connect(m_results.get(), &ResultsFetchQueue::fetched, this, &CatalogueService::onBatchFetched);
}

CatalogueService::~CatalogueService() = default;

void CatalogueService::setHost(const QString& host)
{
    if (host == m_store->host())
        return;
    createResultsQueue();
    m_lookupsWaiting.clear();
    m_store = std::make_unique<CatalogueStore>(m_database, host);
    emit reset();
}

QString CatalogueService::host() const
{
    return m_store->host();
}

const CatalogueStore& CatalogueService::store() const
{
    return *m_store;
}

ResultsFetchQueue& CatalogueService::resultsQueue()
{
    return *m_results;
}

int CatalogueService::addEntries(const QList<IdPair>& entries)
{
    QSet<QString> knownClassifications;
    for (const ClassificationRecord& record : m_store->classifications())
        knownClassifications.insert(record.id);
    int refused = 0;
    const int added = m_store->addEntries(entries, &refused);
    if (refused > 0)
        emit invalidIdsLeftOut(refused);
    if (added == 0)
        return 0;
    if (entries.size() > 200) {
        // A large import: one reset is cheaper for views than thousands of row signals.
        emit reset();
    } else {
        for (const IdPair& entry : entries) {
            emit classificationChanged(entry.classificationId);
            if (!entry.batchId.isEmpty())
                emit batchChanged(entry.classificationId, entry.batchId);
        }
    }
    QStringList fresh;
    for (const IdPair& entry : entries) {
        if (!knownClassifications.contains(entry.classificationId) && !fresh.contains(entry.classificationId))
            fresh << entry.classificationId;
    }
    // A large import must not fire thousands of lookups: those names come when selected.
    if (fresh.size() <= EagerLookupLimit) {
        for (const QString& classificationId : fresh)
            lookUpClassification(classificationId);
    }
    return added;
}

void CatalogueService::lookUpClassification(const QString& classificationId)
{
    if (!m_client.hasToken() || !m_client.endpoint().isValid() ||
        m_lookupsInFlight.contains(classificationId) || m_lookupsWaiting.contains(classificationId))
        return;
    m_lookupsWaiting << classificationId;
    startLookups();
}

void CatalogueService::startLookups()
{
    while (m_lookupsInFlight.size() < MaxLookupsInFlight && !m_lookupsWaiting.isEmpty()) {
        const QString classificationId = m_lookupsWaiting.takeFirst();
        m_lookupsInFlight.insert(classificationId);
        ApiCall* call = m_client.viewClassification(classificationId);
        const QString host = m_store->host();
        connect(
            call, &ApiCall::finished, this, [this, call, classificationId, host](const ApiOutcome& outcome) {
                m_lookupsInFlight.remove(classificationId);
                // The answer belongs to the host it was asked of, and only to an entry still known: the
                // user may have switched hosts or removed it from the list meanwhile.
                if (host == m_store->host() && outcome.isSuccess() &&
                    m_store->classification(classificationId)) {
                    QStringList batchIds;
                    const ClassificationRecord details =
                        ApiAnswers::classificationDetails(call->answerObject(), classificationId, &batchIds);
                    m_store->updateClassificationDetails(details);
                    emit classificationChanged(classificationId);
                    QList<IdPair> batches;
                    for (const QString& batchId : batchIds)
                        batches << IdPair{classificationId, batchId};
                    int refused = 0;
                    if (!batches.isEmpty() && m_store->addEntries(batches, &refused) > 0) {
                        for (const IdPair& batch : batches)
                            emit batchChanged(batch.classificationId, batch.batchId);
                    }
                    if (refused > 0)
                        emit invalidIdsLeftOut(refused);
                }
                emit classificationLookupFinished(classificationId, outcome);
                startLookups();
            });
    }
}

void CatalogueService::fetchBatch(const QString& classificationId, const QString& batchId, bool force)
{
    if (!m_client.hasToken() || !m_client.endpoint().isValid())
        return;
    const std::optional<BatchRecord> batch = m_store->batch(classificationId, batchId);
    if (!force && batch && (batch->filesFetchedAt.isValid() || batch->state == BatchState::Deleted))
        return;
    m_results->enqueue(classificationId, batchId);
}

void CatalogueService::onBatchFetched(const QString& classificationId, const QString& batchId,
                                      const ApiOutcome& outcome, const QList<FileRecord>& files)
{
    if (!m_store->batch(classificationId, batchId)) {
        // Removed from the list while its contents were being fetched: it stays removed.
    } else if (outcome.isSuccess()) {
        int refused = 0;
        m_store->storeBatchFiles(classificationId, batchId, files, QDateTime::currentDateTimeUtc(), &refused);
        emit batchChanged(classificationId, batchId);
        if (refused > 0)
            emit invalidIdsLeftOut(refused);
    } else if (outcome.kind == ApiOutcome::Kind::NotFound && !isKnownDeleted(classificationId, batchId)) {
        m_store->markBatch(classificationId, batchId, BatchState::NotFound, QDateTime::currentDateTimeUtc());
        emit batchChanged(classificationId, batchId);
    }
    emit batchFetchFinished(classificationId, batchId, outcome);
}

void CatalogueService::recordDeletionOutcome(const QString& classificationId, const QString& batchId,
                                             const ApiOutcome& outcome, const QString& user)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_store->addBatch(classificationId, batchId);
    if (outcome.isSuccess())
        m_store->markBatch(classificationId, batchId, BatchState::Deleted, now, user);
    else if (outcome.kind == ApiOutcome::Kind::NotFound && !isKnownDeleted(classificationId, batchId))
        m_store->markBatch(classificationId, batchId, BatchState::NotFound, now);
    else
        return;
    emit classificationChanged(classificationId);
    emit batchChanged(classificationId, batchId);
}

void CatalogueService::recordDeletionOutcomes(const QList<DeletionOutcome>& outcomes, const QString& user)
{
    using Kind = CatalogueStore::DeletionMark::Kind;
    QList<CatalogueStore::DeletionMark> marks;
    marks.reserve(outcomes.size());
    for (const DeletionOutcome& item : outcomes) {
        Kind kind = Kind::KnownOnly;
        if (item.outcome.isSuccess())
            kind = Kind::Deleted;
        else if (item.outcome.kind == ApiOutcome::Kind::NotFound)
            kind = Kind::NotFound;
        marks << CatalogueStore::DeletionMark{item.classificationId, item.batchId, kind,
                                              QDateTime::currentDateTimeUtc()};
    }
    const std::optional<QList<qsizetype>> stored = m_store->recordDeletionMarks(marks, user);
    if (!stored) {
        // The group's transaction failed (nothing of it was written): one at a time, so that a
        // single bad write does not take the others with it.
        for (const DeletionOutcome& item : outcomes)
            recordDeletionOutcome(item.classificationId, item.batchId, item.outcome, user);
        return;
    }
    const QList<qsizetype>& written = *stored;
    // The classification rows first (a batch deleted from the form may have added one), then the
    // batches in one signal, so that views update them together rather than row by row.
    QStringList classifications;
    for (const qsizetype i : written) {
        if (!classifications.contains(marks.at(i).classificationId))
            classifications << marks.at(i).classificationId;
    }
    for (const QString& classificationId : std::as_const(classifications))
        emit classificationChanged(classificationId);
    QList<IdPair> batches;
    batches.reserve(written.size());
    for (const qsizetype i : written)
        batches << IdPair{marks.at(i).classificationId, marks.at(i).batchId};
    if (!batches.isEmpty())
        emit batchesChanged(batches);
}

bool CatalogueService::isKnownDeleted(const QString& classificationId, const QString& batchId) const
{
    // A 404 for a batch this app deleted confirms the deletion; "deleted on DATE" says more.
    const std::optional<BatchRecord> batch = m_store->batch(classificationId, batchId);
    return batch && batch->state == BatchState::Deleted;
}

bool CatalogueService::forgetClassification(const QString& classificationId)
{
    m_results->clear();
    m_lookupsWaiting.removeAll(classificationId);
    if (!m_store->removeClassification(classificationId))
        return false;
    emit classificationRemoved(classificationId);
    return true;
}

bool CatalogueService::forgetBatch(const QString& classificationId, const QString& batchId)
{
    m_results->clear();
    if (!m_store->removeBatch(classificationId, batchId))
        return false;
    emit batchRemoved(classificationId, batchId);
    return true;
}
