#include "idlistparser.h"

#include "idvalidation.h"

#include <QDir>
#include <QFile>
#include <QHashFunctions>
#include <QStringConverter>
#include <QStringDecoder>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <optional>
#include <unordered_set>

// Behaviour worth knowing (see also the class comment):
// - Lines are split on \n; one trailing \r is dropped. A text ending in \n has no extra empty line.
//   Line numbers count every physical line from 1. A line over 4096 characters is refused unread.
// - Fields are separated by a comma, a semicolon, a TAB or a run of spaces; spaces around a comma,
//   semicolon or TAB are ignored. Two TABs or commas in a row make an empty field (as in CSV/TSV).
// - A field may be "quoted", with "" for a quote inside; a quoted field may contain separators and
//   spaces but must end on its own line. A quote inside an unquoted field is refused (RFC 4180).
// - Empty trailing fields are dropped (`cls,` is a lone classification). A line whose fields are all
//   empty (`,,`) counts as blank.
// - A header is recognised by its words, not its position alone: it consists only of words like
//   "classification", "batch", "id" (any case, camelCase, snake_case or spaced) and punctuation,
//   and names a classification or a batch. Only the first non-blank line may be a header; a later
//   line that looks like one is reported instead of importing "classificationId" as an ID.
// - parseFile() reports invalid UTF-8 per line ("not valid UTF-8 text") so that a file exported in
//   a legacy code page still yields every line that is plain ASCII. A file containing NUL bytes is
//   refused as a whole (a workbook or other binary file), unless a UTF-16/UTF-32 byte order mark
//   says how to read it (spreadsheet "Unicode text" exports).

namespace {

constexpr qsizetype MaxLineLength = 4096;
constexpr char16_t Bom = 0xFEFF;

bool isSeparator(QChar c)
{
    return c == u',' || c == u';' || c == u'\t';
}

// Words a header line may consist of (compared case-insensitively, letters only).
constexpr std::array<QStringView, 8> NamingWords{
    QStringView(u"classification"),    QStringView(u"classifications"), QStringView(u"classificationid"),
    QStringView(u"classificationids"), QStringView(u"batch"),           QStringView(u"batches"),
    QStringView(u"batchid"),           QStringView(u"batchids"),
};
constexpr std::array<QStringView, 7> OtherHeaderWords{
    QStringView(u"id"), QStringView(u"ids"), QStringView(u"identifier"), QStringView(u"number"),
    QStringView(u"no"), QStringView(u"nr"),  QStringView(u"key"),
};

bool isHeaderPunctuation(QChar c)
{
    switch (c.unicode()) {
    case u' ':
    case u'\t':
    case u',':
    case u';':
    case u'"':
    case u'_':
    case u'-':
    case u'.':
    case u'#':
    case u'(':
    case u')':
    case u'/':
    case u':':
        return true;
    default:
        return false;
    }
}

// True when the line consists only of header words and punctuation and names a classification or
// a batch. Real IDs carry digits or random letter runs, so they never pass.
bool looksLikeHeader(QStringView line)
{
    bool named = false;
    const qsizetype size = line.size();
    qsizetype i = 0;
    while (i < size) {
        if (!line[i].isLetter()) {
            if (!isHeaderPunctuation(line[i]))
                return false;
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < size && line[i].isLetter())
            ++i;
        const QStringView word = line.mid(start, i - start);
        const auto matches = [word](QStringView known) {
            return word.size() == known.size() && word.compare(known, Qt::CaseInsensitive) == 0;
        };
        if (std::any_of(NamingWords.cbegin(), NamingWords.cend(), matches))
            named = true;
        else if (std::none_of(OtherHeaderWords.cbegin(), OtherHeaderWords.cend(), matches))
            return false;
    }
    return named;
}

enum class SplitResult
{
    Ok,
    UnterminatedQuote,
    TextAfterQuote,
    StrayQuote,
};

using Fields = QVarLengthArray<QString, 4>;

SplitResult splitFields(QStringView line, Fields& fields)
{
    const qsizetype size = line.size();
    qsizetype i = 0;
    const auto skipSpaces = [&] {
        const qsizetype before = i;
        while (i < size && line[i] == u' ')
            ++i;
        return i > before;
    };

    while (true) {
        skipSpaces();
        QString field;
        const bool quoted = i < size && line[i] == u'"';
        if (quoted) {
            ++i;
            qsizetype start = i;
            bool closed = false;
            while (i < size) {
                if (line[i] != u'"') {
                    ++i;
                    continue;
                }
                if (i + 1 < size && line[i + 1] == u'"') {
                    field += line.mid(start, i + 1 - start); // up to and including one quote
                    i += 2;
                    start = i;
                    continue;
                }
                field += line.mid(start, i - start);
                ++i;
                closed = true;
                break;
            }
            if (!closed)
                return SplitResult::UnterminatedQuote;
        } else {
            const qsizetype start = i;
            while (i < size && line[i] != u' ' && !isSeparator(line[i])) {
                // As in RFC 4180, a quote belongs only in a quoted field. Refusing it elsewhere also
                // catches the rest of a quoted field that was meant to continue from the line before.
                if (line[i] == u'"')
                    return SplitResult::StrayQuote;
                ++i;
            }
            field = line.mid(start, i - start).toString();
        }
        const bool spaced = skipSpaces();
        fields.append(std::move(field));
        if (i >= size)
            return SplitResult::Ok;
        if (isSeparator(line[i])) {
            ++i; // the next round reads the following field, empty when the line ends here
            continue;
        }
        // Only a quoted field can stop at something that is neither a space nor a separator.
        if (quoted && !spaced)
            return SplitResult::TextAfterQuote;
    }
}

class Parser
{
public:
    // `undecodableLines`: sorted 1-based numbers of lines that were not valid text in the file.
    IdListParseResult run(QStringView text, const QList<int>& undecodableLines)
    {
        if (text.startsWith(QChar(Bom)))
            text = text.mid(1);
        // Most lines become entries: size for that up front instead of growing step by step.
        const qsizetype expected = std::min<qsizetype>(text.count(u'\n') + 1, 131'072);
        m_result.entries.reserve(expected);
        m_seen.reserve(size_t(expected));
        qsizetype pos = 0;
        int number = 0;
        qsizetype nextUndecodable = 0;
        while (pos < text.size()) {
            qsizetype end = text.indexOf(u'\n', pos);
            if (end < 0)
                end = text.size();
            QStringView line = text.mid(pos, end - pos);
            if (line.endsWith(u'\r'))
                line.chop(1);
            ++number;
            bool undecodable = false;
            if (nextUndecodable < undecodableLines.size() && undecodableLines.at(nextUndecodable) == number) {
                undecodable = true;
                ++nextUndecodable;
            }
            handleLine(number, line, undecodable);
            pos = end + 1;
        }
        return std::move(m_result);
    }

private:
    void handleLine(int number, QStringView line, bool undecodable)
    {
        if (undecodable) {
            refuse(number, cached(m_notUtf8, [] { return IdListParser::tr("Not valid UTF-8 text."); }));
            return;
        }
        if (line.trimmed().isEmpty()) {
            ++m_result.ignoredLines;
            return;
        }
        if (line.size() > MaxLineLength) {
            // Never copies the line: it may be megabytes of anything.
            refuse(number, IdListParser::tr("Line too long: %1 characters (at most %2).")
                               .arg(line.size())
                               .arg(MaxLineLength));
            return;
        }
        if (looksLikeHeader(line.trimmed())) {
            handleHeader(number);
            return;
        }
        Fields fields;
        if (!splitOrRefuse(number, line, fields))
            return;
        while (!fields.isEmpty() && fields.last().trimmed().isEmpty())
            fields.removeLast();
        if (fields.isEmpty()) { // only separators, e.g. an empty spreadsheet row
            ++m_result.ignoredLines;
            return;
        }
        if (fields.size() > 2) {
            refuse(number, cached(m_tooManyFields, [] {
                       return IdListParser::tr(
                           "Expected classificationId,batchId: this line has more than two fields.");
                   }));
            return;
        }
        addEntry(number, fields);
    }

    // A header line is ignored where it is the first line with content, refused anywhere else.
    void handleHeader(int number)
    {
        if (!m_sawContent) {
            m_sawContent = true;
            ++m_result.ignoredLines;
            return;
        }
        refuse(number, cached(m_lateHeader, [] {
                   return IdListParser::tr("Looks like a header line; only the first line may be one.");
               }));
    }

    // Splits `line` into `fields`; where its quoting is broken, refuses the line and returns false.
    bool splitOrRefuse(int number, QStringView line, Fields& fields)
    {
        switch (splitFields(line, fields)) {
        case SplitResult::Ok:
            return true;
        case SplitResult::UnterminatedQuote:
            refuse(number, cached(m_unterminated, [] {
                       return IdListParser::tr(
                           "A quote is not closed on this line (a quoted field cannot span lines).");
                   }));
            break;
        case SplitResult::TextAfterQuote:
            refuse(number, cached(m_textAfterQuote,
                                  [] { return IdListParser::tr("Unexpected text after a closing quote."); }));
            break;
        case SplitResult::StrayQuote:
            refuse(number, cached(m_strayQuote, [] {
                       return IdListParser::tr(
                           "A quote in the middle of a field; put the whole field in quotes and double "
                           "the quote.");
                   }));
            break;
        }
        return false;
    }

    // One or two fields: the entry they name, unless an ID is malformed (the line is refused then)
    // or the same entry came before (it is counted once).
    void addEntry(int number, const Fields& fields)
    {
        const IdCheck classification = checkId(fields.at(0));
        IdCheck batch;
        if (fields.size() == 2)
            batch = checkId(fields.at(1));
        QStringList problems;
        if (!classification.valid)
            problems << IdListParser::tr("Classification ID: %1").arg(classification.problem);
        if (fields.size() == 2 && !batch.valid)
            problems << IdListParser::tr("Batch ID: %1").arg(batch.problem);
        if (!problems.isEmpty()) {
            refuse(number, problems.join(QLatin1Char(' ')));
            return;
        }

        m_sawContent = true;
        IdPair entry{classification.value, batch.value};
        if (entry.batchId.isEmpty())
            m_result.classificationOnlyLines.append(number);
        if (m_seen.insert(entry).second)
            m_result.entries.append(std::move(entry));
    }

    void refuse(int number, const QString& message)
    {
        m_sawContent = true;
        m_result.problems.append({number, message});
    }

    // Repeated messages share one string, so that a file of bad lines stays small in memory.
    template <typename Make>
    static const QString& cached(QString& slot, Make make)
    {
        if (slot.isNull())
            slot = make();
        return slot;
    }

    struct PairHash
    {
        size_t operator()(const IdPair& pair) const noexcept
        {
            return qHashMulti(0, pair.classificationId, pair.batchId);
        }
    };

    IdListParseResult m_result;
    std::unordered_set<IdPair, PairHash> m_seen;
    bool m_sawContent = false;
    QString m_notUtf8;
    QString m_lateHeader;
    QString m_unterminated;
    QString m_textAfterQuote;
    QString m_strayQuote;
    QString m_tooManyFields;
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

// No entries, and why in *error (when asked for).
IdListParseResult refused(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return {};
}

} // namespace

IdListParseResult IdListParser::parse(QStringView text)
{
    return Parser().run(text, {});
}

IdListParseResult IdListParser::parseFile(const QString& path, QString* error)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    const auto tooLarge = [&] {
        return refused(error, tr("%1 is too large to import (more than %2 MiB).")
                                  .arg(shownPath)
                                  .arg(MaxFileBytes / (1024 * 1024)));
    };

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refused(error, tr("Could not read %1: %2").arg(shownPath, file.errorString()));
    if (file.size() > MaxFileBytes)
        return tooLarge();
    // size() says nothing for pipes and devices: read one byte more than allowed to find out.
    const QByteArray data = file.read(MaxFileBytes + 1);
    if (data.size() > MaxFileBytes)
        return tooLarge();
    if (file.error() != QFileDevice::NoError)
        return refused(error, tr("Could not read %1: %2").arg(shownPath, file.errorString()));
    return parseBytes(data, shownPath, error);
}

IdListParseResult IdListParser::parseBytes(const QByteArray& data, const QString& shownName, QString* error)
{
    if (error)
        error->clear();

    const std::optional<QStringConverter::Encoding> marked = QStringConverter::encodingForData(data);
    if (marked && isWideUnicode(*marked)) {
        QStringDecoder decoder(*marked, QStringConverter::Flag::Stateless);
        const QString text = decoder(data);
        if (decoder.hasError())
            return refused(error, tr("%1 is not valid Unicode text.").arg(shownName));
        return parse(text);
    }
    if (data.contains('\0'))
        return refused(error,
                       tr("%1 is not a text file. Save it as CSV or plain text (UTF-8).").arg(shownName));

    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder(data);
    if (!decoder.hasError())
        return parse(text);

    // Find the lines at fault; every other line is still imported. '\n' is never part of a
    // multi-byte UTF-8 sequence, so lines can be decoded one by one.
    QString rebuilt;
    rebuilt.reserve(text.size());
    QList<int> undecodable;
    qsizetype pos = 0;
    int number = 0;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        ++number;
        QStringDecoder lineDecoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless |
                                                               QStringConverter::Flag::ConvertInitialBom);
        const QString line = lineDecoder(QByteArrayView(data).sliced(pos, end - pos));
        if (lineDecoder.hasError()) {
            undecodable << number;
            rebuilt += QChar(QChar::ReplacementCharacter); // keeps the line, even as the last one
        } else {
            rebuilt += line;
        }
        if (end < data.size())
            rebuilt += QLatin1Char('\n');
        pos = end + 1;
    }
    return Parser().run(rebuilt, undecodable);
}
