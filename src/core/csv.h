#pragma once

#include <QString>
#include <QStringList>

// RFC 4180 CSV for files a spreadsheet will open: fields with a comma, quote, CR or LF are quoted
// (quotes doubled), lines end in CRLF, and a cell starting with = + - @ TAB or CR gets a leading
// apostrophe so that the spreadsheet shows it as text instead of running it as a formula.
class Csv
{
public:
    static QString cell(const QString& value);
    // One line, CRLF included.
    static QString row(const QStringList& cells);
};
