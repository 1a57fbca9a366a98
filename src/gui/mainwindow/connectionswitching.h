#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class ActiveConnection;
class ConnectionBand;
class ConnectionsDialog;
class ConnectionSwitcher;
class ConnectionTokens;
class QAction;
class QMenuBar;
class QMenuBar;
class QWidget;

// Which connection the window works on, and the rule for changing it: the band that names the
// connection in force across the window, the Connection switcher beside it and File → Connections….
// A switch is refused while a deletion runs (what is in flight finishes and is recorded on the
// connection it started on), and the refusal says why. The connection chosen is remembered for the
// next start and for the CLI.
class ConnectionSwitching final : public QObject
{
    Q_OBJECT

public:
    // `busyReason` says why a switch cannot happen now (a deletion is running), empty when it can.
    ConnectionSwitching(ActiveConnection& connection, std::function<QString()> busyReason, QWidget* window);

    // The row with the band and the switcher, for the window to place at its top.
    QWidget* bar() const;
    ConnectionBand* band() const;
    ConnectionSwitcher* switcher() const;
    // Moves the switcher beside the menus, where the menu bar is drawn by Qt.
    void placeSwitcherIn(QMenuBar* menuBar);
    // File → Connections…
    void setManagerAction(QAction* action);

    // Switches to the connection with `id`; returns why not (a deletion runs, or it no longer
    // exists), empty when switched or when it is the one in force already.
    QString switchTo(const QString& id);
    // Deletions started or ended: the switcher is blocked while one runs, with the reason.
    void updateBlocked();
    // File → Connections…: the manager, opened once and raised when open.
    void openManager();
    ConnectionsDialog* manager() const;

signals:
    // A switch was refused; `why` is for the user.
    void refused(const QString& why);

private:
    // The band shows the connection in force as requests go now; the list follows.
    void showBand();
    // The switcher and the manager list what the store holds, the one in force marked.
    void showList();
    // Why no switch can happen now: a deletion runs, or the session's URL or token was given for it
    // (--api-url, EXTRACTA_API_URL, EXTRACTA_API_TOKEN) and would go along. Empty when it can.
    QString blockedReason() const;
    QString overrideReason() const;
    // The connections were edited in the manager: the one in force may have changed or gone.
    void onConnectionsChanged();
    void onTokenChanged(const QString& connectionId);

    ActiveConnection& m_connection;
    std::function<QString()> m_busyReason;
    QWidget* m_window;
    QWidget* m_bar;
    ConnectionBand* m_band;
    ConnectionSwitcher* m_switcher;
    QWidget* m_switcherBox = nullptr;
    ConnectionTokens* m_tokens;
    QPointer<ConnectionsDialog> m_manager;
};
