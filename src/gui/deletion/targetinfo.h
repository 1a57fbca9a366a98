#pragma once

#include "core/api/apioutcome.h"
#include "deletiontarget.h"

#include <QObject>

#include <chrono>

class CatalogueService;
class CatalogueStore;

// What is known about the classification and batch a confirmation is about, and what is still being
// checked. Reads the catalogue; check() asks the server, through CatalogueService, for what the
// catalogue does not know or knows from longer ago than FreshFor; changed() follows every answer.
// Holds no widget: the dialog shows what it says.
class TargetInfo final : public QObject
{
    Q_OBJECT

public:
    // A list or name fetched longer ago than this is fetched again before it is trusted.
    static constexpr std::chrono::minutes FreshFor{10};

    struct Check
    {
        enum class State
        {
            Idle,     // not asked, or answered well: what the catalogue holds is all there is
            Checking, // asked, no answer yet
            Failed,   // answered otherwise: `outcome` says how
        };
        State state = State::Idle;
        ApiOutcome outcome;
    };

    TargetInfo(CatalogueService& catalogue, const QString& classificationId, const QString& batchId,
               QObject* parent = nullptr);

    // Makes the pair known to the catalogue (only a known entry keeps what the server answers) and
    // asks for the name and the contents unless they are fresh. The contents are fetched through the
    // spaced getResults queue, so their answer may take a few seconds to start.
    void check();

    // The name, file count, file names and fetch time the catalogue holds now, into `target`.
    void fillKnown(DeletionTarget& target) const;
    // The same for any target: files only for a batch believed to exist (not deleted, not found).
    static void fillKnown(const CatalogueStore& store, DeletionTarget& target);

    Check classificationCheck() const;
    Check batchCheck() const;

signals:
    // Something shown may have changed: a check started or ended, or the catalogue's entry changed.
    void changed();

private:
    bool isOurs(const QString& classificationId, const QString& batchId) const;
    void checkClassification();
    void checkBatch();
    void finish(Check& check, const ApiOutcome& outcome);

    CatalogueService& m_catalogue;
    QString m_classificationId;
    QString m_batchId;
    Check m_classification;
    Check m_batch;
};
