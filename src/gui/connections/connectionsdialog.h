#pragma once

#include "core/connections/connection.h"
#include "core/tokens/tokenstore.h"

#include <QDialog>
#include <QPointer>

#include <chrono>
#include <memory>
#include <optional>

namespace Ui {
class ConnectionsDialog;
}
class ConnectionStore;
class ConnectionTest;
class ConnectionTokens;
class QMessageBox;
class QNetworkAccessManager;
class QTreeWidgetItem;

// File → Connections…: the named connections, each with its environment in words and colour and its
// API URL. Add, Edit, Duplicate (ConnectionEditDialog), Remove (asks first, naming it, and removes its
// saved token too; the only connection and the one in use stay), Set token… (ConnectionTokenDialog),
// Test connection (GET /credits with the saved token) and Use this connection (switchRequested).
// Enter or a double click edits; Delete removes. Questions are window-modal boxes opened with open(),
// so that tests and accessibility tools answer them like a user (pendingQuestion()).
class ConnectionsDialog final : public QDialog
{
    Q_OBJECT

public:
    // Everything given must outlive the dialog.
    ConnectionsDialog(ConnectionStore& store, ConnectionTokens& tokens, QNetworkAccessManager* network,
                      QWidget* parent = nullptr);
    ~ConnectionsDialog() override;

    // The connection in force: marked "in use", cannot be removed, "Use" is off for it.
    void setCurrentId(const QString& id);
    // While blocked (a deletion runs), "Use this connection" is off and says why.
    void setSwitchingBlocked(bool blocked, const QString& reason = {});
    void setTestTimeout(std::chrono::milliseconds timeout);

    void selectConnection(const QString& id);
    QString selectedId() const;
    // The question open over the dialog (removal), if any.
    QMessageBox* pendingQuestion() const;
    // The token dialog open over this one (Set token…), if any.
    QDialog* pendingTokenDialog() const;
    // The edit form open over this one (Add, Edit, Duplicate), if any.
    QDialog* pendingEditDialog() const;

signals:
    // A connection was added, changed or removed: the switcher and the band may need refreshing.
    void connectionsChanged();
    // The saved token of a connection was set or removed.
    void tokenChanged(const QString& connectionId);
    // "Use this connection": the app switches (or refuses) and calls setCurrentId().
    void switchRequested(const QString& connectionId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    std::optional<Connection> selected() const;
    void updateButtons();
    void showNote();
    void addConnection();
    void editConnection();
    void duplicateConnection();
    void openEditor(int mode, const Connection& start);
    void askToRemove();
    void remove(const Connection& connection);
    void setToken();
    void testConnection();
    void showResult(const QString& text);
    QString copyName(const QString& name) const;

    std::unique_ptr<Ui::ConnectionsDialog> m_ui;
    ConnectionStore& m_store;
    ConnectionTokens& m_tokens;
    QNetworkAccessManager* m_network;
    ConnectionTest* m_test;
    std::chrono::milliseconds m_testTimeout;
    QString m_currentId;
    bool m_switchingBlocked = false;
    QString m_blockedReason;
    // The connection whose saved token is being read for a test.
    std::optional<Connection> m_testing;
    QPointer<QMessageBox> m_question;
    QPointer<QDialog> m_tokenDialog;
    QPointer<QDialog> m_editDialog;
};
