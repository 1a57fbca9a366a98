#include "cataloguestore.h"

#include "core/ids/idvalidation.h"
#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <utility>

namespace {

// Sets a batch's state (adding the batch when it is new): host, classification, batch, state code,
// state_changed_at, changed_by, last_checked.
const auto UpsertBatchState =
    QStringLiteral("INSERT INTO batches (host, classification_id, batch_id, state, state_changed_at,"
                   " changed_by, last_checked) VALUES (?, ?, ?, ?, ?, ?, ?)"
                   " ON CONFLICT (host, classification_id, batch_id) DO UPDATE SET"
                   " state = excluded.state, state_changed_at = excluded.state_changed_at,"
                   " changed_by = excluded.changed_by, last_checked = excluded.last_checked");

const auto TimeFormat = QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'");

const auto BatchColumns = QStringLiteral("classification_id, batch_id, file_count, state, state_changed_at, "
                                         "changed_by, last_checked, files_fetched_at");
const auto ClassificationColumns =
    QStringLiteral("id, name, description, document_types, details_fetched_at");

// Times are stored as fixed-width UTC ISO 8601 text with milliseconds: readable in any SQLite tool,
// and text order is time order.
QVariant timeValue(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(TimeFormat))
                          : QVariant(QMetaType::fromType<QString>());
}

QDateTime timeFrom(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant optionalText(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

bool run(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (query.exec())
        return true;
    qWarning("CatalogueStore: %ls", qUtf16Printable(query.lastError().text()));
    return false;
}

QSqlQuery prepared(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        qWarning("CatalogueStore: %ls", qUtf16Printable(query.lastError().text()));
    return query;
}

// An entry whose IDs can be stored: both valid (a lone classification has no batch ID).
bool isStorable(const IdPair& entry)
{
    return isValidId(entry.classificationId) && (entry.batchId.isEmpty() || isValidId(entry.batchId));
}

// Inserts what is not known yet; returns what was new and what was known, or nothing when a write
// failed. Each distinct entry counts once, however often the list repeats it. Entries with an invalid
// ID are left out and counted as refused.
std::optional<AddedEntries> insertEntries(const QSqlDatabase& db, const QString& host,
                                          const QList<IdPair>& entries)
{
    QSqlQuery addClassification =
        prepared(db, QStringLiteral("INSERT OR IGNORE INTO classifications (host, id) VALUES (?, ?)"));
    QSqlQuery addBatch = prepared(
        db,
        QStringLiteral("INSERT OR IGNORE INTO batches (host, classification_id, batch_id) VALUES (?, ?, ?)"));
    AddedEntries added;
    QSet<QString> classificationsSeen;
    QSet<QString> classificationsNew;
    QSet<QString> loneClassificationsCounted;
    QSet<std::pair<QString, QString>> batchesSeen;
    for (const IdPair& entry : entries) {
        if (!isStorable(entry)) {
            ++added.refused;
            continue;
        }
        // Large imports hold many batches per classification: insert each classification once.
        if (!classificationsSeen.contains(entry.classificationId)) {
            classificationsSeen.insert(entry.classificationId);
            if (!run(addClassification, {host, entry.classificationId}))
                return std::nullopt;
            if (addClassification.numRowsAffected() > 0) {
                added.classifications << entry.classificationId;
                classificationsNew.insert(entry.classificationId);
            }
        }
        if (entry.batchId.isEmpty()) {
            // A lone classification is known when this list did not bring it.
            if (!loneClassificationsCounted.contains(entry.classificationId)) {
                loneClassificationsCounted.insert(entry.classificationId);
                added.alreadyKnown += classificationsNew.contains(entry.classificationId) ? 0 : 1;
            }
            continue;
        }
        const std::pair<QString, QString> key{entry.classificationId, entry.batchId};
        if (batchesSeen.contains(key))
            continue;
        batchesSeen.insert(key);
        if (!run(addBatch, {host, entry.classificationId, entry.batchId}))
            return std::nullopt;
        if (addBatch.numRowsAffected() > 0)
            added.batches << entry;
        else
            ++added.alreadyKnown;
    }
    return added;
}

ClassificationRecord classificationFrom(const QSqlQuery& query)
{
    ClassificationRecord record;
    record.id = query.value(0).toString();
    record.name = query.value(1).toString();
    record.description = query.value(2).toString();
    const QJsonArray types = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array();
    for (const QJsonValue& type : types)
        record.documentTypes << type.toString();
    record.detailsFetchedAt = timeFrom(query.value(4));
    return record;
}

BatchRecord batchFrom(const QSqlQuery& query)
{
    BatchRecord record;
    record.classificationId = query.value(0).toString();
    record.batchId = query.value(1).toString();
    record.fileCount = query.value(2).isNull() ? -1 : query.value(2).toInt();
    record.state = batchStateFromCode(query.value(3).toString());
    record.stateChangedAt = timeFrom(query.value(4));
    record.changedBy = query.value(5).toString();
    record.lastChecked = timeFrom(query.value(6));
    record.filesFetchedAt = timeFrom(query.value(7));
    return record;
}

} // namespace

CatalogueStore::CatalogueStore(Database& database, const QString& host)
    : m_database(database)
    , m_host(text(host))
{}

QString CatalogueStore::host() const
{
    return m_host;
}

int CatalogueStore::addEntries(const QList<IdPair>& entries, AddedEntries* counts)
{
    const QSqlDatabase db = m_database.handle();
    Transaction transaction(db);
    std::optional<AddedEntries> added = insertEntries(db, m_host, entries);
    // After a refused write nothing is new; the invalid IDs were refused all the same.
    if (!added || !transaction.commit()) {
        AddedEntries none;
        none.refused = added ? added->refused : 0;
        added = none;
    }
    if (counts)
        *counts = *added;
    return added->total();
}

bool CatalogueStore::addClassification(const QString& classificationId)
{
    if (!isValidId(classificationId))
        return false;
    const QSqlDatabase db = m_database.handle();
    Transaction transaction(db);
    return insertEntries(db, m_host, {IdPair{classificationId, {}}}) && transaction.commit();
}

bool CatalogueStore::addBatch(const QString& classificationId, const QString& batchId)
{
    if (!isValidId(classificationId) || !isValidId(batchId))
        return false;
    const QSqlDatabase db = m_database.handle();
    Transaction transaction(db);
    return insertEntries(db, m_host, {IdPair{classificationId, batchId}}) && transaction.commit();
}

bool CatalogueStore::updateClassificationDetails(const ClassificationRecord& details)
{
    if (!isValidId(details.id))
        return false;
    const QSqlDatabase db = m_database.handle();
    Transaction transaction(db);
    QSqlQuery upsert = prepared(
        db, QStringLiteral("INSERT INTO classifications"
                           " (host, id, name, description, document_types, details_fetched_at)"
                           " VALUES (?, ?, ?, ?, ?, ?)"
                           " ON CONFLICT (host, id) DO UPDATE SET name = excluded.name,"
                           " description = excluded.description, document_types = excluded.document_types,"
                           " details_fetched_at = excluded.details_fetched_at"));
    const QString types = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(details.documentTypes)).toJson(QJsonDocument::Compact));
    return run(upsert, {m_host, details.id, text(details.name), text(details.description), types,
                        timeValue(QDateTime::currentDateTimeUtc())}) &&
           transaction.commit();
}

bool CatalogueStore::storeBatchFiles(const QString& classificationId, const QString& batchId,
                                     const QList<FileRecord>& files, const QDateTime& fetchedAt, int* refused)
{
    if (!isValidId(classificationId) || !isValidId(batchId))
        return false;
    const QVariant when = timeValue(fetchedAt.isValid() ? fetchedAt : QDateTime::currentDateTimeUtc());
    const QSqlDatabase db = m_database.handle();
    Transaction transaction(db);
    if (!insertEntries(db, m_host, {IdPair{classificationId, {}}}))
        return false;
    // getResults answered with the files, so the batch exists now, whatever we believed before.
    QSqlQuery upsert =
        prepared(db, QStringLiteral(
                         "INSERT INTO batches (host, classification_id, batch_id, file_count, state,"
                         " state_changed_at, last_checked, files_fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                         " ON CONFLICT (host, classification_id, batch_id) DO UPDATE SET"
                         " file_count = excluded.file_count,"
                         " state_changed_at = CASE WHEN state = excluded.state THEN state_changed_at"
                         " ELSE excluded.state_changed_at END,"
                         " changed_by = CASE WHEN state = excluded.state THEN changed_by ELSE NULL END,"
                         " state = excluded.state, last_checked = excluded.last_checked,"
                         " files_fetched_at = excluded.files_fetched_at"));
    if (!run(upsert, {m_host, classificationId, batchId, int(files.size()),
                      batchStateCode(BatchState::Present), when, when, when}))
        return false;
    QSqlQuery clear = prepared(
        db,
        QStringLiteral("DELETE FROM batch_files WHERE host = ? AND classification_id = ? AND batch_id = ?"));
    if (!run(clear, {m_host, classificationId, batchId}))
        return false;
    QSqlQuery insert = prepared(
        db,
        QStringLiteral("INSERT INTO batch_files (host, classification_id, batch_id, position, file_id,"
                       " file_name, status, document_type, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int position = 0; position < files.size(); ++position) {
        const FileRecord& file = files.at(position);
        const QVariant confidence =
            file.confidence < 0 ? QVariant(QMetaType::fromType<double>()) : QVariant(file.confidence);
        // The file stays listed (it is in the batch); an ID no request could carry is not kept.
        const bool validFileId = isValidId(file.fileId);
        if (!validFileId && !file.fileId.isEmpty() && refused)
            ++*refused;
        const QString fileId = validFileId ? file.fileId : QString();
        if (!run(insert, {m_host, classificationId, batchId, position, text(fileId), text(file.fileName),
                          text(file.status), text(file.documentType), confidence}))
            return false;
    }
    return transaction.commit();
}

bool CatalogueStore::markBatch(const QString& classificationId, const QString& batchId, BatchState state,
                               const QDateTime& when, const QString& by)
{
    if (!isValidId(classificationId) || !isValidId(batchId))
        return false;
    const QVariant time = timeValue(when.isValid() ? when : QDateTime::currentDateTimeUtc());
    const QSqlDatabase db = m_database.handle();
    Transaction transaction(db);
    // A batch deleted straight from the form may not be in the catalogue yet: record it anyway.
    if (!insertEntries(db, m_host, {IdPair{classificationId, {}}}))
        return false;
    QSqlQuery upsert = prepared(db, UpsertBatchState);
    return run(upsert,
               {m_host, classificationId, batchId, batchStateCode(state), time, optionalText(by), time}) &&
           transaction.commit();
}

std::optional<QList<qsizetype>> CatalogueStore::recordDeletionMarks(const QList<DeletionMark>& marks,
                                                                    const QString& by)
{
    QList<qsizetype> written;
    if (marks.isEmpty())
        return written;
    const QSqlDatabase db = m_database.handle();
    Transaction transaction(db);
    if (!transaction.isOpen())
        return std::nullopt; // outside a transaction each write would be committed on its own
    QList<IdPair> entries;
    entries.reserve(marks.size());
    for (const DeletionMark& mark : marks) {
        if (isValidId(mark.classificationId) && isValidId(mark.batchId))
            entries << IdPair{mark.classificationId, mark.batchId};
    }
    if (!insertEntries(db, m_host, entries))
        return std::nullopt;
    QSqlQuery stateOf = prepared(db, QStringLiteral("SELECT state FROM batches WHERE host = ?"
                                                    " AND classification_id = ? AND batch_id = ?"));
    QSqlQuery upsert = prepared(db, UpsertBatchState);
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const DeletionMark& mark = marks.at(i);
        if (mark.kind == DeletionMark::Kind::KnownOnly || !isValidId(mark.classificationId) ||
            !isValidId(mark.batchId))
            continue;
        if (mark.kind == DeletionMark::Kind::NotFound) {
            // A 404 for a batch this app deleted confirms the deletion; "deleted on DATE" says more.
            if (!run(stateOf, {m_host, mark.classificationId, mark.batchId}))
                return std::nullopt;
            const bool deleted =
                stateOf.next() && batchStateFromCode(stateOf.value(0).toString()) == BatchState::Deleted;
            stateOf.finish();
            if (deleted)
                continue;
        }
        const bool isDeleted = mark.kind == DeletionMark::Kind::Deleted;
        const QVariant time = timeValue(mark.when.isValid() ? mark.when : QDateTime::currentDateTimeUtc());
        if (!run(upsert, {m_host, mark.classificationId, mark.batchId,
                          batchStateCode(isDeleted ? BatchState::Deleted : BatchState::NotFound), time,
                          optionalText(isDeleted ? by : QString()), time}))
            return std::nullopt;
        written << i;
    }
    if (!transaction.commit())
        return std::nullopt;
    return written;
}

bool CatalogueStore::removeClassification(const QString& classificationId)
{
    const QSqlDatabase db = m_database.handle();
    Transaction transaction(db);
    QSqlQuery files =
        prepared(db, QStringLiteral("DELETE FROM batch_files WHERE host = ? AND classification_id = ?"));
    QSqlQuery batches =
        prepared(db, QStringLiteral("DELETE FROM batches WHERE host = ? AND classification_id = ?"));
    QSqlQuery classification =
        prepared(db, QStringLiteral("DELETE FROM classifications WHERE host = ? AND id = ?"));
    return run(files, {m_host, classificationId}) && run(batches, {m_host, classificationId}) &&
           run(classification, {m_host, classificationId}) && transaction.commit();
}

bool CatalogueStore::removeBatch(const QString& classificationId, const QString& batchId)
{
    const QSqlDatabase db = m_database.handle();
    Transaction transaction(db);
    QSqlQuery files = prepared(
        db,
        QStringLiteral("DELETE FROM batch_files WHERE host = ? AND classification_id = ? AND batch_id = ?"));
    QSqlQuery batch = prepared(
        db, QStringLiteral("DELETE FROM batches WHERE host = ? AND classification_id = ? AND batch_id = ?"));
    return run(files, {m_host, classificationId, batchId}) &&
           run(batch, {m_host, classificationId, batchId}) && transaction.commit();
}

QList<ClassificationRecord> CatalogueStore::classifications() const
{
    QSqlQuery query =
        prepared(m_database.handle(), QStringLiteral("SELECT %1 FROM classifications WHERE host = ?"
                                                     " ORDER BY id")
                                          .arg(ClassificationColumns));
    QList<ClassificationRecord> records;
    if (!run(query, {m_host}))
        return records;
    while (query.next()) {
        // Written by an earlier version that stored IDs unchecked: never offered for selection.
        ClassificationRecord record = classificationFrom(query);
        if (isValidId(record.id))
            records << std::move(record);
    }
    return records;
}

QList<BatchRecord> CatalogueStore::batches() const
{
    QSqlQuery query = prepared(m_database.handle(), QStringLiteral("SELECT %1 FROM batches WHERE host = ?"
                                                                   " ORDER BY classification_id, batch_id")
                                                        .arg(BatchColumns));
    QList<BatchRecord> records;
    if (!run(query, {m_host}))
        return records;
    while (query.next()) {
        BatchRecord record = batchFrom(query);
        if (isStorable(IdPair{record.classificationId, record.batchId}))
            records << std::move(record);
    }
    return records;
}

QList<BatchRecord> CatalogueStore::batches(const QList<IdPair>& which) const
{
    QList<BatchRecord> records;
    if (which.isEmpty())
        return records;
    QSqlQuery query = prepared(
        m_database.handle(),
        QStringLiteral("SELECT %1 FROM batches WHERE host = ? AND classification_id = ? AND batch_id = ?")
            .arg(BatchColumns));
    records.reserve(which.size());
    for (const IdPair& pair : which) {
        if (pair.batchId.isEmpty() || !isStorable(pair))
            continue;
        if (!run(query, {m_host, pair.classificationId, pair.batchId}))
            break;
        if (query.next())
            records << batchFrom(query);
        query.finish();
    }
    return records;
}

std::optional<ClassificationRecord> CatalogueStore::classification(const QString& classificationId) const
{
    if (!isValidId(classificationId))
        return std::nullopt;
    QSqlQuery query = prepared(m_database.handle(),
                               QStringLiteral("SELECT %1 FROM classifications WHERE host = ? AND id = ?")
                                   .arg(ClassificationColumns));
    if (!run(query, {m_host, classificationId}) || !query.next())
        return std::nullopt;
    return classificationFrom(query);
}

std::optional<BatchRecord> CatalogueStore::batch(const QString& classificationId,
                                                 const QString& batchId) const
{
    if (!isValidId(classificationId) || !isValidId(batchId))
        return std::nullopt;
    QSqlQuery query = prepared(
        m_database.handle(),
        QStringLiteral("SELECT %1 FROM batches WHERE host = ? AND classification_id = ? AND batch_id = ?")
            .arg(BatchColumns));
    if (!run(query, {m_host, classificationId, batchId}) || !query.next())
        return std::nullopt;
    return batchFrom(query);
}

QList<FileRecord> CatalogueStore::files(const QString& classificationId, const QString& batchId) const
{
    QSqlQuery query = prepared(m_database.handle(),
                               QStringLiteral("SELECT file_id, file_name, status, document_type, confidence"
                                              " FROM batch_files WHERE host = ? AND classification_id = ?"
                                              " AND batch_id = ? ORDER BY position"));
    QList<FileRecord> records;
    if (!run(query, {m_host, classificationId, batchId}))
        return records;
    while (query.next()) {
        FileRecord file;
        file.fileId = query.value(0).toString();
        if (!isValidId(file.fileId))
            file.fileId.clear();
        file.fileName = query.value(1).toString();
        file.status = query.value(2).toString();
        file.documentType = query.value(3).toString();
        file.confidence = query.value(4).isNull() ? -1 : query.value(4).toDouble();
        records << file;
    }
    return records;
}
