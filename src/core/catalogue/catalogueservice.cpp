#include "catalogueservice.h"

#include "core/api/apianswers.h"
#include "core/api/extractaclient.h"
#include "core/storage/cataloguestore.h"
#include "resultsfetchqueue.h"

#include <QElapsedTimer>

#include <algorithm>
#include <optional>

CatalogueService::CatalogueService(Database& database, ExtractaClient& client, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_client(client)
    , m_store(std::make_unique<CatalogueStore>(database, QString()))
{
    m_lookupHold.setSingleShot(true);
    connect(&m_lookupHold, &QTimer::timeout, this, &CatalogueService::startLookups);
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

void CatalogueService::finishRunningFetchOnItsHost()
{
    if (!m_results)
        return;
    std::unique_ptr<ResultsFetchQueue> old = std::move(m_results);
    old->clear(); // what waits is for this connection only
    disconnect(old.get(), nullptr, this, nullptr);
    if (old->isIdle())
        return;
    // The fetch on its way finishes, and its answer is filed under the connection that asked.
    ResultsFetchQueue* running = old.release();
    running->setParent(this);
    const QString host = m_store->host();
    connect(running, &ResultsFetchQueue::fetched, this,
            [this, running, host](const QString& classificationId, const QString& batchId,
                                  const ApiOutcome& outcome, const QList<FileRecord>& files) {
                CatalogueStore store(m_database, host);
                const std::optional<BatchRecord> batch = store.batch(classificationId, batchId);
                if (batch && batch->state != BatchState::Deleted) {
                    const QDateTime now = QDateTime::currentDateTimeUtc();
                    if (outcome.isSuccess())
                        store.storeBatchFiles(classificationId, batchId, files, now);
                    else if (outcome.kind == ApiOutcome::Kind::NotFound)
                        store.markBatch(classificationId, batchId, BatchState::NotFound, now);
                }
                running->deleteLater();
            });
}

void CatalogueService::setHost(const QString& host)
{
    if (host == m_store->host())
        return;
    finishRunningFetchOnItsHost();
    createResultsQueue();
    m_lookupsWaiting.clear();
    m_addWhenFound.clear();
    m_lookupHold.stop();
    m_lastLookups.clear();
    m_lastFetches.clear();
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

AddedEntries CatalogueService::addEntries(const QList<IdPair>& entries)
{
    const AddedEntries added = storeAndAnnounce(entries);
    if (added.refused > 0)
        emit invalidIdsLeftOut(added.refused);
    lookUpNew(added);
    return added;
}

CatalogueImport* CatalogueService::startAdding(const QList<IdPair>& entries)
{
    return new CatalogueImport(*this, entries);
}

AddedEntries CatalogueService::storeAndAnnounce(const QList<IdPair>& entries, const QString& host)
{
    AddedEntries added;
    if (!host.isNull() && host != m_store->host()) {
        CatalogueStore(m_database, host).addEntries(entries, &added);
        return added;
    }
    if (m_store->addEntries(entries, &added) == 0)
        return added;
    for (const QString& classificationId : std::as_const(added.classifications))
        emit classificationChanged(classificationId);
    if (!added.batches.isEmpty())
        emit batchesAdded(added.batches);
    return added;
}

void CatalogueService::lookUpNew(const AddedEntries& added)
{
    // A large import must not fire thousands of lookups: those names come when selected.
    if (added.classifications.size() > EagerLookupLimit)
        return;
    for (const QString& classificationId : added.classifications)
        lookUpClassification(classificationId);
}

void CatalogueService::lookUpClassification(const QString& classificationId, IfNotListed ifNotListed)
{
    if (!m_client.hasToken() || !m_client.endpoint().isValid())
        return;
    if (ifNotListed == IfNotListed::AddWhenFound)
        m_addWhenFound.insert(classificationId);
    if (m_lookupsInFlight.contains(classificationId) || m_lookupsWaiting.contains(classificationId))
        return;
    m_lookupsWaiting << classificationId;
    startLookups();
}

bool CatalogueService::hasFreshDetails(const QString& classificationId, std::chrono::seconds maxAge) const
{
    const std::optional<ClassificationRecord> classification = m_store->classification(classificationId);
    return classification && classification->detailsFetchedAt.isValid() &&
           classification->detailsFetchedAt.secsTo(QDateTime::currentDateTimeUtc()) < maxAge.count();
}

void CatalogueService::startLookups()
{
    while (!m_lookupHold.isActive() && m_lookupsInFlight.size() < MaxLookupsInFlight &&
           !m_lookupsWaiting.isEmpty()) {
        const QString classificationId = m_lookupsWaiting.takeFirst();
        m_lookupsInFlight.insert(classificationId);
        ApiCall* call = m_client.viewClassification(classificationId);
        const QString host = m_store->host();
        connect(call, &ApiCall::finished, this,
                [this, call, classificationId, host](const ApiOutcome& outcome) {
                    onLookupFinished(call, classificationId, host, outcome);
                });
    }
}

void CatalogueService::onLookupFinished(ApiCall* call, const QString& classificationId, const QString& host,
                                        const ApiOutcome& outcome)
{
    m_lookupsInFlight.remove(classificationId);
    // The answer belongs to the host it was asked of, and only to an entry still known: the user may
    // have switched hosts or removed it from the list meanwhile. After a switch it goes into the
    // catalogue of the host that answered, where no view shows it.
    const bool current = host == m_store->host();
    std::optional<CatalogueStore> asked;
    if (!current)
        asked.emplace(m_database, host);
    CatalogueStore& store = current ? *m_store : *asked;
    if (outcome.isSuccess() && current && m_addWhenFound.contains(classificationId) &&
        !store.classification(classificationId))
        storeAndAnnounce({IdPair{classificationId, QString()}});
    if (current)
        m_addWhenFound.remove(classificationId);
    if (outcome.isSuccess() && store.classification(classificationId)) {
        QStringList batchIds;
        const ClassificationRecord details =
            ApiAnswers::classificationDetails(call->answerObject(), classificationId, &batchIds);
        store.updateClassificationDetails(details);
        QList<IdPair> batches;
        for (const QString& batchId : batchIds)
            batches << IdPair{classificationId, batchId};
        if (current)
            emit classificationChanged(classificationId);
        const AddedEntries added = storeAndAnnounce(batches, host);
        if (current && added.refused > 0)
            emit invalidIdsLeftOut(added.refused);
    }
    if (current) {
        m_lastLookups.insert(classificationId, outcome);
        holdLookupsAfter(outcome);
    }
    emit classificationLookupFinished(classificationId, outcome);
    startLookups();
}

void CatalogueService::holdLookupsAfter(const ApiOutcome& outcome)
{
    if (outcome.kind != ApiOutcome::Kind::RateLimited)
        return;
    // Without a Retry-After, as long as getResults asks between calls.
    const std::chrono::milliseconds wait = outcome.retryAfterSeconds >= 0
                                               ? std::chrono::seconds(outcome.retryAfterSeconds)
                                               : ResultsFetchQueue::DefaultSpacing;
    const std::chrono::milliseconds remaining(std::max(0, m_lookupHold.remainingTime()));
    m_lookupHold.start(std::max(wait, remaining));
}

void CatalogueService::fetchBatch(const QString& classificationId, const QString& batchId, bool force)
{
    if (!m_client.hasToken() || !m_client.endpoint().isValid())
        return;
    const std::optional<BatchRecord> batch = m_store->batch(classificationId, batchId);
    if (!force && batch && (batch->filesFetchedAt.isValid() || batch->state == BatchState::Deleted))
        return;
    m_results->enqueue(classificationId, batchId,
                       force ? ResultsFetchQueue::Reason::Asked : ResultsFetchQueue::Reason::ToShow);
}

void CatalogueService::dropFetchesToShow()
{
    m_results->dropQueuedToShow();
}

bool CatalogueService::isLookingUp(const QString& classificationId, const QString& batchId) const
{
    return isLookingUpClassification(classificationId) ||
           (!batchId.isEmpty() && m_results->isFetching(classificationId, batchId));
}

bool CatalogueService::isLookingUpClassification(const QString& classificationId) const
{
    return m_lookupsInFlight.contains(classificationId) || m_lookupsWaiting.contains(classificationId);
}

std::optional<ApiOutcome> CatalogueService::lastClassificationLookup(const QString& classificationId) const
{
    const auto found = m_lastLookups.constFind(classificationId);
    return found == m_lastLookups.constEnd() ? std::nullopt : std::optional<ApiOutcome>(*found);
}

std::optional<ApiOutcome> CatalogueService::lastBatchFetch(const QString& classificationId,
                                                           const QString& batchId) const
{
    const auto found = m_lastFetches.constFind({classificationId, batchId});
    return found == m_lastFetches.constEnd() ? std::nullopt : std::optional<ApiOutcome>(*found);
}

void CatalogueService::onBatchFetched(const QString& classificationId, const QString& batchId,
                                      const ApiOutcome& outcome, const QList<FileRecord>& files)
{
    m_lastFetches.insert({classificationId, batchId}, outcome);
    if (!m_store->batch(classificationId, batchId)) {
        // Removed from the list while its contents were being fetched: it stays removed.
    } else if (isKnownDeleted(classificationId, batchId)) {
        // Deleted through this app while the list was on its way: the list was read before (batch IDs
        // are never reused), and the batch stays deleted, with who deleted it and when.
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

void CatalogueService::recordDeletionOutcomes(const QList<DeletionOutcome>& outcomes, const QString& user,
                                              const QString& host)
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
    if (host != m_store->host()) {
        CatalogueStore other(m_database, host);
        if (!other.recordDeletionMarks(marks, user)) {
            for (const CatalogueStore::DeletionMark& mark : std::as_const(marks))
                other.recordDeletionMarks({mark}, user);
        }
        return;
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

CatalogueImport::CatalogueImport(CatalogueService& service, const QList<IdPair>& entries)
    : QObject(&service)
    , m_service(service)
    , m_host(service.host())
    , m_given(entries)
{
    // Lone classifications first: a slice then counts one as known only when it was known before
    // the list, whichever slice brought its classification.
    QList<IdPair> batches;
    batches.reserve(entries.size());
    for (const IdPair& entry : entries)
        (entry.batchId.isEmpty() ? m_entries : batches) << entry;
    m_entries += batches;
    // Started on the next turn of the event loop, once the caller is listening.
    QMetaObject::invokeMethod(this, &CatalogueImport::addSlice, Qt::QueuedConnection);
}

qsizetype CatalogueImport::total() const
{
    return m_entries.size();
}

qsizetype CatalogueImport::done() const
{
    return m_done;
}

void CatalogueImport::addSlice()
{
    QElapsedTimer clock;
    clock.start();
    // Each distinct entry once, however often and in whichever slices the list repeats it.
    const qsizetype end = std::min(m_entries.size(), m_done + m_sliceSize);
    QList<IdPair> slice;
    slice.reserve(end - m_done);
    for (qsizetype i = m_done; i < end; ++i) {
        const IdPair& entry = m_entries.at(i);
        if (!m_seen.contains({entry.classificationId, entry.batchId})) {
            m_seen.insert({entry.classificationId, entry.batchId});
            slice << entry;
        }
    }
    m_added += m_service.storeAndAnnounce(slice, m_host);
    m_done = end;
    // The next slice as large as fits in the budget at the pace of this one, and at most half as large
    // again: the pace varies (the machine's load, the views' share, which grows with the catalogue).
    const qint64 elapsedMs = std::max<qint64>(1, clock.elapsed());
    m_sliceSize =
        std::clamp<qsizetype>(std::min(m_sliceSize * 3 / 2, m_sliceSize * SliceBudget.count() / elapsedMs),
                              MinimumSlice, MaximumSlice);
    emit progress(m_done, total());
    if (m_done < total()) {
        QMetaObject::invokeMethod(this, &CatalogueImport::addSlice, Qt::QueuedConnection);
        return;
    }
    if (m_service.host() == m_host) {
        if (m_added.refused > 0)
            emit m_service.invalidIdsLeftOut(m_added.refused);
        m_service.lookUpNew(m_added);
    }
    emit finished(m_given, m_added);
    deleteLater();
}
