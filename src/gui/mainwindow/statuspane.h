#pragma once

#include "core/api/apioutcome.h"

#include <QGroupBox>
#include <QList>

#include <memory>

namespace Ui {
class StatusPane;
}
class QAction;
class StatusLogModel;
struct StatusEntry;

// The status pane: a row for every deletion attempt of this session, the newest at the bottom and
// scrolled to, which the user can copy as text (the selected rows, or all) or clear.
class StatusPane final : public QGroupBox
{
    Q_OBJECT

public:
    // Made by the main window's form, which passes no arguments: setUp() before use.
    explicit StatusPane(QWidget* parent = nullptr);
    ~StatusPane() override;

    // Shows the rows in the table, sizes its columns for their typical content (the Action column
    // for the widest of `actions` in the user's language, the message column takes what is left)
    // and makes `clear`, the window's "Clear status" action, what "Clear" and the table's context
    // menu trigger.
    void setUp(const QStringList& actions, QAction* clear);
    StatusLogModel* model() const;

    // A row as the pane shows it: now, what was done to which batch, and what came of it.
    static StatusEntry entry(const QString& action, const QString& classificationId, const QString& batchId,
                             const ApiOutcome& outcome, const QString& message, qint64 durationMs);
    void append(const StatusEntry& entry);
    // Many rows in one insertion: the table lays itself out and scrolls once.
    void append(const QList<StatusEntry>& entries);
    // Puts the selected rows, or every row when none is selected, on the clipboard as
    // tab-separated text, then emits rowsCopied().
    void copyRows();

signals:
    void rowsCopied(int count);

private:
    void fitColumns(const QStringList& actions);

    std::unique_ptr<Ui::StatusPane> m_ui;
    StatusLogModel* m_model;
};
