#include "statuslogmodel.h"

#include "core/text/servertext.h"
#include "gui/widgets/guiresources.h"
#include "gui/widgets/plaintooltip.h"

#include <QIcon>
#include <QLocale>

StatusLogModel::StatusLogModel(QObject* parent)
    : ColumnTableModel({{tr("Time")},
                        {tr("Action")},
                        {tr("Classification ID")},
                        {tr("Batch ID")},
                        {tr("Outcome")},
                        {tr("HTTP"), Qt::AlignRight},
                        {tr("Duration"), Qt::AlignRight},
                        {tr("Message")}},
                       parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
}

int StatusLogModel::entryCount() const
{
    return static_cast<int>(m_entries.size());
}

QVariant StatusLogModel::cellToolTip(int row, int column) const
{
    const StatusEntry& e = m_entries.at(row);
    if (column == TimeColumn)
        return QLocale().toString(e.time.toLocalTime(), QLocale::LongFormat);
    return column == MessageColumn || column == OutcomeColumn ? plainToolTip(ServerText::oneLine(e.message))
                                                              : QVariant();
}

QVariant StatusLogModel::cellIcon(int row, int column) const
{
    return column == OutcomeColumn ? iconFor(m_entries.at(row).kind) : QVariant();
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
                                           : cellText(row, column));
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

QString StatusLogModel::cellText(int row, int column) const
{
    const StatusEntry& e = m_entries.at(row);
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
