#pragma once

#include "clitestharness.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What the CLI fault matrices check of every run besides the row's own expectations.
namespace CliFaultChecks {

// Standard error as a user reads it: at most `maxLines` lines, each one "extracta-batch: …" (a
// problem, said once, in words), never a raw diagnostic from Qt. Empty when all is well, else what
// is wrong.
QString stderrProblem(const CliRun& run, int maxLines);

// The audit trail of the runner's data folder as `extracta-batch audit --json` lists it, oldest first.
// Empty, with *problem set, when that command fails.
QList<QJsonObject> auditTrail(CliRunner& runner, QString* problem);
// An entry that is not complete (still "sent", no completion time) or that holds `secret` anywhere.
QString auditProblem(const QList<QJsonObject>& entries, const QString& secret);

// Every file below the runner's home (settings, the audit database with its -wal and -shm) that
// holds `secret`.
QStringList filesHolding(CliRunner& runner, const QString& secret);

// The requests the sandbox received with `method`.
int requestCount(SandboxThread& sandbox, const QByteArray& method);

// The arguments of `extracta-batch delete` for one batch, without asking, in JSON.
QStringList deleteOne(const QString& url, const QString& classificationId, const QString& batchId,
                      int timeoutSeconds);

} // namespace CliFaultChecks
