#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class KeyboardShortcutsDialog;
}
class QMenuBar;

// Help → Keyboard Shortcuts: every menu action that has a shortcut, read from the menu bar when the
// dialog opens, so the list always matches what the keys really do.
class KeyboardShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit KeyboardShortcutsDialog(const QMenuBar* menuBar, QWidget* parent = nullptr);
    ~KeyboardShortcutsDialog() override;

    // A menu or action text as shown to the user: mnemonic markers removed ("&Quit" → "Quit").
    static QString withoutMnemonic(QString text);

private:
    void fill(const QMenuBar* menuBar);

    std::unique_ptr<Ui::KeyboardShortcutsDialog> m_ui;
};
