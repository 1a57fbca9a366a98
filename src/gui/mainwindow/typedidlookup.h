#pragma once

#include "core/api/apioutcome.h"
#include "core/catalogue/catalogue.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

class ActiveConnection;
class BatchPreviewPane;
class CataloguePanel;
class CatalogueService;
class DeleteForm;
class SingleDeletion;

// What IDs typed or pasted into the form lead to, as a pick in the catalogue would: the
// classification's name (or why it is not known) next to its field, and a valid pair added to the
// catalogue, selected there and shown in the preview (once its classification is known to exist). It looks
// once the typing pauses (Pause), or at once when an ID is pasted, Enter is pressed or the focus leaves a
// field; each distinct ID once, through CatalogueService, whose catalogue of the host in force is the cache:
// a name fetched within NameFreshFor is not asked again, a batch's files are shown as last fetched. Nothing
// is looked up while a deletion request runs, and fetches queued to show a batch are dropped when one starts.
class TypedIdLookup final : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds Pause{500};
    static constexpr std::chrono::hours NameFreshFor{24};

    struct Parts
    {
        DeleteForm* form;
        CataloguePanel* cataloguePanel;
        BatchPreviewPane* preview;
    };

    TypedIdLookup(CatalogueService& catalogue, ActiveConnection& connection, const SingleDeletion& single,
                  Parts parts, QObject* parent);

private:
    enum class Trigger
    {
        Pause,
        UserDone, // a paste, the focus leaving a field
        Enter,    // a check that failed on the way (network, rate limit, token) is tried again
    };

    void onEdited();
    void lookUp(Trigger trigger);
    void checkClassification(const QString& classificationId);
    void showPair(const QString& classificationId, const QString& batchId);
    // The pair the form last brought into the catalogue goes again once the form holds another,
    // unless the server knew it: a batch ID typed with a pause half-way, or mistyped, leaves nothing
    // behind in the catalogue.
    void dropTrialUnlessKept(const IdPair& shownNow);
    void onLookupFinished(const QString& classificationId, const ApiOutcome& outcome);
    void showKnownName(const QString& classificationId);
    // Forgets what was looked up (another host, another token) and looks again after the pause.
    void startOver();

    CatalogueService& m_catalogue;
    ActiveConnection& m_connection;
    const SingleDeletion& m_single;
    Parts m_parts;
    QTimer m_pause;
    // The classification the note in the form is about, and whether its check failed on the way
    // (network, rate limit, token) rather than with an answer.
    QString m_classificationId;
    bool m_checkFailed = false;
    // A pair whose classification is not in the catalogue waits for the server to find it: a
    // mistyped classification brings no batch into the catalogue.
    bool m_pairWaits = false;
    // The pair the form added to the catalogue (it was not listed), until the form moves on.
    std::optional<IdPair> m_trial;
};
