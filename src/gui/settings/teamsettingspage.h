#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class TeamSettingsPage;
}
class TeamSync;
struct TeamStatus;

// Settings > Team: the team database this desk uploads its audit trail to. Connect saves the address
// (and the password, in the keychain or wherever tokens are kept) at once; Test tries what is typed
// without saving it; the status says whether the database answers, its schema version and how many
// of this desk's entries wait for upload. Nothing here waits for the database: TeamSync asks it in
// its own thread and the page updates when the answer comes.
class TeamSettingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit TeamSettingsPage(TeamSync& team, QWidget* parent = nullptr);
    ~TeamSettingsPage() override;

private:
    void connectDatabase();
    void disconnectDatabase();
    void test();
    void showStatus(const TeamStatus& status);
    void setBusy(bool busy, const QString& what = {});
    void updateButtons();

    std::unique_ptr<Ui::TeamSettingsPage> m_ui;
    TeamSync& m_team;
    bool m_busy = false;
};
