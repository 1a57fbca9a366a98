// What the deletion queue does with an answer (decideAfterAnswer): the whole table, without a socket,
// a timer or a queue. The wire tests (tests/wire/tst_deletionqueue.cpp) show the queue applying it.
#include "core/deletion/deletiondecision.h"

#include <QTest>

using namespace std::chrono_literals;

namespace {

using Kind = ApiOutcome::Kind;
using Step = AnswerDecision::Step;
constexpr auto BackoffInitial = 100ms;
constexpr auto BackoffMaximum = 1000ms;
constexpr auto MaxWait = 5000ms;
constexpr int MaxUnreachable = 3;

struct Expected
{
    Step step = Step::End;
    DeletionResultKind kind = DeletionResultKind::Refused;
    qint64 holdMs = -1;
    bool serverAsked = false;
    RunStopReason stop = RunStopReason::None;
    int unreachableAfter = 0;
};

// An answer of `kind` with `httpStatus` and Retry-After (-1: none), to the `attempts`-th attempt.
AnswerFacts answer(Kind kind, int httpStatus = 0, int retryAfterSeconds = -1, int attempts = 1)
{
    AnswerFacts facts;
    facts.outcome.kind = kind;
    facts.outcome.httpStatus = httpStatus;
    facts.outcome.retryAfterSeconds = retryAfterSeconds;
    facts.outcome.detail = QStringLiteral("detail of %1").arg(outcomeCode(kind));
    facts.outcome.serverMessage = QStringLiteral("what the server said");
    facts.attempts = attempts;
    facts.maxAttempts = 5;
    facts.maxUnreachableInARow = MaxUnreachable;
    facts.backoffInitial = BackoffInitial;
    facts.backoffMaximum = BackoffMaximum;
    facts.maxWait = MaxWait;
    return facts;
}

AnswerFacts withMaxAttempts(AnswerFacts facts, int maxAttempts)
{
    facts.maxAttempts = maxAttempts;
    return facts;
}

AnswerFacts unreachableBefore(AnswerFacts facts, int inARow)
{
    facts.unreachableInARow = inARow;
    return facts;
}

AnswerFacts cancelled(AnswerFacts facts)
{
    facts.runCancelled = true;
    return facts;
}

Expected ends(DeletionResultKind kind, RunStopReason stop = RunStopReason::None)
{
    Expected expected;
    expected.kind = kind;
    expected.stop = stop;
    return expected;
}

Expected held(Expected expected, qint64 holdMs, bool serverAsked)
{
    expected.holdMs = holdMs;
    expected.serverAsked = serverAsked;
    return expected;
}

Expected retried(DeletionResultKind kind, qint64 holdMs, bool serverAsked)
{
    Expected expected = held(ends(kind), holdMs, serverAsked);
    expected.step = Step::Retry;
    return expected;
}

Expected unreachable(Expected expected, int after)
{
    expected.unreachableAfter = after;
    return expected;
}

} // namespace

Q_DECLARE_METATYPE(AnswerFacts)
Q_DECLARE_METATYPE(Expected)

class TestDeletionDecision : public QObject
{
    Q_OBJECT

private slots:
    void decision_data();
    void decision();
    void notFoundAfterAnUnknownOutcome();
    void backoff_data();
    void backoff();
};

void TestDeletionDecision::decision_data()
{
    QTest::addColumn<AnswerFacts>("facts");
    QTest::addColumn<Expected>("expected");
    using R = DeletionResultKind;
    using Stop = RunStopReason;

    QTest::newRow("200 success") << answer(Kind::Succeeded, 200) << ends(R::Deleted);
    QTest::newRow("404") << answer(Kind::NotFound, 404) << ends(R::NotFound);
    QTest::newRow("400") << answer(Kind::Rejected, 400) << ends(R::Refused);
    QTest::newRow("2xx without success") << answer(Kind::Failed, 200) << ends(R::Refused);
    QTest::newRow("redirect elsewhere") << answer(Kind::RedirectRefused, 307) << ends(R::Refused);
    QTest::newRow("500") << answer(Kind::ServerError, 500) << ends(R::Refused);
    QTest::newRow("500 with Retry-After") << answer(Kind::ServerError, 500, 1) << ends(R::Refused);
    QTest::newRow("503 without Retry-After") << answer(Kind::ServerError, 503) << ends(R::Refused);

    // 429: the whole queue holds, the item goes again until its attempts are used up.
    QTest::newRow("429 with Retry-After")
        << answer(Kind::RateLimited, 429, 2) << retried(R::RateLimited, 2000, true);
    QTest::newRow("429 with Retry-After, fourth attempt")
        << answer(Kind::RateLimited, 429, 2, 4) << retried(R::RateLimited, 2000, true);
    QTest::newRow("429 with Retry-After, last attempt")
        << answer(Kind::RateLimited, 429, 2, 5) << held(ends(R::RateLimited), 2000, true);
    QTest::newRow("429 without Retry-After")
        << answer(Kind::RateLimited, 429) << retried(R::RateLimited, 100, true);
    QTest::newRow("429 without Retry-After, third attempt")
        << answer(Kind::RateLimited, 429, -1, 3) << retried(R::RateLimited, 400, true);
    QTest::newRow("429 without Retry-After, backoff capped")
        << withMaxAttempts(answer(Kind::RateLimited, 429, -1, 9), 20) << retried(R::RateLimited, 1000, true);
    QTest::newRow("429 without Retry-After, last attempt")
        << answer(Kind::RateLimited, 429, -1, 5) << held(ends(R::RateLimited), 1000, true);
    QTest::newRow("Retry-After above the maximum wait")
        << answer(Kind::RateLimited, 429, 3600) << retried(R::RateLimited, 5000, true);
    QTest::newRow("Retry-After 0") << answer(Kind::RateLimited, 429, 0) << retried(R::RateLimited, 0, true);
    QTest::newRow("429, tried once only")
        << withMaxAttempts(answer(Kind::RateLimited, 429, 1), 1) << held(ends(R::RateLimited), 1000, true);
    QTest::newRow("503 with Retry-After")
        << answer(Kind::ServerError, 503, 1) << retried(R::Refused, 1000, true);
    QTest::newRow("503 with Retry-After, last attempt")
        << answer(Kind::ServerError, 503, 1, 5) << held(ends(R::Refused), 1000, true);

    // A connection that never reached the server: tried again after a backoff, until it happens
    // MaxUnreachable times in a row; then the run stops, the item waiting for the decision.
    QTest::newRow("refused connection")
        << answer(Kind::NetworkError) << unreachable(retried(R::NetworkError, 100, false), 1);
    QTest::newRow("refused connection, second in a row")
        << unreachableBefore(answer(Kind::NetworkError, 0, -1, 2), 1)
        << unreachable(retried(R::NetworkError, 200, false), 2);
    Expected third = unreachable(retried(R::NetworkError, -1, false), 3);
    third.stop = Stop::ServerUnreachable;
    QTest::newRow("refused connection, third in a row")
        << unreachableBefore(answer(Kind::NetworkError), 2) << third;
    QTest::newRow("refused connection, last attempt")
        << answer(Kind::NetworkError, 0, -1, 5) << unreachable(held(ends(R::NetworkError), 1000, false), 1);
    QTest::newRow("refused connection, tried once only")
        << withMaxAttempts(answer(Kind::NetworkError), 1)
        << unreachable(held(ends(R::NetworkError), 100, false), 1);
    QTest::newRow("an answer ends the unreachable streak")
        << unreachableBefore(answer(Kind::Succeeded, 200), 2) << ends(R::Deleted);

    // Sent, but no usable answer: the server may have acted, so never again by itself.
    QTest::newRow("timeout after sending")
        << unreachableBefore(answer(Kind::OutcomeUnknown), 2) << ends(R::Unknown);
    QTest::newRow("reset after sending") << answer(Kind::OutcomeUnknown, 200) << ends(R::Unknown);

    // Every other batch would meet the same answer: the run stops.
    QTest::newRow("TLS error") << answer(Kind::InsecureRefused)
                               << ends(R::NetworkError, Stop::InsecureConnection);
    QTest::newRow("401") << answer(Kind::TokenRejected, 401) << ends(R::Refused, Stop::TokenRejected);
    QTest::newRow("403") << answer(Kind::TokenRejected, 403) << ends(R::Refused, Stop::TokenRejected);
    QTest::newRow("wrong API URL") << answer(Kind::WrongApiUrl, 404) << ends(R::Refused, Stop::WrongApiUrl);

    // The run was cancelled before the answer came: no hold, no stop, no retry.
    Expected unsent = ends(R::RateLimited);
    unsent.step = Step::EndUnsent;
    QTest::newRow("cancelled, 429") << cancelled(answer(Kind::RateLimited, 429, 2)) << unsent;
    Expected unsentUnreachable = unreachable(ends(R::NetworkError), 3);
    unsentUnreachable.step = Step::EndUnsent;
    QTest::newRow("cancelled, refused connection, third in a row")
        << cancelled(unreachableBefore(answer(Kind::NetworkError), 2)) << unsentUnreachable;
    QTest::newRow("cancelled, 200") << cancelled(answer(Kind::Succeeded, 200)) << ends(R::Deleted);
    QTest::newRow("cancelled, 401") << cancelled(answer(Kind::TokenRejected, 401)) << ends(R::Refused);
    QTest::newRow("cancelled, TLS error")
        << cancelled(answer(Kind::InsecureRefused)) << ends(R::NetworkError);
    QTest::newRow("cancelled, 429, last attempt")
        << cancelled(answer(Kind::RateLimited, 429, 2, 5)) << unsent;
}

void TestDeletionDecision::decision()
{
    QFETCH(AnswerFacts, facts);
    QFETCH(Expected, expected);

    const AnswerDecision decision = decideAfterAnswer(facts);
    QCOMPARE(decision.step, expected.step);
    QCOMPARE(decision.kind, expected.kind);
    QCOMPARE(decision.holdMs, expected.holdMs);
    QCOMPARE(decision.serverAskedHold, expected.serverAsked);
    QCOMPARE(decision.stop, expected.stop);
    QCOMPARE(decision.unreachableInARow, expected.unreachableAfter);
    // The user reads what the answer said, nothing invented.
    QCOMPARE(decision.message, facts.outcome.message());
    QVERIFY(!decision.message.isEmpty());
}

void TestDeletionDecision::notFoundAfterAnUnknownOutcome()
{
    AnswerFacts facts = answer(Kind::NotFound, 404);
    facts.earlierOutcomeUnknown = true;
    const AnswerDecision decision = decideAfterAnswer(facts);
    QCOMPARE(decision.step, Step::End);
    QCOMPARE(decision.kind, DeletionResultKind::NotFound);
    QCOMPARE(decision.message, QStringLiteral("not found — possibly deleted by the earlier attempt"));
    QCOMPARE(decision.stop, RunStopReason::None);
    QCOMPARE(decision.holdMs, -1);

    // Only a 404 reads so: another answer to such an item says what it said.
    facts.outcome.kind = Kind::Succeeded;
    facts.outcome.httpStatus = 200;
    QCOMPARE(decideAfterAnswer(facts).message, facts.outcome.message());
}

void TestDeletionDecision::backoff_data()
{
    QTest::addColumn<int>("attempts");
    QTest::addColumn<int>("initialMs");
    QTest::addColumn<int>("maximumMs");
    QTest::addColumn<int>("expectedMs");
    QTest::newRow("first") << 1 << 40 << 200 << 40;
    QTest::newRow("second") << 2 << 40 << 200 << 80;
    QTest::newRow("third") << 3 << 40 << 200 << 160;
    QTest::newRow("capped") << 4 << 40 << 200 << 200;
    QTest::newRow("many, still capped") << 1000 << 40 << 200 << 200;
    QTest::newRow("no attempt yet") << 0 << 40 << 200 << 40;
    QTest::newRow("zero initial") << 5 << 0 << 200 << 0;
}

void TestDeletionDecision::backoff()
{
    QFETCH(int, attempts);
    QFETCH(int, initialMs);
    QFETCH(int, maximumMs);
    QFETCH(int, expectedMs);
    QCOMPARE(
        backoffAfter(attempts, std::chrono::milliseconds(initialMs), std::chrono::milliseconds(maximumMs))
            .count(),
        expectedMs);
}

QTEST_GUILESS_MAIN(TestDeletionDecision)
#include "tst_deletiondecision.moc"
