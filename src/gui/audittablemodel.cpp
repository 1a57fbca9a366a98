#include "audittablemodel.h"

#include "guiresources.h"
#include "plaintooltip.h"
#include "servertext.h"
#include "statuslogmodel.h"

#include <QIcon>
#include <QLocale>

namespace {

QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

} // namespace

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry& e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(e, index.column());
    case Qt::ToolTipRole:
        // The whole text of what the cell elides, as plain text: a message or name that looks like
        // markup is shown, never rendered.
        if (index.column() == MessageColumn || index.column() == OutcomeColumn)
            return e.serverMessage.isEmpty() ? QVariant()
                                             : plainToolTip(ServerText::oneLine(e.serverMessage));
        if (index.column() == ClassificationNameColumn)
            return e.classificationName.isEmpty() ? QVariant()
                                                  : plainToolTip(ServerText::oneLine(e.classificationName));
        return {};
    case Qt::DecorationRole:
        return index.column() == OutcomeColumn ? outcomeIcon(e.outcome) : QVariant();
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case FilesColumn:
        case HttpColumn:
        case DurationColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case UserColumn:
        return tr("User");
    case HostColumn:
        return tr("Host");
    case ClassificationIdColumn:
        return tr("Classification ID");
    case ClassificationNameColumn:
        return tr("Classification name");
    case BatchIdColumn:
        return tr("Batch ID");
    case FilesColumn:
        return tr("Files");
    case OutcomeColumn:
        return tr("Outcome");
    case HttpColumn:
        return tr("HTTP");
    case MessageColumn:
        return tr("Message");
    case DurationColumn:
        return tr("Duration");
    case CompletedColumn:
        return tr("Completed");
    default:
        return {};
    }
}

void AuditTableModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const QList<AuditEntry>& AuditTableModel::entries() const
{
    return m_entries;
}

const AuditEntry& AuditTableModel::entry(int row) const
{
    return m_entries.at(row);
}

int AuditTableModel::rowOf(qint64 entryId) const
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == entryId)
            return static_cast<int>(row);
    }
    return -1;
}

std::optional<ApiOutcome::Kind> AuditTableModel::kindForCode(const QString& outcomeCode)
{
    return outcomeKindForCode(outcomeCode);
}

QString AuditTableModel::outcomeText(const QString& outcomeCode)
{
    if (outcomeCode == AuditLog::SentOutcome)
        return tr("Sent (no answer yet)");
    if (const auto kind = kindForCode(outcomeCode))
        return outcomeWord(*kind, tr("Deleted"));
    return ServerText::oneLine(outcomeCode);
}

QIcon AuditTableModel::outcomeIcon(const QString& outcomeCode)
{
    if (const auto kind = kindForCode(outcomeCode))
        return StatusLogModel::iconFor(*kind);
    // "sent": the server may or may not have acted yet.
    return resourceIcon(QStringLiteral(":/icons/outcome-warning.svg"));
}

QString AuditTableModel::displayText(const AuditEntry& e, int column) const
{
    switch (column) {
    case StartedColumn:
        return localTime(e.startedUtc);
    case UserColumn:
        return ServerText::oneLine(e.osUser);
    case HostColumn:
        return ServerText::oneLine(e.host);
    case ClassificationIdColumn:
        return ServerText::visibleId(e.classificationId);
    case ClassificationNameColumn:
        return ServerText::oneLine(e.classificationName);
    case BatchIdColumn:
        return ServerText::visibleId(e.batchId);
    case FilesColumn:
        return e.fileCount >= 0 ? QLocale().toString(e.fileCount) : QString();
    case OutcomeColumn:
        return outcomeText(e.outcome);
    case HttpColumn:
        return e.httpStatus > 0 ? QString::number(e.httpStatus) : QString();
    case MessageColumn:
        return ServerText::oneLine(e.serverMessage);
    case DurationColumn:
        return e.durationMs >= 0 ? tr("%1 ms").arg(e.durationMs) : QString();
    case CompletedColumn:
        return localTime(e.completedUtc);
    default:
        return {};
    }
}
