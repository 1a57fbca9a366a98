#pragma once

#include "core/connections/environmenttype.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

// The command line of extracta-batch, parsed and checked before anything is read or sent.
// There is deliberately no option that takes a token: argv is visible to every user in `ps`.
struct CliArguments
{
    Q_DECLARE_TR_FUNCTIONS(CliArguments)

public:
    enum class Command
    {
        None,
        Delete,
        Inspect,
        Credits,
        Audit,
        Connections,
        Team,
    };
    // What `team` does.
    enum class TeamAction
    {
        Init,
        Connect,
        Disconnect,
        Status,
        Sync,
    };
    // What `connections` does; List when no action is named.
    enum class ConnectionsAction
    {
        List,
        Add,
        Remove,
        SetToken,
        Export,
        Import,
    };

    static constexpr int MinTimeoutSeconds = 1;
    static constexpr int MaxTimeoutSeconds = 600;
    // Marks "read the list from standard input" for --from-csv.
    static inline const QString StandardInput = QStringLiteral("-");

    Command command = Command::None;
    QString classificationId; // trimmed and checked with checkId()
    QString batchId;          // trimmed and checked; empty for a bulk delete or inspect without a batch
    QString csvSource;        // --from-csv: a path or StandardInput
    int concurrency = 0;      // 0 = the deletion queue's default
    bool assumeYes = false;
    QDateTime sinceUtc; // invalid = no lower bound
    bool csv = false;
    ConnectionsAction connectionsAction = ConnectionsAction::List;
    // connections add/remove/set-token: the connection's NAME (trimmed); export/import: the FILE, or
    // StandardInput (standard output for export).
    QString connectionsTarget;
    std::optional<EnvironmentType> environment; // connections add --environment; nullopt: by the URL
    QString note;                               // connections add --note
    bool overwrite = false;                     // connections import --overwrite
    TeamAction teamAction = TeamAction::Status;
    QString teamDatabase;           // team init --team-db URI, team connect URI
    QString deskRole;               // team init --desk-role ROLE; empty: TeamSchema::DefaultDeskRole
    bool passwordFromStdin = false; // team connect --password-stdin
    bool team = false;              // audit --team: the team trail instead of this desk's

    std::optional<QString> apiUrl; // nullopt when --api-url was not given
    // --connection NAME (trimmed, not empty); nullopt when not given (EXTRACTA_CONNECTION, then the
    // saved current connection apply).
    std::optional<QString> connectionName;
    int timeoutSeconds = 0; // 0 = the app's saved setting
    bool json = false;
    bool quiet = false;
    bool tokenFromStdin = false;
    bool showHelp = false;
    bool showVersion = false;

    QString error; // non-empty when the command line cannot be used (exit code 2)

    static CliArguments parse(const QStringList& arguments);
    static QString helpText();
    static QString versionText();
    // YYYY-MM-DD (from local midnight) or ISO 8601 date and time (local time unless it names an
    // offset). Invalid when the text is neither.
    static QDateTime parseSince(const QString& text);
};
