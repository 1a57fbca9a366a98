#include "cli/deletionlistreader.h"
#include "core/ids/idlistparser.h"
#include "core/ids/idvalidation.h"
#include "core/text/csv.h"
#include "core/text/servertext.h"
#include "fuzzentries.h"

#include <QSet>

namespace FuzzEntries {

namespace {

// The ID as checkId() leaves it: valid, and unchanged by checking it again.
bool isCheckedId(const QString& id)
{
    const IdCheck check = checkId(id);
    return check.valid && check.value == id;
}

// Lines as IdListParser counts them: split on '\n', none after a final '\n'.
qsizetype lineCount(QStringView text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text = text.sliced(1);
    if (text.isEmpty())
        return 0;
    return text.count(u'\n') + (text.endsWith(u'\n') ? 0 : 1);
}

void checkEntries(FindingList& findings, const QList<IdPair>& entries, const char* source)
{
    QSet<QString> seen;
    for (const IdPair& entry : entries) {
        findings.check(isCheckedId(entry.classificationId), "every classification ID passes checkId", [&] {
            return QString::fromLatin1(source) + QLatin1String(": ") + entry.classificationId;
        });
        findings.check(entry.batchId.isEmpty() || isCheckedId(entry.batchId), "every batch ID passes checkId",
                       [&] { return QString::fromLatin1(source) + QLatin1String(": ") + entry.batchId; });
        // Neither ID can contain a newline, so this joins them unambiguously.
        const QString key = entry.classificationId + QLatin1Char('\n') + entry.batchId;
        findings.check(!seen.contains(key), "duplicates are removed", QString::fromLatin1(source));
        seen.insert(key);
    }
}

bool needsNeutralising(const QString& value)
{
    return !value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.front());
}

void checkCsvCell(FindingList& findings, const QString& value)
{
    const QString cell = Csv::cell(value);
    // Cells show server and file text as one safe line (ServerText::oneLine), then neutralise formulas.
    const QString shown = ServerText::oneLine(value);
    const QString expected = needsNeutralising(shown) ? QLatin1Char('\'') + shown : shown;
    QString content = cell;
    if (cell.size() >= 2 && cell.startsWith(QLatin1Char('"')) && cell.endsWith(QLatin1Char('"'))) {
        const QString inner = cell.sliced(1, cell.size() - 2);
        // Inside the quotes every quote is doubled.
        content = inner;
        content.replace(QLatin1String("\"\""), QLatin1String("\""));
        findings.check(content.count(QLatin1Char('"')) * 2 == inner.count(QLatin1Char('"')),
                       "quotes inside a quoted cell are doubled");
    } else {
        findings.check(std::none_of(cell.cbegin(), cell.cend(),
                                    [](QChar c) { return QStringLiteral(",;\"\r\n").contains(c); }),
                       "a cell with a comma, semicolon, quote, CR or LF is quoted");
    }
    findings.check(content == expected, "a CSV cell reads back as its value (a formula neutralised)");
    findings.check(content.isEmpty() || !QStringLiteral("=+-@\t\r").contains(content.front()),
                   "a CSV cell never starts like a formula");
    findings.check(Csv::row({value, QString()}) == cell + QLatin1String(",\r\n"),
                   "a CSV row is its cells joined by commas, ending in CRLF");
}

// Writing the entries as the app's CSV and reading that back gives the same entries (for IDs that
// CSV export leaves as they are, i.e. that are not neutralised against formulas).
void checkRoundTrip(FindingList& findings, const QList<IdPair>& entries)
{
    QString csv = Csv::row({QStringLiteral("classificationId"), QStringLiteral("batchId")});
    QList<IdPair> written;
    for (const IdPair& entry : entries) {
        if (needsNeutralising(entry.classificationId) || needsNeutralising(entry.batchId))
            continue;
        csv += entry.batchId.isEmpty() ? Csv::row({entry.classificationId})
                                       : Csv::row({entry.classificationId, entry.batchId});
        written.append(entry);
    }
    const IdListParseResult reread = IdListParser::parse(csv);
    findings.check(reread.problems.isEmpty(), "the app's CSV of parsed entries parses without problems",
                   reread.problems.isEmpty() ? QString() : reread.problems.constFirst().message);
    findings.check(reread.entries == written,
                   "the app's CSV of parsed entries reads back as the same entries");
}

void checkParse(FindingList& findings, const QString& text)
{
    const IdListParseResult parsed = IdListParser::parse(text);
    checkEntries(findings, parsed.entries, "IdListParser");
    const qsizetype lines = lineCount(text);
    findings.check(parsed.entries.size() + parsed.problems.size() + parsed.ignoredLines <= lines,
                   "each line is an entry, a problem, ignored or a duplicate", [&] {
                       return QStringLiteral("%1 entries, %2 problems, %3 ignored, %4 lines")
                           .arg(parsed.entries.size())
                           .arg(parsed.problems.size())
                           .arg(parsed.ignoredLines)
                           .arg(lines);
                   });
    int previous = 0;
    for (const IdListProblem& problem : parsed.problems) {
        findings.check(problem.line > previous && problem.line <= lines,
                       "problems name existing lines, in order, one each",
                       [&] { return QString::number(problem.line); });
        findings.check(!problem.message.isEmpty(), "a problem is explained");
        previous = problem.line;
    }
    int previousLone = 0;
    for (const int line : parsed.classificationOnlyLines) {
        findings.check(line > previousLone && line <= lines,
                       "classification-only lines exist, in order, one each",
                       [&] { return QString::number(line); });
        previousLone = line;
    }
    checkRoundTrip(findings, parsed.entries);
}

void checkDeletionList(FindingList& findings, const QByteArray& bytes)
{
    const DeletionListReader::List list = DeletionListReader::fromBytes(bytes, QStringLiteral("fuzz input"));
    findings.check(list.error.isEmpty() || list.items.isEmpty(), "an unreadable list yields no batches");
    findings.check(list.problems.isEmpty() || list.items.isEmpty(),
                   "a list with a bad line yields no batches");
    QList<IdPair> pairs;
    for (const DeletionItem& item : list.items) {
        findings.check(!item.batchId.isEmpty(), "every batch of a delete list names a batch",
                       item.classificationId);
        pairs.append({item.classificationId, item.batchId});
    }
    checkEntries(findings, pairs, "DeletionListReader");
    int previous = 0;
    for (const IdListProblem& problem : list.problems) {
        findings.check(problem.line >= previous && problem.line >= 1,
                       "delete list problems are in line order", QString::number(problem.line));
        previous = problem.line;
    }
}

} // namespace

Findings idList(QByteArrayView data)
{
    FindingList findings;
    const QByteArray bytes = data.toByteArray();
    checkDeletionList(findings, bytes);
    const QString text = QString::fromUtf8(bytes);
    checkParse(findings, text);
    checkCsvCell(findings, text);
    return findings.take();
}

} // namespace FuzzEntries
