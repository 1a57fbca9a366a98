#include "servertextlabel.h"

#include "core/text/servertext.h"
#include "plaintooltip.h"

#include <QEvent>

namespace {

// Wide enough for a few characters and the ellipsis; the label never asks for more to fit a layout.
constexpr int MinimumCharacters = 8;
// A long text asks for no more than this: a window opens at a sensible width and elides the rest.
constexpr int PreferredCharacters = 60;

} // namespace

ServerTextLabel::ServerTextLabel(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ServerTextLabel::setServerText(const QString& text, const QString& whenEmpty)
{
    m_serverText = ServerText::oneLine(text);
    m_whenEmpty = whenEmpty;
    QFont shownFont = font();
    shownFont.setItalic(!m_serverText.isEmpty());
    setFont(shownFont);
    setToolTip(plainToolTip(m_serverText));
    updateShownText();
    updateGeometry();
}

QString ServerTextLabel::serverText() const
{
    return m_serverText;
}

bool ServerTextLabel::isElided() const
{
    return m_elided;
}

QSize ServerTextLabel::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    const QString full =
        m_serverText.isEmpty() ? m_whenEmpty : tr("“%1”").arg(ServerText::isolated(m_serverText));
    const QMargins margins = contentsMargins();
    const int width =
        qMin(metrics.horizontalAdvance(full) + 2, PreferredCharacters * metrics.averageCharWidth());
    // As tall as QLabel asks for the line it shows: italic glyphs reach below the font's height.
    return {width + 2 * margin() + margins.left() + margins.right(), QLabel::sizeHint().height()};
}

QSize ServerTextLabel::minimumSizeHint() const
{
    const QSize full = sizeHint();
    return {qMin(full.width(), MinimumCharacters * fontMetrics().averageCharWidth()), full.height()};
}

void ServerTextLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    updateShownText();
}

void ServerTextLabel::showEvent(QShowEvent* event)
{
    QLabel::showEvent(event);
    updateShownText();
}

void ServerTextLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateShownText();
}

void ServerTextLabel::updateShownText()
{
    if (m_serverText.isEmpty()) {
        m_elided = false;
        QLabel::setText(m_whenEmpty);
        return;
    }
    // Elided inside the quotes and the isolation, so that both always close; only once on the screen,
    // where the label has the width it is given.
    if (!isVisible()) {
        m_elided = false;
        QLabel::setText(tr("“%1”").arg(ServerText::isolated(m_serverText)));
        return;
    }
    const QFontMetrics metrics = fontMetrics();
    const QString quotes = tr("“%1”").arg(QString());
    const int available = contentsRect().width() - 2 * margin() - metrics.horizontalAdvance(quotes) - 2;
    // Measured as QFontMetrics does: elidedText() alone cuts a text that fits but for a fraction of a pixel.
    const QString shown = metrics.horizontalAdvance(m_serverText) <= available
                              ? m_serverText
                              : metrics.elidedText(m_serverText, Qt::ElideRight, qMax(0, available));
    m_elided = shown != m_serverText;
    QLabel::setText(tr("“%1”").arg(ServerText::isolated(shown)));
}
