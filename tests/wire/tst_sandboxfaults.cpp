#include "processmemory.h"
#include "rawhttpclient.h"
#include "rawwireclient.h"
#include "sampleids.h"
#include "sandbox/sandboxbody.h"
#include "sandbox/sandboxserver.h"
#include "testtlscredentials.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTest>

#include <optional>

// The sandbox's fault switches, checked byte for byte on the wire: every misbehaviour the client's
// fault matrix relies on must be exactly the one promised in sandboxserver.h.

namespace {

using namespace SampleIds;

// The sandbox's own answer to a deletion (QJsonObject orders the keys).
const QByteArray DeletedBody = R"({"message":"Batch deleted","status":"success"})";
constexpr qint64 MiB = 1024 * 1024;

QByteArray idsBody(const QString& classificationId, const QString& batchId)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("classificationId"), classificationId},
                                     {QStringLiteral("batchId"), batchId}})
        .toJson(QJsonDocument::Compact);
}

QByteArray deleteRequest(const SandboxServer& server)
{
    return rawRequest("DELETE", "/api/v1/documentClassification/deleteBatch", server.token().toUtf8(),
                      idsBody(InvoicesClassification, InvoicesFirstBatch));
}

QByteArray creditsRequest(const SandboxServer& server)
{
    return rawRequest("GET", "/api/v1/credits", server.token().toUtf8());
}

// The header block the sandbox writes for an answer framed by Content-Length.
QByteArray headerBlock(const QByteArray& statusLine, qint64 contentLength, const QByteArray& extra = {})
{
    return statusLine +
           "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(contentLength) +
           "\r\nConnection: keep-alive" + extra + "\r\n\r\n";
}

struct Answer
{
    QByteArray head; // without the blank line
    QByteArray body;

    QByteArray header(const QByteArray& name) const
    {
        const QList<QByteArray> lines = head.split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

std::optional<Answer> splitAnswer(const QByteArray& bytes)
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    return Answer{bytes.left(end), bytes.mid(end + 4)};
}

// Decodes chunks from the front of `body`; `complete` says whether the terminating zero chunk came.
std::optional<QByteArray> dechunk(const QByteArray& body, bool* complete)
{
    QByteArray payload;
    qsizetype at = 0;
    *complete = false;
    for (;;) {
        const qsizetype lineEnd = body.indexOf("\r\n", at);
        if (lineEnd < 0)
            return payload; // an incomplete chunk header at the end of what was read
        bool ok = false;
        const qsizetype size = body.mid(at, lineEnd - at).toLongLong(&ok, 16);
        if (!ok || size < 0)
            return std::nullopt;
        if (size == 0) {
            *complete = body.mid(lineEnd + 2, 2) == "\r\n";
            return payload;
        }
        if (body.size() < lineEnd + 2 + size + 2)
            return payload; // cut inside a chunk
        if (body.mid(lineEnd + 2 + size, 2) != "\r\n")
            return std::nullopt;
        payload += body.mid(lineEnd + 2, size);
        at = lineEnd + 2 + size + 2;
    }
}

// Inflates `compressed` with gzip(1), which checks the CRC-32 and length of every member, and compares
// the output with `expected` piece by piece, without ever holding it whole.
struct InflateResult
{
    bool started = false;
    int exitCode = -1;
    qint64 inflatedBytes = 0;
    bool matches = true;
};

InflateResult inflateWithGzip(const QByteArray& compressed, const SandboxBody& expected)
{
    InflateResult result;
    QProcess gzip;
    gzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc")});
    result.started = gzip.waitForStarted();
    if (!result.started)
        return result;
    gzip.write(compressed);
    gzip.closeWriteChannel();
    const auto drain = [&] {
        const QByteArray piece = gzip.readAllStandardOutput();
        if (piece != expected.read(result.inflatedBytes, piece.size()))
            result.matches = false;
        result.inflatedBytes += piece.size();
    };
    while (gzip.state() != QProcess::NotRunning) {
        gzip.waitForReadyRead(10'000);
        drain();
    }
    drain();
    result.exitCode = gzip.exitStatus() == QProcess::NormalExit ? gzip.exitCode() : -1;
    return result;
}

bool haveGzip()
{
    return !QStandardPaths::findExecutable(QStringLiteral("gzip")).isEmpty();
}

} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void bodyReadsAnyRange();

    void resetBeforeAnswerSendsNothing();
    void stoppedAnswers_data();
    void stoppedAnswers();
    void framings_data();
    void framings();
    void emptyBodyWith200();
    void hugeBodyHasItsLength();
    void endlessBody_data();
    void endlessBody();
    void endlessBodyLeavesServerMemoryFlat();
    void drippedAnswer();

    void gzipOfNormalAnswer();
    void gzipBomb_data();
    void gzipBomb();
    void gzipBombThroughQt();
    void endlessGzip();

    void headersGoOutAsGiven_data();
    void headersGoOutAsGiven();
    void redirects_data();
    void redirects();
    void errorStatuses_data();
    void errorStatuses();
    void echoesAuthorizationWhenAsked();
    void noOtherAnswerCarriesTheToken_data();
    void noOtherAnswerCarriesTheToken();

    void tlsServesAClientThatTrustsIt();
    void tlsIsRefusedByDefault();
};

void TestSandboxFaults::bodyReadsAnyRange()
{
    SandboxBody body;
    body.head = "head:";
    body.filler = '.';
    body.fillerCount = 37;
    body.tail = ":tail";
    const QByteArray whole = "head:" + QByteArray(37, '.') + ":tail";
    QCOMPARE(body.size(), whole.size());
    QRandomGenerator random(77);
    for (int i = 0; i < 500; ++i) {
        const qint64 offset = random.bounded(int(whole.size()) + 5);
        const qint64 length = random.bounded(int(whole.size()) + 5);
        QCOMPARE(body.read(offset, length), whole.mid(offset, length));
    }

    const SandboxBody endless = paddedSuccessBody(-1);
    QVERIFY(endless.isEndless());
    QCOMPARE(endless.size(), -1);
    QCOMPARE(endless.read(0, 60),
             QByteArray(R"({"status":"success","message":"Batch deleted","padding":"xxx)"));
    QCOMPARE(endless.read(10 * MiB, 4), QByteArray("xxxx"));

    const SandboxBody padded = paddedSuccessBody(1000);
    const QByteArray text = padded.read(0, 2000);
    QCOMPARE(text.size(), 1000);
    QCOMPARE(QJsonDocument::fromJson(text).object().value(QStringLiteral("status")).toString(),
             QStringLiteral("success"));
    // Never shorter than the answer without padding.
    QCOMPARE(paddedSuccessBody(3).size(), paddedSuccessBody(0).size());
    QVERIFY(QJsonDocument::fromJson(paddedSuccessBody(0).read(0, 100)).isObject());
}

void TestSandboxFaults::resetBeforeAnswerSendsNothing()
{
    SandboxServer server;
    server.loadSampleData();
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::ConnectionReset;
    server.setFault(fault);
    QVERIFY(server.start());
    RawWireClient client;
    QVERIFY(client.connectTo(server.port()));
    QVERIFY(client.send(deleteRequest(server)));
    QVERIFY(client.waitForEnding());
    QCOMPARE(client.ending(), RawWireClient::Ending::Reset);
    QCOMPARE(client.receivedByteCount(), 0);
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(server.hasBatch(InvoicesClassification, InvoicesFirstBatch));
}

void TestSandboxFaults::stoppedAnswers_data()
{
    QTest::addColumn<SandboxFault>("fault");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<RawWireClient::Ending>("ending");
    QTest::addColumn<bool>("actedOn");

    const QByteArray okHead = headerBlock("HTTP/1.1 200 OK", DeletedBody.size());
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.status = 200;
    fault.body = DeletedBody;
    fault.delivery.stopAfterBodyBytes = 0;
    QTest::newRow("reset after the headers") << fault << okHead << RawWireClient::Ending::Reset << false;
    fault.delivery.stopWith = SandboxDelivery::Stop::Close;
    QTest::newRow("close after the headers") << fault << okHead << RawWireClient::Ending::Closed << false;
    fault.delivery.stopAfterBodyBytes = 10;
    QTest::newRow("truncated body, then close")
        << fault << okHead + DeletedBody.left(10) << RawWireClient::Ending::Closed << false;
    fault.delivery.stopWith = SandboxDelivery::Stop::Reset;
    QTest::newRow("truncated body, then reset")
        << fault << okHead + DeletedBody.left(10) << RawWireClient::Ending::Reset << false;

    // With kind None the batch really goes; only the answer is lost.
    SandboxFault acted;
    acted.delivery.stopAfterBodyBytes = 0;
    QTest::newRow("acted on, reset after the headers")
        << acted << okHead << RawWireClient::Ending::Reset << true;

    fault.delivery.framing = SandboxDelivery::Framing::Chunked;
    fault.delivery.stopAfterBodyBytes = 3;
    fault.delivery.stopWith = SandboxDelivery::Stop::Close;
    QTest::newRow("chunked, cut inside the chunk header")
        << fault
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                      "Connection: keep-alive\r\n\r\n2e\r")
        << RawWireClient::Ending::Closed << false;

    SandboxFault fits;
    fits.kind = SandboxFault::Kind::Status;
    fits.status = 200;
    fits.body = DeletedBody;
    fits.delivery.stopAfterBodyBytes = DeletedBody.size();
    fits.count = 1;
    QTest::newRow("a body that fits the limit is whole")
        << fits << okHead + DeletedBody << RawWireClient::Ending::Open << false;
}

void TestSandboxFaults::stoppedAnswers()
{
    QFETCH(SandboxFault, fault);
    QFETCH(QByteArray, expected);
    QFETCH(RawWireClient::Ending, ending);
    QFETCH(bool, actedOn);

    SandboxServer server;
    server.loadSampleData();
    server.setFault(fault);
    QVERIFY(server.start());
    RawWireClient client;
    QVERIFY(client.connectTo(server.port()));
    QVERIFY(client.send(deleteRequest(server)));
    if (ending == RawWireClient::Ending::Open) {
        QVERIFY(client.waitUntil([&] { return client.receivedByteCount() >= expected.size(); }));
        // The connection stays usable: the next answer follows on it.
        QVERIFY(client.send(creditsRequest(server)));
        QVERIFY(client.waitUntil([&] { return client.receivedBytes().contains("\"credits\""); }));
        QVERIFY(client.receivedBytes().startsWith(expected));
    } else {
        QVERIFY(client.waitForEnding());
        QCOMPARE(client.receivedBytes(), expected);
    }
    QCOMPARE(client.ending(), ending);
    QCOMPARE(server.hasBatch(InvoicesClassification, InvoicesFirstBatch), !actedOn);
}

void TestSandboxFaults::framings_data()
{
    QTest::addColumn<SandboxDelivery::Framing>("framing");

    QTest::newRow("content length") << SandboxDelivery::Framing::ContentLength;
    QTest::newRow("chunked") << SandboxDelivery::Framing::Chunked;
    QTest::newRow("until close") << SandboxDelivery::Framing::UntilClose;
}

void TestSandboxFaults::framings()
{
    QFETCH(SandboxDelivery::Framing, framing);

    SandboxServer server;
    server.loadSampleData();
    SandboxFault fault;
    fault.delivery.framing = framing;
    fault.count = 1;
    server.setFault(fault);
    QVERIFY(server.start());
    RawWireClient client;
    QVERIFY(client.connectTo(server.port()));
    QVERIFY(client.send(deleteRequest(server)));

    const bool untilClose = framing == SandboxDelivery::Framing::UntilClose;
    if (untilClose) {
        QVERIFY(client.waitForEnding());
        QCOMPARE(client.ending(), RawWireClient::Ending::Closed);
    } else {
        QVERIFY(client.waitUntil([&] { return client.receivedBytes().contains("\"success\"}"); }));
    }
    const std::optional<Answer> answer = splitAnswer(client.receivedBytes());
    QVERIFY(answer);
    QVERIFY(answer->head.startsWith("HTTP/1.1 200 OK\r\n"));
    switch (framing) {
    case SandboxDelivery::Framing::ContentLength:
        QCOMPARE(answer->header("Content-Length"), QByteArray::number(DeletedBody.size()));
        QCOMPARE(answer->header("Transfer-Encoding"), QByteArray());
        QCOMPARE(answer->body, DeletedBody);
        break;
    case SandboxDelivery::Framing::Chunked: {
        QCOMPARE(answer->header("Content-Length"), QByteArray());
        QCOMPARE(answer->header("Transfer-Encoding"), QByteArray("chunked"));
        QVERIFY(client.waitUntil([&] { return client.receivedBytes().endsWith("\r\n0\r\n\r\n"); }));
        bool complete = false;
        QCOMPARE(dechunk(splitAnswer(client.receivedBytes())->body, &complete), DeletedBody);
        QVERIFY(complete);
        break;
    }
    case SandboxDelivery::Framing::UntilClose:
        QCOMPARE(answer->header("Content-Length"), QByteArray());
        QCOMPARE(answer->header("Transfer-Encoding"), QByteArray());
        QCOMPARE(answer->header("Connection"), QByteArray("close"));
        QCOMPARE(answer->body, DeletedBody);
        break;
    }
    QVERIFY(!server.hasBatch(InvoicesClassification, InvoicesFirstBatch));
    if (!untilClose) {
        QCOMPARE(answer->header("Connection"), QByteArray("keep-alive"));
        QVERIFY(client.send(creditsRequest(server)));
        QVERIFY(client.waitUntil([&] { return client.receivedBytes().contains("\"credits\""); }));
        QCOMPARE(client.ending(), RawWireClient::Ending::Open);
    }
}

void TestSandboxFaults::emptyBodyWith200()
{
    SandboxServer server;
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.status = 200;
    server.setFault(fault);
    QVERIFY(server.start());
    RawWireClient client;
    QVERIFY(client.connectTo(server.port()));
    QVERIFY(client.send(deleteRequest(server)));
    const QByteArray expected = headerBlock("HTTP/1.1 200 OK", 0);
    QVERIFY(client.waitUntil([&] { return client.receivedByteCount() >= expected.size(); }));
    QCOMPARE(client.receivedBytes(), expected);
}

void TestSandboxFaults::hugeBodyHasItsLength()
{
    SandboxServer server;
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::HugeBody;
    fault.bodyBytes = 5 * MiB + 3;
    server.setFault(fault);
    QVERIFY(server.start());
    RawWireClient client;
    QVERIFY(client.connectTo(server.port()));
    QVERIFY(client.send(deleteRequest(server)));
    QVERIFY(client.waitUntil([&] {
        const std::optional<Answer> answer = splitAnswer(client.receivedBytes());
        return answer && answer->body.size() >= fault.bodyBytes;
    }));
    const Answer answer = *splitAnswer(client.receivedBytes());
    QCOMPARE(answer.header("Content-Length"), QByteArray::number(fault.bodyBytes));
    QCOMPARE(answer.body.size(), fault.bodyBytes);
    const QJsonObject json = QJsonDocument::fromJson(answer.body).object();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
    QCOMPARE(json.value(QStringLiteral("padding")).toString().size(), fault.bodyBytes - 59);
    QCOMPARE(client.ending(), RawWireClient::Ending::Open);
}

void TestSandboxFaults::endlessBody_data()
{
    QTest::addColumn<SandboxDelivery::Framing>("framing");

    // A length cannot be given for a body without end: ContentLength falls back to chunks.
    QTest::newRow("content length asked") << SandboxDelivery::Framing::ContentLength;
    QTest::newRow("chunked") << SandboxDelivery::Framing::Chunked;
    QTest::newRow("until close") << SandboxDelivery::Framing::UntilClose;
}

void TestSandboxFaults::endlessBody()
{
    QFETCH(SandboxDelivery::Framing, framing);

    SandboxServer server;
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::EndlessBody;
    fault.delivery.framing = framing;
    server.setFault(fault);
    QVERIFY(server.start());
    RawWireClient client;
    client.setKeptBytesLimit(256 * 1024);
    QVERIFY(client.connectTo(server.port()));
    QVERIFY(client.send(deleteRequest(server)));
    QVERIFY(client.waitUntil([&] { return client.receivedByteCount() > 16 * MiB; }, 20'000));
    QCOMPARE(client.ending(), RawWireClient::Ending::Open);

    const Answer answer = *splitAnswer(client.receivedBytes());
    QVERIFY(answer.head.startsWith("HTTP/1.1 200 OK\r\n"));
    QCOMPARE(answer.header("Content-Length"), QByteArray());
    QByteArray payload = answer.body;
    if (framing == SandboxDelivery::Framing::UntilClose) {
        QCOMPARE(answer.header("Transfer-Encoding"), QByteArray());
        QCOMPARE(answer.header("Connection"), QByteArray("close"));
    } else {
        QCOMPARE(answer.header("Transfer-Encoding"), QByteArray("chunked"));
        bool complete = true;
        const std::optional<QByteArray> decoded = dechunk(answer.body, &complete);
        QVERIFY(decoded);
        QVERIFY(!complete);
        payload = *decoded;
    }
    QVERIFY(payload.size() > 64 * 1024);
    QCOMPARE(payload, paddedSuccessBody(-1).read(0, payload.size()));

    // The client going away ends the stream; the sandbox serves the next client as usual.
    client.close();
    RawHttpClient next;
    QVERIFY(next.connectTo(server.port()));
    server.setFault({});
    next.send(creditsRequest(server));
    QVERIFY(next.waitForResponses(1));
    QCOMPARE(next.responses().first().status, 200);
}

void TestSandboxFaults::endlessBodyLeavesServerMemoryFlat()
{
    if (ProcessMemory::currentRssKiB() < 0)
        QSKIP("This process's memory cannot be read here (no /proc).");
    SandboxServer server;
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::EndlessBody;
    server.setFault(fault);
    QVERIFY(server.start());
    RawWireClient client;
    client.setKeptBytesLimit(4096);
    QVERIFY(client.connectTo(server.port()));
    QVERIFY(client.send(deleteRequest(server)));
    QVERIFY(client.waitUntil([&] { return client.receivedByteCount() > 4 * MiB; }));

    // A slow reader for a few seconds: were the sandbox to make the body faster than it leaves, the
    // difference (hundreds of MiB a second) would pile up in this process.
    const qint64 before = ProcessMemory::currentRssKiB();
    const bool peakKnown = ProcessMemory::resetPeak();
    const qint64 target = client.receivedByteCount() + 32 * MiB;
    QElapsedTimer clock;
    clock.start();
    client.setPace(256 * 1024, 20);
    QVERIFY(client.waitUntil([&] { return client.receivedByteCount() >= target; }, 30'000));
    const qint64 after = peakKnown ? ProcessMemory::peakRssKiB() : ProcessMemory::currentRssKiB();
    qInfo("paced reader took 32 MiB in %lld ms; resident %lld KiB before, %lld KiB %s after", clock.elapsed(),
          before, after, peakKnown ? "at most" : "");
    QVERIFY2(clock.elapsed() >= 1000, "the reader was not slow: the test proves nothing");
    QVERIFY2(after - before < 8 * 1024,
             qPrintable(QStringLiteral("grew from %1 KiB to %2 KiB").arg(before).arg(after)));
    QCOMPARE(client.ending(), RawWireClient::Ending::Open);
}

void TestSandboxFaults::drippedAnswer()
{
    SandboxServer server;
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.status = 200;
    fault.body = "{}";
    fault.delivery.dripIntervalMs = 5;
    server.setFault(fault);
    QVERIFY(server.start());
    RawWireClient client;
    QVERIFY(client.connectTo(server.port()));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(client.send(deleteRequest(server)));
    const QByteArray expected = headerBlock("HTTP/1.1 200 OK", 2) + "{}";
    QVERIFY(client.waitUntil([&] { return client.receivedByteCount() >= expected.size(); }));
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(client.receivedBytes(), expected);
    // One byte per tick: many separate reads, and never faster than the interval allows.
    QVERIFY2(client.readCount() >= expected.size() / 2, qPrintable(QString::number(client.readCount())));
    QVERIFY2(elapsed >= (expected.size() - 1) * 5 * 9 / 10, qPrintable(QString::number(elapsed)));
    QCOMPARE(client.ending(), RawWireClient::Ending::Open);
}

void TestSandboxFaults::gzipOfNormalAnswer()
{
    if (!haveGzip())
        QSKIP("gzip(1) is not installed.");
    SandboxServer server;
    server.loadSampleData();
    server.setCredits(4321);
    SandboxFault fault;
    fault.gzip = true;
    server.setFault(fault);
    QVERIFY(server.start());
    const QByteArray expected = R"({"credits":4321,"status":"ok"})";

    RawWireClient raw;
    QVERIFY(raw.connectTo(server.port()));
    QVERIFY(raw.send(creditsRequest(server)));
    QVERIFY(raw.waitUntil([&] {
        const std::optional<Answer> answer = splitAnswer(raw.receivedBytes());
        return answer && answer->body.size() >= answer->header("Content-Length").toLongLong();
    }));
    const Answer answer = *splitAnswer(raw.receivedBytes());
    QCOMPARE(answer.header("Content-Encoding"), QByteArray("gzip"));
    QVERIFY(answer.body.startsWith("\x1f\x8b\x08"));
    const InflateResult inflated = inflateWithGzip(answer.body, SandboxBody::fixed(expected));
    QVERIFY(inflated.started);
    QCOMPARE(inflated.exitCode, 0);
    QCOMPARE(inflated.inflatedBytes, expected.size());
    QVERIFY(inflated.matches);

    // Qt asks for gzip itself and so inflates it without being told.
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(QUrl(server.baseUrl().toString() + QStringLiteral("/credits")));
    request.setRawHeader("Authorization", "Bearer " + server.token().toUtf8());
    QNetworkReply* reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), expected);
    reply->deleteLater();
}

void TestSandboxFaults::gzipBomb_data()
{
    QTest::addColumn<qint64>("inflatedBytes");

    // The unpadded answer is 59 bytes. The sizes walk the encoder's edges: no padding, padding shorter
    // than one run, runs that stop before or after the first whole byte, and real bombs.
    for (const qint64 size : {59LL, 60LL, 61LL, 59LL + 259, 59LL + 258 * 2 + 1, 59LL + 258 * 3 + 7,
                              59LL + 258 * 40 + 100, MiB + 3, 64 * MiB})
        QTest::addRow("%lld bytes", size) << size;
}

void TestSandboxFaults::gzipBomb()
{
    QFETCH(qint64, inflatedBytes);
    if (!haveGzip())
        QSKIP("gzip(1) is not installed.");

    SandboxServer server;
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::HugeBody;
    fault.bodyBytes = inflatedBytes;
    fault.gzip = true;
    server.setFault(fault);
    QVERIFY(server.start());
    RawWireClient client;
    QVERIFY(client.connectTo(server.port()));
    QVERIFY(client.send(deleteRequest(server)));
    QVERIFY(client.waitUntil([&] {
        const std::optional<Answer> answer = splitAnswer(client.receivedBytes());
        return answer && answer->body.size() >= answer->header("Content-Length").toLongLong();
    }));
    const Answer answer = *splitAnswer(client.receivedBytes());
    QCOMPARE(answer.header("Content-Encoding"), QByteArray("gzip"));
    QCOMPARE(answer.body.size(), answer.header("Content-Length").toLongLong());
    if (inflatedBytes >= MiB)
        QVERIFY2(answer.body.size() < inflatedBytes / 500,
                 qPrintable(QStringLiteral("%1 bytes on the wire").arg(answer.body.size())));

    const InflateResult inflated = inflateWithGzip(answer.body, paddedSuccessBody(inflatedBytes));
    QVERIFY(inflated.started);
    QCOMPARE(inflated.exitCode, 0); // gzip checked the CRC-32 and the length
    QCOMPARE(inflated.inflatedBytes, inflatedBytes);
    QVERIFY(inflated.matches);
}

void TestSandboxFaults::gzipBombThroughQt()
{
    // Qt's own inflater (zlib) must agree with gzip(1) about the hand-made stream.
    SandboxServer server;
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::HugeBody;
    fault.bodyBytes = 3 * MiB + 17;
    fault.gzip = true;
    server.setFault(fault);
    QVERIFY(server.start());
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(QUrl(server.baseUrl().toString() + QStringLiteral("/credits")));
    QNetworkReply* reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(20'000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    const QByteArray body = reply->readAll();
    QCOMPARE(body.size(), fault.bodyBytes);
    QCOMPARE(body, paddedSuccessBody(fault.bodyBytes).read(0, fault.bodyBytes));
    reply->deleteLater();
}

void TestSandboxFaults::endlessGzip()
{
    if (!haveGzip())
        QSKIP("gzip(1) is not installed.");
    SandboxServer server;
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::EndlessBody;
    fault.delivery.framing = SandboxDelivery::Framing::UntilClose;
    fault.gzip = true;
    server.setFault(fault);
    QVERIFY(server.start());
    RawWireClient client;
    client.setKeptBytesLimit(64 * 1024);
    QVERIFY(client.connectTo(server.port()));
    QVERIFY(client.send(deleteRequest(server)));
    QVERIFY(client.waitUntil([&] { return client.receivedByteCount() >= 64 * 1024; }));
    const Answer answer = *splitAnswer(client.receivedBytes());
    QCOMPARE(answer.header("Content-Encoding"), QByteArray("gzip"));

    // What arrived is the start of a stream that does not end: gzip inflates it (about a thousand
    // times larger) and then complains that it was cut short.
    const InflateResult inflated = inflateWithGzip(answer.body, paddedSuccessBody(-1));
    QVERIFY(inflated.started);
    QVERIFY(inflated.exitCode != 0);
    QVERIFY2(inflated.inflatedBytes > 500 * answer.body.size(),
             qPrintable(QStringLiteral("%1 bytes inflated").arg(inflated.inflatedBytes)));
    QVERIFY(inflated.matches);
}

void TestSandboxFaults::headersGoOutAsGiven_data()
{
    QTest::addColumn<QByteArray>("value");

    QTest::newRow("HTTP-date") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT");
    QTest::newRow("zero") << QByteArray("0");
    QTest::newRow("negative") << QByteArray("-5");
    QTest::newRow("huge") << QByteArray("99999999999999999999");
    QTest::newRow("words") << QByteArray("soon, maybe");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("fraction") << QByteArray("1.5");
}

void TestSandboxFaults::headersGoOutAsGiven()
{
    QFETCH(QByteArray, value);

    SandboxServer server;
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::RateLimited;
    fault.headers = {{"Retry-After", value}};
    server.setFault(fault);
    QVERIFY(server.start());
    RawWireClient client;
    QVERIFY(client.connectTo(server.port()));
    QVERIFY(client.send(creditsRequest(server)));
    QVERIFY(client.waitUntil([&] { return client.receivedBytes().contains("\"}"); }));
    const QByteArray body = R"({"message":"Too many requests","status":"error"})";
    QCOMPARE(client.receivedBytes(),
             headerBlock("HTTP/1.1 429 Too Many Requests", body.size(), "\r\nRetry-After: " + value) + body);

    // The numeric switch and raw lines together: two Retry-After headers, the sandbox's own first.
    fault.retryAfterSeconds = 5;
    fault.headers.append({QByteArray("X-Sandbox"), QByteArray("a  b")});
    server.setFault(fault);
    RawWireClient second;
    QVERIFY(second.connectTo(server.port()));
    QVERIFY(second.send(creditsRequest(server)));
    QVERIFY(second.waitUntil([&] { return second.receivedBytes().contains("\"}"); }));
    QVERIFY(second.receivedBytes().contains("\r\nRetry-After: 5\r\nRetry-After: " + value +
                                            "\r\nX-Sandbox: a  b\r\n\r\n"));
}

void TestSandboxFaults::redirects_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QString>("location");

    const QList<std::pair<int, QByteArray>> kinds{{301, "Moved Permanently"},
                                                  {302, "Found"},
                                                  {303, "See Other"},
                                                  {307, "Temporary Redirect"},
                                                  {308, "Permanent Redirect"}};
    for (const auto& [status, reason] : kinds) {
        QTest::addRow("%d same origin", status)
            << status << reason << QStringLiteral("http://127.0.0.1:%PORT%/api/v1/documentClassification/x");
        QTest::addRow("%d other origin", status)
            << status << reason
            << QStringLiteral("http://localhost:9/api/v1/documentClassification/deleteBatch");
        QTest::addRow("%d https", status)
            << status << reason << QStringLiteral("https://127.0.0.1:%PORT%/api/v1");
        QTest::addRow("%d relative", status) << status << reason << QStringLiteral("/api/v1/credits");
    }
}

void TestSandboxFaults::redirects()
{
    QFETCH(int, status);
    QFETCH(QByteArray, reason);
    QFETCH(QString, location);

    SandboxServer server;
    server.loadSampleData();
    QVERIFY(server.start());
    location.replace(QStringLiteral("%PORT%"), QString::number(server.port()));
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::RedirectTo;
    fault.status = status;
    fault.redirectUrl = QUrl(location);
    server.setFault(fault);
    RawWireClient client;
    QVERIFY(client.connectTo(server.port()));
    QVERIFY(client.send(deleteRequest(server)));
    const QByteArray expected = headerBlock("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason, 0,
                                            "\r\nLocation: " + location.toUtf8());
    QVERIFY(client.waitUntil([&] { return client.receivedByteCount() >= expected.size(); }));
    QCOMPARE(client.receivedBytes(), expected);
    QVERIFY(server.hasBatch(InvoicesClassification, InvoicesFirstBatch));
}

void TestSandboxFaults::errorStatuses_data()
{
    QTest::addColumn<SandboxFault::Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("bodyPart");

    const QByteArray json = "application/json";
    const QByteArray html = "text/html; charset=utf-8";
    QTest::newRow("500 json, default")
        << SandboxFault::Kind::ServerError << 0 << 500 << json << QByteArray(R"("status":"error")");
    QTest::newRow("502 json") << SandboxFault::Kind::ServerError << 502 << 502 << json
                              << QByteArray(R"("status":"error")");
    QTest::newRow("503 json") << SandboxFault::Kind::ServerError << 503 << 503 << json
                              << QByteArray(R"("status":"error")");
    QTest::newRow("502 html, default") << SandboxFault::Kind::HtmlErrorPage << 0 << 502 << html
                                       << QByteArray("<title>502 Bad Gateway</title>");
    QTest::newRow("500 html") << SandboxFault::Kind::HtmlErrorPage << 500 << 500 << html
                              << QByteArray("<title>500 Internal Server Error</title>");
    QTest::newRow("503 html") << SandboxFault::Kind::HtmlErrorPage << 503 << 503 << html
                              << QByteArray("<title>503 Service Unavailable</title>");
    QTest::newRow("504 html") << SandboxFault::Kind::HtmlErrorPage << 504 << 504 << html
                              << QByteArray("<title>504 Gateway Timeout</title>");
}

void TestSandboxFaults::errorStatuses()
{
    QFETCH(SandboxFault::Kind, kind);
    QFETCH(int, status);
    QFETCH(int, expectedStatus);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, bodyPart);

    SandboxServer server;
    SandboxFault fault;
    fault.kind = kind;
    fault.status = status;
    server.setFault(fault);
    QVERIFY(server.start());
    RawHttpClient client;
    QVERIFY(client.connectTo(server.port()));
    client.send(creditsRequest(server));
    QVERIFY(client.waitForResponses(1));
    const RawHttpResponse response = client.responses().first();
    QCOMPARE(response.status, expectedStatus);
    QCOMPARE(response.header("Content-Type"), contentType);
    QVERIFY2(response.body.contains(bodyPart), response.body.constData());
}

void TestSandboxFaults::echoesAuthorizationWhenAsked()
{
    SandboxServer server;
    server.loadSampleData();
    server.setToken(QStringLiteral("tok-\"quoted\"-\\-7f3a"));
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::EchoAuthorization;
    server.setFault(fault);
    QVERIFY(server.start());
    RawHttpClient client;
    QVERIFY(client.connectTo(server.port()));
    client.send(deleteRequest(server));
    QVERIFY(client.waitForResponses(1));
    RawHttpResponse response = client.responses().first();
    QCOMPARE(response.status, 401);
    QJsonObject json = QJsonDocument::fromJson(response.body).object();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    QCOMPARE(json.value(QStringLiteral("message")).toString(),
             QStringLiteral("Invalid API key: Bearer tok-\"quoted\"-\\-7f3a"));

    fault.status = 200;
    server.setFault(fault);
    client.send(deleteRequest(server));
    QVERIFY(client.waitForResponses(2));
    response = client.responses().at(1);
    QCOMPARE(response.status, 200);
    json = QJsonDocument::fromJson(response.body).object();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
    QCOMPARE(json.value(QStringLiteral("message")).toString(),
             QStringLiteral("Batch deleted for Bearer tok-\"quoted\"-\\-7f3a"));
    // The echo only answers; the batch stays.
    QVERIFY(server.hasBatch(InvoicesClassification, InvoicesFirstBatch));
}

void TestSandboxFaults::noOtherAnswerCarriesTheToken_data()
{
    QTest::addColumn<SandboxFault>("fault");
    QTest::addColumn<QByteArray>("path");

    const QByteArray deletePath = "/api/v1/documentClassification/deleteBatch";
    SandboxFault fault;
    QTest::newRow("normal answer") << fault << deletePath;
    QTest::newRow("unknown path") << fault << QByteArray("/documentClassification/deleteBatch");
    for (const SandboxFault::Kind kind :
         {SandboxFault::Kind::Delay, SandboxFault::Kind::ServerError, SandboxFault::Kind::RateLimited,
          SandboxFault::Kind::GarbageBody, SandboxFault::Kind::RedirectTo, SandboxFault::Kind::HtmlErrorPage,
          SandboxFault::Kind::Status, SandboxFault::Kind::HugeBody, SandboxFault::Kind::EndlessBody}) {
        fault = {};
        fault.kind = kind;
        fault.delayMs = kind == SandboxFault::Kind::Delay ? 10 : 0;
        fault.status = kind == SandboxFault::Kind::Status ? 401 : 0;
        fault.bodyBytes = 256 * 1024;
        fault.redirectUrl = QUrl(QStringLiteral("http://127.0.0.1:9/"));
        QTest::addRow("kind %d", int(kind)) << fault << deletePath;
        fault.gzip = true;
        fault.delivery.framing = SandboxDelivery::Framing::Chunked;
        QTest::addRow("kind %d, chunked gzip", int(kind)) << fault << deletePath;
    }
}

void TestSandboxFaults::noOtherAnswerCarriesTheToken()
{
    QFETCH(SandboxFault, fault);
    QFETCH(QByteArray, path);

    SandboxServer server;
    server.loadSampleData();
    const QByteArray token = "tok-never-echoed-5b1d";
    server.setToken(QString::fromLatin1(token));
    server.setFault(fault);
    QVERIFY(server.start());
    RawWireClient client;
    client.setKeptBytesLimit(4 * MiB);
    QVERIFY(client.connectTo(server.port()));
    QVERIFY(
        client.send(rawRequest("DELETE", path, token, idsBody(InvoicesClassification, InvoicesFirstBatch))));
    QVERIFY(client.waitUntil([&] {
        const std::optional<Answer> answer = splitAnswer(client.receivedBytes());
        if (client.receivedByteCount() >= MiB || !answer)
            return client.receivedByteCount() >= MiB;
        return answer->header("Transfer-Encoding") == "chunked"
                   ? answer->body.endsWith("\r\n0\r\n\r\n")
                   : answer->body.size() >= answer->header("Content-Length").toLongLong();
    }));
    QVERIFY(!client.receivedBytes().isEmpty());
    QVERIFY(!client.receivedBytes().contains(token));
    QVERIFY(!client.receivedBytes().contains("Bearer"));
}

void TestSandboxFaults::tlsServesAClientThatTrustsIt()
{
    QString problem;
    if (!TestTlsCredentials::available(&problem))
        QSKIP(qPrintable(problem));
    SandboxServer server;
    server.setCredits(55);
    server.setTlsCredentials(TestTlsCredentials::certificate(), TestTlsCredentials::privateKey());
    QVERIFY(server.isServingTls());
    QVERIFY(server.start());
    QCOMPARE(server.baseUrl().scheme(), QStringLiteral("https"));
    QCOMPARE(server.baseUrl().host(), QStringLiteral("127.0.0.1"));

    // Trusting the test certificate is a choice this test makes; no client makes it by default.
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(QUrl(server.baseUrl().toString() + QStringLiteral("/credits")));
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.addCaCertificate(TestTlsCredentials::certificate());
    request.setSslConfiguration(trusting);
    request.setRawHeader("Authorization", "Bearer " + server.token().toUtf8());
    QNetworkReply* reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("credits")).toInt(), 55);
    reply->deleteLater();
    QCOMPARE(server.acceptedConnectionCount(), 1);
    QCOMPARE(server.encryptedConnectionCount(), 1);
    QCOMPARE(server.requests().size(), 1);

    // Switching the credentials off serves plain HTTP again from the next start.
    server.setTlsCredentials(QSslCertificate(), QSslKey());
    QVERIFY(server.start());
    QCOMPARE(server.baseUrl().scheme(), QStringLiteral("http"));
}

void TestSandboxFaults::tlsIsRefusedByDefault()
{
    QString problem;
    if (!TestTlsCredentials::available(&problem))
        QSKIP(qPrintable(problem));
    SandboxServer server;
    server.setTlsCredentials(TestTlsCredentials::certificate(), TestTlsCredentials::privateKey());
    QVERIFY(server.start());

    constexpr int Attempts = 5;
    for (int i = 0; i < Attempts; ++i) {
        QSslSocket socket;
        QSignalSpy sslErrors(&socket, &QSslSocket::sslErrors);
        QSignalSpy disconnected(&socket, &QSslSocket::disconnected);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port());
        QVERIFY(sslErrors.wait());
        const QList<QSslError> errors = sslErrors.first().first().value<QList<QSslError>>();
        QVERIFY(!errors.isEmpty());
        QVERIFY(errors.first().error() == QSslError::SelfSignedCertificate ||
                errors.first().error() == QSslError::CertificateUntrusted);
        QTRY_VERIFY(disconnected.size() == 1 || socket.state() == QAbstractSocket::UnconnectedState);
        QVERIFY(!socket.isEncrypted());
    }
    QTRY_COMPARE(server.acceptedConnectionCount(), Attempts);
    QCOMPARE(server.encryptedConnectionCount(), 0);
    QVERIFY(server.requests().isEmpty());

    // Refused handshakes leave nothing behind: the next trusting client is served as usual.
    QSslSocket trusting;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificate(TestTlsCredentials::certificate());
    trusting.setSslConfiguration(configuration);
    QByteArray received;
    connect(&trusting, &QSslSocket::readyRead, this, [&] { received += trusting.readAll(); });
    QSignalSpy encrypted(&trusting, &QSslSocket::encrypted);
    trusting.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port());
    QVERIFY(encrypted.wait());
    trusting.write(rawRequest("GET", "/api/v1/credits", server.token().toUtf8()));
    QTRY_VERIFY(received.contains("\"credits\""));
    QVERIFY(received.startsWith("HTTP/1.1 200 OK\r\n"));
    QCOMPARE(server.encryptedConnectionCount(), 1);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
