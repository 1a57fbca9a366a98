#include "core/ids/idvalidation.h"
#include "core/text/secretredaction.h"
#include "core/text/servertext.h"
#include "fuzzentries.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace FuzzEntries {

namespace {

// What may never reach a terminal, a widget or a CSV cell from a server: control and formatting
// characters, line and paragraph separators, and halves of surrogate pairs.
bool isSafeLine(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t codePoint = QChar::surrogateToUcs4(c, text.at(i + 1));
            const QChar::Category category = QChar::category(codePoint);
            if (category == QChar::Other_Control || category == QChar::Other_Format)
                return false;
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return false;
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            return false;
        default:
            break;
        }
    }
    return true;
}

void checkOneLine(FindingList& findings, const QString& text, int maxChars)
{
    const QString line = ServerText::oneLine(text);
    findings.check(isSafeLine(line),
                   "oneLine leaves no control, format or separator character, no lone surrogate",
                   [&] { return describe(line.toUtf8()); });
    findings.check(ServerText::oneLine(line) == line, "oneLine of a safe line changes nothing",
                   [&] { return describe(line.toUtf8()); });
    const QString cut = ServerText::oneLine(text, maxChars);
    findings.check(cut.size() <= maxChars, "oneLine keeps to maxChars",
                   [&] { return QStringLiteral("%1 > %2").arg(cut.size()).arg(maxChars); });
    findings.check(cut == line || cut.endsWith(QChar(0x2026)), "a shortened line ends in an ellipsis");
    findings.check(isSafeLine(cut), "a shortened line is safe too (no half surrogate pair)");
    const QString isolated = ServerText::isolated(line);
    findings.check(isolated.size() == line.size() + 2 && isolated.front() == QChar(0x2068) &&
                       isolated.back() == QChar(0x2069) && isolated.sliced(1, line.size()) == line,
                   "isolated() wraps the text in one first-strong isolate");
}

bool isPrintableAscii(const QString& text)
{
    return std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x21 && c.unicode() <= 0x7e; });
}

// Two different IDs never look the same (issue 11, items 19 and 25).
void checkVisibleIds(FindingList& findings, const QString& a, const QString& b)
{
    const QString shownA = ServerText::visibleId(a);
    findings.check(isPrintableAscii(shownA), "visibleId shows only printable ASCII", shownA);
    if (checkId(a).valid && checkId(b).valid && a != b)
        findings.check(shownA != ServerText::visibleId(b), "two different valid IDs never look the same",
                       shownA);
}

bool isTokenLike(const QString& text)
{
    return text.size() >= 8 && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
               return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                      QStringLiteral("-._~+/=").contains(c);
           });
}

// The token a request carried never comes back from a server's text (issue 11, items 7 and 18).
void checkRedaction(FindingList& findings, const QString& text, const QString& secret)
{
    if (!isTokenLike(secret))
        return;
    const QStringList secrets{secret};
    const QString echoed =
        text + QStringLiteral(" Authorization: Bearer ") + secret + QLatin1Char(' ') + text;
    findings.check(!SecretRedaction::redacted(echoed, secrets).contains(secret),
                   "a redacted text never holds the token");
    findings.check(!SecretRedaction::redacted(text + secret + text, secrets).contains(secret),
                   "a redacted text never holds the token, wherever it stands");
    findings.check(!ServerText::oneLine(QStringLiteral("Bearer ") + secret).contains(secret),
                   "a shown line never holds a Bearer credential");
    QJsonObject answer{{QStringLiteral("message"), echoed},
                       {secret, QJsonObject{{QStringLiteral("x"), secret}}}};
    const QByteArray json =
        QJsonDocument(SecretRedaction::redacted(answer, secrets)).toJson(QJsonDocument::Compact);
    findings.check(!QString::fromUtf8(json).contains(secret), "a redacted answer never holds the token");
}

} // namespace

Findings serverText(QByteArrayView data)
{
    FindingList findings;
    // As UTF-8 (what a server sends) and as raw UTF-16 (to reach lone surrogates, which UTF-8
    // decoding never yields).
    const QString text = QString::fromUtf8(data);
    const QString raw(reinterpret_cast<const QChar*>(data.data()), data.size() / 2);
    const int maxChars = 1 + int(data.size() % 40);
    checkOneLine(findings, text, maxChars);
    checkOneLine(findings, raw, maxChars);

    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    const QString first = newline < 0 ? text : text.first(newline);
    const QString second = newline < 0 ? QString() : text.sliced(newline + 1);
    checkVisibleIds(findings, first, second);
    checkVisibleIds(findings, raw, first);
    checkRedaction(findings, first, second);
    return findings.take();
}

} // namespace FuzzEntries
