#include "confirmationsummary.h"

#include "core/api/checkwording.h"
#include "core/text/servertext.h"

#include <QHash>

#include <algorithm>
#include <utility>

namespace {

// Why a lookup could not tell: the two reasons only the CLI's lookup has, then the words the app
// uses for the same answers (CheckWording); empty when it told.
QString couldNotCheck(const LookupStatus& status, CheckWording::Subject subject)
{
    using State = LookupStatus::State;
    switch (status.state) {
    case State::Known:
        return {};
    case State::NotLookedUp:
        return ConfirmationSummary::tr("Not looked up");
    case State::NoAnswerInTime:
        return ConfirmationSummary::tr("Could not check: the server did not answer in time");
    case State::NotFound:
    case State::RateLimited:
    case State::NoAnswer:
    case State::Unreachable:
    case State::TokenRejected:
    case State::Failed:
        break;
    }
    return CheckWording::problem(subject, status.outcome);
}

QString shownName(const ClassificationFacts& facts)
{
    if (facts.name.isEmpty())
        return ConfirmationSummary::tr("(no name)");
    return ServerText::oneLine(facts.name, ConfirmationSummary::MaxNameChars);
}

// The files row of single(): the count or why it is not known, then the first file names.
QStringList filesLines(const BatchFacts& batch)
{
    if (batch.status.state != LookupStatus::State::Known)
        return {ConfirmationSummary::batchReason(batch.status)};
    if (batch.fileCount == 0)
        return {ConfirmationSummary::tr("none (the batch is empty)")};
    QStringList lines{QString::number(batch.fileCount)};
    for (const QString& name : batch.fileNames) {
        lines << (name.isEmpty() ? ConfirmationSummary::tr("(no file name)")
                                 : ServerText::oneLine(name, ConfirmationSummary::MaxNameChars));
    }
    const int unnamed = batch.fileCount - int(batch.fileNames.size());
    if (unnamed > 0)
        lines << ConfirmationSummary::tr("… and %n more", nullptr, unnamed);
    return lines;
}

// Rows of a label and its value (or values, one per line), the values aligned after the longest label.
QString aligned(const QList<std::pair<QString, QStringList>>& rows)
{
    qsizetype width = 0;
    for (const auto& row : rows)
        width = std::max(width, row.first.size());
    QString text;
    for (const auto& [label, values] : rows) {
        for (qsizetype i = 0; i < values.size(); ++i) {
            text += QStringLiteral("  ") + (i == 0 ? label : QString()).leftJustified(width + 1) +
                    values.at(i) + u'\n';
        }
    }
    return text;
}

// A list grouped by classification, in the order each first appears.
struct Groups
{
    QStringList order;
    QHash<QString, QStringList> batches;
};

Groups grouped(const QList<DeletionItem>& items)
{
    Groups groups;
    for (const DeletionItem& item : items) {
        auto found = groups.batches.find(item.classificationId);
        if (found == groups.batches.end()) {
            groups.order << item.classificationId;
            found = groups.batches.insert(item.classificationId, {});
        }
        found->append(item.batchId);
    }
    return groups;
}

// The classifications of `groups` that get a line when at most `maxListed` batch lines are shown.
qsizetype listedCount(const Groups& groups, int maxListed)
{
    qsizetype classifications = 0;
    qsizetype lines = 0;
    for (const QString& id : groups.order) {
        if (lines >= maxListed)
            break;
        ++classifications;
        lines += groups.batches.value(id).size();
    }
    return classifications;
}

QString bulkClassificationLine(const QString& id, const ClassificationFacts& facts, int batchCount)
{
    const QString about = facts.status.state == LookupStatus::State::Known
                              ? shownName(facts)
                              : ConfirmationSummary::classificationReason(facts.status);
    return ConfirmationSummary::tr("  Classification %1 — %2 (%n batch(es)):", nullptr, batchCount)
               .arg(id, about) +
           u'\n';
}

} // namespace

QString ConfirmationSummary::single(const DeletionItem& item, const ConfirmationFacts& facts,
                                    const ConfirmationPlace& place)
{
    const ClassificationFacts classification = facts.classifications.value(item.classificationId);
    const QString name = classification.status.state == LookupStatus::State::Known
                             ? shownName(classification)
                             : classificationReason(classification.status);
    QList<std::pair<QString, QStringList>> rows{{tr("Classification:"), {item.classificationId}},
                                                {tr("Name:"), {name}},
                                                {tr("Batch:"), {item.batchId}},
                                                {tr("Files:"), filesLines(facts.batch)},
                                                {tr("API host:"), {place.host}}};
    if (!place.connectionTitle.isEmpty())
        rows.prepend({tr("Connection:"), {ServerText::oneLine(place.connectionTitle)}});
    return tr("This deletes a batch and all its results and files for good.") + u'\n' + aligned(rows);
}

QStringList ConfirmationSummary::listedClassifications(const QList<DeletionItem>& items, int maxListed)
{
    const Groups groups = grouped(items);
    return groups.order.mid(0, listedCount(groups, maxListed));
}

QString ConfirmationSummary::bulk(const QList<DeletionItem>& items, const ConfirmationFacts& facts,
                                  const ConfirmationPlace& place, int maxListed)
{
    const Groups groups = grouped(items);
    QString text;
    if (!place.connectionTitle.isEmpty())
        text += tr("Connection: %1").arg(ServerText::oneLine(place.connectionTitle)) + u'\n';
    text += tr("This deletes %1 batches and all their results and files for good, on %2:\n")
                .arg(items.size())
                .arg(place.host);
    int listed = 0;
    for (const QString& classificationId : groups.order.mid(0, listedCount(groups, maxListed))) {
        const QStringList& ids = groups.batches[classificationId];
        text += bulkClassificationLine(classificationId, facts.classifications.value(classificationId),
                                       int(ids.size()));
        for (const QString& batchId : ids) {
            if (listed >= maxListed)
                break;
            text += QStringLiteral("    %1\n").arg(batchId);
            ++listed;
        }
    }
    if (listed < items.size())
        text += tr("  … and %n more batch(es).\n", nullptr, int(items.size() - listed));
    const qsizetype unlisted = groups.order.size() - listedCount(groups, maxListed);
    if (unlisted > 0)
        text += tr("  Names are looked up for the classifications listed only; the list has %n more.\n",
                   nullptr, int(unlisted));
    return text;
}

QString ConfirmationSummary::classificationReason(const LookupStatus& status)
{
    return couldNotCheck(status, CheckWording::Subject::Classification);
}

QString ConfirmationSummary::batchReason(const LookupStatus& status)
{
    return couldNotCheck(status, CheckWording::Subject::Batch);
}
