#include "welcomepage.h"

#include "gui/widgets/guiresources.h"
#include "ui_welcomepage.h"

#include <QStyle>

WelcomePage::WelcomePage(QWidget* parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::WelcomePage>())
{
    ensureGuiResources();
    m_ui->setupUi(this);
    hide();
    const int iconSize = 2 * style()->pixelMetric(QStyle::PM_LargeIconSize);
    m_ui->welcomeIcon->setPixmap(
        QIcon(QStringLiteral(":/icons/app-icon.svg")).pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    QFont titleFont = m_ui->welcomeTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_ui->welcomeTitle->setFont(titleFont);
    connect(m_ui->welcomeSetupButton, &QPushButton::clicked, this, &WelcomePage::setupRequested);
    connect(m_ui->welcomeDemoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::focusSetupButton()
{
    m_ui->welcomeSetupButton->setFocus();
}
