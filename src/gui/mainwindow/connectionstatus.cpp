#include "connectionstatus.h"

#include "connectionnotice.h"
#include "core/api/activeconnection.h"
#include "core/settings/appsettings.h"
#include "core/tokens/tokenprovider.h"
#include "gui/widgets/readablecolors.h"
#include "welcomepage.h"

#include <QLabel>

ConnectionStatus::ConnectionStatus(ActiveConnection& connection, AppSettings& settings,
                                   const Widgets& widgets, QWidget* window)
    : QObject(window)
    , m_connection(connection)
    , m_settings(settings)
    , m_widgets(widgets)
    , m_window(window)
{}

void ConnectionStatus::updateConnectionInfo()
{
    const TokenProvider& tokens = m_connection.tokens();
    const QString host =
        m_connection.endpoint().isValid() ? m_connection.endpoint().hostLabel() : tr("(not usable)");
    // Where the URL comes from is worth saying only when it is not the connection's own.
    const SettingSource urlSource = m_connection.urlSource();
    const QString hostText =
        urlSource == SettingSource::CommandLine || urlSource == SettingSource::Environment
            ? tr("%1 (%2)").arg(host, describeSource(urlSource))
            : host;
    m_widgets.connectionLabel->setText(
        tr("API host: %1  ·  Token: %2").arg(hostText, TokenProvider::describe(tokens.source())));
}

void ConnectionStatus::updateWelcome()
{
    const TokenProvider& tokens = m_connection.tokens();
    if (tokens.hasToken() && !m_connection.isDemo() && !m_settings.firstRunCompleted())
        m_settings.setFirstRunCompleted(true);
    // The welcome page is for a first run only: a token that goes missing later (keychain locked,
    // token forgotten) is a problem to fix, which the notice explains. While the keychain is still
    // being read, nothing is known yet.
    const bool welcome =
        !m_connection.isDemo() && !tokens.hasToken() && !tokens.isBusy() && !m_settings.firstRunCompleted();
    if (welcome == m_widgets.welcomePage->isVisibleTo(m_window))
        return;
    m_widgets.welcomePage->setVisible(welcome);
    m_widgets.connectionLabel->setVisible(!welcome);
    m_widgets.mainSplitter->setVisible(!welcome);
    if (welcome)
        m_widgets.welcomePage->focusSetupButton();
}

void ConnectionStatus::updateNotice()
{
    m_widgets.notice->refresh(m_connection, m_widgets.welcomePage->isVisibleTo(m_window), m_tokenRejected);
}

void ConnectionStatus::setTokenRejected(bool rejected)
{
    m_tokenRejected = rejected;
}

void ConnectionStatus::applyThemeColors()
{
    const ReadableColors::BannerColors banner = ReadableColors::demoBanner(m_window->palette());
    m_widgets.demoBanner->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; padding: 6px; "
                       "font-weight: bold; }")
            .arg(banner.background.name(), banner.text.name(), banner.border.name()));
}
