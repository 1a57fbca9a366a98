#pragma once

#include "core/catalogue/catalogue.h"

#include <QJsonObject>

// Reads the documented answer bodies into catalogue records. Tolerant: missing or mistyped fields
// are left empty instead of failing, since the API's shapes are only loosely documented.
class ApiAnswers
{
public:
    // viewClassification. `batchIds` receives the IDs of an optional "batches" object (keyed by ID)
    // or array (of IDs or of objects with a batchId/id), when the answer ever carries one.
    static ClassificationRecord classificationDetails(const QJsonObject& answer,
                                                      const QString& classificationId, QStringList* batchIds);
    // getResults: the "files" array.
    static QList<FileRecord> batchFiles(const QJsonObject& answer);
};
