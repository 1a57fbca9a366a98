#pragma once

#include "core/api/apioutcome.h"
#include "core/storage/auditlog.h"
#include "gui/widgets/columntablemodel.h"

#include <QHash>
#include <QList>

#include <optional>

// The audit window's rows: entries newest first, as AuditLog::entries() returns them. The view only
// asks for the visible rows, so tens of thousands of entries stay fast; changes while a run goes on
// (applyChanges()) cost per changed entry, not per row.
//
// Entries of the team trail come from other desks: every text cell is shown through ServerText, and
// who and where (user, machine) are cut at UserMaxChars, whatever a desk wrote there.
class AuditTableModel final : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StartedColumn,
        UserColumn,
        MachineColumn, // the host name of the computer the entry was made on
        HostColumn,
        ConnectionColumn, // the connection's name when the entry was made; empty for none
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

    static constexpr int UserMaxChars = 128;

    explicit AuditTableModel(QObject* parent = nullptr);

    // `entries` newest first (started time, then id), as AuditLog::entries() returns them.
    void setEntries(const QList<AuditEntry>& entries);
    // Shows `shown` as they are now (new rows in their place, known ones updated where they are) and
    // drops the rows of `hidden`: AuditLog::changesSince() for the filter in force.
    void applyChanges(const AuditChanges& changes);
    QList<AuditEntry> entries() const; // newest first
    const AuditEntry& entry(int row) const;
    int rowOf(qint64 entryId) const; // -1 when not shown

    // The outcome as the user reads it: "Deleted", "Not found", …, "Outcome unknown",
    // "Sent (no answer yet)". Unrecognised codes are shown as stored.
    static QString outcomeText(const QString& outcomeCode);
    static QIcon outcomeIcon(const QString& outcomeCode);
    static std::optional<ApiOutcome::Kind> kindForCode(const QString& outcomeCode);

private:
    int entryCount() const override;
    QString cellText(int row, int column) const override;
    QVariant cellToolTip(int row, int column) const override;
    QVariant cellIcon(int row, int column) const override;
    int rowAt(qsizetype position) const;
    void insertEntry(const AuditEntry& entry);
    void removeAt(qsizetype position);
    void reindexFrom(qsizetype position);

    // Oldest first, so that new entries, the newest, are appended and the positions of the others
    // (kept in m_positionOf) stay as they are. Row r shows m_entries[size - 1 - r].
    QList<AuditEntry> m_entries;
    QHash<qint64, qsizetype> m_positionOf;
};
