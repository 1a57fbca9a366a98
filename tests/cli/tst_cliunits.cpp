// The pieces of extracta-batch that need no process and no server: argument rules, exit-code
// precedence, the stable --json records, the delete-list rules, the texts shown around a run and the
// interrupt watcher.
#include "cli/cliarguments.h"
#include "cli/cliexitcode.h"
#include "cli/clijson.h"
#include "cli/confirmationsummary.h"
#include "cli/deletecommand.h"
#include "cli/deletionlistreader.h"
#include "cli/interruptwatcher.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <signal.h>
#endif

namespace {

const QString Cls = QStringLiteral("-OPXR1F82I0cRYJPcHNo");
const QString Batch = QStringLiteral("-OPXT4kQm2ZbW9sLe7Ha");

CliArguments parsed(QStringList words)
{
    words.prepend(QStringLiteral("extracta-batch"));
    return CliArguments::parse(words);
}

DeletionItem item(const QString& classificationId, const QString& batchId)
{
    DeletionItem result;
    result.classificationId = classificationId;
    result.batchId = batchId;
    return result;
}

} // namespace

class TestCliUnits : public QObject
{
    Q_OBJECT

private slots:
    void singleDeleteTakesIdsStartingWithADash();
    void bulkDeleteOptions();
    void globalOptions();
    void connectionsArguments();
    void helpAndVersionWinOverMistakes();
    void refusedCommandLines_data();
    void refusedCommandLines();
    void deskRoleNames();
    void mistakesDoNotEchoWhatCouldBeAToken();
    void sinceAcceptsDatesAndIso8601();
    void exitCodePrecedence();
    void exitCodesForOutcomes();
    void deletionResultJsonHasStableFields();
    void otherJsonRecords();
    void listReaderAcceptsTheAppsFormats();
    void listReaderNamesBadLines();
    void listReaderRefusesLoneClassifications();
    void listReaderRefusesBinaryAndEmptyInput();
    void bulkSummaryGroupsAndCaps();
    void progressAndResultTexts();
    void interruptWatcherReportsTheFirstInterruptOnly();
    void interruptWatcherLeavesIgnoredSignalsAlone();
};

void TestCliUnits::singleDeleteTakesIdsStartingWithADash()
{
    const CliArguments arguments =
        parsed({QStringLiteral("delete"), QStringLiteral("--classification"), QStringLiteral(" ") + Cls,
                QStringLiteral("--batch"), Batch, QStringLiteral("--yes")});
    QVERIFY2(arguments.error.isEmpty(), qPrintable(arguments.error));
    QCOMPARE(arguments.command, CliArguments::Command::Delete);
    QCOMPARE(arguments.classificationId, Cls); // trimmed
    QCOMPARE(arguments.batchId, Batch);
    QVERIFY(arguments.assumeYes);
    QVERIFY(arguments.csvSource.isEmpty());
}

void TestCliUnits::bulkDeleteOptions()
{
    CliArguments arguments =
        parsed({QStringLiteral("delete"), QStringLiteral("--from-csv"), QStringLiteral("-"),
                QStringLiteral("--concurrency"), QStringLiteral("5")});
    QVERIFY2(arguments.error.isEmpty(), qPrintable(arguments.error));
    QCOMPARE(arguments.csvSource, CliArguments::StandardInput);
    QCOMPARE(arguments.concurrency, 5);
    QVERIFY(!arguments.assumeYes);

    arguments =
        parsed({QStringLiteral("--json"), QStringLiteral("delete"), QStringLiteral("--from-csv=list.csv")});
    QVERIFY2(arguments.error.isEmpty(), qPrintable(arguments.error));
    QCOMPARE(arguments.csvSource, QStringLiteral("list.csv"));
    QCOMPARE(arguments.concurrency, 0);
    QVERIFY(arguments.json);
}

void TestCliUnits::globalOptions()
{
    const CliArguments arguments =
        parsed({QStringLiteral("credits"), QStringLiteral("--api-url"),
                QStringLiteral("http://127.0.0.1:9/api/v1"), QStringLiteral("--timeout"), QStringLiteral("7"),
                QStringLiteral("--quiet"), QStringLiteral("--token-stdin")});
    QVERIFY2(arguments.error.isEmpty(), qPrintable(arguments.error));
    QCOMPARE(arguments.command, CliArguments::Command::Credits);
    QCOMPARE(arguments.apiUrl, QStringLiteral("http://127.0.0.1:9/api/v1"));
    QCOMPARE(arguments.timeoutSeconds, 7);
    QVERIFY(arguments.quiet);
    QVERIFY(arguments.tokenFromStdin);
    QVERIFY(!arguments.json);
}

void TestCliUnits::connectionsArguments()
{
    using Action = CliArguments::ConnectionsAction;
    const QString connections = QStringLiteral("connections");
    CliArguments arguments = parsed({connections});
    QVERIFY2(arguments.error.isEmpty(), qPrintable(arguments.error));
    QCOMPARE(arguments.command, CliArguments::Command::Connections);
    QCOMPARE(arguments.connectionsAction, Action::List);

    arguments = parsed({connections, QStringLiteral("add"), QStringLiteral(" acme prod "),
                        QStringLiteral("--api-url"), QStringLiteral("https://acme.example"),
                        QStringLiteral("--environment"), QStringLiteral("Staging"), QStringLiteral("--note"),
                        QStringLiteral("EU")});
    QVERIFY2(arguments.error.isEmpty(), qPrintable(arguments.error));
    QCOMPARE(arguments.connectionsAction, Action::Add);
    QCOMPARE(arguments.connectionsTarget, QStringLiteral("acme prod"));
    QCOMPARE(arguments.environment, EnvironmentType::Staging);
    QCOMPARE(arguments.note, QStringLiteral("EU"));

    arguments = parsed({connections, QStringLiteral("export"), QStringLiteral("-")});
    QVERIFY2(arguments.error.isEmpty(), qPrintable(arguments.error));
    QCOMPARE(arguments.connectionsAction, Action::Export);
    QCOMPARE(arguments.connectionsTarget, CliArguments::StandardInput);

    arguments = parsed(
        {connections, QStringLiteral("import"), QStringLiteral("c.json"), QStringLiteral("--overwrite")});
    QVERIFY2(arguments.error.isEmpty(), qPrintable(arguments.error));
    QCOMPARE(arguments.connectionsAction, Action::Import);
    QVERIFY(arguments.overwrite);

    arguments = parsed(
        {connections, QStringLiteral("set-token"), QStringLiteral("acme"), QStringLiteral("--token-stdin")});
    QVERIFY2(arguments.error.isEmpty(), qPrintable(arguments.error));
    QCOMPARE(arguments.connectionsAction, Action::SetToken);
    QVERIFY(arguments.tokenFromStdin);

    // What only one action takes is refused elsewhere, and positional words are for connections only.
    for (const QStringList& words :
         {QStringList{connections, QStringLiteral("remove"), QStringLiteral("acme"),
                      QStringLiteral("--overwrite")},
          QStringList{connections, QStringLiteral("export"), QStringLiteral("f"), QStringLiteral("--json")},
          QStringList{connections, QStringLiteral("import"), QStringLiteral("f"),
                      QStringLiteral("--token-stdin")},
          QStringList{connections, QStringLiteral("remove"), QStringLiteral("a"), QStringLiteral("b")},
          QStringList{connections, QStringLiteral("list"), QStringLiteral("extra")},
          QStringList{connections, QStringLiteral("import")},
          QStringList{QStringLiteral("credits"), QStringLiteral("--environment"), QStringLiteral("staging")},
          QStringList{QStringLiteral("credits"), QStringLiteral("--overwrite")}}) {
        QVERIFY2(!parsed(words).error.isEmpty(), qPrintable(words.join(QLatin1Char(' '))));
    }
    // An action that could be a token pasted in the wrong place is not repeated.
    const QString error = parsed({connections, QStringLiteral("tok_4f9a8b7c6d5e4f3a2b1c")}).error;
    QVERIFY(!error.isEmpty());
    QVERIFY2(!error.contains(QLatin1String("4f9a8b7c")), qPrintable(error));
}

void TestCliUnits::helpAndVersionWinOverMistakes()
{
    QVERIFY(parsed({QStringLiteral("--bogus"), QStringLiteral("--help")}).showHelp);
    QVERIFY(parsed({QStringLiteral("delete"), QStringLiteral("-h")}).showHelp);
    QVERIFY(parsed({QStringLiteral("--version")}).showVersion);
    QVERIFY(CliArguments::versionText().startsWith(QLatin1String("extracta-batch " EBA_VERSION)));
    const QString help = CliArguments::helpText();
    for (const char* part : {"delete --classification ID --batch ID [--yes]",
                             "delete --from-csv FILE|- [--concurrency N] [--yes]",
                             "inspect --classification ID [--batch ID]",
                             "credits",
                             "audit [--since DATE] [--csv]",
                             "--api-url URL",
                             "--timeout SECONDS",
                             "--json",
                             "--quiet",
                             "--token-stdin",
                             "EXTRACTA_API_TOKEN",
                             "--connection NAME",
                             "EXTRACTA_CONNECTION",
                             "connections [list] [--json]",
                             "connections add NAME --api-url URL [--environment TYPE] [--note TEXT]",
                             "connections remove NAME",
                             "connections set-token NAME --token-stdin",
                             "connections export FILE|-",
                             "connections import FILE|- [--overwrite]",
                             "Exit codes:",
                             "  0  ",
                             "  1  ",
                             "  2  ",
                             "  3  ",
                             "  4  ",
                             "  5  ",
                             "  130  ",
                             "130, then 5,",
                             "then 3, then 1"})
        QVERIFY2(help.contains(QLatin1String(part)), part);
}

void TestCliUnits::refusedCommandLines_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("expected");
    const QString d = QStringLiteral("delete");
    const QString c = QStringLiteral("--classification");
    const QString b = QStringLiteral("--batch");
    QTest::newRow("no command") << QStringList{} << QStringLiteral("No command");
    const QString teamInit = QStringLiteral("team");
    const QStringList init{teamInit, QStringLiteral("init"), QStringLiteral("--team-db"),
                           QStringLiteral("postgresql://owner@localhost/team"),
                           QStringLiteral("--desk-role")};
    QTest::newRow("desk role with a quote")
        << init + QStringList{QStringLiteral("desk\"; DROP")} << QStringLiteral("--desk-role");
    QTest::newRow("desk role starting with a digit")
        << init + QStringList{QStringLiteral("1desk")} << QStringLiteral("--desk-role");
    QTest::newRow("desk role like an option")
        << init + QStringList{QStringLiteral("--desk")} << QStringLiteral("--desk-role");
    QTest::newRow("desk role too long")
        << init + QStringList{QString(64, QLatin1Char('d'))} << QStringLiteral("--desk-role");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("remove")} << QStringLiteral("remove");
    QTest::newRow("token on the command line")
        << QStringList{QStringLiteral("credits"), QStringLiteral("--token"), QStringLiteral("x")}
        << QStringLiteral("EXTRACTA_API_TOKEN");
    QTest::newRow("second positional") << QStringList{QStringLiteral("credits"), QStringLiteral("now")}
                                       << QStringLiteral("Unexpected argument");
    QTest::newRow("batch without classification")
        << QStringList{d, b, Batch} << QStringLiteral("--classification");
    QTest::newRow("no ids") << QStringList{d} << QStringLiteral("--from-csv");
    QTest::newRow("ids and list")
        << QStringList{d, c, Cls, b, Batch, QStringLiteral("--from-csv"), QStringLiteral("x")}
        << QStringLiteral("either");
    QTest::newRow("id with a space") << QStringList{d, c, QStringLiteral("ab cd"), b, Batch}
                                     << QStringLiteral("Classification ID");
    QTest::newRow("id with a control character")
        << QStringList{d, c, Cls, b, QStringLiteral("ab\x01")} << QStringLiteral("Batch ID");
    QTest::newRow("batch twice") << QStringList{d, c, Cls, b, Batch, b, QStringLiteral("-other")}
                                 << QStringLiteral("more than once");
    QTest::newRow("concurrency without list")
        << QStringList{d, c, Cls, b, Batch, QStringLiteral("--concurrency"), QStringLiteral("2")}
        << QStringLiteral("--concurrency");
    QTest::newRow("concurrency 0") << QStringList{d, QStringLiteral("--from-csv"), QStringLiteral("x"),
                                                  QStringLiteral("--concurrency"), QStringLiteral("0")}
                                   << QStringLiteral("1 to 8");
    QTest::newRow("concurrency 9") << QStringList{d, QStringLiteral("--from-csv"), QStringLiteral("x"),
                                                  QStringLiteral("--concurrency"), QStringLiteral("9")}
                                   << QStringLiteral("1 to 8");
    QTest::newRow("timeout 0") << QStringList{QStringLiteral("credits"), QStringLiteral("--timeout"),
                                              QStringLiteral("0")}
                               << QStringLiteral("--timeout");
    QTest::newRow("timeout text") << QStringList{QStringLiteral("credits"), QStringLiteral("--timeout"),
                                                 QStringLiteral("soon")}
                                  << QStringLiteral("--timeout");
    QTest::newRow("stdin twice") << QStringList{d, QStringLiteral("--from-csv"), QStringLiteral("-"),
                                                QStringLiteral("--token-stdin"), QStringLiteral("--yes")}
                                 << QStringLiteral("--token-stdin");
    QTest::newRow("yes on inspect") << QStringList{QStringLiteral("inspect"), c, Cls, QStringLiteral("--yes")}
                                    << QStringLiteral("--yes");
    QTest::newRow("inspect without classification")
        << QStringList{QStringLiteral("inspect"), b, Batch} << QStringLiteral("--classification");
    QTest::newRow("csv on credits") << QStringList{QStringLiteral("credits"), QStringLiteral("--csv")}
                                    << QStringLiteral("--csv");
    QTest::newRow("csv and json") << QStringList{QStringLiteral("audit"), QStringLiteral("--csv"),
                                                 QStringLiteral("--json")}
                                  << QStringLiteral("--csv");
    QTest::newRow("bad since") << QStringList{QStringLiteral("audit"), QStringLiteral("--since"),
                                              QStringLiteral("yesterday")}
                               << QStringLiteral("--since");
}

void TestCliUnits::deskRoleNames()
{
    for (const QString& role :
         {QStringLiteral("extracta_desk"), QStringLiteral("desk_init"), QStringLiteral("_d2"),
          QStringLiteral("Desk"), QString(63, QLatin1Char('d'))}) {
        const CliArguments arguments = parsed(
            {QStringLiteral("team"), QStringLiteral("init"), QStringLiteral("--team-db"),
             QStringLiteral("postgresql://owner@localhost/team"), QStringLiteral("--desk-role"), role});
        QVERIFY2(arguments.error.isEmpty(), qPrintable(role + QStringLiteral(": ") + arguments.error));
        QCOMPARE(arguments.deskRole, role);
    }
}

void TestCliUnits::refusedCommandLines()
{
    QFETCH(QStringList, words);
    QFETCH(QString, expected);
    const CliArguments arguments = parsed(words);
    QVERIFY(!arguments.error.isEmpty());
    QVERIFY2(arguments.error.contains(expected), qPrintable(arguments.error));
}

void TestCliUnits::mistakesDoNotEchoWhatCouldBeAToken()
{
    const QString secret = QStringLiteral("tok_4f9a8b7c6d5e4f3a2b1c");
    for (const QStringList& words :
         {QStringList{secret, QStringLiteral("credits")}, QStringList{QStringLiteral("credits"), secret},
          QStringList{QStringLiteral("credits"), QStringLiteral("--") + secret},
          QStringList{QStringLiteral("credits"), QStringLiteral("--token=") + secret},
          QStringList{QStringLiteral("-") + secret, QStringLiteral("credits")}}) {
        const CliArguments arguments = parsed(words);
        QVERIFY(!arguments.error.isEmpty());
        QVERIFY2(!arguments.error.contains(QLatin1String("4f9a8b7c")), qPrintable(arguments.error));
    }
    QVERIFY(parsed({QStringLiteral("delet")}).error.contains(QLatin1String("\"delet\"")));
    QVERIFY(parsed({QStringLiteral("credits"), QStringLiteral("--verbose")})
                .error.contains(QLatin1String("verbose")));
}

void TestCliUnits::sinceAcceptsDatesAndIso8601()
{
    QCOMPARE(CliArguments::parseSince(QStringLiteral("2024-05-01")), QDate(2024, 5, 1).startOfDay().toUTC());
    QCOMPARE(CliArguments::parseSince(QStringLiteral("2024-05-01T09:30:00Z")),
             QDateTime(QDate(2024, 5, 1), QTime(9, 30), Qt::UTC));
    QCOMPARE(CliArguments::parseSince(QStringLiteral("2024-05-01T09:30:00+02:00")),
             QDateTime(QDate(2024, 5, 1), QTime(7, 30), Qt::UTC));
    QVERIFY(!CliArguments::parseSince(QStringLiteral("2024-13-01")).isValid());
    QVERIFY(!CliArguments::parseSince(QStringLiteral("last week")).isValid());
}

void TestCliUnits::exitCodePrecedence()
{
    const auto combine = [](std::initializer_list<DeletionResultKind> kinds) {
        ExitCode code = ExitCode::Success;
        for (const DeletionResultKind kind : kinds) {
            DeletionResult result;
            result.kind = kind;
            code = mostSerious(code, exitCodeFor(result));
        }
        return code;
    };
    const auto notSent = [](RunStopReason reason) {
        DeletionResult result;
        result.kind = DeletionResultKind::NotSent;
        result.stopReason = reason;
        return exitCodeFor(result);
    };
    using K = DeletionResultKind;
    QCOMPARE(combine({K::Deleted, K::Deleted}), ExitCode::Success);
    QCOMPARE(combine({K::Deleted, K::NotFound}), ExitCode::Refused);
    QCOMPARE(combine({K::RateLimited, K::Deleted}), ExitCode::Refused);
    QCOMPARE(combine({K::Refused, K::NetworkError, K::Deleted}), ExitCode::NetworkFailure);
    QCOMPARE(combine({K::NetworkError, K::Unknown, K::Refused}), ExitCode::OutcomeUnknown);
    QCOMPARE(combine({K::Unknown, K::NotFound}), ExitCode::OutcomeUnknown);
    // A batch not sent because the run stopped takes the code of the reason.
    QCOMPARE(notSent(RunStopReason::AuditUnwritable), ExitCode::StoppedLocally);
    QCOMPARE(int(ExitCode::StoppedLocally), 6);
    QCOMPARE(notSent(RunStopReason::ServerUnreachable), ExitCode::NetworkFailure);
    QCOMPARE(notSent(RunStopReason::InsecureConnection), ExitCode::NetworkFailure);
    QCOMPARE(notSent(RunStopReason::TokenRejected), ExitCode::Refused);
    QCOMPARE(notSent(RunStopReason::WrongApiUrl), ExitCode::Refused);
    QCOMPARE(mostSerious(ExitCode::StoppedLocally, ExitCode::NetworkFailure), ExitCode::StoppedLocally);
    QCOMPARE(mostSerious(ExitCode::StoppedLocally, ExitCode::OutcomeUnknown), ExitCode::OutcomeUnknown);
    QCOMPARE(int(ExitCode::UsageError), 2);
    QCOMPARE(int(ExitCode::Declined), 4);
    // An interrupted run says so, whatever else happened in it.
    QCOMPARE(int(ExitCode::Interrupted), 130);
    QCOMPARE(mostSerious(ExitCode::OutcomeUnknown, ExitCode::Interrupted), ExitCode::Interrupted);
    QCOMPARE(mostSerious(ExitCode::Interrupted, ExitCode::OutcomeUnknown), ExitCode::Interrupted);
}

void TestCliUnits::exitCodesForOutcomes()
{
    using Kind = ApiOutcome::Kind;
    const auto codeFor = [](Kind kind) {
        ApiOutcome outcome;
        outcome.kind = kind;
        return exitCodeFor(outcome);
    };
    QCOMPARE(codeFor(Kind::Succeeded), ExitCode::Success);
    for (const Kind kind : {Kind::Failed, Kind::Rejected, Kind::TokenRejected, Kind::NotFound,
                            Kind::WrongApiUrl, Kind::RateLimited, Kind::ServerError, Kind::RedirectRefused})
        QCOMPARE(codeFor(kind), ExitCode::Refused);
    // For a call that only reads, no usable answer is a network failure.
    for (const Kind kind : {Kind::NetworkError, Kind::OutcomeUnknown, Kind::InsecureRefused})
        QCOMPARE(codeFor(kind), ExitCode::NetworkFailure);
}

void TestCliUnits::deletionResultJsonHasStableFields()
{
    DeletionResult result;
    result.item = item(Cls, Batch);
    result.kind = DeletionResultKind::NotFound;
    result.outcome.kind = ApiOutcome::Kind::NotFound;
    result.outcome.httpStatus = 404;
    result.message = QStringLiteral("Batch not found");
    result.attempts = 1;
    result.durationMs = 12;
    QJsonObject json = CliJson::deletionResult(result);
    QCOMPARE(json.keys(), (QStringList{QStringLiteral("attempts"), QStringLiteral("batchId"),
                                       QStringLiteral("classificationId"), QStringLiteral("durationMs"),
                                       QStringLiteral("httpStatus"), QStringLiteral("message"),
                                       QStringLiteral("result"), QStringLiteral("stopReason")}));
    QCOMPARE(json.value(QLatin1String("result")).toString(), QStringLiteral("not_found"));
    QCOMPARE(json.value(QLatin1String("httpStatus")).toInt(), 404);
    QCOMPARE(json.value(QLatin1String("classificationId")).toString(), Cls);

    result.outcome.httpStatus = 0;
    result.durationMs = -1;
    result.message.clear();
    json = CliJson::deletionResult(result);
    QVERIFY(json.value(QLatin1String("httpStatus")).isNull());
    QVERIFY(json.value(QLatin1String("durationMs")).isNull());
    QVERIFY(json.value(QLatin1String("message")).isNull());

    using K = DeletionResultKind;
    const QList<std::pair<K, const char*>> codes{
        {K::Deleted, "deleted"},          {K::NotFound, "not_found"},         {K::Refused, "refused"},
        {K::RateLimited, "rate_limited"}, {K::NetworkError, "network_error"}, {K::Unknown, "unknown"},
        {K::Cancelled, "cancelled"}};
    for (const auto& [kind, code] : codes)
        QCOMPARE(deletionResultCode(kind), QLatin1String(code));
}

void TestCliUnits::otherJsonRecords()
{
    QCOMPARE(CliJson::credits(QJsonValue(250)).value(QLatin1String("credits")).toInt(), 250);
    QVERIFY(CliJson::credits(QJsonValue(QStringLiteral("many"))).value(QLatin1String("credits")).isNull());

    ClassificationRecord record;
    record.id = Cls;
    record.name = QStringLiteral("Invoices");
    record.documentTypes = {QStringLiteral("invoice"), QStringLiteral("receipt")};
    const QJsonObject classification = CliJson::classification(record);
    QCOMPARE(classification.keys(),
             (QStringList{QStringLiteral("classificationId"), QStringLiteral("description"),
                          QStringLiteral("documentTypes"), QStringLiteral("name")}));
    QCOMPARE(classification.value(QLatin1String("documentTypes")).toArray().size(), 2);

    FileRecord file;
    file.fileId = QStringLiteral("f1");
    file.confidence = 0.5;
    QCOMPARE(CliJson::file(file).keys(),
             (QStringList{QStringLiteral("confidence"), QStringLiteral("documentType"),
                          QStringLiteral("fileId"), QStringLiteral("fileName"), QStringLiteral("status")}));

    AuditEntry entry;
    entry.id = 3;
    entry.startedUtc = QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC);
    entry.outcome = QStringLiteral("succeeded");
    entry.httpStatus = 200;
    const QJsonObject audit = CliJson::auditEntry(entry);
    QCOMPARE(audit.keys(),
             (QStringList{QStringLiteral("attemptId"), QStringLiteral("batchId"),
                          QStringLiteral("classificationId"), QStringLiteral("classificationName"),
                          QStringLiteral("completedUtc"), QStringLiteral("durationMs"),
                          QStringLiteral("fileCount"), QStringLiteral("host"), QStringLiteral("httpStatus"),
                          QStringLiteral("id"), QStringLiteral("machine"), QStringLiteral("osUser"),
                          QStringLiteral("outcome"), QStringLiteral("serverMessage"),
                          QStringLiteral("startedUtc")}));
    QCOMPARE(audit.value(QLatin1String("startedUtc")).toString(), QStringLiteral("2024-05-01T09:00:00.000Z"));
    QVERIFY(audit.value(QLatin1String("completedUtc")).isNull());
    QVERIFY(audit.value(QLatin1String("fileCount")).isNull());
}

void TestCliUnits::listReaderAcceptsTheAppsFormats()
{
    const QByteArray data = "\xEF\xBB\xBF"
                            "classificationId,batchId\r\n"
                            "-OPXR1F82I0cRYJPcHNo,-OPXT4kQm2ZbW9sLe7Ha\r\n"
                            "\r\n"
                            "\"-OPXR1F82I0cRYJPcHNo\";\"-OPYa8cD3nR5tV1wX6Jb\"\n"
                            "-OQ2hT5nV8xC1bK7mZ3a\t-OQ2jR4wY6pD9sF1gH8k\n"
                            "-OPXR1F82I0cRYJPcHNo -OPXT4kQm2ZbW9sLe7Ha\n";
    const DeletionListReader::List list = DeletionListReader::fromBytes(data, QStringLiteral("list.csv"));
    QVERIFY(list.error.isEmpty());
    QVERIFY(list.problems.isEmpty());
    QCOMPARE(list.items.size(), 3); // the repeated pair once
    QCOMPARE(list.items.at(1).batchId, QStringLiteral("-OPYa8cD3nR5tV1wX6Jb"));
    QCOMPARE(list.items.at(2).classificationId, QStringLiteral("-OQ2hT5nV8xC1bK7mZ3a"));
}

void TestCliUnits::listReaderNamesBadLines()
{
    const QByteArray data = "-OPXR1F82I0cRYJPcHNo,-OPXT4kQm2ZbW9sLe7Ha\n"
                            "a,b,c\n"
                            "-OPXR1F82I0cRYJPcHNo,\"unclosed\n"
                            "\xff\xfe\xfd,bad\n"
                            "-OQ2hT5nV8xC1bK7mZ3a,-OQ2jR4wY6pD9sF1gH8k\n";
    const DeletionListReader::List list = DeletionListReader::fromBytes(data, QStringLiteral("list.csv"));
    QVERIFY(list.items.isEmpty()); // nothing is sent when any line is bad
    QCOMPARE(list.problems.size(), 3);
    QCOMPARE(list.problems.at(0).line, 2);
    QCOMPARE(list.problems.at(1).line, 3);
    QCOMPARE(list.problems.at(2).line, 4);
    QVERIFY(list.problems.at(2).message.contains(QLatin1String("UTF-8")));
}

void TestCliUnits::listReaderRefusesLoneClassifications()
{
    const QByteArray data = "-OPXR1F82I0cRYJPcHNo,-OPXT4kQm2ZbW9sLe7Ha\n"
                            "\n"
                            "-OQ2hT5nV8xC1bK7mZ3a\n"
                            "-OR1bC6dE9fG2hJ5kL8m,\n";
    const DeletionListReader::List list = DeletionListReader::fromBytes(data, QStringLiteral("list.csv"));
    QVERIFY(list.items.isEmpty());
    QCOMPARE(list.problems.size(), 2);
    QCOMPARE(list.problems.at(0).line, 3);
    QCOMPARE(list.problems.at(1).line, 4);
    QVERIFY(list.problems.at(0).message.contains(QLatin1String("classification ID")));
}

void TestCliUnits::listReaderRefusesBinaryAndEmptyInput()
{
    QVERIFY(!DeletionListReader::fromBytes(QByteArray("PK\x03\x04\x00\x00", 6), QStringLiteral("x.xlsx"))
                 .error.isEmpty());
    QVERIFY(!DeletionListReader::fromBytes("classificationId,batchId\n\n", QStringLiteral("x.csv"))
                 .error.isEmpty());
    // The name of a file that does not exist is not repeated: it may be a token pasted in the wrong place.
    const DeletionListReader::List missing =
        DeletionListReader::read(QStringLiteral("/nonexistent/tok_live_0123456789abcdef"));
    QVERIFY(missing.error.contains(QLatin1String("--from-csv")));
    QVERIFY(!missing.error.contains(QLatin1String("tok_live")));
}

void TestCliUnits::bulkSummaryGroupsAndCaps()
{
    const QList<DeletionItem> items{item(QStringLiteral("cls-a"), QStringLiteral("b1")),
                                    item(QStringLiteral("cls-b"), QStringLiteral("b2")),
                                    item(QStringLiteral("cls-a"), QStringLiteral("b3")),
                                    item(QStringLiteral("cls-c"), QStringLiteral("b4"))};
    const QString all = ConfirmationSummary::bulk(items, {}, QStringLiteral("api.example"), 10);
    QVERIFY(all.contains(QLatin1String("4 batches")));
    QVERIFY(all.contains(QLatin1String("api.example")));
    QVERIFY(all.indexOf(QLatin1String("b3")) < all.indexOf(QLatin1String("cls-b"))); // grouped
    QVERIFY(!all.contains(QLatin1String("more")));

    const QString capped = ConfirmationSummary::bulk(items, {}, QStringLiteral("api.example"), 2);
    QVERIFY(capped.contains(QLatin1String("b3")));
    QVERIFY(!capped.contains(QLatin1String("b2")));
    QVERIFY(capped.contains(QLatin1String("2 more")));

    const QString single = ConfirmationSummary::single(item(Cls, Batch), {}, QStringLiteral("api.example"));
    QVERIFY(single.contains(Cls));
    QVERIFY(single.contains(Batch));
    QVERIFY(single.contains(QLatin1String("for good")));
    QVERIFY(!single.contains(QLatin1String("Connection:")));

    // On a connection, both name it with its environment in words, first; its name on one line.
    const ConfirmationPlace place{QStringLiteral("api.example"),
                                  QStringLiteral("Production — acme\x1b[2Jprod")};
    const QString named = ConfirmationSummary::single(item(Cls, Batch), {}, place);
    QVERIFY2(named.contains(
                 QStringLiteral("\n  Connection:     Production — acme\\x1B[2Jprod\n  Classification:")),
             qPrintable(named));
    const QString namedBulk = ConfirmationSummary::bulk(items, {}, place, 10);
    QVERIFY2(
        namedBulk.startsWith(QStringLiteral("Connection: Production — acme\\x1B[2Jprod\nThis deletes 4")),
        qPrintable(namedBulk));
}

void TestCliUnits::progressAndResultTexts()
{
    DeletionQueue::Progress progress;
    progress.total = 40;
    progress.remaining = 28;
    progress.deleted = 11;
    progress.failed = 1;
    progress.estimatedRemainingMs = 7500;
    QCOMPARE(DeleteCommand::progressText(progress),
             QStringLiteral("12/40 done, 1 failed, 0 unknown, ~8 s left"));
    progress.estimatedRemainingMs = -1;
    QCOMPARE(DeleteCommand::progressText(progress), QStringLiteral("12/40 done, 1 failed, 0 unknown"));

    DeletionResult result;
    result.item = item(Cls, Batch);
    result.kind = DeletionResultKind::Deleted;
    result.outcome.httpStatus = 200;
    QVERIFY(DeleteCommand::resultLine(result).startsWith(QLatin1String("Deleted ")));
    QVERIFY(DeleteCommand::resultLine(result).endsWith(Cls + QLatin1Char(' ') + Batch));
    result.kind = DeletionResultKind::NotFound;
    result.outcome.httpStatus = 404;
    result.message = QStringLiteral("Batch not found");
    QVERIFY(DeleteCommand::resultLine(result).startsWith(QLatin1String("Not found ")));
    QVERIFY(DeleteCommand::resultLine(result).contains(QLatin1String("HTTP 404: Batch not found")));
}

#ifdef Q_OS_UNIX
namespace {

void (*handlerOf(int signal))(int)
{
    struct sigaction action = {};
    sigaction(signal, nullptr, &action);
    return action.sa_handler;
}

} // namespace
#endif

void TestCliUnits::interruptWatcherReportsTheFirstInterruptOnly()
{
#ifndef Q_OS_UNIX
    QSKIP("raises SIGTERM, which Windows consoles do not send");
#else
    // QTest has handlers of its own for these signals: the watcher must hand them back.
    const auto intBefore = handlerOf(SIGINT);
    const auto termBefore = handlerOf(SIGTERM);
    {
        InterruptWatcher watcher;
        QVERIFY(watcher.isActive());
        QVERIFY(handlerOf(SIGINT) != intBefore);
        QVERIFY(handlerOf(SIGTERM) != termBefore);
        QSignalSpy spy(&watcher, &InterruptWatcher::interrupted);
        QVERIFY(!watcher.wasInterrupted());
        QCOMPARE(raise(SIGTERM), 0);
        QVERIFY(watcher.wasInterrupted()); // at once, before the event loop ran
        QTRY_COMPARE(spy.count(), 1);
        // A second interrupt meets the previous handling at once (for the tool, the default: the
        // process ends), whichever of the two signals it is.
        QVERIFY(handlerOf(SIGINT) == intBefore);
        QVERIFY(handlerOf(SIGTERM) == termBefore);
        QTest::qWait(50);
        QCOMPARE(spy.count(), 1);
    }
    QVERIFY(handlerOf(SIGINT) == intBefore);
    QVERIFY(handlerOf(SIGTERM) == termBefore);

    // The next watcher starts afresh.
    InterruptWatcher again;
    QVERIFY(!again.wasInterrupted());
#endif
}

void TestCliUnits::interruptWatcherLeavesIgnoredSignalsAlone()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX signal dispositions");
#else
    // A script starting the tool in the background (`extracta-batch … &`) has SIGINT ignored.
    struct sigaction savedInt = {};
    sigaction(SIGINT, nullptr, &savedInt);
    const auto termBefore = handlerOf(SIGTERM);
    std::signal(SIGINT, SIG_IGN);
    {
        InterruptWatcher watcher;
        QVERIFY(watcher.isActive()); // SIGTERM still counts
        QVERIFY(handlerOf(SIGINT) == SIG_IGN);
        QVERIFY(handlerOf(SIGTERM) != termBefore);
    }
    QVERIFY(handlerOf(SIGINT) == SIG_IGN);
    QVERIFY(handlerOf(SIGTERM) == termBefore);
    sigaction(SIGINT, &savedInt, nullptr);
#endif
}

QTEST_GUILESS_MAIN(TestCliUnits)
#include "tst_cliunits.moc"
