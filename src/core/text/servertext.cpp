#include "servertext.h"

#include "secretredaction.h"

namespace {

constexpr char16_t FirstStrongIsolate = 0x2068;
constexpr char16_t PopDirectionalIsolate = 0x2069;

QString hexEscape(char32_t codePoint)
{
    const QString digits = QString::number(uint(codePoint), 16).toUpper();
    if (codePoint < 0x100)
        return QStringLiteral("\\x") + digits.rightJustified(2, QLatin1Char('0'));
    return QStringLiteral("\\u{") + digits + QLatin1Char('}');
}

// What a character is shown as, or an empty string when it is shown as it is.
QString escapeFor(char32_t codePoint)
{
    switch (codePoint) {
    case U'\n':
        return QStringLiteral("\\n");
    case U'\r':
        return QStringLiteral("\\r");
    case U'\t':
        return QStringLiteral("\\t");
    default:
        break;
    }
    switch (QChar::category(codePoint)) {
    case QChar::Other_Control: // C0, DEL and C1
    case QChar::Other_Format:  // bidi controls, zero-width characters, BOM, soft hyphen
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return hexEscape(codePoint);
    default:
        return {};
    }
}

} // namespace

namespace ServerText {

QString oneLine(const QString& text, int maxChars)
{
    QString shown;
    shown.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        char32_t codePoint = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(c, text.at(i + 1));
            ++i;
        } else if (c.isSurrogate()) {
            shown += QChar::ReplacementCharacter;
            continue;
        }
        const QString escape = escapeFor(codePoint);
        if (!escape.isEmpty())
            shown += escape;
        else if (QChar::requiresSurrogates(codePoint))
            shown += QString::fromUcs4(&codePoint, 1);
        else
            shown += QChar(char16_t(codePoint));
    }
    shown = SecretRedaction::withoutBearerCredentials(shown);
    if (maxChars > 0 && shown.size() > maxChars) {
        qsizetype cut = maxChars - 1;
        if (cut > 0 && shown.at(cut - 1).isHighSurrogate())
            --cut;
        shown = shown.left(cut) + QChar(0x2026);
    }
    return shown;
}

QString visibleId(const QString& id)
{
    QString shown;
    shown.reserve(id.size());
    const QList<uint> codePoints = id.toUcs4();
    for (const uint codePoint : codePoints) {
        // A backslash is escaped too: an ID spelling out "\u{2010}" must not read like one holding it.
        if (codePoint >= 0x21 && codePoint <= 0x7e && codePoint != '\\')
            shown += QChar(char16_t(codePoint));
        else
            shown += hexEscape(codePoint);
    }
    return shown;
}

QString isolated(const QString& text)
{
    return QChar(FirstStrongIsolate) + text + QChar(PopDirectionalIsolate);
}

} // namespace ServerText
