#include "cataloguemodel.h"

#include "core/catalogue/catalogueservice.h"
#include "core/storage/auditlog.h"
#include "core/storage/cataloguestore.h"
#include "core/text/servertext.h"
#include "gui/widgets/guiresources.h"
#include "gui/widgets/plaintooltip.h"

#include <QFont>
#include <QIcon>
#include <QLocale>

#include <algorithm>

struct CatalogueModel::ClassificationNode
{
    int row = 0;
    ClassificationRecord record;
    QVector<BatchRecord> batches;
    QHash<QString, int> rowOfBatch;
    // What the team trail said of these batches: deleted by another desk (or this one, elsewhere).
    QHash<QString, TeamDeletion> teamDeletions;
    QString searchText;

    void refreshSearchText()
    {
        searchText = (record.id + QLatin1Char(' ') + record.name).toLower();
    }
};

namespace {

QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                         : QString();
}

// The day alone, as the rest of the column writes it: enough to tell "today" from "last week".
QString localDate(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime().date(), QStringLiteral("yyyy-MM-dd"))
                         : QString();
}

} // namespace

CatalogueModel::CatalogueModel(CatalogueService& service, QObject* parent)
    : QAbstractItemModel(parent)
    , m_service(service)
{
    connect(&m_service, &CatalogueService::reset, this, &CatalogueModel::reload);
    connect(&m_service, &CatalogueService::classificationChanged, this,
            &CatalogueModel::updateClassification);
    connect(&m_service, &CatalogueService::batchChanged, this, &CatalogueModel::updateBatch);
    connect(&m_service, &CatalogueService::batchesChanged, this, &CatalogueModel::updateBatches);
    connect(&m_service, &CatalogueService::batchesAdded, this, &CatalogueModel::addBatches);
    connect(&m_service, &CatalogueService::classificationRemoved, this,
            &CatalogueModel::removeClassification);
    connect(&m_service, &CatalogueService::batchRemoved, this, &CatalogueModel::removeBatch);
    reload();
}

CatalogueModel::~CatalogueModel() = default;

void CatalogueModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_rowOfClassification.clear();
    m_batchCount = 0;
    m_deletedCount = 0;
    const CatalogueStore& store = m_service.store();
    for (const ClassificationRecord& record : store.classifications()) {
        auto node = std::make_unique<ClassificationNode>();
        node->row = static_cast<int>(m_nodes.size());
        node->record = record;
        node->refreshSearchText();
        m_rowOfClassification.insert(record.id, node->row);
        m_nodes.push_back(std::move(node));
    }
    for (const BatchRecord& batch : store.batches()) {
        const auto it = m_rowOfClassification.constFind(batch.classificationId);
        if (it == m_rowOfClassification.cend())
            continue;
        ClassificationNode& node = *m_nodes[static_cast<size_t>(*it)];
        node.rowOfBatch.insert(batch.batchId, static_cast<int>(node.batches.size()));
        node.batches.push_back(batch);
        ++m_batchCount;
        m_deletedCount += batch.state == BatchState::Deleted ? 1 : 0;
    }
    endResetModel();
}

int CatalogueModel::nodeCount() const
{
    return static_cast<int>(m_nodes.size());
}

CatalogueModel::ClassificationNode* CatalogueModel::nodeAt(int row) const
{
    return row >= 0 && row < nodeCount() ? m_nodes[static_cast<size_t>(row)].get() : nullptr;
}

QModelIndex CatalogueModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < nodeCount() ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.internalPointer() != nullptr)
        return {};
    ClassificationNode* node = nodeAt(parent.row());
    if (!node || row >= node->batches.size())
        return {};
    return createIndex(row, column, node);
}

QModelIndex CatalogueModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalPointer() == nullptr)
        return {};
    const auto* node = static_cast<ClassificationNode*>(child.internalPointer());
    return createIndex(node->row, 0, nullptr);
}

int CatalogueModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return nodeCount();
    if (parent.internalPointer() != nullptr || parent.column() != 0)
        return 0;
    return static_cast<int>(nodeAt(parent.row())->batches.size());
}

int CatalogueModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

Qt::ItemFlags CatalogueModel::flags(const QModelIndex& index) const
{
    // Said of every batch row, the tree's expandAll() does not remember each of them as expanded.
    const Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    return index.internalPointer() == nullptr ? flags : flags | Qt::ItemNeverHasChildren;
}

CatalogueModel::ClassificationNode* CatalogueModel::nodeFor(const QModelIndex& index) const
{
    if (!index.isValid())
        return nullptr;
    if (index.internalPointer() != nullptr)
        return static_cast<ClassificationNode*>(index.internalPointer());
    return nodeAt(index.row());
}

QVariant CatalogueModel::data(const QModelIndex& index, int role) const
{
    ClassificationNode* node = nodeFor(index);
    if (!node)
        return {};
    if (index.internalPointer() == nullptr)
        return classificationData(*node, index.column(), role);
    return batchData(node->batches.at(index.row()), *node, index.column(), role);
}

QVariant CatalogueModel::classificationData(const ClassificationNode& node, int column, int role) const
{
    const ClassificationRecord& record = node.record;
    switch (role) {
    case SearchTextRole:
        return node.searchText;
    case ClassificationIdRole:
        return record.id;
    case BatchIdRole:
        return QString();
    case Qt::FontRole:
        if (column == NameColumn && record.name.isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        // Description and document types come from the server: each made one line, shown as text.
        QStringList lines{tr("%n known batch(es)", nullptr, static_cast<int>(node.batches.size()))};
        if (!record.description.isEmpty())
            lines.prepend(ServerText::oneLine(record.description));
        if (!record.documentTypes.isEmpty())
            lines << tr("Document types: %1")
                         .arg(ServerText::oneLine(record.documentTypes.join(QStringLiteral(", "))));
        return plainToolTip(lines.join(QLatin1Char('\n')));
    }
    case SortRole:
        if (column == FilesColumn)
            return static_cast<int>(node.batches.size());
        if (column == LastCheckedColumn)
            return record.detailsFetchedAt;
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (column) {
        case IdColumn:
            return ServerText::visibleId(record.id);
        case NameColumn:
            return record.name.isEmpty() ? tr("name not known") : ServerText::oneLine(record.name);
        case FilesColumn:
            return QString(); // file counts belong to batches; the batch count is in the tooltip
        case LastCheckedColumn:
            return localTime(record.detailsFetchedAt);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CatalogueModel::batchData(const BatchRecord& batch, const ClassificationNode& node, int column,
                                   int role) const
{
    // This desk's own "deleted" stands: it says when and by whom already. Otherwise what the team
    // trail says takes the state cell (and the row's tooltip), marked as the team trail's.
    if (batch.state != BatchState::Deleted && (column == StateColumn || role == Qt::ToolTipRole)) {
        const auto mark = node.teamDeletions.constFind(batch.batchId);
        if (mark != node.teamDeletions.cend()) {
            if (QVariant marked = teamMarkData(batch, *mark, role); marked.isValid())
                return marked;
        }
    }
    switch (role) {
    case SearchTextRole:
        return batch.batchId.toLower();
    case BatchStateRole:
        return QVariant::fromValue(batch.state);
    case ClassificationIdRole:
        return node.record.id;
    case BatchIdRole:
        return batch.batchId;
    case SortRole:
        if (column == FilesColumn)
            return batch.fileCount;
        if (column == LastCheckedColumn)
            return batch.lastChecked;
        if (column == StateColumn)
            return static_cast<int>(batch.state);
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (column) {
        case IdColumn:
            return ServerText::visibleId(batch.batchId);
        case FilesColumn:
            return batch.fileCount >= 0 ? QString::number(batch.fileCount) : QStringLiteral("?");
        case StateColumn:
            return stateText(batch);
        case LastCheckedColumn:
            return localTime(batch.lastChecked);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (batch.state == BatchState::Deleted)
            return plainToolTip(
                tr("Deleted on %1 by %2")
                    .arg(localTime(batch.stateChangedAt), ServerText::oneLine(batch.changedBy)));
        return {};
    default:
        return {};
    }
}

QString CatalogueModel::stateText(const BatchRecord& batch)
{
    switch (batch.state) {
    case BatchState::Unchecked:
        return tr("unchecked");
    case BatchState::Present:
        return tr("present");
    case BatchState::Deleted:
        return tr("deleted on %1").arg(localTime(batch.stateChangedAt));
    case BatchState::NotFound:
        return tr("not found");
    }
    return {};
}

QVariant CatalogueModel::teamMarkData(const BatchRecord& batch, const TeamDeletion& deletion, int role) const
{
    // Who and where came from another desk through the database: byWhom() makes it one bounded line,
    // isolated so that right-to-left text in it cannot turn the sentence around.
    const QString who = ServerText::isolated(deletion.byWhom());
    switch (role) {
    case Qt::DisplayRole:
        return tr("Deleted by %1 on %2").arg(who, localDate(deletion.whenUtc));
    case Qt::DecorationRole:
        return resourceIcon(QStringLiteral(":/icons/outcome-warning.svg"));
    case SortRole:
        return static_cast<int>(BatchState::Deleted);
    case Qt::ToolTipRole: {
        const bool thisDesk =
            deletion.osUser == AuditLog::currentOsUser() && deletion.machine == AuditLog::currentMachine();
        const QString when =
            QLocale().toString(deletion.whenUtc.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm"));
        return plainToolTip(
            (thisDesk ? tr("The team trail says %1 deleted this batch on %2, from this account and computer.")
                      : tr("The team trail says %1 deleted this batch on %2, from another desk."))
                .arg(who, when) +
            QLatin1Char('\n') + tr("This desk's own record: %1.").arg(stateText(batch)));
    }
    default:
        return {};
    }
}

void CatalogueModel::addTeamDeletions(const QString& classificationId,
                                      const QHash<QString, TeamDeletion>& deletions)
{
    const QModelIndex parentIndex = classificationIndex(classificationId);
    if (!parentIndex.isValid() || deletions.isEmpty())
        return;
    ClassificationNode& node = *nodeAt(parentIndex.row());
    for (auto it = deletions.cbegin(); it != deletions.cend(); ++it) {
        const auto row = node.rowOfBatch.constFind(it.key());
        if (row == node.rowOfBatch.cend())
            continue;
        const auto known = node.teamDeletions.constFind(it.key());
        if (known != node.teamDeletions.cend() && known->whenUtc >= it->whenUtc)
            continue;
        node.teamDeletions.insert(it.key(), *it);
        emit dataChanged(index(*row, 0, parentIndex), index(*row, ColumnCount - 1, parentIndex));
    }
}

void CatalogueModel::clearTeamDeletions()
{
    for (const auto& node : m_nodes) {
        if (node->teamDeletions.isEmpty())
            continue;
        node->teamDeletions.clear();
        const QModelIndex parentIndex = index(node->row, 0);
        if (!node->batches.isEmpty())
            emit dataChanged(index(0, 0, parentIndex),
                             index(static_cast<int>(node->batches.size()) - 1, ColumnCount - 1, parentIndex));
    }
}

int CatalogueModel::teamDeletedCount(const QList<IdPair>& batches) const
{
    int count = 0;
    const ClassificationNode* node = nullptr;
    for (const IdPair& batch : batches) {
        if (!node || node->record.id != batch.classificationId) {
            const auto row = m_rowOfClassification.constFind(batch.classificationId);
            node = row == m_rowOfClassification.cend() ? nullptr : m_nodes[static_cast<size_t>(*row)].get();
        }
        count += node && node->teamDeletions.contains(batch.batchId) ? 1 : 0;
    }
    return count;
}

QVariant CatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("ID");
    case NameColumn:
        return tr("Name");
    case FilesColumn:
        return tr("Files");
    case StateColumn:
        return tr("State");
    case LastCheckedColumn:
        return tr("Last checked");
    default:
        return {};
    }
}

QModelIndex CatalogueModel::classificationIndex(const QString& classificationId) const
{
    const auto it = m_rowOfClassification.constFind(classificationId);
    return it == m_rowOfClassification.cend() ? QModelIndex() : index(*it, 0);
}

QModelIndex CatalogueModel::batchIndex(const QString& classificationId, const QString& batchId) const
{
    const QModelIndex parentIndex = classificationIndex(classificationId);
    if (!parentIndex.isValid())
        return {};
    const ClassificationNode& node = *nodeAt(parentIndex.row());
    const auto it = node.rowOfBatch.constFind(batchId);
    return it == node.rowOfBatch.cend() ? QModelIndex() : index(*it, 0, parentIndex);
}

int CatalogueModel::batchCount() const
{
    return m_batchCount;
}

int CatalogueModel::deletedBatchCount() const
{
    return m_deletedCount;
}

QList<DeletionItem> CatalogueModel::deletionItems(const QList<IdPair>& batches) const
{
    QList<DeletionItem> items;
    items.reserve(batches.size());
    // Batches come grouped by classification as a rule: its node is looked up once per group.
    const ClassificationNode* node = nullptr;
    for (const IdPair& batch : batches) {
        if (!node || node->record.id != batch.classificationId) {
            const auto row = m_rowOfClassification.constFind(batch.classificationId);
            node = row == m_rowOfClassification.cend() ? nullptr : m_nodes[static_cast<size_t>(*row)].get();
        }
        const BatchRecord* record = nullptr;
        if (node) {
            const auto row = node->rowOfBatch.constFind(batch.batchId);
            record = row == node->rowOfBatch.cend() ? nullptr : &node->batches.at(*row);
        }
        items << (record ? itemFor(*node, *record)
                         : DeletionItem{batch.classificationId, node ? node->record.name : QString(),
                                        batch.batchId, -1, false});
    }
    return items;
}

std::optional<DeletionItem> CatalogueModel::itemToDelete(const QModelIndex& index) const
{
    const BatchRecord* batch = batchAt(index);
    if (!batch || batch->state == BatchState::Deleted)
        return std::nullopt;
    return itemFor(*nodeFor(index), *batch);
}

DeletionItem CatalogueModel::itemFor(const ClassificationNode& node, const BatchRecord& batch)
{
    // A file count is shown only once the files were fetched; before that it is a guess.
    return DeletionItem{batch.classificationId, node.record.name, batch.batchId,
                        batch.filesFetchedAt.isValid() ? batch.fileCount : -1, false};
}

const QString& CatalogueModel::idAt(const QModelIndex& index) const
{
    const ClassificationNode& node = *nodeFor(index);
    return index.internalPointer() == nullptr ? node.record.id : node.batches.at(index.row()).batchId;
}

bool CatalogueModel::isDeletedBatch(const QModelIndex& index) const
{
    const BatchRecord* batch = batchAt(index);
    return batch && batch->state == BatchState::Deleted;
}

const BatchRecord* CatalogueModel::batchAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalPointer() == nullptr)
        return nullptr;
    return &nodeFor(index)->batches.at(index.row());
}

void CatalogueModel::addBatches(const QList<IdPair>& batches)
{
    // Grouped by classification, each group appended to its classification's rows at once: one
    // insertion per classification, however many batches a paste brought.
    QStringList order;
    QHash<QString, QList<BatchRecord>> groups;
    for (const IdPair& batch : batches) {
        auto group = groups.find(batch.classificationId);
        if (group == groups.end()) {
            order << batch.classificationId;
            group = groups.insert(batch.classificationId, {});
        }
        BatchRecord record;
        record.classificationId = batch.classificationId;
        record.batchId = batch.batchId;
        group->append(record);
    }
    for (const QString& classificationId : std::as_const(order)) {
        const int parentRow = ensureClassificationRow(classificationId);
        ClassificationNode& node = *m_nodes[static_cast<size_t>(parentRow)];
        QList<BatchRecord> fresh;
        for (const BatchRecord& record : groups.value(classificationId)) {
            if (!node.rowOfBatch.contains(record.batchId))
                fresh << record;
        }
        if (fresh.isEmpty())
            continue;
        const int first = static_cast<int>(node.batches.size());
        beginInsertRows(index(parentRow, 0), first, first + static_cast<int>(fresh.size()) - 1);
        for (const BatchRecord& record : std::as_const(fresh)) {
            node.rowOfBatch.insert(record.batchId, static_cast<int>(node.batches.size()));
            node.batches.push_back(record);
        }
        m_batchCount += static_cast<int>(fresh.size());
        endInsertRows();
        emit dataChanged(index(parentRow, FilesColumn), index(parentRow, FilesColumn));
    }
}

int CatalogueModel::ensureClassificationRow(const QString& classificationId)
{
    const auto it = m_rowOfClassification.constFind(classificationId);
    if (it != m_rowOfClassification.cend())
        return *it;
    const int row = static_cast<int>(m_nodes.size());
    beginInsertRows({}, row, row);
    auto node = std::make_unique<ClassificationNode>();
    node->row = row;
    node->record = m_service.store()
                       .classification(classificationId)
                       .value_or(ClassificationRecord{classificationId, {}, {}, {}, {}});
    node->refreshSearchText();
    m_nodes.push_back(std::move(node));
    m_rowOfClassification.insert(classificationId, row);
    endInsertRows();
    return row;
}

void CatalogueModel::updateClassification(const QString& classificationId)
{
    const std::optional<ClassificationRecord> record = m_service.store().classification(classificationId);
    if (!record)
        return;
    const int row = ensureClassificationRow(classificationId);
    ClassificationNode& node = *m_nodes[static_cast<size_t>(row)];
    node.record = *record;
    node.refreshSearchText();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CatalogueModel::updateBatch(const QString& classificationId, const QString& batchId)
{
    const std::optional<BatchRecord> batch = m_service.store().batch(classificationId, batchId);
    if (!batch)
        return;
    const int row = storeBatch(*batch);
    if (row >= 0) {
        const QModelIndex parentIndex = classificationIndex(classificationId);
        emit dataChanged(index(row, 0, parentIndex), index(row, ColumnCount - 1, parentIndex));
    }
}

void CatalogueModel::updateBatches(const QList<IdPair>& batches)
{
    // Rows that changed in place are announced per contiguous run rather than one by one: the filter
    // then hides a run of deleted batches in one removal, and the view lays itself out once.
    const QList<BatchRecord> records = m_service.store().batches(batches);
    // New rows first, while the rows already shown still hold what the views last heard of: a sorted
    // view places a new row by comparing it with them.
    for (const BatchRecord& batch : records) {
        const auto parent = m_rowOfClassification.constFind(batch.classificationId);
        if (parent == m_rowOfClassification.cend() ||
            !m_nodes[static_cast<size_t>(*parent)]->rowOfBatch.contains(batch.batchId))
            storeBatch(batch);
    }
    QStringList classifications;
    QHash<QString, QList<int>> changedRows;
    for (const BatchRecord& batch : records) {
        const int row = storeBatch(batch);
        if (row < 0)
            continue;
        if (!changedRows.contains(batch.classificationId))
            classifications << batch.classificationId;
        changedRows[batch.classificationId] << row;
    }
    for (const QString& classificationId : std::as_const(classifications)) {
        QList<int> rows = changedRows.value(classificationId);
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        const QModelIndex parentIndex = classificationIndex(classificationId);
        for (qsizetype first = 0; first < rows.size();) {
            qsizetype last = first;
            while (last + 1 < rows.size() && rows.at(last + 1) == rows.at(last) + 1)
                ++last;
            emit dataChanged(index(rows.at(first), 0, parentIndex),
                             index(rows.at(last), ColumnCount - 1, parentIndex));
            first = last + 1;
        }
    }
}

int CatalogueModel::storeBatch(const BatchRecord& batch)
{
    const int parentRow = ensureClassificationRow(batch.classificationId);
    ClassificationNode& node = *m_nodes[static_cast<size_t>(parentRow)];
    const auto it = node.rowOfBatch.constFind(batch.batchId);
    if (it != node.rowOfBatch.cend()) {
        m_deletedCount += (batch.state == BatchState::Deleted ? 1 : 0) -
                          (node.batches.at(*it).state == BatchState::Deleted ? 1 : 0);
        node.batches[*it] = batch;
        return *it;
    }
    const QModelIndex parentIndex = index(parentRow, 0);
    const int row = static_cast<int>(node.batches.size());
    beginInsertRows(parentIndex, row, row);
    node.batches.push_back(batch);
    node.rowOfBatch.insert(batch.batchId, row);
    ++m_batchCount;
    m_deletedCount += batch.state == BatchState::Deleted ? 1 : 0;
    endInsertRows();
    emit dataChanged(index(parentRow, FilesColumn), index(parentRow, FilesColumn));
    return -1;
}

void CatalogueModel::removeClassification(const QString& classificationId)
{
    const auto it = m_rowOfClassification.constFind(classificationId);
    if (it == m_rowOfClassification.cend())
        return;
    const int row = *it;
    beginRemoveRows({}, row, row);
    const QVector<BatchRecord>& removed = m_nodes[static_cast<size_t>(row)]->batches;
    m_batchCount -= static_cast<int>(removed.size());
    m_deletedCount -=
        static_cast<int>(std::count_if(removed.cbegin(), removed.cend(), [](const BatchRecord& batch) {
            return batch.state == BatchState::Deleted;
        }));
    m_nodes.erase(m_nodes.begin() + row);
    m_rowOfClassification.remove(classificationId);
    renumberFrom(row);
    endRemoveRows();
}

void CatalogueModel::removeBatch(const QString& classificationId, const QString& batchId)
{
    const QModelIndex batch = batchIndex(classificationId, batchId);
    if (!batch.isValid())
        return;
    ClassificationNode& node = *nodeFor(batch);
    const int row = batch.row();
    beginRemoveRows(batch.parent(), row, row);
    m_deletedCount -= node.batches.at(row).state == BatchState::Deleted ? 1 : 0;
    node.batches.removeAt(row);
    node.rowOfBatch.remove(batchId);
    node.teamDeletions.remove(batchId);
    for (int i = row; i < node.batches.size(); ++i)
        node.rowOfBatch[node.batches.at(i).batchId] = i;
    --m_batchCount;
    endRemoveRows();
}

void CatalogueModel::renumberFrom(int row)
{
    for (int i = row; i < nodeCount(); ++i) {
        m_nodes[static_cast<size_t>(i)]->row = i;
        m_rowOfClassification[m_nodes[static_cast<size_t>(i)]->record.id] = i;
    }
}

CatalogueFilterModel::CatalogueFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(CatalogueModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CatalogueFilterModel::setFilterText(const QString& text)
{
    const QString lowered = text.trimmed().toLower();
    if (lowered == m_text)
        return;
    m_text = lowered;
    invalidateFilter();
}

void CatalogueFilterModel::setShowDeleted(bool show)
{
    if (show == m_showDeleted)
        return;
    m_showDeleted = show;
    invalidateFilter();
}

bool CatalogueFilterModel::showDeleted() const
{
    return m_showDeleted;
}

const CatalogueModel* CatalogueFilterModel::catalogue() const
{
    return static_cast<const CatalogueModel*>(sourceModel());
}

int CatalogueFilterModel::shownBatchCount() const
{
    // Without text the rule of filterAcceptsRow() comes down to this; counting through the filter
    // would map (and sort) the batches of every classification, shown or not.
    if (m_text.isEmpty())
        return catalogue()->batchCount() - (m_showDeleted ? 0 : catalogue()->deletedBatchCount());
    int shown = 0;
    for (int row = 0; row < rowCount(); ++row)
        shown += rowCount(index(row, 0));
    return shown;
}

bool CatalogueFilterModel::matches(const QModelIndex& sourceIndex) const
{
    return m_text.isEmpty() || sourceIndex.data(CatalogueModel::SearchTextRole).toString().contains(m_text);
}

bool CatalogueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!sourceParent.isValid())
        return matches(index);
    if (!m_showDeleted && catalogue()->isDeletedBatch(index))
        return false;
    return matches(index) || matches(sourceParent);
}

bool CatalogueFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // The usual order, by ID, straight from the catalogue: sorting many rows stays cheap.
    if (left.column() == CatalogueModel::IdColumn && right.column() == CatalogueModel::IdColumn)
        return catalogue()->idAt(left).compare(catalogue()->idAt(right), Qt::CaseInsensitive) < 0;
    const QVariant a = left.data(CatalogueModel::SortRole);
    const QVariant b = right.data(CatalogueModel::SortRole);
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return a.toString().compare(b.toString(), Qt::CaseInsensitive) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}
