#pragma once

#include "core/catalogue/catalogue.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class ActiveConnection;
class AppSettings;
class AuditLog;
class AuditWindow;
class CatalogueService;
class QMainWindow;
class SettingsDialog;
class TeamSync;

// Opens the main window's dialogs: settings, the audit trail (one window, non-modal, kept while it
// is open), Add IDs, About and the keyboard shortcuts. Each is a child of the window and deletes
// itself on close.
class WindowDialogs final : public QObject
{
    Q_OBJECT

public:
    WindowDialogs(ActiveConnection& connection, AppSettings& settings, CatalogueService& catalogue,
                  AuditLog& audit, QString plainTokenFilePath, QMainWindow* window);

    // The team trail: Settings > Team, and the audit window's Team view. Null: none.
    void setTeamTrail(TeamSync* team);
    void openSettings();
    // Settings, on the Team page.
    void openTeamSettings();
    void openAuditTrail();
    void openAddIds();
    void showAbout();
    void showShortcuts();
    // The audit window while it is open.
    AuditWindow* auditWindow() const;
    // Lets an open audit window show the records written since it last looked.
    void showNewAuditEntries();

signals:
    // Add IDs put entries into the catalogue.
    void entriesAdded(const QList<IdPair>& entries, const AddedEntries& added);

private:
    SettingsDialog* openSettingsDialog();

    ActiveConnection& m_connection;
    AppSettings& m_settings;
    CatalogueService& m_catalogue;
    AuditLog& m_audit;
    TeamSync* m_team = nullptr;
    QString m_plainTokenFilePath;
    QMainWindow* m_window;
    QPointer<AuditWindow> m_auditWindow;
    QString m_auditConnectionId; // the connection m_auditWindow was opened for
};
