#include "bulkresultmodel.h"

#include "core/text/csv.h"
#include "core/text/servertext.h"
#include "gui/mainwindow/statuslogmodel.h"
#include "gui/widgets/plaintooltip.h"

#include <QIcon>

BulkResultModel::BulkResultModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    m_changes.setSingleShot(true);
    m_changes.setInterval(ChangeIntervalMs);
    connect(&m_changes, &QTimer::timeout, this, &BulkResultModel::announceChanges);
}

void BulkResultModel::reset(const QList<DeletionItem>& items)
{
    m_changes.stop();
    m_firstChanged = m_lastChanged = -1;
    beginResetModel();
    m_results.clear();
    m_states.clear();
    for (const DeletionItem& item : items) {
        DeletionResult result;
        result.item = item;
        m_results << result;
        m_states << RowState::Waiting;
    }
    endResetModel();
}

void BulkResultModel::setRunning(int row)
{
    if (row < 0 || row >= m_results.size())
        return;
    m_states[row] = RowState::Running;
    noteChanged(row);
}

void BulkResultModel::setResult(int row, const DeletionResult& result)
{
    if (row < 0 || row >= m_results.size())
        return;
    m_results[row] = result;
    m_states[row] = RowState::Finished;
    noteChanged(row);
}

void BulkResultModel::noteChanged(int row)
{
    m_firstChanged = m_firstChanged < 0 ? row : qMin(m_firstChanged, row);
    m_lastChanged = qMax(m_lastChanged, row);
    if (!m_changes.isActive())
        m_changes.start();
}

void BulkResultModel::announceChanges()
{
    if (m_firstChanged < 0)
        return;
    const int first = m_firstChanged;
    const int last = m_lastChanged;
    m_firstChanged = m_lastChanged = -1;
    emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

const DeletionResult& BulkResultModel::result(int row) const
{
    return m_results.at(row);
}

int BulkResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_results.size());
}

int BulkResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BulkResultModel::resultWord(DeletionResultKind kind)
{
    switch (kind) {
    case DeletionResultKind::Deleted:
        return tr("Deleted");
    case DeletionResultKind::NotFound:
        return tr("Not found");
    case DeletionResultKind::Refused:
        return tr("Refused");
    case DeletionResultKind::RateLimited:
        return tr("Rate limited");
    case DeletionResultKind::NetworkError:
        return tr("Network error");
    case DeletionResultKind::Unknown:
        return outcomeWord(ApiOutcome::Kind::OutcomeUnknown, {});
    case DeletionResultKind::Cancelled:
    case DeletionResultKind::NotSent:
        break;
    }
    return tr("Not sent");
}

QString BulkResultModel::resultWord(const DeletionResult& result)
{
    if (result.kind == DeletionResultKind::Refused || result.kind == DeletionResultKind::NetworkError)
        return outcomeWord(result.outcome.kind, {});
    return resultWord(result.kind);
}

QVariant BulkResultModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return {};
    const DeletionResult& r = m_results.at(index.row());
    const RowState state = m_states.at(index.row());
    if (role == Qt::DecorationRole && index.column() == ResultColumn && state == RowState::Finished) {
        return StatusLogModel::iconFor(shownOutcomeKind(r));
    }
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return plainToolTip(ServerText::oneLine(r.message));
    if (role == Qt::TextAlignmentRole &&
        (index.column() == HttpColumn || index.column() == AttemptsColumn || index.column() == FilesColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ClassificationColumn:
        return ServerText::visibleId(r.item.classificationId);
    case BatchColumn:
        return ServerText::visibleId(r.item.batchId);
    case FilesColumn:
        return r.item.fileCount >= 0 ? QString::number(r.item.fileCount) : QString();
    case ResultColumn:
        if (state == RowState::Waiting)
            return tr("waiting");
        if (state == RowState::Running)
            return tr("deleting…");
        return resultWord(r);
    case HttpColumn:
        return r.outcome.httpStatus > 0 && state == RowState::Finished ? QString::number(r.outcome.httpStatus)
                                                                       : QString();
    case AttemptsColumn:
        return r.attempts > 0 ? QString::number(r.attempts) : QString();
    case MessageColumn:
        return ServerText::oneLine(r.message);
    default:
        return {};
    }
}

QVariant BulkResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClassificationColumn:
        return tr("Classification ID");
    case BatchColumn:
        return tr("Batch ID");
    case FilesColumn:
        return tr("Files");
    case ResultColumn:
        return tr("Result");
    case HttpColumn:
        return tr("HTTP");
    case AttemptsColumn:
        return tr("Attempts");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

QString BulkResultModel::toCsv() const
{
    QString csv =
        Csv::row({QStringLiteral("classification_id"), QStringLiteral("classification_name"),
                  QStringLiteral("batch_id"), QStringLiteral("file_count"), QStringLiteral("result"),
                  QStringLiteral("http_status"), QStringLiteral("attempts"), QStringLiteral("message"),
                  QStringLiteral("duration_ms")});
    for (int row = 0; row < m_results.size(); ++row) {
        const DeletionResult& r = m_results.at(row);
        const bool finished = m_states.at(row) == RowState::Finished;
        csv += Csv::row({r.item.classificationId, r.item.classificationName, r.item.batchId,
                         r.item.fileCount >= 0 ? QString::number(r.item.fileCount) : QString(),
                         finished ? deletionResultCode(r.kind) : QStringLiteral("not_finished"),
                         r.outcome.httpStatus > 0 ? QString::number(r.outcome.httpStatus) : QString(),
                         QString::number(r.attempts), r.message,
                         r.durationMs >= 0 ? QString::number(r.durationMs) : QString()});
    }
    return csv;
}
