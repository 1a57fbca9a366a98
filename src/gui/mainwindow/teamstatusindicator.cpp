#include "teamstatusindicator.h"

#include "core/team/teamsync.h"

TeamStatusIndicator::TeamStatusIndicator(TeamSync& team, QWidget* parent)
    : QToolButton(parent)
{
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setAccessibleName(tr("Team trail status"));
    connect(&team, &TeamSync::statusChanged, this, &TeamStatusIndicator::show);
    show(team.status());
}

QString TeamStatusIndicator::textFor(const TeamStatus& status)
{
    if (!status.configured)
        return {};
    if (status.pending == 0 && status.error.isEmpty())
        return status.lastSyncUtc.isValid() ? tr("Team trail: up to date") : tr("Team trail: checking…");
    if (status.pending == 0)
        return status.reachable ? tr("Team trail: needs attention") : tr("Team trail: not reachable");
    return status.reachable ? tr("Team trail: %n entries to upload", nullptr, status.pending)
                            : tr("Team trail: not reachable, %n entries waiting", nullptr, status.pending);
}

void TeamStatusIndicator::show(const TeamStatus& status)
{
    const QString text = textFor(status);
    setVisible(!text.isEmpty());
    setText(text);
    QString tip = status.database.isEmpty() ? QString() : tr("Team database: %1").arg(status.database);
    if (!status.error.isEmpty())
        tip += QStringLiteral("\n") + status.error;
    if (status.pending > 0)
        tip +=
            QStringLiteral("\n") +
            tr("Every deletion is recorded on this computer first; waiting entries are uploaded as soon as "
               "the team database answers.");
    tip += QStringLiteral("\n") + tr("Click for Settings > Team.");
    setToolTip(tip.trimmed());
}
