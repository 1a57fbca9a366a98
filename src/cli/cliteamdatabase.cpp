#include "cliteamdatabase.h"

#include "clioutput.h"
#include "clitokenstore.h"
#include "core/settings/appsettings.h"
#include "core/storage/database.h"
#include "core/team/teamoutbox.h"
#include "core/team/teamsettings.h"
#include "core/team/teamuploader.h"

#include <QSettings>

CliTeamDatabase::CliTeamDatabase(const AppSettings& settings)
    : m_settings(settings)
{}

bool CliTeamDatabase::isConfigured() const
{
    QSettings qsettings;
    return !TeamSettings(qsettings).uri().trimmed().isEmpty();
}

std::unique_ptr<TeamConnection> CliTeamDatabase::connection(CliOutput& output,
                                                            const QString& explicitUri) const
{
    QString uri = explicitUri;
    bool fromEnvironment = false;
    if (uri.isEmpty()) {
        QSettings qsettings;
        uri = TeamSettings(qsettings).uri(&fromEnvironment);
    }
    if (uri.trimmed().isEmpty()) {
        output.error(tr(
            "No team database is set: run `extracta-batch team connect postgresql://USER@HOST:PORT/DATABASE` "
            "or set EXTRACTA_TEAM_DB."));
        return nullptr;
    }
    QString problem;
    const std::optional<TeamDatabaseAddress> address = TeamDatabaseAddress::parse(uri, &problem);
    if (!address) {
        output.error(fromEnvironment ? tr("EXTRACTA_TEAM_DB: %1").arg(problem) : problem);
        return nullptr;
    }
    return std::make_unique<TeamConnection>(*address, password(*address));
}

ExitCode CliTeamDatabase::exitCodeFor(const TeamConnection& connection)
{
    switch (connection.failure()) {
    case TeamConnection::Failure::Unreachable:
    case TeamConnection::Failure::Tls:
        return ExitCode::NetworkFailure;
    case TeamConnection::Failure::NoDriver:
        return ExitCode::UsageError;
    case TeamConnection::Failure::None:
    case TeamConnection::Failure::Refused:
    case TeamConnection::Failure::Failed:
        break;
    }
    return ExitCode::Refused;
}

QString CliTeamDatabase::password(const TeamDatabaseAddress& address) const
{
    bool set = false;
    const QString fromEnvironment = TeamSettings::passwordFromEnvironment(&set);
    if (set)
        return fromEnvironment;
    CliTokenStore store(m_settings);
    const CliTokenStore::Answer answer = store.read(address.keychainKey());
    return answer.status == TokenStore::Status::Ok ? answer.token : QString();
}

void CliTeamDatabase::syncAfterDeletions(Database& database, CliOutput& output) const
{
    if (!isConfigured())
        return;
    std::unique_ptr<TeamConnection> team = connection(output);
    if (!team)
        return;
    TeamOutbox outbox(database, team->address().displayName());
    const TeamSyncResult result = TeamUploader(outbox, *team).uploadPending();
    if (result.pending > 0)
        output.error(tr("%n entries are pending upload to the team database: %1 (`extracta-batch team sync` "
                        "uploads them).",
                        nullptr, result.pending)
                         .arg(result.error.isEmpty() ? tr("not all could be uploaded") : result.error));
}
