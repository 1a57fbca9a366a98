#pragma once

#include "core/connections/connection.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectionEditDialog;
}
class ConnectionStore;
class QLabel;

// The form of one connection: name, API URL, environment and note. Save checks every value
// (ConnectionStore::check*), says what is wrong under the field concerned and keeps everything
// typed; only a connection that passes is saved, added or updated in the store. Enter saves,
// Escape cancels.
class ConnectionEditDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Add,       // a new connection; the environment follows the URL until one is chosen
        Edit,      // `start` is the saved connection, changed in place
        Duplicate, // a new connection starting from a copy of `start`
    };

    // `store` must outlive the dialog.
    ConnectionEditDialog(ConnectionStore& store, Mode mode, const Connection& start,
                         QWidget* parent = nullptr);
    ~ConnectionEditDialog() override;

    // After accept(): the connection as saved (with its id).
    Connection connection() const;

    void accept() override;

private:
    Connection typed() const;
    // Every problem under its field; true when there is none.
    bool showProblems(const Connection& candidate);
    void showProblem(QLabel* label, const QString& problem);
    void updateEnvironmentHint();

    std::unique_ptr<Ui::ConnectionEditDialog> m_ui;
    ConnectionStore& m_store;
    Mode m_mode;
    Connection m_connection;
    bool m_environmentChosen = false;
};
