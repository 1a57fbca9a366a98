#pragma once

#include "core/storage/auditlog.h"

#include <QDialog>
#include <QPointer>
#include <QTime>

#include <memory>
#include <utility>

namespace Ui {
class AuditWindow;
}
class AuditTableModel;
class QTimer;

class TeamSync;
struct TeamStatus;

// The audit trail as a table: every deletion attempt, newest first, narrowed by date range,
// outcome, text and connection, and exportable as CSV (what is shown). Non-modal; Escape closes it.
//
// This desk / Team: the team view shows every desk's entries, read from the team database
// (TeamSync::readTrail) off the UI thread, with the same filters but the connection's (connections
// are each desk's own), and the machine each entry was made on.
class AuditWindow final : public QDialog
{
    Q_OBJECT

public:
    enum class Source
    {
        ThisDesk,
        Team,
    };
    // After a change of filter in the team view, the read waits this long for the next change.
    static constexpr int TeamFilterDelayMs = 300;
    // After a sync of the team trail, the team view is read again at most this often.
    static constexpr int TeamStatusDelayMs = 2000;

    // `connectionId` and `connectionName` are those of the connection in force: "This connection
    // (NAME)", the first choice of the connection filter, shows just its entries; "All connections"
    // every entry. Without a connection (an empty id) only "All connections" is offered.
    AuditWindow(AuditLog& auditLog, QString connectionId, const QString& connectionName,
                QWidget* parent = nullptr);
    ~AuditWindow() override;

    // Reads the entries again with the current filters (a filter changed, Refresh). In the team view
    // the read runs off the UI thread; the table is filled when it answers.
    void reload();
    // The team trail to offer beside this desk's (This desk / Team); null or not set up: none.
    void setTeamTrail(TeamSync* team);
    Source source() const;
    // True while the team view waits for its entries: a read is on its way, or a filter just changed
    // and one is about to start.
    bool isReadingTeamTrail() const;
    // Takes in what was recorded since the table was last read, at a cost per new or changed entry
    // rather than per entry in the trail: for deletions recorded while the window is open.
    void showNewEntries();
    // Writes AuditLog::toCsv() of the entries currently shown (this desk's or the team's). On failure
    // returns false and sets *error to a message for the user.
    bool exportCsv(const QString& path, QString* error = nullptr);

    AuditFilter currentFilter() const;
    AuditTableModel* model() const;

signals:
    // The team view shows the answer of a read: its entries, or why there are none.
    void teamTrailShown();

private:
    void setSource(Source source);
    void filterChanged();
    void readTeamTrail();
    void showTeamTrail(const QList<AuditEntry>& entries, const QString& error);
    void teamStatusChanged(const TeamStatus& status);
    void updateTeamAvailability();
    void updateTeamState();
    // The team view's rows are about to be replaced: a read is on its way or a filter just changed.
    bool teamViewPending() const;
    void populateOutcomes();
    void populateConnections(const QString& connectionName);
    void setUpTable();
    void applyPendingTextFilter();
    void chooseExportFile();
    void updateCountLabel();

    std::unique_ptr<Ui::AuditWindow> m_ui;
    AuditLog& m_auditLog;
    QPointer<TeamSync> m_team;
    QString m_connectionId;
    AuditTableModel* m_model;
    QTimer* m_textFilterTimer;
    AuditCursor m_cursor;
    Source m_source = Source::ThisDesk;
    QTimer* m_teamFilterTimer;
    QTimer* m_teamStatusTimer;
    int m_connectionIndexOnDesk = 0; // the connection filter's choice, kept while the team is shown
    bool m_teamReading = false;      // a read is on its way
    bool m_teamReadAgain = false;    // the filters changed while it was: its answer is out of date
    bool m_teamLimitReached = false;
    QString m_teamError;
    QTime m_teamReadTime;
    std::pair<qint64, int> m_deskPlace{-1, 0}; // this desk's current entry and column, while away
};
