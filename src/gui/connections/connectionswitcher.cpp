#include "connectionswitcher.h"

#include "environmentlook.h"
#include "gui/widgets/plaintooltip.h"

#include <QEvent>
#include <QSignalBlocker>
#include <QStyle>

ConnectionSwitcher::ConnectionSwitcher(QWidget* parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("connectionSwitcher"));
    setAccessibleName(tr("Connection"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::activated, this, &ConnectionSwitcher::onActivated);
    updateDescription();
}

QString ConnectionSwitcher::textFor(const Connection& connection)
{
    return tr("%1 (%2)").arg(connection.name, Environment::word(connection.environment));
}

void ConnectionSwitcher::setConnections(const QList<Connection>& connections, const QString& currentId)
{
    const QSignalBlocker blocker(this);
    m_connections = connections;
    clear();
    for (const Connection& connection : connections)
        addItem(textFor(connection), connection.id);
    updateChips();
    setCurrentConnection(currentId);
}

void ConnectionSwitcher::setCurrentConnection(const QString& id)
{
    const QSignalBlocker blocker(this);
    m_currentId = id;
    setCurrentIndex(findData(id));
    updateDescription();
}

QString ConnectionSwitcher::currentConnectionId() const
{
    return m_currentId;
}

void ConnectionSwitcher::setSwitchingBlocked(bool blocked, const QString& reason)
{
    m_blocked = blocked;
    m_blockedReason = blocked ? reason : QString();
    setEnabled(!blocked);
    updateDescription();
}

bool ConnectionSwitcher::isSwitchingBlocked() const
{
    return m_blocked;
}

void ConnectionSwitcher::changeEvent(QEvent* event)
{
    QComboBox::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateChips();
}

void ConnectionSwitcher::onActivated(int index)
{
    const QString id = itemData(index).toString();
    // The selection shows the connection in force, never one asked for but not (yet) switched to.
    setCurrentConnection(m_currentId);
    if (m_blocked || id.isEmpty() || id == m_currentId)
        return;
    emit switchRequested(id);
}

void ConnectionSwitcher::updateDescription()
{
    QString description;
    for (const Connection& connection : std::as_const(m_connections)) {
        if (connection.id == m_currentId)
            description = tr("Current connection: %1").arg(connection.title());
    }
    if (m_blocked && !m_blockedReason.isEmpty())
        description = description.isEmpty() ? m_blockedReason : description + u'\n' + m_blockedReason;
    setToolTip(plainToolTip(m_blocked ? m_blockedReason : description));
    setAccessibleDescription(description);
}

void ConnectionSwitcher::updateChips()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    for (int i = 0; i < count() && i < m_connections.size(); ++i)
        setItemIcon(i, EnvironmentLook::chip(m_connections.at(i).environment, palette(), size));
}
