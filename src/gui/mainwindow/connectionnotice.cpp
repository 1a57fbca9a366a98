#include "connectionnotice.h"

#include "core/api/activeconnection.h"
#include "core/tokens/tokenprovider.h"
#include "ui_connectionnotice.h"

#include <QStyle>

ConnectionNotice::ConnectionNotice(QWidget* parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::ConnectionNotice>())
{
    m_ui->setupUi(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->noticeIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(iconSize));
    connect(m_ui->noticeSettingsButton, &QPushButton::clicked, this, &ConnectionNotice::settingsRequested);
    connect(m_ui->noticeDemoButton, &QPushButton::clicked, this, &ConnectionNotice::demoRequested);
}

ConnectionNotice::~ConnectionNotice() = default;

ConnectionNotice::Notice ConnectionNotice::noticeFor(const ActiveConnection& connection, bool welcomeShown,
                                                     bool tokenRejected)
{
    const TokenProvider& tokens = connection.tokens();
    if (!connection.endpointProblem().isEmpty())
        return Notice::EndpointProblem;
    // On a first run the welcome page asks for a token; a token that is there but unusable (such as
    // an empty EXTRACTA_API_TOKEN) is said next to it, since setting one up would not help.
    if (!tokens.hasToken() && !tokens.isBusy() && (!welcomeShown || !tokens.loadProblem().isEmpty()))
        return Notice::NoToken;
    if (tokenRejected)
        return Notice::TokenRejected;
    return Notice::None;
}

void ConnectionNotice::refresh(const ActiveConnection& connection, bool welcomeShown, bool tokenRejected)
{
    const Notice notice = noticeFor(connection, welcomeShown, tokenRejected);
    setVisible(notice != Notice::None);
    m_ui->noticeDemoButton->setVisible(notice == Notice::NoToken && !connection.isDemo());
    switch (notice) {
    case Notice::EndpointProblem:
        m_ui->noticeText->setText(tr("The API URL cannot be used: %1").arg(connection.endpointProblem()));
        break;
    case Notice::NoToken: {
        const QString problem = connection.tokens().loadProblem();
        m_ui->noticeText->setText(
            problem.isEmpty()
                ? tr("No API token is set. Open Settings to add your Extracta.ai API token, or try the demo "
                     "to see how the app works without an account.")
                : tr("No API token is set. %1 Open Settings to add a token for this session, or try the "
                     "demo.")
                      .arg(problem));
        break;
    }
    case Notice::TokenRejected:
        m_ui->noticeText->setText(
            tr("The server rejected the API token. Check it or replace it in Settings, then try again."));
        break;
    case Notice::None:
        break;
    }
}

void ConnectionNotice::setSettingsEnabled(bool enabled)
{
    m_ui->noticeSettingsButton->setEnabled(enabled);
}
