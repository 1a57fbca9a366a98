#pragma once

#include "core/deletion/deletionqueue.h"
#include "core/ids/idlistparser.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// Reads the list of a bulk delete from a file or standard input, with the app's import rules
// (IdListParser). Stricter than the app's "Add IDs…" in one way: a line with a classification ID
// only names no batch, so in a delete list it is an error instead of a catalogue entry.
class DeletionListReader
{
    Q_DECLARE_TR_FUNCTIONS(DeletionListReader)

public:
    struct List
    {
        QList<DeletionItem> items;     // in input order, duplicates removed
        QList<IdListProblem> problems; // by line; any problem means nothing may be sent
        QString error;                 // the input as a whole could not be read
    };

    // `source` is a path or CliArguments::StandardInput. The input is read once, so a pipe or a
    // process substitution works as well as a file.
    static List read(const QString& source);
    // `shownName` names the input in messages.
    static List fromBytes(const QByteArray& data, const QString& shownName);
};
