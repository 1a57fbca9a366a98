#include "deletionlistreader.h"

#include "cliarguments.h"
#include "cliterminal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>

namespace {

struct DecodedText
{
    QString text;
    QList<IdListProblem> problems; // lines that are not valid UTF-8 (left blank in `text`)
    QString error;
};

bool isWideUnicode(QStringConverter::Encoding encoding)
{
    switch (encoding) {
    case QStringConverter::Utf16:
    case QStringConverter::Utf16LE:
    case QStringConverter::Utf16BE:
    case QStringConverter::Utf32:
    case QStringConverter::Utf32LE:
    case QStringConverter::Utf32BE:
        return true;
    default:
        return false;
    }
}

// Decodes as IdListParser::parseFile() does (UTF-8; UTF-16/32 with a byte order mark; binary
// refused). That function takes a path and reads the file itself, which standard input and a pipe
// only allow once, hence this copy of its rules.
DecodedText decode(const QByteArray& data, const QString& shownName)
{
    DecodedText decoded;
    const std::optional<QStringConverter::Encoding> marked = QStringConverter::encodingForData(data);
    if (marked && isWideUnicode(*marked)) {
        QStringDecoder decoder(*marked, QStringConverter::Flag::Stateless);
        decoded.text = decoder(data);
        if (decoder.hasError())
            decoded.error = DeletionListReader::tr("%1 is not valid Unicode text.").arg(shownName);
        return decoded;
    }
    if (data.contains('\0')) {
        decoded.error = DeletionListReader::tr("%1 is not a text file. Save it as CSV or plain text (UTF-8).")
                            .arg(shownName);
        return decoded;
    }
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    decoded.text = decoder(data);
    if (!decoder.hasError())
        return decoded;

    // Name every line at fault. '\n' is never part of a multi-byte UTF-8 sequence.
    decoded.text.clear();
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringDecoder lineDecoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless |
                                                               QStringConverter::Flag::ConvertInitialBom);
        const QString line = lineDecoder(lines.at(i));
        if (lineDecoder.hasError())
            decoded.problems.append({int(i + 1), IdListParser::tr("Not valid UTF-8 text.")});
        else
            decoded.text += line;
        if (i + 1 < lines.size())
            decoded.text += QLatin1Char('\n');
    }
    return decoded;
}

// The numbers of the lines that hold a classification ID only. IdListParser reports entries without
// their lines, so each such line is found by parsing the lines one by one.
QList<IdListProblem> loneClassificationLines(const QString& text)
{
    QList<IdListProblem> problems;
    const QString message = DeletionListReader::tr(
        "Only a classification ID: a delete list needs classificationId,batchId on every line.");
    qsizetype start = 0;
    int number = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        ++number;
        const IdListParseResult line = IdListParser::parse(QStringView(text).mid(start, end - start));
        if (line.entries.size() == 1 && line.entries.constFirst().batchId.isEmpty())
            problems.append({number, message});
        start = end + 1;
    }
    return problems;
}

} // namespace

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
    const DecodedText decoded = decode(data, shownName);
    if (!decoded.error.isEmpty()) {
        list.error = decoded.error;
        return list;
    }
    const IdListParseResult parsed = IdListParser::parse(decoded.text);
    list.problems = decoded.problems + parsed.problems;
    const bool anyLone = std::any_of(parsed.entries.cbegin(), parsed.entries.cend(),
                                     [](const IdPair& entry) { return entry.batchId.isEmpty(); });
    if (anyLone)
        list.problems += loneClassificationLines(decoded.text);
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
