#include "deleteconfirmation.h"

#include "cliterminal.h"

#include <QHash>
#include <QStringList>

namespace {

bool askFor(const QString& question, const QString& expected)
{
    CliTerminal::writeError(question);
    QString answer;
    if (!CliTerminal::readLine(&answer))
        CliTerminal::writeError(QStringLiteral("\n"));
    return answer.trimmed() == expected;
}

} // namespace

bool DeleteConfirmation::confirm(const QList<DeletionItem>& items, const QString& host)
{
    if (items.size() == 1) {
        CliTerminal::writeError(singleSummary(items.constFirst(), host));
        return askFor(tr("Type the batch ID to confirm: "), items.constFirst().batchId);
    }
    CliTerminal::writeError(bulkSummary(items, host));
    return askFor(tr("Type %1 to confirm: ").arg(items.size()), QString::number(items.size()));
}

QString DeleteConfirmation::singleSummary(const DeletionItem& item, const QString& host)
{
    return tr("This deletes a batch and all its results and files for good.\n"
              "  Classification: %1\n"
              "  Batch:          %2\n"
              "  API host:       %3\n")
        .arg(item.classificationId, item.batchId, host);
}

QString DeleteConfirmation::bulkSummary(const QList<DeletionItem>& items, const QString& host, int maxListed)
{
    QStringList order;
    QHash<QString, QStringList> batches;
    for (const DeletionItem& item : items) {
        if (!batches.contains(item.classificationId))
            order << item.classificationId;
        batches[item.classificationId] << item.batchId;
    }

    QString text = tr("This deletes %1 batches and all their results and files for good, on %2:\n")
                       .arg(items.size())
                       .arg(host);
    int listed = 0;
    for (const QString& classificationId : order) {
        if (listed >= maxListed)
            break;
        const QStringList& ids = batches.value(classificationId);
        text += tr("  Classification %1 (%n batch(es)):\n", nullptr, int(ids.size())).arg(classificationId);
        for (const QString& batchId : ids) {
            if (listed >= maxListed)
                break;
            text += QStringLiteral("    %1\n").arg(batchId);
            ++listed;
        }
    }
    if (listed < items.size())
        text += tr("  … and %n more.\n", nullptr, int(items.size() - listed));
    return text;
}
