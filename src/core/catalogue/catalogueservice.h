#pragma once

#include "catalogue.h"
#include "core/api/apioutcome.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

class ApiCall;
class CatalogueImport;
class CatalogueStore;
class Database;
class ExtractaClient;
class ResultsFetchQueue;

// Keeps the catalogue of the current API host up to date: stores what the user adds, enriches it
// from viewClassification and getResults, and records what deletions did. IDs pass the store's ID
// validation first, those from API answers included; invalidIdsLeftOut() reports what did not. Emits a signal
// for every change so views can update the affected rows only.
class CatalogueService final : public QObject
{
    Q_OBJECT

public:
    CatalogueService(Database& database, ExtractaClient& client, QObject* parent = nullptr);
    ~CatalogueService() override;

    // Switches to another host's catalogue (emits reset()); does nothing when it is the same.
    void setHost(const QString& host);
    QString host() const;
    const CatalogueStore& store() const;
    ResultsFetchQueue& resultsQueue();

    // New classifications up to this many per addEntries() are looked up at once; a larger import is
    // looked up one classification at a time as the user selects them.
    static constexpr int EagerLookupLimit = 20;
    static constexpr int MaxLookupsInFlight = 2;

    // Stores new entries and looks up the names of classifications seen for the first time.
    // Returns what was new and what was known already.
    AddedEntries addEntries(const QList<IdPair>& entries);
    // The same for a list of any length, a slice per turn of the event loop (see CatalogueImport):
    // the import reports its progress and what it added, then deletes itself.
    CatalogueImport* startAdding(const QList<IdPair>& entries);
    // What a lookup does with a classification the catalogue does not hold: nothing (the answer is
    // only announced), or add it once the server has found it (a typed ID: one the server does not
    // know never enters the catalogue).
    enum class IfNotListed
    {
        Skip,
        AddWhenFound,
    };
    // Asks viewClassification (at most MaxLookupsInFlight at a time; after a 429 none until its
    // Retry-After has passed) unless this one is already asked or waiting.
    void lookUpClassification(const QString& classificationId, IfNotListed ifNotListed = IfNotListed::Skip);
    // Whether the classification's details were fetched within `maxAge`: no need to ask again.
    bool hasFreshDetails(const QString& classificationId, std::chrono::seconds maxAge) const;
    // Queues a getResults (spaced, never overlapping); `force` refetches a cached list. A fetch that
    // is not forced is only to show the batch: showing another one drops it while still queued
    // (dropFetchesToShow()); a forced one (Fetch again) is kept.
    void fetchBatch(const QString& classificationId, const QString& batchId, bool force = false);
    void dropFetchesToShow();

    // What the confirmation dialog can tell of a pair while it is open: whether its classification
    // is being looked up or its batch fetched, and how the last of each went (this host, this run).
    bool isLookingUp(const QString& classificationId, const QString& batchId) const;
    bool isLookingUpClassification(const QString& classificationId) const;
    std::optional<ApiOutcome> lastClassificationLookup(const QString& classificationId) const;
    std::optional<ApiOutcome> lastBatchFetch(const QString& classificationId, const QString& batchId) const;
    void recordDeletionOutcome(const QString& classificationId, const QString& batchId,
                               const ApiOutcome& outcome, const QString& user);
    struct DeletionOutcome
    {
        QString classificationId;
        QString batchId;
        ApiOutcome outcome;
    };
    // Many results of a bulk run at a time: the same records as recordDeletionOutcome() for each,
    // written in one transaction; classificationChanged() once per classification, then one
    // batchesChanged() for the batches whose state was recorded. `host` is the catalogue of the
    // connection the run was bound to: when the app has moved to another one meanwhile, the
    // results are still kept there (and nothing is announced, since no view shows that catalogue).
    void recordDeletionOutcomes(const QList<DeletionOutcome>& outcomes, const QString& user,
                                const QString& host);

    // Forgets local entries only; nothing is sent to the server.
    bool forgetClassification(const QString& classificationId);
    bool forgetBatch(const QString& classificationId, const QString& batchId);

signals:
    void reset();
    void classificationChanged(const QString& classificationId);
    void batchChanged(const QString& classificationId, const QString& batchId);
    // Many batches changed at a time (the results of a bulk run); batchChanged() is not emitted for them.
    void batchesChanged(const QList<IdPair>& batches);
    // New batches, known by their IDs only (unchecked, nothing fetched yet); their classifications
    // were announced first (classificationChanged()).
    void batchesAdded(const QList<IdPair>& batches);
    void classificationRemoved(const QString& classificationId);
    void batchRemoved(const QString& classificationId, const QString& batchId);
    void batchFetchStarted(const QString& classificationId, const QString& batchId);
    // After getResults answered (the store already holds the outcome); outcome tells how it went.
    void batchFetchFinished(const QString& classificationId, const QString& batchId,
                            const ApiOutcome& outcome);
    void classificationLookupFinished(const QString& classificationId, const ApiOutcome& outcome);
    // IDs that failed the ID validation (from an API answer, mostly) were not stored: such a batch
    // cannot be selected or deleted here, such a file is listed without its ID.
    void invalidIdsLeftOut(int count);

private:
    // Setting another host: the batch fetch on its way (a preview) finishes and is filed under the
    // host that asked; what waits in the queue is dropped.
    void finishRunningFetchOnItsHost();
    friend class CatalogueImport;

    // Stores entries (one transaction) and announces what is new; looks nothing up. Into the
    // catalogue of `host` when given and no longer the current one (nothing is announced then).
    AddedEntries storeAndAnnounce(const QList<IdPair>& entries, const QString& host = QString());
    // Looks up the names of new classifications, unless a large import brought too many.
    void lookUpNew(const AddedEntries& added);
    void createResultsQueue();
    void startLookups();
    void onLookupFinished(ApiCall* call, const QString& classificationId, const QString& host,
                          const ApiOutcome& outcome);
    void holdLookupsAfter(const ApiOutcome& outcome);
    bool isKnownDeleted(const QString& classificationId, const QString& batchId) const;
    void onBatchFetched(const QString& classificationId, const QString& batchId, const ApiOutcome& outcome,
                        const QList<FileRecord>& files);

    Database& m_database;
    ExtractaClient& m_client;
    std::unique_ptr<CatalogueStore> m_store;
    std::unique_ptr<ResultsFetchQueue> m_results;
    QSet<QString> m_lookupsInFlight;
    QStringList m_lookupsWaiting;
    QSet<QString> m_addWhenFound;
    // After a 429 from viewClassification no lookup starts before the server's Retry-After.
    QTimer m_lookupHold;
    QHash<QString, ApiOutcome> m_lastLookups;
    QHash<std::pair<QString, QString>, ApiOutcome> m_lastFetches;
};

// Adds a long list of IDs to the catalogue a slice at a time, so that the thread it runs on (the UI
// thread) is never held for long: each turn of the event loop stores one slice in one transaction,
// as many entries as fit in SliceBudget at the pace of the last slice, and views hear of the new rows
// of each slice at once. Made by CatalogueService::startAdding(); deletes itself when finished.
class CatalogueImport final : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds SliceBudget{20};
    static constexpr qsizetype MinimumSlice = 200;
    static constexpr qsizetype MaximumSlice = 50000;

    qsizetype total() const; // entries given (lone classifications and batches)
    qsizetype done() const;

signals:
    void progress(qsizetype done, qsizetype total);
    // `entries` as given; `added` what was new among them and how many were known.
    void finished(const QList<IdPair>& entries, const AddedEntries& added);

private:
    friend class CatalogueService;

    CatalogueImport(CatalogueService& service, const QList<IdPair>& entries);
    void addSlice();

    CatalogueService& m_service;
    QString m_host; // the catalogue it adds to, whatever the app switches to meanwhile
    QList<IdPair> m_given;
    QList<IdPair> m_entries;
    QSet<std::pair<QString, QString>> m_seen;
    qsizetype m_done = 0;
    qsizetype m_sliceSize = 1000;
    AddedEntries m_added;
};
