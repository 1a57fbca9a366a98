#pragma once

#include "core/connections/connection.h"

#include <QComboBox>
#include <QList>

// The main window's choice of connection: "acme-prod (Production)", one item per connection with
// its environment's colour, the current one selected. Choosing another does not switch by itself:
// it asks (switchRequested) and stays on the current one until setCurrentConnection() says the
// switch happened. Switching can be blocked (a deletion is running), with the reason shown.
class ConnectionSwitcher final : public QComboBox
{
    Q_OBJECT

public:
    explicit ConnectionSwitcher(QWidget* parent = nullptr);

    // Lists `connections` in the order given, `currentId` selected.
    void setConnections(const QList<Connection>& connections, const QString& currentId);
    // Selects the connection now in force; emits nothing.
    void setCurrentConnection(const QString& id);
    QString currentConnectionId() const;
    // "acme-prod (Production)"
    static QString textFor(const Connection& connection);

    // While blocked the switcher is disabled and says why (tooltip, accessible description).
    void setSwitchingBlocked(bool blocked, const QString& reason = {});
    bool isSwitchingBlocked() const;

signals:
    void switchRequested(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onActivated(int index);
    void updateDescription();
    void updateChips();

    QList<Connection> m_connections;
    QString m_currentId;
    bool m_blocked = false;
    QString m_blockedReason;
};
