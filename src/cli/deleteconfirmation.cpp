#include "deleteconfirmation.h"

#include "cliterminal.h"
#include "confirmationlookup.h"

#include <QEventLoop>

namespace {

bool askFor(const QString& question, const QString& expected)
{
    CliTerminal::writeError(question);
    QString answer;
    if (!CliTerminal::readLine(&answer))
        CliTerminal::writeError(QStringLiteral("\n"));
    return answer.trimmed() == expected;
}

// Runs the lookups to their end (bounded by ConfirmationLookup) and returns what they learnt. The
// lookups can take a moment: a line on the terminal says why nothing shows yet, then goes away.
ConfirmationFacts lookUp(ExtractaClient& client, const QStringList& classificationIds, const QString& batchId,
                         const QString& waitingText)
{
    const bool showWaiting = CliTerminal::isStderrTerminal();
    if (showWaiting)
        CliTerminal::writeError(waitingText);
    ConfirmationLookup lookup(client);
    QEventLoop loop;
    QObject::connect(&lookup, &ConfirmationLookup::finished, &loop, &QEventLoop::quit);
    lookup.start(classificationIds, batchId);
    if (lookup.isRunning())
        loop.exec();
    if (showWaiting)
        CliTerminal::writeError(QLatin1Char('\r') + QString(waitingText.size(), QLatin1Char(' ')) +
                                QLatin1Char('\r'));
    return lookup.facts();
}

} // namespace

bool DeleteConfirmation::confirm(QList<DeletionItem>& items, const ConfirmationPlace& place,
                                 ExtractaClient& client)
{
    const QString& host = place.host;
    if (items.size() == 1) {
        const DeletionItem& item = items.constFirst();
        const ConfirmationFacts facts = lookUp(client, {item.classificationId}, item.batchId,
                                               tr("Looking up the batch on %1…").arg(host));
        CliTerminal::writeError(ConfirmationSummary::single(item, facts, place));
        recordFacts(items, facts);
        return askFor(tr("Type the batch ID to confirm: "), items.constFirst().batchId);
    }
    const ConfirmationFacts facts =
        lookUp(client, ConfirmationSummary::listedClassifications(items, MaxListedBatches), {},
               tr("Looking up the classifications on %1…").arg(host));
    CliTerminal::writeError(ConfirmationSummary::bulk(items, facts, place, MaxListedBatches));
    recordFacts(items, facts);
    return askFor(tr("Type %1 to confirm: ").arg(items.size()), QString::number(items.size()));
}

void DeleteConfirmation::recordFacts(QList<DeletionItem>& items, const ConfirmationFacts& facts)
{
    for (DeletionItem& item : items) {
        const auto classification = facts.classifications.constFind(item.classificationId);
        if (item.classificationName.isEmpty() && classification != facts.classifications.cend() &&
            classification->status.state == LookupStatus::State::Known)
            item.classificationName = classification->name;
    }
    if (items.size() == 1 && facts.batch.status.state == LookupStatus::State::Known)
        items.first().fileCount = facts.batch.fileCount;
}
