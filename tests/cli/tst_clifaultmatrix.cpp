// The fault matrix of extracta-batch delete (issue 11, "proof that the rest holds"): the real
// executable, one batch, --yes --json, against the sandbox served from a thread of this test with
// each of its fault switches, a TLS sandbox with a self-signed certificate, a closed port, an
// unresolvable host and a wrong base path. Each row checks the exit code, the JSON result (result,
// httpStatus, attempts, stopReason, message), the requests the server received, standard error
// (one clear line per problem, no raw Qt diagnostic), the audit trail afterwards as `audit --json`
// shows it (one complete entry per attempt), the token nowhere (CliRunner checks every output; every
// file of the run's home is searched, the database's -wal and -shm included), the time taken and,
// for big, endless and compressed answers, the peak memory of the process against a normal run's.
//
// Matrix size: 53 rows on the delete --json surface and 4 rows of human output (57 runs of delete, 53
// of audit), about 17 s on 2 cores, most of it in the rows that wait for a deadline or a retry.
#include "clifaultchecks.h"
#include "clitestharness.h"
#include "faultrecipes.h"
#include "processmemory.h"
#include "sampleids.h"
#include "testhosts.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTest>

#include <optional>

using namespace FaultRecipes;

namespace {

using namespace SampleIds;

const QString MissingBatch = QStringLiteral("-OMISSINGbatch000001");
const QByteArray Json = "application/json";
constexpr qint64 MiB = 1024 * 1024;

// How far above a normal deletion's peak an answer that must be cut off may take extracta-batch. The
// tool keeps at most ApiCall::MaxAnswerBytes (4 MiB) of an answer, in a buffer that may have doubled
// on the way (8 MiB), plus Qt's 64 KiB read buffer, and never inflates a compressed answer: 16 MiB
// leaves room for the allocator and is still far below what an unbounded read reaches within the
// 2 s deadline (the review measured 2.5 GB for one deletion).
constexpr qint64 MaxExtraPeakKiB = 16 * 1024;

enum class Target
{
    Api,              // the sandbox at its base URL
    TlsApi,           // the sandbox over TLS with a self-signed certificate
    WrongBasePath,    // the sandbox, but a base URL without /api/v1
    ClosedPort,       // 127.0.0.1 on a port where nothing listens
    UnresolvableHost, // a name the C library refuses without asking anyone
};

struct Setup
{
    Target target = Target::Api;
    SandboxFault fault{};
    // For RedirectTo: the Location, with %PORT% for the sandbox's port and %OTHER% for the port of
    // another sandbox (another origin) that must never see a connection.
    QString redirectTo{};
    int timeoutSeconds = 2;
    QString batchId = InvoicesFirstBatch;
};

struct DeleteRow
{
    Setup setup{};
    int exitCode = 0;
    QString result = QStringLiteral("deleted");
    QList<int> statuses{200}; // acceptable httpStatus values; 0 for null
    QStringList audit{};      // each attempt's outcome in the audit trail; empty = {"succeeded"}
    int arrivals = 1;         // DELETE requests the sandbox received
    QString stopReason{};     // empty for null
    QString message{};        // part of the JSON message
    QString stderrText{};     // part of standard error
    bool bigAnswer = false;   // the peak memory is bounded
    qint64 minMs = 0;
    qint64 maxMs = 8000;
};

} // namespace

Q_DECLARE_METATYPE(Setup)
Q_DECLARE_METATYPE(DeleteRow)

namespace {

Setup with(const SandboxFault& fault, int timeoutSeconds = 2)
{
    Setup setup;
    setup.fault = fault;
    setup.timeoutSeconds = timeoutSeconds;
    return setup;
}

Setup at(Target target)
{
    Setup setup;
    setup.target = target;
    return setup;
}

Setup redirectTo(int status, const QString& location, int count = -1)
{
    Setup setup;
    setup.fault = times(fault(SandboxFault::Kind::RedirectTo, status), count);
    setup.redirectTo = location;
    return setup;
}

QStringList repeated(const QString& code, int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << code;
    return list;
}

QString portOf(const QString& url)
{
    return QString::number(QUrl(url).port());
}

// The sandbox (or nothing) a row's run talks to.
struct Servers
{
    SandboxThread api;
    SandboxThread other; // another origin: must never see a connection
    QString url;
    QString problem;

    bool start(const Setup& setup)
    {
        switch (setup.target) {
        case Target::TlsApi:
            if (!api.serveTls(&problem))
                return false;
            break;
        case Target::ClosedPort:
            url = QStringLiteral("http://127.0.0.1:%1/api/v1").arg(closedPort());
            return true;
        case Target::UnresolvableHost:
            url = QStringLiteral("https://%1/api/v1").arg(TestHosts::unresolvableHost());
            return true;
        case Target::Api:
        case Target::WrongBasePath:
            break;
        }
        url = api.baseUrl();
        if (setup.target == Target::WrongBasePath)
            url.chop(QStringLiteral("/api/v1").size());
        SandboxFault fault = setup.fault;
        if (!setup.redirectTo.isEmpty()) {
            QString location = setup.redirectTo;
            location.replace(QStringLiteral("%PORT%"), portOf(api.baseUrl()));
            location.replace(QStringLiteral("%OTHER%"), portOf(other.baseUrl()));
            fault.redirectUrl = QUrl(location);
        }
        api.setFault(fault);
        return true;
    }

    int connections()
    {
        return api.call([](SandboxServer& server) { return server.acceptedConnectionCount(); });
    }

    int otherConnections()
    {
        return other.call([](SandboxServer& server) { return server.acceptedConnectionCount(); });
    }
};

} // namespace

class TestCliFaultMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void deleteOneBatch_data();
    void deleteOneBatch();
    void humanOutput_data();
    void humanOutput();

    void cleanupTestCase();

private:
    qint64 m_normalPeakKiB = -1;
    qint64 m_largestPeakKiB = -1;
    QString m_largestPeakRow;
};

void TestCliFaultMatrix::initTestCase()
{
    CliRunner runner;
    if (!runner.setMeasurePeakMemory(true) || !ProcessMemory::measuresWhatIsHeld()) {
        qInfo("Peak memory is not measured here (eba-peakrss is built on Linux only), or not as what the "
              "tool holds (a sanitizer build): the memory bounds are not checked.");
        return;
    }
    // A normal run's peak, the yardstick of the rows that must cut an answer off.
    SandboxThread sandbox;
    runner.setEnvironmentToken(sandbox.token());
    const CliRun normal = runner.run(
        CliFaultChecks::deleteOne(sandbox.baseUrl(), InvoicesClassification, InvoicesFirstBatch, 2));
    QCOMPARE(normal.exitCode, 0);
    QVERIFY(normal.peakRssKiB > 0);
    m_normalPeakKiB = normal.peakRssKiB;
}

void TestCliFaultMatrix::cleanup()
{
    QCOMPARE(CliRunner::leakCount(), 0);
}

void TestCliFaultMatrix::cleanupTestCase()
{
    qInfo("memory: a normal deletion peaked at %lld KiB; the largest peak of a big or endless answer was "
          "%lld KiB (%s); the bound is normal + %lld KiB",
          m_normalPeakKiB, m_largestPeakKiB, qPrintable(m_largestPeakRow), MaxExtraPeakKiB);
}

void TestCliFaultMatrix::deleteOneBatch_data()
{
    QTest::addColumn<DeleteRow>("row");
    using F = SandboxFault::Kind;
    using Framing = SandboxDelivery::Framing;
    using Stop = SandboxDelivery::Stop;
    const auto add = [](const char* name, const Setup& setup, DeleteRow row) {
        row.setup = setup;
        QTest::newRow(name) << row;
    };
    const QByteArray deleted = deletedBody();
    const QString mayOrMayNot = QStringLiteral("may or may not have deleted");
    const auto unknown = [&](QList<int> statuses) {
        return DeleteRow{.exitCode = 5,
                         .result = QStringLiteral("unknown"),
                         .statuses = statuses,
                         .audit = {QStringLiteral("unknown")},
                         .stderrText = mayOrMayNot};
    };
    const auto refused = [](int status, const QString& code) {
        return DeleteRow{
            .exitCode = 1, .result = QStringLiteral("refused"), .statuses = {status}, .audit = {code}};
    };

    add("normal", {}, DeleteRow{.message = QStringLiteral("Batch deleted")});
    add("normal, chunked", with(delivered({}, Framing::Chunked)), DeleteRow{});
    add("normal, until close", with(delivered({}, Framing::UntilClose)), DeleteRow{});
    add("a server that drips within the deadline", with(dripped(2)), DeleteRow{});
    add("gzip although identity was asked", with(gzipped({})), unknown({200}));

    // No answer in time: the deadline ends it, and the outcome is unknown.
    DeleteRow late = unknown({0});
    late.message = QStringLiteral("in time");
    late.minMs = 900;
    add("timeout", with(delayed(2500), 1), late);
    DeleteRow dripping = unknown({0, 200});
    dripping.minMs = 900;
    add("a server that drips beyond the deadline", with(dripped(25), 1), dripping);
    add("chunked, cut inside the first size line",
        with(delivered(status(200, deleted, Json), Framing::Chunked, 3, Stop::Close), 1), unknown({200}));

    // The connection breaks: one DELETE only, never sent again by Qt.
    add("reset before any answer byte", with(fault(F::ConnectionReset)), unknown({0}));
    add("reset after the headers", with(delivered(status(200, deleted, Json), Framing::ContentLength, 0)),
        unknown({0, 200}));
    add("close after the headers",
        with(delivered(status(200, deleted, Json), Framing::ContentLength, 0, Stop::Close)), unknown({200}));
    add("truncated body",
        with(delivered(status(200, deleted, Json), Framing::ContentLength, 10, Stop::Close)), unknown({200}));
    add("until close, cut short",
        with(delivered(status(200, deleted, Json), Framing::UntilClose, 10, Stop::Close)), unknown({200}));

    // 2xx that say nothing usable.
    add("200 garbage", with(fault(F::GarbageBody)), unknown({200}));
    add("200 empty", with(status(200)), unknown({200}));
    add("200 HTML page", with(status(200, "<!DOCTYPE html><html><body>OK</body></html>", "text/html")),
        unknown({200}));
    DeleteRow notSuccess = refused(200, QStringLiteral("failed"));
    notSuccess.message = QStringLiteral("Batch is locked");
    add("200 JSON without success",
        with(status(200, R"({"status":"error","message":"Batch is locked"})", Json)), notSuccess);

    // Too much: cut off, unknown, memory bounded.
    DeleteRow tooBig = unknown({200});
    tooBig.bigAnswer = true;
    add("200 huge, Content-Length", with(huge(64 * MiB)), tooBig);
    add("200 huge, chunked", with(delivered(huge(64 * MiB), Framing::Chunked)), tooBig);
    add("200 gzip bomb", with(gzipped(huge(256 * MiB))), tooBig);
    add("200 endless, chunked", with(fault(F::EndlessBody)), tooBig);
    add("200 endless, until close", with(delivered(fault(F::EndlessBody), Framing::UntilClose)), tooBig);
    add("200 endless gzip", with(gzipped(fault(F::EndlessBody))), tooBig);

    // 429: the queue waits as asked (or 1 s, then 2 s…) and tries again, 5 attempts at most.
    const QString limitedCode = QStringLiteral("rate_limited");
    add("429 Retry-After 0, once", with(times(rateLimited("0"), 1)),
        DeleteRow{.audit = {limitedCode, QStringLiteral("succeeded")}, .arrivals = 2});
    add("429 without Retry-After, once", with(times(rateLimited(std::nullopt), 1)),
        DeleteRow{.audit = {limitedCode, QStringLiteral("succeeded")}, .arrivals = 2, .minMs = 900});
    add("429 Retry-After invalid, once", with(times(rateLimited("soon"), 1)),
        DeleteRow{.audit = {limitedCode, QStringLiteral("succeeded")}, .arrivals = 2, .minMs = 900});
    const DeleteRow limited{.exitCode = 1,
                            .result = limitedCode,
                            .statuses = {429},
                            .audit = repeated(limitedCode, 5),
                            .arrivals = 5};
    add("429 Retry-After 0", with(rateLimited("0")), limited);
    add("429 Retry-After HTTP-date past",
        with(rateLimited(httpDate(QDateTime::currentDateTimeUtc().addSecs(-600)))), limited);

    // 5xx: refused; a 503 that says when to come back is tried again.
    add("500", with(fault(F::ServerError, 500)), refused(500, QStringLiteral("server_error")));
    add("502 HTML page", with(fault(F::HtmlErrorPage, 502)), refused(502, QStringLiteral("server_error")));
    add("503 without Retry-After", with(fault(F::ServerError, 503)),
        refused(503, QStringLiteral("server_error")));
    add("503 Retry-After 0, once", with(times(unavailable(0), 1)),
        DeleteRow{.audit = {QStringLiteral("server_error"), QStringLiteral("succeeded")}, .arrivals = 2});
    DeleteRow unavailableForGood = refused(503, QStringLiteral("server_error"));
    unavailableForGood.audit = repeated(QStringLiteral("server_error"), 5);
    unavailableForGood.arrivals = 5;
    add("503 Retry-After 0", with(unavailable(0)), unavailableForGood);

    // 4xx.
    add("400", with(status(400, R"({"status":"error","message":"Invalid batchId"})", Json)),
        refused(400, QStringLiteral("rejected")));
    const QString tokenRejected = QStringLiteral("rejected the token");
    DeleteRow unauthorized = refused(401, QStringLiteral("token_rejected"));
    unauthorized.stderrText = tokenRejected;
    add("401", with(fault(F::ServerError, 401)), unauthorized);
    DeleteRow forbidden = refused(403, QStringLiteral("token_rejected"));
    forbidden.stderrText = tokenRejected;
    add("403", with(status(403)), forbidden);
    DeleteRow echoed = unauthorized;
    echoed.message = QStringLiteral("[hidden]");
    add("401 echoing the token", with(fault(F::EchoAuthorization, 401)), echoed);
    add("200 echoing the token", with(fault(F::EchoAuthorization, 200)),
        DeleteRow{.message = QStringLiteral("Batch deleted for Bearer [hidden]")});
    add(
        "404 from the API",
        [] {
            Setup setup;
            setup.batchId = MissingBatch;
            return setup;
        }(),
        DeleteRow{.exitCode = 1,
                  .result = QStringLiteral("not_found"),
                  .statuses = {404},
                  .audit = {QStringLiteral("not_found")},
                  .message = QStringLiteral("Batch not found")});
    DeleteRow wrongUrl = refused(404, QStringLiteral("wrong_api_url"));
    wrongUrl.message = QStringLiteral("API URL");
    add("404 HTML", with(status(404, "<html><body>Not Found</body></html>", "text/html")), wrongUrl);
    add("wrong base path", at(Target::WrongBasePath), wrongUrl);

    // Redirects: 301/302/303 never followed; 307/308 only to the same origin, at most 3 times.
    for (const int code : {301, 302, 303}) {
        DeleteRow row = refused(code, QStringLiteral("failed"));
        row.message = QStringLiteral("HTTP %1").arg(code);
        row.setup = redirectTo(
            code, QStringLiteral("http://127.0.0.1:%PORT%/api/v1/documentClassification/deleteBatch"));
        QTest::addRow("%d", code) << row;
    }
    const QString sameOrigin =
        QStringLiteral("http://127.0.0.1:%PORT%/api/v1/documentClassification/deleteBatch");
    add("307 same origin once", redirectTo(307, sameOrigin, 1), DeleteRow{.arrivals = 2});
    add("308 same origin once", redirectTo(308, sameOrigin, 1), DeleteRow{.arrivals = 2});
    DeleteRow loop = refused(307, QStringLiteral("failed"));
    loop.arrivals = 4;
    loop.message = QStringLiteral("redirecting");
    add("307 same origin without end", redirectTo(307, sameOrigin), loop);
    DeleteRow crossOrigin = refused(307, QStringLiteral("redirect_refused"));
    crossOrigin.message = QStringLiteral("token was not sent");
    add("307 other origin",
        redirectTo(307, QStringLiteral("http://127.0.0.1:%OTHER%/api/v1/documentClassification/deleteBatch")),
        crossOrigin);
    add("307 https, same host and port",
        redirectTo(307, QStringLiteral("https://127.0.0.1:%PORT%/api/v1/documentClassification/deleteBatch")),
        crossOrigin);
    DeleteRow crossOrigin308 = crossOrigin;
    crossOrigin308.statuses = {308};
    add("308 other origin",
        redirectTo(308, QStringLiteral("http://127.0.0.1:%OTHER%/api/v1/documentClassification/deleteBatch")),
        crossOrigin308);

    // Nothing there, or nothing to trust.
    add("self-signed TLS", at(Target::TlsApi),
        DeleteRow{.exitCode = 3,
                  .result = QStringLiteral("network_error"),
                  .statuses = {0},
                  .audit = {QStringLiteral("insecure")},
                  .arrivals = 0,
                  .message = QStringLiteral("not secure"),
                  .maxMs = 4000});
    // Retried after 1 s and 2 s, then the run stops: 3 unreachable attempts in a row.
    const DeleteRow unreachable{.exitCode = 3,
                                .result = QStringLiteral("not_sent"),
                                .statuses = {0},
                                .audit = repeated(QStringLiteral("network_error"), 3),
                                .arrivals = 0,
                                .stopReason = QStringLiteral("server_unreachable"),
                                .message = QStringLiteral("could not be reached"),
                                .stderrText = QStringLiteral("The run stopped"),
                                .minMs = 2900};
    add("closed port", at(Target::ClosedPort), unreachable);
    add("unresolvable host", at(Target::UnresolvableHost), unreachable);
}

void TestCliFaultMatrix::deleteOneBatch()
{
    QFETCH(DeleteRow, row);
    const Setup& setup = row.setup;

    Servers servers;
    if (!servers.start(setup))
        QSKIP(qPrintable(servers.problem));
    CliRunner runner;
    const QString token = servers.api.token();
    runner.setEnvironmentToken(token);
    const bool measured = runner.setMeasurePeakMemory(true);
    QElapsedTimer took;
    took.start();
    const CliRun run = runner.run(
        CliFaultChecks::deleteOne(servers.url, InvoicesClassification, setup.batchId, setup.timeoutSeconds));
    const qint64 elapsed = took.elapsed();

    // The exit code and the one JSON line.
    QVERIFY2(
        run.exitCode == row.exitCode,
        qPrintable(
            QStringLiteral("exit %1 (signal %2): %3").arg(run.exitCode).arg(run.signal).arg(run.text())));
    const QList<QJsonObject> lines = run.jsonLines();
    QCOMPARE(lines.size(), 1);
    const QJsonObject result = lines.constFirst();
    QCOMPARE(result.value(QLatin1String("result")).toString(), row.result);
    QCOMPARE(result.value(QLatin1String("batchId")).toString(), setup.batchId);
    const QJsonValue httpStatus = result.value(QLatin1String("httpStatus"));
    QVERIFY2(row.statuses.contains(httpStatus.isNull() ? 0 : httpStatus.toInt(-1)),
             qPrintable(QStringLiteral("httpStatus %1").arg(httpStatus.toVariant().toString())));
    const QStringList audit = row.audit.isEmpty() ? QStringList{QStringLiteral("succeeded")} : row.audit;
    QCOMPARE(result.value(QLatin1String("attempts")).toInt(), int(audit.size()));
    QCOMPARE(result.value(QLatin1String("stopReason")).toString(), row.stopReason);
    QCOMPARE(result.value(QLatin1String("stopReason")).isNull(), row.stopReason.isEmpty());
    const QString message = result.value(QLatin1String("message")).toString();
    QVERIFY2(!message.trimmed().isEmpty(), qPrintable(run.text()));
    QVERIFY2(message.contains(row.message), qPrintable(message));
    QVERIFY(result.value(QLatin1String("durationMs")).isDouble() ||
            result.value(QLatin1String("durationMs")).isNull());

    // Standard error: clear, short, the tool's own words.
    const QString stderrProblem = CliFaultChecks::stderrProblem(run, 3);
    QVERIFY2(stderrProblem.isEmpty(), qPrintable(stderrProblem));
    QVERIFY2(run.err.contains(row.stderrText.toUtf8()), run.err.constData());

    // What the servers saw.
    if (setup.target != Target::ClosedPort && setup.target != Target::UnresolvableHost) {
        QCOMPARE(CliFaultChecks::requestCount(servers.api, "DELETE"), row.arrivals);
        QCOMPARE(servers.otherConnections(), 0);
    }
    if (setup.target == Target::TlsApi) {
        QCOMPARE(servers.connections(), 1); // one handshake: a certificate error is final
        QCOMPARE(servers.api.requestCount(), 0);
    }

    // In time.
    QVERIFY2(elapsed >= row.minMs && elapsed < row.maxMs,
             qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));

    // The audit trail: one complete entry per attempt, as answered, never the token.
    QString problem;
    const QList<QJsonObject> entries = CliFaultChecks::auditTrail(runner, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QStringList outcomes;
    for (const QJsonObject& entry : entries)
        outcomes << entry.value(QLatin1String("outcome")).toString();
    QCOMPARE(outcomes, audit);
    problem = CliFaultChecks::auditProblem(entries, token);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QJsonValue lastStatus = entries.constLast().value(QLatin1String("httpStatus"));
    QCOMPARE(lastStatus.isNull() ? 0 : lastStatus.toInt(), httpStatus.isNull() ? 0 : httpStatus.toInt());
    QCOMPARE(CliFaultChecks::filesHolding(runner, token), QStringList());

    // Bounded memory.
    if (measured && row.bigAnswer && m_normalPeakKiB > 0) {
        qInfo("peak %lld KiB (a normal deletion: %lld KiB)", run.peakRssKiB, m_normalPeakKiB);
        if (run.peakRssKiB > m_largestPeakKiB) {
            m_largestPeakKiB = run.peakRssKiB;
            m_largestPeakRow = QString::fromUtf8(QTest::currentDataTag());
        }
        QVERIFY2(run.peakRssKiB <= m_normalPeakKiB + MaxExtraPeakKiB,
                 qPrintable(QStringLiteral("peak %1 KiB").arg(run.peakRssKiB)));
    }
}

void TestCliFaultMatrix::humanOutput_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("detail");

    QTest::newRow("self-signed TLS") << at(Target::TlsApi) << 3 << QStringLiteral("Network error")
                                     << QStringLiteral("not secure");
    QTest::newRow("401 echoing the token") << with(fault(SandboxFault::Kind::EchoAuthorization, 401)) << 1
                                           << QStringLiteral("Refused") << QStringLiteral("[hidden]");
    QTest::newRow("200 endless") << with(fault(SandboxFault::Kind::EndlessBody)) << 5
                                 << QStringLiteral("Unknown") << QStringLiteral("too large");
    QTest::newRow("wrong base path") << at(Target::WrongBasePath) << 1 << QStringLiteral("Refused")
                                     << QStringLiteral("API URL");
}

void TestCliFaultMatrix::humanOutput()
{
    // Without --json: one line per batch on standard output, saying what happened in words.
    QFETCH(Setup, setup);
    QFETCH(int, exitCode);
    QFETCH(QString, word);
    QFETCH(QString, detail);

    Servers servers;
    if (!servers.start(setup))
        QSKIP(qPrintable(servers.problem));
    CliRunner runner;
    runner.setEnvironmentToken(servers.api.token());
    QStringList arguments =
        CliFaultChecks::deleteOne(servers.url, InvoicesClassification, InvoicesFirstBatch, 2);
    arguments.removeAll(QStringLiteral("--json"));
    const CliRun run = runner.run(arguments);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.text()));
    QCOMPARE(run.out.count('\n'), 1);
    QVERIFY2(run.out.startsWith(word.toUtf8() + ' '), run.out.constData());
    QVERIFY2(run.out.contains(detail.toUtf8()), run.out.constData());
    QVERIFY(run.out.contains(InvoicesFirstBatch.toUtf8()));
    const QString stderrProblem = CliFaultChecks::stderrProblem(run, 3);
    QVERIFY2(stderrProblem.isEmpty(), qPrintable(stderrProblem));
    QCOMPARE(CliFaultChecks::filesHolding(runner, servers.api.token()), QStringList());
}

QTEST_GUILESS_MAIN(TestCliFaultMatrix)
#include "tst_clifaultmatrix.moc"
