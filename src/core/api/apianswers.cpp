#include "apianswers.h"

#include <QJsonArray>

namespace {

QString stringField(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString().trimmed();
}

} // namespace

ClassificationRecord ApiAnswers::classificationDetails(const QJsonObject& answer,
                                                       const QString& classificationId, QStringList* batchIds)
{
    const QJsonObject details = answer.value(QLatin1String("classificationDetails")).toObject();
    ClassificationRecord record;
    record.id = classificationId;
    record.name = stringField(details, "name");
    record.description = stringField(details, "description");
    for (const QJsonValue& type : details.value(QLatin1String("documentTypes")).toArray()) {
        // Document types are documented loosely: plain names or objects with a name.
        const QString name =
            type.isObject() ? stringField(type.toObject(), "name") : type.toString().trimmed();
        if (!name.isEmpty())
            record.documentTypes << name;
    }
    record.detailsFetchedAt = QDateTime::currentDateTimeUtc();

    if (batchIds) {
        batchIds->clear();
        // Not documented; used when present, never relied upon. Either in the details or at the top.
        QJsonValue batches = details.value(QLatin1String("batches"));
        if (batches.isUndefined())
            batches = answer.value(QLatin1String("batches"));
        if (batches.isObject()) {
            const QStringList keys = batches.toObject().keys();
            for (const QString& key : keys) {
                if (!key.trimmed().isEmpty())
                    *batchIds << key.trimmed();
            }
        } else if (batches.isArray()) {
            for (const QJsonValue& batch : batches.toArray()) {
                const QJsonObject object = batch.toObject();
                QString id = batch.isString() ? batch.toString() : stringField(object, "batchId");
                if (id.isEmpty())
                    id = stringField(object, "id");
                if (!id.trimmed().isEmpty())
                    *batchIds << id.trimmed();
            }
        }
    }
    return record;
}

QList<FileRecord> ApiAnswers::batchFiles(const QJsonObject& answer)
{
    QList<FileRecord> files;
    for (const QJsonValue& value : answer.value(QLatin1String("files")).toArray()) {
        if (!value.isObject())
            continue;
        const QJsonObject file = value.toObject();
        const QJsonObject result = file.value(QLatin1String("result")).toObject();
        FileRecord record;
        record.fileId = stringField(file, "fileId");
        record.fileName = stringField(file, "fileName");
        record.status = stringField(file, "status");
        record.documentType = stringField(result, "documentType");
        const QJsonValue confidence = result.value(QLatin1String("confidence"));
        record.confidence = confidence.isDouble() ? confidence.toDouble() : -1;
        files << record;
    }
    return files;
}
