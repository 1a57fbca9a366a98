#include "typetoconfirm.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

TypeToConfirm::TypeToConfirm(QDialog* dialog, QLineEdit* field, QPushButton* button, QLabel* hint,
                             std::function<bool(const QString& typed)> matches, Hints hints)
    : QObject(dialog)
    , m_field(field)
    , m_button(button)
    , m_hint(hint)
    , m_matches(std::move(matches))
    , m_hints(std::move(hints))
{
    connect(m_field, &QLineEdit::textChanged, this, &TypeToConfirm::update);
    connect(m_button, &QPushButton::clicked, dialog, [this, dialog] {
        if (isComplete())
            dialog->accept();
    });
    update();
    m_field->setFocus();
}

bool TypeToConfirm::isComplete() const
{
    return m_matches(m_field->text());
}

void TypeToConfirm::update()
{
    const bool complete = isComplete();
    m_button->setEnabled(complete);
    if (complete)
        m_hint->setText(m_hints.matched);
    else if (m_field->text().isEmpty())
        m_hint->setText(m_hints.empty);
    else
        m_hint->setText(m_hints.mismatch);
}
