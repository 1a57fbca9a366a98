#include "rawhttpclient.h"
#include "sampleids.h"
#include "sandbox/httprequestparser.h"
#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

namespace {

using namespace SampleIds;

QJsonObject jsonOf(const RawHttpResponse& response)
{
    return QJsonDocument::fromJson(response.body).object();
}

QByteArray idsBody(const QString& classificationId, const QString& batchId)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("classificationId"), classificationId},
                                     {QStringLiteral("batchId"), batchId}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void listensOnLoopbackOnly();
    void startFailsOnBusyPort();
    void sampleDataIsRealistic();

    void parserAcceptsOneByteAtATime();
    void parserKeepsPipelinedBytes();
    void parserSurvivesRandomInput();
    void malformedRequestsAreRefused_data();
    void malformedRequestsAreRefused();
    void oversizedHeaderIsRefused();
    void oneByteWritesMakeOneRequest();
    void twoRequestsShareOneConnection();
    void pipelinedRequestsAnswerInOrder();
    void pipelinedRequestsWaitBehindDelay();
    void manyPipelinedRequests();
    void http10ClosesAfterAnswer();
    void expectContinueIsHonoured();

    void authentication_data();
    void authentication();
    void routing_data();
    void routing();
    void headAnswerHasNoBody();

    void deleteBatchRemovesItOnce();
    void deleteBatchRefusesBadBodies_data();
    void deleteBatchRefusesBadBodies();
    void viewClassificationShape();
    void viewClassificationCanListBatches();
    void getResultsShape();
    void getResultsForOneFile();
    void otherDeleteEndpoints();
    void deleteFilesRefusesBadFileIds_data();
    void deleteFilesRefusesBadFileIds();
    void creditsAnswer();

    void faultsAnswerAsConfigured_data();
    void faultsAnswerAsConfigured();
    void faultCountClearsItself();
    void requestsAreRecordedAndSignalled();
    void delayedAnswerToClosedConnectionIsDropped();
    void stopDropsPendingConnections();
    void serverDeletedWhileAnswerPending_data();
    void serverDeletedWhileAnswerPending();
};

void TestSandboxServer::listensOnLoopbackOnly()
{
    SandboxServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(server.isListening());
    QVERIFY(server.port() != 0);
    QCOMPARE(server.baseUrl().scheme(), QStringLiteral("http"));
    QCOMPARE(server.baseUrl().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(server.baseUrl().port(), int(server.port()));
    QCOMPARE(server.baseUrl().path(), QStringLiteral("/api/v1"));

    SandboxServer other;
    QVERIFY(!server.token().isEmpty());
    QVERIFY2(server.token() != other.token(), "every server must generate its own token");

    server.stop();
    QVERIFY(!server.isListening());
    QVERIFY(server.baseUrl().isEmpty());
}

void TestSandboxServer::startFailsOnBusyPort()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost));
    SandboxServer server;
    QVERIFY(!server.start(occupant.serverPort()));
    QVERIFY(!server.errorString().isEmpty());
    QVERIFY(server.errorString().contains(QString::number(occupant.serverPort())));
}

void TestSandboxServer::sampleDataIsRealistic()
{
    SandboxServer server;
    server.loadSampleData();
    const QStringList classifications = server.classificationIds();
    QCOMPARE(classifications.size(), 3);
    QCOMPARE(classifications.first(), InvoicesClassification);
    for (const QString& classificationId : classifications) {
        QCOMPARE(classificationId.size(), 20);
        const QStringList batches = server.batchIds(classificationId);
        QVERIFY2(batches.size() >= 2 && batches.size() <= 3, qPrintable(classificationId));
        for (const QString& batchId : batches) {
            QCOMPARE(batchId.size(), 20);
            QVERIFY(server.hasBatch(classificationId, batchId));
            const QList<SandboxFile> files = server.batchFiles(classificationId, batchId);
            QVERIFY2(files.size() >= 2 && files.size() <= 6, qPrintable(batchId));
            for (const SandboxFile& file : files) {
                QCOMPARE(file.fileId.size(), 20);
                QVERIFY(file.fileName.contains(QLatin1Char('.')));
            }
        }
    }
    QVERIFY(!server.hasBatch(InvoicesClassification, QStringLiteral("-nope")));
    QVERIFY(!server.hasBatch(QStringLiteral("-nope"), InvoicesFirstBatch));
}

void TestSandboxServer::parserAcceptsOneByteAtATime()
{
    const QByteArray body = R"({"classificationId":"-a","batchId":"-b"})";
    const QByteArray wire = "DELETE /api/v1/documentClassification/deleteBatch?x=1 HTTP/1.1\r\n"
                            "Host: 127.0.0.1\r\nAuthorization:   Bearer t  \r\nContent-Length: " +
                            QByteArray::number(body.size()) + "\r\n\r\n" + body;
    HttpRequestParser parser;
    QByteArray buffer;
    for (qsizetype i = 0; i < wire.size() - 1; ++i) {
        buffer += wire.at(i);
        QCOMPARE(parser.parse(buffer), HttpRequestParser::Result::NeedMoreData);
    }
    buffer += wire.back();
    QCOMPARE(parser.parse(buffer), HttpRequestParser::Result::RequestReady);
    QVERIFY(buffer.isEmpty());
    const SandboxRequest request = parser.takeRequest();
    QCOMPARE(request.method, QByteArray("DELETE"));
    QCOMPARE(request.path, QByteArray("/api/v1/documentClassification/deleteBatch"));
    QCOMPARE(request.header("authorization"), QByteArray("Bearer t"));
    QCOMPARE(request.header("HOST"), QByteArray("127.0.0.1"));
    QVERIFY(request.header("X-Absent").isEmpty());
    QCOMPARE(request.body, body);
    QVERIFY(parser.keepAlive());
}

void TestSandboxServer::parserKeepsPipelinedBytes()
{
    QByteArray buffer =
        "GET /a HTTP/1.1\r\n\r\nPOST /b HTTP/1.1\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}G";
    HttpRequestParser parser;
    QCOMPARE(parser.parse(buffer), HttpRequestParser::Result::RequestReady);
    QCOMPARE(parser.takeRequest().path, QByteArray("/a"));
    QCOMPARE(parser.parse(buffer), HttpRequestParser::Result::RequestReady);
    const SandboxRequest second = parser.takeRequest();
    QCOMPARE(second.method, QByteArray("POST"));
    QCOMPARE(second.body, QByteArray("{}"));
    QVERIFY(!parser.keepAlive());
    QCOMPARE(buffer, QByteArray("G"));
    QCOMPARE(parser.parse(buffer), HttpRequestParser::Result::NeedMoreData);
}

void TestSandboxServer::parserSurvivesRandomInput()
{
    // Seeded, so a failure reproduces. Mixes pure noise with mutated valid requests, fed in random
    // pieces; the parser must always end in one of its three states and never read out of bounds.
    QRandomGenerator random(4242);
    const QByteArray valid = rawRequest("DELETE", "/api/v1/documentClassification/deleteBatch", "t",
                                        R"({"classificationId":"-a","batchId":"-b"})");
    int ready = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray input = valid.repeated(1 + int(random.bounded(3)));
        if (round % 3 == 0) {
            input = QByteArray(int(random.bounded(400)), Qt::Uninitialized);
            for (char& c : input)
                c = char(random.bounded(256));
        } else {
            for (int flips = int(random.bounded(6)); flips > 0; --flips)
                input[random.bounded(int(input.size()))] = char(random.bounded(256));
        }
        HttpRequestParser parser;
        QByteArray buffer;
        qsizetype offset = 0;
        bool failed = false;
        while (offset < input.size() && !failed) {
            const qsizetype piece = qMin<qsizetype>(1 + random.bounded(40), input.size() - offset);
            buffer += input.mid(offset, piece);
            offset += piece;
            for (;;) {
                const HttpRequestParser::Result result = parser.parse(buffer);
                if (result == HttpRequestParser::Result::RequestReady) {
                    ++ready;
                    QVERIFY(!parser.takeRequest().method.isEmpty());
                    continue;
                }
                if (result == HttpRequestParser::Result::Failed) {
                    failed = true;
                    QVERIFY(parser.errorStatus() >= 400 && parser.errorStatus() < 600);
                    QCOMPARE(parser.parse(buffer), HttpRequestParser::Result::Failed);
                }
                break;
            }
        }
    }
    QVERIFY2(ready > 0, "some lightly mutated requests should still parse");
}

void TestSandboxServer::malformedRequestsAreRefused_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("status");

    QTest::newRow("binary garbage") << QByteArray("\x00\x01\x02garbage\xff\xfe\r\n\r\n", 17) << 400;
    QTest::newRow("tls client hello")
        << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 15) << 400;
    QTest::newRow("no version") << QByteArray("GET /api/v1/credits\r\n\r\n") << 400;
    QTest::newRow("unknown version") << QByteArray("GET /api/v1/credits HTTP/2.0\r\n\r\n") << 505;
    QTest::newRow("version garbage") << QByteArray("GET /api/v1/credits HTTX/1.1\r\n\r\n") << 400;
    QTest::newRow("target without slash") << QByteArray("GET api/v1/credits HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("method with slash") << QByteArray("GE/T /api/v1/credits HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("header without colon") << QByteArray("GET / HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n") << 400;
    QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : 127.0.0.1\r\n\r\n") << 400;
    QTest::newRow("obsolete line folding") << QByteArray("GET / HTTP/1.1\r\nX-A: 1\r\n  2\r\n\r\n") << 400;
    QTest::newRow("control character in value") << QByteArray("GET / HTTP/1.1\r\nX-A: a\x01z\r\n\r\n") << 400;
    QTest::newRow("letters in content length")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 12a\r\n\r\n") << 400;
    QTest::newRow("negative content length")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: -5\r\n\r\n") << 400;
    QTest::newRow("conflicting content lengths")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}") << 400;
    QTest::newRow("body over 1 MiB") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1048577\r\n\r\n")
                                     << 413;
    QTest::newRow("absurd content length")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999999999\r\n\r\n") << 413;
    QTest::newRow("chunked body") << QByteArray(
                                         "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                  << 501;
}

void TestSandboxServer::malformedRequestsAreRefused()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, status);

    SandboxServer server;
    QVERIFY(server.start());
    RawHttpClient client;
    QVERIFY(client.connectTo(server.port()));
    client.send(wire);
    QVERIFY(client.waitForResponses(1));
    const RawHttpResponse response = client.responses().first();
    QCOMPARE(response.status, status);
    QCOMPARE(response.header("Connection"), QByteArray("close"));
    QCOMPARE(jsonOf(response).value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    QVERIFY(client.waitForDisconnected());
    QVERIFY(server.requests().isEmpty());

    // The server must still serve everybody else.
    RawHttpClient next;
    QVERIFY(next.connectTo(server.port()));
    next.send(rawRequest("GET", "/api/v1/credits", server.token().toUtf8()));
    QVERIFY(next.waitForResponses(1));
    QCOMPARE(next.responses().first().status, 200);
}

void TestSandboxServer::oversizedHeaderIsRefused()
{
    SandboxServer server;
    QVERIFY(server.start());

    RawHttpClient complete;
    QVERIFY(complete.connectTo(server.port()));
    complete.send("GET /api/v1/credits HTTP/1.1\r\nX-Padding: " + QByteArray(70 * 1024, 'a') + "\r\n\r\n");
    QVERIFY(complete.waitForResponses(1));
    QCOMPARE(complete.responses().first().status, 431);

    // Without a blank line the server must not wait for one forever, nor buffer without bound.
    RawHttpClient endless;
    QVERIFY(endless.connectTo(server.port()));
    endless.send("GET /api/v1/credits HTTP/1.1\r\nX-Padding: " + QByteArray(65 * 1024, 'b'));
    QVERIFY(endless.waitForResponses(1));
    QCOMPARE(endless.responses().first().status, 431);
    QVERIFY(endless.waitForDisconnected());

    // Just under the limit is fine.
    RawHttpClient large;
    QVERIFY(large.connectTo(server.port()));
    large.send(rawRequest("GET", "/api/v1/credits", server.token().toUtf8(), {},
                          "X-Padding: " + QByteArray(60 * 1024, 'c') + "\r\n"));
    QVERIFY(large.waitForResponses(1));
    QCOMPARE(large.responses().first().status, 200);
}

void TestSandboxServer::oneByteWritesMakeOneRequest()
{
    SandboxServer server;
    server.loadSampleData();
    QVERIFY(server.start());
    RawHttpClient client;
    QVERIFY(client.connectTo(server.port()));
    client.trickle(rawRequest("DELETE", "/api/v1/documentClassification/deleteBatch", server.token().toUtf8(),
                              idsBody(InvoicesClassification, InvoicesFirstBatch)));
    QVERIFY(client.waitForResponses(1));
    QVERIFY(client.trickleFinished());
    QCOMPARE(client.responses().first().status, 200);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().body, idsBody(InvoicesClassification, InvoicesFirstBatch));
    QVERIFY(!server.hasBatch(InvoicesClassification, InvoicesFirstBatch));
}

void TestSandboxServer::twoRequestsShareOneConnection()
{
    SandboxServer server;
    QVERIFY(server.start());
    const QByteArray token = server.token().toUtf8();
    RawHttpClient client;
    QVERIFY(client.connectTo(server.port()));
    client.send(rawRequest("GET", "/api/v1/credits", token));
    QVERIFY(client.waitForResponses(1));
    client.send(rawRequest("GET", "/api/v1/credits", token));
    QVERIFY(client.waitForResponses(2));
    QVERIFY(!client.isDisconnected());
    QCOMPARE(client.responses().at(0).header("Connection"), QByteArray("keep-alive"));
    QCOMPARE(client.responses().at(1).status, 200);
    QCOMPARE(server.acceptedConnectionCount(), 1);
    QCOMPARE(server.requests().size(), 2);
}

void TestSandboxServer::pipelinedRequestsAnswerInOrder()
{
    SandboxServer server;
    QVERIFY(server.start());
    const QByteArray token = server.token().toUtf8();
    RawHttpClient client;
    QVERIFY(client.connectTo(server.port()));
    client.send(rawRequest("GET", "/api/v1/credits", token) + rawRequest("GET", "/api/v1/nowhere", token) +
                rawRequest("POST", "/api/v1/credits", token));
    QVERIFY(client.waitForResponses(3));
    QCOMPARE(client.responses().at(0).status, 200);
    QCOMPARE(client.responses().at(1).status, 404);
    QCOMPARE(client.responses().at(2).status, 405);
    QCOMPARE(server.acceptedConnectionCount(), 1);
}

void TestSandboxServer::pipelinedRequestsWaitBehindDelay()
{
    SandboxServer server;
    QVERIFY(server.start());
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Delay;
    fault.delayMs = 150;
    fault.count = 1;
    server.setFault(fault);
    server.setCredits(7);
    const QByteArray token = server.token().toUtf8();
    RawHttpClient client;
    QVERIFY(client.connectTo(server.port()));
    client.send(rawRequest("GET", "/api/v1/credits", token) + rawRequest("GET", "/api/v1/nowhere", token));
    QVERIFY(client.waitForResponses(2));
    QCOMPARE(client.responses().at(0).status, 200);
    QCOMPARE(jsonOf(client.responses().at(0)).value(QStringLiteral("credits")).toInt(), 7);
    QCOMPARE(client.responses().at(1).status, 404);
}

void TestSandboxServer::manyPipelinedRequests()
{
    SandboxServer server;
    server.setCredits(99);
    QVERIFY(server.start());
    const QByteArray request = rawRequest("GET", "/api/v1/credits", server.token().toUtf8());
    RawHttpClient client;
    QVERIFY(client.connectTo(server.port()));
    client.send(request.repeated(1000));
    QVERIFY(client.waitForResponses(1000, 30'000));
    for (const RawHttpResponse& response : client.responses())
        QCOMPARE(response.status, 200);
    QCOMPARE(server.requests().size(), 1000);
    QCOMPARE(server.acceptedConnectionCount(), 1);
}

void TestSandboxServer::http10ClosesAfterAnswer()
{
    SandboxServer server;
    QVERIFY(server.start());
    RawHttpClient client;
    QVERIFY(client.connectTo(server.port()));
    client.send("GET /api/v1/credits HTTP/1.0\r\nAuthorization: Bearer " + server.token().toUtf8() +
                "\r\n\r\n");
    QVERIFY(client.waitForResponses(1));
    QCOMPARE(client.responses().first().status, 200);
    QCOMPARE(client.responses().first().header("Connection"), QByteArray("close"));
    QVERIFY(client.waitForDisconnected());

    RawHttpClient closing;
    QVERIFY(closing.connectTo(server.port()));
    closing.send(rawRequest("GET", "/api/v1/credits", server.token().toUtf8(), {}, "Connection: close\r\n"));
    QVERIFY(closing.waitForResponses(1));
    QVERIFY(closing.waitForDisconnected());
}

void TestSandboxServer::expectContinueIsHonoured()
{
    SandboxServer server;
    server.loadSampleData();
    QVERIFY(server.start());
    const QByteArray body = idsBody(InvoicesClassification, InvoicesFirstBatch);
    QByteArray request = rawRequest("DELETE", "/api/v1/documentClassification/deleteBatch",
                                    server.token().toUtf8(), body, "Expect: 100-continue\r\n");
    request.chop(body.size());
    RawHttpClient client;
    QVERIFY(client.connectTo(server.port()));
    client.send(request);
    QVERIFY(client.waitUntil([&] { return !client.interimStatuses().isEmpty(); }));
    QCOMPARE(client.interimStatuses(), QList<int>{100});
    QVERIFY(client.responses().isEmpty());
    client.send(body);
    QVERIFY(client.waitForResponses(1));
    QCOMPARE(client.responses().first().status, 200);
}

void TestSandboxServer::authentication_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");

    QTest::newRow("exact") << QByteArray("Bearer %TOKEN%") << 200;
    QTest::newRow("missing") << QByteArray() << 401;
    QTest::newRow("empty") << QByteArray("Authorization: \r\n") << 401;
    QTest::newRow("wrong token") << QByteArray("Bearer not-the-token") << 401;
    QTest::newRow("lower-case scheme") << QByteArray("bearer %TOKEN%") << 401;
    QTest::newRow("basic scheme") << QByteArray("Basic %TOKEN%") << 401;
    QTest::newRow("token prefix only") << QByteArray("Bearer %PREFIX%") << 401;
    QTest::newRow("token with suffix") << QByteArray("Bearer %TOKEN%x") << 401;
}

void TestSandboxServer::authentication()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);

    SandboxServer server;
    QVERIFY(server.start());
    const QByteArray token = server.token().toUtf8();
    authorization.replace("%TOKEN%", token).replace("%PREFIX%", token.left(token.size() - 1));
    QByteArray extra;
    if (authorization.startsWith("Authorization"))
        extra = authorization;
    else if (!authorization.isEmpty())
        extra = "Authorization: " + authorization + "\r\n";

    RawHttpClient client;
    QVERIFY(client.connectTo(server.port()));
    client.send(rawRequest("GET", "/api/v1/credits", QByteArray(), {}, extra));
    QVERIFY(client.waitForResponses(1));
    const RawHttpResponse response = client.responses().first();
    QCOMPARE(response.status, status);
    if (status == 401) {
        QCOMPARE(jsonOf(response),
                 (QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                              {QStringLiteral("message"), QStringLiteral("Invalid API key")}}));
    }
}

void TestSandboxServer::routing_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("allow");
    QTest::addColumn<bool>("apiAnswer");

    QTest::newRow("credits") << QByteArray("GET") << QByteArray("/api/v1/credits") << 200 << QByteArray()
                             << true;
    QTest::newRow("query ignored") << QByteArray("GET") << QByteArray("/api/v1/credits?verbose=1") << 200
                                   << QByteArray() << true;
    // Paths without a route are answered as by a web server that has no API behind it: a client
    // pointed at the wrong base path must not read them as the API's "batch not found".
    QTest::newRow("unknown path") << QByteArray("GET") << QByteArray("/api/v1/batches") << 404 << QByteArray()
                                  << false;
    QTest::newRow("without prefix") << QByteArray("GET") << QByteArray("/credits") << 404 << QByteArray()
                                    << false;
    QTest::newRow("delete without prefix")
        << QByteArray("DELETE") << QByteArray("/documentClassification/deleteBatch") << 404 << QByteArray()
        << false;
    QTest::newRow("trailing slash") << QByteArray("GET") << QByteArray("/api/v1/credits/") << 404
                                    << QByteArray() << false;
    QTest::newRow("delete by POST") << QByteArray("POST")
                                    << QByteArray("/api/v1/documentClassification/deleteBatch") << 405
                                    << QByteArray("DELETE") << true;
    QTest::newRow("view by GET") << QByteArray("GET")
                                 << QByteArray("/api/v1/documentClassification/viewClassification") << 405
                                 << QByteArray("POST") << true;
    QTest::newRow("credits by DELETE")
        << QByteArray("DELETE") << QByteArray("/api/v1/credits") << 405 << QByteArray("GET") << true;
}

void TestSandboxServer::routing()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    QFETCH(QByteArray, allow);
    QFETCH(bool, apiAnswer);

    SandboxServer server;
    QVERIFY(server.start());
    RawHttpClient client;
    QVERIFY(client.connectTo(server.port()));
    client.send(rawRequest(method, path, server.token().toUtf8()));
    QVERIFY(client.waitForResponses(1));
    const RawHttpResponse response = client.responses().first();
    QCOMPARE(response.status, status);
    QCOMPARE(response.header("Content-Type"),
             apiAnswer ? QByteArray("application/json") : QByteArray("text/html"));
    QCOMPARE(response.header("Content-Length").toInt(), response.body.size());
    QCOMPARE(response.header("Allow"), allow);
    QCOMPARE(QJsonDocument::fromJson(response.body).isObject(), apiAnswer);
    if (!apiAnswer) {
        QVERIFY2(response.body.startsWith("<html>") && response.body.contains("404 Not Found"),
                 response.body.constData());
        QVERIFY(!response.body.contains(path));
    }
    QCOMPARE(server.requests().first().path,
             path.left(path.indexOf('?') < 0 ? path.size() : path.indexOf('?')));
}

void TestSandboxServer::headAnswerHasNoBody()
{
    SandboxServer server;
    QVERIFY(server.start());
    const QByteArray token = server.token().toUtf8();
    RawHttpClient client;
    QVERIFY(client.connectTo(server.port()));
    // Were the 405 body sent after HEAD, it would be misread as the start of the next answer.
    client.send(rawRequest("HEAD", "/api/v1/credits", token) + rawRequest("GET", "/api/v1/credits", token));
    QVERIFY(client.waitUntil([&] { return client.receivedBytes().contains("\"credits\""); }));
    const QByteArray received = client.receivedBytes();
    QVERIFY2(received.startsWith("HTTP/1.1 405 "), received.constData());
    const qsizetype firstHeaderEnd = received.indexOf("\r\n\r\n") + 4;
    QVERIFY2(received.mid(firstHeaderEnd).startsWith("HTTP/1.1 200 OK\r\n"), received.constData());
}

void TestSandboxServer::deleteBatchRemovesItOnce()
{
    SandboxServer server;
    server.loadSampleData();
    QVERIFY(server.start());
    const QString otherBatch = server.batchIds(InvoicesClassification).at(1);
    RawHttpClient client;
    QVERIFY(client.connectTo(server.port()));
    const QByteArray request =
        rawRequest("DELETE", "/api/v1/documentClassification/deleteBatch", server.token().toUtf8(),
                   idsBody(InvoicesClassification, InvoicesFirstBatch));
    client.send(request);
    QVERIFY(client.waitForResponses(1));
    QCOMPARE(client.responses().at(0).status, 200);
    QCOMPARE(jsonOf(client.responses().at(0)),
             (QJsonObject{{QStringLiteral("status"), QStringLiteral("success")},
                          {QStringLiteral("message"), QStringLiteral("Batch deleted")}}));
    QVERIFY(!server.hasBatch(InvoicesClassification, InvoicesFirstBatch));
    QVERIFY(server.hasBatch(InvoicesClassification, otherBatch));
    QVERIFY(!server.batchIds(InvoicesClassification).contains(InvoicesFirstBatch));

    client.send(request);
    QVERIFY(client.waitForResponses(2));
    QCOMPARE(client.responses().at(1).status, 404);
    QCOMPARE(jsonOf(client.responses().at(1)),
             (QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                          {QStringLiteral("message"), QStringLiteral("Batch not found")}}));

    client.send(rawRequest("DELETE", "/api/v1/documentClassification/deleteBatch", server.token().toUtf8(),
                           idsBody(QStringLiteral("-unknownClassific"), otherBatch)));
    QVERIFY(client.waitForResponses(3));
    QCOMPARE(client.responses().at(2).status, 404);
    QCOMPARE(jsonOf(client.responses().at(2)).value(QStringLiteral("message")).toString(),
             QStringLiteral("Classification not found"));
    QVERIFY(server.hasBatch(InvoicesClassification, otherBatch));
}

void TestSandboxServer::deleteBatchRefusesBadBodies_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("classificationId=-a&batchId=-b");
    QTest::newRow("truncated json") << QByteArray(R"({"classificationId":"-OPXR1F82I0cRYJPcHNo","batchId":)");
    QTest::newRow("array") << QByteArray(R"(["-OPXR1F82I0cRYJPcHNo","-OPXT4kQm2ZbW9sLe7Ha"])");
    QTest::newRow("missing batch") << QByteArray(R"({"classificationId":"-OPXR1F82I0cRYJPcHNo"})");
    QTest::newRow("missing classification") << QByteArray(R"({"batchId":"-OPXT4kQm2ZbW9sLe7Ha"})");
    QTest::newRow("number id") << QByteArray(R"({"classificationId":"-OPXR1F82I0cRYJPcHNo","batchId":42})");
    QTest::newRow("null id") << QByteArray(R"({"classificationId":null,"batchId":"-OPXT4kQm2ZbW9sLe7Ha"})");
    QTest::newRow("empty id") << QByteArray(R"({"classificationId":"-OPXR1F82I0cRYJPcHNo","batchId":""})");
}

void TestSandboxServer::deleteBatchRefusesBadBodies()
{
    QFETCH(QByteArray, body);

    SandboxServer server;
    server.loadSampleData();
    QVERIFY(server.start());
    RawHttpClient client;
    QVERIFY(client.connectTo(server.port()));
    QByteArray request =
        rawRequest("DELETE", "/api/v1/documentClassification/deleteBatch", server.token().toUtf8(), body);
    client.send(request);
    QVERIFY(client.waitForResponses(1));
    const RawHttpResponse response = client.responses().first();
    QCOMPARE(response.status, 400);
    QCOMPARE(jsonOf(response).value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    QVERIFY(!jsonOf(response).value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(server.hasBatch(InvoicesClassification, InvoicesFirstBatch));
}

void TestSandboxServer::viewClassificationShape()
{
    SandboxServer server;
    server.loadSampleData();
    QVERIFY(server.start());
    RawHttpClient client;
    QVERIFY(client.connectTo(server.port()));
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("classificationId"), InvoicesClassification}}).toJson();
    client.send(rawRequest("POST", "/api/v1/documentClassification/viewClassification",
                           server.token().toUtf8(), body));
    QVERIFY(client.waitForResponses(1));
    QCOMPARE(client.responses().first().status, 200);
    const QJsonObject answer = jsonOf(client.responses().first());
    QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
    QCOMPARE(answer.value(QStringLiteral("classificationId")).toString(), InvoicesClassification);
    QVERIFY(!answer.contains(QStringLiteral("batches")));
    const QJsonObject details = answer.value(QStringLiteral("classificationDetails")).toObject();
    QCOMPARE(details.value(QStringLiteral("name")).toString(), QStringLiteral("Invoices and receipts"));
    QVERIFY(!details.value(QStringLiteral("description")).toString().isEmpty());
    const qint64 createdAt = details.value(QStringLiteral("createdAt")).toInteger();
    QVERIFY2(createdAt > 1'600'000'000'000 && createdAt < 4'000'000'000'000,
             "createdAt is epoch milliseconds");
    const QJsonArray types = details.value(QStringLiteral("documentTypes")).toArray();
    QVERIFY(types.contains(QStringLiteral("invoice")));

    client.send(rawRequest("POST", "/api/v1/documentClassification/viewClassification",
                           server.token().toUtf8(), R"({"classificationId":"-doesNotExist0000000"})"));
    QVERIFY(client.waitForResponses(2));
    QCOMPARE(client.responses().at(1).status, 404);
    QCOMPARE(jsonOf(client.responses().at(1)).value(QStringLiteral("message")).toString(),
             QStringLiteral("Classification not found"));
}

void TestSandboxServer::viewClassificationCanListBatches()
{
    SandboxServer server;
    server.addClassification(QStringLiteral("-c"), QStringLiteral("Name"), QStringLiteral("Description"),
                             {QStringLiteral("letter")});
    server.addBatch(QStringLiteral("-c"), QStringLiteral("-b1"),
                    {{QStringLiteral("-f1"), QStringLiteral("a.pdf"), QStringLiteral("processed"),
                      QStringLiteral("letter"), 0.5}});
    server.addBatch(QStringLiteral("-c"), QStringLiteral("-b2"), {});
    server.setViewListsBatches(true);
    QVERIFY(server.start());
    RawHttpClient client;
    QVERIFY(client.connectTo(server.port()));
    client.send(rawRequest("POST", "/api/v1/documentClassification/viewClassification",
                           server.token().toUtf8(), R"({"classificationId":"-c"})"));
    QVERIFY(client.waitForResponses(1));
    const QJsonArray batches = jsonOf(client.responses().first()).value(QStringLiteral("batches")).toArray();
    QCOMPARE(batches.size(), 2);
    QCOMPARE(batches.at(0).toObject().value(QStringLiteral("batchId")).toString(), QStringLiteral("-b1"));
    QCOMPARE(batches.at(0).toObject().value(QStringLiteral("fileCount")).toInt(), 1);
    QCOMPARE(batches.at(1).toObject().value(QStringLiteral("fileCount")).toInt(), 0);
}

void TestSandboxServer::getResultsShape()
{
    SandboxServer server;
    server.loadSampleData();
    QVERIFY(server.start());
    const QList<SandboxFile> expected = server.batchFiles(InvoicesClassification, InvoicesFirstBatch);
    RawHttpClient client;
    QVERIFY(client.connectTo(server.port()));
    client.send(rawRequest("POST", "/api/v1/documentClassification/getResults", server.token().toUtf8(),
                           idsBody(InvoicesClassification, InvoicesFirstBatch)));
    QVERIFY(client.waitForResponses(1));
    QCOMPARE(client.responses().first().status, 200);
    const QJsonObject answer = jsonOf(client.responses().first());
    QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
    QCOMPARE(answer.value(QStringLiteral("classificationId")).toString(), InvoicesClassification);
    QCOMPARE(answer.value(QStringLiteral("batchId")).toString(), InvoicesFirstBatch);
    const QJsonArray files = answer.value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), expected.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QJsonObject file = files.at(i).toObject();
        QCOMPARE(file.value(QStringLiteral("fileId")).toString(), expected.at(i).fileId);
        QCOMPARE(file.value(QStringLiteral("fileName")).toString(), expected.at(i).fileName);
        QCOMPARE(file.value(QStringLiteral("status")).toString(), expected.at(i).status);
        const QJsonObject result = file.value(QStringLiteral("result")).toObject();
        QCOMPARE(result.value(QStringLiteral("documentType")).toString(), expected.at(i).documentType);
        QCOMPARE(result.value(QStringLiteral("confidence")).toDouble(), expected.at(i).confidence);
        const QUrl url(file.value(QStringLiteral("url")).toString());
        QVERIFY(url.isValid());
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    }
    QCOMPARE(files.at(0).toObject().value(QStringLiteral("fileName")).toString(),
             QStringLiteral("invoice-2024-0113.pdf"));

    client.send(rawRequest("POST", "/api/v1/documentClassification/getResults", server.token().toUtf8(),
                           idsBody(InvoicesClassification, QStringLiteral("-missingBatch"))));
    QVERIFY(client.waitForResponses(2));
    QCOMPARE(client.responses().at(1).status, 404);
}

void TestSandboxServer::getResultsForOneFile()
{
    SandboxServer server;
    server.loadSampleData();
    QVERIFY(server.start());
    const SandboxFile wanted = server.batchFiles(InvoicesClassification, InvoicesFirstBatch).at(2);
    QJsonObject body{{QStringLiteral("classificationId"), InvoicesClassification},
                     {QStringLiteral("batchId"), InvoicesFirstBatch},
                     {QStringLiteral("fileId"), wanted.fileId}};
    RawHttpClient client;
    QVERIFY(client.connectTo(server.port()));
    client.send(rawRequest("POST", "/api/v1/documentClassification/getResults", server.token().toUtf8(),
                           QJsonDocument(body).toJson()));
    body[QStringLiteral("fileId")] = QStringLiteral("-noSuchFile");
    client.send(rawRequest("POST", "/api/v1/documentClassification/getResults", server.token().toUtf8(),
                           QJsonDocument(body).toJson()));
    QVERIFY(client.waitForResponses(2));
    const QJsonArray files = jsonOf(client.responses().at(0)).value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.first().toObject().value(QStringLiteral("fileName")).toString(), wanted.fileName);
    QCOMPARE(client.responses().at(1).status, 404);
}

void TestSandboxServer::otherDeleteEndpoints()
{
    SandboxServer server;
    server.loadSampleData();
    QVERIFY(server.start());
    const QByteArray token = server.token().toUtf8();
    const QList<SandboxFile> files = server.batchFiles(InvoicesClassification, InvoicesFirstBatch);
    const QJsonObject deleteFiles{
        {QStringLiteral("classificationId"), InvoicesClassification},
        {QStringLiteral("batchId"), InvoicesFirstBatch},
        {QStringLiteral("fileIds"), QJsonArray{files.at(0).fileId, files.at(1).fileId}}};
    RawHttpClient client;
    QVERIFY(client.connectTo(server.port()));
    client.send(rawRequest("DELETE", "/api/v1/documentClassification/deleteFiles", token,
                           QJsonDocument(deleteFiles).toJson()));
    client.send(rawRequest("DELETE", "/api/v1/documentClassification/deleteFiles", token,
                           QJsonDocument(deleteFiles).toJson()));
    client.send(rawRequest(
        "DELETE", "/api/v1/documentClassification/deleteClassification", token,
        QJsonDocument(QJsonObject{{QStringLiteral("classificationId"), InvoicesClassification}}).toJson()));
    QVERIFY(client.waitForResponses(3));
    QCOMPARE(client.responses().at(0).status, 200);
    QCOMPARE(client.responses().at(1).status, 404);
    QCOMPARE(client.responses().at(2).status, 200);
    QVERIFY(!server.classificationIds().contains(InvoicesClassification));
    QCOMPARE(server.classificationIds().size(), 2);
}

void TestSandboxServer::deleteFilesRefusesBadFileIds_data()
{
    QTest::addColumn<QJsonValue>("fileIds");
    QTest::addColumn<QString>("message");

    const QString notAList = QStringLiteral("Field fileIds must be a non-empty array of strings");
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << notAList;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << notAList;
    QTest::newRow("one string") << QJsonValue(QStringLiteral("-x")) << notAList;
    QTest::newRow("empty array") << QJsonValue(QJsonArray()) << notAList;
    QTest::newRow("a number among them") << QJsonValue(QJsonArray{QStringLiteral("-x"), 42}) << notAList;
}

void TestSandboxServer::deleteFilesRefusesBadFileIds()
{
    QFETCH(QJsonValue, fileIds);
    QFETCH(QString, message);

    SandboxServer server;
    server.loadSampleData();
    QVERIFY(server.start());
    const QList<SandboxFile> before = server.batchFiles(InvoicesClassification, InvoicesFirstBatch);
    QJsonObject body{{QStringLiteral("classificationId"), InvoicesClassification},
                     {QStringLiteral("batchId"), InvoicesFirstBatch}};
    if (!fileIds.isUndefined())
        body.insert(QStringLiteral("fileIds"), fileIds);
    RawHttpClient client;
    QVERIFY(client.connectTo(server.port()));
    client.send(rawRequest("DELETE", "/api/v1/documentClassification/deleteFiles", server.token().toUtf8(),
                           QJsonDocument(body).toJson()));
    QVERIFY(client.waitForResponses(1));
    const RawHttpResponse response = client.responses().first();
    QCOMPARE(response.status, 400);
    QCOMPARE(jsonOf(response).value(QStringLiteral("message")).toString(), message);
    QCOMPARE(server.batchFiles(InvoicesClassification, InvoicesFirstBatch).size(), before.size());
}

void TestSandboxServer::creditsAnswer()
{
    SandboxServer server;
    server.setCredits(1234);
    QVERIFY(server.start());
    RawHttpClient client;
    QVERIFY(client.connectTo(server.port()));
    client.send(rawRequest("GET", "/api/v1/credits", server.token().toUtf8()));
    QVERIFY(client.waitForResponses(1));
    QCOMPARE(
        jsonOf(client.responses().first()),
        (QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}, {QStringLiteral("credits"), 1234}}));
}

void TestSandboxServer::faultsAnswerAsConfigured_data()
{
    QTest::addColumn<SandboxFault>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("headerName");
    QTest::addColumn<QByteArray>("headerValue");
    QTest::addColumn<bool>("jsonBody");

    SandboxFault fault;
    fault.kind = SandboxFault::Kind::ServerError;
    QTest::newRow("server error") << fault << 500 << QByteArray("Content-Type")
                                  << QByteArray("application/json") << true;
    fault = {};
    fault.kind = SandboxFault::Kind::RateLimited;
    fault.retryAfterSeconds = 7;
    QTest::newRow("rate limited") << fault << 429 << QByteArray("Retry-After") << QByteArray("7") << true;
    fault.retryAfterSeconds = -1;
    QTest::newRow("rate limited, no hint")
        << fault << 429 << QByteArray("Retry-After") << QByteArray() << true;
    fault = {};
    fault.kind = SandboxFault::Kind::GarbageBody;
    QTest::newRow("garbage") << fault << 200 << QByteArray("Content-Type") << QByteArray("application/json")
                             << false;
    fault = {};
    fault.kind = SandboxFault::Kind::RedirectTo;
    fault.redirectUrl = QUrl(QStringLiteral("http://127.0.0.1:9/api/v1/x"));
    QTest::newRow("redirect") << fault << 307 << QByteArray("Location")
                              << QByteArray("http://127.0.0.1:9/api/v1/x") << false;
    fault = {};
    fault.kind = SandboxFault::Kind::HtmlErrorPage;
    QTest::newRow("html page") << fault << 502 << QByteArray("Content-Type")
                               << QByteArray("text/html; charset=utf-8") << false;
    fault = {};
    fault.kind = SandboxFault::Kind::Status;
    fault.status = 400;
    fault.body = R"({"status":"success","message":"Batch deleted"})";
    QTest::newRow("status") << fault << 400 << QByteArray("Content-Type") << QByteArray("application/json")
                            << true;
    fault.kind = SandboxFault::Kind::Delay;
    fault.delayMs = 50;
    QTest::newRow("delay") << fault << 200 << QByteArray("Content-Type") << QByteArray("application/json")
                           << true;
}

void TestSandboxServer::faultsAnswerAsConfigured()
{
    QFETCH(SandboxFault, fault);
    QFETCH(int, status);
    QFETCH(QByteArray, headerName);
    QFETCH(QByteArray, headerValue);
    QFETCH(bool, jsonBody);

    SandboxServer server;
    server.loadSampleData();
    server.setFault(fault);
    QVERIFY(server.start());
    RawHttpClient client;
    QVERIFY(client.connectTo(server.port()));
    client.send(rawRequest("DELETE", "/api/v1/documentClassification/deleteBatch", server.token().toUtf8(),
                           idsBody(InvoicesClassification, InvoicesFirstBatch)));
    QVERIFY(client.waitForResponses(1));
    const RawHttpResponse response = client.responses().first();
    QCOMPARE(response.status, status);
    QCOMPARE(response.header(headerName), headerValue);
    QCOMPARE(QJsonDocument::fromJson(response.body).isObject(), jsonBody);
    if (fault.kind == SandboxFault::Kind::Status)
        QCOMPARE(response.body, fault.body);
    QCOMPARE(server.requests().size(), 1);
    // Only a delay lets the request through to the data; every other fault replaces the handling.
    QCOMPARE(server.hasBatch(InvoicesClassification, InvoicesFirstBatch),
             fault.kind != SandboxFault::Kind::Delay);
}

void TestSandboxServer::faultCountClearsItself()
{
    SandboxServer server;
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::ServerError;
    fault.count = 2;
    server.setFault(fault);
    QVERIFY(server.start());
    RawHttpClient client;
    QVERIFY(client.connectTo(server.port()));
    for (int i = 0; i < 3; ++i)
        client.send(rawRequest("GET", "/api/v1/credits", server.token().toUtf8()));
    QVERIFY(client.waitForResponses(3));
    QCOMPARE(client.responses().at(0).status, 500);
    QCOMPARE(client.responses().at(1).status, 500);
    QCOMPARE(client.responses().at(2).status, 200);
    QCOMPARE(server.fault().kind, SandboxFault::Kind::None);
}

void TestSandboxServer::requestsAreRecordedAndSignalled()
{
    SandboxServer server;
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::ConnectionReset;
    server.setFault(fault);
    QVERIFY(server.start());
    QSignalSpy received(&server, &SandboxServer::requestReceived);
    RawHttpClient client;
    QVERIFY(client.connectTo(server.port()));
    client.send(rawRequest("POST", "/api/v1/documentClassification/getResults", "secret", R"({"a":1})"));
    QVERIFY(received.wait());
    QVERIFY(client.waitForDisconnected());
    QVERIFY(client.responses().isEmpty());

    const SandboxRequest request = received.first().first().value<SandboxRequest>();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/api/v1/documentClassification/getResults"));
    QCOMPARE(request.body, QByteArray(R"({"a":1})"));
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().header("Authorization"), QByteArray("Bearer secret"));

    server.clearRequests();
    QVERIFY(server.requests().isEmpty());
    server.setRecordingRequests(false);
    server.setFault({});
    RawHttpClient second;
    QVERIFY(second.connectTo(server.port()));
    second.send(rawRequest("GET", "/api/v1/credits", server.token().toUtf8()));
    QVERIFY(second.waitForResponses(1));
    QVERIFY(server.requests().isEmpty());
    QCOMPARE(received.size(), 2);
}

void TestSandboxServer::delayedAnswerToClosedConnectionIsDropped()
{
    SandboxServer server;
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Delay;
    fault.delayMs = 100;
    server.setFault(fault);
    QVERIFY(server.start());
    QSignalSpy received(&server, &SandboxServer::requestReceived);

    RawHttpClient leaving;
    QVERIFY(leaving.connectTo(server.port()));
    leaving.send(rawRequest("GET", "/api/v1/credits", server.token().toUtf8()));
    QVERIFY(received.wait());
    leaving.abort();

    // Started after the first, so when it is answered the first delay is long over.
    RawHttpClient staying;
    QVERIFY(staying.connectTo(server.port()));
    staying.send(rawRequest("GET", "/api/v1/credits", server.token().toUtf8()));
    QVERIFY(staying.waitForResponses(1));
    QCOMPARE(staying.responses().first().status, 200);
    QCOMPARE(server.requests().size(), 2);
}

void TestSandboxServer::stopDropsPendingConnections()
{
    SandboxServer server;
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Delay;
    fault.delayMs = 60'000;
    server.setFault(fault);
    QVERIFY(server.start());
    const quint16 port = server.port();
    QSignalSpy received(&server, &SandboxServer::requestReceived);
    RawHttpClient client;
    QVERIFY(client.connectTo(port));
    client.send(rawRequest("GET", "/api/v1/credits", server.token().toUtf8()));
    QVERIFY(received.wait());
    server.stop();
    QVERIFY(client.waitForDisconnected());
    QVERIFY(client.responses().isEmpty());

    server.setFault({});
    QVERIFY(server.start(port));
    RawHttpClient again;
    QVERIFY(again.connectTo(port));
    again.send(rawRequest("GET", "/api/v1/credits", server.token().toUtf8()));
    QVERIFY(again.waitForResponses(1));
}

void TestSandboxServer::serverDeletedWhileAnswerPending_data()
{
    QTest::addColumn<bool>("immediately");

    QTest::newRow("deleteLater") << false;
    QTest::newRow("delete inside the signal") << true;
}

void TestSandboxServer::serverDeletedWhileAnswerPending()
{
    QFETCH(bool, immediately);

    QPointer<SandboxServer> server = new SandboxServer;
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Delay;
    fault.delayMs = 50;
    server->setFault(fault);
    QVERIFY(server->start());
    RawHttpClient client;
    QVERIFY(client.connectTo(server->port()));
    // Deleting the server from inside its own signal is the nastiest moment to do it.
    connect(server, &SandboxServer::requestReceived, server, [&server, immediately] {
        if (immediately)
            delete server;
        else
            server->deleteLater();
    });
    client.send(rawRequest("GET", "/api/v1/credits", "t"));
    QVERIFY(client.waitForDisconnected());
    QVERIFY(server.isNull());
    QVERIFY(client.responses().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
