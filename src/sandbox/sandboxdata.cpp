#include "sandboxdata.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>

namespace {

template <typename Map>
QStringList keysInOrder(const Map& map)
{
    QList<std::pair<quint64, QString>> ordered;
    ordered.reserve(map.size());
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        ordered.append({it->order, it.key()});
    std::sort(ordered.begin(), ordered.end());
    QStringList keys;
    keys.reserve(ordered.size());
    for (const auto& item : std::as_const(ordered))
        keys.append(item.second);
    return keys;
}

// IDs in the shape the API uses (Firebase push IDs: 20 characters from this alphabet, often with a
// leading '-'), seeded so that the demo shows the same IDs on every run.
QString pushId(QRandomGenerator& random)
{
    static constexpr char alphabet[] = "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
    QString id(20, QLatin1Char('-'));
    for (qsizetype i = 1; i < id.size(); ++i)
        id[i] = QLatin1Char(alphabet[random.bounded(int(sizeof(alphabet) - 1))]);
    return id;
}

struct SampleFile
{
    const char* fileName;
    int documentType; // index into the classification's document types, -1 while still processing
    double confidence;
};

struct SampleBatch
{
    const char* batchId;
    QList<SampleFile> files;
};

struct SampleClassification
{
    const char* id;
    const char* name;
    const char* description;
    const char* createdAt; // ISO 8601, UTC
    QList<const char*> documentTypes;
    QList<SampleBatch> batches;
};

QList<SampleClassification> sampleClassifications()
{
    // Names, descriptions and document types are what a demo user reads, hence translatable.
    return {
        {"-OPXR1F82I0cRYJPcHNo",
         QT_TRANSLATE_NOOP("SandboxData", "Invoices and receipts"),
         QT_TRANSLATE_NOOP("SandboxData",
                           "Supplier invoices, expense receipts and credit notes for accounting."),
         "2024-01-12T09:14:27Z",
         {QT_TRANSLATE_NOOP("SandboxData", "invoice"), QT_TRANSLATE_NOOP("SandboxData", "receipt"),
          QT_TRANSLATE_NOOP("SandboxData", "credit note")},
         {{"-OPXT4kQm2ZbW9sLe7Ha",
           {{"invoice-2024-0113.pdf", 0, 0.98},
            {"invoice-2024-0114.pdf", 0, 0.97},
            {"receipt-taxi-2024-01-15.jpg", 1, 0.91},
            {"credit-note-CN-0042.pdf", 2, 0.88}}},
          {"-OPYa8cD3nR5tV1wX6Jb",
           {{"invoice-2024-0201.pdf", 0, 0.99},
            {"receipt-hotel-berlin.png", 1, 0.86},
            {"scan_0007.pdf", -1, 0.0}}},
          {"-OPZ_0fG7hK2mN4pQ8Lc",
           {{"invoice-2024-0302.pdf", 0, 0.95}, {"receipt-office-supplies.jpg", 1, 0.79}}}}},
        {"-OQ2hT5nV8xC1bK7mZ3a",
         QT_TRANSLATE_NOOP("SandboxData", "HR onboarding documents"),
         QT_TRANSLATE_NOOP("SandboxData",
                           "Contracts, identity documents and forms collected from new employees."),
         "2024-02-05T13:02:51Z",
         {QT_TRANSLATE_NOOP("SandboxData", "employment contract"),
          QT_TRANSLATE_NOOP("SandboxData", "ID document"), QT_TRANSLATE_NOOP("SandboxData", "tax form"),
          QT_TRANSLATE_NOOP("SandboxData", "bank details form")},
         {{"-OQ2jR4wY6pD9sF1gH8k",
           {{"contract-jane-doe.pdf", 0, 0.97},
            {"passport-jane-doe.jpg", 1, 0.93},
            {"w4-jane-doe.pdf", 2, 0.96},
            {"direct-deposit-form.pdf", 3, 0.9},
            {"contract-addendum-remote-work.pdf", 0, 0.84}}},
          {"-OQ3aL7cN2vB5xM8zQ4t",
           {{"contract-john-smith.pdf", 0, 0.98}, {"drivers-license-john-smith.png", 1, 0.89}}}}},
        {"-OR1bC6dE9fG2hJ5kL8m",
         QT_TRANSLATE_NOOP("SandboxData", "Insurance claims"),
         QT_TRANSLATE_NOOP("SandboxData", "Motor and household claims with their supporting evidence."),
         "2024-03-18T07:45:10Z",
         {QT_TRANSLATE_NOOP("SandboxData", "claim form"), QT_TRANSLATE_NOOP("SandboxData", "police report"),
          QT_TRANSLATE_NOOP("SandboxData", "medical report"),
          QT_TRANSLATE_NOOP("SandboxData", "repair estimate"),
          QT_TRANSLATE_NOOP("SandboxData", "photo evidence")},
         {{"-OR1cV3xZ7nM4bQ9wE2r",
           {{"claim-CLM-20240318-001.pdf", 0, 0.99},
            {"police-report-2024-03-17.pdf", 1, 0.94},
            {"garage-estimate-4411.pdf", 3, 0.92},
            {"photo-front-bumper.jpg", 4, 0.87},
            {"photo-rear-door.jpg", 4, 0.85},
            {"er-discharge-summary.pdf", 2, 0.81}}},
          {"-OR2dT8yU1iO5pA3sD6f",
           {{"claim-CLM-20240402-017.pdf", 0, 0.98},
            {"water-damage-kitchen.jpg", 4, 0.9},
            {"plumber-quote.pdf", 3, 0.83}}},
          {"-OR3eW2qR9tY6uI4oP1g",
           {{"claim-CLM-20240415-003.pdf", 0, 0.97}, {"scan-20240415.pdf", -1, 0.0}}}}},
    };
}

} // namespace

void SandboxData::addClassification(const QString& id, const Classification& details)
{
    entry(id).details = details;
}

void SandboxData::addBatch(const QString& classificationId, const QString& batchId,
                           const QList<SandboxFile>& files)
{
    Entry& owner = entry(classificationId);
    auto it = owner.batches.find(batchId);
    if (it == owner.batches.end())
        it = owner.batches.insert(batchId, Batch{m_nextOrder++, {}});
    it->files = files;
}

void SandboxData::loadSample()
{
    QRandomGenerator random(20240113);
    for (const SampleClassification& sample : sampleClassifications()) {
        Classification details;
        details.name = QCoreApplication::translate("SandboxData", sample.name);
        details.description = QCoreApplication::translate("SandboxData", sample.description);
        details.createdAtMs =
            QDateTime::fromString(QLatin1String(sample.createdAt), Qt::ISODate).toMSecsSinceEpoch();
        for (const char* type : sample.documentTypes)
            details.documentTypes.append(QCoreApplication::translate("SandboxData", type));
        const QString classificationId = QLatin1String(sample.id);
        addClassification(classificationId, details);

        for (const SampleBatch& batch : sample.batches) {
            QList<SandboxFile> files;
            for (const SampleFile& file : batch.files) {
                const bool processed = file.documentType >= 0;
                files.append({pushId(random), QLatin1String(file.fileName),
                              processed ? QStringLiteral("processed") : QStringLiteral("processing"),
                              processed ? details.documentTypes.at(file.documentType) : QString(),
                              file.confidence});
            }
            addBatch(classificationId, QLatin1String(batch.batchId), files);
        }
    }
}

const SandboxData::Classification* SandboxData::classification(const QString& id) const
{
    const auto it = m_classifications.constFind(id);
    return it == m_classifications.cend() ? nullptr : &it->details;
}

SandboxData::Lookup SandboxData::findBatch(const QString& classificationId, const QString& batchId,
                                           const QList<SandboxFile>** files) const
{
    const auto owner = m_classifications.constFind(classificationId);
    if (owner == m_classifications.cend())
        return Lookup::NoClassification;
    const auto batch = owner->batches.constFind(batchId);
    if (batch == owner->batches.cend())
        return Lookup::NoBatch;
    if (files)
        *files = &batch->files;
    return Lookup::Found;
}

SandboxData::Lookup SandboxData::removeBatch(const QString& classificationId, const QString& batchId)
{
    const auto owner = m_classifications.find(classificationId);
    if (owner == m_classifications.end())
        return Lookup::NoClassification;
    return owner->batches.remove(batchId) ? Lookup::Found : Lookup::NoBatch;
}

SandboxData::Lookup SandboxData::removeFiles(const QString& classificationId, const QString& batchId,
                                             const QStringList& fileIds)
{
    const auto owner = m_classifications.find(classificationId);
    if (owner == m_classifications.end())
        return Lookup::NoClassification;
    const auto batch = owner->batches.find(batchId);
    if (batch == owner->batches.end())
        return Lookup::NoBatch;
    QList<SandboxFile>& files = batch->files;
    for (const QString& fileId : fileIds) {
        const bool known = std::any_of(files.cbegin(), files.cend(),
                                       [&](const SandboxFile& file) { return file.fileId == fileId; });
        if (!known)
            return Lookup::NoFile;
    }
    files.removeIf([&](const SandboxFile& file) { return fileIds.contains(file.fileId); });
    return Lookup::Found;
}

bool SandboxData::removeClassification(const QString& id)
{
    return m_classifications.remove(id);
}

QStringList SandboxData::classificationIds() const
{
    return keysInOrder(m_classifications);
}

QStringList SandboxData::batchIds(const QString& classificationId) const
{
    const auto owner = m_classifications.constFind(classificationId);
    return owner == m_classifications.cend() ? QStringList() : keysInOrder(owner->batches);
}

SandboxData::Entry& SandboxData::entry(const QString& classificationId)
{
    auto it = m_classifications.find(classificationId);
    if (it == m_classifications.end())
        it = m_classifications.insert(classificationId, Entry{m_nextOrder++, {}, {}});
    return *it;
}
