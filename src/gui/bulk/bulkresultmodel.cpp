#include "bulkresultmodel.h"

#include "core/text/csv.h"
#include "core/text/servertext.h"
#include "gui/mainwindow/statuslogmodel.h"
#include "gui/widgets/plaintooltip.h"

#include <QIcon>

BulkResultModel::BulkResultModel(QObject* parent)
    : ColumnTableModel({{tr("Classification ID")},
                        {tr("Batch ID")},
                        {tr("Files"), Qt::AlignRight},
                        {tr("Result")},
                        {tr("HTTP"), Qt::AlignRight},
                        {tr("Attempts"), Qt::AlignRight},
                        {tr("Message")}},
                       parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
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
    announceRowsChanged(first, last);
}

const DeletionResult& BulkResultModel::result(int row) const
{
    return m_results.at(row);
}

int BulkResultModel::entryCount() const
{
    return static_cast<int>(m_results.size());
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

QVariant BulkResultModel::cellIcon(int row, int column) const
{
    if (column != ResultColumn || m_states.at(row) != RowState::Finished)
        return {};
    return StatusLogModel::iconFor(shownOutcomeKind(m_results.at(row)));
}

QVariant BulkResultModel::cellToolTip(int row, int column) const
{
    return column == MessageColumn ? plainToolTip(ServerText::oneLine(m_results.at(row).message))
                                   : QVariant();
}

QString BulkResultModel::cellText(int row, int column) const
{
    const DeletionResult& r = m_results.at(row);
    const RowState state = m_states.at(row);
    switch (column) {
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
