#pragma once

#include "core/catalogue/catalogue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

struct IdListProblem
{
    int line = 0; // 1-based
    QString message;
};

struct IdListParseResult
{
    QList<IdPair> entries;              // in input order, duplicates removed
    QList<IdListProblem> problems;      // one per refused line
    int ignoredLines = 0;               // blank lines and a header line
    QList<int> classificationOnlyLines; // lines that hold a classification ID and no batch ID
};

// Reads IDs pasted into "Add IDs…" or imported from a CSV file. One entry per line:
// `classificationId,batchId`, `classificationId batchId`, `classificationId<TAB>batchId`, or a lone
// classification ID. CSV quoting ("a","b") is understood, a UTF-8 BOM and CRLF line ends are
// accepted, a header line (e.g. "classificationId,batchId") and blank lines are ignored. Every ID
// goes through checkId(); a bad line is reported with its number and nothing else is lost.
class IdListParser
{
    Q_DECLARE_TR_FUNCTIONS(IdListParser)

public:
    static IdListParseResult parse(QStringView text);
    // Reads a file (at most MaxFileBytes) and parses it with parseBytes(); on a read error returns
    // no entries and sets *error.
    static IdListParseResult parseFile(const QString& path, QString* error);
    // Decodes and parses the bytes of a list, wherever they came from (a file, standard input):
    // UTF-8, or UTF-16/32 with a byte order mark; a line that is not valid UTF-8 is reported and the
    // others are still read. Binary data or broken UTF-16/32 returns no entries and sets *error,
    // which names the source as `shownName`.
    static IdListParseResult parseBytes(const QByteArray& data, const QString& shownName, QString* error);

    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;
};
