#pragma once

#include "apioutcome.h"
#include "catalogue.h"

#include <QObject>
#include <QSet>

#include <memory>

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
    // Returns how many classifications + batches were new.
    int addEntries(const QList<IdPair>& entries);
    void lookUpClassification(const QString& classificationId);
    // Queues a getResults (spaced, never overlapping); `force` refetches a cached list.
    void fetchBatch(const QString& classificationId, const QString& batchId, bool force = false);
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
    // batchesChanged() for the batches whose state was recorded.
    void recordDeletionOutcomes(const QList<DeletionOutcome>& outcomes, const QString& user);

    // Forgets local entries only; nothing is sent to the server.
    bool forgetClassification(const QString& classificationId);
    bool forgetBatch(const QString& classificationId, const QString& batchId);

signals:
    void reset();
    void classificationChanged(const QString& classificationId);
    void batchChanged(const QString& classificationId, const QString& batchId);
    // Many batches changed at a time (the results of a bulk run); batchChanged() is not emitted for them.
    void batchesChanged(const QList<IdPair>& batches);
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
    void createResultsQueue();
    void startLookups();
    bool isKnownDeleted(const QString& classificationId, const QString& batchId) const;
    void onBatchFetched(const QString& classificationId, const QString& batchId, const ApiOutcome& outcome,
                        const QList<FileRecord>& files);

    Database& m_database;
    ExtractaClient& m_client;
    std::unique_ptr<CatalogueStore> m_store;
    std::unique_ptr<ResultsFetchQueue> m_results;
    QSet<QString> m_lookupsInFlight;
    QStringList m_lookupsWaiting;
};
