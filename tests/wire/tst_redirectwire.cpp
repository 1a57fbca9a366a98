#include "core/api/apiendpoint.h"
#include "core/api/apirequestfactory.h"
#include "core/api/extractaclient.h"
#include "outcomecatcher.h"
#include "sampleids.h"
#include "sandbox/sandboxserver.h"
#include "wirefixture.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace {

using namespace SampleIds;

const QString DeleteBatchPath = QStringLiteral("/api/v1/documentClassification/deleteBatch");

QUrl withPath(QUrl url, const QString& path)
{
    url.setPath(path);
    return url;
}

enum class Target
{
    OtherPort,
    OtherHostName,
    OtherScheme,
};

} // namespace

// Server A answers 307 and names server B; B is a different origin and must never see the token.
class TestRedirectWire : public QObject
{
    Q_OBJECT

private slots:
    void crossOriginRedirectIsRefused_data();
    void crossOriginRedirectIsRefused();
    void sameOriginRedirectIsFollowed_data();
    void sameOriginRedirectIsFollowed();
    void defaultPolicyWouldLeakTheToken();
    void redirectLoopIsGivenUp();
    void methodChangingRedirectIsNotFollowed();
};

void TestRedirectWire::crossOriginRedirectIsRefused_data()
{
    QTest::addColumn<Target>("target");
    QTest::addColumn<bool>("credits");

    QTest::newRow("delete, other port") << Target::OtherPort << false;
    QTest::newRow("delete, other host name") << Target::OtherHostName << false;
    QTest::newRow("delete, https") << Target::OtherScheme << false;
    QTest::newRow("credits, other port") << Target::OtherPort << true;
}

void TestRedirectWire::crossOriginRedirectIsRefused()
{
    QFETCH(Target, target);
    QFETCH(bool, credits);

    SandboxServer serverA;
    SandboxServer serverB;
    serverA.loadSampleData();
    serverB.loadSampleData();
    QVERIFY(serverA.start());
    QVERIFY(serverB.start());
    // B accepts the same token: were the redirect followed, B would delete, and we would know.
    serverB.setToken(serverA.token());

    QUrl location = withPath(serverB.baseUrl(), DeleteBatchPath);
    SandboxServer* originThatMustStayQuiet = &serverB;
    switch (target) {
    case Target::OtherPort:
        break;
    case Target::OtherHostName:
        // The same listening socket under another name is still another origin.
        location = withPath(serverA.baseUrl(), DeleteBatchPath);
        location.setHost(QStringLiteral("localhost"));
        originThatMustStayQuiet = nullptr;
        break;
    case Target::OtherScheme:
        location.setScheme(QStringLiteral("https"));
        break;
    }
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::RedirectTo;
    fault.redirectUrl = location;
    serverA.setFault(fault);

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    ExtractaClient client(&network);
    client.setEndpoint(ApiEndpoint::parse(serverA.baseUrl().toString()));
    client.setToken(serverA.token());

    ApiCall* call =
        credits ? client.fetchCredits() : client.deleteBatch(InvoicesClassification, InvoicesFirstBatch);
    OutcomeCatcher catcher(call);
    QVERIFY(catcher.wait());
    const ApiOutcome outcome = *catcher.outcome();
    QVERIFY2(outcome.kind == ApiOutcome::Kind::RedirectRefused,
             qPrintable(QStringLiteral("kind %1, HTTP %2: %3")
                            .arg(int(outcome.kind))
                            .arg(outcome.httpStatus)
                            .arg(outcome.detail)));
    QVERIFY(!outcome.detail.isEmpty());
    QCOMPARE(outcome.httpStatus, 307);

    QCOMPARE(serverA.requests().size(), 1);
    if (originThatMustStayQuiet) {
        // The strong form: not a single connection, let alone a request or the token.
        QCOMPARE(originThatMustStayQuiet->acceptedConnectionCount(), 0);
        QVERIFY(originThatMustStayQuiet->requests().isEmpty());
    }
    QVERIFY(serverB.hasBatch(InvoicesClassification, InvoicesFirstBatch));
    QVERIFY(serverA.hasBatch(InvoicesClassification, InvoicesFirstBatch));
}

void TestRedirectWire::sameOriginRedirectIsFollowed_data()
{
    QTest::addColumn<bool>("relative");

    QTest::newRow("absolute location") << false;
    QTest::newRow("relative location") << true;
}

void TestRedirectWire::sameOriginRedirectIsFollowed()
{
    QFETCH(bool, relative);

    WireFixture wire;
    QVERIFY(wire.start());
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::RedirectTo;
    fault.redirectUrl = relative ? QUrl(DeleteBatchPath) : withPath(wire.server.baseUrl(), DeleteBatchPath);
    fault.count = 1;
    wire.server.setFault(fault);

    OutcomeCatcher catcher(wire.client.deleteBatch(InvoicesClassification, InvoicesFirstBatch));
    QVERIFY(catcher.wait());
    QCOMPARE(catcher.outcome()->kind, ApiOutcome::Kind::Succeeded);

    // A 307 keeps method and body (RFC 9110 §15.4.8), so the replay must be the same DELETE.
    const QList<SandboxRequest> requests = wire.server.requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(1).method, QByteArray("DELETE"));
    QCOMPARE(requests.at(1).path, DeleteBatchPath.toUtf8());
    QCOMPARE(requests.at(1).body, requests.at(0).body);
    QCOMPARE(requests.at(1).header("Authorization"), requests.at(0).header("Authorization"));
    QVERIFY(!wire.server.hasBatch(InvoicesClassification, InvoicesFirstBatch));
}

// Shows why requests never use Qt's default redirect policy: with it (NoLessSafeRedirectPolicy), Qt
// (NoLessSafeRedirectPolicy) replays the DELETE to the other origin, body and token included.
// If this ever fails, Qt changed its default; the refusal test above stays the one that matters.
void TestRedirectWire::defaultPolicyWouldLeakTheToken()
{
    SandboxServer serverA;
    SandboxServer serverB;
    QVERIFY(serverA.start());
    QVERIFY(serverB.start());
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::RedirectTo;
    fault.redirectUrl = withPath(serverB.baseUrl(), DeleteBatchPath);
    serverA.setFault(fault);

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request =
        ApiRequestFactory::build(ApiEndpoint::parse(serverA.baseUrl().toString()),
                                 ApiRequestFactory::deleteBatchPath(), QStringLiteral("secret-token"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QVariant());
    QNetworkReply* reply = network.sendCustomRequest(
        request, "DELETE", ApiRequestFactory::deleteBatchBody(InvoicesClassification, InvoicesFirstBatch));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait());
    reply->deleteLater();

    QCOMPARE(serverB.requests().size(), 1);
    QCOMPARE(serverB.requests().first().method, QByteArray("DELETE"));
    QCOMPARE(serverB.requests().first().header("Authorization"), QByteArray("Bearer secret-token"));
}

void TestRedirectWire::redirectLoopIsGivenUp()
{
    WireFixture wire;
    QVERIFY(wire.start());
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::RedirectTo;
    fault.redirectUrl = withPath(wire.server.baseUrl(), DeleteBatchPath);
    wire.server.setFault(fault);

    OutcomeCatcher catcher(wire.client.deleteBatch(InvoicesClassification, InvoicesFirstBatch));
    QVERIFY(catcher.wait());
    QCOMPARE(catcher.outcome()->kind, ApiOutcome::Kind::Failed);
    QVERIFY(catcher.outcome()->detail.contains(QLatin1String("redirecting")));
    // The first request and exactly MaxRedirects replays, never more.
    QCOMPARE(wire.server.requests().size(), 1 + ApiCall::MaxRedirects);
    QVERIFY(wire.server.hasBatch(InvoicesClassification, InvoicesFirstBatch));
}

void TestRedirectWire::methodChangingRedirectIsNotFollowed()
{
    // A 302/303 would make a DELETE into a GET elsewhere; it is reported, not followed.
    WireFixture wire;
    QVERIFY(wire.start());
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.status = 303;
    fault.body = "{}";
    wire.server.setFault(fault);

    OutcomeCatcher catcher(wire.client.deleteBatch(InvoicesClassification, InvoicesFirstBatch));
    QVERIFY(catcher.wait());
    QCOMPARE(catcher.outcome()->kind, ApiOutcome::Kind::Failed);
    QCOMPARE(catcher.outcome()->httpStatus, 303);
    QCOMPARE(wire.server.requests().size(), 1);
}

QTEST_GUILESS_MAIN(TestRedirectWire)
#include "tst_redirectwire.moc"
