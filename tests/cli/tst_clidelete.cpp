// extracta-batch delete, run as a real process against the sandbox API: every exit code, the
// confirmation rules, bulk runs from a file and from standard input, and the audit they leave.
#include "clitestharness.h"
#include "core/deletion/deletionqueue.h"
#include "sampleids.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <signal.h>
#endif

namespace {

using namespace SampleIds;

const QString BulkClassification = QStringLiteral("-OBULKc1assificati0n");

QStringList singleDelete(const QString& url, const QString& classificationId, const QString& batchId,
                         QStringList more = {})
{
    return QStringList{QStringLiteral("delete"),
                       QStringLiteral("--classification"),
                       classificationId,
                       QStringLiteral("--batch"),
                       batchId,
                       QStringLiteral("--api-url"),
                       url} +
           more;
}

QString bulkBatchId(int index)
{
    return QStringLiteral("-OBULKbatch%1").arg(index, 9, 10, QLatin1Char('0'));
}

// Adds `count` batches to the sandbox and returns them as a CSV list with a header.
QByteArray addBulkBatches(SandboxThread& sandbox, int count)
{
    QByteArray csv = "classificationId,batchId\n";
    sandbox.call([count](SandboxServer& server) {
        for (int i = 0; i < count; ++i)
            server.addBatch(BulkClassification, bulkBatchId(i), {});
    });
    for (int i = 0; i < count; ++i)
        csv += BulkClassification.toUtf8() + ',' + bulkBatchId(i).toUtf8() + '\n';
    return csv;
}

// The batch IDs of the deletions the sandbox received, sorted (one per request).
QStringList receivedDeletions(SandboxThread& sandbox)
{
    const QList<SandboxRequest> requests =
        sandbox.call([](SandboxServer& server) { return server.requests(); });
    QStringList batchIds;
    for (const SandboxRequest& request : requests) {
        if (request.method == "DELETE")
            batchIds
                << QJsonDocument::fromJson(request.body).object().value(QLatin1String("batchId")).toString();
    }
    batchIds.sort();
    return batchIds;
}

// The batch IDs of the audit entries, sorted, and how many entries have each outcome.
QStringList auditedBatches(const QList<QJsonObject>& entries, QHash<QString, int>* outcomes)
{
    QStringList batchIds;
    for (const QJsonObject& entry : entries) {
        batchIds << entry.value(QLatin1String("batchId")).toString();
        ++(*outcomes)[entry.value(QLatin1String("outcome")).toString()];
    }
    batchIds.sort();
    return batchIds;
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestCliDelete : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void deletesOneBatch();
    void jsonResultHasStableFields();
    void refusedByTheApi_data();
    void refusedByTheApi();
    void badIdSendsNothing();
    void withoutTerminalAndYesNothingIsSent();
    void listFromStdinNeedsYes();
    void connectionRefused();
    void timeoutMeansOutcomeUnknown();
    void wrongConfirmationOnATerminal();
    void rightConfirmationOnATerminal();
    void bulkFromFileHonoursConcurrency();
    void bulkFromStdin();
    void bulkWithBadLinesSendsNothing();
    void bulkExitCodePrecedence();
    void quietListsOnlyWhatWasNotDeleted();
    void auditListsWhatWasDeleted();
    void interruptedRunWindsDown();
    void killedRunLeavesEntriesOnlyForRequestsThatArrived();
    void secondInterruptEndsAtOnce();
    void readCommandsEndAtOnceOnInterrupt();
};

void TestCliDelete::cleanup()
{
    QCOMPARE(CliRunner::leakCount(), 0);
}

void TestCliDelete::deletesOneBatch()
{
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    const CliRun run = runner.run(singleDelete(sandbox.baseUrl(), InvoicesClassification, InvoicesFirstBatch,
                                               {QStringLiteral("--yes")}));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("Deleted "), run.out.constData());
    QVERIFY(run.out.contains(InvoicesClassification.toUtf8() + ' ' + InvoicesFirstBatch.toUtf8()));
    QCOMPARE(run.out.count('\n'), 1);
    QVERIFY(!sandbox.hasBatch(InvoicesClassification, InvoicesFirstBatch));
    const QList<SandboxRequest> requests =
        sandbox.call([](SandboxServer& server) { return server.requests(); });
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.constFirst().method, QByteArray("DELETE"));
    QCOMPARE(requests.constFirst().path, QByteArray("/api/v1/documentClassification/deleteBatch"));
}

void TestCliDelete::jsonResultHasStableFields()
{
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    const CliRun run = runner.run(singleDelete(sandbox.baseUrl(), InvoicesClassification, InvoicesFirstBatch,
                                               {QStringLiteral("--yes"), QStringLiteral("--json")}));
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> lines = run.jsonLines();
    QCOMPARE(lines.size(), 1);
    const QJsonObject result = lines.constFirst();
    for (const char* field :
         {"classificationId", "batchId", "result", "httpStatus", "message", "attempts", "durationMs"})
        QVERIFY2(result.contains(QLatin1String(field)), field);
    QCOMPARE(result.value(QLatin1String("result")).toString(), QStringLiteral("deleted"));
    QCOMPARE(result.value(QLatin1String("classificationId")).toString(), InvoicesClassification);
    QCOMPARE(result.value(QLatin1String("batchId")).toString(), InvoicesFirstBatch);
    QCOMPARE(result.value(QLatin1String("httpStatus")).toInt(), 200);
    QCOMPARE(result.value(QLatin1String("attempts")).toInt(), 1);
    QVERIFY(result.value(QLatin1String("durationMs")).toInteger() >= 0);
}

void TestCliDelete::refusedByTheApi_data()
{
    QTest::addColumn<int>("serverError");
    QTest::addColumn<QString>("batchId");
    QTest::addColumn<QString>("expectedResult");
    QTest::newRow("404") << 0 << QStringLiteral("-NoSuchBatch") << QStringLiteral("not_found");
    QTest::newRow("500") << 500 << InvoicesFirstBatch << QStringLiteral("refused");
}

void TestCliDelete::refusedByTheApi()
{
    QFETCH(int, serverError);
    QFETCH(QString, batchId);
    QFETCH(QString, expectedResult);
    SandboxThread sandbox;
    if (serverError > 0) {
        SandboxFault fault;
        fault.kind = SandboxFault::Kind::ServerError;
        sandbox.setFault(fault);
    }
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    const CliRun run = runner.run(singleDelete(sandbox.baseUrl(), InvoicesClassification, batchId,
                                               {QStringLiteral("--yes"), QStringLiteral("--json")}));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.jsonLines().size(), 1);
    QCOMPARE(run.jsonLines().constFirst().value(QLatin1String("result")).toString(), expectedResult);
    QCOMPARE(sandbox.requestCount(), 1); // neither is retried
}

void TestCliDelete::badIdSendsNothing()
{
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    const CliRun run = runner.run(singleDelete(sandbox.baseUrl(), InvoicesClassification,
                                               QStringLiteral("bad\tid"), {QStringLiteral("--yes")}));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("Batch ID"), run.err.constData());
    QCOMPARE(sandbox.requestCount(), 0);
}

void TestCliDelete::withoutTerminalAndYesNothingIsSent()
{
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    // Standard input is a pipe here, as in a script or a CI job; typing the batch ID into it does
    // not count as a confirmation.
    const CliRun run = runner.run(singleDelete(sandbox.baseUrl(), InvoicesClassification, InvoicesFirstBatch),
                                  InvoicesFirstBatch.toUtf8() + '\n');
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--yes"), run.err.constData());
    QVERIFY2(run.err.contains("not a terminal"), run.err.constData());
    QCOMPARE(sandbox.requestCount(), 0);
    QVERIFY(sandbox.hasBatch(InvoicesClassification, InvoicesFirstBatch));
}

void TestCliDelete::listFromStdinNeedsYes()
{
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    const CliRun run = runner.run({QStringLiteral("delete"), QStringLiteral("--from-csv"),
                                   QStringLiteral("-"), QStringLiteral("--api-url"), sandbox.baseUrl()},
                                  InvoicesClassification.toUtf8() + ',' + InvoicesFirstBatch.toUtf8() + '\n');
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--yes"), run.err.constData());
    QCOMPARE(sandbox.requestCount(), 0);
}

void TestCliDelete::connectionRefused()
{
    // A refused connection surely did not reach the server: the queue tries again after a short pause,
    // and when the server cannot be reached several times in a row it stops and says why, instead of
    // waiting longer and longer.
    CliRunner runner;
    runner.setEnvironmentToken(QStringLiteral("tok_connection_refused_secret"));
    const QString dead = QStringLiteral("http://127.0.0.1:%1/api/v1").arg(closedPort());
    QElapsedTimer took;
    took.start();
    const CliRun run = runner.run(singleDelete(dead, InvoicesClassification, InvoicesFirstBatch,
                                               {QStringLiteral("--yes"), QStringLiteral("--json")}));
    QVERIFY2(took.elapsed() < 10'000, qPrintable(QString::number(took.elapsed())));
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.jsonLines().size(), 1);
    const QJsonObject result = run.jsonLines().constFirst();
    QCOMPARE(result.value(QLatin1String("result")).toString(), QStringLiteral("not_sent"));
    QCOMPARE(result.value(QLatin1String("stopReason")).toString(), QStringLiteral("server_unreachable"));
    QCOMPARE(result.value(QLatin1String("attempts")).toInt(), DeletionQueue::MaxUnreachableInARow);
    QVERIFY(result.value(QLatin1String("httpStatus")).isNull());
    QVERIFY2(run.err.contains("could not be reached"), run.err.constData());
}

void TestCliDelete::timeoutMeansOutcomeUnknown()
{
    SandboxThread sandbox;
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 3000;
    sandbox.setFault(slow);
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    const CliRun run =
        runner.run(singleDelete(sandbox.baseUrl(), InvoicesClassification, InvoicesFirstBatch,
                                {QStringLiteral("--yes"), QStringLiteral("--timeout"), QStringLiteral("1")}));
    QVERIFY2(run.exitCode == 5, qPrintable(run.text()));
    QVERIFY2(run.out.startsWith("Unknown "), run.out.constData());
    QVERIFY2(run.err.contains("may or may not"), run.err.constData());
    QCOMPARE(sandbox.requestCount(), 1); // a timeout is never retried blindly
}

void TestCliDelete::wrongConfirmationOnATerminal()
{
    if (!CliRunner::canRunInTerminal())
        QSKIP("script(1) is not installed: no pseudo-terminal to type a confirmation into");
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    const CliRun run = runner.runInTerminal(
        singleDelete(sandbox.baseUrl(), InvoicesClassification, InvoicesFirstBatch), "-OPXT4kQm2ZbW9sLe7H\n");
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.text().contains(QLatin1String("Type the batch ID to confirm:")), qPrintable(run.text()));
    QVERIFY2(run.text().contains(QLatin1String("nothing was deleted")), qPrintable(run.text()));
    // Only the lookups before the question (viewClassification, getResults): no deletion.
    QCOMPARE(int(receivedDeletions(sandbox).size()), 0);
    QVERIFY(sandbox.hasBatch(InvoicesClassification, InvoicesFirstBatch));
}

void TestCliDelete::rightConfirmationOnATerminal()
{
    if (!CliRunner::canRunInTerminal())
        QSKIP("script(1) is not installed: no pseudo-terminal to type a confirmation into");
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    const CliRun single =
        runner.runInTerminal(singleDelete(sandbox.baseUrl(), InvoicesClassification, InvoicesFirstBatch),
                             InvoicesFirstBatch.toUtf8() + '\n');
    QCOMPARE(single.exitCode, 0);
    QVERIFY(!sandbox.hasBatch(InvoicesClassification, InvoicesFirstBatch));

    // A list asks for the number of batches.
    const QByteArray csv = addBulkBatches(sandbox, 3);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    QVERIFY(writeFile(path, csv));
    const QStringList bulk{QStringLiteral("delete"), QStringLiteral("--from-csv"), path,
                           QStringLiteral("--api-url"), sandbox.baseUrl()};
    CliRun run = runner.runInTerminal(bulk, "2\n");
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.text().contains(QLatin1String("Type 3 to confirm:")), qPrintable(run.text()));
    QVERIFY(run.text().contains(BulkClassification));
    QCOMPARE(int(receivedDeletions(sandbox).size()), 1);
    run = runner.runInTerminal(bulk, "3\n");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(int(receivedDeletions(sandbox).size()), 4);
}

void TestCliDelete::bulkFromFileHonoursConcurrency()
{
    SandboxThread sandbox;
    const QByteArray csv = addBulkBatches(sandbox, 8);
    constexpr int DelayMs = 300;
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = DelayMs;
    sandbox.setFault(slow);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("batches.csv"));
    QVERIFY(writeFile(path, csv));

    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    const CliRun run =
        runner.run({QStringLiteral("delete"), QStringLiteral("--from-csv"), path, QStringLiteral("--yes"),
                    QStringLiteral("--concurrency"), QStringLiteral("3"), QStringLiteral("--json"),
                    QStringLiteral("--api-url"), sandbox.baseUrl()});
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> lines = run.jsonLines();
    QCOMPARE(lines.size(), 8);
    QStringList deleted;
    for (const QJsonObject& line : lines) {
        QCOMPARE(line.value(QLatin1String("result")).toString(), QStringLiteral("deleted"));
        deleted << line.value(QLatin1String("batchId")).toString();
    }
    deleted.sort();
    for (int i = 0; i < 8; ++i)
        QCOMPARE(deleted.at(i), bulkBatchId(i));
    QCOMPARE(sandbox.requestCount(), 8);
    QCOMPARE(sandbox.maxInFlight(DelayMs), 3);
}

void TestCliDelete::bulkFromStdin()
{
    SandboxThread sandbox;
    const QByteArray csv = addBulkBatches(sandbox, 4);
    constexpr int DelayMs = 200;
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = DelayMs;
    sandbox.setFault(slow);
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    const CliRun run =
        runner.run({QStringLiteral("delete"), QStringLiteral("--from-csv"), QStringLiteral("-"),
                    QStringLiteral("--yes"), QStringLiteral("--api-url"), sandbox.baseUrl()},
                   csv);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count("Deleted "), 4);
    QVERIFY2(run.err.contains("4 of 4 batches deleted"), run.err.constData());
    QVERIFY(!run.err.contains("done,"));       // no progress without a terminal
    QCOMPARE(sandbox.maxInFlight(DelayMs), 2); // the default concurrency
    for (int i = 0; i < 4; ++i)
        QVERIFY(!sandbox.hasBatch(BulkClassification, bulkBatchId(i)));
}

void TestCliDelete::bulkWithBadLinesSendsNothing()
{
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    const QByteArray csv = InvoicesClassification.toUtf8() + ',' + InvoicesFirstBatch.toUtf8() + "\n" +
                           "not an id,at all,really\n" + InvoicesClassification.toUtf8() + "\n";
    const CliRun run =
        runner.run({QStringLiteral("delete"), QStringLiteral("--from-csv"), QStringLiteral("-"),
                    QStringLiteral("--yes"), QStringLiteral("--api-url"), sandbox.baseUrl()},
                   csv);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("line 2:"), run.err.constData());
    QVERIFY2(run.err.contains("line 3:"), run.err.constData());
    QVERIFY(!run.err.contains("line 1:"));
    QCOMPARE(sandbox.requestCount(), 0);
}

void TestCliDelete::bulkExitCodePrecedence()
{
    SandboxThread sandbox;
    // Concurrency 1 keeps the order: the first request gets no answer in time, the second is a 404,
    // the third is deleted. Unknown (5) wins over refused (1).
    SandboxFault slowOnce;
    slowOnce.kind = SandboxFault::Kind::Delay;
    slowOnce.delayMs = 3000;
    slowOnce.count = 1;
    sandbox.setFault(slowOnce);
    const QByteArray csv = InvoicesClassification.toUtf8() + ',' + InvoicesFirstBatch.toUtf8() + "\n" +
                           InvoicesClassification.toUtf8() + ",-NoSuchBatch\n" +
                           InvoicesClassification.toUtf8() + ',' + InvoicesSecondBatch.toUtf8() + "\n";
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    const CliRun run = runner.run(
        {QStringLiteral("delete"), QStringLiteral("--from-csv"), QStringLiteral("-"), QStringLiteral("--yes"),
         QStringLiteral("--concurrency"), QStringLiteral("1"), QStringLiteral("--timeout"),
         QStringLiteral("1"), QStringLiteral("--json"), QStringLiteral("--api-url"), sandbox.baseUrl()},
        csv);
    QCOMPARE(run.exitCode, 5);
    const QList<QJsonObject> lines = run.jsonLines();
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0).value(QLatin1String("result")).toString(), QStringLiteral("unknown"));
    QCOMPARE(lines.at(1).value(QLatin1String("result")).toString(), QStringLiteral("not_found"));
    QCOMPARE(lines.at(2).value(QLatin1String("result")).toString(), QStringLiteral("deleted"));
}

void TestCliDelete::quietListsOnlyWhatWasNotDeleted()
{
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    const QByteArray csv = InvoicesClassification.toUtf8() + ',' + InvoicesFirstBatch.toUtf8() + "\n" +
                           InvoicesClassification.toUtf8() + ",-NoSuchBatch\n";
    const CliRun run = runner.run({QStringLiteral("delete"), QStringLiteral("--from-csv"),
                                   QStringLiteral("-"), QStringLiteral("--yes"), QStringLiteral("--quiet"),
                                   QStringLiteral("--api-url"), sandbox.baseUrl()},
                                  csv);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out.count('\n'), 1);
    QVERIFY2(run.out.startsWith("Not found "), run.out.constData());
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QVERIFY(!sandbox.hasBatch(InvoicesClassification, InvoicesFirstBatch));
}

void TestCliDelete::auditListsWhatWasDeleted()
{
    SandboxThread sandbox;
    CliRunner runner; // one XDG_DATA_HOME for every run below
    runner.setEnvironmentToken(sandbox.token());
    QCOMPARE(runner
                 .run(singleDelete(sandbox.baseUrl(), InvoicesClassification, InvoicesFirstBatch,
                                   {QStringLiteral("--yes")}))
                 .exitCode,
             0);
    QCOMPARE(runner
                 .run(singleDelete(sandbox.baseUrl(), InvoicesClassification, QStringLiteral("-NoSuchBatch"),
                                   {QStringLiteral("--yes")}))
                 .exitCode,
             1);

    const CliRun json = runner.run({QStringLiteral("audit"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QList<QJsonObject> entries = json.jsonLines();
    QCOMPARE(entries.size(), 2);
    // Newest first.
    QCOMPARE(entries.at(0).value(QLatin1String("batchId")).toString(), QStringLiteral("-NoSuchBatch"));
    QCOMPARE(entries.at(0).value(QLatin1String("outcome")).toString(), QStringLiteral("not_found"));
    QCOMPARE(entries.at(0).value(QLatin1String("httpStatus")).toInt(), 404);
    QCOMPARE(entries.at(1).value(QLatin1String("batchId")).toString(), InvoicesFirstBatch);
    QCOMPARE(entries.at(1).value(QLatin1String("outcome")).toString(), QStringLiteral("succeeded"));
    const QString host =
        QUrl(sandbox.baseUrl()).host() + QLatin1Char(':') + QString::number(QUrl(sandbox.baseUrl()).port());
    for (const QJsonObject& entry : entries) {
        QCOMPARE(entry.value(QLatin1String("classificationId")).toString(), InvoicesClassification);
        QCOMPARE(entry.value(QLatin1String("host")).toString(), host);
        // The connection's name (issue 14), "" when the entry belongs to none.
        QVERIFY(entry.value(QLatin1String("connection")).isString());
        QVERIFY(!entry.value(QLatin1String("osUser")).toString().isEmpty());
        QVERIFY(QDateTime::fromString(entry.value(QLatin1String("startedUtc")).toString(), Qt::ISODateWithMs)
                    .isValid());
        QVERIFY(
            QDateTime::fromString(entry.value(QLatin1String("completedUtc")).toString(), Qt::ISODateWithMs)
                .isValid());
    }

    const CliRun human = runner.run({QStringLiteral("audit")});
    QCOMPARE(human.exitCode, 0);
    QCOMPARE(human.out.count('\n'), 2);
    QVERIFY(human.out.contains(InvoicesFirstBatch.toUtf8()));

    const CliRun csv = runner.run({QStringLiteral("audit"), QStringLiteral("--csv")});
    QCOMPARE(csv.exitCode, 0);
    QCOMPARE(csv.out.count('\n'), 3);
    QVERIFY(csv.out.startsWith("started_utc,"));
    // Cells starting with "-" are defused for spreadsheets by AuditLog::toCsv.
    QVERIFY(csv.out.contains("'" + InvoicesFirstBatch.toUtf8()));

    const CliRun future =
        runner.run({QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--since"),
                    QDate::currentDate().addDays(1).toString(Qt::ISODate)});
    QCOMPARE(future.exitCode, 0);
    QVERIFY(future.out.isEmpty());
    const CliRun today = runner.run({QStringLiteral("audit"), QStringLiteral("--json"),
                                     QStringLiteral("--since"), QDate::currentDate().toString(Qt::ISODate)});
    QCOMPARE(today.jsonLines().size(), 2);
}

#ifdef Q_OS_UNIX
namespace {

bool interrupt(const QProcess& process)
{
    return process.processId() > 0 && ::kill(static_cast<pid_t>(process.processId()), SIGINT) == 0;
}

// Standard error read so far, appended to `err`; true once it holds `text`.
bool errorShows(QProcess& process, QByteArray& err, const QByteArray& text)
{
    err += process.readAllStandardError();
    return err.contains(text);
}

} // namespace
#endif

void TestCliDelete::interruptedRunWindsDown()
{
#ifndef Q_OS_UNIX
    QSKIP("sends SIGINT with kill(), which only POSIX systems have");
#else
    constexpr int Batches = 10;
    SandboxThread sandbox;
    const QByteArray csv = addBulkBatches(sandbox, Batches);
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 300;
    sandbox.setFault(slow);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("batches.csv"));
    QVERIFY(writeFile(path, csv));
    CliRunner runner; // one XDG_DATA_HOME, so that `audit` below reads the trail of this run
    runner.setEnvironmentToken(sandbox.token());

    QProcess process;
    runner.start(process, {QStringLiteral("delete"), QStringLiteral("--from-csv"), path,
                           QStringLiteral("--yes"), QStringLiteral("--concurrency"), QStringLiteral("2"),
                           QStringLiteral("--json"), QStringLiteral("--api-url"), sandbox.baseUrl()});
    // Interrupted once the run is under way: the first request has reached the server.
    QTRY_VERIFY_WITH_TIMEOUT(sandbox.requestCount() >= 1, 10000);
    QVERIFY(interrupt(process));
    const CliRun run = runner.finish(process, 15000);

    // It ends by itself, by SIGINT again once the run is wound down (the shell shows 130).
    QVERIFY2(
        run.signal == SIGINT,
        qPrintable(
            QStringLiteral("exit code %1, signal %2: %3").arg(run.exitCode).arg(run.signal).arg(run.text())));
    QVERIFY2(run.err.contains("Interrupted: no new deletions start"), run.err.constData());
    const int sent = sandbox.requestCount();
    QVERIFY2(sent < Batches, "the interrupt came too late to stop anything");

    // Every batch is reported: those whose request left were answered, the others never sent.
    const QList<QJsonObject> lines = run.jsonLines();
    QCOMPARE(lines.size(), Batches);
    QSet<QString> deleted;
    for (const QJsonObject& line : lines) {
        const QString batchId = line.value(QLatin1String("batchId")).toString();
        const QString result = line.value(QLatin1String("result")).toString();
        if (result == QLatin1String("deleted")) {
            deleted.insert(batchId);
            QVERIFY(!sandbox.hasBatch(BulkClassification, batchId));
        } else {
            QCOMPARE(result, QStringLiteral("cancelled"));
            QCOMPARE(line.value(QLatin1String("attempts")).toInt(), 0);
            QVERIFY2(sandbox.hasBatch(BulkClassification, batchId), qPrintable(batchId));
        }
    }
    QCOMPARE(deleted.size(), sent);

    // The audit trail holds one entry per request the server received, each with its answer: none left
    // "sent" (the app would call it "outcome unknown"), none for a request that never left.
    const CliRun audit = runner.run({QStringLiteral("audit"), QStringLiteral("--json")});
    QCOMPARE(audit.exitCode, 0);
    const QList<QJsonObject> entries = audit.jsonLines();
    QCOMPARE(entries.size(), sent);
    QHash<QString, int> outcomes;
    QCOMPARE(auditedBatches(entries, &outcomes), receivedDeletions(sandbox));
    QCOMPARE(outcomes.value(QStringLiteral("succeeded")), sent);
    QStringList deletedSorted(deleted.cbegin(), deleted.cend());
    deletedSorted.sort();
    QCOMPARE(receivedDeletions(sandbox), deletedSorted);
#endif
}

void TestCliDelete::killedRunLeavesEntriesOnlyForRequestsThatArrived()
{
#ifndef Q_OS_UNIX
    QSKIP("ends the process with kill(), which only POSIX systems have");
#else
    // A crash (here SIGKILL) while requests are on their way: the next start finds their entries
    // "sent" and marks them "unknown", which is true, since the server received them. No entry may
    // stand for a request that had not been handed to the network yet.
    constexpr int Batches = 10;
    SandboxThread sandbox;
    const QByteArray csv = addBulkBatches(sandbox, Batches);
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 1500;
    sandbox.setFault(slow);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("batches.csv"));
    QVERIFY(writeFile(path, csv));
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());

    QProcess process;
    runner.start(process, {QStringLiteral("delete"), QStringLiteral("--from-csv"), path,
                           QStringLiteral("--yes"), QStringLiteral("--concurrency"), QStringLiteral("2"),
                           QStringLiteral("--json"), QStringLiteral("--api-url"), sandbox.baseUrl()});
    // The run's first request went alone and was answered; the next two are on their way, and no
    // answer comes for a while: nothing else can be sent meanwhile.
    QTRY_VERIFY_WITH_TIMEOUT(sandbox.requestCount() == 3, 10000);
    QTest::qWait(300);
    QCOMPARE(sandbox.requestCount(), 3);
    QVERIFY(::kill(static_cast<pid_t>(process.processId()), SIGKILL) == 0);
    const CliRun killed = runner.finish(process, 10000);
    QCOMPARE(killed.signal, SIGKILL);

    const CliRun audit = runner.run({QStringLiteral("audit"), QStringLiteral("--json")});
    QCOMPARE(audit.exitCode, 0);
    QHash<QString, int> outcomes;
    QCOMPARE(auditedBatches(audit.jsonLines(), &outcomes), receivedDeletions(sandbox));
    QCOMPARE(outcomes.value(QStringLiteral("succeeded")), 1);
    QCOMPARE(outcomes.value(QStringLiteral("unknown")), 2);
    QCOMPARE(outcomes.value(QStringLiteral("sent")), 0);
#endif
}

void TestCliDelete::secondInterruptEndsAtOnce()
{
#ifndef Q_OS_UNIX
    QSKIP("sends SIGINT with kill(), which only POSIX systems have");
#else
    SandboxThread sandbox;
    const QByteArray csv = addBulkBatches(sandbox, 4);
    // Far longer than this test waits: only quitting at once ends the run in time.
    SandboxFault stuck;
    stuck.kind = SandboxFault::Kind::Delay;
    stuck.delayMs = 20000;
    sandbox.setFault(stuck);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("batches.csv"));
    QVERIFY(writeFile(path, csv));
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());

    QProcess process;
    runner.start(process, {QStringLiteral("delete"), QStringLiteral("--from-csv"), path,
                           QStringLiteral("--yes"), QStringLiteral("--api-url"), sandbox.baseUrl()});
    QTRY_VERIFY_WITH_TIMEOUT(sandbox.requestCount() >= 1, 10000);
    QVERIFY(interrupt(process));
    // The first interrupt was taken (two sent at once could arrive as one signal).
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT(errorShows(process, err, "Ctrl+C again to quit at once"), 10000);
    QCOMPARE(process.state(), QProcess::Running); // still waiting for the answers
    QElapsedTimer sinceSecond;
    sinceSecond.start();
    QVERIFY(interrupt(process));
    const CliRun run = runner.finish(process, 5000, err);
    QVERIFY2(
        run.signal == SIGINT,
        qPrintable(
            QStringLiteral("exit code %1, signal %2: %3").arg(run.exitCode).arg(run.signal).arg(run.text())));
    QVERIFY(sinceSecond.elapsed() < 5000);
    QVERIFY2(!run.out.contains("Deleted"), run.out.constData()); // no answer was waited for
#endif
}

void TestCliDelete::readCommandsEndAtOnceOnInterrupt()
{
#ifndef Q_OS_UNIX
    QSKIP("sends SIGINT with kill(), which only POSIX systems have");
#else
    // Nothing they do is irreversible: Ctrl+C keeps its default handling and does not wait for them.
    SandboxThread sandbox;
    SandboxFault stuck;
    stuck.kind = SandboxFault::Kind::Delay;
    stuck.delayMs = 20000;
    sandbox.setFault(stuck);
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    QProcess process;
    runner.start(process, {QStringLiteral("credits"), QStringLiteral("--api-url"), sandbox.baseUrl()});
    QTRY_VERIFY_WITH_TIMEOUT(sandbox.requestCount() >= 1, 10000);
    QVERIFY(interrupt(process));
    const CliRun run = runner.finish(process, 5000);
    QCOMPARE(run.signal, SIGINT);
#endif
}

QTEST_GUILESS_MAIN(TestCliDelete)
#include "tst_clidelete.moc"
