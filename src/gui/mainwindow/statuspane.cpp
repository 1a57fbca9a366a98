#include "statuspane.h"

#include "gui/widgets/windowminimumsize.h"
#include "statuslogmodel.h"
#include "ui_statuspane.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QStyle>

#include <algorithm>

StatusPane::StatusPane(QWidget* parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::StatusPane>())
    , m_model(new StatusLogModel(this))
{
    m_ui->setupUi(this);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &StatusPane::copyRows);
}

StatusPane::~StatusPane() = default;

StatusLogModel* StatusPane::model() const
{
    return m_model;
}

void StatusPane::setUp(const QStringList& actions, QAction* clear)
{
    m_ui->statusView->setModel(m_model);
    m_ui->statusView->verticalHeader()->hide();
    m_ui->statusView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    keepRowsInSight(m_ui->statusView, 2);
    QHeaderView* header = m_ui->statusView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    fitColumns(actions);

    auto* viewCopy = new QAction(tr("&Copy"), m_ui->statusView);
    viewCopy->setShortcut(QKeySequence::Copy);
    viewCopy->setShortcutContext(Qt::WidgetShortcut);
    m_ui->statusView->addAction(viewCopy);
    m_ui->statusView->addAction(clear);
    connect(viewCopy, &QAction::triggered, this, &StatusPane::copyRows);
    connect(m_ui->clearButton, &QPushButton::clicked, clear, &QAction::trigger);
    connect(clear, &QAction::triggered, m_model, &StatusLogModel::clear);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_ui->statusView, &QAbstractItemView::scrollToBottom);
}

void StatusPane::fitColumns(const QStringList& actions)
{
    QHeaderView* header = m_ui->statusView->horizontalHeader();
    const QFontMetrics metrics = fontMetrics();
    const auto fit = [&](int column, const QString& sample) {
        header->resizeSection(column, metrics.horizontalAdvance(sample) + 3 * metrics.averageCharWidth());
    };
    fit(StatusLogModel::TimeColumn, QStringLiteral("23:59:59"));
    QString widestAction;
    for (const QString& action : actions) {
        if (widestAction.isNull() ||
            metrics.horizontalAdvance(action) > metrics.horizontalAdvance(widestAction))
            widestAction = action;
    }
    fit(StatusLogModel::ActionColumn, widestAction);
    fit(StatusLogModel::ClassificationColumn, QStringLiteral("-OPXT4kQm2ZbW9sLe7Ha"));
    fit(StatusLogModel::BatchColumn, QStringLiteral("-OPXT4kQm2ZbW9sLe7Ha"));
    header->resizeSection(StatusLogModel::OutcomeColumn,
                          metrics.horizontalAdvance(tr("Token rejected")) + 3 * metrics.averageCharWidth() +
                              style()->pixelMetric(QStyle::PM_SmallIconSize) + 8);
    fit(StatusLogModel::HttpColumn, QStringLiteral("HTTP"));
    fit(StatusLogModel::DurationColumn, QStringLiteral("30000 ms"));
}

StatusEntry StatusPane::entry(const QString& action, const QString& classificationId, const QString& batchId,
                              const ApiOutcome& outcome, const QString& message, qint64 durationMs)
{
    StatusEntry entry;
    entry.time = QDateTime::currentDateTime();
    entry.action = action;
    entry.classificationId = classificationId;
    entry.batchId = batchId;
    entry.kind = outcome.kind;
    entry.outcomeWord = outcomeWord(outcome.kind, tr("Deleted"));
    entry.httpStatus = outcome.httpStatus;
    entry.message = message;
    entry.durationMs = durationMs;
    return entry;
}

void StatusPane::append(const StatusEntry& entry)
{
    m_model->append(entry);
}

void StatusPane::append(const QList<StatusEntry>& entries)
{
    m_model->append(entries);
}

void StatusPane::copyRows()
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->statusView->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected)
        rows << index.row();
    if (rows.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            rows << row;
    }
    std::sort(rows.begin(), rows.end());
    QGuiApplication::clipboard()->setText(m_model->toText(rows));
    emit rowsCopied(static_cast<int>(rows.size()));
}
