#pragma once

#include "core/connections/connection.h"
#include "core/tokens/tokenstore.h"

#include <QDialog>

#include <chrono>

class ConnectionTest;
class ConnectionTokens;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

// "Set token…" for one connection: a password field, Test connection with what is typed, and Save,
// which keeps the token under the connection's own entry (ConnectionTokens) and closes once it is
// saved. The band on top says whose token it is. The token is never shown unless asked for (Show).
class ConnectionTokenDialog final : public QDialog
{
    Q_OBJECT

public:
    // `tokens` and `network` must outlive the dialog.
    ConnectionTokenDialog(const Connection& connection, ConnectionTokens& tokens,
                          QNetworkAccessManager* network, QWidget* parent = nullptr);
    ~ConnectionTokenDialog() override;

    void setTestTimeout(std::chrono::milliseconds timeout);

    void accept() override;
    void reject() override;

private:
    // Save token and Cancel.
    QDialogButtonBox* createButtons();
    void testTyped();
    void onWriteFinished(const QString& entry, TokenStore::Status status, const QString& message);
    void setBusy(bool busy);

    Connection m_connection;
    ConnectionTokens& m_tokens;
    ConnectionTest* m_test;
    QLineEdit* m_tokenEdit;
    QPushButton* m_showButton;
    QPushButton* m_testButton;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLabel* m_state;
    QLabel* m_result;
    bool m_saving = false;
};
