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
        parser.addOptions({classification, batch, fromCsv, concurrency, yes, since, csv, apiUrl, connection,
                           timeout, json, quiet, tokenStdin, help, version});
    }

    QList<const QCommandLineOption*> commandOptions() const
    {
        return {&classification, &batch, &fromCsv, &concurrency, &yes, &since, &csv};
    }

    QList<const QCommandLineOption*> valueOptions() const
    {
        return {&classification, &batch, &fromCsv, &concurrency, &since, &apiUrl, &connection, &timeout};
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
            return {&since, &csv};
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
        {DeleteName, CliArguments::Command::Delete},
        {InspectName, CliArguments::Command::Inspect},
        {CreditsName, CliArguments::Command::Credits},
        {AuditName, CliArguments::Command::Audit},
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
    case CliArguments::Command::Credits:
    case CliArguments::Command::None:
        return;
    }
}

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
        result.error = tr("No command given: use delete, inspect, credits or audit.");
        return result;
    }
    result.command = commandNamed(positional.constFirst());
    if (result.command == Command::None) {
        result.error = RejectedInput::isSafeName(positional.constFirst())
                           ? tr("Unknown command \"%1\": use delete, inspect, credits or audit.")
                                 .arg(positional.constFirst())
                           : tr("Unknown command: use delete, inspect, credits or audit.");
        return result;
    }
    if (positional.size() > 1) {
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
    return tr("Usage: extracta-batch <command> [options]\n"
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
              "  audit [--since DATE] [--csv]\n"
              "      List the deletions recorded on this computer, newest first. DATE is\n"
              "      YYYY-MM-DD (from local midnight) or ISO 8601, e.g. 2024-05-01T09:00:00Z.\n"
              "\n"
              "Command options:\n"
              "  --yes               Do not ask for confirmation. Required when standard input\n"
              "                      is not a terminal, and with --from-csv -.\n"
              "  --concurrency N     Requests in flight at once, 1 to 8 (default 2).\n"
              "  --csv               audit: print CSV (RFC 4180) instead of lines.\n"
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
              "  Extracta Batch Admin (OS keychain, or its settings file when that was chosen\n"
              "  there).\n"
              "\n"
              "Environment:\n"
              "  EXTRACTA_API_TOKEN  API token.\n"
              "  EXTRACTA_API_URL    API base URL (--api-url wins).\n"
              "  EXTRACTA_CONNECTION The saved connection to use (--connection wins).\n"
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
              "  then 3, then 1.\n");
}
