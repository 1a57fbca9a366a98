#pragma once

#include "core/storage/auditlog.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AuditWindow;
}
class AuditTableModel;
class QTimer;

class TeamSync;

// The audit trail as a table: every deletion attempt, newest first, narrowed by date range,
// outcome, text and connection, and exportable as CSV (what is shown). Non-modal; Escape closes it.
class AuditWindow final : public QDialog
{
    Q_OBJECT

public:
    // `connectionId` and `connectionName` are those of the connection in force: "This connection
    // (NAME)", the first choice of the connection filter, shows just its entries; "All connections"
    // every entry. Without a connection (an empty id) only "All connections" is offered.
    AuditWindow(AuditLog& auditLog, QString connectionId, const QString& connectionName,
                QWidget* parent = nullptr);
    ~AuditWindow() override;

    // Reads the entries again with the current filters (a filter changed, Refresh).
    void reload();
    // The team trail to offer beside this desk's (This desk / Team); null or not set up: none.
    void setTeamTrail(TeamSync* team);
    // Takes in what was recorded since the table was last read, at a cost per new or changed entry
    // rather than per entry in the trail: for deletions recorded while the window is open.
    void showNewEntries();
    // Writes AuditLog::toCsv() of the entries currently shown. On failure returns false and sets
    // *error to a message for the user.
    bool exportCsv(const QString& path, QString* error = nullptr);

    AuditFilter currentFilter() const;
    AuditTableModel* model() const;

private:
    void populateOutcomes();
    void populateConnections(const QString& connectionName);
    void setUpTable();
    void applyPendingTextFilter();
    void chooseExportFile();
    void updateCountLabel();

    std::unique_ptr<Ui::AuditWindow> m_ui;
    AuditLog& m_auditLog;
    TeamSync* m_team = nullptr;
    QString m_connectionId;
    AuditTableModel* m_model;
    QTimer* m_textFilterTimer;
    AuditCursor m_cursor;
};
