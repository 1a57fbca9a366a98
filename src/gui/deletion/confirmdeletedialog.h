#pragma once

#include "deletiontarget.h"
#include "targetinfo.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <memory>

class CheckStatusLine;
struct TeamDeletion;
class QLabel;
class ServerTextLabel;
class TypeToConfirm;

namespace Ui {
class ConfirmDeleteDialog;
}

// The last stop before an irreversible deletion: says plainly what goes, and enables "Delete batch"
// only once the batch ID has been typed or pasted exactly. Cancel is the default; Escape cancels.
// Whatever came from a server is shown as the server's (ServerTextLabel) and IDs with anything
// invisible or look-alike escaped (ServerText::visibleId); the window never clips a row.
// Following TargetInfo, it says what is still being checked on the server and fills in the
// answers as they arrive, leaving the confirmation field, the focus and the Delete button alone.
class ConfirmDeleteDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConfirmDeleteDialog(const DeletionTarget& target, QWidget* parent = nullptr);
    ~ConfirmDeleteDialog() override;

    // From now on shows what `info` knows and is checking, and keeps the target up to date with
    // them; the dialog owns them.
    void follow(TargetInfo* info);

    // The team trail says the batch was deleted already (from another desk, as a rule): a warning
    // line says by whom and when. Confirming stays possible: the server has the last word.
    void showTeamDeletion(const TeamDeletion& deletion);

    // The target as the dialog shows it now: what is confirmed (and recorded) is what the user saw.
    const DeletionTarget& target() const;
    bool isConfirmationComplete() const;

private:
    void setUpLook();
    void createFileRows();
    ServerTextLabel* fileRow(qsizetype i);
    void refresh();
    void showTarget();
    void showName(const TargetInfo::Check& check);
    void showBatch(const TargetInfo::Check& check);
    void showFiles(const TargetInfo::Check& check);
    void showAge();

    std::unique_ptr<Ui::ConfirmDeleteDialog> m_ui;
    DeletionTarget m_target;
    TypeToConfirm* m_confirmation = nullptr;
    QPointer<TargetInfo> m_info;
    QList<ServerTextLabel*> m_fileNames;
    QLabel* m_moreFiles = nullptr;
    QLabel* m_filesNote = nullptr;
    QLabel* m_filesAge = nullptr;
};
