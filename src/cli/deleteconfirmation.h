#pragma once

#include "core/deletion/deletionqueue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Asks the person at the terminal to confirm a deletion deliberately, as the app's dialog does:
// type the batch ID for one batch, or the number of batches for a list. The question goes to
// standard error so that standard output keeps only results.
class DeleteConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(DeleteConfirmation)

public:
    // A long list is shown up to this many batches; the count typed covers all of them.
    static constexpr int MaxListedBatches = 30;

    // True only when the answer typed matches exactly (surrounding spaces aside).
    static bool confirm(const QList<DeletionItem>& items, const QString& host);

    // What is shown before the question.
    static QString singleSummary(const DeletionItem& item, const QString& host);
    // Grouped by classification, in the order of the list, at most `maxListed` batch lines.
    static QString bulkSummary(const QList<DeletionItem>& items, const QString& host,
                               int maxListed = MaxListedBatches);
};
