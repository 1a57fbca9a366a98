#include "cataloguepanel.h"

#include "cataloguemodel.h"
#include "catalogueservice.h"
#include "servertext.h"
#include "ui_cataloguepanel.h"

#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSet>

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
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &CataloguePanel::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CataloguePanel::updateCount);
    // A short catalogue is easier to read opened up; a long one stays folded so that it opens fast.
    connect(m_filter, &QAbstractItemModel::modelReset, this, &CataloguePanel::expandMatches);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &CataloguePanel::expandMatches);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &CataloguePanel::expandMatches);
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
    QList<IdPair> batches;
    QSet<QString> seen;
    const auto add = [&](const QModelIndex& index) {
        const QString batchId = index.data(CatalogueModel::BatchIdRole).toString();
        const QString classificationId = index.data(CatalogueModel::ClassificationIdRole).toString();
        if (batchId.isEmpty() ||
            index.data(CatalogueModel::BatchStateRole).value<BatchState>() == BatchState::Deleted)
            return;
        const QString key = classificationId + QLatin1Char('\n') + batchId;
        if (seen.contains(key))
            return;
        seen.insert(key);
        batches << IdPair{classificationId, batchId};
    };
    // Walk the view's order once: O(visible rows), whatever the size of the selection.
    const QItemSelectionModel* selection = m_ui->catalogueView->selectionModel();
    if (!selection->hasSelection())
        return batches;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex classification = m_filter->index(row, 0);
        const bool wholeClassification = selection->isRowSelected(row, {});
        for (int child = 0; child < m_filter->rowCount(classification); ++child) {
            if (wholeClassification || selection->isRowSelected(child, classification))
                add(m_filter->index(child, 0, classification));
        }
    }
    return batches;
}

void CataloguePanel::selectBatches(const QList<IdPair>& batches)
{
    QItemSelection selection;
    for (const IdPair& batch : batches) {
        const QModelIndex index =
            m_filter->mapFromSource(m_model->batchIndex(batch.classificationId, batch.batchId));
        if (index.isValid())
            selection.select(index, index);
    }
    m_quiet = true;
    m_ui->catalogueView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
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
        if (batches > 0) {
            QMessageBox ask(QMessageBox::Question, tr("Remove from list"),
                            tr("Forget classification %1 and its %n batch(es) on this computer, including "
                               "what is known about their deletions? Nothing is deleted on the server; "
                               "the audit trail keeps every deletion.",
                               nullptr, batches)
                                .arg(ServerText::visibleId(classificationId)),
                            QMessageBox::Yes | QMessageBox::Cancel, this);
            ask.setDefaultButton(QMessageBox::Cancel);
            ask.setTextFormat(Qt::PlainText); // the ID came from a user or a server, not markup
            if (ask.exec() != QMessageBox::Yes)
                return;
        }
        if (m_service.forgetClassification(classificationId))
            emit entryForgotten(
                tr("Removed classification %1 and its %n batch(es) from the local list. Nothing "
                   "was deleted on the server.",
                   nullptr, batches)
                    .arg(ServerText::visibleId(classificationId)));
    } else if (m_service.forgetBatch(classificationId, batchId)) {
        emit entryForgotten(tr("Removed batch %1 from the local list. Nothing was deleted on the server.")
                                .arg(ServerText::visibleId(batchId)));
    }
}

void CataloguePanel::updateCount()
{
    m_ui->countLabel->setText(tr("%n classification(s)", nullptr, m_model->rowCount()) +
                              QStringLiteral(", ") + tr("%n batch(es)", nullptr, m_model->batchCount()));
    m_ui->removeButton->setEnabled(m_ui->catalogueView->currentIndex().isValid());
}
