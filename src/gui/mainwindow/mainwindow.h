#pragma once

#include "core/api/apioutcome.h"
#include "core/catalogue/catalogue.h"
#include "core/deletion/deletionqueue.h"
#include "gui/deletion/confirmdeletedialog.h"

#include <QList>
#include <QMainWindow>
#include <QStringList>

#include <memory>

namespace Ui {
class MainWindow;
}
class ActiveConnection;
class AppSettings;
class AuditLog;
class AuditWindow;
class BatchPreviewPane;
class BulkDeletionWindow;
class BulkRunHost;
class CataloguePanel;
class CatalogueService;
class ConnectionStatus;
class ConnectionSwitching;
class DeleteForm;
class MainWindowActions;
class QMessageBox;
class QuitGuard;
class SingleDeletion;
class SingleDeletionReport;
class StatusLogModel;
class StatusPane;
class WindowDialogs;
class WindowShell;

class TeamStatusIndicator;
class TeamSync;

// The delete-a-batch window: a catalogue to pick from, two ID fields, a preview of the batch, a
// deliberate confirmation, one request at a time, a status pane, and an audit record of every
// attempt. Holds no HTTP code: requests go through ActiveConnection and CatalogueService. It wires
// parts that each own one job: the catalogue (CataloguePanel) and what a pick in it does
// (CataloguePick), the form (DeleteForm), the preview (BatchPreviewPane), the status pane
// (StatusPane), the menu actions (MainWindowActions), the notes at the top (ConnectionStatus,
// ConnectionNotice, InfoNotes, WelcomePage), the dialogs (WindowDialogs), the deletion from the
// form (SingleDeletion, shown by SingleDeletionReport), the bulk run (BulkRunHost, shown by
// BulkRunReport), quitting while deletions run (QuitGuard), and the title, geometry and startup
// frame (WindowShell).
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // When the window's contents are built. At start-up the app shows the window first and builds
    // them after its first frame (ContentsBuild::WhenAsked, then buildContents()): until then the
    // window is a light frame with one line saying what it is doing, and the catalogue, the audit
    // trail and the database behind them need not be open yet.
    enum class ContentsBuild
    {
        Now,
        WhenAsked,
    };

    MainWindow(ActiveConnection& connection, AppSettings& settings, CatalogueService& catalogue,
               AuditLog& audit, QString plainTokenFilePath, ContentsBuild build = ContentsBuild::Now,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    // Builds the contents (once; later calls do nothing). Reads the catalogue: its database must be
    // open by then.
    void buildContents();
    // The team trail (null: none): Settings > Team, the audit window's Team view, the catalogue's
    // marks of batches another desk deleted and the confirmation's warning. Set before or after the
    // contents are built.
    void setTeamTrail(TeamSync* team);
    bool hasContents() const;

    // The status pane's rows; null until the contents are built.
    StatusLogModel* statusModel() const;
    bool isRequestRunning() const;
    // The confirmation dialog while it is open. It is shown window-modal with open(), never exec(),
    // so tests and accessibility tools can answer it like a user would.
    ConfirmDeleteDialog* pendingConfirmation() const;

    CataloguePanel* cataloguePanel() const;
    BatchPreviewPane* previewPane() const;
    // The audit window while it is open (opened non-modally by "Audit trail…").
    AuditWindow* auditWindow() const;
    // A dismissible note at the top of the window (database moved aside, unfinished deletions…).
    // Notes given before the contents are built are shown with them.
    void showInfo(const QString& text);

    void openSettings();
    void openAuditTrail();
    void openAddIds();
    // Confirms and runs the deletion of many batches (from the catalogue selection). The run is bound
    // to the connection in force when the confirmation opens (ActiveConnection::bind()).
    void openBulkDeletion(const QList<IdPair>& batches);
    void confirmBulkDeletion(const QList<DeletionItem>& items);
    BulkDeletionWindow* bulkDeletionWindow() const;
    // Shows the last bulk run's window again (Batches menu), whether hidden, minimised or behind.
    void showBulkDeletionWindow();
    // True while a deletion request waits for its answer or a bulk run is not over.
    bool isDeleting() const;
    // The question Quit asks while deletions run, while it is open.
    QMessageBox* pendingQuitQuestion() const;
    void requestDeletion();
    void cancelRequest();

signals:
    void contentsBuilt();
    void deletionFinished(const ApiOutcome& outcome);
    void demoRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // The team trail's state in the status bar, once there is one and the contents are built.
    void showTeamStatus();
    void setUpWorkers();
    void setUpParts();
    void connectActions();
    void connectParts();
    void connectCatalogue();
    void connectConnection();
    // Why the connection cannot be switched now (a deletion runs); empty when it can.
    QString switchBlockedReason() const;
    void connectDeletions();
    void onDeletionStarted(const DeletionTarget& target);
    void onDeletionFinished(const DeletionTarget& target, const DeletionResult& result);
    void setRequestRunning(bool running);
    // Quit while deletions run: nothing new is sent (QuitGuard decides when to close).
    void windDown();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ActiveConnection& m_connection;
    AppSettings& m_settings;
    QString m_plainTokenFilePath;
    CatalogueService& m_catalogue;
    AuditLog& m_audit;
    DeleteForm* m_form = nullptr;
    StatusPane* m_statusPane = nullptr;
    CataloguePanel* m_cataloguePanel = nullptr;
    BatchPreviewPane* m_preview = nullptr;
    SingleDeletion* m_single = nullptr;
    SingleDeletionReport* m_singleReport = nullptr;
    BulkRunHost* m_bulkRun = nullptr;
    QuitGuard* m_quitGuard = nullptr;
    ConnectionStatus* m_connectionStatus = nullptr;
    ConnectionSwitching* m_switching = nullptr;
    WindowDialogs* m_dialogs = nullptr;
    MainWindowActions* m_actions = nullptr;
    WindowShell* m_shell = nullptr;
    QStringList m_infoBeforeContents;
    TeamSync* m_team = nullptr;
    TeamStatusIndicator* m_teamIndicator = nullptr;
};
