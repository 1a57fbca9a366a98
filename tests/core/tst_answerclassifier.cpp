#include "core/api/answerclassifier.h"
#include "core/api/apioutcome.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

using Kind = ApiOutcome::Kind;
Q_DECLARE_METATYPE(ApiOutcome::Kind)
Q_DECLARE_METATYPE(TransportFailure)
Q_DECLARE_METATYPE(AnswerExpectations)

namespace {

// Readable names so that a failing QCOMPARE says which outcome it got.
QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Succeeded:
        return QStringLiteral("Succeeded");
    case Kind::Failed:
        return QStringLiteral("Failed");
    case Kind::Rejected:
        return QStringLiteral("Rejected");
    case Kind::TokenRejected:
        return QStringLiteral("TokenRejected");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::WrongApiUrl:
        return QStringLiteral("WrongApiUrl");
    case Kind::OutcomeUnknown:
        return QStringLiteral("OutcomeUnknown");
    case Kind::RateLimited:
        return QStringLiteral("RateLimited");
    case Kind::ServerError:
        return QStringLiteral("ServerError");
    case Kind::NetworkError:
        return QStringLiteral("NetworkError");
    case Kind::InsecureRefused:
        return QStringLiteral("InsecureRefused");
    case Kind::RedirectRefused:
        return QStringLiteral("RedirectRefused");
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return QStringLiteral("unknown kind %1").arg(int(kind));
}

const QList<Kind> allKinds = {Kind::Succeeded,      Kind::Failed,          Kind::Rejected,
                              Kind::TokenRejected,  Kind::NotFound,        Kind::WrongApiUrl,
                              Kind::RateLimited,    Kind::ServerError,     Kind::NetworkError,
                              Kind::OutcomeUnknown, Kind::InsecureRefused, Kind::RedirectRefused,
                              Kind::Cancelled};

const AnswerExpectations deleteSuccess{{QStringLiteral("success")}};
const AnswerExpectations creditsSuccess{{QStringLiteral("ok")}, true};

// An RFC 7231 IMF-fixdate, the form servers send in Retry-After.
QByteArray httpDate(const QDateTime& when)
{
    return QLocale::c().toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

} // namespace

class TestAnswerClassifier : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void nonSuccessStatusIsNeverSuccess();
    void serverMessageIsTruncated_data();
    void serverMessageIsTruncated();
    void retryAfterHttpDate_data();
    void retryAfterHttpDate();
    void transportError_data();
    void transportError();
    void incompleteBody_data();
    void incompleteBody();
    void outcomeKindForCode();
    void outcomeWord_data();
    void outcomeWord();
    void outcomeWordPassesSuccessWordThrough();
};

void TestAnswerClassifier::classify_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<AnswerExpectations>("expectations");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("serverMessage");
    // Text the detail must contain (empty: only that a non-success detail is not empty).
    QTest::addColumn<QString>("detailContains");
    QTest::addColumn<int>("retryAfterSeconds");

    const QByteArray json = "application/json";
    const QByteArray html = "text/html; charset=utf-8";
    const QByteArray deleted = R"({"status":"success","message":"Batch deleted"})";
    const QString unexpected = QStringLiteral("nexpected response");
    const QString none;

    // 2xx and body status "success" -> Deleted
    QTest::newRow("200 success") << 200 << deleted << json << QByteArray() << deleteSuccess << Kind::Succeeded
                                 << QStringLiteral("Batch deleted") << none << -1;
    QTest::newRow("201 success") << 201 << QByteArray(R"({"status":"success"})") << json << QByteArray()
                                 << deleteSuccess << Kind::Succeeded << none << none << -1;
    QTest::newRow("200 success without content type")
        << 200 << deleted << QByteArray() << QByteArray() << deleteSuccess << Kind::Succeeded
        << QStringLiteral("Batch deleted") << none << -1;
    QTest::newRow("200 credits ok") << 200 << QByteArray(R"({"status":"ok","credits":42})") << json
                                    << QByteArray() << creditsSuccess << Kind::Succeeded << none << none
                                    << -1;

    // 2xx whose readable body does not say "success" -> Failed
    QTest::newRow("200 status error with message")
        << 200 << QByteArray(R"({"status":"error","message":"Batch is still processing"})") << json
        << QByteArray() << deleteSuccess << Kind::Failed << QStringLiteral("Batch is still processing")
        << QStringLiteral("Batch is still processing") << -1;
    QTest::newRow("200 status error without message")
        << 200 << QByteArray(R"({"status":"error"})") << json << QByteArray() << deleteSuccess << Kind::Failed
        << none << unexpected << -1;
    QTest::newRow("200 no status field") << 200 << QByteArray(R"({"result":"done"})") << json << QByteArray()
                                         << deleteSuccess << Kind::Failed << none << unexpected << -1;
    QTest::newRow("200 status not a string")
        << 200 << QByteArray(R"({"status":true})") << json << QByteArray() << deleteSuccess << Kind::Failed
        << none << unexpected << -1;
    // 2xx whose body cannot be read: the server may have acted -> Outcome unknown
    QTest::newRow("200 garbage body")
        << 200 << QByteArray("Batch deleted, probably") << QByteArray("text/plain") << QByteArray()
        << deleteSuccess << Kind::OutcomeUnknown << none << QStringLiteral("may have acted") << -1;
    QTest::newRow("200 truncated json")
        << 200 << QByteArray(R"({"status":"succ)") << json << QByteArray() << deleteSuccess
        << Kind::OutcomeUnknown << none << QStringLiteral("may have acted") << -1;
    QTest::newRow("200 empty body") << 200 << QByteArray() << json << QByteArray() << deleteSuccess
                                    << Kind::OutcomeUnknown << none << QStringLiteral("may have acted") << -1;
    QTest::newRow("200 json array") << 200 << QByteArray(R"([{"status":"success"}])") << json << QByteArray()
                                    << deleteSuccess << Kind::OutcomeUnknown << none
                                    << QStringLiteral("may have acted") << -1;
    QTest::newRow("200 json string") << 200 << QByteArray(R"("success")") << json << QByteArray()
                                     << deleteSuccess << Kind::OutcomeUnknown << none
                                     << QStringLiteral("may have acted") << -1;
    QTest::newRow("200 html page") << 200 << QByteArray("<!DOCTYPE html><html><body>Login</body></html>")
                                   << html << QByteArray() << deleteSuccess << Kind::OutcomeUnknown << none
                                   << QStringLiteral("may have acted") << -1;
    QTest::newRow("204 empty") << 204 << QByteArray() << QByteArray() << QByteArray() << deleteSuccess
                               << Kind::OutcomeUnknown << none << QStringLiteral("may have acted") << -1;
    QTest::newRow("200 ok is not success for delete")
        << 200 << QByteArray(R"({"status":"ok"})") << json << QByteArray() << deleteSuccess << Kind::Failed
        << none << unexpected << -1;
    QTest::newRow("200 success is not ok for credits")
        << 200 << QByteArray(R"({"status":"success"})") << json << QByteArray() << creditsSuccess
        << Kind::Failed << none << unexpected << -1;

    // 400 -> Rejected with the server message (the documented oddity included)
    QTest::newRow("400 documented oddity: body says success")
        << 400 << deleted << json << QByteArray() << deleteSuccess << Kind::Rejected
        << QStringLiteral("Batch deleted") << QStringLiteral("Batch deleted") << -1;
    QTest::newRow("400 with message")
        << 400 << QByteArray(R"({"status":"error","message":"batchId is required"})") << json << QByteArray()
        << deleteSuccess << Kind::Rejected << QStringLiteral("batchId is required")
        << QStringLiteral("batchId is required") << -1;
    QTest::newRow("400 message with surrounding spaces")
        << 400 << QByteArray(R"({"message":"  Invalid batchId  "})") << json << QByteArray() << deleteSuccess
        << Kind::Rejected << QStringLiteral("Invalid batchId") << QStringLiteral("Invalid batchId") << -1;
    QTest::newRow("400 reason in error field")
        << 400 << QByteArray(R"({"error":"Invalid classificationId"})") << json << QByteArray()
        << deleteSuccess << Kind::Rejected << QStringLiteral("Invalid classificationId")
        << QStringLiteral("Invalid classificationId") << -1;
    QTest::newRow("400 without body") << 400 << QByteArray() << QByteArray() << QByteArray() << deleteSuccess
                                      << Kind::Rejected << none << QStringLiteral("400") << -1;
    QTest::newRow("400 plain text body")
        << 400 << QByteArray("Bad Request") << QByteArray("text/plain") << QByteArray() << deleteSuccess
        << Kind::Rejected << none << QStringLiteral("400") << -1;
    QTest::newRow("418 json") << 418 << QByteArray(R"({"status":"error","message":"I'm a teapot"})") << json
                              << QByteArray() << deleteSuccess << Kind::Rejected
                              << QStringLiteral("I'm a teapot") << QStringLiteral("I'm a teapot") << -1;
    QTest::newRow("422 json") << 422 << QByteArray(R"({"status":"error","message":"Unprocessable"})") << json
                              << QByteArray() << deleteSuccess << Kind::Rejected
                              << QStringLiteral("Unprocessable") << QStringLiteral("Unprocessable") << -1;

    // 401 / 403 -> Token rejected, whatever the body says
    QTest::newRow("401") << 401 << QByteArray(R"({"status":"error","message":"Unauthorized"})") << json
                         << QByteArray() << deleteSuccess << Kind::TokenRejected
                         << QStringLiteral("Unauthorized") << none << -1;
    QTest::newRow("401 empty") << 401 << QByteArray() << QByteArray() << QByteArray() << deleteSuccess
                               << Kind::TokenRejected << none << none << -1;
    QTest::newRow("401 body says success")
        << 401 << deleted << json << QByteArray() << deleteSuccess << Kind::TokenRejected
        << QStringLiteral("Batch deleted") << none << -1;
    QTest::newRow("403") << 403 << QByteArray(R"({"status":"error","message":"Forbidden"})") << json
                         << QByteArray() << deleteSuccess << Kind::TokenRejected
                         << QStringLiteral("Forbidden") << none << -1;
    QTest::newRow("403 html page") << 403 << QByteArray("<html><body>Forbidden</body></html>") << html
                                   << QByteArray() << deleteSuccess << Kind::TokenRejected << none << none
                                   << -1;

    // 404 in the API's own shape -> Not found
    QTest::newRow("404") << 404 << QByteArray(R"({"status":"error","message":"Batch not found"})") << json
                         << QByteArray() << deleteSuccess << Kind::NotFound
                         << QStringLiteral("Batch not found") << none << -1;
    QTest::newRow("404 reason in error field")
        << 404 << QByteArray(R"({"error":"Batch not found"})") << json << QByteArray() << deleteSuccess
        << Kind::NotFound << QStringLiteral("Batch not found") << none << -1;
    // 404 from a route the API does not have (a base URL without /api/v1) -> Wrong API URL
    QTest::newRow("404 empty") << 404 << QByteArray() << QByteArray() << QByteArray() << deleteSuccess
                               << Kind::WrongApiUrl << none << QStringLiteral("API URL") << -1;
    QTest::newRow("404 html page") << 404 << QByteArray("<html><body>Cannot DELETE /x</body></html>") << html
                                   << QByteArray() << deleteSuccess << Kind::WrongApiUrl << none
                                   << QStringLiteral("API URL") << -1;
    QTest::newRow("404 plain text") << 404 << QByteArray("Not Found") << QByteArray("text/plain")
                                    << QByteArray() << deleteSuccess << Kind::WrongApiUrl << none
                                    << QStringLiteral("API URL") << -1;
    QTest::newRow("404 json without the API's fields")
        << 404 << QByteArray(R"({"path":"/x"})") << json << QByteArray() << deleteSuccess << Kind::WrongApiUrl
        << none << QStringLiteral("API URL") << -1;
    QTest::newRow("404 from /credits, even in the API's shape")
        << 404 << QByteArray(R"({"status":"error","message":"Not found"})") << json << QByteArray()
        << creditsSuccess << Kind::WrongApiUrl << QStringLiteral("Not found") << QStringLiteral("API URL")
        << -1;
    QTest::newRow("404 body says success") << 404 << deleted << json << QByteArray() << deleteSuccess
                                           << Kind::NotFound << QStringLiteral("Batch deleted") << none << -1;

    // 429 -> Rate limited: retry after N s
    QTest::newRow("429 Retry-After 12") << 429 << QByteArray() << json << QByteArray("12") << deleteSuccess
                                        << Kind::RateLimited << none << QStringLiteral("12") << 12;
    QTest::newRow("429 Retry-After with spaces")
        << 429 << QByteArray() << json << QByteArray(" 7 ") << deleteSuccess << Kind::RateLimited << none
        << QStringLiteral("7") << 7;
    QTest::newRow("429 Retry-After 0") << 429 << QByteArray() << json << QByteArray("0") << deleteSuccess
                                       << Kind::RateLimited << none << none << 0;
    QTest::newRow("429 without Retry-After") << 429 << QByteArray() << json << QByteArray() << deleteSuccess
                                             << Kind::RateLimited << none << none << -1;
    QTest::newRow("429 unusable Retry-After") << 429 << QByteArray() << json << QByteArray("soon")
                                              << deleteSuccess << Kind::RateLimited << none << none << -1;
    QTest::newRow("429 negative Retry-After") << 429 << QByteArray() << json << QByteArray("-5")
                                              << deleteSuccess << Kind::RateLimited << none << none << -1;
    QTest::newRow("429 with body message")
        << 429 << QByteArray(R"({"status":"error","message":"Too many requests"})") << json << QByteArray("3")
        << deleteSuccess << Kind::RateLimited << QStringLiteral("Too many requests") << QStringLiteral("3")
        << 3;

    // 5xx / HTML error page -> Server error N
    for (const int status : {500, 502, 503, 504}) {
        QTest::addRow("%d", status) << status << QByteArray(R"({"status":"error","message":"Internal"})")
                                    << json << QByteArray() << deleteSuccess << Kind::ServerError
                                    << QStringLiteral("Internal") << QString::number(status) << -1;
    }
    QTest::newRow("500 body says success")
        << 500 << deleted << json << QByteArray() << deleteSuccess << Kind::ServerError
        << QStringLiteral("Batch deleted") << QStringLiteral("500") << -1;
    QTest::newRow("502 html from a proxy")
        << 502 << QByteArray("<html><head><title>502 Bad Gateway</title></head></html>") << html
        << QByteArray() << deleteSuccess << Kind::ServerError << none << QStringLiteral("502") << -1;
    QTest::newRow("400 html page") << 400 << QByteArray("<html><body>Bad request</body></html>") << html
                                   << QByteArray() << deleteSuccess << Kind::ServerError << none
                                   << QStringLiteral("400") << -1;
    QTest::newRow("405 html page without content type")
        << 405 << QByteArray("\n  <!DOCTYPE html>\n<html><body>Method Not Allowed</body></html>")
        << QByteArray() << QByteArray() << deleteSuccess << Kind::ServerError << none << QStringLiteral("405")
        << -1;
    QTest::newRow("413 HTML upper-case content type")
        << 413 << QByteArray("<HTML>Request too large</HTML>") << QByteArray("TEXT/HTML") << QByteArray()
        << deleteSuccess << Kind::ServerError << none << QStringLiteral("413") << -1;

    // Not final answers we asked for: never a success.
    QTest::newRow("302 body says success") << 302 << deleted << json << QByteArray() << deleteSuccess
                                           << Kind::Failed << QStringLiteral("Batch deleted") << none << -1;
}

void TestAnswerClassifier::classify()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, retryAfter);
    QFETCH(AnswerExpectations, expectations);
    QFETCH(Kind, kind);
    QFETCH(QString, serverMessage);
    QFETCH(QString, detailContains);
    QFETCH(int, retryAfterSeconds);

    const HttpAnswer answer{status, body, contentType, retryAfter};
    const ApiOutcome outcome = AnswerClassifier::classify(answer, expectations);

    QCOMPARE(kindName(outcome.kind), kindName(kind));
    QCOMPARE(outcome.isSuccess(), kind == Kind::Succeeded);
    QCOMPARE(outcome.httpStatus, status);
    QCOMPARE(outcome.serverMessage, serverMessage);
    QCOMPARE(outcome.retryAfterSeconds, retryAfterSeconds);
    if (kind != Kind::Succeeded)
        QVERIFY2(!outcome.detail.trimmed().isEmpty(), "a failed outcome needs a plain-words detail");
    if (!detailContains.isEmpty())
        QVERIFY2(
            outcome.detail.contains(detailContains, Qt::CaseInsensitive),
            qPrintable(QStringLiteral("detail \"%1\" lacks \"%2\"").arg(outcome.detail, detailContains)));
}

void TestAnswerClassifier::nonSuccessStatusIsNeverSuccess()
{
    // Whatever the body says, only a 2xx answer may count as a success.
    const QByteArray successBody = R"({"status":"success","message":"Batch deleted"})";
    for (int status = 100; status < 600; ++status) {
        const ApiOutcome outcome = AnswerClassifier::classify(
            HttpAnswer{status, successBody, "application/json", {}}, deleteSuccess);
        const bool is2xx = status >= 200 && status < 300;
        QVERIFY2(outcome.isSuccess() == is2xx, qPrintable(QStringLiteral("HTTP %1").arg(status)));
        QCOMPARE(outcome.httpStatus, status);
    }
}

void TestAnswerClassifier::serverMessageIsTruncated_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Kind>("kind");

    QTest::newRow("200 error") << 200 << Kind::Failed;
    QTest::newRow("400") << 400 << Kind::Rejected;
    QTest::newRow("404") << 404 << Kind::NotFound;
    QTest::newRow("500") << 500 << Kind::ServerError;
}

void TestAnswerClassifier::serverMessageIsTruncated()
{
    QFETCH(int, status);
    QFETCH(Kind, kind);

    const QString longMessage = QStringLiteral("Reason: ") + QString(5000, QLatin1Char('x'));
    const QByteArray body = R"({"status":"error","message":")" + longMessage.toUtf8() + R"("})";
    const ApiOutcome outcome =
        AnswerClassifier::classify(HttpAnswer{status, body, "application/json", {}}, deleteSuccess);

    QCOMPARE(kindName(outcome.kind), kindName(kind));
    QVERIFY(!outcome.serverMessage.isEmpty());
    QVERIFY2(outcome.serverMessage.size() <= 500, qPrintable(QString::number(outcome.serverMessage.size())));
    QVERIFY(longMessage.startsWith(outcome.serverMessage));
    QVERIFY2(outcome.detail.size() <= 500 + 200, qPrintable(QString::number(outcome.detail.size())));
}

void TestAnswerClassifier::retryAfterHttpDate_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("minSeconds");
    QTest::addColumn<int>("maxSeconds");

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QTest::newRow("two minutes ahead") << httpDate(now.addSecs(120)) << 100 << 121;
    QTest::newRow("an hour ahead") << httpDate(now.addSecs(3600)) << 3580 << 3601;
    QTest::newRow("in the past") << httpDate(now.addSecs(-600)) << 0 << 0;
    QTest::newRow("far future is capped to a day") << httpDate(now.addYears(70)) << 86400 << 86400;
    QTest::newRow("huge number is capped to a day") << QByteArray("99999999999") << 86400 << 86400;
    QTest::newRow("number beyond 64 bits is capped to a day")
        << QByteArray("99999999999999999999") << 86400 << 86400;
    QTest::newRow("numeric zone") << QLocale::c()
                                         .toString(now.addSecs(300),
                                                   QStringLiteral("ddd, dd MMM yyyy hh:mm:ss '+0000'"))
                                         .toLatin1()
                                  << 280 << 301;
}

void TestAnswerClassifier::retryAfterHttpDate()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, minSeconds);
    QFETCH(int, maxSeconds);

    const int parsed = AnswerClassifier::parseRetryAfter(retryAfter);
    QVERIFY2(parsed >= minSeconds && parsed <= maxSeconds,
             qPrintable(QStringLiteral("%1 gave %2").arg(QString::fromLatin1(retryAfter)).arg(parsed)));

    const ApiOutcome outcome =
        AnswerClassifier::classify(HttpAnswer{429, {}, "application/json", retryAfter}, deleteSuccess);
    QCOMPARE(kindName(outcome.kind), kindName(Kind::RateLimited));
    QVERIFY2(outcome.retryAfterSeconds >= minSeconds && outcome.retryAfterSeconds <= maxSeconds,
             qPrintable(QString::number(outcome.retryAfterSeconds)));
}

void TestAnswerClassifier::transportError_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<TransportFailure>("how");
    QTest::addColumn<Kind>("kind");
    // Common failures get their own plain words instead of Qt's technical error text.
    QTest::addColumn<bool>("plainWords");
    QTest::addColumn<QString>("detailContains");

    using E = QNetworkReply;
    const TransportFailure other = TransportFailure::Other;
    const QString none;
    // What surely never reached the server.
    QTest::newRow("TLS handshake failed") << E::SslHandshakeFailedError << other << Kind::InsecureRefused
                                          << false << QStringLiteral("not secure");
    QTest::newRow("connection refused")
        << E::ConnectionRefusedError << other << Kind::NetworkError << true << QStringLiteral("refused");
    QTest::newRow("host not found") << E::HostNotFoundError << other << Kind::NetworkError << true
                                    << QStringLiteral("could not be found");
    QTest::newRow("proxy refused") << E::ProxyConnectionRefusedError << other << Kind::NetworkError << false
                                   << QStringLiteral("proxy");
    QTest::newRow("redirect to another origin") << E::InsecureRedirectError << other << Kind::RedirectRefused
                                                << true << QStringLiteral("token was not sent");
    // A redirect loop on the same server is not "refused, token not sent": it was sent each time.
    QTest::newRow("too many redirects")
        << E::TooManyRedirectsError << other << Kind::Failed << true << QStringLiteral("redirecting");
    // Anything else may have happened after the request left: the server may have acted.
    QTest::newRow("remote host closed") << E::RemoteHostClosedError << other << Kind::OutcomeUnknown << true
                                        << QStringLiteral("may still have acted");
    QTest::newRow("Qt timeout") << E::TimeoutError << other << Kind::OutcomeUnknown << false
                                << QStringLiteral("may have acted");
    QTest::newRow("our timer timed out") << E::OperationCanceledError << TransportFailure::TimedOut
                                         << Kind::OutcomeUnknown << true << QStringLiteral("in time");
    QTest::newRow("user cancelled") << E::OperationCanceledError << TransportFailure::Cancelled
                                    << Kind::OutcomeUnknown << true
                                    << QStringLiteral("may already have acted");
    QTest::newRow("cancelled wins over the error")
        << E::ConnectionRefusedError << TransportFailure::Cancelled << Kind::OutcomeUnknown << true << none;
    // Qt wanted to send the request again on a new connection: it never does for us.
    QTest::newRow("not sent again") << E::ContentReSendError << other << Kind::OutcomeUnknown << true
                                    << QStringLiteral("not sent again");
    QTest::newRow("proxy closed") << E::ProxyConnectionClosedError << other << Kind::OutcomeUnknown << false
                                  << QStringLiteral("may have acted");
    QTest::newRow("unknown network error") << E::UnknownNetworkError << other << Kind::OutcomeUnknown << false
                                           << QStringLiteral("may have acted");
}

void TestAnswerClassifier::transportError()
{
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(TransportFailure, how);
    QFETCH(Kind, kind);
    QFETCH(bool, plainWords);
    QFETCH(QString, detailContains);

    const QString qtText = QStringLiteral("QtInternalErrorText-7f3a");
    const ApiOutcome outcome = AnswerClassifier::classifyTransportError(error, how, qtText);

    QCOMPARE(kindName(outcome.kind), kindName(kind));
    QVERIFY(!outcome.isSuccess());
    QCOMPARE(outcome.httpStatus, 0);
    QCOMPARE(outcome.retryAfterSeconds, -1);
    QVERIFY(!outcome.detail.trimmed().isEmpty());
    if (plainWords)
        QVERIFY2(!outcome.detail.contains(qtText), qPrintable(outcome.detail));
    if (!detailContains.isEmpty())
        QVERIFY2(outcome.detail.contains(detailContains, Qt::CaseInsensitive), qPrintable(outcome.detail));
}

void TestAnswerClassifier::incompleteBody_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Kind>("kind");

    // A 2xx whose body was cut short or too large may be a deletion that happened.
    QTest::newRow("200") << 200 << Kind::OutcomeUnknown;
    QTest::newRow("204") << 204 << Kind::OutcomeUnknown;
    // Otherwise the status says enough.
    QTest::newRow("401") << 401 << Kind::TokenRejected;
    QTest::newRow("404") << 404 << Kind::WrongApiUrl;
    QTest::newRow("429") << 429 << Kind::RateLimited;
    QTest::newRow("500") << 500 << Kind::ServerError;
}

void TestAnswerClassifier::incompleteBody()
{
    QFETCH(int, status);
    QFETCH(Kind, kind);

    // Even a body that begins like a success does not count when it did not arrive whole.
    HttpAnswer answer{status, R"({"status":"success","message":"Batch deleted"})", "application/json", {}};
    answer.bodyComplete = false;
    const ApiOutcome outcome = AnswerClassifier::classify(answer, deleteSuccess);
    QCOMPARE(kindName(outcome.kind), kindName(kind));
    QCOMPARE(outcome.httpStatus, status);
    QVERIFY(outcome.serverMessage.isEmpty());
    if (kind == Kind::OutcomeUnknown)
        QVERIFY2(outcome.detail.contains(QStringLiteral("may have acted")), qPrintable(outcome.detail));
}

void TestAnswerClassifier::outcomeKindForCode()
{
    for (const Kind kind : allKinds)
        QCOMPARE(kindName(::outcomeKindForCode(outcomeCode(kind)).value()), kindName(kind));
    QCOMPARE(outcomeCode(Kind::OutcomeUnknown), QStringLiteral("unknown"));
    QVERIFY(!::outcomeKindForCode(QStringLiteral("sent")));
    QVERIFY(!::outcomeKindForCode(QString()));
}

void TestAnswerClassifier::outcomeWord_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("word");

    QTest::newRow("Failed") << Kind::Failed << QStringLiteral("Failed");
    QTest::newRow("Rejected") << Kind::Rejected << QStringLiteral("Rejected");
    QTest::newRow("TokenRejected") << Kind::TokenRejected << QStringLiteral("Token rejected");
    QTest::newRow("NotFound") << Kind::NotFound << QStringLiteral("Not found");
    QTest::newRow("RateLimited") << Kind::RateLimited << QStringLiteral("Rate limited");
    QTest::newRow("ServerError") << Kind::ServerError << QStringLiteral("Server error");
    QTest::newRow("NetworkError") << Kind::NetworkError << QStringLiteral("Network error");
    QTest::newRow("OutcomeUnknown") << Kind::OutcomeUnknown << QStringLiteral("Outcome unknown");
    QTest::newRow("WrongApiUrl") << Kind::WrongApiUrl << QStringLiteral("Wrong API URL");
    QTest::newRow("InsecureRefused") << Kind::InsecureRefused << QStringLiteral("Refused");
    QTest::newRow("RedirectRefused") << Kind::RedirectRefused << QStringLiteral("Refused");
    QTest::newRow("Cancelled") << Kind::Cancelled << QStringLiteral("Cancelled");
}

void TestAnswerClassifier::outcomeWord()
{
    QFETCH(Kind, kind);
    QFETCH(QString, word);

    const QString successWord = QStringLiteral("Deleted");
    QCOMPARE(::outcomeWord(kind, successWord), word);
    QVERIFY(::outcomeWord(kind, successWord) != successWord);
    // The success word only names successes.
    QCOMPARE(::outcomeWord(kind, QStringLiteral("Connected")), word);
}

void TestAnswerClassifier::outcomeWordPassesSuccessWordThrough()
{
    QCOMPARE(::outcomeWord(Kind::Succeeded, QStringLiteral("Deleted")), QStringLiteral("Deleted"));
    QCOMPARE(::outcomeWord(Kind::Succeeded, QStringLiteral("Connected")), QStringLiteral("Connected"));
    for (const Kind kind : allKinds)
        QVERIFY2(!::outcomeWord(kind, QStringLiteral("Deleted")).trimmed().isEmpty(),
                 qPrintable(kindName(kind)));
}

QTEST_GUILESS_MAIN(TestAnswerClassifier)
#include "tst_answerclassifier.moc"
