#include "statuslogmodel.h"

#include "core/text/servertext.h"
#include "gui/widgets/guiresources.h"
#include "gui/widgets/plaintooltip.h"

#include <QIcon>
#include <QLocale>

int StatusLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int StatusLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatusLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const StatusEntry& e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(e, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(e.time.toLocalTime(), QLocale::LongFormat);
        return index.column() == MessageColumn || index.column() == OutcomeColumn
                   ? plainToolTip(ServerText::oneLine(e.message))
                   : QVariant();
    case Qt::DecorationRole:
        return index.column() == OutcomeColumn ? iconFor(e.kind) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == HttpColumn || index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant StatusLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActionColumn:
        return tr("Action");
    case ClassificationColumn:
        return tr("Classification ID");
    case BatchColumn:
        return tr("Batch ID");
    case OutcomeColumn:
        return tr("Outcome");
    case HttpColumn:
        return tr("HTTP");
    case MessageColumn:
        return tr("Message");
    case DurationColumn:
        return tr("Duration");
    default:
        return {};
    }
}

void StatusLogModel::append(const StatusEntry& entry)
{
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
}

void StatusLogModel::append(const QList<StatusEntry>& entries)
{
    if (entries.isEmpty())
        return;
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(entries.size()) - 1);
    m_entries.append(entries);
    endInsertRows();
}

void StatusLogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

const StatusEntry& StatusLogModel::entry(int row) const
{
    return m_entries.at(row);
}

QString StatusLogModel::toText(const QList<int>& rows) const
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header << headerData(column, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (const int row : rows) {
        if (row < 0 || row >= m_entries.size())
            continue;
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column) {
            // The pane shows the time of day; a copy leaves the screen, so it carries the date too.
            // What the pane shows, and like it one line per row: no control character reaches the
            // clipboard, where a terminal or spreadsheet would obey it.
            cells << (column == TimeColumn ? QLocale().toString(m_entries.at(row).time.toLocalTime(),
                                                                QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                           : displayText(m_entries.at(row), column));
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QIcon StatusLogModel::iconFor(ApiOutcome::Kind kind)
{
    using Kind = ApiOutcome::Kind;
    switch (kind) {
    case Kind::Succeeded:
        return resourceIcon(QStringLiteral(":/icons/outcome-success.svg"));
    case Kind::NotFound:
        return resourceIcon(QStringLiteral(":/icons/outcome-notfound.svg"));
    case Kind::RateLimited:
    case Kind::NetworkError:
    case Kind::OutcomeUnknown:
        return resourceIcon(QStringLiteral(":/icons/outcome-warning.svg"));
    case Kind::TokenRejected:
    case Kind::InsecureRefused:
    case Kind::RedirectRefused:
        return resourceIcon(QStringLiteral(":/icons/outcome-locked.svg"));
    case Kind::Cancelled:
        return resourceIcon(QStringLiteral(":/icons/outcome-cancelled.svg"));
    case Kind::Failed:
    case Kind::Rejected:
    case Kind::WrongApiUrl:
    case Kind::ServerError:
        break;
    }
    return resourceIcon(QStringLiteral(":/icons/outcome-failed.svg"));
}

QString StatusLogModel::displayText(const StatusEntry& e, int column) const
{
    switch (column) {
    case TimeColumn:
        return QLocale().toString(e.time.toLocalTime(), QStringLiteral("HH:mm:ss"));
    case ActionColumn:
        return e.action;
    case ClassificationColumn:
        return ServerText::visibleId(e.classificationId);
    case BatchColumn:
        return ServerText::visibleId(e.batchId);
    case OutcomeColumn:
        return e.outcomeWord;
    case HttpColumn:
        return e.httpStatus > 0 ? QString::number(e.httpStatus) : QStringLiteral("—");
    case MessageColumn:
        return ServerText::oneLine(e.message);
    case DurationColumn:
        return e.durationMs >= 0 ? tr("%1 ms").arg(e.durationMs) : QString();
    default:
        return {};
    }
}
