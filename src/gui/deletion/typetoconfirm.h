#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;

// The type-to-confirm rule of the deletion dialogs: the delete button is enabled only while what is
// typed in the field matches, a hint under the field says where the user stands, and the button
// accepts the dialog only then (a click that slipped through a stale state does nothing). A dialog
// that asks for more (the connection's name on Production) adds a field: then every field must match.
class TypeToConfirm final : public QObject
{
    Q_OBJECT

public:
    struct Hints
    {
        QString empty;    // nothing typed yet
        QString mismatch; // typed, but not what is wanted
        QString matched;  // the button is enabled
    };

    // `matches` judges the typed text as it is (trimming is up to it). Wires the field, the
    // button and the hint, sets the first state and gives the field the focus.
    TypeToConfirm(QDialog* dialog, QLineEdit* field, QPushButton* button, QLabel* hint,
                  std::function<bool(const QString& typed)> matches, Hints hints);

    // One more field that must match too, with its own hint. Leaves the focus where it is.
    void addField(QLineEdit* field, QLabel* hint, std::function<bool(const QString& typed)> matches,
                  Hints hints);

    bool isComplete() const;
    // Judges every field again: for a rule that changed (what is wanted, or whether a field is asked).
    void update();

private:
    struct Field
    {
        QLineEdit* field;
        QLabel* hint;
        std::function<bool(const QString&)> matches;
        Hints hints;
    };

    QPushButton* m_button;
    QList<Field> m_fields;
};
