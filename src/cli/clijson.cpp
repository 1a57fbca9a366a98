#include "clijson.h"

#include <QJsonArray>

namespace {

QJsonValue knownNumber(qint64 value, qint64 unknown)
{
    return value == unknown ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue utcTime(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalText(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

namespace CliJson {

QJsonObject deletionResult(const DeletionResult& result)
{
    return {
        {QStringLiteral("classificationId"), result.item.classificationId},
        {QStringLiteral("batchId"), result.item.batchId},
        {QStringLiteral("result"), deletionResultCode(result.kind)},
        {QStringLiteral("httpStatus"), knownNumber(result.outcome.httpStatus, 0)},
        {QStringLiteral("message"), optionalText(result.message)},
        {QStringLiteral("attempts"), result.attempts},
        {QStringLiteral("durationMs"), knownNumber(result.durationMs, -1)},
        {QStringLiteral("stopReason"), result.kind == DeletionResultKind::NotSent
                                           ? QJsonValue(runStopCode(result.stopReason))
                                           : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject classification(const ClassificationRecord& record)
{
    return {
        {QStringLiteral("classificationId"), record.id},
        {QStringLiteral("name"), optionalText(record.name)},
        {QStringLiteral("description"), optionalText(record.description)},
        {QStringLiteral("documentTypes"), QJsonArray::fromStringList(record.documentTypes)},
    };
}

QJsonObject file(const FileRecord& record)
{
    return {
        {QStringLiteral("fileId"), record.fileId},
        {QStringLiteral("fileName"), optionalText(record.fileName)},
        {QStringLiteral("status"), optionalText(record.status)},
        {QStringLiteral("documentType"), optionalText(record.documentType)},
        {QStringLiteral("confidence"),
         record.confidence < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(record.confidence)},
    };
}

QJsonObject auditEntry(const AuditEntry& entry)
{
    return {
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("startedUtc"), utcTime(entry.startedUtc)},
        {QStringLiteral("completedUtc"), utcTime(entry.completedUtc)},
        {QStringLiteral("attemptId"), entry.attemptId},
        {QStringLiteral("osUser"), entry.osUser},
        {QStringLiteral("machine"), entry.machine},
        {QStringLiteral("host"), entry.host},
        {QStringLiteral("classificationId"), entry.classificationId},
        {QStringLiteral("classificationName"), optionalText(entry.classificationName)},
        {QStringLiteral("batchId"), entry.batchId},
        {QStringLiteral("fileCount"), knownNumber(entry.fileCount, -1)},
        {QStringLiteral("outcome"), entry.outcome},
        {QStringLiteral("httpStatus"), knownNumber(entry.httpStatus, 0)},
        {QStringLiteral("serverMessage"), optionalText(entry.serverMessage)},
        {QStringLiteral("durationMs"), knownNumber(entry.durationMs, -1)},
    };
}

QJsonObject credits(const QJsonValue& credits)
{
    return {{QStringLiteral("credits"), credits.isDouble() ? credits : QJsonValue(QJsonValue::Null)}};
}

} // namespace CliJson
