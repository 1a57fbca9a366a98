#include "core/api/apirequestfactory.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace {

// Obviously fake; never printed (tokens are compared with QVERIFY, not QCOMPARE).
const QString fakeToken = QStringLiteral("fake-test-token-0000-not-a-secret");

} // namespace

class TestApiRequestFactory : public QObject
{
    Q_OBJECT

private slots:
    void buildSetsHeadersAndPolicy_data();
    void buildSetsHeadersAndPolicy();
    void authorizationCarriesTheGivenToken_data();
    void authorizationCarriesTheGivenToken();
    void userAgentNamesTheVersion();
    void paths();
    void deleteBatchBodyIsCompactJson();
    void deleteBatchBodyEscapes_data();
    void deleteBatchBodyEscapes();
};

void TestApiRequestFactory::buildSetsHeadersAndPolicy_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("url");

    QTest::newRow("delete batch") << QStringLiteral("https://api.example.com/api/v1")
                                  << ApiRequestFactory::deleteBatchPath()
                                  << QStringLiteral(
                                         "https://api.example.com/api/v1/documentClassification/deleteBatch");
    QTest::newRow("credits") << QStringLiteral("https://api.example.com/api/v1/")
                             << ApiRequestFactory::creditsPath()
                             << QStringLiteral("https://api.example.com/api/v1/credits");
    QTest::newRow("loopback sandbox")
        << QStringLiteral("http://127.0.0.1:45678/api/v1") << ApiRequestFactory::creditsPath()
        << QStringLiteral("http://127.0.0.1:45678/api/v1/credits");
}

void TestApiRequestFactory::buildSetsHeadersAndPolicy()
{
    QFETCH(QString, base);
    QFETCH(QString, path);
    QFETCH(QString, url);

    const ApiEndpoint endpoint = ApiEndpoint::parse(base);
    QVERIFY(endpoint.isValid());
    const QNetworkRequest request = ApiRequestFactory::build(endpoint, path, fakeToken);

    QCOMPARE(request.url(), QUrl(url));
    QCOMPARE(request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
             QByteArray("application/json"));
    QCOMPARE(request.rawHeader("Content-Type"), QByteArray("application/json"));
    QCOMPARE(request.rawHeader("Accept"), QByteArray("application/json"));
    QCOMPARE(request.rawHeader("User-Agent"), QByteArray("ExtractaBatchAdmin/" EBA_VERSION));
    QCOMPARE(request.header(QNetworkRequest::UserAgentHeader).toByteArray(), ApiRequestFactory::userAgent());
    QVERIFY(request.hasRawHeader("Authorization"));
    QVERIFY(request.rawHeader("Authorization") == "Bearer " + fakeToken.toUtf8());
    // Qt follows nothing by itself: a redirect to another origin must never receive the token, and
    // ApiCall follows same-origin 307/308 only after reading the redirect answer completely.
    QVERIFY(request.attribute(QNetworkRequest::RedirectPolicyAttribute).isValid());
    QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::ManualRedirectPolicy));
}

void TestApiRequestFactory::authorizationCarriesTheGivenToken_data()
{
    QTest::addColumn<QString>("token");

    QTest::newRow("plain") << fakeToken;
    QTest::newRow("with dots and underscores") << QStringLiteral("fake.token_with-punctuation.0123");
    QTest::newRow("long") << QStringLiteral("fake-") + QString(300, QLatin1Char('t'));
}

void TestApiRequestFactory::authorizationCarriesTheGivenToken()
{
    QFETCH(QString, token);

    const ApiEndpoint endpoint = ApiEndpoint::parse(QStringLiteral("https://api.example.com/api/v1"));
    const QNetworkRequest request =
        ApiRequestFactory::build(endpoint, ApiRequestFactory::creditsPath(), token);
    const QByteArray header = request.rawHeader("Authorization");
    QVERIFY(header.startsWith("Bearer "));
    QVERIFY(header == "Bearer " + token.toUtf8());
    // Only in the Authorization header: nowhere in the URL.
    QVERIFY(!request.url().toString().contains(token));
    QVERIFY(!request.rawHeader("User-Agent").contains(token.toUtf8()));
}

void TestApiRequestFactory::userAgentNamesTheVersion()
{
    const QByteArray agent = ApiRequestFactory::userAgent();
    QCOMPARE(agent, QByteArray("ExtractaBatchAdmin/" EBA_VERSION));
    const QRegularExpression shape(QStringLiteral("^ExtractaBatchAdmin/\\d+\\.\\d+\\.\\d+"));
    QVERIFY2(shape.match(QString::fromLatin1(agent)).hasMatch(), agent.constData());
}

void TestApiRequestFactory::paths()
{
    QCOMPARE(ApiRequestFactory::deleteBatchPath(), QStringLiteral("documentClassification/deleteBatch"));
    QCOMPARE(ApiRequestFactory::creditsPath(), QStringLiteral("credits"));
}

void TestApiRequestFactory::deleteBatchBodyIsCompactJson()
{
    const QByteArray body = ApiRequestFactory::deleteBatchBody(QStringLiteral("-NmClassification01"),
                                                               QStringLiteral("-OPXR1F82I0cRYJPcHNo"));
    // Compact: no whitespace or newline anywhere; exactly the two documented keys.
    QCOMPARE(body,
             QByteArray(R"({"batchId":"-OPXR1F82I0cRYJPcHNo","classificationId":"-NmClassification01"})"));
}

void TestApiRequestFactory::deleteBatchBodyEscapes_data()
{
    QTest::addColumn<QString>("classificationId");
    QTest::addColumn<QString>("batchId");
    // A fragment the raw body must contain (how the value is escaped), or empty.
    QTest::addColumn<QByteArray>("rawFragment");

    QTest::newRow("documented ids") << QStringLiteral("-NmClassification01")
                                    << QStringLiteral("-OPXR1F82I0cRYJPcHNo")
                                    << QByteArray(R"("batchId":"-OPXR1F82I0cRYJPcHNo")");
    QTest::newRow("double quote") << QStringLiteral("cls\"injected") << QStringLiteral("b\"},\"x\":\"y")
                                  << QByteArray(R"("cls\"injected")");
    QTest::newRow("backslash") << QStringLiteral("C:\\path\\id") << QStringLiteral("b\\")
                               << QByteArray(R"("C:\\path\\id")");
    QTest::newRow("unicode letters") << QStringLiteral("Übersicht-批次") << QStringLiteral("идентификатор")
                                     << QByteArray();
    QTest::newRow("outside the BMP") << QStringLiteral("cls-\U0001F600") << QStringLiteral("b")
                                     << QByteArray();
    QTest::newRow("slash and angle brackets")
        << QStringLiteral("a/b</script>") << QStringLiteral("<b>&amp;") << QByteArray();
    QTest::newRow("control characters")
        << QStringLiteral("line\nbreak") << QStringLiteral("tab\there") << QByteArray(R"("line\nbreak")");
    QTest::newRow("empty strings") << QString() << QString() << QByteArray(R"("batchId":"")");
}

void TestApiRequestFactory::deleteBatchBodyEscapes()
{
    QFETCH(QString, classificationId);
    QFETCH(QString, batchId);
    QFETCH(QByteArray, rawFragment);

    const QByteArray body = ApiRequestFactory::deleteBatchBody(classificationId, batchId);
    QVERIFY(!body.contains('\n'));
    QVERIFY(!body.contains('\t'));
    if (!rawFragment.isEmpty())
        QVERIFY2(body.contains(rawFragment), body.constData());

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isObject());
    const QJsonObject object = doc.object();
    QCOMPARE(object.keys(), (QStringList{QStringLiteral("batchId"), QStringLiteral("classificationId")}));
    QVERIFY(object.value(QStringLiteral("classificationId")).isString());
    QVERIFY(object.value(QStringLiteral("batchId")).isString());
    QCOMPARE(object.value(QStringLiteral("classificationId")).toString(), classificationId);
    QCOMPARE(object.value(QStringLiteral("batchId")).toString(), batchId);
    // Valid UTF-8 on the wire.
    QCOMPARE(QString::fromUtf8(body).toUtf8(), body);
}

QTEST_GUILESS_MAIN(TestApiRequestFactory)
#include "tst_apirequestfactory.moc"
