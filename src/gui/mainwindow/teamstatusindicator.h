#pragma once

#include <QToolButton>

class TeamSync;
struct TeamStatus;

// The team trail at a glance, at the right of the status bar: "Team trail: up to date", or how many
// of this desk's entries wait for upload and why. Hidden while no team database is set. Clicking it
// opens Settings > Team.
class TeamStatusIndicator final : public QToolButton
{
    Q_OBJECT

public:
    explicit TeamStatusIndicator(TeamSync& team, QWidget* parent = nullptr);

    // The words it shows for `status`; empty when it is hidden.
    static QString textFor(const TeamStatus& status);

private:
    void show(const TeamStatus& status);
};
