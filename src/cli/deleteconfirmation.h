#pragma once

#include "confirmationfacts.h"
#include "confirmationsummary.h"
#include "core/deletion/deletionqueue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class ExtractaClient;

// Asks the person at the terminal to confirm a deletion deliberately, as the app's dialog does:
// type the batch ID for one batch, or the number of batches for a list. Before the question it shows
// what the server says about the batches (ConfirmationLookup, ConfirmationSummary): the
// classification's name and the batch's files, or why they are not known, which never keeps the
// question from being asked. The question goes to standard error so that standard output keeps only
// results.
class DeleteConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(DeleteConfirmation)

public:
    // A long list is shown up to this many batches; the count typed covers all of them. Names are
    // looked up only for the classifications shown.
    static constexpr int MaxListedBatches = 30;

    // True only when the answer typed matches exactly (surrounding spaces aside). The lookups go
    // through `client`; an interrupt during them ends the process, as one at the question does. What
    // they learnt goes into `items` for the audit trail: each classification's name where the item
    // has none, and a single batch's file count.
    // `place` names the connection (with its environment) and the API host the deletion goes to.
    static bool confirm(QList<DeletionItem>& items, const ConfirmationPlace& place, ExtractaClient& client);
    // The same, without asking anyone (for tests): what `facts` tell, copied into `items`.
    static void recordFacts(QList<DeletionItem>& items, const ConfirmationFacts& facts);
};
