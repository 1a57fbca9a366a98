#pragma once

#include <QWidget>

class QEvent;
class QLabel;
class QProgressBar;

// One line saying how a check on the server stands: while it runs, a busy indicator and the words
// ("Checking the batch contents…"); when it failed, a warning sign and the plain words why in the
// app's warning colour (readable on the palette in use, light or dark); otherwise nothing (hidden).
// The words are the label's accessible name ("Warning: …" for a warning), so that a screen reader
// says what the line says.
class CheckStatusLine final : public QWidget
{
    Q_OBJECT

public:
    explicit CheckStatusLine(QWidget* parent = nullptr);

    void showChecking(const QString& words);
    void showWarning(const QString& words);
    void clear();

    QLabel* label() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void present(const QString& text, const QString& accessibleName, bool warning);
    void applyColors();

    QProgressBar* m_busy;
    QLabel* m_words;
    bool m_warning = false;
};
