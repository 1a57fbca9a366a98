#include "infonotes.h"

#include "ui_infonotes.h"

InfoNotes::InfoNotes(QWidget* parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::InfoNotes>())
{
    m_ui->setupUi(this);
    hide();
    connect(m_ui->infoAuditButton, &QPushButton::clicked, this, &InfoNotes::auditTrailRequested);
    connect(m_ui->infoDismissButton, &QPushButton::clicked, this, &QWidget::hide);
}

InfoNotes::~InfoNotes() = default;

void InfoNotes::addNote(const QString& text)
{
    // Not isVisible(): the window, or the contents just built into it, may not be on the screen yet.
    const QString current = isHidden() ? QString() : m_ui->infoText->text();
    m_ui->infoText->setText(current.isEmpty() ? text : current + QLatin1Char('\n') + text);
    show();
}
