#include "core/storage/cataloguestore.h"
#include "core/storage/database.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <tuple>

namespace {

const auto Production = QStringLiteral("api.extracta.ai");
const auto Sandbox = QStringLiteral("127.0.0.1:8765");

// A database of its own in a fresh temporary folder.
struct TestDatabase
{
    QTemporaryDir dir;
    Database database{nextName()};

    TestDatabase()
    {
        const Database::OpenResult result = database.open(dir.filePath(QStringLiteral("catalogue.sqlite3")));
        if (!result.ok || database.isInMemory())
            qFatal("cannot open the test database: %ls", qUtf16Printable(result.message));
    }

    int rowCount(const QString& table) const
    {
        QSqlQuery query(database.handle());
        return query.exec(QStringLiteral("SELECT count(*) FROM ") + table) && query.next()
                   ? query.value(0).toInt()
                   : -1;
    }

    static QString nextName()
    {
        static int counter = 0;
        return QStringLiteral("tst_cataloguestore-%1").arg(++counter);
    }
};

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

FileRecord file(const QString& id, const QString& name, double confidence)
{
    FileRecord record;
    record.fileId = id;
    record.fileName = name;
    record.status = QStringLiteral("processed");
    record.documentType = QStringLiteral("invoice");
    record.confidence = confidence;
    return record;
}

void compareFiles(const QList<FileRecord>& actual, const QList<FileRecord>& expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual.at(i).fileId, expected.at(i).fileId);
        QCOMPARE(actual.at(i).fileName, expected.at(i).fileName);
        QCOMPARE(actual.at(i).status, expected.at(i).status);
        QCOMPARE(actual.at(i).documentType, expected.at(i).documentType);
        QCOMPARE(actual.at(i).confidence, expected.at(i).confidence);
    }
}

QStringList batchKeys(const QList<BatchRecord>& batches)
{
    QStringList keys;
    for (const BatchRecord& batch : batches)
        keys << batch.classificationId + QLatin1Char('/') + batch.batchId;
    return keys;
}

} // namespace

Q_DECLARE_METATYPE(QList<IdPair>)

class TestCatalogueStore : public QObject
{
    Q_OBJECT

private slots:
    void addEntriesCountsOnlyNewEntries_data();
    void addEntriesCountsOnlyNewEntries();
    void addSingleEntries();
    void hostsNeverMix();
    void classificationDetailsRoundTrip();
    void batchFilesRoundTrip();
    void newFileListReplacesTheOldOne();
    void filesOfUnknownBatchAddIt();
    void successfulFetchMakesBatchPresent();
    void markBatchDeletedRecordsWhoAndWhen();
    void markBatchNotFound();
    void markUnknownBatchAddsIt();
    void deletionMarksOfAGroup();
    void batchesOfAList();
    void removeBatchForgetsOnlyThatBatch();
    void removeClassificationForgetsItsBatchesAndFiles();
    void listsAreSorted();
    void unknownEntriesAreNotFound();
    void closedDatabaseRefusesWrites();
    void invalidIdsAreNeverStored_data();
    void invalidIdsAreNeverStored();
    void invalidFileIdsAreNotKept();
    void invalidIdsStoredEarlierAreNeverReadBack();
    void fiftyThousandBatches();
};

void TestCatalogueStore::addEntriesCountsOnlyNewEntries_data()
{
    QTest::addColumn<QList<IdPair>>("entries");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("classifications");
    QTest::addColumn<int>("batches");

    const QString c1 = QStringLiteral("-OPXR1F82I0cRYJPcHNo");
    const QString c2 = QStringLiteral("-OPXR1F82I0cRYJPcHNz");
    const QString b1 = QStringLiteral("-OPXR1F82I0cRYJPcHNp");
    const QString b2 = QStringLiteral("-OPXR1F82I0cRYJPcHNq");
    QTest::newRow("nothing") << QList<IdPair>{} << 0 << 0 << 0;
    QTest::newRow("lone classification") << QList<IdPair>{{c1, {}}} << 1 << 1 << 0;
    QTest::newRow("one batch adds its classification") << QList<IdPair>{{c1, b1}} << 2 << 1 << 1;
    QTest::newRow("two batches of one classification") << QList<IdPair>{{c1, b1}, {c1, b2}} << 3 << 1 << 2;
    QTest::newRow("same batch ID in two classifications") << QList<IdPair>{{c1, b1}, {c2, b1}} << 4 << 2 << 2;
    QTest::newRow("duplicates in the list") << QList<IdPair>{{c1, b1}, {c1, b1}, {c1, {}}} << 2 << 1 << 1;
    QTest::newRow("empty classification is skipped") << QList<IdPair>{{{}, b1}, {c1, {}}} << 1 << 1 << 0;
    QTest::newRow("IDs differing in case are different")
        << QList<IdPair>{{QStringLiteral("abc"), {}}, {QStringLiteral("ABC"), {}}} << 2 << 2 << 0;
}

void TestCatalogueStore::addEntriesCountsOnlyNewEntries()
{
    QFETCH(QList<IdPair>, entries);
    QFETCH(int, added);
    QFETCH(int, classifications);
    QFETCH(int, batches);

    TestDatabase db;
    CatalogueStore store(db.database, Production);
    QCOMPARE(store.addEntries(entries), added);
    QCOMPARE(store.classifications().size(), classifications);
    QCOMPARE(store.batches().size(), batches);

    // Adding the same again changes nothing.
    QCOMPARE(store.addEntries(entries), 0);
    QCOMPARE(store.classifications().size(), classifications);
    QCOMPARE(store.batches().size(), batches);
}

void TestCatalogueStore::addSingleEntries()
{
    TestDatabase db;
    CatalogueStore store(db.database, Production);
    QVERIFY(store.addClassification(QStringLiteral("c1")));
    QVERIFY(store.addClassification(QStringLiteral("c1")));
    QVERIFY(store.addBatch(QStringLiteral("c2"), QStringLiteral("b1")));
    QVERIFY(!store.addBatch(QStringLiteral("c2"), QString()));
    QVERIFY(!store.addClassification(QString()));
    QCOMPARE(store.classifications().size(), 2);
    QCOMPARE(store.batches().size(), 1);

    const std::optional<BatchRecord> batch = store.batch(QStringLiteral("c2"), QStringLiteral("b1"));
    QVERIFY(batch);
    QCOMPARE(batch->state, BatchState::Unchecked);
    QCOMPARE(batch->fileCount, -1);
    QVERIFY(!batch->stateChangedAt.isValid());
    QVERIFY(!batch->lastChecked.isValid());
    QVERIFY(!batch->filesFetchedAt.isValid());
    QVERIFY(batch->changedBy.isEmpty());
}

void TestCatalogueStore::hostsNeverMix()
{
    TestDatabase db;
    CatalogueStore production(db.database, Production);
    CatalogueStore sandbox(db.database, Sandbox);
    QCOMPARE(production.host(), Production);
    const QList<IdPair> entries = {{QStringLiteral("c1"), QStringLiteral("b1")}, {QStringLiteral("c2"), {}}};
    QCOMPARE(production.addEntries(entries), 3);
    QCOMPARE(sandbox.addEntries(entries), 3);
    QCOMPARE(sandbox.addEntries({{QStringLiteral("sandbox-only"), {}}}), 1);

    QVERIFY(production.markBatch(QStringLiteral("c1"), QStringLiteral("b1"), BatchState::Deleted,
                                 QDateTime::currentDateTimeUtc(), QStringLiteral("alice")));
    QVERIFY(production.storeBatchFiles(QStringLiteral("c1"), QStringLiteral("b1"),
                                       {file(QStringLiteral("f1"), QStringLiteral("a.pdf"), 0.9)},
                                       QDateTime::currentDateTimeUtc()));
    ClassificationRecord details;
    details.id = QStringLiteral("c2");
    details.name = QStringLiteral("Production name");
    QVERIFY(production.updateClassificationDetails(details));

    QCOMPARE(sandbox.batch(QStringLiteral("c1"), QStringLiteral("b1")).value().state, BatchState::Unchecked);
    QVERIFY(sandbox.files(QStringLiteral("c1"), QStringLiteral("b1")).isEmpty());
    QVERIFY(sandbox.classification(QStringLiteral("c2")).value().name.isEmpty());
    QCOMPARE(sandbox.classifications().size(), 3);
    QCOMPARE(production.classifications().size(), 2);
    QVERIFY(!production.classification(QStringLiteral("sandbox-only")));

    QVERIFY(sandbox.removeClassification(QStringLiteral("c1")));
    QVERIFY(!sandbox.batch(QStringLiteral("c1"), QStringLiteral("b1")));
    QVERIFY(production.batch(QStringLiteral("c1"), QStringLiteral("b1")));
    QCOMPARE(production.files(QStringLiteral("c1"), QStringLiteral("b1")).size(), 1);
}

void TestCatalogueStore::classificationDetailsRoundTrip()
{
    TestDatabase db;
    CatalogueStore store(db.database, Production);
    QVERIFY(store.addClassification(QStringLiteral("c1")));
    QVERIFY(!store.classification(QStringLiteral("c1")).value().detailsFetchedAt.isValid());

    ClassificationRecord details;
    details.id = QStringLiteral("c1");
    details.name = QStringLiteral("Rechnungen, Übersicht \"2024\"");
    details.description = QStringLiteral("line one\nline two, with a comma");
    details.documentTypes = {QStringLiteral("invoice"), QStringLiteral("receipt, paper"),
                             QStringLiteral("quote \" mark")};
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(store.updateClassificationDetails(details));
    const QDateTime after = QDateTime::currentDateTimeUtc();

    const std::optional<ClassificationRecord> stored = store.classification(QStringLiteral("c1"));
    QVERIFY(stored);
    QCOMPARE(stored->id, details.id);
    QCOMPARE(stored->name, details.name);
    QCOMPARE(stored->description, details.description);
    QCOMPARE(stored->documentTypes, details.documentTypes);
    QVERIFY(stored->detailsFetchedAt >= before.addMSecs(-1) && stored->detailsFetchedAt <= after);
    QCOMPARE(stored->detailsFetchedAt.timeSpec(), Qt::UTC);

    // A newer answer replaces the old details; an unknown classification is added with them.
    details.name = QStringLiteral("Renamed");
    details.documentTypes.clear();
    QVERIFY(store.updateClassificationDetails(details));
    QCOMPARE(store.classification(QStringLiteral("c1")).value().name, QStringLiteral("Renamed"));
    QVERIFY(store.classification(QStringLiteral("c1")).value().documentTypes.isEmpty());
    details.id = QStringLiteral("new");
    QVERIFY(store.updateClassificationDetails(details));
    QCOMPARE(store.classifications().size(), 2);
}

void TestCatalogueStore::batchFilesRoundTrip()
{
    TestDatabase db;
    CatalogueStore store(db.database, Production);
    const QString c = QStringLiteral("c1");
    const QString b = QStringLiteral("b1");
    QVERIFY(store.addBatch(c, b));

    FileRecord noConfidence = file(QStringLiteral("f3"), QStringLiteral("scan, \"final\".pdf"), -1);
    noConfidence.documentType.clear();
    noConfidence.status = QStringLiteral("failed");
    FileRecord noId = file(QString(), QStringLiteral("Überweisung.png"), 0);
    const QList<FileRecord> files = {file(QStringLiteral("f1"), QStringLiteral("invoice-1.pdf"), 0.97),
                                     noConfidence, noId,
                                     file(QStringLiteral("f1"), QStringLiteral("same id again.pdf"), 1.0)};
    const QDateTime fetchedAt = utc("2024-03-04T05:06:07.089Z");
    QVERIFY(store.storeBatchFiles(c, b, files, fetchedAt));

    compareFiles(store.files(c, b), files);
    const std::optional<BatchRecord> batch = store.batch(c, b);
    QVERIFY(batch);
    QCOMPARE(batch->fileCount, 4);
    QCOMPARE(batch->state, BatchState::Present);
    QCOMPARE(batch->lastChecked, fetchedAt);
    QCOMPARE(batch->filesFetchedAt, fetchedAt);
    QCOMPARE(batch->stateChangedAt, fetchedAt);
    QCOMPARE(batch->filesFetchedAt.timeSpec(), Qt::UTC);
}

void TestCatalogueStore::newFileListReplacesTheOldOne()
{
    TestDatabase db;
    CatalogueStore store(db.database, Production);
    const QString c = QStringLiteral("c1");
    const QString b = QStringLiteral("b1");
    const QDateTime first = utc("2024-03-04T05:06:07.000Z");
    const QDateTime second = utc("2024-03-05T00:00:00.500Z");
    QVERIFY(store.storeBatchFiles(c, b,
                                  {file(QStringLiteral("f1"), QStringLiteral("a"), 0.1),
                                   file(QStringLiteral("f2"), QStringLiteral("b"), 0.2)},
                                  first));
    const QList<FileRecord> replacement = {file(QStringLiteral("f9"), QStringLiteral("z"), 0.9)};
    QVERIFY(store.storeBatchFiles(c, b, replacement, second));
    compareFiles(store.files(c, b), replacement);
    QCOMPARE(store.batch(c, b).value().fileCount, 1);
    QCOMPARE(store.batch(c, b).value().filesFetchedAt, second);
    QCOMPARE(store.batch(c, b).value().lastChecked, second);
    // Still present: the state did not change, so neither did its time.
    QCOMPARE(store.batch(c, b).value().stateChangedAt, first);

    QVERIFY(store.storeBatchFiles(c, b, {}, second));
    QVERIFY(store.files(c, b).isEmpty());
    QCOMPARE(store.batch(c, b).value().fileCount, 0);
    QCOMPARE(db.rowCount(QStringLiteral("batch_files")), 0);
}

void TestCatalogueStore::filesOfUnknownBatchAddIt()
{
    TestDatabase db;
    CatalogueStore store(db.database, Production);
    QVERIFY(store.storeBatchFiles(QStringLiteral("c1"), QStringLiteral("b1"),
                                  {file(QStringLiteral("f1"), QStringLiteral("a"), 0.5)},
                                  QDateTime::currentDateTimeUtc()));
    QVERIFY(store.classification(QStringLiteral("c1")));
    QCOMPARE(store.batch(QStringLiteral("c1"), QStringLiteral("b1")).value().state, BatchState::Present);
}

void TestCatalogueStore::successfulFetchMakesBatchPresent()
{
    TestDatabase db;
    CatalogueStore store(db.database, Production);
    const QString c = QStringLiteral("c1");
    const QString b = QStringLiteral("b1");
    QVERIFY(
        store.markBatch(c, b, BatchState::Deleted, utc("2024-01-01T00:00:00.000Z"), QStringLiteral("alice")));
    const QDateTime fetchedAt = utc("2024-01-02T00:00:00.000Z");
    QVERIFY(store.storeBatchFiles(c, b, {}, fetchedAt));

    const std::optional<BatchRecord> batch = store.batch(c, b);
    QCOMPARE(batch->state, BatchState::Present);
    QCOMPARE(batch->stateChangedAt, fetchedAt);
    QVERIFY(batch->changedBy.isEmpty());
}

void TestCatalogueStore::markBatchDeletedRecordsWhoAndWhen()
{
    TestDatabase db;
    CatalogueStore store(db.database, Production);
    const QString c = QStringLiteral("c1");
    const QString b = QStringLiteral("b1");
    QVERIFY(store.storeBatchFiles(c, b, {file(QStringLiteral("f1"), QStringLiteral("a"), 0.5)},
                                  utc("2024-01-01T00:00:00.000Z")));
    // Given in local time with an offset; stored and returned as the same instant in UTC.
    const QDateTime when(QDate(2024, 6, 7), QTime(10, 11, 12, 345), Qt::OffsetFromUTC, 2 * 3600);
    QVERIFY(store.markBatch(c, b, BatchState::Deleted, when, QStringLiteral("alice")));

    const std::optional<BatchRecord> batch = store.batch(c, b);
    QVERIFY(batch);
    QCOMPARE(batch->state, BatchState::Deleted);
    QCOMPARE(batch->stateChangedAt, when);
    QCOMPARE(batch->stateChangedAt.timeSpec(), Qt::UTC);
    QCOMPARE(batch->stateChangedAt.toString(Qt::ISODateWithMs), QStringLiteral("2024-06-07T08:11:12.345Z"));
    QCOMPARE(batch->changedBy, QStringLiteral("alice"));
    QCOMPARE(batch->lastChecked, when);
    // What the batch held stays on record, with its count.
    QCOMPARE(batch->fileCount, 1);
    QCOMPARE(store.files(c, b).size(), 1);
}

void TestCatalogueStore::markBatchNotFound()
{
    TestDatabase db;
    CatalogueStore store(db.database, Production);
    const QDateTime when = utc("2024-06-07T08:11:12.345Z");
    QVERIFY(store.addBatch(QStringLiteral("c1"), QStringLiteral("b1")));
    QVERIFY(store.markBatch(QStringLiteral("c1"), QStringLiteral("b1"), BatchState::NotFound, when));
    const std::optional<BatchRecord> batch = store.batch(QStringLiteral("c1"), QStringLiteral("b1"));
    QCOMPARE(batch->state, BatchState::NotFound);
    QCOMPARE(batch->stateChangedAt, when);
    QCOMPARE(batch->lastChecked, when);
    QVERIFY(batch->changedBy.isEmpty());
}

void TestCatalogueStore::markUnknownBatchAddsIt()
{
    TestDatabase db;
    CatalogueStore store(db.database, Production);
    QVERIFY(store.markBatch(QStringLiteral("typed-c"), QStringLiteral("typed-b"), BatchState::Deleted,
                            QDateTime::currentDateTimeUtc(), QStringLiteral("bob")));
    QVERIFY(store.classification(QStringLiteral("typed-c")));
    QCOMPARE(store.batch(QStringLiteral("typed-c"), QStringLiteral("typed-b")).value().changedBy,
             QStringLiteral("bob"));
    QVERIFY(!store.markBatch(QString(), QStringLiteral("b"), BatchState::Deleted,
                             QDateTime::currentDateTimeUtc()));
}

void TestCatalogueStore::deletionMarksOfAGroup()
{
    // What a bulk run records per group: like addBatch() + markBatch() per result, in one go.
    using Mark = CatalogueStore::DeletionMark;
    TestDatabase db;
    CatalogueStore store(db.database, Production);
    const QString c = QStringLiteral("c1");
    const QDateTime earlier = utc("2024-01-01T00:00:00.000Z");
    const QDateTime when = utc("2024-06-07T08:11:12.345Z");
    QVERIFY(store.markBatch(c, QStringLiteral("was-deleted"), BatchState::Deleted, earlier,
                            QStringLiteral("alice")));
    QVERIFY(store.addBatch(c, QStringLiteral("present")));
    const QList<Mark> marks{
        Mark{c, QStringLiteral("deleted"), Mark::Kind::Deleted, when},
        Mark{c, QStringLiteral("failed"), Mark::Kind::KnownOnly, when},
        Mark{c, QStringLiteral("was-deleted"), Mark::Kind::NotFound, when}, // stays "deleted"
        Mark{c, QStringLiteral("present"), Mark::Kind::NotFound, when},
        Mark{QStringLiteral("typed-c"), QStringLiteral("typed-b"), Mark::Kind::Deleted, when},
    };
    QCOMPARE(store.recordDeletionMarks(marks, QStringLiteral("bob")),
             std::optional(QList<qsizetype>{0, 3, 4}));

    const auto deleted = store.batch(c, QStringLiteral("deleted"));
    QCOMPARE(deleted->state, BatchState::Deleted);
    QCOMPARE(deleted->stateChangedAt, when);
    QCOMPARE(deleted->lastChecked, when);
    QCOMPARE(deleted->changedBy, QStringLiteral("bob"));
    QCOMPARE(store.batch(c, QStringLiteral("failed"))->state, BatchState::Unchecked);
    const auto wasDeleted = store.batch(c, QStringLiteral("was-deleted"));
    QCOMPARE(wasDeleted->state, BatchState::Deleted);
    QCOMPARE(wasDeleted->stateChangedAt, earlier);
    QCOMPARE(wasDeleted->changedBy, QStringLiteral("alice"));
    const auto notFound = store.batch(c, QStringLiteral("present"));
    QCOMPARE(notFound->state, BatchState::NotFound);
    QCOMPARE(notFound->stateChangedAt, when);
    QVERIFY(notFound->changedBy.isEmpty());
    QVERIFY(store.classification(QStringLiteral("typed-c")));
    QCOMPARE(store.batch(QStringLiteral("typed-c"), QStringLiteral("typed-b"))->state, BatchState::Deleted);
    QCOMPARE(store.recordDeletionMarks({}, QString()), std::optional(QList<qsizetype>()));
    // A failed write reports nothing written (and writes nothing).
    db.database.close();
    QCOMPARE(store.recordDeletionMarks(marks, QStringLiteral("bob")), std::nullopt);
}

void TestCatalogueStore::batchesOfAList()
{
    TestDatabase db;
    CatalogueStore store(db.database, Production);
    QVERIFY(store.addEntries({IdPair{QStringLiteral("c1"), QStringLiteral("b1")},
                              IdPair{QStringLiteral("c1"), QStringLiteral("b2")},
                              IdPair{QStringLiteral("c2"), QStringLiteral("b3")}}) > 0);
    const QList<BatchRecord> found = store.batches({IdPair{QStringLiteral("c2"), QStringLiteral("b3")},
                                                    IdPair{QStringLiteral("c1"), QStringLiteral("unknown")},
                                                    IdPair{QStringLiteral("c1"), QStringLiteral("b1")}});
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).batchId, QStringLiteral("b3"));
    QCOMPARE(found.at(1).batchId, QStringLiteral("b1"));
    QVERIFY(store.batches(QList<IdPair>{}).isEmpty());
}

void TestCatalogueStore::removeBatchForgetsOnlyThatBatch()
{
    TestDatabase db;
    CatalogueStore store(db.database, Production);
    const QString c = QStringLiteral("c1");
    QVERIFY(store.storeBatchFiles(c, QStringLiteral("b1"),
                                  {file(QStringLiteral("f"), QStringLiteral("x"), 1)},
                                  QDateTime::currentDateTimeUtc()));
    QVERIFY(store.storeBatchFiles(c, QStringLiteral("b2"),
                                  {file(QStringLiteral("g"), QStringLiteral("y"), 1)},
                                  QDateTime::currentDateTimeUtc()));

    QVERIFY(store.removeBatch(c, QStringLiteral("b1")));
    QVERIFY(!store.batch(c, QStringLiteral("b1")));
    QVERIFY(store.files(c, QStringLiteral("b1")).isEmpty());
    QVERIFY(store.batch(c, QStringLiteral("b2")));
    QVERIFY(store.classification(c));
    QCOMPARE(db.rowCount(QStringLiteral("batch_files")), 1);
    // Forgetting something not known is not an error.
    QVERIFY(store.removeBatch(c, QStringLiteral("never-known")));
}

void TestCatalogueStore::removeClassificationForgetsItsBatchesAndFiles()
{
    TestDatabase db;
    CatalogueStore store(db.database, Production);
    for (const QString& c : {QStringLiteral("c1"), QStringLiteral("c2")}) {
        for (const QString& b : {QStringLiteral("b1"), QStringLiteral("b2")}) {
            QVERIFY(store.storeBatchFiles(c, b, {file(QStringLiteral("f"), QStringLiteral("x"), 1)},
                                          QDateTime::currentDateTimeUtc()));
        }
    }
    QVERIFY(store.removeClassification(QStringLiteral("c1")));
    QVERIFY(!store.classification(QStringLiteral("c1")));
    QCOMPARE(batchKeys(store.batches()), QStringList({QStringLiteral("c2/b1"), QStringLiteral("c2/b2")}));
    QCOMPARE(db.rowCount(QStringLiteral("batch_files")), 2);
    QCOMPARE(db.rowCount(QStringLiteral("batches")), 2);
}

void TestCatalogueStore::listsAreSorted()
{
    TestDatabase db;
    CatalogueStore store(db.database, Production);
    QCOMPARE(store.addEntries({{QStringLiteral("zeta"), QStringLiteral("2")},
                               {QStringLiteral("-dash"), {}},
                               {QStringLiteral("alpha"), QStringLiteral("b")},
                               {QStringLiteral("zeta"), QStringLiteral("1")},
                               {QStringLiteral("alpha"), QStringLiteral("a")}}),
             7);
    QStringList ids;
    for (const ClassificationRecord& record : store.classifications())
        ids << record.id;
    QCOMPARE(ids, QStringList({QStringLiteral("-dash"), QStringLiteral("alpha"), QStringLiteral("zeta")}));
    QCOMPARE(batchKeys(store.batches()), QStringList({QStringLiteral("alpha/a"), QStringLiteral("alpha/b"),
                                                      QStringLiteral("zeta/1"), QStringLiteral("zeta/2")}));
}

void TestCatalogueStore::unknownEntriesAreNotFound()
{
    TestDatabase db;
    CatalogueStore store(db.database, Production);
    QVERIFY(store.addBatch(QStringLiteral("c1"), QStringLiteral("b1")));
    QVERIFY(!store.classification(QStringLiteral("c2")));
    QVERIFY(!store.batch(QStringLiteral("c1"), QStringLiteral("b2")));
    QVERIFY(!store.batch(QStringLiteral("c2"), QStringLiteral("b1")));
    QVERIFY(store.files(QStringLiteral("c1"), QStringLiteral("b1")).isEmpty());
    QVERIFY(CatalogueStore(db.database, Sandbox).classifications().isEmpty());
}

void TestCatalogueStore::closedDatabaseRefusesWrites()
{
    TestDatabase db;
    db.database.close();
    CatalogueStore store(db.database, Production);
    QCOMPARE(store.addEntries({{QStringLiteral("c1"), QStringLiteral("b1")}}), 0);
    QVERIFY(!store.addBatch(QStringLiteral("c1"), QStringLiteral("b1")));
    QVERIFY(!store.markBatch(QStringLiteral("c1"), QStringLiteral("b1"), BatchState::Deleted,
                             QDateTime::currentDateTimeUtc()));
    QVERIFY(!store.storeBatchFiles(QStringLiteral("c1"), QStringLiteral("b1"), {},
                                   QDateTime::currentDateTimeUtc()));
    QVERIFY(store.batches().isEmpty());
    QVERIFY(!store.batch(QStringLiteral("c1"), QStringLiteral("b1")));
}

void TestCatalogueStore::invalidIdsAreNeverStored_data()
{
    QTest::addColumn<QString>("id");

    // What an API answer carried in the adversarial review: each one went out in a DELETE.
    QTest::newRow("right-to-left override") << QStringLiteral("b-0001\u202E");
    QTest::newRow("zero-width space") << QStringLiteral("b\u200B-0001");
    QTest::newRow("newline") << QStringLiteral("b-0001\nb-0002");
    QTest::newRow("inner space") << QStringLiteral("b 0001");
    QTest::newRow("300 characters") << QString(300, QLatin1Char('b'));
    QTest::newRow("escape") << QStringLiteral("b\x1b[2J");
    QTest::newRow("byte order mark") << QStringLiteral("\uFEFFb-0001");
    QTest::newRow("surrounding spaces") << QStringLiteral(" b-0001 ");
    QTest::newRow("blank") << QStringLiteral("   ");
}

void TestCatalogueStore::invalidIdsAreNeverStored()
{
    QFETCH(QString, id);
    const QString good = QStringLiteral("-OPXR1F82I0cRYJPcHNo");
    const QDateTime now = QDateTime::currentDateTimeUtc();

    TestDatabase db;
    CatalogueStore store(db.database, Production);
    AddedEntries added;
    QCOMPARE(store.addEntries({{good, id}, {id, good}, {id, {}}, {good, {}}}, &added), 1);
    QCOMPARE(added.refused, 3);
    QVERIFY(!store.addBatch(good, id));
    QVERIFY(!store.addBatch(id, good));
    QVERIFY(!store.addClassification(id));
    QVERIFY(!store.markBatch(good, id, BatchState::Deleted, now, QStringLiteral("ann")));
    QVERIFY(!store.storeBatchFiles(good, id, {}, now));
    QVERIFY(!store.updateClassificationDetails(ClassificationRecord{id, QStringLiteral("n"), {}, {}, now}));
    const std::optional<QList<qsizetype>> marked =
        store.recordDeletionMarks({{good, id, CatalogueStore::DeletionMark::Kind::Deleted, now},
                                   {id, good, CatalogueStore::DeletionMark::Kind::NotFound, now}},
                                  QStringLiteral("ann"));
    QVERIFY(marked);
    QVERIFY(marked->isEmpty());

    QCOMPARE(db.rowCount(QStringLiteral("classifications")), 1);
    QCOMPARE(db.rowCount(QStringLiteral("batches")), 0);
    QCOMPARE(store.classifications().size(), 1);
    QCOMPARE(store.classifications().constFirst().id, good);
    QVERIFY(store.batches().isEmpty());
}

void TestCatalogueStore::invalidFileIdsAreNotKept()
{
    TestDatabase db;
    CatalogueStore store(db.database, Production);
    int refused = 0;
    QVERIFY(store.storeBatchFiles(QStringLiteral("c1"), QStringLiteral("b1"),
                                  {file(QStringLiteral("f\u202E1"), QStringLiteral("a.pdf"), 0.5),
                                   file(QStringLiteral("f2"), QStringLiteral("b.pdf"), 0.5),
                                   file(QStringLiteral("f 3"), QStringLiteral("c.pdf"), 0.5)},
                                  QDateTime::currentDateTimeUtc(), &refused));
    QCOMPARE(refused, 2);
    // The files are in the batch, so they stay listed and counted; only their IDs are not kept.
    const QList<FileRecord> files = store.files(QStringLiteral("c1"), QStringLiteral("b1"));
    QCOMPARE(files.size(), 3);
    QCOMPARE(files.at(0).fileId, QString());
    QCOMPARE(files.at(0).fileName, QStringLiteral("a.pdf"));
    QCOMPARE(files.at(1).fileId, QStringLiteral("f2"));
    QCOMPARE(files.at(2).fileId, QString());
    QCOMPARE(store.batch(QStringLiteral("c1"), QStringLiteral("b1"))->fileCount, 3);
}

void TestCatalogueStore::invalidIdsStoredEarlierAreNeverReadBack()
{
    TestDatabase db;
    const QString bad = QStringLiteral("b-0001\u202E");
    // As an earlier version stored what an API answer listed, unchecked.
    QSqlQuery insert(db.database.handle());
    QVERIFY(
        insert.exec(QStringLiteral("INSERT INTO classifications (host, id) VALUES ('%1', 'c1'), ('%1', '%2')")
                        .arg(Production, bad)));
    QVERIFY(insert.exec(QStringLiteral("INSERT INTO batches (host, classification_id, batch_id) VALUES"
                                       " ('%1', 'c1', 'b1'), ('%1', 'c1', '%2'), ('%1', '%2', 'b1')")
                            .arg(Production, bad)));
    QVERIFY(insert.exec(QStringLiteral("INSERT INTO batch_files (host, classification_id, batch_id, position,"
                                       " file_id) VALUES ('%1', 'c1', 'b1', 0, '%2')")
                            .arg(Production, bad)));

    CatalogueStore store(db.database, Production);
    QCOMPARE(store.classifications().size(), 1);
    QCOMPARE(batchKeys(store.batches()), QStringList{QStringLiteral("c1/b1")});
    QCOMPARE(batchKeys(store.batches({{QStringLiteral("c1"), bad},
                                      {bad, QStringLiteral("b1")},
                                      {QStringLiteral("c1"), QStringLiteral("b1")}})),
             QStringList{QStringLiteral("c1/b1")});
    QVERIFY(!store.classification(bad));
    QVERIFY(!store.batch(QStringLiteral("c1"), bad));
    QVERIFY(!store.batch(bad, QStringLiteral("b1")));
    QCOMPARE(store.files(QStringLiteral("c1"), QStringLiteral("b1")).constFirst().fileId, QString());
}

void TestCatalogueStore::fiftyThousandBatches()
{
    TestDatabase db;
    CatalogueStore store(db.database, Production);
    // A smaller catalogue on another host must not slow down or leak into this one.
    QCOMPARE(
        CatalogueStore(db.database, Sandbox).addEntries({{QStringLiteral("other"), QStringLiteral("x")}}), 2);

    constexpr int Classifications = 500;
    constexpr int BatchesEach = 100;
    QList<IdPair> entries;
    entries.reserve(Classifications * BatchesEach);
    for (int b = BatchesEach - 1; b >= 0; --b) {
        for (int c = 0; c < Classifications; ++c)
            entries << IdPair{QStringLiteral("class-%1").arg(c, 4, 10, QLatin1Char('0')),
                              QStringLiteral("batch-%1-%2").arg(c).arg(b, 3, 10, QLatin1Char('0'))};
    }

    QElapsedTimer timer;
    timer.start();
    QCOMPARE(store.addEntries(entries), Classifications + Classifications * BatchesEach);
    const qint64 addMs = timer.restart();
    const QList<BatchRecord> batches = store.batches();
    const qint64 readMs = timer.restart();
    const QList<ClassificationRecord> classifications = store.classifications();
    const qint64 classificationsMs = timer.restart();
    QCOMPARE(store.addEntries(entries), 0);
    const qint64 againMs = timer.elapsed();
    qInfo("50,000 batches: addEntries %lld ms, batches() %lld ms, classifications() %lld ms, "
          "addEntries of known entries %lld ms",
          addMs, readMs, classificationsMs, againMs);

    QCOMPARE(batches.size(), Classifications * BatchesEach);
    QCOMPARE(classifications.size(), Classifications);
    QVERIFY(std::is_sorted(batches.cbegin(), batches.cend(), [](const BatchRecord& a, const BatchRecord& b) {
        return std::tie(a.classificationId, a.batchId) < std::tie(b.classificationId, b.batchId);
    }));
    QVERIFY(std::all_of(batches.cbegin(), batches.cend(),
                        [](const BatchRecord& batch) { return batch.state == BatchState::Unchecked; }));
    QCOMPARE(batches.first().classificationId, QStringLiteral("class-0000"));
    QCOMPARE(batches.first().batchId, QStringLiteral("batch-0-000"));
    QCOMPARE(batches.last().batchId, QStringLiteral("batch-499-099"));
}

QTEST_GUILESS_MAIN(TestCatalogueStore)
#include "tst_cataloguestore.moc"
