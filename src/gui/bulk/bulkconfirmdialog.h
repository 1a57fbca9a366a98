#pragma once

#include "core/deletion/deletionqueue.h"

#include <QDialog>

#include <memory>

class TypeToConfirm;

namespace Ui {
class BulkConfirmDialog;
}

// The last stop before deleting many batches: lists every one (grouped by classification, with file
// counts where known) and enables "Delete N batches" only once the number N has been typed.
// Cancel is the default; Escape cancels. The list is a view on the items (BatchListModel), so that
// a hundred thousand batches open as fast as ten.
class BulkConfirmDialog final : public QDialog
{
    Q_OBJECT

public:
    BulkConfirmDialog(const QList<DeletionItem>& items, const QString& apiHost, bool demo,
                      QWidget* parent = nullptr);
    ~BulkConfirmDialog() override;

    const QList<DeletionItem>& items() const;
    bool isConfirmationComplete() const;

private:
    void fillList();

    std::unique_ptr<Ui::BulkConfirmDialog> m_ui;
    QList<DeletionItem> m_items;
    TypeToConfirm* m_confirmation = nullptr;
};
