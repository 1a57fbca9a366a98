#include "rejectedinput.h"

#include <QRegularExpression>

#include <algorithm>

namespace RejectedInput {

QString quotedValue(const QString& value)
{
    const bool plain = std::all_of(value.cbegin(), value.cend(),
                                   [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
    if (value.size() > MaxEchoedValueLength || !plain)
        return {};
    return QLatin1Char('"') + value + QLatin1Char('"');
}

bool isSafeName(const QString& word)
{
    static const QRegularExpression plainWord(QStringLiteral("^-{0,2}[A-Za-z][A-Za-z-]{0,23}$"));
    return plainWord.match(word).hasMatch();
}

} // namespace RejectedInput
