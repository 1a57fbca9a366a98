#include "core/api/extractaclient.h"
#include "outcomecatcher.h"
#include "sampleids.h"
#include "sandbox/sandboxserver.h"
#include "wirefixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <optional>

using namespace std::chrono_literals;

namespace {

using namespace SampleIds;

struct Finished
{
    std::optional<ApiOutcome> outcome;
    QJsonObject answer;
};

Finished waitFor(ApiCall* call)
{
    OutcomeCatcher catcher(call);
    catcher.wait();
    return {catcher.outcome(), catcher.answer()};
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

enum class Scenario
{
    Success,
    DeleteTwice,
    UnknownBatch,
    UnknownClassification,
    WrongToken,
    Forbidden,
    BadRequestSayingSuccess,
    ServerError,
    RateLimited,
    GarbageBody,
    SuccessStatusMissing,
    HtmlErrorPage,
    ConnectionReset,
    ConnectionRefused,
    Timeout,
    Cancel,
};

} // namespace

class TestDeleteBatchWire : public QObject
{
    Q_OBJECT

private slots:
    void deleteBatchOnTheWire_data();
    void deleteBatchOnTheWire();
    void outcomes_data();
    void outcomes();
    void fetchCreditsOnTheWire();
    void clientReusesConnection();
    void endlessAnswerIsCutOff();
    void malformedTokenIsNeverSent();
    void invalidIdsAreNeverSent_data();
    void invalidIdsAreNeverSent();
};

void TestDeleteBatchWire::deleteBatchOnTheWire_data()
{
    QTest::addColumn<QString>("classificationId");
    QTest::addColumn<QString>("batchId");
    QTest::addColumn<QByteArray>("expectedBody");

    // QJsonObject orders keys alphabetically, so batchId comes first on the wire. JSON objects are
    // unordered; the bytes are compared anyway to pin down compactness and escaping.
    QTest::newRow("sample ids")
        << InvoicesClassification << InvoicesFirstBatch
        << QByteArray(R"({"batchId":"-OPXT4kQm2ZbW9sLe7Ha","classificationId":"-OPXR1F82I0cRYJPcHNo"})");
    QTest::newRow("unicode")
        << QString::fromUtf8("-Ünïcødé-Klassifikation-☃") << QString::fromUtf8("-批次-𝄞")
        << QByteArray(R"({"batchId":"-批次-𝄞","classificationId":"-Ünïcødé-Klassifikation-☃"})");
    QTest::newRow("quotes, backslash, slash")
        << QStringLiteral("-a\"b\\c") << QStringLiteral("-x/y?z#w&v=1")
        << QByteArray(R"({"batchId":"-x/y?z#w&v=1","classificationId":"-a\"b\\c"})");
    QTest::newRow("long id") << QString(256, QLatin1Char('-')) << QStringLiteral("_")
                             << QByteArray(R"({"batchId":"_","classificationId":")") + QByteArray(256, '-') +
                                    QByteArray(R"("})");
}

void TestDeleteBatchWire::deleteBatchOnTheWire()
{
    QFETCH(QString, classificationId);
    QFETCH(QString, batchId);
    QFETCH(QByteArray, expectedBody);

    WireFixture wire;
    wire.server.addBatch(classificationId, batchId, {});
    QVERIFY(wire.start());
    QSignalSpy received(&wire.server, &SandboxServer::requestReceived);

    const Finished finished = waitFor(wire.client.deleteBatch(classificationId, batchId));
    QVERIFY(finished.outcome);
    QCOMPARE(finished.outcome->kind, ApiOutcome::Kind::Succeeded);
    QCOMPARE(received.size(), 1);

    const QList<SandboxRequest> requests = wire.server.requests();
    QCOMPARE(requests.size(), 1);
    const SandboxRequest request = requests.first();
    QCOMPARE(request.method, QByteArray("DELETE"));
    QCOMPARE(request.path, QByteArray("/api/v1/documentClassification/deleteBatch"));
    QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(request.header("Accept"), QByteArray("application/json"));
    QCOMPARE(request.header("Authorization"), "Bearer " + wire.server.token().toUtf8());
    QCOMPARE(request.header("User-Agent"), QByteArray("ExtractaBatchAdmin/" EBA_VERSION));
    QCOMPARE(request.header("Content-Length").toLongLong(), request.body.size());

    QJsonParseError error;
    const QJsonDocument body = QJsonDocument::fromJson(request.body, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(body.object(), (QJsonObject{{QStringLiteral("classificationId"), classificationId},
                                         {QStringLiteral("batchId"), batchId}}));
    QCOMPARE(request.body, expectedBody);
    QVERIFY(!wire.server.hasBatch(classificationId, batchId));
}

void TestDeleteBatchWire::outcomes_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<ApiOutcome::Kind>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("retryAfterSeconds");
    QTest::addColumn<QString>("serverMessage");

    using Kind = ApiOutcome::Kind;
    QTest::newRow("2xx success") << Scenario::Success << Kind::Succeeded << 200 << -1
                                 << QStringLiteral("Batch deleted");
    QTest::newRow("404 on second delete")
        << Scenario::DeleteTwice << Kind::NotFound << 404 << -1 << QStringLiteral("Batch not found");
    QTest::newRow("404 unknown batch")
        << Scenario::UnknownBatch << Kind::NotFound << 404 << -1 << QStringLiteral("Batch not found");
    QTest::newRow("404 unknown classification") << Scenario::UnknownClassification << Kind::NotFound << 404
                                                << -1 << QStringLiteral("Classification not found");
    QTest::newRow("401 wrong token") << Scenario::WrongToken << Kind::TokenRejected << 401 << -1
                                     << QStringLiteral("Invalid API key");
    QTest::newRow("403") << Scenario::Forbidden << Kind::TokenRejected << 403 << -1
                         << QStringLiteral("Forbidden");
    QTest::newRow("400 saying success") << Scenario::BadRequestSayingSuccess << Kind::Rejected << 400 << -1
                                        << QStringLiteral("Batch deleted");
    QTest::newRow("500") << Scenario::ServerError << Kind::ServerError << 500 << -1
                         << QStringLiteral("Internal server error");
    QTest::newRow("429 retry after 7")
        << Scenario::RateLimited << Kind::RateLimited << 429 << 7 << QStringLiteral("Too many requests");
    QTest::newRow("200 garbage body")
        << Scenario::GarbageBody << Kind::OutcomeUnknown << 200 << -1 << QString();
    QTest::newRow("200 without success status")
        << Scenario::SuccessStatusMissing << Kind::Failed << 200 << -1 << QStringLiteral("queued");
    QTest::newRow("502 html page") << Scenario::HtmlErrorPage << Kind::ServerError << 502 << -1 << QString();
    QTest::newRow("connection reset")
        << Scenario::ConnectionReset << Kind::OutcomeUnknown << 0 << -1 << QString();
    QTest::newRow("connection refused")
        << Scenario::ConnectionRefused << Kind::NetworkError << 0 << -1 << QString();
    QTest::newRow("timeout") << Scenario::Timeout << Kind::OutcomeUnknown << 0 << -1 << QString();
    QTest::newRow("cancel") << Scenario::Cancel << Kind::OutcomeUnknown << 0 << -1 << QString();
}

void TestDeleteBatchWire::outcomes()
{
    QFETCH(Scenario, scenario);
    QFETCH(ApiOutcome::Kind, kind);
    QFETCH(int, httpStatus);
    QFETCH(int, retryAfterSeconds);
    QFETCH(QString, serverMessage);

    WireFixture wire;
    QVERIFY(wire.start());
    QString classificationId = InvoicesClassification;
    QString batchId = InvoicesFirstBatch;
    SandboxFault fault;
    switch (scenario) {
    case Scenario::Success:
        break;
    case Scenario::DeleteTwice: {
        const Finished first = waitFor(wire.client.deleteBatch(classificationId, batchId));
        QVERIFY(first.outcome);
        QCOMPARE(first.outcome->kind, ApiOutcome::Kind::Succeeded);
        break;
    }
    case Scenario::UnknownBatch:
        batchId = QStringLiteral("-OPXzzzzzzzzzzzzzzzz");
        break;
    case Scenario::UnknownClassification:
        classificationId = QStringLiteral("-OPXzzzzzzzzzzzzzzzz");
        break;
    case Scenario::WrongToken:
        wire.client.setToken(wire.server.token() + QLatin1Char('x'));
        break;
    case Scenario::Forbidden:
        fault.kind = SandboxFault::Kind::Status;
        fault.status = 403;
        fault.body = R"({"status":"error","message":"Forbidden"})";
        break;
    case Scenario::BadRequestSayingSuccess:
        // The API reference really shows a 400 example whose body says "success".
        fault.kind = SandboxFault::Kind::Status;
        fault.status = 400;
        fault.body = R"({"status":"success","message":"Batch deleted"})";
        break;
    case Scenario::ServerError:
        fault.kind = SandboxFault::Kind::ServerError;
        break;
    case Scenario::RateLimited:
        fault.kind = SandboxFault::Kind::RateLimited;
        fault.retryAfterSeconds = 7;
        break;
    case Scenario::GarbageBody:
        fault.kind = SandboxFault::Kind::GarbageBody;
        break;
    case Scenario::SuccessStatusMissing:
        fault.kind = SandboxFault::Kind::Status;
        fault.status = 200;
        fault.body = R"({"status":"pending","message":"queued"})";
        break;
    case Scenario::HtmlErrorPage:
        fault.kind = SandboxFault::Kind::HtmlErrorPage;
        break;
    case Scenario::ConnectionReset:
        fault.kind = SandboxFault::Kind::ConnectionReset;
        break;
    case Scenario::ConnectionRefused: {
        QUrl url = wire.server.baseUrl();
        url.setPort(closedPort());
        wire.pointAt(url);
        break;
    }
    case Scenario::Timeout:
        wire.client.setTimeout(300ms);
        fault.kind = SandboxFault::Kind::Delay;
        fault.delayMs = 2000;
        break;
    case Scenario::Cancel:
        fault.kind = SandboxFault::Kind::Delay;
        fault.delayMs = 10'000;
        break;
    }
    wire.server.setFault(fault);
    wire.server.clearRequests();

    QSignalSpy received(&wire.server, &SandboxServer::requestReceived);
    QPointer<ApiCall> call = wire.client.deleteBatch(classificationId, batchId);
    OutcomeCatcher catcher(call);
    if (scenario == Scenario::Cancel) {
        QVERIFY(received.wait());
        QVERIFY(call && call->isRunning());
        call->cancel();
    }
    QVERIFY2(catcher.wait(), "ApiCall::finished() was never emitted");
    const ApiOutcome outcome = *catcher.outcome();
    QCOMPARE(outcome.kind, kind);
    QCOMPARE(outcome.httpStatus, httpStatus);
    QCOMPARE(outcome.retryAfterSeconds, retryAfterSeconds);
    QCOMPARE(outcome.serverMessage, serverMessage);
    QVERIFY2(!outcome.detail.isEmpty() || kind == ApiOutcome::Kind::Succeeded, "every failure is explained");
    QVERIFY(!outcome.detail.contains(wire.server.token()));
    QTRY_VERIFY2(call.isNull(), "ApiCall deletes itself after finished()");

    switch (scenario) {
    case Scenario::Timeout:
    case Scenario::Cancel:
        QVERIFY2(outcome.detail.contains(QStringLiteral("may")) &&
                     outcome.detail.contains(QStringLiteral("acted")),
                 qPrintable(outcome.detail));
        // The server did get the request and acted on it before its slow answer.
        QCOMPARE(wire.server.requests().size(), 1);
        QVERIFY(!wire.server.hasBatch(classificationId, batchId));
        break;
    case Scenario::ConnectionRefused:
        QVERIFY(wire.server.requests().isEmpty());
        break;
    case Scenario::ConnectionReset:
        // Qt would send a request whose connection dropped before any answer again by itself (twice
        // in 6.4); a deletion leaves exactly once.
        QVERIFY2(outcome.detail.contains(QStringLiteral("may")), qPrintable(outcome.detail));
        QCOMPARE(wire.server.requests().size(), 1);
        break;
    default:
        QCOMPARE(wire.server.requests().size(), 1);
        break;
    }
}

void TestDeleteBatchWire::fetchCreditsOnTheWire()
{
    WireFixture wire;
    wire.server.setCredits(4711);
    QVERIFY(wire.start());
    const Finished finished = waitFor(wire.client.fetchCredits());
    QVERIFY(finished.outcome);
    QCOMPARE(finished.outcome->kind, ApiOutcome::Kind::Succeeded);
    QCOMPARE(finished.outcome->httpStatus, 200);
    QCOMPARE(finished.answer.value(QStringLiteral("credits")).toInt(), 4711);

    QCOMPARE(wire.server.requests().size(), 1);
    const SandboxRequest request = wire.server.requests().first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QByteArray("/api/v1/credits"));
    QCOMPARE(request.header("Authorization"), "Bearer " + wire.server.token().toUtf8());
    QCOMPARE(request.header("User-Agent"), QByteArray("ExtractaBatchAdmin/" EBA_VERSION));
    QVERIFY(request.header("Content-Type").isEmpty());
    QVERIFY(request.body.isEmpty());

    wire.client.setToken(QStringLiteral("wrong"));
    const Finished rejected = waitFor(wire.client.fetchCredits());
    QVERIFY(rejected.outcome);
    QCOMPARE(rejected.outcome->kind, ApiOutcome::Kind::TokenRejected);
    QVERIFY(rejected.answer.isEmpty());
}

void TestDeleteBatchWire::clientReusesConnection()
{
    WireFixture wire;
    QVERIFY(wire.start());
    // A server that answers within the same instant as the request left makes Qt 6.4, reading
    // answers at the pace ApiCall takes them (its memory bound), now and then take a new connection
    // for the next request before it has released the last one; any real server's latency hides that.
    SandboxFault latency;
    latency.kind = SandboxFault::Kind::Delay;
    latency.delayMs = 5;
    wire.server.setFault(latency);
    for (const QString& batchId : wire.server.batchIds(InvoicesClassification)) {
        const Finished finished = waitFor(wire.client.deleteBatch(InvoicesClassification, batchId));
        QVERIFY(finished.outcome);
        QCOMPARE(finished.outcome->kind, ApiOutcome::Kind::Succeeded);
    }
    const Finished credits = waitFor(wire.client.fetchCredits());
    QVERIFY(credits.outcome);
    QCOMPARE(credits.outcome->kind, ApiOutcome::Kind::Succeeded);
    QCOMPARE(wire.server.requests().size(), 4);
    QCOMPARE(wire.server.acceptedConnectionCount(), 1);
}

void TestDeleteBatchWire::endlessAnswerIsCutOff()
{
    WireFixture wire;
    QVERIFY(wire.start());
    SandboxFault huge;
    huge.kind = SandboxFault::Kind::Status;
    huge.status = 200;
    huge.body = QByteArray(3 * ApiCall::MaxAnswerBytes, 'x');
    wire.server.setFault(huge);
    const Finished finished = waitFor(wire.client.deleteBatch(InvoicesClassification, InvoicesFirstBatch));
    QVERIFY(finished.outcome);
    // The server may have deleted the batch before it began its endless answer.
    QCOMPARE(finished.outcome->kind, ApiOutcome::Kind::OutcomeUnknown);
    QVERIFY2(finished.outcome->detail.contains(QLatin1String("too large")),
             qPrintable(finished.outcome->detail));
}

void TestDeleteBatchWire::malformedTokenIsNeverSent()
{
    // A token with a line break would split the Authorization header and inject another one.
    WireFixture wire;
    QVERIFY(wire.start());
    wire.client.setToken(QStringLiteral("abc\r\nX-Injected: yes"));
    QVERIFY(!wire.client.hasToken());
    const Finished finished = waitFor(wire.client.deleteBatch(InvoicesClassification, InvoicesFirstBatch));
    QVERIFY(finished.outcome);
    QCOMPARE(finished.outcome->kind, ApiOutcome::Kind::TokenRejected);
    const QList<SandboxRequest> requests = wire.server.requests();
    QCOMPARE(requests.size(), 1);
    QVERIFY(requests.constFirst().header("X-Injected").isEmpty());
    QVERIFY(!requests.constFirst().header("Authorization").contains("abc"));
}

void TestDeleteBatchWire::invalidIdsAreNeverSent_data()
{
    QTest::addColumn<QString>("classificationId");
    QTest::addColumn<QString>("batchId");

    QTest::newRow("right-to-left override") << InvoicesClassification << QStringLiteral("b-0001\u202E");
    QTest::newRow("zero-width space") << InvoicesClassification << QStringLiteral("b\u200B-0001");
    QTest::newRow("newline") << InvoicesClassification << QStringLiteral("b-0001\nb-0002");
    QTest::newRow("inner space") << InvoicesClassification << QStringLiteral("b 0001");
    QTest::newRow("300 characters") << InvoicesClassification << QString(300, QLatin1Char('b'));
    QTest::newRow("surrounding space") << InvoicesClassification << QStringLiteral(" b-0001");
    QTest::newRow("empty batch") << InvoicesClassification << QString();
    QTest::newRow("bad classification") << QStringLiteral("c\x1b]0;x\x07") << InvoicesFirstBatch;
}

void TestDeleteBatchWire::invalidIdsAreNeverSent()
{
    QFETCH(QString, classificationId);
    QFETCH(QString, batchId);

    // The last line of defence, whoever asked: the call finishes as refused and nothing goes out.
    WireFixture wire;
    QVERIFY(wire.start());
    const Finished deleted = waitFor(wire.client.deleteBatch(classificationId, batchId));
    QVERIFY(deleted.outcome);
    QCOMPARE(deleted.outcome->kind, ApiOutcome::Kind::Rejected);
    QCOMPARE(deleted.outcome->httpStatus, 0);
    QVERIFY2(deleted.outcome->message().startsWith(QLatin1String("Not sent")),
             qPrintable(deleted.outcome->message()));
    const Finished results = waitFor(wire.client.getResults(classificationId, batchId));
    QVERIFY(results.outcome);
    QCOMPARE(results.outcome->kind, ApiOutcome::Kind::Rejected);
    QCOMPARE(wire.server.requests().size(), 0);

    // Cancelled before its refusal is reported, it still finishes once.
    ApiCall* call = wire.client.deleteBatch(classificationId, batchId);
    OutcomeCatcher catcher(call);
    call->cancel();
    QVERIFY(catcher.wait());
    QCOMPARE(catcher.outcome()->kind, ApiOutcome::Kind::Rejected);
    QCOMPARE(wire.server.requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestDeleteBatchWire)
#include "tst_deletebatchwire.moc"
