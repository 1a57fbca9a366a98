#include "core/api/apianswers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QJsonObject json(const char* text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test: %s", qPrintable(error.errorString()));
    return document.object();
}

const QString Cls = QStringLiteral("-OPXR1F82I0cRYJPcHNo");

} // namespace

class TestApiAnswers : public QObject
{
    Q_OBJECT

private slots:
    void documentedClassificationDetails();
    void classificationDetailsMissingFields_data();
    void classificationDetailsMissingFields();
    void documentTypes_data();
    void documentTypes();
    void batches_data();
    void batches();
    void batchIdsPointerMayBeNull();
    void documentedBatchFiles();
    void batchFilesMissingFields();
    void batchFilesOddShapes_data();
    void batchFilesOddShapes();
};

void TestApiAnswers::documentedClassificationDetails()
{
    // The success body documented for viewClassification.
    const QJsonObject answer = json(R"({
        "status": "success",
        "classificationId": "-OPXR1F82I0cRYJPcHNo",
        "classificationDetails": {
            "name": "Invoices and receipts",
            "description": "Supplier invoices and receipts",
            "createdAt": 1705050867000,
            "documentTypes": ["invoice", "receipt", "credit note"]
        }
    })");
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QStringList batchIds{QStringLiteral("stale")};
    const ClassificationRecord record = ApiAnswers::classificationDetails(answer, Cls, &batchIds);
    QCOMPARE(record.id, Cls);
    QCOMPARE(record.name, QStringLiteral("Invoices and receipts"));
    QCOMPARE(record.description, QStringLiteral("Supplier invoices and receipts"));
    QCOMPARE(record.documentTypes, (QStringList{QStringLiteral("invoice"), QStringLiteral("receipt"),
                                                QStringLiteral("credit note")}));
    QVERIFY(record.detailsFetchedAt.isValid());
    QCOMPARE(record.detailsFetchedAt.timeSpec(), Qt::UTC);
    QVERIFY(record.detailsFetchedAt >= before.addSecs(-1));
    QVERIFY(record.detailsFetchedAt <= QDateTime::currentDateTimeUtc().addSecs(1));
    QVERIFY2(batchIds.isEmpty(), "no batches in the answer: the list is cleared");
}

void TestApiAnswers::classificationDetailsMissingFields_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QStringList>("documentTypes");

    QTest::newRow("empty object") << QByteArray("{}") << QString() << QString() << QStringList();
    QTest::newRow("no details") << QByteArray(R"({"status":"success","classificationId":"x"})") << QString()
                                << QString() << QStringList();
    QTest::newRow("details not an object")
        << QByteArray(R"({"classificationDetails":"Invoices"})") << QString() << QString() << QStringList();
    QTest::newRow("details array") << QByteArray(R"({"classificationDetails":[{"name":"x"}]})") << QString()
                                   << QString() << QStringList();
    QTest::newRow("only a name") << QByteArray(R"({"classificationDetails":{"name":"  Spaced  "}})")
                                 << QStringLiteral("Spaced") << QString() << QStringList();
    QTest::newRow("mistyped fields")
        << QByteArray(
               R"({"classificationDetails":{"name":42,"description":["d"],"documentTypes":"invoice"}})")
        << QString() << QString() << QStringList();
    QTest::newRow("null fields")
        << QByteArray(R"({"classificationDetails":{"name":null,"description":null,"documentTypes":null}})")
        << QString() << QString() << QStringList();
    QTest::newRow("name at the top level is not a detail")
        << QByteArray(R"({"name":"Top","classificationDetails":{"description":"D"}})") << QString()
        << QStringLiteral("D") << QStringList();
}

void TestApiAnswers::classificationDetailsMissingFields()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, name);
    QFETCH(QString, description);
    QFETCH(QStringList, documentTypes);

    QStringList batchIds;
    const ClassificationRecord record =
        ApiAnswers::classificationDetails(json(body.constData()), Cls, &batchIds);
    QCOMPARE(record.id, Cls);
    QCOMPARE(record.name, name);
    QCOMPARE(record.description, description);
    QCOMPARE(record.documentTypes, documentTypes);
    QVERIFY(batchIds.isEmpty());
}

void TestApiAnswers::documentTypes_data()
{
    QTest::addColumn<QByteArray>("types");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("strings") << QByteArray(R"(["invoice","receipt"])")
                             << QStringList{QStringLiteral("invoice"), QStringLiteral("receipt")};
    QTest::newRow("objects with a name")
        << QByteArray(R"([{"name":"invoice","description":"a bill"},{"name":"receipt"}])")
        << QStringList{QStringLiteral("invoice"), QStringLiteral("receipt")};
    QTest::newRow("mixed") << QByteArray(R"(["invoice",{"name":"receipt"}])")
                           << QStringList{QStringLiteral("invoice"), QStringLiteral("receipt")};
    QTest::newRow("blank, nameless and odd entries are skipped")
        << QByteArray(R"(["  ","",{"description":"no name"},{"name":""},42,null,true,["x"]," tax form "])")
        << QStringList{QStringLiteral("tax form")};
    QTest::newRow("empty") << QByteArray("[]") << QStringList();
    QTest::newRow("unicode") << QByteArray(R"(["Rechnung","请求"])")
                             << QStringList{QStringLiteral("Rechnung"), QStringLiteral("请求")};
}

void TestApiAnswers::documentTypes()
{
    QFETCH(QByteArray, types);
    QFETCH(QStringList, expected);

    const QByteArray body = R"({"classificationDetails":{"name":"n","documentTypes":)" + types + "}}";
    const ClassificationRecord record =
        ApiAnswers::classificationDetails(json(body.constData()), Cls, nullptr);
    QCOMPARE(record.documentTypes, expected);
}

void TestApiAnswers::batches_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("expected");

    const QStringList ab{QStringLiteral("-batchA"), QStringLiteral("-batchB")};
    QTest::newRow("absent") << QByteArray(R"({"classificationDetails":{"name":"n"}})") << QStringList();
    QTest::newRow("object keyed by id in details")
        << QByteArray(R"({"classificationDetails":{"batches":{"-batchA":{"files":3},"-batchB":{}}}})") << ab;
    QTest::newRow("object keyed by id at top level")
        << QByteArray(R"({"classificationDetails":{},"batches":{"-batchA":1,"-batchB":2}})") << ab;
    QTest::newRow("array of strings in details")
        << QByteArray(R"({"classificationDetails":{"batches":["-batchA"," -batchB "]}})") << ab;
    QTest::newRow("array of strings at top level")
        << QByteArray(R"({"batches":["-batchA","-batchB"]})") << ab;
    QTest::newRow("array of objects with batchId")
        << QByteArray(R"({"batches":[{"batchId":"-batchA","fileCount":4},{"batchId":"-batchB"}]})") << ab;
    QTest::newRow("array of objects with id")
        << QByteArray(R"({"classificationDetails":{"batches":[{"id":"-batchA"},{"id":"-batchB"}]}})") << ab;
    QTest::newRow("array with unusable entries skipped")
        << QByteArray(
               R"({"batches":["-batchA","",{"fileCount":2},{"batchId":""},7,null,{"batchId":"-batchB"}]})")
        << ab;
    QTest::newRow("details win over top level")
        << QByteArray(R"({"classificationDetails":{"batches":["-batchA"]},"batches":["-other"]})")
        << QStringList{QStringLiteral("-batchA")};
    QTest::newRow("empty array") << QByteArray(R"({"batches":[]})") << QStringList();
    QTest::newRow("empty object") << QByteArray(R"({"batches":{}})") << QStringList();
    QTest::newRow("mistyped") << QByteArray(R"({"batches":"-batchA"})") << QStringList();
}

void TestApiAnswers::batches()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, expected);

    QStringList batchIds{QStringLiteral("stale")};
    ApiAnswers::classificationDetails(json(body.constData()), Cls, &batchIds);
    QStringList sorted = batchIds;
    sorted.sort();
    QCOMPARE(sorted, expected);
}

void TestApiAnswers::batchIdsPointerMayBeNull()
{
    const ClassificationRecord record = ApiAnswers::classificationDetails(
        json(R"({"classificationDetails":{"name":"n"},"batches":["-batchA"]})"), Cls, nullptr);
    QCOMPARE(record.name, QStringLiteral("n"));
}

void TestApiAnswers::documentedBatchFiles()
{
    // The success body documented for getResults.
    const QJsonObject answer = json(R"({
        "status": "success",
        "classificationId": "-OPXR1F82I0cRYJPcHNo",
        "batchId": "-OPXT4kQm2ZbW9sLe7Ha",
        "files": [
            {"fileId": "-f1", "fileName": "invoice-1.pdf", "status": "processed",
             "result": {"documentType": "invoice", "confidence": 0.98}, "url": "https://example.invalid/f1"},
            {"fileId": "-f2", "fileName": "receipt.jpg", "status": "processed",
             "result": {"documentType": "receipt", "confidence": 1}, "url": "https://example.invalid/f2"},
            {"fileId": "-f3", "fileName": "scan.pdf", "status": "processing",
             "result": {"documentType": "", "confidence": 0}, "url": ""}
        ]
    })");
    const QList<FileRecord> files = ApiAnswers::batchFiles(answer);
    QCOMPARE(files.size(), 3);
    QCOMPARE(files.at(0).fileId, QStringLiteral("-f1"));
    QCOMPARE(files.at(0).fileName, QStringLiteral("invoice-1.pdf"));
    QCOMPARE(files.at(0).status, QStringLiteral("processed"));
    QCOMPARE(files.at(0).documentType, QStringLiteral("invoice"));
    QCOMPARE(files.at(0).confidence, 0.98);
    QCOMPARE(files.at(1).fileName, QStringLiteral("receipt.jpg"));
    QCOMPARE(files.at(1).documentType, QStringLiteral("receipt"));
    QCOMPARE(files.at(1).confidence, 1.0);
    QCOMPARE(files.at(2).status, QStringLiteral("processing"));
    QCOMPARE(files.at(2).documentType, QString());
    QCOMPARE(files.at(2).confidence, 0.0);
}

void TestApiAnswers::batchFilesMissingFields()
{
    const QJsonObject answer = json(R"({"files": [
        {"fileId": "-f1", "fileName": "no-result.pdf", "status": "processing"},
        {"fileId": "-f2", "fileName": "no-confidence.pdf", "result": {"documentType": "invoice"}},
        {"fileId": "-f3", "result": {"confidence": "0.9"}},
        {"fileName": "null-result.pdf", "result": null},
        {"fileId": 17, "fileName": ["x"], "status": true, "result": "invoice"},
        {}
    ]})");
    const QList<FileRecord> files = ApiAnswers::batchFiles(answer);
    QCOMPARE(files.size(), 6);

    QCOMPARE(files.at(0).fileName, QStringLiteral("no-result.pdf"));
    QCOMPARE(files.at(0).status, QStringLiteral("processing"));
    QCOMPARE(files.at(0).documentType, QString());
    QCOMPARE(files.at(0).confidence, -1.0);

    QCOMPARE(files.at(1).documentType, QStringLiteral("invoice"));
    QCOMPARE(files.at(1).confidence, -1.0);
    QCOMPARE(files.at(1).status, QString());

    QCOMPARE(files.at(2).fileName, QString());
    QCOMPARE(files.at(2).confidence, -1.0); // a string is not a confidence

    QCOMPARE(files.at(3).fileId, QString());
    QCOMPARE(files.at(3).fileName, QStringLiteral("null-result.pdf"));
    QCOMPARE(files.at(3).confidence, -1.0);

    QCOMPARE(files.at(4).fileId, QString());
    QCOMPARE(files.at(4).fileName, QString());
    QCOMPARE(files.at(4).status, QString());
    QCOMPARE(files.at(4).documentType, QString());

    QCOMPARE(files.at(5).fileId, QString());
    QCOMPARE(files.at(5).confidence, -1.0);
}

void TestApiAnswers::batchFilesOddShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("count");

    QTest::newRow("no files") << QByteArray(R"({"status":"success"})") << 0;
    QTest::newRow("empty files") << QByteArray(R"({"files":[]})") << 0;
    QTest::newRow("files not an array") << QByteArray(R"({"files":{"-f1":{"fileName":"a"}}})") << 0;
    QTest::newRow("files null") << QByteArray(R"({"files":null})") << 0;
    QTest::newRow("empty object") << QByteArray("{}") << 0;
}

void TestApiAnswers::batchFilesOddShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(int, count);

    QCOMPARE(ApiAnswers::batchFiles(json(body.constData())).size(), count);
}

QTEST_GUILESS_MAIN(TestApiAnswers)
#include "tst_apianswers.moc"
