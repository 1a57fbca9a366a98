#pragma once

#include <QDialog>
#include <QStringList>

#include <memory>

class TypeToConfirm;

namespace Ui {
class ConfirmDeleteDialog;
}

// What the user is about to delete, with whatever the app knows about it.
struct DeletionTarget
{
    static constexpr int FileNamesShown = 5;

    QString classificationId;
    QString classificationName; // empty when unknown
    QString batchId;
    int fileCount = -1;    // -1 when unknown
    QStringList fileNames; // the batch's files as last fetched; empty when unknown or none
    QString apiHost;
    bool demo = false;
};

// The last stop before an irreversible deletion: says plainly what goes, and enables "Delete batch"
// only once the batch ID has been typed or pasted exactly. Cancel is the default; Escape cancels.
// Whatever came from a server is shown as the server's (ServerTextLabel) and IDs with anything
// invisible or look-alike escaped (ServerText::visibleId); the window never clips a row.
class ConfirmDeleteDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConfirmDeleteDialog(const DeletionTarget& target, QWidget* parent = nullptr);
    ~ConfirmDeleteDialog() override;

    const DeletionTarget& target() const;
    bool isConfirmationComplete() const;

private:
    void fillFiles();

    std::unique_ptr<Ui::ConfirmDeleteDialog> m_ui;
    DeletionTarget m_target;
    TypeToConfirm* m_confirmation = nullptr;
};
