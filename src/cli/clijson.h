#pragma once

#include "core/catalogue/catalogue.h"
#include "core/deletion/deletionqueue.h"
#include "core/storage/auditlog.h"

#include <QJsonObject>
#include <QJsonValue>

// The --json records. Field names and result codes are a contract with scripts (docs/cli.md): they
// are camelCase, never translated, and only ever added to. A value that is not known is null.
namespace CliJson {

// "deleted", "not_found", "refused", "rate_limited", "network_error", "unknown", "cancelled"

QJsonObject deletionResult(const DeletionResult& result);
QJsonObject classification(const ClassificationRecord& record);
QJsonObject file(const FileRecord& record);
QJsonObject auditEntry(const AuditEntry& entry);
QJsonObject credits(const QJsonValue& credits);

} // namespace CliJson
