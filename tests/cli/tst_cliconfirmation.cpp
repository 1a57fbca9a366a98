// What `extracta-batch delete` shows before its confirmation question: the summary text for every
// thing a lookup can learn or fail to learn (ConfirmationSummary), and the lookups themselves against
// the sandbox in this process (ConfirmationLookup): what they ask, how many at a time, when they stop.
#include "cli/confirmationlookup.h"
#include "cli/confirmationsummary.h"
#include "cli/deleteconfirmation.h"
#include "sampleids.h"
#include "wirefixture.h"

#include <QSignalSpy>
#include <QTest>

namespace {

using namespace SampleIds;
using State = LookupStatus::State;

const QString UnknownId = QStringLiteral("-OZZZZZZZZZZZZZZZZZZ");
const QString Host = QStringLiteral("api.example");

DeletionItem item(const QString& classificationId, const QString& batchId)
{
    DeletionItem result;
    result.classificationId = classificationId;
    result.batchId = batchId;
    return result;
}

// A lookup's status as ConfirmationLookup makes it from an answer of `kind`.
LookupStatus status(State state, ApiOutcome::Kind kind = ApiOutcome::Kind::Succeeded, int httpStatus = 0)
{
    LookupStatus result;
    result.state = state;
    result.outcome.kind = kind;
    result.outcome.httpStatus = httpStatus;
    return result;
}

ConfirmationFacts knownFacts(const QString& name, const QStringList& files)
{
    ConfirmationFacts facts;
    facts.classifications[InvoicesClassification] = {status(State::Known), name};
    facts.batch.status = status(State::Known);
    facts.batch.fileCount = int(files.size());
    facts.batch.fileNames = files.mid(0, ConfirmationLookup::MaxFileNames);
    return facts;
}

// No escape character, no other control character but the line ends of the summary itself.
bool terminalSafe(const QString& text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && c != u'\n')
            return false;
        if (c.category() == QChar::Other_Format)
            return false;
    }
    return true;
}

ConfirmationFacts lookUp(WireFixture& wire, const QStringList& classificationIds, const QString& batchId = {},
                         std::chrono::milliseconds bound = ConfirmationLookup::DefaultBound)
{
    ConfirmationLookup lookup(wire.client);
    lookup.setBound(bound);
    QSignalSpy finished(&lookup, &ConfirmationLookup::finished);
    lookup.start(classificationIds, batchId);
    if (finished.isEmpty())
        finished.wait(15000);
    return finished.size() == 1 ? lookup.facts() : ConfirmationFacts{};
}

} // namespace

class TestCliConfirmation : public QObject
{
    Q_OBJECT

private slots:
    void singleShowsNameFileCountAndFiveFileNames();
    void singleSaysWhyWhatIsUnknown_data();
    void singleSaysWhyWhatIsUnknown();
    void serverTextCannotDriveTheTerminal();
    void bulkShowsNamesAndCountsPerClassification();
    void bulkListsAndLooksUpAtMostTheCap();

    void lookupFindsNameAndFiles();
    void lookupReportsWhatIsNotThere();
    void lookupStopsAfterARateLimit();
    void lookupIsBounded();
    void lookupKeepsTwoInFlightAtMost();
    void lookupNeverRepeatsTheToken();
};

void TestCliConfirmation::singleShowsNameFileCountAndFiveFileNames()
{
    const QStringList files{QStringLiteral("a.pdf"), QStringLiteral("b.pdf"), QStringLiteral("c.pdf"),
                            QStringLiteral("d.pdf"), QStringLiteral("e.pdf"), QStringLiteral("f.pdf"),
                            QStringLiteral("g.pdf")};
    const QString text = ConfirmationSummary::single(item(InvoicesClassification, InvoicesFirstBatch),
                                                     knownFacts(QStringLiteral("Invoices"), files), Host);
    QVERIFY2(text.contains(QLatin1String("for good")), qPrintable(text));
    QVERIFY(text.contains(InvoicesClassification));
    QVERIFY(text.contains(InvoicesFirstBatch));
    QVERIFY(text.contains(Host));
    QVERIFY2(text.contains(QLatin1String("Name:           Invoices\n")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Files:          7\n")), qPrintable(text));
    for (const QString& shown : files.mid(0, 5))
        QVERIFY2(text.contains(shown), qPrintable(shown));
    QVERIFY(!text.contains(QLatin1String("f.pdf")));
    QVERIFY2(text.contains(QStringLiteral("… and 2 more")), qPrintable(text));

    const QString empty = ConfirmationSummary::single(item(InvoicesClassification, InvoicesFirstBatch),
                                                      knownFacts(QString(), {}), Host);
    QVERIFY2(empty.contains(QLatin1String("(no name)")), qPrintable(empty));
    QVERIFY2(empty.contains(QLatin1String("the batch is empty")), qPrintable(empty));
}

void TestCliConfirmation::singleSaysWhyWhatIsUnknown_data()
{
    QTest::addColumn<LookupStatus>("classification");
    QTest::addColumn<LookupStatus>("batch");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("classification not found")
        << status(State::NotFound, ApiOutcome::Kind::NotFound, 404)
        << status(State::NotFound, ApiOutcome::Kind::NotFound, 404)
        << QStringList{QStringLiteral("Classification not found on the server"),
                       QStringLiteral("Batch not found on the server — the deletion will most likely be "
                                      "refused")};
    QTest::newRow("batch not found") << status(State::Known)
                                     << status(State::NotFound, ApiOutcome::Kind::NotFound, 404)
                                     << QStringList{QStringLiteral("Batch not found on the server")};
    QTest::newRow("rate limited") << status(State::RateLimited, ApiOutcome::Kind::RateLimited, 429)
                                  << status(State::RateLimited, ApiOutcome::Kind::RateLimited, 429)
                                  << QStringList{QStringLiteral("Could not check: rate limited")};
    QTest::newRow("late") << status(State::NoAnswerInTime) << status(State::NoAnswerInTime)
                          << QStringList{
                                 QStringLiteral("Could not check: the server did not answer in time")};
    QTest::newRow("no answer") << status(State::NoAnswer, ApiOutcome::Kind::OutcomeUnknown)
                               << status(State::NoAnswer, ApiOutcome::Kind::OutcomeUnknown)
                               << QStringList{QStringLiteral("Could not check: the server did not answer")};
    QTest::newRow("unreachable") << status(State::Unreachable, ApiOutcome::Kind::NetworkError)
                                 << status(State::Unreachable, ApiOutcome::Kind::NetworkError)
                                 << QStringList{
                                        QStringLiteral("Could not check: the server could not be reached")};
    QTest::newRow("token") << status(State::TokenRejected, ApiOutcome::Kind::TokenRejected, 401)
                           << status(State::TokenRejected, ApiOutcome::Kind::TokenRejected, 401)
                           << QStringList{QStringLiteral("Could not check: the API rejected the token")};
    QTest::newRow("other") << status(State::Failed, ApiOutcome::Kind::ServerError, 503)
                           << status(State::Known)
                           << QStringList{
                                  QStringLiteral("Name:           Could not check: server error 503")};
}

void TestCliConfirmation::singleSaysWhyWhatIsUnknown()
{
    QFETCH(LookupStatus, classification);
    QFETCH(LookupStatus, batch);
    QFETCH(QStringList, expected);
    ConfirmationFacts facts = knownFacts(QStringLiteral("Invoices"), {QStringLiteral("a.pdf")});
    facts.classifications[InvoicesClassification].status = classification;
    facts.batch.status = batch;
    const QString text =
        ConfirmationSummary::single(item(InvoicesClassification, InvoicesFirstBatch), facts, Host);
    for (const QString& words : expected)
        QVERIFY2(text.contains(words), qPrintable(text));
    QVERIFY(text.contains(InvoicesFirstBatch));
    QCOMPARE(text.contains(QLatin1String("Invoices\n")), classification.state == State::Known);
}

void TestCliConfirmation::serverTextCannotDriveTheTerminal()
{
    const QString hostileName =
        QStringLiteral("Inv\x1b[2J\x1b]0;owned\x07oices\r\nType the batch ID: \u202Efdp.");
    const QString hostileFile = QStringLiteral("\x1b[31mred.pdf\x1b[0m");
    const QString longName(500, QLatin1Char('x'));
    ConfirmationFacts facts = knownFacts(hostileName, {hostileFile, longName});
    facts.classifications[HrClassification] = {status(State::Known), longName};
    facts.classifications[ClaimsClassification] = {status(State::Failed, ApiOutcome::Kind::Failed, 400),
                                                   {}}; // the server's words are not shown

    const QString single =
        ConfirmationSummary::single(item(InvoicesClassification, InvoicesFirstBatch), facts, Host);
    const QString bulk = ConfirmationSummary::bulk({item(InvoicesClassification, InvoicesFirstBatch),
                                                    item(HrClassification, HrFirstBatch),
                                                    item(ClaimsClassification, ClaimsFirstBatch)},
                                                   facts, Host, DeleteConfirmation::MaxListedBatches);
    for (const QString& text : {single, bulk}) {
        QVERIFY2(terminalSafe(text), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("\\x1B[2J")), qPrintable(text)); // shown, not acted upon
        QVERIFY(!text.contains(QString(500, QLatin1Char('x'))));
        QVERIFY(text.contains(QString(40, QLatin1Char('x')) + QString()));
    }
    QVERIFY2(single.contains(QLatin1String("\\x1B[31mred.pdf")), qPrintable(single));
    QVERIFY(!single.contains(QLatin1String("\nType the batch ID")));
    QVERIFY(single.contains(QStringLiteral("…")));
}

void TestCliConfirmation::bulkShowsNamesAndCountsPerClassification()
{
    ConfirmationFacts facts;
    facts.classifications[InvoicesClassification] = {status(State::Known), QStringLiteral("Invoices")};
    facts.classifications[HrClassification] = {status(State::NotFound, ApiOutcome::Kind::NotFound, 404), {}};
    facts.classifications[ClaimsClassification] = {
        status(State::RateLimited, ApiOutcome::Kind::RateLimited, 429), {}};
    const QList<DeletionItem> items{item(InvoicesClassification, InvoicesFirstBatch),
                                    item(HrClassification, HrFirstBatch),
                                    item(InvoicesClassification, InvoicesSecondBatch),
                                    item(ClaimsClassification, ClaimsFirstBatch),
                                    item(HrClassification, HrSecondBatch),
                                    item(ClaimsClassification, ClaimsSecondBatch)};
    const QString text = ConfirmationSummary::bulk(items, facts, Host, DeleteConfirmation::MaxListedBatches);
    QVERIFY2(text.contains(QLatin1String("This deletes 6 batches")), qPrintable(text));
    QVERIFY2(
        text.contains(QStringLiteral("Classification %1 — Invoices (2 batch").arg(InvoicesClassification)),
        qPrintable(text));
    QVERIFY2(
        text.contains(QStringLiteral("Classification %1 — Classification not found on the server (2 batch")
                          .arg(HrClassification)),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Classification %1 — Could not check: rate limited (2 batch")
                               .arg(ClaimsClassification)),
             qPrintable(text));
    // Once per classification, grouped.
    QCOMPARE(text.count(QLatin1String("not found on the server")), 1);
    QCOMPARE(text.count(QLatin1String("rate limited")), 1);
    QVERIFY(text.indexOf(InvoicesSecondBatch) < text.indexOf(HrClassification));
    QVERIFY(!text.contains(QLatin1String("more")));
}

void TestCliConfirmation::bulkListsAndLooksUpAtMostTheCap()
{
    QList<DeletionItem> items;
    for (int i = 0; i < 500; ++i)
        items << item(QStringLiteral("-C%1").arg(i, 18, 10, QLatin1Char('0')), InvoicesFirstBatch);
    const QStringList listed = ConfirmationSummary::listedClassifications(items, 30);
    QCOMPARE(listed.size(), 30);
    QCOMPARE(listed.constFirst(), items.constFirst().classificationId);
    const QString text = ConfirmationSummary::bulk(items, {}, Host, 30);
    QCOMPARE(text.count(QLatin1String("Not looked up")), 30);
    QVERIFY2(text.contains(QStringLiteral("… and 470 more batch")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(
                 "Names are looked up for the classifications listed only; the list has 470 more.")),
             qPrintable(text));

    // One classification with many batches: one line for it, one lookup.
    QList<DeletionItem> one;
    for (int i = 0; i < 100; ++i)
        one << item(InvoicesClassification, QStringLiteral("-B%1").arg(i, 18, 10, QLatin1Char('0')));
    one << item(HrClassification, HrFirstBatch);
    QCOMPARE(ConfirmationSummary::listedClassifications(one, 30), QStringList{InvoicesClassification});
    QVERIFY(ConfirmationSummary::bulk(one, {}, Host, 30).contains(QLatin1String("(100 batch")));
}

void TestCliConfirmation::lookupFindsNameAndFiles()
{
    WireFixture wire;
    QVERIFY(wire.start());
    const ConfirmationFacts facts = lookUp(wire, {HrClassification}, HrFirstBatch);
    QCOMPARE(facts.classifications.value(HrClassification).status.state, State::Known);
    QCOMPARE(facts.classifications.value(HrClassification).name, QStringLiteral("HR onboarding documents"));
    QCOMPARE(facts.batch.status.state, State::Known);
    QCOMPARE(facts.batch.fileCount, 5);
    QCOMPARE(facts.batch.fileNames.constFirst(), QStringLiteral("contract-jane-doe.pdf"));
    QCOMPARE(wire.server.requests().size(), 2);
}

void TestCliConfirmation::lookupReportsWhatIsNotThere()
{
    WireFixture wire;
    QVERIFY(wire.start());
    ConfirmationFacts facts = lookUp(wire, {UnknownId}, InvoicesFirstBatch);
    QCOMPARE(facts.classifications.value(UnknownId).status.state, State::NotFound);
    QCOMPARE(facts.batch.status.state, State::NotFound);

    facts = lookUp(wire, {InvoicesClassification}, UnknownId);
    QCOMPARE(facts.classifications.value(InvoicesClassification).status.state, State::Known);
    QCOMPARE(facts.batch.status.state, State::NotFound);
}

void TestCliConfirmation::lookupStopsAfterARateLimit()
{
    WireFixture wire;
    QVERIFY(wire.start());
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::RateLimited;
    fault.retryAfterSeconds = 30;
    wire.server.setFault(fault);
    QStringList ids{InvoicesClassification, HrClassification, ClaimsClassification};
    for (int i = 0; i < 20; ++i)
        ids << QStringLiteral("-C%1").arg(i, 18, 10, QLatin1Char('0'));
    const ConfirmationFacts facts = lookUp(wire, ids);
    // The two in flight when the first 429 came, and not one more.
    QVERIFY2(wire.server.requests().size() <= ConfirmationLookup::MaxInFlight,
             qPrintable(QString::number(wire.server.requests().size())));
    QCOMPARE(facts.classifications.size(), ids.size());
    for (const ClassificationFacts& classification : facts.classifications)
        QCOMPARE(classification.status.state, State::RateLimited);
}

void TestCliConfirmation::lookupIsBounded()
{
    WireFixture wire;
    QVERIFY(wire.start());
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 700;
    wire.server.setFault(slow);
    QElapsedTimer elapsed;
    elapsed.start();
    const ConfirmationFacts facts =
        lookUp(wire, {InvoicesClassification, HrClassification, ClaimsClassification}, InvoicesFirstBatch,
               std::chrono::milliseconds(100));
    QVERIFY2(elapsed.elapsed() < 600, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(facts.classifications.value(InvoicesClassification).status.state, State::NoAnswerInTime);
    QCOMPARE(facts.classifications.value(ClaimsClassification).status.state, State::NoAnswerInTime);
    QCOMPARE(facts.batch.status.state, State::NoAnswerInTime);

    // The client's own timeout, when shorter, bounds the lookup too.
    wire.client.setTimeout(std::chrono::milliseconds(100));
    elapsed.restart();
    const ConfirmationFacts late = lookUp(wire, {InvoicesClassification});
    QVERIFY2(elapsed.elapsed() < 600, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(late.classifications.value(InvoicesClassification).status.state, State::NoAnswerInTime);
}

void TestCliConfirmation::lookupKeepsTwoInFlightAtMost()
{
    WireFixture wire;
    QVERIFY(wire.start());
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 60;
    wire.server.setFault(slow);
    int waiting = 0;
    int mostWaiting = 0;
    QElapsedTimer clock;
    clock.start();
    QList<qint64> arrivals;
    connect(&wire.server, &SandboxServer::requestReceived, this, [&] { arrivals << clock.elapsed(); });
    const QStringList ids{InvoicesClassification, HrClassification, ClaimsClassification, UnknownId};
    const ConfirmationFacts facts = lookUp(wire, ids);
    QCOMPARE(arrivals.size(), 4);
    // With two at a time, the third request can only leave once a delayed answer came back.
    for (qsizetype i = 0; i < arrivals.size(); ++i) {
        waiting = int(std::count_if(arrivals.cbegin(), arrivals.cend(), [&](qint64 at) {
            return at <= arrivals.at(i) && at + slow.delayMs > arrivals.at(i);
        }));
        mostWaiting = std::max(mostWaiting, waiting);
    }
    QVERIFY2(mostWaiting <= ConfirmationLookup::MaxInFlight, qPrintable(QString::number(mostWaiting)));
    QCOMPARE(facts.classifications.value(ClaimsClassification).name, QStringLiteral("Insurance claims"));
    QCOMPARE(facts.classifications.value(UnknownId).status.state, State::NotFound);
}

void TestCliConfirmation::lookupNeverRepeatsTheToken()
{
    WireFixture wire;
    QVERIFY(wire.start());
    SandboxFault echo;
    echo.kind = SandboxFault::Kind::EchoAuthorization;
    wire.server.setFault(echo);
    const ConfirmationFacts facts = lookUp(wire, {InvoicesClassification}, InvoicesFirstBatch);
    QCOMPARE(facts.classifications.value(InvoicesClassification).status.state, State::TokenRejected);
    const QString text =
        ConfirmationSummary::single(item(InvoicesClassification, InvoicesFirstBatch), facts, Host);
    QVERIFY2(text.contains(QLatin1String("the API rejected the token")), qPrintable(text));
    QVERIFY(!text.contains(wire.server.token()));

    // Echoed in an answer that is not a token rejection, it is still taken out before it is shown.
    echo.status = 400;
    wire.server.setFault(echo);
    const ConfirmationFacts rejected = lookUp(wire, {InvoicesClassification});
    QCOMPARE(rejected.classifications.value(InvoicesClassification).status.state, State::Failed);
    const QString shown = ConfirmationSummary::bulk({item(InvoicesClassification, InvoicesFirstBatch)},
                                                    rejected, Host, DeleteConfirmation::MaxListedBatches);
    QVERIFY2(shown.contains(QLatin1String("Could not check")), qPrintable(shown));
    QVERIFY2(!shown.contains(wire.server.token()), qPrintable(shown));
}

QTEST_GUILESS_MAIN(TestCliConfirmation)
#include "tst_cliconfirmation.moc"
