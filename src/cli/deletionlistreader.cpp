#include "deletionlistreader.h"

#include "cliarguments.h"
#include "cliterminal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

DeletionListReader::List DeletionListReader::read(const QString& source)
{
    const qint64 limit = IdListParser::MaxFileBytes;
    const QString shownName =
        source == CliArguments::StandardInput ? tr("Standard input") : QDir::toNativeSeparators(source);
    const auto tooLarge = [&] {
        List list;
        list.error = tr("%1 is too large (more than %2 MiB).").arg(shownName).arg(limit / (1024 * 1024));
        return list;
    };
    if (source == CliArguments::StandardInput) {
        bool exceeded = false;
        const QByteArray data = CliTerminal::readAll(limit, &exceeded);
        return exceeded ? tooLarge() : fromBytes(data, shownName);
    }
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly)) {
        // The name is repeated only for a file that exists: a token pasted as the value must not be.
        List list;
        list.error = QFileInfo::exists(source)
                         ? tr("Could not read %1: %2").arg(shownName, file.errorString())
                         : tr("The file given with --from-csv does not exist.");
        return list;
    }
    // size() says nothing for a pipe: read one byte more than allowed to find out.
    const QByteArray data = file.read(limit + 1);
    if (data.size() > limit)
        return tooLarge();
    if (file.error() != QFileDevice::NoError) {
        List list;
        list.error = tr("Could not read %1: %2").arg(shownName, file.errorString());
        return list;
    }
    return fromBytes(data, shownName);
}

DeletionListReader::List DeletionListReader::fromBytes(const QByteArray& data, const QString& shownName)
{
    List list;
    QString error;
    const IdListParseResult parsed = IdListParser::parseBytes(data, shownName, &error);
    if (!error.isEmpty()) {
        list.error = error;
        return list;
    }
    list.problems = parsed.problems;
    // A lone classification ID adds a classification to the app's catalogue; here it deletes nothing.
    for (const int line : parsed.classificationOnlyLines)
        list.problems.append({line, tr("Only a classification ID: a delete list needs "
                                       "classificationId,batchId on every line.")});
    std::stable_sort(list.problems.begin(), list.problems.end(),
                     [](const IdListProblem& a, const IdListProblem& b) { return a.line < b.line; });
    if (!list.problems.isEmpty())
        return list;
    for (const IdPair& entry : parsed.entries) {
        DeletionItem item;
        item.classificationId = entry.classificationId;
        item.batchId = entry.batchId;
        list.items.append(item);
    }
    if (list.items.isEmpty())
        list.error = tr("%1 lists no batches.").arg(shownName);
    return list;
}
