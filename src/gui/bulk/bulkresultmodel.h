#pragma once

#include "core/deletion/deletionqueue.h"
#include "gui/widgets/columntablemodel.h"

#include <QTimer>
#include <QVector>

// One row per batch of a bulk run: waiting, being deleted, or how it ended.
class BulkResultModel final : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ClassificationColumn,
        BatchColumn,
        FilesColumn,
        ResultColumn,
        HttpColumn,
        AttemptsColumn,
        MessageColumn,
        ColumnCount,
    };

    // Against a fast server rows change faster than anyone can read, and repainting the table for
    // each change would keep the UI thread busy: changes are announced together, at most this often.
    static constexpr int ChangeIntervalMs = 100;

    explicit BulkResultModel(QObject* parent = nullptr);

    void reset(const QList<DeletionItem>& items);
    void setRunning(int row);
    void setResult(int row, const DeletionResult& result);
    const DeletionResult& result(int row) const;

    static QString resultWord(DeletionResultKind kind);
    // What a finished row says: where the server refused or could not be reached, the outcome in
    // the words of the status pane and the audit window ("Token rejected", "Wrong API URL", …).
    static QString resultWord(const DeletionResult& result);
    // RFC 4180 CSV of every row (formula cells neutralised), header included.
    QString toCsv() const;

private:
    enum class RowState
    {
        Waiting,
        Running,
        Finished,
    };

    int entryCount() const override;
    QString cellText(int row, int column) const override;
    QVariant cellToolTip(int row, int column) const override;
    QVariant cellIcon(int row, int column) const override;
    void noteChanged(int row);
    void announceChanges();

    QVector<DeletionResult> m_results;
    QVector<RowState> m_states;
    QTimer m_changes;
    int m_firstChanged = -1; // rows changed since the last announcement, or -1
    int m_lastChanged = -1;
};
