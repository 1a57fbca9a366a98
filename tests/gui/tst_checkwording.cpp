// The words the deletion confirmation uses when checking its target on the server did not work out,
// and for how old a list shown is: every kind of answer, as a table.

#include "core/api/checkwording.h"

#include <QTest>

namespace {

using Kind = ApiOutcome::Kind;
using Subject = CheckWording::Subject;

ApiOutcome outcome(Kind kind, int httpStatus = 0, int retryAfterSeconds = -1)
{
    ApiOutcome result;
    result.kind = kind;
    result.httpStatus = httpStatus;
    result.retryAfterSeconds = retryAfterSeconds;
    result.serverMessage = QStringLiteral("server words");
    result.detail = QStringLiteral("detail words");
    return result;
}

} // namespace

class TestCheckWording : public QObject
{
    Q_OBJECT

private slots:
    void problem_data();
    void problem();
    void everyFailureSaysSomething();
    void age_data();
    void age();
};

void TestCheckWording::problem_data()
{
    QTest::addColumn<int>("subject");
    QTest::addColumn<ApiOutcome>("answer");
    QTest::addColumn<QString>("expected");

    const int batch = int(Subject::Batch);
    const int classification = int(Subject::Classification);
    const QString empty;
    QTest::newRow("batch found") << batch << outcome(Kind::Succeeded, 200) << empty;
    QTest::newRow("classification found") << classification << outcome(Kind::Succeeded, 200) << empty;
    QTest::newRow("batch 404")
        << batch << outcome(Kind::NotFound, 404)
        << QStringLiteral("Batch not found on the server — the deletion will most likely be refused");
    QTest::newRow("classification 404") << classification << outcome(Kind::NotFound, 404)
                                        << QStringLiteral("Classification not found on the server");
    QTest::newRow("batch 429") << batch << outcome(Kind::RateLimited, 429, 30)
                               << QStringLiteral("Could not check: rate limited, retry after 30 s");
    QTest::newRow("classification 429") << classification << outcome(Kind::RateLimited, 429)
                                        << QStringLiteral("Could not check: rate limited");
    QTest::newRow("refused, DNS, no connection")
        << batch << outcome(Kind::NetworkError)
        << QStringLiteral("Could not check: the server could not be reached");
    QTest::newRow("no answer came back") << batch << outcome(Kind::OutcomeUnknown)
                                         << QStringLiteral("Could not check: the server did not answer");
    QTest::newRow("401") << batch << outcome(Kind::TokenRejected, 401)
                         << QStringLiteral("Could not check: the API rejected the token");
    QTest::newRow("403") << classification << outcome(Kind::TokenRejected, 403)
                         << QStringLiteral("Could not check: the API rejected the token");
    QTest::newRow("500") << batch << outcome(Kind::ServerError, 500)
                         << QStringLiteral("Could not check: server error 500");
    QTest::newRow("HTML error page without a status")
        << batch << outcome(Kind::ServerError) << QStringLiteral("Could not check: server error");
    QTest::newRow("400") << batch << outcome(Kind::Rejected, 400)
                         << QStringLiteral("Could not check: the server refused the request (HTTP 400)");
    QTest::newRow("2xx without success")
        << batch << outcome(Kind::Failed, 200) << QStringLiteral("Could not check: unexpected response");
    QTest::newRow("route unknown") << classification << outcome(Kind::WrongApiUrl, 404)
                                   << QStringLiteral("Could not check: the API URL seems to be wrong");
    QTest::newRow("TLS") << batch << outcome(Kind::InsecureRefused)
                         << QStringLiteral("Could not check: the connection is not secure");
    QTest::newRow("redirect") << batch << outcome(Kind::RedirectRefused, 307)
                              << QStringLiteral("Could not check: redirected to another server");
    QTest::newRow("cancelled") << batch << outcome(Kind::Cancelled)
                               << QStringLiteral("Could not check: the check was cancelled");
}

void TestCheckWording::problem()
{
    QFETCH(int, subject);
    QFETCH(ApiOutcome, answer);
    QFETCH(QString, expected);

    QCOMPARE(CheckWording::problem(Subject(subject), answer), expected);
}

void TestCheckWording::everyFailureSaysSomething()
{
    // A kind added later must not fall through to an empty (and so invisible) warning.
    for (int kind = 0; kind <= int(Kind::Cancelled); ++kind) {
        for (const Subject subject : {Subject::Classification, Subject::Batch}) {
            const QString words = CheckWording::problem(subject, outcome(Kind(kind), 0));
            QCOMPARE(words.isEmpty(), Kind(kind) == Kind::Succeeded);
            // Plain words of the app: never the server's (untrusted) text or a leftover placeholder.
            QVERIFY2(!words.contains(QLatin1String("server words")), qPrintable(words));
            QVERIFY2(!words.contains(QLatin1Char('%')), qPrintable(words));
        }
    }
}

void TestCheckWording::age_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");

    QTest::newRow("in the future (clocks differ)") << qint64(-90) << QStringLiteral("just now");
    QTest::newRow("now") << qint64(0) << QStringLiteral("just now");
    QTest::newRow("59 s") << qint64(59) << QStringLiteral("just now");
    QTest::newRow("1 min") << qint64(60) << QStringLiteral("1 minute ago");
    QTest::newRow("3 min") << qint64(3 * 60 + 20) << QStringLiteral("3 minutes ago");
    QTest::newRow("59 min") << qint64(59 * 60 + 59) << QStringLiteral("59 minutes ago");
    QTest::newRow("1 h") << qint64(3600) << QStringLiteral("1 hour ago");
    QTest::newRow("2 h") << qint64(2 * 3600 + 1800) << QStringLiteral("2 hours ago");
    QTest::newRow("47 h") << qint64(47 * 3600) << QStringLiteral("47 hours ago");
    QTest::newRow("2 days") << qint64(48 * 3600) << QStringLiteral("2 days ago");
    QTest::newRow("400 days") << qint64(400) * 86400 << QStringLiteral("400 days ago");
}

void TestCheckWording::age()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);

    QCOMPARE(CheckWording::age(seconds), expected);
}

QTEST_MAIN(TestCheckWording)
#include "tst_checkwording.moc"
