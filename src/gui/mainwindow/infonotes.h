#pragma once

#include <QFrame>

#include <memory>

namespace Ui {
class InfoNotes;
}

// Dismissible notes at the top of the window (the database was moved aside, deletions were left
// unfinished, IDs were left out…), one a line, with a way to the audit trail. Hidden until the
// first note and after the user dismissed them.
class InfoNotes final : public QFrame
{
    Q_OBJECT

public:
    explicit InfoNotes(QWidget* parent = nullptr);
    ~InfoNotes() override;

    void addNote(const QString& text);

signals:
    void auditTrailRequested();

private:
    std::unique_ptr<Ui::InfoNotes> m_ui;
};
