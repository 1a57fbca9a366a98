#pragma once

#include "catalogue.h"

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class CataloguePanel;
}
class CatalogueFilterModel;
class CatalogueModel;
class CatalogueService;
class QTreeView;

// The "select" part: known classifications and their batches, filterable and sortable, with ways
// to add IDs and to forget local entries (which never touches the server).
class CataloguePanel final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int ExpandAllLimit = 30;

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
    QList<IdPair> selectedBatches() const;
    // Selects exactly these batches (those the filter shows), e.g. after they were pasted in.
    void selectBatches(const QList<IdPair>& batches);
    // Moves the keyboard focus to the filter field, its text selected for typing over.
    void focusFilter();
    // What "Delete selected batches…" does; nothing when no batch is selected.
    void requestBulkDeletion();

signals:
    void batchSelected(const QString& classificationId, const QString& batchId);
    void classificationSelected(const QString& classificationId);
    void addIdsRequested();
    // "Delete selected batches…": the selected batches, and every visible batch of a selected
    // classification, in view order, without duplicates.
    void bulkDeleteRequested(const QList<IdPair>& batches);
    // How many batches "Delete selected batches…" would delete now.
    void bulkSelectionChanged(int count);
    // What "Remove from list" did, in words for the status bar.
    void entryForgotten(const QString& description);

private:
    void onCurrentChanged();
    void removeSelected();
    void updateCount();
    void updateBulkButton();
    void expandMatches();
    QModelIndex visibleBatchIndex(const QString& classificationId, const QString& batchId) const;

    std::unique_ptr<Ui::CataloguePanel> m_ui;
    CatalogueService& m_service;
    CatalogueModel* m_model;
    CatalogueFilterModel* m_filter;
    QTimer m_countTimer;
    bool m_quiet = false;
};
