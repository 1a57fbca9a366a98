#pragma once

#include "core/api/apioutcome.h"
#include "gui/widgets/columntablemodel.h"

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
class StatusLogModel final : public ColumnTableModel
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

    explicit StatusLogModel(QObject* parent = nullptr);

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
    int entryCount() const override;
    QString cellText(int row, int column) const override;
    QVariant cellToolTip(int row, int column) const override;
    QVariant cellIcon(int row, int column) const override;

    QVector<StatusEntry> m_entries;
};
