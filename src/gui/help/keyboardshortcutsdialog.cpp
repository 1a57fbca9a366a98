#include "keyboardshortcutsdialog.h"

#include "ui_keyboardshortcutsdialog.h"

#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>

KeyboardShortcutsDialog::KeyboardShortcutsDialog(const QMenuBar* menuBar, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::KeyboardShortcutsDialog>())
{
    m_ui->setupUi(this);
    m_ui->shortcutsTree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    fill(menuBar);
    m_ui->noteLabel->setText(
        tr("In the window and in dialogs, Alt with the underlined letter of a label or button moves to "
           "that field or presses that button. In the Status table, %1 copies the selected rows.")
            .arg(QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)));
}

KeyboardShortcutsDialog::~KeyboardShortcutsDialog() = default;

QString KeyboardShortcutsDialog::withoutMnemonic(QString text)
{
    // "&&" is a literal ampersand; a single '&' only marks the mnemonic letter.
    for (qsizetype at = text.indexOf(QLatin1Char('&')); at >= 0; at = text.indexOf(QLatin1Char('&'), at + 1))
        text.remove(at, 1);
    return text;
}

void KeyboardShortcutsDialog::fill(const QMenuBar* menuBar)
{
    for (const QAction* menuAction : menuBar->actions()) {
        const QMenu* menu = menuAction->menu();
        if (!menu)
            continue;
        QTreeWidgetItem* group = nullptr;
        for (const QAction* action : menu->actions()) {
            if (action->isSeparator() || action->shortcuts().isEmpty())
                continue;
            if (!group) {
                group = new QTreeWidgetItem(m_ui->shortcutsTree, {withoutMnemonic(menu->title())});
                group->setFirstColumnSpanned(true);
                group->setFlags(Qt::ItemIsEnabled); // a heading, not a row to select
                QFont headingFont = group->font(0);
                headingFont.setBold(true);
                group->setFont(0, headingFont);
            }
            QStringList keys;
            for (const QKeySequence& shortcut : action->shortcuts())
                keys << shortcut.toString(QKeySequence::NativeText);
            new QTreeWidgetItem(group, {withoutMnemonic(action->text()), keys.join(tr(" or "))});
        }
    }
    m_ui->shortcutsTree->expandAll();
    m_ui->shortcutsTree->resizeColumnToContents(0);
}
