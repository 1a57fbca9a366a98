#pragma once

#include "core/catalogue/catalogue.h"

#include <QAbstractTableModel>

// The files of one batch, as getResults listed them.
class FileListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        DocumentTypeColumn,
        ConfidenceColumn,
        ColumnCount,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setFiles(const QList<FileRecord>& files);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FileRecord> m_files;
};
