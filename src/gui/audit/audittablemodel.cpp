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

AuditTableModel::AuditTableModel(QObject* parent)
    : ColumnTableModel({{tr("Started")},
                        {tr("User")},
                        {tr("Machine")},
                        {tr("Host")},
                        {tr("Connection")},
                        {tr("Classification ID")},
                        {tr("Classification name")},
                        {tr("Batch ID")},
                        {tr("Files"), Qt::AlignRight},
                        {tr("Outcome")},
                        {tr("HTTP"), Qt::AlignRight},
                        {tr("Message")},
                        {tr("Duration"), Qt::AlignRight},
                        {tr("Completed")}},
                       parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
}

int AuditTableModel::entryCount() const
{
    return static_cast<int>(m_entries.size());
}

QVariant AuditTableModel::cellToolTip(int row, int column) const
{
    // The whole text of what the cell elides, as plain text: a message or name that looks like
    // markup is shown, never rendered.
    const AuditEntry& e = entry(row);
    if (column == MessageColumn || column == OutcomeColumn)
        return e.serverMessage.isEmpty() ? QVariant() : plainToolTip(ServerText::oneLine(e.serverMessage));
    if (column == ClassificationNameColumn)
        return e.classificationName.isEmpty() ? QVariant()
                                              : plainToolTip(ServerText::oneLine(e.classificationName));
    if (column == UserColumn)
        return e.osUser.isEmpty() ? QVariant() : plainToolTip(ServerText::oneLine(e.osUser, UserMaxChars));
    if (column == MachineColumn)
        return e.machine.isEmpty() ? QVariant() : plainToolTip(ServerText::oneLine(e.machine, UserMaxChars));
    return {};
}

QVariant AuditTableModel::cellIcon(int row, int column) const
{
    return column == OutcomeColumn ? outcomeIcon(entry(row).outcome) : QVariant();
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
        // An entry's start time never changes once recorded, so an updated row keeps its place.
        const qsizetype position = *it;
        m_entries[position] = changed;
        const int row = rowAt(position);
        announceRowsChanged(row, row);
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

QString AuditTableModel::cellText(int row, int column) const
{
    const AuditEntry& e = entry(row);
    switch (column) {
    case StartedColumn:
        return localTime(e.startedUtc);
    case UserColumn:
        return ServerText::oneLine(e.osUser, UserMaxChars);
    case MachineColumn:
        return ServerText::oneLine(e.machine, UserMaxChars);
    case HostColumn:
        return ServerText::oneLine(e.host);
    case ConnectionColumn:
        return ServerText::oneLine(e.connectionName);
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
