#include "clifaultchecks.h"

#include "secretscan.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace CliFaultChecks {

QString stderrProblem(const CliRun& run, int maxLines)
{
    const QString text = QString::fromUtf8(run.err);
    QStringList lines = text.split(QLatin1Char('\n'));
    lines.removeAll(QString());
    if (lines.size() > maxLines)
        return QStringLiteral("%1 lines on standard error: %2").arg(lines.size()).arg(text);
    // What Qt prints on its own names its classes or logging categories.
    static const QRegularExpression qtDiagnostic(
        QStringLiteral("\\bQ[A-Z][A-Za-z]+(::|:)|\\bqt\\.[a-z]|QIODevice|QObject|QSsl|QNetwork"));
    for (const QString& line : std::as_const(lines)) {
        if (!line.startsWith(QLatin1String("extracta-batch: ")))
            return QStringLiteral("a line that is not the tool's own: %1").arg(line);
        if (qtDiagnostic.match(line).hasMatch())
            return QStringLiteral("a raw diagnostic: %1").arg(line);
    }
    return {};
}

QList<QJsonObject> auditTrail(CliRunner& runner, QString* problem)
{
    const CliRun run = runner.run({QStringLiteral("audit"), QStringLiteral("--json")});
    if (run.exitCode != 0) {
        *problem = QStringLiteral("audit --json ended with %1: %2").arg(run.exitCode).arg(run.text());
        return {};
    }
    QList<QJsonObject> entries = run.jsonLines();
    std::reverse(entries.begin(), entries.end());
    return entries;
}

QString auditProblem(const QList<QJsonObject>& entries, const QString& secret)
{
    for (const QJsonObject& entry : entries) {
        const QByteArray json = QJsonDocument(entry).toJson(QJsonDocument::Compact);
        if (entry.value(QLatin1String("outcome")).toString() == QLatin1String("sent") ||
            entry.value(QLatin1String("outcome")).toString().isEmpty())
            return QStringLiteral("an entry without its outcome: %1").arg(QString::fromUtf8(json));
        if (!entry.value(QLatin1String("completedUtc")).isString())
            return QStringLiteral("an entry without completedUtc: %1").arg(QString::fromUtf8(json));
        if (json.contains(secret.toUtf8()))
            return QStringLiteral("the token in an entry");
    }
    return {};
}

QStringList filesHolding(CliRunner& runner, const QString& secret)
{
    return SecretScan::filesContaining(runner.environment().value(QStringLiteral("HOME")), secret.toUtf8());
}

int requestCount(SandboxThread& sandbox, const QByteArray& method)
{
    return sandbox.call([method](SandboxServer& server) {
        const QList<SandboxRequest> requests = server.requests();
        return int(std::count_if(requests.cbegin(), requests.cend(),
                                 [&](const SandboxRequest& request) { return request.method == method; }));
    });
}

QStringList deleteOne(const QString& url, const QString& classificationId, const QString& batchId,
                      int timeoutSeconds)
{
    return {QStringLiteral("delete"),
            QStringLiteral("--classification"),
            classificationId,
            QStringLiteral("--batch"),
            batchId,
            QStringLiteral("--api-url"),
            url,
            QStringLiteral("--timeout"),
            QString::number(timeoutSeconds),
            QStringLiteral("--yes"),
            QStringLiteral("--json")};
}

} // namespace CliFaultChecks
