#include "csv.h"

#include "servertext.h"

#include <algorithm>

namespace {

// IDs may legitimately start with '-' (documented format); they are neutralised too, because a
// reader cannot tell a harmless "-OPX…" from "-2+cmd|…": the apostrophe is visible but harmless.
bool needsNeutralising(const QString& cell)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    return !cell.isEmpty() && triggers.contains(cell.front());
}

} // namespace

QString Csv::cell(const QString& value)
{
    // Cells hold server and file text: one line each, nothing that could drive a terminal or reorder
    // what a viewer shows.
    const QString shown = ServerText::oneLine(value);
    const QString cell = needsNeutralising(shown) ? QLatin1Char('\'') + shown : shown;
    // A semicolon too: spreadsheets in many locales, and the app's own import, split cells on it.
    static const QString needQuotes = QStringLiteral(",;\"\r\n");
    if (std::none_of(cell.cbegin(), cell.cend(), [](QChar c) { return needQuotes.contains(c); }))
        return cell;
    QString quoted = cell;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString Csv::row(const QStringList& cells)
{
    QStringList escaped;
    escaped.reserve(cells.size());
    for (const QString& value : cells)
        escaped << cell(value);
    return escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}
