#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// What the app knows about classifications and batches. The API cannot list them, so everything
// here was typed, pasted, imported or returned by an API answer.

enum class BatchState
{
    Unchecked, // known ID, never looked up
    Present,   // getResults answered with its files
    Deleted,   // deleted through this app (see stateChangedAt / changedBy)
    NotFound,  // the API answered 404
};

struct ClassificationRecord
{
    QString id;
    QString name; // empty until viewClassification answered
    QString description;
    QStringList documentTypes;
    QDateTime detailsFetchedAt; // invalid until fetched (UTC)
};

struct FileRecord
{
    QString fileId;
    QString fileName;
    QString status;
    QString documentType;
    double confidence = -1; // -1 when the answer had none
};

struct BatchRecord
{
    QString classificationId;
    QString batchId;
    int fileCount = -1; // -1 when unknown
    BatchState state = BatchState::Unchecked;
    QDateTime stateChangedAt; // UTC, when the state last changed (deletion time for Deleted)
    QString changedBy;        // OS user who deleted it, for Deleted
    QDateTime lastChecked;    // UTC, last API answer about this batch (getResults or delete)
    QDateTime filesFetchedAt; // UTC, when the cached file list was fetched; invalid when none
};

// One line of pasted or imported text: a batch, or a lone classification (batchId empty).
struct IdPair
{
    QString classificationId;
    QString batchId;

    bool operator==(const IdPair& other) const = default;
};

// What adding a list of IDs to the catalogue brought in, counted once for every place that reports it.
struct AddedEntries
{
    QStringList classifications; // new classifications (named alone or by a batch of theirs), in list order
    QList<IdPair> batches;       // new batches, in list order
    int alreadyKnown = 0;        // distinct entries of the list that were known before
    int refused = 0;             // entries left out: an ID failed the validation (isValidId())

    int total() const;
    AddedEntries& operator+=(const AddedEntries& other);
};

QString batchStateCode(BatchState state); // stable, stored in the database: "unchecked", ...
BatchState batchStateFromCode(const QString& code);

Q_DECLARE_METATYPE(AddedEntries)
Q_DECLARE_METATYPE(BatchState)
Q_DECLARE_METATYPE(FileRecord)
