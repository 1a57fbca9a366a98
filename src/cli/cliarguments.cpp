#include "cliarguments.h"

#include "core/deletion/deletionqueue.h"
#include "core/ids/idvalidation.h"
#include "core/text/rejectedinput.h"

#include <QCommandLineParser>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace {

const QString DeleteName = QStringLiteral("delete");
const QString InspectName = QStringLiteral("inspect");
const QString CreditsName = QStringLiteral("credits");
const QString AuditName = QStringLiteral("audit");
const QString ConnectionsName = QStringLiteral("connections");
const QString TeamName = QStringLiteral("team");
const QString CommandList = QStringLiteral("delete, inspect, credits, audit, connections or team");

// Descriptions are not shown: helpText() lays the options out by command, which QCommandLineParser
// cannot do. They only name what the parser recognises.
struct ParserSetup
{
    QCommandLineParser parser;
    QCommandLineOption classification{QStringLiteral("classification"), QString(), QStringLiteral("id")};
    QCommandLineOption batch{QStringLiteral("batch"), QString(), QStringLiteral("id")};
    QCommandLineOption fromCsv{QStringLiteral("from-csv"), QString(), QStringLiteral("file")};
    QCommandLineOption concurrency{QStringLiteral("concurrency"), QString(), QStringLiteral("n")};
    QCommandLineOption yes{QStringLiteral("yes")};
    QCommandLineOption since{QStringLiteral("since"), QString(), QStringLiteral("date")};
    QCommandLineOption csv{QStringLiteral("csv")};
    QCommandLineOption environment{QStringLiteral("environment"), QString(), QStringLiteral("type")};
    QCommandLineOption note{QStringLiteral("note"), QString(), QStringLiteral("text")};
    QCommandLineOption overwrite{QStringLiteral("overwrite")};
    QCommandLineOption teamDb{QStringLiteral("team-db"), QString(), QStringLiteral("uri")};
    QCommandLineOption deskRole{QStringLiteral("desk-role"), QString(), QStringLiteral("role")};
    QCommandLineOption passwordStdin{QStringLiteral("password-stdin")};
    QCommandLineOption team{QStringLiteral("team")};
    QCommandLineOption apiUrl{QStringLiteral("api-url"), QString(), QStringLiteral("url")};
    QCommandLineOption connection{QStringLiteral("connection"), QString(), QStringLiteral("name")};
    QCommandLineOption timeout{QStringLiteral("timeout"), QString(), QStringLiteral("seconds")};
    QCommandLineOption json{QStringLiteral("json")};
    QCommandLineOption quiet{QStringLiteral("quiet")};
    QCommandLineOption tokenStdin{QStringLiteral("token-stdin")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}};
    QCommandLineOption version{QStringLiteral("version")};

    ParserSetup()
    {
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOptions({classification, batch,      fromCsv,   concurrency, yes,      since,         csv,
                           environment,    note,       overwrite, teamDb,      deskRole, passwordStdin, team,
                           apiUrl,         connection, timeout,   json,        quiet,    tokenStdin,    help,
                           version});
    }

    QList<const QCommandLineOption*> commandOptions() const
    {
        return {&classification, &batch, &fromCsv,   &concurrency, &yes,      &since,         &csv,
                &environment,    &note,  &overwrite, &teamDb,      &deskRole, &passwordStdin, &team};
    }

    QList<const QCommandLineOption*> valueOptions() const
    {
        return {&classification, &batch,  &fromCsv,    &concurrency, &since,  &environment,
                &note,           &apiUrl, &connection, &timeout,     &teamDb, &deskRole};
    }

    // The command-specific options each command accepts; the global ones are accepted everywhere.
    QList<const QCommandLineOption*> allowedFor(CliArguments::Command command) const
    {
        switch (command) {
        case CliArguments::Command::Delete:
            return {&classification, &batch, &fromCsv, &concurrency, &yes};
        case CliArguments::Command::Inspect:
            return {&classification, &batch};
        case CliArguments::Command::Audit:
            return {&since, &csv, &team};
        case CliArguments::Command::Connections:
            return {&environment, &note, &overwrite};
        case CliArguments::Command::Team:
            return {&teamDb, &deskRole, &passwordStdin};
        case CliArguments::Command::Credits:
        case CliArguments::Command::None:
            break;
        }
        return {};
    }
};

QString optionName(const QCommandLineOption& option)
{
    return QStringLiteral("--") + option.names().constLast();
}

QString unknownOptionMessage(const QStringList& names)
{
    const QString name = names.value(0);
    static const QStringList tokenLike{QStringLiteral("token"),   QStringLiteral("api-token"),
                                       QStringLiteral("api-key"), QStringLiteral("apikey"),
                                       QStringLiteral("key"),     QStringLiteral("bearer")};
    QString message = RejectedInput::isSafeName(name) ? CliArguments::tr("Unknown option \"%1\".").arg(name)
                                                      : CliArguments::tr("Unknown option.");
    if (tokenLike.contains(name.toLower()))
        message +=
            QLatin1Char(' ') +
            CliArguments::tr("The token is never accepted as an argument (other users can see arguments): "
                             "set EXTRACTA_API_TOKEN or use --token-stdin.");
    return message;
}

// Ends a message about a rejected value: the value itself only when it is short enough to repeat
// safely (a token pasted as a value must not reach the terminal).
QString notValue(const QString& value)
{
    const QString quoted = RejectedInput::quotedValue(value.trimmed());
    return quoted.isEmpty() ? QStringLiteral(".") : CliArguments::tr(" (not %1).").arg(quoted);
}

CliArguments::Command commandNamed(const QString& name)
{
    static const QHash<QString, CliArguments::Command> commands{
        {DeleteName, CliArguments::Command::Delete},           {InspectName, CliArguments::Command::Inspect},
        {CreditsName, CliArguments::Command::Credits},         {AuditName, CliArguments::Command::Audit},
        {ConnectionsName, CliArguments::Command::Connections}, {TeamName, CliArguments::Command::Team},
    };
    return commands.value(name, CliArguments::Command::None);
}

// Reads an integer option in [min, max]; sets *error when it is not one.
int boundedNumber(const QString& text, const QString& name, int min, int max, QString* error)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < min || value > max) {
        *error = CliArguments::tr("%1 must be a whole number from %2 to %3").arg(name).arg(min).arg(max) +
                 notValue(text);
        return 0;
    }
    return value;
}

// Checks an ID option; sets *error when it is not a usable ID.
QString checkedId(const QString& raw, const QString& label, QString* error)
{
    const IdCheck check = checkId(raw);
    if (!check.valid)
        *error = CliArguments::tr("%1: %2").arg(label, check.problem);
    return check.value;
}

QString checkCommandOptions(const ParserSetup& setup, const CliArguments& arguments)
{
    const QList<const QCommandLineOption*> allowed = setup.allowedFor(arguments.command);
    for (const QCommandLineOption* option : setup.commandOptions()) {
        if (setup.parser.isSet(*option) && !allowed.contains(option)) {
            return CliArguments::tr("%1 cannot be used with the %2 command.")
                .arg(optionName(*option), setup.parser.positionalArguments().constFirst());
        }
    }
    for (const QCommandLineOption* option : setup.valueOptions()) {
        if (setup.parser.values(*option).size() > 1)
            return CliArguments::tr("%1 is given more than once.").arg(optionName(*option));
    }
    return {};
}

void readDeleteOptions(const ParserSetup& setup, CliArguments& arguments)
{
    const QCommandLineParser& parser = setup.parser;
    const bool single = parser.isSet(setup.classification) || parser.isSet(setup.batch);
    if (single && parser.isSet(setup.fromCsv)) {
        arguments.error = CliArguments::tr("Use either --classification and --batch, or --from-csv.");
        return;
    }
    if (parser.isSet(setup.fromCsv)) {
        arguments.csvSource = parser.value(setup.fromCsv);
        if (arguments.csvSource.isEmpty())
            arguments.error = CliArguments::tr("--from-csv needs a file name, or - for standard input.");
        else if (arguments.csvSource == CliArguments::StandardInput && arguments.tokenFromStdin)
            arguments.error = CliArguments::tr(
                "--token-stdin cannot be used with --from-csv -: standard input carries the list. Set "
                "EXTRACTA_API_TOKEN or read the list from a file.");
        return;
    }
    if (parser.isSet(setup.concurrency)) {
        arguments.error = CliArguments::tr("--concurrency applies to --from-csv only.");
        return;
    }
    if (!parser.isSet(setup.classification) || !parser.isSet(setup.batch)) {
        arguments.error =
            CliArguments::tr("delete needs --classification ID and --batch ID, or --from-csv FILE.");
        return;
    }
    arguments.classificationId = checkedId(parser.value(setup.classification),
                                           CliArguments::tr("Classification ID"), &arguments.error);
    if (arguments.error.isEmpty())
        arguments.batchId =
            checkedId(parser.value(setup.batch), CliArguments::tr("Batch ID"), &arguments.error);
}

std::optional<CliArguments::ConnectionsAction> connectionsActionNamed(const QString& name)
{
    using Action = CliArguments::ConnectionsAction;
    static const QHash<QString, Action> actions{
        {QStringLiteral("list"), Action::List},     {QStringLiteral("add"), Action::Add},
        {QStringLiteral("remove"), Action::Remove}, {QStringLiteral("set-token"), Action::SetToken},
        {QStringLiteral("export"), Action::Export}, {QStringLiteral("import"), Action::Import},
    };
    const auto found = actions.constFind(name);
    return found == actions.cend() ? std::nullopt : std::optional<Action>(*found);
}

// What each action is called with; for messages that say how to call it.
QString connectionsUsage(CliArguments::ConnectionsAction action)
{
    using Action = CliArguments::ConnectionsAction;
    switch (action) {
    case Action::List:
        return QStringLiteral("connections list [--json]");
    case Action::Add:
        return QStringLiteral("connections add NAME --api-url URL [--environment TYPE] [--note TEXT]");
    case Action::Remove:
        return QStringLiteral("connections remove NAME");
    case Action::SetToken:
        return QStringLiteral("connections set-token NAME --token-stdin");
    case Action::Export:
        return QStringLiteral("connections export FILE|-");
    case Action::Import:
        break;
    }
    return QStringLiteral("connections import FILE|- [--overwrite]");
}

// The options of `connections` that only some of its actions take (the global ones included: a URL,
// a token or a connection given where nothing would use it is a mistake to report, not to ignore).
QString checkConnectionsOptions(const ParserSetup& setup, CliArguments::ConnectionsAction action)
{
    using Action = CliArguments::ConnectionsAction;
    const QList<std::pair<const QCommandLineOption*, Action>> onlyFor{
        {&setup.apiUrl, Action::Add},       {&setup.environment, Action::Add},
        {&setup.note, Action::Add},         {&setup.tokenStdin, Action::SetToken},
        {&setup.overwrite, Action::Import}, {&setup.json, Action::List},
    };
    const QString usage = connectionsUsage(action);
    if (setup.parser.isSet(setup.connection))
        return CliArguments::tr("--connection cannot be used with the connections command: name the "
                                "connection after the action (%1).")
            .arg(usage);
    for (const auto& [option, allowedAction] : onlyFor) {
        if (setup.parser.isSet(*option) && action != allowedAction)
            return CliArguments::tr("%1 cannot be used here: %2.").arg(optionName(*option), usage);
    }
    if (action == Action::Add && !setup.parser.isSet(setup.apiUrl))
        return CliArguments::tr("connections add needs --api-url: %1.").arg(usage);
    if (action == Action::SetToken && !setup.parser.isSet(setup.tokenStdin))
        return CliArguments::tr("connections set-token reads the token from standard input only: %1.")
            .arg(usage);
    return {};
}

void readConnectionsOptions(const ParserSetup& setup, CliArguments& arguments)
{
    using Action = CliArguments::ConnectionsAction;
    const QStringList positional = setup.parser.positionalArguments();
    const QString actionName = positional.value(1, QStringLiteral("list"));
    const std::optional<Action> action = connectionsActionNamed(actionName);
    if (!action) {
        arguments.error =
            RejectedInput::isSafeName(actionName)
                ? CliArguments::tr("Unknown connections action \"%1\": use list, add, remove, "
                                   "set-token, export or import.")
                      .arg(actionName)
                : CliArguments::tr("Unknown connections action: use list, add, remove, set-token, "
                                   "export or import.");
        return;
    }
    arguments.connectionsAction = *action;
    const QString usage = connectionsUsage(*action);
    const qsizetype words = *action == Action::List ? 2 : 3;
    if (positional.size() > words) {
        arguments.error = CliArguments::tr("Unexpected argument: %1.").arg(usage);
        return;
    }
    if (*action != Action::List) {
        const QString target = positional.value(2).trimmed();
        if (target.isEmpty()) {
            const bool file = *action == Action::Export || *action == Action::Import;
            arguments.error = (file ? CliArguments::tr("Name the file, or - for %1: %2.")
                                          .arg(*action == Action::Export ? CliArguments::tr("standard output")
                                                                         : CliArguments::tr("standard input"),
                                               usage)
                                    : CliArguments::tr("Name the connection: %1.").arg(usage));
            return;
        }
        arguments.connectionsTarget =
            *action == Action::Export || *action == Action::Import ? positional.value(2) : target;
    }
    arguments.error = checkConnectionsOptions(setup, *action);
    if (!arguments.error.isEmpty())
        return;
    arguments.overwrite = setup.parser.isSet(setup.overwrite);
    arguments.note = setup.parser.value(setup.note);
    if (setup.parser.isSet(setup.environment)) {
        arguments.environment = Environment::fromCode(setup.parser.value(setup.environment));
        if (!arguments.environment)
            arguments.error =
                CliArguments::tr("--environment must be one of %1").arg(Environment::storedCodes()) +
                notValue(setup.parser.value(setup.environment));
    }
}

std::optional<CliArguments::TeamAction> teamActionNamed(const QString& name)
{
    using Action = CliArguments::TeamAction;
    static const QHash<QString, Action> actions{
        {QStringLiteral("init"), Action::Init},
        {QStringLiteral("connect"), Action::Connect},
        {QStringLiteral("disconnect"), Action::Disconnect},
        {QStringLiteral("status"), Action::Status},
        {QStringLiteral("sync"), Action::Sync},
    };
    const auto found = actions.constFind(name);
    return found == actions.cend() ? std::nullopt : std::optional<Action>(*found);
}

// `team ACTION`: which options each action takes, and the address init and connect need.
QString checkTeamOptions(const ParserSetup& setup, CliArguments::TeamAction action,
                         const QStringList& positional)
{
    using Action = CliArguments::TeamAction;
    const QList<std::pair<const QCommandLineOption*, Action>> onlyFor{
        {&setup.teamDb, Action::Init},
        {&setup.deskRole, Action::Init},
        {&setup.passwordStdin, Action::Connect},
    };
    for (const auto& [option, allowedAction] : onlyFor) {
        if (setup.parser.isSet(*option) && action != allowedAction)
            return CliArguments::tr("%1 cannot be used with team %2.")
                .arg(optionName(*option), positional.value(1));
    }
    for (const QCommandLineOption* global :
         {&setup.apiUrl, &setup.connection, &setup.tokenStdin, &setup.timeout}) {
        if (setup.parser.isSet(*global))
            return CliArguments::tr("%1 cannot be used with the team command.").arg(optionName(*global));
    }
    if (setup.parser.isSet(setup.json) && action != Action::Status && action != Action::Sync)
        return CliArguments::tr("--json cannot be used with team %1.").arg(positional.value(1));
    const qsizetype words = action == Action::Connect ? 3 : 2;
    if (positional.size() > words)
        return CliArguments::tr("Unexpected argument after team %1.").arg(positional.value(1));
    if (action == Action::Init && setup.parser.value(setup.teamDb).trimmed().isEmpty())
        return CliArguments::tr("team init needs --team-db postgresql://OWNER@HOST:PORT/DATABASE.");
    if (action == Action::Connect && positional.value(2).trimmed().isEmpty())
        return CliArguments::tr(
            "team connect needs the address: team connect postgresql://USER@HOST:PORT/DATABASE.");
    return {};
}

void readTeamOptions(const ParserSetup& setup, CliArguments& arguments)
{
    const QStringList positional = setup.parser.positionalArguments();
    const QString actionName = positional.value(1);
    const std::optional<CliArguments::TeamAction> action = teamActionNamed(actionName);
    if (!action) {
        arguments.error =
            RejectedInput::isSafeName(actionName) && !actionName.isEmpty()
                ? CliArguments::tr("Unknown team action \"%1\": use init, connect, disconnect, "
                                   "status or sync.")
                      .arg(actionName)
                : CliArguments::tr("Name a team action: init, connect, disconnect, status or sync.");
        return;
    }
    arguments.teamAction = *action;
    arguments.error = checkTeamOptions(setup, *action, positional);
    if (!arguments.error.isEmpty())
        return;
    arguments.teamDatabase = *action == CliArguments::TeamAction::Connect
                                 ? positional.value(2).trimmed()
                                 : setup.parser.value(setup.teamDb).trimmed();
    arguments.deskRole = setup.parser.value(setup.deskRole).trimmed();
    arguments.passwordFromStdin = setup.parser.isSet(setup.passwordStdin);
    // A PostgreSQL role name as written without quotes: a letter or underscore, then letters, digits and
    // underscores, at most 63 (PostgreSQL's limit). The default, extracta_desk, is one.
    static const QRegularExpression roleName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    if (!arguments.deskRole.isEmpty() && !roleName.match(arguments.deskRole).hasMatch())
        arguments.error = CliArguments::tr("--desk-role must be a plain role name (letters, digits and "
                                           "underscores, not starting with a digit).");
}

void readCommandOptions(const ParserSetup& setup, CliArguments& arguments)
{
    const QCommandLineParser& parser = setup.parser;
    switch (arguments.command) {
    case CliArguments::Command::Delete:
        arguments.assumeYes = parser.isSet(setup.yes);
        if (parser.isSet(setup.concurrency)) {
            arguments.concurrency =
                boundedNumber(parser.value(setup.concurrency), optionName(setup.concurrency), 1,
                              DeletionQueue::MaxConcurrency, &arguments.error);
            if (!arguments.error.isEmpty())
                return;
        }
        readDeleteOptions(setup, arguments);
        return;
    case CliArguments::Command::Inspect:
        if (!parser.isSet(setup.classification)) {
            arguments.error = CliArguments::tr("inspect needs --classification ID.");
            return;
        }
        arguments.classificationId = checkedId(parser.value(setup.classification),
                                               CliArguments::tr("Classification ID"), &arguments.error);
        if (arguments.error.isEmpty() && parser.isSet(setup.batch))
            arguments.batchId =
                checkedId(parser.value(setup.batch), CliArguments::tr("Batch ID"), &arguments.error);
        return;
    case CliArguments::Command::Audit:
        arguments.csv = parser.isSet(setup.csv);
        arguments.team = parser.isSet(setup.team);
        if (arguments.team && parser.isSet(setup.connection)) {
            arguments.error =
                CliArguments::tr("--connection cannot be used with audit --team: connections are "
                                 "each desk's own.");
            return;
        }
        if (arguments.csv && arguments.json) {
            arguments.error = CliArguments::tr("Use either --csv or --json.");
            return;
        }
        if (parser.isSet(setup.since)) {
            arguments.sinceUtc = CliArguments::parseSince(parser.value(setup.since));
            if (!arguments.sinceUtc.isValid())
                arguments.error = CliArguments::tr("--since expects a date as YYYY-MM-DD or ISO 8601 "
                                                   "(for example 2024-05-01T09:00:00Z)") +
                                  notValue(parser.value(setup.since));
        }
        return;
    case CliArguments::Command::Connections:
        readConnectionsOptions(setup, arguments);
        return;
    case CliArguments::Command::Team:
        readTeamOptions(setup, arguments);
        return;
    case CliArguments::Command::Credits:
    case CliArguments::Command::None:
        return;
    }
}

} // namespace

namespace {

// The help text: one translatable text, kept outside helpText() so that its length is not a function's.
const char* const HelpText = QT_TRANSLATE_NOOP(
    "CliArguments",
    "Usage: extracta-batch <command> [options]\n"
    "\n"
    "Deletes Extracta.ai document-classification batches from scripts and terminals, with the\n"
    "same safety rules and audit trail as Extracta Batch Admin.\n"
    "\n"
    "Commands:\n"
    "  delete --classification ID --batch ID [--yes]\n"
    "      Delete one batch.\n"
    "  delete --from-csv FILE|- [--concurrency N] [--yes]\n"
    "      Delete every batch listed in FILE, or on standard input with -: one\n"
    "      classificationId,batchId per line (the app's import rules). A bad line\n"
    "      stops the run before anything is sent.\n"
    "  inspect --classification ID [--batch ID]\n"
    "      Show a classification and, with --batch, the files of that batch.\n"
    "  credits\n"
    "      Check the token and show the credits left.\n"
    "  audit [--since DATE] [--csv] [--team]\n"
    "      List the deletions recorded on this computer, newest first. DATE is\n"
    "      YYYY-MM-DD (from local midnight) or ISO 8601, e.g. 2024-05-01T09:00:00Z.\n"
    "      With --team, those of every desk in the team database instead.\n"
    "  connections [list] [--json]\n"
    "      List the saved connections: name, environment, API URL, whether a token\n"
    "      is saved (never the token) and note; * marks the one used by default.\n"
    "  connections add NAME --api-url URL [--environment TYPE] [--note TEXT]\n"
    "      Save a connection. TYPE: production, staging or development (default:\n"
    "      development for a URL on this computer, production otherwise).\n"
    "  connections remove NAME\n"
    "      Remove a connection and its saved token (its audit entries stay).\n"
    "  connections set-token NAME --token-stdin\n"
    "      Save the connection's token, read from the first line of standard input,\n"
    "      where the app keeps tokens (the OS keychain, or its settings file).\n"
    "  connections export FILE|-\n"
    "  connections import FILE|- [--overwrite]\n"
    "      Copy connections (name, URL, environment, note; never tokens) to or from\n"
    "      a JSON file. import reports each one: added, skipped (already there),\n"
    "      would overwrite (same name, other settings: --overwrite replaces it,\n"
    "      keeping its token) or invalid.\n"
    "  team init --team-db URI [--desk-role ROLE]\n"
    "      Create or update the team trail in a PostgreSQL database (run as its\n"
    "      owner) and print the GRANT statements that let the desks' role read and\n"
    "      append. URI: postgresql://USER@HOST:PORT/DATABASE, never with a password.\n"
    "  team connect URI [--password-stdin]\n"
    "      Upload this desk's deletions to that team database from now on (the app\n"
    "      and this tool share it); --password-stdin saves its password, read from\n"
    "      standard input, where the app keeps tokens.\n"
    "  team disconnect\n"
    "      Stop uploading; this desk's own audit trail is unchanged.\n"
    "  team status [--json]\n"
    "      Whether the team database answers, its schema version and how many of\n"
    "      this desk's entries are pending upload.\n"
    "  team sync [--json]\n"
    "      Upload the pending entries. Exit 0 when none remain, 3 when the team\n"
    "      database cannot be reached.\n"
    "\n"
    "Command options:\n"
    "  --yes               Do not ask for confirmation. Required when standard input\n"
    "                      is not a terminal, and with --from-csv -.\n"
    "  --concurrency N     Requests in flight at once, 1 to 8 (default 2).\n"
    "  --csv               audit: print CSV (RFC 4180) instead of lines.\n"
    "  --environment TYPE  connections add: production, staging or development.\n"
    "  --note TEXT         connections add: a note shown in the list.\n"
    "  --overwrite         connections import: replace connections of the same name.\n"
    "  --team              audit: the team trail (with user and machine) instead.\n"
    "\n"
    "Global options:\n"
    "  --connection NAME   Use this saved connection (its URL, token, catalogue and\n"
    "                      audit entries). Wins over EXTRACTA_CONNECTION; without\n"
    "                      either, the connection chosen last in the app.\n"
    "  --api-url URL       API base URL for this run only, instead of the\n"
    "                      connection's. Wins over EXTRACTA_API_URL. Plain http://\n"
    "                      only for this computer.\n"
    "  --timeout SECONDS   Wait at most this long for each answer, 1 to 600\n"
    "                      (default: the app's setting, 30 unless changed).\n"
    "  --json              One JSON object per line on standard output, for scripts.\n"
    "  --quiet             No progress and no notes; without --json, only the\n"
    "                      batches that were not deleted are listed.\n"
    "  --token-stdin       Read the API token from the first line of standard input.\n"
    "  --version           Show the version and exit.\n"
    "  -h, --help          Show this help and exit.\n"
    "\n"
    "API token (never accepted as an argument: arguments are visible to other users):\n"
    "  EXTRACTA_API_TOKEN, else --token-stdin, else the connection's token saved by\n"
    "  Extracta Batch Admin or connections set-token (OS keychain, or the settings\n"
    "  file when that was chosen in the app).\n"
    "\n"
    "Environment:\n"
    "  EXTRACTA_API_TOKEN  API token.\n"
    "  EXTRACTA_API_URL    API base URL (--api-url wins).\n"
    "  EXTRACTA_CONNECTION The saved connection to use (--connection wins).\n"
    "  EXTRACTA_TEAM_DB    The team database's URI, instead of the saved one.\n"
    "  EXTRACTA_TEAM_DB_PASSWORD  Its password, instead of the saved one.\n"
    "\n"
    "Exit codes:\n"
    "  0  Every batch deleted, or the command succeeded.\n"
    "  1  The API refused at least one request (4xx or 5xx; 404 not found included).\n"
    "  2  Usage or input error, no token, or no confirmation possible: nothing sent.\n"
    "  3  Network or TLS failure: a request did not reach the server. For credits\n"
    "     and inspect also a timeout.\n"
    "  4  Confirmation declined: nothing sent.\n"
    "  5  delete: no answer in time for at least one batch, so the server may or may\n"
    "     not have deleted it. Check before trying again.\n"
    "  130  delete interrupted by Ctrl+C (143 for SIGTERM): no new deletion was\n"
    "       started, those in flight were answered and recorded, the others are\n"
    "       listed as cancelled. A second Ctrl+C quits at once.\n"
    "  When a run ends with several of these, the most serious wins: 130, then 5,\n"
    "  then 3, then 1.\n"
    "  team and audit --team: 1 when the team database refused (login, rights, no\n"
    "  or another schema version), 3 when it cannot be reached or not over TLS.\n");

} // namespace

CliArguments CliArguments::parse(const QStringList& arguments)
{
    ParserSetup setup;
    CliArguments result;
    // Help and version win over any other mistake on the line, as they do for most tools.
    const QStringList rest = arguments.mid(1);
    if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
        result.showHelp = true;
        return result;
    }
    if (rest.contains(QLatin1String("--version"))) {
        result.showVersion = true;
        return result;
    }
    if (!setup.parser.parse(arguments)) {
        const QStringList unknown = setup.parser.unknownOptionNames();
        result.error = unknown.isEmpty() ? setup.parser.errorText() : unknownOptionMessage(unknown);
        return result;
    }

    if (setup.parser.isSet(setup.apiUrl))
        result.apiUrl = setup.parser.value(setup.apiUrl);
    if (setup.parser.isSet(setup.connection)) {
        result.connectionName = setup.parser.value(setup.connection).trimmed();
        if (result.connectionName->isEmpty()) {
            result.error = tr("--connection needs the name of a connection.");
            return result;
        }
    }
    result.json = setup.parser.isSet(setup.json);
    result.quiet = setup.parser.isSet(setup.quiet);
    result.tokenFromStdin = setup.parser.isSet(setup.tokenStdin);
    if (setup.parser.isSet(setup.timeout)) {
        result.timeoutSeconds = boundedNumber(setup.parser.value(setup.timeout), optionName(setup.timeout),
                                              MinTimeoutSeconds, MaxTimeoutSeconds, &result.error);
        if (!result.error.isEmpty())
            return result;
    }

    const QStringList positional = setup.parser.positionalArguments();
    if (positional.isEmpty()) {
        result.error = tr("No command given: use %1.").arg(CommandList);
        return result;
    }
    result.command = commandNamed(positional.constFirst());
    if (result.command == Command::None) {
        result.error = RejectedInput::isSafeName(positional.constFirst())
                           ? tr("Unknown command \"%1\": use %2.").arg(positional.constFirst(), CommandList)
                           : tr("Unknown command: use %1.").arg(CommandList);
        return result;
    }
    if (positional.size() > 1 && result.command != Command::Connections && result.command != Command::Team) {
        result.error = tr("Unexpected argument after the command: values are given with options, such as "
                          "--batch ID.");
        return result;
    }
    result.error = checkCommandOptions(setup, result);
    if (result.error.isEmpty())
        readCommandOptions(setup, result);
    return result;
}

QDateTime CliArguments::parseSince(const QString& text)
{
    const QString trimmed = text.trimmed();
    const QDate day = QDate::fromString(trimmed, Qt::ISODate);
    if (day.isValid() && trimmed.size() == 10)
        return day.startOfDay().toUTC();
    const QDateTime moment = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    return moment.isValid() ? moment.toUTC() : QDateTime();
}

QString CliArguments::versionText()
{
    return QStringLiteral("extracta-batch " EBA_VERSION "\n");
}

QString CliArguments::helpText()
{
    return tr(HelpText);
}
