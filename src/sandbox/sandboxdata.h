#pragma once

#include "sandboxserver.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The classifications and batches the sandbox serves. Every request-time operation is a hash lookup,
// so answering costs the same however much data a benchmark loads.
class SandboxData
{
public:
    struct Classification
    {
        QString name;
        QString description;
        qint64 createdAtMs = 0;
        QStringList documentTypes;
    };

    enum class Lookup
    {
        Found,
        NoClassification,
        NoBatch,
        NoFile,
    };

    void addClassification(const QString& id, const Classification& details);
    void addBatch(const QString& classificationId, const QString& batchId, const QList<SandboxFile>& files);
    void loadSample();

    // Null when unknown. Valid until the data is next changed.
    const Classification* classification(const QString& id) const;
    Lookup findBatch(const QString& classificationId, const QString& batchId,
                     const QList<SandboxFile>** files) const;
    Lookup removeBatch(const QString& classificationId, const QString& batchId);
    // Removes all the files or, when one of them is unknown, none.
    Lookup removeFiles(const QString& classificationId, const QString& batchId, const QStringList& fileIds);
    bool removeClassification(const QString& id);

    // In the order they were added.
    QStringList classificationIds() const;
    QStringList batchIds(const QString& classificationId) const;

private:
    struct Batch
    {
        quint64 order = 0;
        QList<SandboxFile> files;
    };
    struct Entry
    {
        quint64 order = 0;
        Classification details;
        QHash<QString, Batch> batches;
    };

    Entry& entry(const QString& classificationId);

    QHash<QString, Entry> m_classifications;
    // Insertion stamps instead of ordered lists keep removal O(1); only the listing functions sort.
    quint64 m_nextOrder = 0;
};
