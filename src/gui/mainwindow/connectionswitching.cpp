#include "connectionswitching.h"

#include "core/api/activeconnection.h"
#include "core/api/extractaclient.h"
#include "core/connections/connectionstore.h"
#include "core/tokens/connectiontokens.h"
#include "core/tokens/tokenprovider.h"
#include "gui/connections/connectionband.h"
#include "gui/connections/connectionsdialog.h"
#include "gui/connections/connectionswitcher.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>

ConnectionSwitching::ConnectionSwitching(ActiveConnection& connection, std::function<QString()> busyReason,
                                         QWidget* window)
    : QObject(window)
    , m_connection(connection)
    , m_busyReason(std::move(busyReason))
    , m_window(window)
    , m_bar(new QWidget(window))
    , m_band(new ConnectionBand(m_bar))
    , m_switcher(new ConnectionSwitcher(m_bar))
    , m_tokens(new ConnectionTokens(connection.tokens().store(TokenProvider::Destination::Keychain),
                                    connection.tokens().store(TokenProvider::Destination::PlainFile),
                                    connection.settings(), this))
{
    m_bar->setObjectName(QStringLiteral("connectionBar"));
    auto* layout = new QHBoxLayout(m_bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_band, 1);
    m_switcherBox = new QWidget(m_bar);
    m_switcherBox->setObjectName(QStringLiteral("connectionSwitcherBox"));
    auto* boxLayout = new QHBoxLayout(m_switcherBox);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    // Long names are elided in the closed box (the list shows them whole), so that the window can
    // stay narrow.
    m_switcher->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_switcher->setMinimumContentsLength(30);
    auto* caption = new QLabel(tr("Co&nnection:"), m_switcherBox);
    caption->setBuddy(m_switcher);
    m_switcher->setParent(m_switcherBox);
    boxLayout->addWidget(caption);
    boxLayout->addWidget(m_switcher);
    m_band->addTrailingWidget(m_switcherBox);
    // The demo is a sandbox of its own: there is nothing to switch to.
    m_switcherBox->setVisible(!m_connection.isDemo());
    connect(m_switcher, &ConnectionSwitcher::switchRequested, this, [this](const QString& id) {
        if (const QString why = switchTo(id); !why.isEmpty())
            emit refused(why);
    });
    connect(&m_connection, &ActiveConnection::changed, this, &ConnectionSwitching::showBand);
    connect(&m_connection.tokens(), &TokenProvider::tokenChanged, this, &ConnectionSwitching::updateBlocked);
    showBand();
    updateBlocked();
}

QWidget* ConnectionSwitching::bar() const
{
    return m_bar;
}

ConnectionBand* ConnectionSwitching::band() const
{
    return m_band;
}

ConnectionSwitcher* ConnectionSwitching::switcher() const
{
    return m_switcher;
}

void ConnectionSwitching::placeSwitcherIn(QMenuBar* menuBar)
{
    // Beside the menus it costs the window no height and leaves the band's width to its words; a
    // menu bar the OS draws (macOS) has no room for it, and it stays at the band's end.
    if (menuBar->isNativeMenuBar())
        return;
    m_switcherBox->setParent(menuBar);
    menuBar->setCornerWidget(m_switcherBox, Qt::TopRightCorner);
    m_switcherBox->setVisible(!m_connection.isDemo());
}

void ConnectionSwitching::setManagerAction(QAction* action)
{
    action->setVisible(!m_connection.isDemo());
    connect(action, &QAction::triggered, this, &ConnectionSwitching::openManager);
}

QString ConnectionSwitching::switchTo(const QString& id)
{
    if (id == m_connection.connection().id)
        return {};
    if (const QString busy = blockedReason(); !busy.isEmpty())
        return busy;
    ConnectionStore& store = m_connection.connections();
    const std::optional<Connection> chosen = store.byId(id);
    if (!chosen) {
        showList();
        return tr("That connection no longer exists.");
    }
    store.setCurrentId(chosen->id);
    m_connection.use(*chosen);
    return {};
}

QString ConnectionSwitching::blockedReason() const
{
    const QString busy = m_busyReason();
    return busy.isEmpty() ? overrideReason() : busy;
}

void ConnectionSwitching::updateBlocked()
{
    const QString busy = blockedReason();
    m_switcher->setSwitchingBlocked(!busy.isEmpty(), busy);
    if (m_manager)
        m_manager->setSwitchingBlocked(!busy.isEmpty(), busy);
}

void ConnectionSwitching::openManager()
{
    if (!m_manager) {
        m_manager = new ConnectionsDialog(m_connection.connections(), *m_tokens,
                                          m_connection.client().network(), m_window);
        m_manager->setAttribute(Qt::WA_DeleteOnClose);
        m_manager->setTestTimeout(m_connection.client().timeout());
        connect(m_manager, &ConnectionsDialog::connectionsChanged, this,
                &ConnectionSwitching::onConnectionsChanged);
        connect(m_manager, &ConnectionsDialog::tokenChanged, this, &ConnectionSwitching::onTokenChanged);
        connect(m_manager, &ConnectionsDialog::switchRequested, this, [this](const QString& id) {
            if (const QString why = switchTo(id); !why.isEmpty())
                emit refused(why);
        });
        m_manager->setCurrentId(m_connection.connection().id);
        m_manager->selectConnection(m_connection.connection().id);
        updateBlocked();
    }
    m_manager->show();
    m_manager->raise();
    m_manager->activateWindow();
}

ConnectionsDialog* ConnectionSwitching::manager() const
{
    return m_manager;
}

void ConnectionSwitching::showBand()
{
    m_band->setConnection(m_connection.connectionAsUsed());
    showList();
}

void ConnectionSwitching::showList()
{
    const QString currentId = m_connection.connection().id;
    if (!m_connection.isDemo())
        m_switcher->setConnections(m_connection.connections().list(), currentId);
    if (m_manager)
        m_manager->setCurrentId(currentId);
}

QString ConnectionSwitching::overrideReason() const
{
    // What this session was started with applies to whichever connection is in force: switching
    // would send one connection's requests to a URL, or with a token, that is not its own.
    if (m_connection.isUrlOverridden())
        return tr("This session's API URL comes from the %1: start without it to switch connections.")
            .arg(describeSource(m_connection.urlSource()));
    if (m_connection.tokens().source() == TokenProvider::Source::Environment)
        return tr("This session's token comes from EXTRACTA_API_TOKEN: unset it to switch connections.");
    return {};
}

void ConnectionSwitching::onConnectionsChanged()
{
    if (m_connection.isDemo())
        return;
    // The one in force may have been edited (name, URL, type): the window, the client and the band
    // follow through ActiveConnection::changed. The list shows every change.
    if (m_connection.connections().byId(m_connection.connection().id))
        m_connection.refresh();
    showList();
}

void ConnectionSwitching::onTokenChanged(const QString& connectionId)
{
    if (connectionId == m_connection.connection().id)
        m_connection.reloadToken();
}
