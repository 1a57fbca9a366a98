#pragma once

#include "core/catalogue/catalogue.h"
#include "core/deletion/deletionqueue.h"
#include "core/team/teamtrail.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSortFilterProxyModel>
#include <QVector>

#include <memory>
#include <optional>
#include <vector>

class CatalogueService;

// The catalogue as a two-level tree: classifications, each with its known batches. Mirrors the
// CatalogueService of the current host and updates single rows on its change signals.
class CatalogueModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        NameColumn,
        FilesColumn,
        StateColumn,
        LastCheckedColumn,
        ColumnCount,
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        SearchTextRole, // lower-case ID + name, for the filter
        BatchStateRole, // BatchState for batch rows; invalid for classifications
        ClassificationIdRole,
        BatchIdRole, // empty for classification rows
    };

    explicit CatalogueModel(CatalogueService& service, QObject* parent = nullptr);
    ~CatalogueModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex classificationIndex(const QString& classificationId) const;
    QModelIndex batchIndex(const QString& classificationId, const QString& batchId) const;
    int batchCount() const;
    int deletedBatchCount() const;
    // The batches as items to delete, with the classification name and (once fetched) file count the
    // catalogue knows: what a confirmation shows and the audit records.
    QList<DeletionItem> deletionItems(const QList<IdPair>& batches) const;
    // The same for a batch row; nothing for a classification row or a batch known deleted.
    std::optional<DeletionItem> itemToDelete(const QModelIndex& index) const;
    // For the filter, without a QVariant per call: the ID of a row, and the state of a batch row.
    const QString& idAt(const QModelIndex& index) const;
    bool isDeletedBatch(const QModelIndex& index) const;

    // What the team trail says of batches another desk deleted: the batch's state reads "Deleted by
    // USER@MACHINE on DATE" (with a sign and a tooltip), unless this desk's own state says deleted.
    // Answers add up: a deletion in the append-only trail is never taken back. Gone on reload().
    void addTeamDeletions(const QString& classificationId, const QHash<QString, TeamDeletion>& deletions);
    void clearTeamDeletions();
    // How many of `batches` the team trail says were deleted, as far as it has answered.
    int teamDeletedCount(const QList<IdPair>& batches) const;

    void reload();

private:
    struct ClassificationNode;

    void updateClassification(const QString& classificationId);
    void updateBatch(const QString& classificationId, const QString& batchId);
    void updateBatches(const QList<IdPair>& batches);
    void addBatches(const QList<IdPair>& batches);
    int storeBatch(const BatchRecord& batch);
    static DeletionItem itemFor(const ClassificationNode& node, const BatchRecord& batch);
    void removeClassification(const QString& classificationId);
    void removeBatch(const QString& classificationId, const QString& batchId);
    ClassificationNode* nodeFor(const QModelIndex& index) const;
    const BatchRecord* batchAt(const QModelIndex& index) const; // null for a classification row
    ClassificationNode* nodeAt(int row) const;
    int nodeCount() const;
    int ensureClassificationRow(const QString& classificationId);
    void renumberFrom(int row);
    QVariant classificationData(const ClassificationNode& node, int column, int role) const;
    QVariant batchData(const BatchRecord& batch, const ClassificationNode& node, int column, int role) const;
    static QString stateText(const BatchRecord& batch);
    QVariant teamMarkData(const BatchRecord& batch, const TeamDeletion& deletion, int role) const;

    CatalogueService& m_service;
    std::vector<std::unique_ptr<ClassificationNode>> m_nodes;
    QHash<QString, int> m_rowOfClassification;
    int m_batchCount = 0;
    int m_deletedCount = 0;
};

// Filters the catalogue by text (IDs and names, case-insensitive) and hides deleted batches unless
// asked to show them. A classification matching the text shows all its (visible) batches.
class CatalogueFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CatalogueFilterModel(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    void setShowDeleted(bool show);
    bool showDeleted() const;
    // How many batches the filter lets through. Without a filter text this is counted from the
    // catalogue, so that it costs nothing however many batches have never been shown.
    int shownBatchCount() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    const CatalogueModel* catalogue() const;
    bool matches(const QModelIndex& sourceIndex) const;

    QString m_text;
    bool m_showDeleted = false;
};
