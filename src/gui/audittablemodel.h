#pragma once

#include "apioutcome.h"
#include "auditlog.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

// The audit window's rows: a plain list of entries as AuditLog::entries() returned them (newest
// first). The view only asks for the visible rows, so tens of thousands of entries stay fast.
class AuditTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StartedColumn,
        UserColumn,
        HostColumn,
        ClassificationIdColumn,
        ClassificationNameColumn,
        BatchIdColumn,
        FilesColumn,
        OutcomeColumn,
        HttpColumn,
        MessageColumn,
        DurationColumn,
        CompletedColumn,
        ColumnCount,
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEntries(QList<AuditEntry> entries);
    const QList<AuditEntry>& entries() const;
    const AuditEntry& entry(int row) const;
    int rowOf(qint64 entryId) const; // -1 when not shown

    // The outcome as the user reads it: "Deleted", "Not found", …, "Outcome unknown",
    // "Sent (no answer yet)". Unrecognised codes are shown as stored.
    static QString outcomeText(const QString& outcomeCode);
    static QIcon outcomeIcon(const QString& outcomeCode);
    static std::optional<ApiOutcome::Kind> kindForCode(const QString& outcomeCode);

private:
    QString displayText(const AuditEntry& entry, int column) const;

    QList<AuditEntry> m_entries;
};
