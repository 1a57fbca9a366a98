#include "cataloguepanel.h"

#include "cataloguemodel.h"
#include "catalogueservice.h"
#include "ui_cataloguepanel.h"

#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSet>

#include <algorithm>

CataloguePanel::CataloguePanel(CatalogueService& service, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CataloguePanel>())
    , m_service(service)
    , m_model(new CatalogueModel(service, this))
    , m_filter(new CatalogueFilterModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    m_ui->catalogueView->setModel(m_filter);
    m_ui->catalogueView->sortByColumn(CatalogueModel::IdColumn, Qt::AscendingOrder);
    QHeaderView* header = m_ui->catalogueView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(CatalogueModel::IdColumn, QHeaderView::Interactive);
    header->resizeSection(CatalogueModel::IdColumn,
                          fontMetrics().horizontalAdvance(QStringLiteral("-OPXT4kQm2ZbW9sLe7Ha")) + 48);
    const QFontMetrics metrics = fontMetrics();
    header->resizeSection(CatalogueModel::NameColumn,
                          metrics.horizontalAdvance(QStringLiteral("Invoices and rec")));
    header->resizeSection(CatalogueModel::FilesColumn, metrics.horizontalAdvance(tr("Files")) + 24);
    header->resizeSection(
        CatalogueModel::StateColumn,
        metrics.horizontalAdvance(tr("deleted on %1").arg(QStringLiteral("2026-11-29 10:10"))) + 16);
    header->setStretchLastSection(true);

    // A filter change can hide the current row; the view would then move to a neighbour and offer
    // that batch as the next one to delete. The current row is dropped quietly first.
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        clearCurrent();
        m_filter->setFilterText(text);
        expandMatches();
    });
    connect(m_ui->showDeletedCheck, &QCheckBox::toggled, this, [this](bool show) {
        clearCurrent();
        m_filter->setShowDeleted(show);
    });
    connect(m_ui->addIdsButton, &QPushButton::clicked, this, &CataloguePanel::addIdsRequested);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &CataloguePanel::removeSelected);
    connect(m_ui->catalogueView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CataloguePanel::onCurrentChanged);
    connect(m_ui->catalogueView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CataloguePanel::updateBulkButton);
    connect(m_ui->bulkDeleteButton, &QPushButton::clicked, this, &CataloguePanel::requestBulkDeletion);
    m_ui->bulkDeleteButton->setIcon(QIcon(QStringLiteral(":/icons/delete-batch.svg")));
    // The count says what the tree shows: it follows the filter (deleted batches hidden, text) as
    // well as the catalogue. Counted once per turn of the event loop, however many rows changed.
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(0);
    connect(&m_countTimer, &QTimer::timeout, this, &CataloguePanel::updateCount);
    for (QAbstractItemModel* model :
         {static_cast<QAbstractItemModel*>(m_model), static_cast<QAbstractItemModel*>(m_filter)}) {
        for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, &m_countTimer, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::modelReset, &m_countTimer, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::layoutChanged, &m_countTimer, qOverload<>(&QTimer::start));
    }
    // A short catalogue is easier to read opened up; a long one stays folded so that it opens fast.
    connect(m_filter, &QAbstractItemModel::modelReset, this, &CataloguePanel::expandMatches);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &CataloguePanel::expandMatches);
    // New classifications only: batches added under an open one show by themselves.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& under) {
        if (!under.isValid())
            expandMatches();
    });
    expandMatches();
    updateCount();
    updateBulkButton();
}

CataloguePanel::~CataloguePanel() = default;

CatalogueModel* CataloguePanel::model() const
{
    return m_model;
}

CatalogueFilterModel* CataloguePanel::filterModel() const
{
    return m_filter;
}

QTreeView* CataloguePanel::view() const
{
    return m_ui->catalogueView;
}

void CataloguePanel::expandMatches()
{
    // Opened up when the shown part is short: the whole catalogue when small, or what a filter found.
    if (m_filter->rowCount() <= ExpandAllLimit)
        m_ui->catalogueView->expandAll();
}

QModelIndex CataloguePanel::visibleBatchIndex(const QString& classificationId, const QString& batchId) const
{
    // Mapping a row whose parent the filter hides makes QSortFilterProxyModel track that parent and
    // then lose later insertions under it: map the parent first and stop when it is not shown.
    if (!m_filter->mapFromSource(m_model->classificationIndex(classificationId)).isValid())
        return {};
    return m_filter->mapFromSource(m_model->batchIndex(classificationId, batchId));
}

void CataloguePanel::selectBatch(const QString& classificationId, const QString& batchId)
{
    const QModelIndex index = visibleBatchIndex(classificationId, batchId);
    if (!index.isValid())
        return;
    m_ui->catalogueView->setCurrentIndex(index);
    m_ui->catalogueView->scrollTo(index);
}

QList<IdPair> CataloguePanel::selectedBatches() const
{
    // Read from the selection's ranges, then put in view order: the cost follows the rows selected,
    // not rows times ranges (asking isRowSelected() of each row scans every range).
    const QItemSelection selection = m_ui->catalogueView->selectionModel()->selection();
    QHash<int, QList<bool>> selectedChildren; // classification row in the view -> its batch rows
    QList<bool> wholeClassifications;
    for (const QItemSelectionRange& range : selection) {
        const QModelIndex parent = range.parent();
        if (!parent.isValid()) {
            wholeClassifications.resize(std::max<qsizetype>(wholeClassifications.size(), range.bottom() + 1));
            for (int row = range.top(); row <= range.bottom(); ++row)
                wholeClassifications[row] = true;
            continue;
        }
        if (parent.parent().isValid())
            continue;
        QList<bool>& rows = selectedChildren[parent.row()];
        rows.resize(std::max<qsizetype>(rows.size(), range.bottom() + 1));
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows[row] = true;
    }
    QList<int> classificationRows = selectedChildren.keys();
    for (int row = 0; row < wholeClassifications.size(); ++row) {
        if (wholeClassifications.at(row) && !selectedChildren.contains(row))
            classificationRows << row;
    }
    std::sort(classificationRows.begin(), classificationRows.end());

    QList<IdPair> batches;
    QSet<std::pair<QString, QString>> seen;
    for (const int row : std::as_const(classificationRows)) {
        const QModelIndex classification = m_filter->index(row, 0);
        const bool whole = row < wholeClassifications.size() && wholeClassifications.at(row);
        const QList<bool> rows = selectedChildren.value(row);
        const int children = m_filter->rowCount(classification);
        for (int child = 0; child < children; ++child) {
            if (!whole && (child >= rows.size() || !rows.at(child)))
                continue;
            const QModelIndex index = m_filter->index(child, 0, classification);
            const QString batchId = index.data(CatalogueModel::BatchIdRole).toString();
            if (batchId.isEmpty() ||
                index.data(CatalogueModel::BatchStateRole).value<BatchState>() == BatchState::Deleted)
                continue;
            const QString classificationId = index.data(CatalogueModel::ClassificationIdRole).toString();
            if (seen.contains({classificationId, batchId}))
                continue;
            seen.insert({classificationId, batchId});
            batches << IdPair{classificationId, batchId};
        }
    }
    return batches;
}

void CataloguePanel::selectBatches(const QList<IdPair>& batches)
{
    // As few ranges as the view order allows: rows next to each other under one classification go
    // into one range, so that selecting and reading back many rows stays linear.
    QList<std::pair<int, int>> rows; // (classification row, batch row) in the view
    rows.reserve(batches.size());
    for (const IdPair& batch : batches) {
        const QModelIndex index = visibleBatchIndex(batch.classificationId, batch.batchId);
        if (index.isValid())
            rows.append({index.parent().row(), index.row()});
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QItemSelection selection;
    const int lastColumn = m_filter->columnCount() - 1;
    for (qsizetype first = 0; first < rows.size();) {
        qsizetype last = first;
        while (last + 1 < rows.size() && rows.at(last + 1).first == rows.at(first).first &&
               rows.at(last + 1).second == rows.at(last).second + 1)
            ++last;
        const QModelIndex parent = m_filter->index(rows.at(first).first, 0);
        selection.append(QItemSelectionRange(m_filter->index(rows.at(first).second, 0, parent),
                                             m_filter->index(rows.at(last).second, lastColumn, parent)));
        first = last + 1;
    }
    m_quiet = true;
    // Cleared first: comparing an old selection with the new one costs old ranges times new ones.
    m_ui->catalogueView->selectionModel()->clearSelection();
    m_ui->catalogueView->selectionModel()->select(selection, QItemSelectionModel::Select);
    m_quiet = false;
}

void CataloguePanel::focusFilter()
{
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

void CataloguePanel::requestBulkDeletion()
{
    const QList<IdPair> batches = selectedBatches();
    if (!batches.isEmpty())
        emit bulkDeleteRequested(batches);
}

void CataloguePanel::updateBulkButton()
{
    const int count = static_cast<int>(selectedBatches().size());
    m_ui->bulkDeleteButton->setEnabled(count > 0);
    m_ui->bulkDeleteButton->setText(count > 0 ? tr("Delete %n b&atch(es)…", nullptr, count)
                                              : tr("Delete selected b&atches…"));
    emit bulkSelectionChanged(count);
}

void CataloguePanel::clearCurrent()
{
    m_quiet = true;
    m_ui->catalogueView->selectionModel()->clear();
    m_quiet = false;
    m_ui->removeButton->setEnabled(false);
}

void CataloguePanel::onCurrentChanged()
{
    const QModelIndex current = m_ui->catalogueView->currentIndex();
    m_ui->removeButton->setEnabled(current.isValid());
    if (!current.isValid() || m_quiet)
        return;
    const QString classificationId = current.data(CatalogueModel::ClassificationIdRole).toString();
    const QString batchId = current.data(CatalogueModel::BatchIdRole).toString();
    if (batchId.isEmpty())
        emit classificationSelected(classificationId);
    else
        emit batchSelected(classificationId, batchId);
}

void CataloguePanel::removeSelected()
{
    const QModelIndex current = m_ui->catalogueView->currentIndex();
    if (!current.isValid())
        return;
    const QString classificationId = current.data(CatalogueModel::ClassificationIdRole).toString();
    const QString batchId = current.data(CatalogueModel::BatchIdRole).toString();
    clearCurrent();
    if (batchId.isEmpty()) {
        const int batches = m_model->rowCount(m_model->classificationIndex(classificationId));
        if (batches > 0 &&
            QMessageBox::question(
                this, tr("Remove from list"),
                tr("Forget classification %1 and its %n batch(es) on this computer, including "
                   "what is known about their deletions? Nothing is deleted on the server; "
                   "the audit trail keeps every deletion.",
                   nullptr, batches)
                    .arg(classificationId),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
            return;
        if (m_service.forgetClassification(classificationId))
            emit entryForgotten(
                tr("Removed classification %1 and its %n batch(es) from the local list. Nothing "
                   "was deleted on the server.",
                   nullptr, batches)
                    .arg(classificationId));
    } else if (m_service.forgetBatch(classificationId, batchId)) {
        emit entryForgotten(
            tr("Removed batch %1 from the local list. Nothing was deleted on the server.").arg(batchId));
    }
}

void CataloguePanel::updateCount()
{
    m_countTimer.stop();
    const int classifications = m_filter->rowCount();
    const int shown = m_filter->shownBatchCount();
    const int total = m_model->batchCount();
    const QString batches = shown == total ? tr("%n batch(es)", nullptr, total)
                                           : tr("%1 of %n batch(es) shown", nullptr, total).arg(shown);
    m_ui->countLabel->setText(tr("%n classification(s)", nullptr, classifications) + QStringLiteral(", ") +
                              batches);
    m_ui->removeButton->setEnabled(m_ui->catalogueView->currentIndex().isValid());
}
