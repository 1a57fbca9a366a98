#include "connectionband.h"

#include "core/api/apiendpoint.h"
#include "core/text/servertext.h"
#include "environmentlook.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace {

constexpr int BorderWidth = 2;

// "api.extracta.ai" for a URL that can be used; the URL itself, on one line, for one that cannot.
QString hostOf(const Connection& connection)
{
    const ApiEndpoint endpoint = ApiEndpoint::parse(connection.apiUrl.trimmed());
    return endpoint.isValid() ? endpoint.hostLabel() : ServerText::oneLine(connection.apiUrl, 80);
}

} // namespace

ConnectionBand::ConnectionBand(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_host(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionBand"));
    m_title->setObjectName(QStringLiteral("connectionBandTitle"));
    m_host->setObjectName(QStringLiteral("connectionBandHost"));
    for (QLabel* label : {m_title, m_host}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    // On one line, whole: a name is at most 64 characters, so the band fits an 800-pixel screen.
    m_title->setWordWrap(false);
    m_title->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    m_host->setWordWrap(true);
    m_host->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // The title keeps the width it needs for one line where it can; the host line wraps first.
    QSizePolicy hostPolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    hostPolicy.setHeightForWidth(true);
    m_host->setSizePolicy(hostPolicy);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    QFont hostFont = m_host->font();
    hostFont.setPointSizeF(hostFont.pointSizeF() * 0.9);
    m_host->setFont(hostFont);

    // One line: the title, the host (or what the window says of the connection) at the right, and
    // room after it for a control that belongs to the connection.
    m_layout = new QHBoxLayout(this);
    const int margin = fontMetrics().height() / 3;
    m_layout->setContentsMargins(margin * 2, margin, margin * 2, margin + BorderWidth);
    m_layout->addWidget(m_title);
    m_layout->addWidget(m_host, 1);
    // As tall as its title needs at the width it gets: a long name wraps, never clipped.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAccessibleName(tr("Current connection"));
    hide();
}

void ConnectionBand::setConnection(const Connection& connection)
{
    m_connection = connection;
    const QString host = hostOf(connection);
    m_title->setText(connection.title());
    if (connection.environment == EnvironmentType::Demo) {
        m_host->setText(tr("%1 (demo sandbox on this computer)").arg(host));
        setAccessibleDescription(
            tr("Demo environment: connection %1, the sandbox on this computer. Nothing real is deleted.")
                .arg(connection.name));
    } else {
        m_host->setText(host);
        setAccessibleDescription(tr("%1 environment: connection %2 on %3")
                                     .arg(Environment::word(connection.environment), connection.name, host));
    }
    setToolTip(QString());
    updateLook();
    show();
}

void ConnectionBand::addTrailingWidget(QWidget* widget)
{
    m_layout->addWidget(widget, 0, Qt::AlignVCenter);
}

QLabel* ConnectionBand::detailLabel() const
{
    return m_host;
}

void ConnectionBand::clear()
{
    m_connection.reset();
    m_title->clear();
    m_host->clear();
    setAccessibleDescription(QString());
    hide();
}

std::optional<Connection> ConnectionBand::connection() const
{
    return m_connection;
}

QString ConnectionBand::titleText() const
{
    return m_title->text();
}

QString ConnectionBand::hostText() const
{
    return m_host->text();
}

void ConnectionBand::paintEvent(QPaintEvent* event)
{
    // Painted here rather than left to the style: some styles ignore a frame's palette. The band's
    // own palette is never set, so it is the theme's: light or dark decides the shades.
    QPainter painter(this);
    const EnvironmentLook::Colors look = EnvironmentLook::colors(
        m_connection ? m_connection->environment : EnvironmentType::Production, palette());
    painter.fillRect(rect(), look.background);
    painter.fillRect(QRect(0, height() - BorderWidth, width(), BorderWidth), look.border);
    QFrame::paintEvent(event);
}

void ConnectionBand::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateLook();
}

void ConnectionBand::updateLook()
{
    if (!m_connection)
        return;
    const EnvironmentLook::Colors look = EnvironmentLook::colors(m_connection->environment, palette());
    for (QLabel* label : {m_title, m_host}) {
        QPalette palette = label->palette();
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
            palette.setColor(group, QPalette::WindowText, look.text);
        label->setPalette(palette);
    }
    update();
}
