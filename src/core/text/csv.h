#pragma once

#include <QString>
#include <QStringList>

// RFC 4180 CSV for files a spreadsheet will open: every cell is one line with nothing hidden
// (ServerText::oneLine: line breaks and control characters shown as escapes), cells with a comma, a
// semicolon or a quote are quoted (quotes doubled), lines end in CRLF, and a cell starting with
// = + - @ gets a leading apostrophe so that the spreadsheet shows it as text instead of running it as
// a formula.
class Csv
{
public:
    static QString cell(const QString& value);
    // One line, CRLF included.
    static QString row(const QStringList& cells);
};
