// The fault matrix of extracta-batch, second part: `credits` and `inspect` against the faults where a
// read command has something of its own to show, bulk deletions that must stop by themselves (a
// closed port, a rejected token, a wrong base path, a refused certificate), eight endless answers at
// once, and a rate limit that asks for a day, which only Ctrl+C ends. The same checks as
// tst_clifaultmatrix: exit code, results, requests received, standard error, a complete audit trail,
// the token nowhere, time and peak memory.
//
// Matrix size: 31 rows of read commands (19 credits, 12 inspect), 8 rows of bulk runs that stop
// (4 faults x concurrency 1 and 2), 20 batches against a closed port, eight endless answers at once
// and an interrupted hold: 42 runs, about 9 s on 2 cores.
#include "clifaultchecks.h"
#include "clitestharness.h"
#include "core/deletion/deletionqueue.h"
#include "faultrecipes.h"
#include "processmemory.h"
#include "sampleids.h"
#include "testhosts.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace FaultRecipes;

namespace {

using namespace SampleIds;

const QString MissingClassification = QStringLiteral("-OMISSINGclass000001");
const QString BulkClassification = QStringLiteral("-OBULKc1assificati0n");
const QByteArray Json = "application/json";
constexpr qint64 MiB = 1024 * 1024;
// As in tst_clifaultmatrix: a call keeps at most 4 MiB of an answer (8 MiB with a doubled buffer).
constexpr qint64 MaxExtraPeakKiB = 16 * 1024;
// Eight calls at once (Qt runs six of them to one host at a time) each keep at most that much; the
// same slack on top.
constexpr qint64 MaxExtraPeakForEightKiB = 8 * 8 * 1024 + MaxExtraPeakKiB;

enum class Target
{
    Api,
    TlsApi,
    WrongBasePath,
    ClosedPort,
    UnresolvableHost,
};

enum class Command
{
    Credits,
    Inspect,
    InspectBatch,
};

struct ReadRow
{
    Command command = Command::Credits;
    Target target = Target::Api;
    SandboxFault fault{};
    QString classificationId = InvoicesClassification;
    int timeoutSeconds = 2;
    int exitCode = 0;
    QString outText{}; // part of standard output
    QString errText{}; // part of standard error
    bool bigAnswer = false;
};

struct StopRow
{
    Target target = Target::Api;
    bool wrongToken = false;
    int batches = 10;
    int concurrency = 1;
    int exitCode = 1;
    QString firstResult = QStringLiteral("refused");
    QString stopReason{};
    QString auditOutcome{};
    QString errText{};
};

} // namespace

Q_DECLARE_METATYPE(ReadRow)
Q_DECLARE_METATYPE(StopRow)

namespace {

QString bulkBatchId(int index)
{
    return QStringLiteral("-OBULKbatch%1").arg(index, 9, 10, QLatin1Char('0'));
}

// A delete list of `count` batches, which the sandbox knows when it is given.
QString writeBulkList(const QTemporaryDir& dir, int count, SandboxThread* sandbox)
{
    QByteArray csv = "classificationId,batchId\n";
    for (int i = 0; i < count; ++i)
        csv += BulkClassification.toUtf8() + ',' + bulkBatchId(i).toUtf8() + '\n';
    if (sandbox) {
        sandbox->call([count](SandboxServer& server) {
            for (int i = 0; i < count; ++i)
                server.addBatch(BulkClassification, bulkBatchId(i), {});
        });
    }
    const QString path = dir.filePath(QStringLiteral("batches.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        return {};
    return path;
}

QStringList bulkDelete(const QString& url, const QString& list, int concurrency)
{
    return {QStringLiteral("delete"),
            QStringLiteral("--from-csv"),
            list,
            QStringLiteral("--concurrency"),
            QString::number(concurrency),
            QStringLiteral("--api-url"),
            url,
            QStringLiteral("--timeout"),
            QStringLiteral("2"),
            QStringLiteral("--yes"),
            QStringLiteral("--json")};
}

// The URL for a target, with the sandbox already serving TLS where asked.
QString urlFor(Target target, SandboxThread& sandbox, QString* problem)
{
    switch (target) {
    case Target::TlsApi:
        if (!sandbox.serveTls(problem))
            return {};
        return sandbox.baseUrl();
    case Target::WrongBasePath:
        return sandbox.baseUrl().chopped(QStringLiteral("/api/v1").size());
    case Target::ClosedPort:
        return QStringLiteral("http://127.0.0.1:%1/api/v1").arg(closedPort());
    case Target::UnresolvableHost:
        return QStringLiteral("https://%1/api/v1").arg(TestHosts::unresolvableHost());
    case Target::Api:
        break;
    }
    return sandbox.baseUrl();
}

} // namespace

class TestCliFaultBulk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void readCommands_data();
    void readCommands();
    void twentyBatchesAgainstAClosedPort();
    void runStopsAfterTheFirstAnswer_data();
    void runStopsAfterTheFirstAnswer();
    void eightEndlessAnswersAtOnce();
    void dayLongRateLimitEndsWithAnInterrupt();

private:
    qint64 m_normalPeakKiB = -1;
};

void TestCliFaultBulk::initTestCase()
{
    CliRunner runner;
    if (!runner.setMeasurePeakMemory(true) || !ProcessMemory::measuresWhatIsHeld()) {
        qInfo("Peak memory is not measured here (eba-peakrss is built on Linux only), or not as what the "
              "tool holds (a sanitizer build): the memory bounds are not checked.");
        return;
    }
    // The yardstick: the larger peak of a normal deletion and a normal inspect.
    SandboxThread sandbox;
    runner.setEnvironmentToken(sandbox.token());
    const CliRun deleted = runner.run(
        CliFaultChecks::deleteOne(sandbox.baseUrl(), InvoicesClassification, InvoicesFirstBatch, 2));
    QCOMPARE(deleted.exitCode, 0);
    const CliRun inspected =
        runner.run({QStringLiteral("inspect"), QStringLiteral("--classification"), InvoicesClassification,
                    QStringLiteral("--api-url"), sandbox.baseUrl()});
    QCOMPARE(inspected.exitCode, 0);
    m_normalPeakKiB = std::max(deleted.peakRssKiB, inspected.peakRssKiB);
    QVERIFY(m_normalPeakKiB > 0);
    qInfo("normal peaks: delete %lld KiB, inspect %lld KiB", deleted.peakRssKiB, inspected.peakRssKiB);
}

void TestCliFaultBulk::cleanup()
{
    QCOMPARE(CliRunner::leakCount(), 0);
}

void TestCliFaultBulk::readCommands_data()
{
    QTest::addColumn<ReadRow>("row");
    using F = SandboxFault::Kind;
    const auto add = [](const char* name, ReadRow row) {
        QTest::addRow("%s: %s",
                      row.command == Command::Credits   ? "credits"
                      : row.command == Command::Inspect ? "inspect"
                                                        : "inspect --batch",
                      name)
            << row;
    };
    const QString wrongUrl = QStringLiteral("API URL");
    const QString token = QStringLiteral("rejected the token");

    // credits: any call without a usable answer is 3, any refusal 1.
    const auto credits = [](ReadRow row) {
        row.command = Command::Credits;
        return row;
    };
    add("normal", credits({.outText = QStringLiteral(R"({"credits":250})")}));
    add("wrong base path", credits({.target = Target::WrongBasePath, .exitCode = 1, .errText = wrongUrl}));
    // Every API has /credits: even a 404 in the API's own shape means the URL is wrong.
    add("404 in the API's shape",
        credits({.fault = status(404, R"({"status":"error","message":"Not found"})", Json),
                 .exitCode = 1,
                 .errText = wrongUrl}));
    add("401 echoing the token",
        credits({.fault = fault(F::EchoAuthorization, 401), .exitCode = 1, .errText = token}));
    add("200 echoing the token", credits({.fault = fault(F::EchoAuthorization, 200),
                                          .outText = QStringLiteral(R"({"credits":null})")}));
    add("timeout", credits({.fault = delayed(2500),
                            .timeoutSeconds = 1,
                            .exitCode = 3,
                            .errText = QStringLiteral("in time")}));
    add("reset before any answer byte", credits({.fault = fault(F::ConnectionReset), .exitCode = 3}));
    add("200 garbage",
        credits(
            {.fault = fault(F::GarbageBody), .exitCode = 3, .errText = QStringLiteral("could not be read")}));
    add("gzip although identity was asked", credits({.fault = gzipped({}), .exitCode = 3}));
    add("200 huge", credits({.fault = huge(64 * MiB),
                             .exitCode = 3,
                             .errText = QStringLiteral("too large"),
                             .bigAnswer = true}));
    add("200 gzip bomb", credits({.fault = gzipped(huge(256 * MiB)), .exitCode = 3, .bigAnswer = true}));
    add("200 endless", credits({.fault = fault(F::EndlessBody), .exitCode = 3, .bigAnswer = true}));
    add("429",
        credits({.fault = rateLimited("30"), .exitCode = 1, .errText = QStringLiteral("retry after 30 s")}));
    add("503 HTML page", credits({.fault = fault(F::HtmlErrorPage, 503),
                                  .exitCode = 1,
                                  .errText = QStringLiteral("Server error 503")}));
    add("301", credits({.fault = redirect(301, QUrl(QStringLiteral("http://127.0.0.1:9/api/v1/credits"))),
                        .exitCode = 1,
                        .errText = QStringLiteral("HTTP 301")}));
    add("307 other origin",
        credits({.fault = redirect(307, QUrl(QStringLiteral("http://127.0.0.1:9/api/v1/credits"))),
                 .exitCode = 1,
                 .errText = QStringLiteral("token was not sent")}));
    add("self-signed TLS",
        credits({.target = Target::TlsApi, .exitCode = 3, .errText = QStringLiteral("not secure")}));
    add("closed port",
        credits({.target = Target::ClosedPort, .exitCode = 3, .errText = QStringLiteral("refused")}));
    add("unresolvable host", credits({.target = Target::UnresolvableHost,
                                      .exitCode = 3,
                                      .errText = QStringLiteral("could not be found")}));

    // inspect: viewClassification, and getResults with --batch.
    const auto inspect = [](ReadRow row) {
        row.command = Command::Inspect;
        return row;
    };
    add("normal", inspect({.outText = QStringLiteral(R"("classificationId":"-OPXR1F82I0cRYJPcHNo")")}));
    add("wrong base path", inspect({.target = Target::WrongBasePath, .exitCode = 1, .errText = wrongUrl}));
    add("unknown classification", inspect({.classificationId = MissingClassification,
                                           .exitCode = 1,
                                           .errText = QStringLiteral("Classification not found")}));
    add("401 echoing the token",
        inspect({.fault = fault(F::EchoAuthorization, 401), .exitCode = 1, .errText = token}));
    add("timeout", inspect({.fault = delayed(2500),
                            .timeoutSeconds = 1,
                            .exitCode = 3,
                            .errText = QStringLiteral("in time")}));
    add("gzip although identity was asked", inspect({.fault = gzipped({}), .exitCode = 3}));
    add("200 endless", inspect({.fault = fault(F::EndlessBody), .exitCode = 3, .bigAnswer = true}));
    add("200 endless gzip",
        inspect({.fault = gzipped(fault(F::EndlessBody)), .exitCode = 3, .bigAnswer = true}));
    add("self-signed TLS",
        inspect({.target = Target::TlsApi, .exitCode = 3, .errText = QStringLiteral("not secure")}));
    add("closed port",
        inspect({.target = Target::ClosedPort, .exitCode = 3, .errText = QStringLiteral("refused")}));
    // With --batch, the first call (viewClassification) is answered; the fault is getResults' own.
    const auto inspectBatch = [](ReadRow row) {
        row.command = Command::InspectBatch;
        return row;
    };
    add("normal", inspectBatch({.outText = QStringLiteral(R"("fileName":)")}));
    add("200 endless", inspectBatch({.fault = fault(F::EndlessBody), .exitCode = 3, .bigAnswer = true}));
}

void TestCliFaultBulk::readCommands()
{
    QFETCH(ReadRow, row);

    SandboxThread sandbox;
    QString problem;
    const QString url = urlFor(row.target, sandbox, &problem);
    if (url.isEmpty())
        QSKIP(qPrintable(problem));
    // inspect --batch meets its fault only in its second call.
    sandbox.call([&row](SandboxServer& server) {
        if (row.command != Command::InspectBatch) {
            server.setFault(row.fault);
            return;
        }
        QObject::connect(&server, &SandboxServer::requestReceived, &server,
                         [&server, fault = row.fault](const SandboxRequest& request) {
                             if (request.path.endsWith("/getResults"))
                                 server.setFault(fault);
                         });
    });
    CliRunner runner;
    const QString token = sandbox.token();
    runner.setEnvironmentToken(token);
    const bool measured = runner.setMeasurePeakMemory(true);
    QStringList arguments;
    if (row.command == Command::Credits) {
        arguments = {QStringLiteral("credits")};
    } else {
        arguments = {QStringLiteral("inspect"), QStringLiteral("--classification"), row.classificationId};
        if (row.command == Command::InspectBatch)
            arguments += {QStringLiteral("--batch"), InvoicesFirstBatch};
    }
    arguments += {QStringLiteral("--api-url"), url, QStringLiteral("--timeout"),
                  QString::number(row.timeoutSeconds), QStringLiteral("--json")};
    QElapsedTimer took;
    took.start();
    const CliRun run = runner.run(arguments);
    const qint64 elapsed = took.elapsed();

    QVERIFY2(
        run.exitCode == row.exitCode,
        qPrintable(
            QStringLiteral("exit %1 (signal %2): %3").arg(run.exitCode).arg(run.signal).arg(run.text())));
    QVERIFY2(run.out.contains(row.outText.toUtf8()), run.out.constData());
    QVERIFY2(run.err.contains(row.errText.toUtf8()), run.err.constData());
    // A failed read command says so in one line, and prints no result.
    const QString stderrProblem = CliFaultChecks::stderrProblem(run, row.exitCode == 0 ? 0 : 1);
    QVERIFY2(stderrProblem.isEmpty(), qPrintable(stderrProblem));
    if (row.exitCode != 0 && row.command != Command::InspectBatch)
        QVERIFY2(run.out.isEmpty(), run.out.constData());
    QVERIFY2(elapsed < (row.timeoutSeconds + 3) * 1000,
             qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
    // Reading changes nothing and records nothing.
    QString auditProblem;
    QCOMPARE(CliFaultChecks::auditTrail(runner, &auditProblem).size(), 0);
    QVERIFY2(auditProblem.isEmpty(), qPrintable(auditProblem));
    QCOMPARE(CliFaultChecks::filesHolding(runner, token), QStringList());
    if (measured && row.bigAnswer && m_normalPeakKiB > 0) {
        qInfo("peak %lld KiB (normal: %lld KiB)", run.peakRssKiB, m_normalPeakKiB);
        QVERIFY2(run.peakRssKiB <= m_normalPeakKiB + MaxExtraPeakKiB,
                 qPrintable(QStringLiteral("peak %1 KiB").arg(run.peakRssKiB)));
    }
}

void TestCliFaultBulk::twentyBatchesAgainstAClosedPort()
{
    // The review's 844 s for 14 batches: now a few attempts, then the run stops and every batch is
    // accounted for.
    QTemporaryDir dir;
    const QString list = writeBulkList(dir, 20, nullptr);
    QVERIFY(!list.isEmpty());
    CliRunner runner;
    const QString token = QStringLiteral("tok-bulk-closed-port-9d2e");
    runner.setEnvironmentToken(token);
    QElapsedTimer took;
    took.start();
    const CliRun run = runner.run(bulkDelete(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(closedPort()),
                                             list, DeletionQueue::DefaultConcurrency));
    const qint64 elapsed = took.elapsed();
    qInfo("20 batches against a closed port: exit %d after %lld ms", run.exitCode, elapsed);

    QVERIFY2(run.exitCode == 3, qPrintable(run.text()));
    QVERIFY2(elapsed < 15'000, qPrintable(QString::number(elapsed))); // "well under 90 s"
    const QList<QJsonObject> lines = run.jsonLines();
    QCOMPARE(lines.size(), 20);
    QStringList seen;
    int attempts = 0;
    for (const QJsonObject& line : lines) {
        QCOMPARE(line.value(QLatin1String("result")).toString(), QStringLiteral("not_sent"));
        QCOMPARE(line.value(QLatin1String("stopReason")).toString(), QStringLiteral("server_unreachable"));
        attempts += line.value(QLatin1String("attempts")).toInt();
        seen << line.value(QLatin1String("batchId")).toString();
    }
    seen.sort();
    for (int i = 0; i < 20; ++i)
        QCOMPARE(seen.at(i), bulkBatchId(i));
    // Three in a row that did not reach the server; a second slot may have had one on its way.
    QVERIFY2(attempts >= DeletionQueue::MaxUnreachableInARow &&
                 attempts < DeletionQueue::MaxUnreachableInARow + DeletionQueue::DefaultConcurrency,
             qPrintable(QString::number(attempts)));
    QVERIFY2(run.err.contains("The run stopped"), run.err.constData());
    const QString stderrProblem = CliFaultChecks::stderrProblem(run, 2);
    QVERIFY2(stderrProblem.isEmpty(), qPrintable(stderrProblem));

    QString problem;
    const QList<QJsonObject> entries = CliFaultChecks::auditTrail(runner, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(int(entries.size()), attempts);
    for (const QJsonObject& entry : entries)
        QCOMPARE(entry.value(QLatin1String("outcome")).toString(), QStringLiteral("network_error"));
    problem = CliFaultChecks::auditProblem(entries, token);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCliFaultBulk::runStopsAfterTheFirstAnswer_data()
{
    QTest::addColumn<StopRow>("row");

    const QList<std::pair<const char*, StopRow>> rows{
        {"50 batches, wrong token", StopRow{.wrongToken = true,
                                            .batches = 50,
                                            .stopReason = QStringLiteral("token_rejected"),
                                            .auditOutcome = QStringLiteral("token_rejected"),
                                            .errText = QStringLiteral("rejected the token")}},
        {"10 batches, wrong base path", StopRow{.target = Target::WrongBasePath,
                                                .stopReason = QStringLiteral("wrong_api_url"),
                                                .auditOutcome = QStringLiteral("wrong_api_url"),
                                                .errText = QStringLiteral("API URL")}},
        {"10 batches, 401 echoing the token", StopRow{.stopReason = QStringLiteral("token_rejected"),
                                                      .auditOutcome = QStringLiteral("token_rejected"),
                                                      .errText = QStringLiteral("rejected the token")}},
        {"5 batches, self-signed TLS", StopRow{.target = Target::TlsApi,
                                               .batches = 5,
                                               .exitCode = 3,
                                               .firstResult = QStringLiteral("network_error"),
                                               .stopReason = QStringLiteral("insecure_connection"),
                                               .auditOutcome = QStringLiteral("insecure"),
                                               .errText = QStringLiteral("not secure")}},
    };
    for (const auto& [name, row] : rows) {
        for (const int concurrency : {1, DeletionQueue::DefaultConcurrency}) {
            StopRow variant = row;
            variant.concurrency = concurrency;
            QTest::addRow("%s, concurrency %d", name, concurrency) << variant;
        }
    }
}

void TestCliFaultBulk::runStopsAfterTheFirstAnswer()
{
    // Going on would only meet the same answer for every batch left: the run stops after the first.
    QFETCH(StopRow, row);

    SandboxThread sandbox;
    QString problem;
    const QString url = urlFor(row.target, sandbox, &problem);
    if (url.isEmpty())
        QSKIP(qPrintable(problem));
    QTemporaryDir dir;
    const QString list = writeBulkList(dir, row.batches, &sandbox);
    QVERIFY(!list.isEmpty());
    if (row.auditOutcome == QLatin1String("token_rejected") && !row.wrongToken)
        sandbox.setFault(fault(SandboxFault::Kind::EchoAuthorization, 401));
    CliRunner runner;
    const QString token = row.wrongToken ? QStringLiteral("tok-not-the-sandbox-one-77c1") : sandbox.token();
    runner.setEnvironmentToken(token);
    QElapsedTimer took;
    took.start();
    const CliRun run = runner.run(bulkDelete(url, list, row.concurrency));
    QVERIFY2(took.elapsed() < 10'000, qPrintable(QString::number(took.elapsed())));

    QVERIFY2(run.exitCode == row.exitCode, qPrintable(run.text()));
    const QList<QJsonObject> lines = run.jsonLines();
    QCOMPARE(int(lines.size()), row.batches);
    int tried = 0;
    int attempts = 0;
    for (const QJsonObject& line : lines) {
        const QString result = line.value(QLatin1String("result")).toString();
        attempts += line.value(QLatin1String("attempts")).toInt();
        if (result == QLatin1String("not_sent")) {
            QCOMPARE(line.value(QLatin1String("stopReason")).toString(), row.stopReason);
            QCOMPARE(line.value(QLatin1String("attempts")).toInt(), 0);
        } else {
            ++tried;
            QCOMPARE(result, row.firstResult);
            QCOMPARE(line.value(QLatin1String("attempts")).toInt(), 1);
        }
    }
    QVERIFY2(run.err.contains(row.errText.toUtf8()), run.err.constData());
    QVERIFY2(run.err.contains("The run stopped"), run.err.constData());
    const QString stderrProblem = CliFaultChecks::stderrProblem(run, 3);
    QVERIFY2(stderrProblem.isEmpty(), qPrintable(stderrProblem));

    // One complete entry per request tried, none for the batches never sent.
    const QList<QJsonObject> entries = CliFaultChecks::auditTrail(runner, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(int(entries.size()), attempts);
    for (const QJsonObject& entry : entries)
        QCOMPARE(entry.value(QLatin1String("outcome")).toString(), row.auditOutcome);
    problem = CliFaultChecks::auditProblem(entries, token);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(CliFaultChecks::filesHolding(runner, token), QStringList());

    const int sent = row.target == Target::TlsApi ? tried : CliFaultChecks::requestCount(sandbox, "DELETE");
    QCOMPARE(tried, sent);
    if (row.target == Target::TlsApi)
        QCOMPARE(sandbox.requestCount(), 0);
    QVERIFY2(sent >= 1 && sent <= row.concurrency, qPrintable(QString::number(sent)));
    // The run's first request goes alone, whatever the concurrency.
    QCOMPARE(sent, 1);
}

void TestCliFaultBulk::eightEndlessAnswersAtOnce()
{
    // The review's 4.5 GB: eight deletions at once, each answered without end.
    SandboxThread sandbox;
    QTemporaryDir dir;
    const QString list = writeBulkList(dir, 8, &sandbox);
    QVERIFY(!list.isEmpty());
    sandbox.setFault(fault(SandboxFault::Kind::EndlessBody));
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    const bool measured = runner.setMeasurePeakMemory(true);
    QElapsedTimer took;
    took.start();
    const CliRun run = runner.run(bulkDelete(sandbox.baseUrl(), list, 8));
    QVERIFY2(took.elapsed() < 10'000, qPrintable(QString::number(took.elapsed())));
    QVERIFY2(run.exitCode == 5, qPrintable(run.text()));
    const QList<QJsonObject> lines = run.jsonLines();
    QCOMPARE(lines.size(), 8);
    for (const QJsonObject& line : lines) {
        QCOMPARE(line.value(QLatin1String("result")).toString(), QStringLiteral("unknown"));
        QCOMPARE(line.value(QLatin1String("httpStatus")).toInt(), 200);
    }
    QCOMPARE(CliFaultChecks::requestCount(sandbox, "DELETE"), 8);
    QString problem;
    const QList<QJsonObject> entries = CliFaultChecks::auditTrail(runner, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(entries.size(), 8);
    problem = CliFaultChecks::auditProblem(entries, sandbox.token());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    if (measured && m_normalPeakKiB > 0) {
        qInfo("eight endless answers at once: peak %lld KiB (normal: %lld KiB)", run.peakRssKiB,
              m_normalPeakKiB);
        QVERIFY2(run.peakRssKiB <= m_normalPeakKiB + MaxExtraPeakForEightKiB,
                 qPrintable(QStringLiteral("peak %1 KiB").arg(run.peakRssKiB)));
    }
}

void TestCliFaultBulk::dayLongRateLimitEndsWithAnInterrupt()
{
#ifndef Q_OS_UNIX
    QSKIP("sends SIGINT with kill(), which only POSIX systems have");
#else
    // A 429 that asks for a day (capped at 5 minutes by the queue) holds the run without a request
    // more; Ctrl+C then ends it at once, the batch cancelled and its one attempt on record.
    SandboxThread sandbox;
    sandbox.setFault(rateLimited("86400"));
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    QProcess process;
    runner.start(process,
                 CliFaultChecks::deleteOne(sandbox.baseUrl(), InvoicesClassification, InvoicesFirstBatch, 2));
    QTRY_COMPARE_WITH_TIMEOUT(CliFaultChecks::requestCount(sandbox, "DELETE"), 1, 10'000);
    // Holding, not hammering and not ending.
    QVERIFY(!process.waitForFinished(1500));
    QCOMPARE(CliFaultChecks::requestCount(sandbox, "DELETE"), 1);
    QVERIFY(::kill(static_cast<pid_t>(process.processId()), SIGINT) == 0);
    QElapsedTimer took;
    took.start();
    const CliRun run = runner.finish(process, 10'000);
    QVERIFY2(took.elapsed() < 3000, qPrintable(QString::number(took.elapsed())));
    QCOMPARE(run.signal, SIGINT);
    const QList<QJsonObject> lines = run.jsonLines();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.constFirst().value(QLatin1String("result")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(lines.constFirst().value(QLatin1String("attempts")).toInt(), 1);
    QVERIFY(sandbox.hasBatch(InvoicesClassification, InvoicesFirstBatch));
    QString problem;
    const QList<QJsonObject> entries = CliFaultChecks::auditTrail(runner, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().value(QLatin1String("outcome")).toString(), QStringLiteral("rate_limited"));
    problem = CliFaultChecks::auditProblem(entries, sandbox.token());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
#endif
}

QTEST_GUILESS_MAIN(TestCliFaultBulk)
#include "tst_clifaultbulk.moc"
