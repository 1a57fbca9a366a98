#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// What the user is about to delete, with whatever the app knows about it.
struct DeletionTarget
{
    static constexpr int FileNamesShown = 5;

    QString classificationId;
    QString classificationName; // empty when unknown
    QString batchId;
    int fileCount = -1;       // -1 when unknown
    QStringList fileNames;    // the batch's files as last fetched; empty when unknown or none
    QDateTime filesFetchedAt; // when that list was fetched (UTC); invalid when unknown
    QString apiHost;
    bool demo = false;
};
