#pragma once

#include "core/api/apioutcome.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QVector>

// One line of the status pane: what was done, to what, and what came of it. Never holds a token.
struct StatusEntry
{
    QDateTime time;
    QString action;
    QString classificationId;
    QString batchId;
    ApiOutcome::Kind kind = ApiOutcome::Kind::Succeeded;
    QString outcomeWord;
    int httpStatus = 0;
    QString message;
    qint64 durationMs = -1;
};

// The status pane's rows. A plain vector behind a table model: appending is O(1) and the view only
// asks for visible rows, so thousands of rows stay fast. Entries hold text as it came; it is made
// safe to show (ServerText) where it is shown.
class StatusLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        ActionColumn,
        ClassificationColumn,
        BatchColumn,
        OutcomeColumn,
        HttpColumn,
        DurationColumn,
        MessageColumn,
        ColumnCount,
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const StatusEntry& entry);
    // One insertion for many rows: the view lays itself out and scrolls once.
    void append(const QList<StatusEntry>& entries);
    void clear();
    const StatusEntry& entry(int row) const;

    // Tab-separated text of the given rows with a header line, for the clipboard: each cell as the
    // pane shows it (IDs with look-alikes escaped, messages on one line with control characters
    // made visible), so nothing in it is a control character but the tabs and line ends.
    QString toText(const QList<int>& rows) const;

    static QIcon iconFor(ApiOutcome::Kind kind);

private:
    QString displayText(const StatusEntry& entry, int column) const;

    QVector<StatusEntry> m_entries;
};
