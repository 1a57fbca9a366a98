#include "audittablemodel.h"

#include "core/text/servertext.h"
#include "gui/mainwindow/statuslogmodel.h"
#include "gui/widgets/guiresources.h"
#include "gui/widgets/plaintooltip.h"

#include <QIcon>
#include <QLocale>

#include <algorithm>

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
    const AuditEntry& e = entry(index.row());
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

namespace {

// The order of the rows, oldest first: started time, then id (as AuditLog::entries(), reversed).
bool olderThan(const AuditEntry& a, const AuditEntry& b)
{
    return a.startedUtc != b.startedUtc ? a.startedUtc < b.startedUtc : a.id < b.id;
}

} // namespace

void AuditTableModel::setEntries(const QList<AuditEntry>& entries)
{
    beginResetModel();
    m_entries = QList<AuditEntry>(entries.crbegin(), entries.crend());
    m_positionOf.clear();
    reindexFrom(0);
    endResetModel();
}

void AuditTableModel::applyChanges(const AuditChanges& changes)
{
    for (const qint64 id : changes.hidden) {
        const auto it = m_positionOf.constFind(id);
        if (it != m_positionOf.cend())
            removeAt(*it);
    }
    for (const AuditEntry& changed : changes.shown) {
        const auto it = m_positionOf.constFind(changed.id);
        if (it == m_positionOf.cend()) {
            insertEntry(changed);
            continue;
        }
        const qsizetype position = *it;
        if (m_entries.at(position).startedUtc == changed.startedUtc) {
            m_entries[position] = changed;
            const int row = rowAt(position);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else {
            // Its start time was corrected (an entry written ahead of its request): it moves.
            removeAt(position);
            insertEntry(changed);
        }
    }
}

QList<AuditEntry> AuditTableModel::entries() const
{
    return QList<AuditEntry>(m_entries.crbegin(), m_entries.crend());
}

const AuditEntry& AuditTableModel::entry(int row) const
{
    return m_entries.at(m_entries.size() - 1 - row);
}

int AuditTableModel::rowOf(qint64 entryId) const
{
    const auto it = m_positionOf.constFind(entryId);
    return it == m_positionOf.cend() ? -1 : rowAt(*it);
}

int AuditTableModel::rowAt(qsizetype position) const
{
    return static_cast<int>(m_entries.size() - 1 - position);
}

void AuditTableModel::insertEntry(const AuditEntry& entry)
{
    // New entries belong at the end (the top rows): the search and the shift are short.
    const qsizetype position =
        std::upper_bound(m_entries.cbegin(), m_entries.cend(), entry, olderThan) - m_entries.cbegin();
    const int row = static_cast<int>(m_entries.size() - position);
    beginInsertRows({}, row, row);
    m_entries.insert(position, entry);
    reindexFrom(position);
    endInsertRows();
}

void AuditTableModel::removeAt(qsizetype position)
{
    const int row = rowAt(position);
    beginRemoveRows({}, row, row);
    m_positionOf.remove(m_entries.at(position).id);
    m_entries.remove(position);
    reindexFrom(position);
    endRemoveRows();
}

void AuditTableModel::reindexFrom(qsizetype position)
{
    for (qsizetype i = position; i < m_entries.size(); ++i)
        m_positionOf.insert(m_entries.at(i).id, i);
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
