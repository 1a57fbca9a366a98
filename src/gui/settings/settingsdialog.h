#pragma once

#include "core/tokens/tokenprovider.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class SettingsDialog;
}
class ActiveConnection;
class AppSettings;
class ApiCall;
class ApiEndpoint;
class TeamSettingsPage;
class TeamSync;

// Token, API URL and timeout. The token goes to the OS keychain; when no keychain service answers,
// the user chooses between "this session only" (the default) and an unencrypted file.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(ActiveConnection& connection, AppSettings& settings, QString plainFilePath,
                   QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // Adds the Team page (Settings > Team) for this team trail.
    void addTeamPage(TeamSync& team);
    // Shows the Team page.
    void showTeamPage();

    void accept() override;
    void reject() override;

private:
    void testConnection();
    void removeToken();
    // Takes other accounts' access away from a token file that was refused for it, and reads it again.
    void restrictTokenFile();
    void onSaveFinished(TokenProvider::Destination destination, TokenStore::Status status,
                        const QString& message);
    void showKeychainFallback(const QString& reason);
    void updateTokenState();
    void setBusy(bool busy, const QString& what = {});
    // A blank field is refused, never taken for the default URL; so is a URL ApiEndpoint refuses.
    bool validateUrl(ApiEndpoint* endpoint);
    void showUrlProblem(const QString& problem);
    void finish();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    ActiveConnection& m_connection;
    AppSettings& m_settings;
    QString m_plainFilePath;
    QPointer<ApiCall> m_testCall;
    bool m_saving = false;
    TeamSettingsPage* m_teamPage = nullptr;
};
