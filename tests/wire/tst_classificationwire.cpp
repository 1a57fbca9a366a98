#include "core/api/apianswers.h"
#include "core/api/apirequestfactory.h"
#include "core/api/extractaclient.h"
#include "outcomecatcher.h"
#include "sampleids.h"
#include "sandbox/sandboxserver.h"
#include "wirefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace {

using namespace SampleIds;

const QString UnknownId = QStringLiteral("-OZZZZZZZZZZZZZZZZZZ");

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

enum class Call
{
    ViewClassification,
    GetResults,
};

ApiCall* send(WireFixture& wire, Call call, const QString& classificationId, const QString& batchId)
{
    return call == Call::ViewClassification ? wire.client.viewClassification(classificationId)
                                            : wire.client.getResults(classificationId, batchId);
}

} // namespace

Q_DECLARE_METATYPE(Call)

class TestClassificationWire : public QObject
{
    Q_OBJECT

private slots:
    void requestOnTheWire_data();
    void requestOnTheWire();
    void viewClassificationAnswer_data();
    void viewClassificationAnswer();
    void getResultsAnswer_data();
    void getResultsAnswer();
    void outcomes_data();
    void outcomes();
    void viewListsBatches_data();
    void viewListsBatches();
};

void TestClassificationWire::requestOnTheWire_data()
{
    QTest::addColumn<Call>("call");
    QTest::addColumn<QString>("classificationId");
    QTest::addColumn<QString>("batchId");
    QTest::addColumn<QByteArray>("expectedPath");
    QTest::addColumn<QByteArray>("expectedBody");

    // QJsonObject orders keys alphabetically, so batchId comes first on the wire. The bytes are
    // compared to pin down compactness and escaping.
    QTest::newRow("viewClassification") << Call::ViewClassification << InvoicesClassification << QString()
                                        << QByteArray("/api/v1/documentClassification/viewClassification")
                                        << QByteArray(R"({"classificationId":"-OPXR1F82I0cRYJPcHNo"})");
    QTest::newRow("viewClassification, escaping")
        << Call::ViewClassification << QStringLiteral("-a\"b\\c/☃") << QString()
        << QByteArray("/api/v1/documentClassification/viewClassification")
        << QByteArray(R"({"classificationId":"-a\"b\\c/☃"})");
    QTest::newRow("getResults") << Call::GetResults << InvoicesClassification << InvoicesFirstBatch
                                << QByteArray("/api/v1/documentClassification/getResults")
                                << QByteArray(R"({"batchId":"-OPXT4kQm2ZbW9sLe7Ha","classificationId":)"
                                              R"("-OPXR1F82I0cRYJPcHNo"})");
    QTest::newRow("getResults, escaping")
        << Call::GetResults << QStringLiteral("-批次") << QStringLiteral("-x\"y")
        << QByteArray("/api/v1/documentClassification/getResults")
        << QByteArray(R"({"batchId":"-x\"y","classificationId":"-批次"})");
}

void TestClassificationWire::requestOnTheWire()
{
    QFETCH(Call, call);
    QFETCH(QString, classificationId);
    QFETCH(QString, batchId);
    QFETCH(QByteArray, expectedPath);
    QFETCH(QByteArray, expectedBody);

    WireFixture wire;
    QVERIFY(wire.start());
    QSignalSpy received(&wire.server, &SandboxServer::requestReceived);

    const Finished finished = waitFor(send(wire, call, classificationId, batchId));
    QVERIFY(finished.outcome);
    QCOMPARE(received.size(), 1);

    const QList<SandboxRequest> requests = wire.server.requests();
    QCOMPARE(requests.size(), 1);
    const SandboxRequest request = requests.first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, expectedPath);
    QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(request.header("Accept"), QByteArray("application/json"));
    QCOMPARE(request.header("Authorization"), "Bearer " + wire.server.token().toUtf8());
    QCOMPARE(request.header("User-Agent"), ApiRequestFactory::userAgent());
    QVERIFY2(request.header("User-Agent").startsWith("ExtractaBatchAdmin/"), request.header("User-Agent"));
    QCOMPARE(request.header("Content-Length").toLongLong(), request.body.size());
    QCOMPARE(request.body, expectedBody);
}

void TestClassificationWire::viewClassificationAnswer_data()
{
    QTest::addColumn<QString>("classificationId");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("documentTypes");

    QTest::newRow("invoices") << InvoicesClassification << QStringLiteral("Invoices and receipts")
                              << QStringList{QStringLiteral("invoice"), QStringLiteral("receipt"),
                                             QStringLiteral("credit note")};
    QTest::newRow("hr") << HrClassification << QStringLiteral("HR onboarding documents")
                        << QStringList{QStringLiteral("employment contract"), QStringLiteral("ID document"),
                                       QStringLiteral("tax form"), QStringLiteral("bank details form")};
}

void TestClassificationWire::viewClassificationAnswer()
{
    QFETCH(QString, classificationId);
    QFETCH(QString, name);
    QFETCH(QStringList, documentTypes);

    WireFixture wire;
    QVERIFY(wire.start());
    const Finished finished = waitFor(wire.client.viewClassification(classificationId));
    QVERIFY(finished.outcome);
    QVERIFY2(finished.outcome->isSuccess(), qPrintable(finished.outcome->detail));
    QCOMPARE(finished.outcome->httpStatus, 200);
    QCOMPARE(finished.answer.value(QLatin1String("classificationId")).toString(), classificationId);

    QStringList batchIds{QStringLiteral("stale")};
    const ClassificationRecord record =
        ApiAnswers::classificationDetails(finished.answer, classificationId, &batchIds);
    QCOMPARE(record.id, classificationId);
    QCOMPARE(record.name, name);
    QVERIFY(!record.description.isEmpty());
    QCOMPARE(record.documentTypes, documentTypes);
    QVERIFY(record.detailsFetchedAt.isValid());
    QVERIFY2(batchIds.isEmpty(), "the documented answer carries no batches");
}

void TestClassificationWire::getResultsAnswer_data()
{
    QTest::addColumn<QString>("classificationId");
    QTest::addColumn<QString>("batchId");
    QTest::addColumn<QStringList>("fileNames");

    QTest::newRow("invoices first batch")
        << InvoicesClassification << InvoicesFirstBatch
        << QStringList{QStringLiteral("invoice-2024-0113.pdf"), QStringLiteral("invoice-2024-0114.pdf"),
                       QStringLiteral("receipt-taxi-2024-01-15.jpg"),
                       QStringLiteral("credit-note-CN-0042.pdf")};
    QTest::newRow("batch with a file still processing")
        << InvoicesClassification << InvoicesSecondBatch
        << QStringList{QStringLiteral("invoice-2024-0201.pdf"), QStringLiteral("receipt-hotel-berlin.png"),
                       QStringLiteral("scan_0007.pdf")};
    QTest::newRow("hr first batch") << HrClassification << HrFirstBatch
                                    << QStringList{QStringLiteral("contract-jane-doe.pdf"),
                                                   QStringLiteral("passport-jane-doe.jpg"),
                                                   QStringLiteral("w4-jane-doe.pdf"),
                                                   QStringLiteral("direct-deposit-form.pdf"),
                                                   QStringLiteral("contract-addendum-remote-work.pdf")};
}

void TestClassificationWire::getResultsAnswer()
{
    QFETCH(QString, classificationId);
    QFETCH(QString, batchId);
    QFETCH(QStringList, fileNames);

    WireFixture wire;
    QVERIFY(wire.start());
    const Finished finished = waitFor(wire.client.getResults(classificationId, batchId));
    QVERIFY(finished.outcome);
    QVERIFY2(finished.outcome->isSuccess(), qPrintable(finished.outcome->detail));

    const QList<FileRecord> files = ApiAnswers::batchFiles(finished.answer);
    const QList<SandboxFile> expected = wire.server.batchFiles(classificationId, batchId);
    QCOMPARE(files.size(), fileNames.size());
    QCOMPARE(expected.size(), fileNames.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        QCOMPARE(files.at(i).fileName, fileNames.at(i));
        QCOMPARE(files.at(i).fileId, expected.at(i).fileId);
        QVERIFY(!files.at(i).fileId.isEmpty());
        QCOMPARE(files.at(i).status, expected.at(i).status);
        QCOMPARE(files.at(i).documentType, expected.at(i).documentType);
        QCOMPARE(files.at(i).confidence, expected.at(i).confidence);
    }
}

void TestClassificationWire::outcomes_data()
{
    QTest::addColumn<Call>("call");
    QTest::addColumn<QString>("classificationId");
    QTest::addColumn<QString>("batchId");
    QTest::addColumn<bool>("wrongToken");
    QTest::addColumn<ApiOutcome::Kind>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("serverMessage");

    using Kind = ApiOutcome::Kind;
    QTest::newRow("view unknown classification")
        << Call::ViewClassification << UnknownId << QString() << false << Kind::NotFound << 404
        << QStringLiteral("Classification not found");
    QTest::newRow("results unknown classification")
        << Call::GetResults << UnknownId << InvoicesFirstBatch << false << Kind::NotFound << 404
        << QStringLiteral("Classification not found");
    QTest::newRow("results unknown batch") << Call::GetResults << InvoicesClassification << UnknownId << false
                                           << Kind::NotFound << 404 << QStringLiteral("Batch not found");
    QTest::newRow("results batch of another classification")
        << Call::GetResults << HrClassification << InvoicesFirstBatch << false << Kind::NotFound << 404
        << QStringLiteral("Batch not found");
    QTest::newRow("view wrong token")
        << Call::ViewClassification << InvoicesClassification << QString() << true << Kind::TokenRejected
        << 401 << QStringLiteral("Invalid API key");
    QTest::newRow("results wrong token")
        << Call::GetResults << InvoicesClassification << InvoicesFirstBatch << true << Kind::TokenRejected
        << 401 << QStringLiteral("Invalid API key");
}

void TestClassificationWire::outcomes()
{
    QFETCH(Call, call);
    QFETCH(QString, classificationId);
    QFETCH(QString, batchId);
    QFETCH(bool, wrongToken);
    QFETCH(ApiOutcome::Kind, kind);
    QFETCH(int, httpStatus);
    QFETCH(QString, serverMessage);

    WireFixture wire;
    QVERIFY(wire.start());
    if (wrongToken)
        wire.client.setToken(wire.server.token() + QLatin1Char('x'));
    const Finished finished = waitFor(send(wire, call, classificationId, batchId));
    QVERIFY(finished.outcome);
    QCOMPARE(finished.outcome->kind, kind);
    QCOMPARE(finished.outcome->httpStatus, httpStatus);
    QCOMPARE(finished.outcome->serverMessage, serverMessage);
    // A failed call hands out no answer object: nothing to mistake for data.
    QVERIFY(finished.answer.isEmpty());
    QCOMPARE(wire.server.requests().size(), 1);
}

void TestClassificationWire::viewListsBatches_data()
{
    QTest::addColumn<bool>("listsBatches");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("off (as documented)") << false << QStringList();
    QStringList all{InvoicesFirstBatch, InvoicesSecondBatch, InvoicesThirdBatch};
    QTest::newRow("on") << true << all;
}

void TestClassificationWire::viewListsBatches()
{
    QFETCH(bool, listsBatches);
    QFETCH(QStringList, expected);

    WireFixture wire;
    wire.server.setViewListsBatches(listsBatches);
    QVERIFY(wire.start());
    const Finished finished = waitFor(wire.client.viewClassification(InvoicesClassification));
    QVERIFY(finished.outcome);
    QVERIFY2(finished.outcome->isSuccess(), qPrintable(finished.outcome->detail));

    QStringList batchIds{QStringLiteral("stale")};
    const ClassificationRecord record =
        ApiAnswers::classificationDetails(finished.answer, InvoicesClassification, &batchIds);
    QCOMPARE(record.name, QStringLiteral("Invoices and receipts"));
    QStringList sortedFound = batchIds;
    sortedFound.sort();
    expected.sort();
    QCOMPARE(sortedFound, expected);
    if (listsBatches)
        QCOMPARE(batchIds, wire.server.batchIds(InvoicesClassification)); // in the answer's order
}

QTEST_GUILESS_MAIN(TestClassificationWire)
#include "tst_classificationwire.moc"
