#include "checkstatusline.h"

#include "gui/widgets/readablecolors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace {

// The busy indicator is a short bar, as tall as the text beside it.
constexpr int BusyBarWidthInLines = 3;

} // namespace

CheckStatusLine::CheckStatusLine(QWidget* parent)
    : QWidget(parent)
    , m_busy(new QProgressBar(this))
    , m_words(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // A bar with no end moves for as long as the check runs: busy without relying on a colour.
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("In progress"));
    const int line = fontMetrics().height();
    m_busy->setFixedSize(BusyBarWidthInLines * line, line);
    m_words->setTextFormat(Qt::PlainText);
    m_words->setWordWrap(true);
    layout->addWidget(m_busy, 0, Qt::AlignTop);
    layout->addWidget(m_words, 1);
    clear();
}

void CheckStatusLine::showChecking(const QString& words)
{
    present(words, words, false);
}

void CheckStatusLine::showWarning(const QString& words)
{
    present(tr("⚠ %1").arg(words), tr("Warning: %1").arg(words), true);
}

void CheckStatusLine::clear()
{
    // Nothing left to find either: a screen reader or a test looking for the words finds no stale ones.
    m_warning = false;
    m_words->clear();
    m_words->setAccessibleName(QString());
    applyColors();
    hide();
}

QLabel* CheckStatusLine::label() const
{
    return m_words;
}

void CheckStatusLine::present(const QString& text, const QString& accessibleName, bool warning)
{
    m_warning = warning;
    m_busy->setVisible(!warning);
    m_words->setText(text);
    m_words->setAccessibleName(accessibleName);
    applyColors();
    QWidget::show();
}

void CheckStatusLine::applyColors()
{
    // Derived from the palette in use, so that a warning stays readable when the theme turns dark.
    QPalette wordsPalette = palette();
    if (m_warning)
        wordsPalette.setColor(QPalette::WindowText, ReadableColors::problemText(palette()));
    m_words->setPalette(wordsPalette);
}

void CheckStatusLine::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
}
