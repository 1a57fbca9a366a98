#include "typetoconfirm.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

TypeToConfirm::TypeToConfirm(QDialog* dialog, QLineEdit* field, QPushButton* button, QLabel* hint,
                             std::function<bool(const QString& typed)> matches, Hints hints)
    : QObject(dialog)
    , m_button(button)
{
    connect(m_button, &QPushButton::clicked, dialog, [this, dialog] {
        if (isComplete())
            dialog->accept();
    });
    addField(field, hint, std::move(matches), std::move(hints));
    field->setFocus();
}

void TypeToConfirm::addField(QLineEdit* field, QLabel* hint,
                             std::function<bool(const QString& typed)> matches, Hints hints)
{
    m_fields.append({field, hint, std::move(matches), std::move(hints)});
    connect(field, &QLineEdit::textChanged, this, &TypeToConfirm::update);
    update();
}

bool TypeToConfirm::isComplete() const
{
    return std::all_of(m_fields.cbegin(), m_fields.cend(),
                       [](const Field& field) { return field.matches(field.field->text()); });
}

void TypeToConfirm::update()
{
    m_button->setEnabled(isComplete());
    for (const Field& field : std::as_const(m_fields)) {
        if (field.matches(field.field->text()))
            field.hint->setText(field.hints.matched);
        else if (field.field->text().isEmpty())
            field.hint->setText(field.hints.empty);
        else
            field.hint->setText(field.hints.mismatch);
    }
}
