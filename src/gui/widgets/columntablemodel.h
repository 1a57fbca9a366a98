#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

// What the flat table models share (the audit window's, the status pane's, a batch's files, a bulk
// run's results): a fixed list of columns, each with its header text and alignment, one row per
// entry of the subclass, and data() that asks the subclass only for what a shown cell says. A
// subclass gives its columns in the order of its Column enum and answers entryCount(), cellText()
// and, where a cell has them, cellToolTip() and cellIcon().
class ColumnTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Column
    {
        QString header;
        // Where the cells stand across the column (Qt::AlignRight for numbers), vertically centred;
        // none: the view's default.
        Qt::Alignment alignment = {};
    };

    int rowCount(const QModelIndex& parent = {}) const final;
    int columnCount(const QModelIndex& parent = {}) const final;
    // Display text, tooltip, icon and alignment of a cell in a row that exists; nothing otherwise.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    // The header text of a column; nothing for the vertical header.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

protected:
    ColumnTableModel(QList<Column> columns, QObject* parent);

    virtual int entryCount() const = 0;
    // Called only for a row below entryCount() and a column of the list.
    virtual QString cellText(int row, int column) const = 0;
    virtual QVariant cellToolTip(int row, int column) const; // none unless overridden
    virtual QVariant cellIcon(int row, int column) const;    // none unless overridden

    // Tells the views that every cell of the rows `first` to `last` may show something new.
    void announceRowsChanged(int first, int last);

private:
    QList<Column> m_columns;
};
