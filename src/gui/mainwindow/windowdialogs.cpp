#include "windowdialogs.h"

#include "core/api/activeconnection.h"
#include "gui/audit/auditwindow.h"
#include "gui/bulk/addidsdialog.h"
#include "gui/help/aboutdialog.h"
#include "gui/help/keyboardshortcutsdialog.h"
#include "gui/settings/settingsdialog.h"

#include <QMainWindow>

#include <utility>

WindowDialogs::WindowDialogs(ActiveConnection& connection, AppSettings& settings, CatalogueService& catalogue,
                             AuditLog& audit, QString plainTokenFilePath, QMainWindow* window)
    : QObject(window)
    , m_connection(connection)
    , m_settings(settings)
    , m_catalogue(catalogue)
    , m_audit(audit)
    , m_plainTokenFilePath(std::move(plainTokenFilePath))
    , m_window(window)
{
    // The audit window shows the connection it was opened for first: after a switch it opens again
    // for the new one, where it was open.
    connect(&m_connection, &ActiveConnection::changed, this, [this] {
        if (!m_auditWindow || m_auditConnectionId == m_connection.connection().id)
            return;
        const bool shown = m_auditWindow->isVisible();
        m_auditWindow->close();
        delete m_auditWindow;
        if (shown)
            openAuditTrail();
    });
}

void WindowDialogs::openSettings()
{
    openSettingsDialog();
}

void WindowDialogs::openTeamSettings()
{
    openSettingsDialog()->showTeamPage();
}

SettingsDialog* WindowDialogs::openSettingsDialog()
{
    auto* dialog = new SettingsDialog(m_connection, m_settings, m_plainTokenFilePath, m_window);
    if (m_team)
        dialog->addTeamPage(*m_team);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void WindowDialogs::openAuditTrail()
{
    if (!m_auditWindow) {
        const Connection current = m_connection.connection();
        m_auditConnectionId = current.id;
        m_auditWindow = new AuditWindow(m_audit, current.id, current.name, m_window);
        m_auditWindow->setTeamTrail(m_team);
        m_auditWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_auditWindow->show();
    m_auditWindow->raise();
    m_auditWindow->activateWindow();
}

void WindowDialogs::openAddIds()
{
    auto* dialog = new AddIdsDialog(m_catalogue, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddIdsDialog::entriesAdded, this, &WindowDialogs::entriesAdded);
    dialog->open();
}

void WindowDialogs::showAbout()
{
    auto* dialog = new AboutDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void WindowDialogs::showShortcuts()
{
    auto* dialog = new KeyboardShortcutsDialog(m_window->menuBar(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

AuditWindow* WindowDialogs::auditWindow() const
{
    return m_auditWindow;
}

void WindowDialogs::showNewAuditEntries()
{
    if (m_auditWindow)
        m_auditWindow->showNewEntries();
}

void WindowDialogs::setTeamTrail(TeamSync* team)
{
    m_team = team;
}
