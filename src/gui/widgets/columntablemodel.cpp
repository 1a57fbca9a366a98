#include "columntablemodel.h"

#include <utility>

ColumnTableModel::ColumnTableModel(QList<Column> columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_columns(std::move(columns))
{}

int ColumnTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : entryCount();
}

int ColumnTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant ColumnTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= entryCount() || index.column() >= m_columns.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return cellText(index.row(), index.column());
    case Qt::ToolTipRole:
        return cellToolTip(index.row(), index.column());
    case Qt::DecorationRole:
        return cellIcon(index.row(), index.column());
    case Qt::TextAlignmentRole:
        if (const Qt::Alignment alignment = m_columns.at(index.column()).alignment)
            return QVariant::fromValue(alignment | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ColumnTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size())
        return {};
    return m_columns.at(section).header;
}

QVariant ColumnTableModel::cellToolTip(int /*row*/, int /*column*/) const
{
    return {};
}

QVariant ColumnTableModel::cellIcon(int /*row*/, int /*column*/) const
{
    return {};
}

void ColumnTableModel::announceRowsChanged(int first, int last)
{
    emit dataChanged(index(first, 0), index(last, columnCount() - 1));
}
