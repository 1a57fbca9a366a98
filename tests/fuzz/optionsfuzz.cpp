#include "cli/cliarguments.h"
#include "core/api/apiendpoint.h"
#include "core/deletion/deletionqueue.h"
#include "core/ids/idvalidation.h"
#include "core/settings/launchoptions.h"
#include "fuzzentries.h"

#include <QRegularExpression>

namespace FuzzEntries {

namespace {

void checkIdProperties(FindingList& findings, const QString& raw)
{
    const IdCheck check = checkId(raw);
    findings.check(check.value == raw.trimmed(), "checkId's value is the trimmed input");
    if (!check.valid) {
        findings.check(!check.problem.isEmpty(), "a refused ID is explained");
        return;
    }
    const QString& id = check.value;
    findings.check(check.problem.isEmpty(), "an accepted ID has no problem");
    findings.check(!id.isEmpty() && id.size() <= MaxIdLength,
                   "an accepted ID has 1 to MaxIdLength characters", QString::number(id.size()));
    findings.check(id.isValidUtf16() && !id.contains(QChar::ReplacementCharacter),
                   "an accepted ID is readable text");
    findings.check(std::none_of(id.cbegin(), id.cend(),
                                [](QChar c) {
                                    return c.isSpace() || c.category() == QChar::Other_Control ||
                                           c.category() == QChar::Other_Format;
                                }),
                   "an accepted ID holds no whitespace, control or format character");
    const IdCheck again = checkId(id);
    findings.check(again.valid && again.value == id, "checking an accepted ID again changes nothing");
}

void checkEndpoint(FindingList& findings, const QString& text)
{
    QString problem = QStringLiteral("left over");
    const ApiEndpoint endpoint = ApiEndpoint::parse(text, &problem);
    if (!endpoint.isValid()) {
        findings.check(!problem.isEmpty() && problem != QLatin1String("left over"),
                       "a refused URL is explained");
        return;
    }
    findings.check(problem.isEmpty(), "an accepted URL has no problem");
    const QUrl base = endpoint.baseUrl();
    const QString scheme = base.scheme();
    findings.check(scheme == QLatin1String("https") ||
                       (scheme == QLatin1String("http") && ApiEndpoint::isLoopbackHost(base.host())),
                   "an accepted URL is https, or http to this computer only", base.toString());
    findings.check(endpoint.isLoopback() == ApiEndpoint::isLoopbackHost(base.host()),
                   "isLoopback() agrees with the host");
    findings.check(!base.host().isEmpty() && base.userInfo().isEmpty() && !base.hasQuery() &&
                       !base.hasFragment(),
                   "an accepted URL has a host and no user, query or fragment", base.toString());
    findings.check(!base.path().endsWith(QLatin1Char('/')), "the base path has no trailing slash");
    findings.check(!endpoint.hostLabel().isEmpty(), "the host label is not empty");

    const QUrl call = endpoint.urlFor(QStringLiteral("deleteBatch"));
    findings.check(call.scheme() == base.scheme() && call.host() == base.host() && call.port() == base.port(),
                   "a call goes to the endpoint's server", call.toString());
    findings.check(call.path() == base.path() + QLatin1String("/deleteBatch"),
                   "a call's path is the base path and the call", call.path());

    // What is shown and saved reads back as the same endpoint.
    const ApiEndpoint reread = ApiEndpoint::parse(base.toString(QUrl::FullyEncoded));
    findings.check(reread.isValid() && reread.baseUrl() == base, "an accepted URL reads back as itself",
                   base.toString(QUrl::FullyEncoded));
}

// A token pasted where a value or a command was expected must not come back in the error message
// (issue 11, item 13). Token-like: a long run of letters, digits and -_.~+/= not starting with a dash
// (messages name options without their dashes; a message's own words are separated by spaces).
void checkNothingLongEchoed(FindingList& findings, const QString& error, const QStringList& argv)
{
    static const QRegularExpression tokenLike(QStringLiteral("[A-Za-z0-9_.~+/=][A-Za-z0-9_.~+/=-]{24,}"));
    for (const QString& word : argv.mid(1)) {
        QRegularExpressionMatchIterator matches = tokenLike.globalMatch(word);
        while (matches.hasNext()) {
            const QString run = matches.next().captured();
            findings.check(!error.contains(run),
                           "a rejected command line never repeats a long token-like word", error);
        }
    }
}

void checkCliArguments(FindingList& findings, const QStringList& argv)
{
    using Command = CliArguments::Command;
    const CliArguments arguments = CliArguments::parse(argv);
    if (arguments.showHelp || arguments.showVersion) {
        findings.check(arguments.error.isEmpty(), "help and version win over any mistake");
        return;
    }
    checkNothingLongEchoed(findings, arguments.error, argv);
    if (!arguments.error.isEmpty())
        return;
    findings.check(arguments.command != Command::None, "a usable command line names a command");
    // Only an absent --api-url falls back; a given one, even blank, is what is used (and checked).
    const ResolvedValue url = resolveApiBaseUrl(arguments.apiUrl, std::nullopt, std::nullopt);
    findings.check((url.source == SettingSource::CommandLine) == arguments.apiUrl.has_value(),
                   "a given --api-url always wins, an absent one never");
    if (arguments.apiUrl && arguments.apiUrl->trimmed().isEmpty())
        findings.check(!ApiEndpoint::parse(url.value).isValid(),
                       "a blank --api-url is refused, never the default");
    findings.check(arguments.timeoutSeconds == 0 ||
                       (arguments.timeoutSeconds >= CliArguments::MinTimeoutSeconds &&
                        arguments.timeoutSeconds <= CliArguments::MaxTimeoutSeconds),
                   "the timeout is unset or within bounds", QString::number(arguments.timeoutSeconds));
    findings.check(arguments.concurrency == 0 ||
                       (arguments.concurrency >= 1 && arguments.concurrency <= DeletionQueue::MaxConcurrency),
                   "the concurrency is unset or within bounds", QString::number(arguments.concurrency));
    findings.check(!(arguments.csv && arguments.json), "--csv and --json are never both on");
    findings.check(arguments.classificationId.isEmpty() || checkId(arguments.classificationId).valid,
                   "a classification ID from the command line passes checkId", arguments.classificationId);
    findings.check(arguments.batchId.isEmpty() || checkId(arguments.batchId).valid,
                   "a batch ID from the command line passes checkId", arguments.batchId);
    findings.check(arguments.sinceUtc.isNull() || arguments.sinceUtc.timeSpec() == Qt::UTC,
                   "--since is kept in UTC");
    switch (arguments.command) {
    case Command::Delete:
        findings.check(arguments.csvSource.isEmpty() !=
                           (arguments.classificationId.isEmpty() && arguments.batchId.isEmpty()),
                       "a delete names either one batch or a list");
        findings.check(arguments.csvSource.isEmpty() ==
                           (!arguments.classificationId.isEmpty() && !arguments.batchId.isEmpty()),
                       "a single delete names both its classification and its batch");
        findings.check(!(arguments.tokenFromStdin && arguments.csvSource == CliArguments::StandardInput),
                       "standard input never carries both the token and the list");
        break;
    case Command::Inspect:
        findings.check(!arguments.classificationId.isEmpty(), "inspect names a classification");
        break;
    case Command::Audit:
    case Command::Credits:
        findings.check(arguments.classificationId.isEmpty() && arguments.batchId.isEmpty() &&
                           arguments.csvSource.isEmpty(),
                       "audit and credits take no IDs");
        break;
    case Command::Connections:
        findings.check(arguments.classificationId.isEmpty() && arguments.batchId.isEmpty() &&
                           arguments.csvSource.isEmpty() && !arguments.connectionName,
                       "connections take no IDs and no --connection");
        findings.check((arguments.connectionsAction == CliArguments::ConnectionsAction::List) ==
                           arguments.connectionsTarget.isEmpty(),
                       "every connections action but list names its connection or file");
        break;
    case Command::Team:
        findings.check(arguments.classificationId.isEmpty() && arguments.batchId.isEmpty() &&
                           arguments.csvSource.isEmpty() && !arguments.connectionName && !arguments.apiUrl,
                       "team takes no IDs, no --connection and no --api-url");
        findings.check(arguments.teamAction != CliArguments::TeamAction::Init ||
                           !arguments.teamDatabase.isEmpty(),
                       "team init always names its database");
        break;
    case Command::None:
        break;
    }
}

void checkLaunchOptions(FindingList& findings, const QStringList& argv)
{
    const LaunchOptions options = LaunchOptions::parse(argv);
    checkNothingLongEchoed(findings, options.error, argv);
    if (!options.error.isEmpty())
        return;
    findings.check(!(options.demo && options.apiUrl), "--demo never goes with an API URL");
}

} // namespace

Findings options(QByteArrayView data)
{
    FindingList findings;
    const QStringList words = QString::fromUtf8(data).split(QLatin1Char('\n'));
    for (const QString& word : words) {
        checkIdProperties(findings, word);
        checkEndpoint(findings, word);
        const QDateTime since = CliArguments::parseSince(word);
        findings.check(!since.isValid() || since.timeSpec() == Qt::UTC, "parseSince answers in UTC", word);
    }
    checkCliArguments(findings, QStringList{QStringLiteral("extracta-batch")} + words);
    checkLaunchOptions(findings, QStringList{QStringLiteral("extracta-batch-admin")} + words);
    return findings.take();
}

} // namespace FuzzEntries
