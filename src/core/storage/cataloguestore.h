#pragma once

#include "core/catalogue/catalogue.h"

#include <optional>

class Database;

// Reads and writes the catalogue of one API host. Every write is one transaction.
// Methods return false (and leave the data as it was) when the database refuses a write.
// Only valid IDs (isValidId()) are stored or read back, whatever their source: an entry with an ID
// the app's validation refuses (hidden characters, spaces, too long) could otherwise be selected and
// sent. Writes leave such entries out (or refuse them), reads skip what an earlier version stored.
class CatalogueStore
{
public:
    CatalogueStore(Database& database, const QString& host);

    QString host() const;

    // Adds what is not known yet (a batch also adds its classification); returns how many new
    // classifications + batches were added, and sets *counts to what was new, what was known and
    // what was refused. Known entries are left untouched; entries with an invalid ID are left out.
    int addEntries(const QList<IdPair>& entries, AddedEntries* counts = nullptr);
    bool addClassification(const QString& classificationId);
    bool addBatch(const QString& classificationId, const QString& batchId);

    // From viewClassification: name, description, document types (fetched time set to now).
    bool updateClassificationDetails(const ClassificationRecord& details);
    // From getResults: the file list, the file count, state Present, last checked now. A file whose
    // ID is invalid is kept without its ID and counted in *refused.
    bool storeBatchFiles(const QString& classificationId, const QString& batchId,
                         const QList<FileRecord>& files, const QDateTime& fetchedAt, int* refused = nullptr);
    // After a deletion (Deleted, with who) or a 404 (NotFound).
    bool markBatch(const QString& classificationId, const QString& batchId, BatchState state,
                   const QDateTime& when, const QString& by = QString());

    // What a bulk deletion learnt about one batch: the batch becomes known either way; `mark` tells
    // which state to record (a NotFound never overrides an earlier Deleted).
    struct DeletionMark
    {
        enum class Kind
        {
            KnownOnly, // the outcome says nothing about the batch's state
            Deleted,
            NotFound,
        };
        QString classificationId;
        QString batchId;
        Kind kind = Kind::KnownOnly;
        QDateTime when;
    };
    // The same writes as addBatch() + markBatch() per mark, in one transaction (many results of a
    // bulk run are stored at a time without one commit each). Returns the positions of the marks
    // whose state was written, in order; nothing (std::nullopt) when the transaction failed, which
    // then wrote nothing.
    std::optional<QList<qsizetype>> recordDeletionMarks(const QList<DeletionMark>& marks, const QString& by);

    // Forget local entries only: nothing is sent to the server. Removing a classification
    // forgets its batches too.
    bool removeClassification(const QString& classificationId);
    bool removeBatch(const QString& classificationId, const QString& batchId);

    QList<ClassificationRecord> classifications() const;
    QList<BatchRecord> batches() const; // all batches of this host
    // The given batches that are known, in the given order (one prepared query for all).
    QList<BatchRecord> batches(const QList<IdPair>& which) const;
    std::optional<ClassificationRecord> classification(const QString& classificationId) const;
    std::optional<BatchRecord> batch(const QString& classificationId, const QString& batchId) const;
    QList<FileRecord> files(const QString& classificationId, const QString& batchId) const;

private:
    Database& m_database;
    QString m_host;
};
