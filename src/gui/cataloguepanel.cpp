#include "cataloguepanel.h"

#include "cataloguemodel.h"
#include "catalogueservice.h"
#include "ui_cataloguepanel.h"

#include <QHeaderView>
#include <QItemSelectionModel>

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
                          metrics.horizontalAdvance(QStringLiteral("Invoices and receipts")));
    header->resizeSection(CatalogueModel::FilesColumn,
                          metrics.horizontalAdvance(tr("%n batch(es)", nullptr, 20)) + 16);
    header->resizeSection(
        CatalogueModel::StateColumn,
        metrics.horizontalAdvance(tr("deleted on %1").arg(QStringLiteral("2026-11-29 10:10"))) + 16);
    header->setStretchLastSection(true);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filter, &CatalogueFilterModel::setFilterText);
    connect(m_ui->showDeletedCheck, &QCheckBox::toggled, m_filter, &CatalogueFilterModel::setShowDeleted);
    connect(m_ui->addIdsButton, &QPushButton::clicked, this, &CataloguePanel::addIdsRequested);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &CataloguePanel::removeSelected);
    connect(m_ui->catalogueView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CataloguePanel::onCurrentChanged);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &CataloguePanel::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CataloguePanel::updateCount);
    // A short catalogue is easier to read opened up; a long one stays folded so that it opens fast.
    const auto expandWhenSmall = [this] {
        if (m_model->rowCount() <= ExpandAllLimit)
            m_ui->catalogueView->expandAll();
    };
    connect(m_filter, &QAbstractItemModel::modelReset, this, expandWhenSmall);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, expandWhenSmall);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, expandWhenSmall);
    expandWhenSmall();
    updateCount();
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

void CataloguePanel::selectBatch(const QString& classificationId, const QString& batchId)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->batchIndex(classificationId, batchId));
    if (!index.isValid())
        return;
    m_ui->catalogueView->setCurrentIndex(index);
    m_ui->catalogueView->scrollTo(index);
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
    m_ui->countLabel->setText(tr("%n classification(s)", nullptr, m_model->rowCount()) +
                              QStringLiteral(", ") + tr("%n batch(es)", nullptr, m_model->batchCount()));
    m_ui->removeButton->setEnabled(m_ui->catalogueView->currentIndex().isValid());
}
