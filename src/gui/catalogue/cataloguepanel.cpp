#include "cataloguepanel.h"

#include "cataloguemodel.h"
#include "core/catalogue/catalogueservice.h"
#include "core/team/teamsync.h"
#include "core/text/servertext.h"
#include "ui_cataloguepanel.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSet>

#include <algorithm>
#include <utility>

// Asks the team trail which batches of the classifications open in the tree some desk deleted, and
// hands the answers to the model. Bounded: at most TeamMarkChunkSize batches per request and one
// request at a time (the team trail's thread also answers the confirmation: a long catalogue must not
// queue ahead of it), each batch asked once, and all of them again only after a sync that reached the
// team database, at most every TeamMarkRefreshAtMostEvery.
class CataloguePanel::TeamMarks final : public QObject
{
public:
    static constexpr std::chrono::milliseconds AskDelay{50};

    TeamMarks(CataloguePanel& panel, TeamSync& team, std::function<QString()> apiHost)
        : m_panel(panel)
        , m_team(team)
        , m_apiHost(std::move(apiHost))
    {
        // Several reasons to look within a moment (a paste, a filter, the tree opening up) make one.
        m_askTimer.setSingleShot(true);
        m_askTimer.setInterval(AskDelay);
        connect(&m_askTimer, &QTimer::timeout, this, &TeamMarks::ask);
        m_refreshTimer.setSingleShot(true);
        connect(&m_refreshTimer, &QTimer::timeout, this, &TeamMarks::refresh);
        connect(&team, &TeamSync::statusChanged, this, &TeamMarks::onStatus);
        QTreeView* view = m_panel.m_ui->catalogueView;
        connect(view, &QTreeView::expanded, this, &TeamMarks::askSoon);
        connect(m_panel.m_filter, &QAbstractItemModel::rowsInserted, this, &TeamMarks::askSoon);
        // A reset is another host's catalogue, or the same one read again: its marks went with it.
        connect(m_panel.m_model, &QAbstractItemModel::modelReset, this, [this] {
            forget();
            askSoon();
        });
        askSoon();
    }

    ~TeamMarks() override
    {
        m_panel.m_model->clearTeamDeletions();
    }

    void askSoon()
    {
        if (!m_askTimer.isActive())
            m_askTimer.start();
    }

private:
    struct Chunk
    {
        QString classificationId;
        QStringList batchIds;
    };

    void ask()
    {
        if (!isReadable())
            return;
        const QString host = m_apiHost ? m_apiHost() : QString();
        if (host != m_host) {
            forget();
            m_panel.m_model->clearTeamDeletions();
            m_host = host;
        }
        if (m_host.isEmpty())
            return;
        const QTreeView* view = m_panel.m_ui->catalogueView;
        const CatalogueModel* model = m_panel.m_model;
        for (int row = 0; row < m_panel.m_filter->rowCount(); ++row) {
            const QModelIndex shown = m_panel.m_filter->index(row, 0);
            if (view->isExpanded(shown))
                queueUnasked(model, m_panel.m_filter->mapToSource(shown));
        }
        sendNext();
    }

    void queueUnasked(const CatalogueModel* model, const QModelIndex& classification)
    {
        const QString& classificationId = model->idAt(classification);
        QSet<QString>& asked = m_asked[classificationId];
        QStringList fresh;
        const int batches = model->rowCount(classification);
        for (int row = 0; row < batches; ++row) {
            const QModelIndex batch = model->index(row, 0, classification);
            // This desk's "deleted" is shown as it is: nothing to ask.
            const QString& batchId = model->idAt(batch);
            if (model->isDeletedBatch(batch) || asked.contains(batchId))
                continue;
            asked.insert(batchId);
            fresh << batchId;
            if (fresh.size() == TeamMarkChunkSize)
                m_queue << Chunk{classificationId, std::exchange(fresh, {})};
        }
        if (!fresh.isEmpty())
            m_queue << Chunk{classificationId, fresh};
    }

    void sendNext()
    {
        if (m_inFlight || m_queue.isEmpty())
            return;
        if (!isReadable()) {
            forget(); // asked again once a sync says the team database is there
            return;
        }
        const Chunk chunk = m_queue.takeFirst();
        m_inFlight = true;
        const int generation = m_generation;
        m_team.readDeletions(m_host, chunk.classificationId, chunk.batchIds, this,
                             [this, generation, classificationId = chunk.classificationId](
                                 const QHash<QString, TeamDeletion>& deletions) {
                                 if (generation != m_generation)
                                     return;
                                 m_inFlight = false;
                                 m_panel.m_model->addTeamDeletions(classificationId, deletions);
                                 sendNext();
                             });
    }

    bool isReadable() const
    {
        // While the last sync could not reach the team database, every question would wait for the
        // connection's timeout in the team trail's thread, ahead of the confirmation's: none is asked
        // until a sync gets through again (onStatus() then asks everything).
        const TeamStatus status = m_team.status();
        return m_team.isConfigured() && (status.reachable || status.error.isEmpty());
    }

    void onStatus(const TeamStatus& status)
    {
        // Other desks' deletions arrive in the team database by themselves; a sync that reached it is
        // the moment to look again (coalesced: a bulk run syncs after every few deletions).
        if (!status.reachable || !status.lastSyncUtc.isValid() || status.lastSyncUtc == m_lastSync)
            return;
        m_lastSync = status.lastSyncUtc;
        if (m_refreshTimer.isActive())
            return;
        const auto every =
            std::chrono::duration_cast<std::chrono::milliseconds>(TeamMarkRefreshAtMostEvery).count();
        m_refreshTimer.start(m_sinceRefresh.isValid() ? std::max<qint64>(0, every - m_sinceRefresh.elapsed())
                                                      : 0);
    }

    void refresh()
    {
        m_sinceRefresh.start();
        m_asked.clear();
        m_queue.clear();
        ask();
    }

    void forget()
    {
        // Answers to questions asked before are dropped: they may be of another host's batches.
        ++m_generation;
        m_inFlight = false;
        m_queue.clear();
        m_asked.clear();
    }

    CataloguePanel& m_panel;
    TeamSync& m_team;
    std::function<QString()> m_apiHost;
    QString m_host;
    QHash<QString, QSet<QString>> m_asked; // per classification
    QList<Chunk> m_queue;
    bool m_inFlight = false;
    int m_generation = 0;
    QTimer m_askTimer;
    QTimer m_refreshTimer;
    QElapsedTimer m_sinceRefresh;
    QDateTime m_lastSync;
};

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
    // The user changed the selection while "Delete N batches…" was being prepared: that one counts.
    connect(m_ui->catalogueView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_quiet && m_collecting)
            restartWork();
    });
    m_work.setSingleShot(true);
    m_work.setInterval(0);
    connect(&m_work, &QTimer::timeout, this, &CataloguePanel::continueWork);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &CataloguePanel::restartWork);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &CataloguePanel::restartWork);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &CataloguePanel::restartWork);
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
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &CataloguePanel::expandMatches);
    expandMatches();
    updateCount();
    updateBulkButton();
}

CataloguePanel::~CataloguePanel() = default;

void CataloguePanel::setTeamTrail(TeamSync* team, std::function<QString()> apiHost)
{
    m_teamMarks.reset();
    if (!team)
        return;
    m_teamMarks = std::make_unique<TeamMarks>(*this, *team, std::move(apiHost));
    // Room for a mark ("Deleted by alice@desk-7 on 2026-12-06") and its sign in the state column.
    QHeaderView* header = m_ui->catalogueView->header();
    const int markWidth = fontMetrics().horizontalAdvance(
                              CatalogueModel::tr("Deleted by %1 on %2")
                                  .arg(QStringLiteral("alice@desk-07"), QStringLiteral("2026-11-29"))) +
                          m_ui->catalogueView->iconSize().width() + 24;
    if (header->sectionSize(CatalogueModel::StateColumn) < markWidth)
        header->resizeSection(CatalogueModel::StateColumn, markWidth);
}

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
    // A long one stays folded, and folds when it grows long: every change under an open
    // classification lays all the open rows out again.
    if (m_filter->rowCount() <= ExpandAllLimit && m_filter->shownBatchCount() <= ExpandAllBatchLimit) {
        m_ui->catalogueView->expandAll();
        m_expandedAll = true;
    } else if (m_expandedAll) {
        m_ui->catalogueView->collapseAll();
        m_expandedAll = false;
    }
    // expandAll() says nothing of the rows it opened: the team marks look for themselves.
    if (m_teamMarks)
        m_teamMarks->askSoon();
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

// A pasted list being selected: its batches are found in the view a slice at a time.
struct CataloguePanel::SelectionJob
{
    QList<IdPair> batches;
    qsizetype next = 0;
    QHash<QString, int> classificationRows; // in the view, or -1 when not shown
    QList<std::pair<int, int>> rows;        // (classification row, batch row) in the view
};

// "Delete N batches…" being prepared: the selection is read a slice at a time.
struct CataloguePanel::CollectionJob
{
    QList<SelectedRows> rows;
    qsizetype next = 0;
    int nextRow = -1; // within rows[next]; -1 before it starts
    QList<DeletionItem> items;
};

QList<CataloguePanel::SelectedRows> CataloguePanel::selectedRows() const
{
    const QItemSelection selection = m_ui->catalogueView->selectionModel()->selection();
    QSet<int> whole;
    QList<SelectedRows> rows;
    for (const QItemSelectionRange& range : selection) {
        if (range.parent().isValid())
            continue;
        for (int row = range.top(); row <= range.bottom(); ++row) {
            if (!whole.contains(row)) {
                whole.insert(row);
                rows.append({row, 0, m_filter->rowCount(m_filter->index(row, 0)) - 1});
            }
        }
    }
    // Batch rows, unless their classification is selected as a whole (its entry has them all).
    for (const QItemSelectionRange& range : selection) {
        const QModelIndex parent = range.parent();
        if (parent.isValid() && !parent.parent().isValid() && !whole.contains(parent.row()))
            rows.append({parent.row(), range.top(), range.bottom()});
    }
    std::sort(rows.begin(), rows.end(), [](const SelectedRows& a, const SelectedRows& b) {
        return a.classificationRow != b.classificationRow ? a.classificationRow < b.classificationRow
                                                          : a.first < b.first;
    });
    return rows;
}

bool CataloguePanel::collect(const SelectedRows& rows, int* next, QList<DeletionItem>& items,
                             const QElapsedTimer* budget) const
{
    const QModelIndex classification = m_filter->index(rows.classificationRow, 0);
    for (int row = std::max(rows.first, *next); row <= rows.last; ++row) {
        if (budget && (row & 255) == 0 && budget->hasExpired(SliceBudget.count())) {
            *next = row;
            return false;
        }
        if (const auto item =
                m_model->itemToDelete(m_filter->mapToSource(m_filter->index(row, 0, classification))))
            items << *item;
    }
    return true;
}

QList<IdPair> CataloguePanel::selectedBatches() const
{
    QList<DeletionItem> items;
    for (const SelectedRows& rows : selectedRows()) {
        int next = -1;
        collect(rows, &next, items, nullptr);
    }
    QList<IdPair> batches;
    batches.reserve(items.size());
    for (const DeletionItem& item : std::as_const(items))
        batches << IdPair{item.classificationId, item.batchId};
    return batches;
}

int CataloguePanel::selectedBatchCount() const
{
    int count = 0;
    for (const SelectedRows& rows : selectedRows())
        count += rows.last - rows.first + 1;
    if (!m_filter->showDeleted())
        return count; // every batch row shown may be deleted
    return static_cast<int>(selectedBatches().size());
}

void CataloguePanel::selectBatches(const QList<IdPair>& batches)
{
    m_quiet = true;
    m_ui->catalogueView->selectionModel()->clearSelection();
    m_quiet = false;
    m_selecting = std::make_unique<SelectionJob>();
    m_selecting->batches = batches;
    m_collecting.reset();
    m_work.start();
    updateBulkButton();
}

void CataloguePanel::selectSlice()
{
    SelectionJob& job = *m_selecting;
    QElapsedTimer clock;
    clock.start();
    for (; job.next < job.batches.size(); ++job.next) {
        if ((job.next & 255) == 0 && clock.hasExpired(SliceBudget.count())) {
            m_work.start();
            return;
        }
        const IdPair& batch = job.batches.at(job.next);
        if (batch.batchId.isEmpty())
            continue;
        auto classificationRow = job.classificationRows.constFind(batch.classificationId);
        if (classificationRow == job.classificationRows.cend()) {
            // Mapped first: mapping a row whose parent the filter hides would make the filter track
            // that parent (and lose later insertions under it).
            const QModelIndex shown =
                m_filter->mapFromSource(m_model->classificationIndex(batch.classificationId));
            classificationRow =
                job.classificationRows.insert(batch.classificationId, shown.isValid() ? shown.row() : -1);
        }
        if (*classificationRow < 0)
            continue;
        const QModelIndex index =
            m_filter->mapFromSource(m_model->batchIndex(batch.classificationId, batch.batchId));
        if (index.isValid())
            job.rows.append({*classificationRow, index.row()});
    }

    // As few ranges as the view order allows: rows next to each other under one classification go
    // into one range, so that selecting and reading back many rows stays linear.
    QList<std::pair<int, int>>& rows = job.rows;
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
    m_selecting.reset();
    m_quiet = true;
    // The old selection was cleared before: comparing it with the new one would cost old ranges
    // times new ones.
    m_ui->catalogueView->selectionModel()->select(selection, QItemSelectionModel::Select);
    m_quiet = false;
    updateBulkButton();
    emit selectionApplied();
}

void CataloguePanel::requestBulkDeletion()
{
    if (m_selecting || m_collecting)
        return;
    m_collecting = std::make_unique<CollectionJob>();
    m_collecting->rows = selectedRows();
    m_work.start();
}

void CataloguePanel::collectSlice()
{
    CollectionJob& job = *m_collecting;
    QElapsedTimer clock;
    clock.start();
    for (; job.next < job.rows.size(); ++job.next, job.nextRow = -1) {
        if (!collect(job.rows.at(job.next), &job.nextRow, job.items, &clock)) {
            m_work.start();
            return;
        }
    }
    const QList<DeletionItem> items = std::move(job.items);
    m_collecting.reset();
    if (!items.isEmpty())
        emit bulkDeleteRequested(items);
}

void CataloguePanel::restartWork()
{
    // The rows moved under the work (a filter, new or deleted batches): from the top again.
    if (m_selecting) {
        const QList<IdPair> batches = m_selecting->batches;
        m_selecting = std::make_unique<SelectionJob>();
        m_selecting->batches = batches;
        m_work.start();
    }
    if (m_collecting) {
        m_collecting = std::make_unique<CollectionJob>();
        m_collecting->rows = selectedRows();
        m_work.start();
    }
}

void CataloguePanel::continueWork()
{
    if (m_selecting)
        selectSlice();
    else if (m_collecting)
        collectSlice();
}

void CataloguePanel::focusFilter()
{
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

void CataloguePanel::updateBulkButton()
{
    // Nothing to delete while a pasted list is still being selected.
    const int count = m_selecting ? 0 : selectedBatchCount();
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
