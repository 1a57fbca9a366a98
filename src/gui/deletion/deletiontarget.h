#pragma once

#include "core/connections/connection.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

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
    // The connection it is deleted through, shown in a band on top; none: no band (a caller that
    // knows no connection yet).
    std::optional<Connection> connection;
};
