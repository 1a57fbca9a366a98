#pragma once

#include "confirmationfacts.h"
#include "core/deletion/deletionresult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// Where a deletion goes, as the confirmation names it.
struct ConfirmationPlace
{
    // Implicit from a host alone, for a confirmation outside any connection (tests).
    ConfirmationPlace(QString apiHost, QString title = {}) // NOLINT(google-explicit-constructor)
        : host(std::move(apiHost))
        , connectionTitle(std::move(title))
    {}

    QString host;            // "api.extracta.ai"
    QString connectionTitle; // "Production — acme-prod" (Connection::title()); empty: none shown
};

// The text shown before a deletion is confirmed on a terminal: the connection with its environment in
// words, the IDs, what the lookups learnt about them (or why they could not), and the API host. Everything
// the server sent goes through ServerText: on one line, with escapes and control characters made visible,
// long names shortened.
class ConfirmationSummary
{
    Q_DECLARE_TR_FUNCTIONS(ConfirmationSummary)

public:
    // Longer names are cut and end in "…".
    static constexpr int MaxNameChars = 60;

    static QString single(const DeletionItem& item, const ConfirmationFacts& facts,
                          const ConfirmationPlace& place);
    // Grouped by classification, in the order of the list, at most `maxListed` batch lines; each
    // classification line has its batch count and its name or why it is not known.
    static QString bulk(const QList<DeletionItem>& items, const ConfirmationFacts& facts,
                        const ConfirmationPlace& place, int maxListed);
    // The classifications bulk() shows a line for, in its order: the ones whose names are looked up.
    static QStringList listedClassifications(const QList<DeletionItem>& items, int maxListed);

    // Why a name or the files are not shown, in plain words; empty when they are known.
    static QString classificationReason(const LookupStatus& status);
    static QString batchReason(const LookupStatus& status);
};
