#pragma once

#include "core/catalogue/catalogue.h"
#include "core/deletion/deletionqueue.h"

#include <QTimer>
#include <QWidget>

#include <chrono>
#include <functional>
#include <memory>

namespace Ui {
class CataloguePanel;
}
class CatalogueFilterModel;
class CatalogueModel;
class CatalogueService;
class QElapsedTimer;
class QTreeView;

class TeamSync;

// The "select" part: known classifications and their batches, filterable and sortable, with ways
// to add IDs and to forget local entries (which never touches the server). Work over many rows at
// once (selecting a pasted list, collecting a selection to delete) runs a slice per turn of the
// event loop, so that the window keeps responding with a hundred thousand batches.
class CataloguePanel final : public QWidget
{
    Q_OBJECT

public:
    // The tree opens up by itself when it shows at most this many classifications and batches.
    static constexpr int ExpandAllLimit = 30;
    static constexpr int ExpandAllBatchLimit = 2000;
    static constexpr std::chrono::milliseconds SliceBudget{20};
    // The team trail is asked about at most this many batches at a time, and about all of them again
    // at most this often (after a sync that reached the team database).
    static constexpr int TeamMarkChunkSize = 200;
    static constexpr std::chrono::seconds TeamMarkRefreshAtMostEvery{10};

    explicit CataloguePanel(CatalogueService& service, QWidget* parent = nullptr);
    ~CataloguePanel() override;

    CatalogueModel* model() const;
    CatalogueFilterModel* filterModel() const;
    QTreeView* view() const;
    // Selects and shows the batch, if the filter lets it be seen.
    void selectBatch(const QString& classificationId, const QString& batchId);
    // Drops the current row without announcing a pick. Called before a row is hidden or removed, so
    // that the view does not move to a neighbour and offer that batch as the next one to delete.
    void clearCurrent();
    // What "Delete selected batches…" deletes: the selected batches and every shown batch of a
    // selected classification, in view order, each once; batches known deleted left out.
    QList<IdPair> selectedBatches() const;
    int selectedBatchCount() const;
    // Selects exactly these batches (those the filter shows; lone classifications are passed over),
    // e.g. after they were pasted in. A long list takes a few turns of the event loop: the old
    // selection goes at once, the new one comes with selectionApplied().
    void selectBatches(const QList<IdPair>& batches);
    // Moves the keyboard focus to the filter field, its text selected for typing over.
    void focusFilter();
    // The team trail that marks batches another desk deleted; `apiHost` names the API host the
    // catalogue's batches are on, as the trail records it. Null: no marks. The batches of the
    // classifications open in the tree are asked about as they show, in chunks, and again after a
    // sync that reached the team database; the tree never waits for the answers.
    void setTeamTrail(TeamSync* team, std::function<QString()> apiHost);
    // What "Delete selected batches…" does: collects the selection (a few turns for a long one) and
    // emits bulkDeleteRequested(); nothing when no batch is selected.
    void requestBulkDeletion();

signals:
    void batchSelected(const QString& classificationId, const QString& batchId);
    void classificationSelected(const QString& classificationId);
    void addIdsRequested();
    // "Delete selected batches…": selectedBatches() with what the catalogue knows of each.
    void bulkDeleteRequested(const QList<DeletionItem>& items);
    void selectionApplied();
    // How many batches "Delete selected batches…" would delete now.
    void bulkSelectionChanged(int count);
    // What "Remove from list" did, in words for the status bar.
    void entryForgotten(const QString& description);

private:
    // Selected rows of one classification, in the view: first..last.
    struct SelectedRows
    {
        int classificationRow;
        int first;
        int last;
    };
    struct SelectionJob;
    struct CollectionJob;
    class TeamMarks;

    // The selection in view order, one entry per run of selected rows (a whole classification is
    // one entry: all its rows). Costs per range of the selection, not per row.
    QList<SelectedRows> selectedRows() const;
    // Appends the batches of `rows` that may be deleted; returns false when `budget` ran out first
    // (*next then says where to go on).
    bool collect(const SelectedRows& rows, int* next, QList<DeletionItem>& items,
                 const QElapsedTimer* budget) const;
    void restartWork();
    void continueWork();
    void selectSlice();
    void collectSlice();
    void onCurrentChanged();
    void removeSelected();
    void updateCount();
    void updateBulkButton();
    void expandMatches();
    QModelIndex visibleBatchIndex(const QString& classificationId, const QString& batchId) const;

    std::unique_ptr<Ui::CataloguePanel> m_ui;
    CatalogueService& m_service;
    std::unique_ptr<TeamMarks> m_teamMarks;
    CatalogueModel* m_model;
    CatalogueFilterModel* m_filter;
    QTimer m_countTimer;
    QTimer m_work;
    std::unique_ptr<SelectionJob> m_selecting;
    std::unique_ptr<CollectionJob> m_collecting;
    bool m_quiet = false;
    bool m_expandedAll = false;
};
