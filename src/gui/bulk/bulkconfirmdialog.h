#pragma once

#include "core/connections/connection.h"
#include "core/deletion/deletionqueue.h"

#include <QDialog>

#include <memory>
#include <optional>

class ConnectionBand;
class TypeToConfirm;

namespace Ui {
class BulkConfirmDialog;
}

// The last stop before deleting many batches: lists every one (grouped by classification, with file
// counts where known) and enables "Delete N batches" only once the number N has been typed.
// Cancel is the default; Escape cancels. Given the connection (setConnection()), it shows it in a
// band on top, and on a Production connection also wants the connection's name typed
// (ConnectionNameConfirmation) before Delete is enabled. The list is a view on the items (BatchListModel), so
// that a hundred thousand batches open as fast as ten.
class BulkConfirmDialog final : public QDialog
{
    Q_OBJECT

public:
    BulkConfirmDialog(const QList<DeletionItem>& items, const QString& apiHost, bool demo,
                      QWidget* parent = nullptr);
    ~BulkConfirmDialog() override;

    // The connection the batches are deleted through; call before the dialog is shown.
    void setConnection(const Connection& connection);
    std::optional<Connection> connection() const;
    // True when the connection's name must be typed too (a Production connection).
    bool isNameRequired() const;

    // How many of the batches the team trail says another desk already deleted (0: no warning).
    void setDeletedElsewhere(int count);

    const QList<DeletionItem>& items() const;
    bool isConfirmationComplete() const;

private:
    void fillList();

    std::unique_ptr<Ui::BulkConfirmDialog> m_ui;
    QList<DeletionItem> m_items;
    TypeToConfirm* m_confirmation = nullptr;
    ConnectionBand* m_band = nullptr;
    std::optional<Connection> m_connection;
};
