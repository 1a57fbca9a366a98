#include "appwiring.h"
#include "core/catalogue/catalogueservice.h"
#include "core/storage/cataloguestore.h"
#include "gui/catalogue/batchpreviewpane.h"
#include "gui/catalogue/cataloguemodel.h"
#include "gui/catalogue/cataloguepanel.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/widgets/readablecolors.h"
#include "gui/widgets/servertextlabel.h"
#include "guitesthelpers.h"
#include "sampleids.h"
#include "sandbox/sandboxserver.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>

// IDs typed or pasted into the form, as a user with two IDs from a ticket does: the classification's
// name (or why there is none) next to its field, the batch's files in the preview, the pair in the
// catalogue, and no more requests than distinct IDs.

namespace {

using namespace SampleIds;

const QByteArray ViewRoute = "/documentClassification/viewClassification";
const QByteArray ResultsRoute = "/documentClassification/getResults";
const auto UnknownId = QStringLiteral("-ZZZZ0000000000000000");

struct Harness : AppWiring
{
    Harness()
        : AppWiring(QStringLiteral("tst_typedlookup"))
    {
        server.loadSampleData();
        startSandbox();
    }

    int requestsTo(const QByteArray& route) const
    {
        int count = 0;
        for (const SandboxRequest& request : server.requests())
            count += request.path.endsWith(route) ? 1 : 0;
        return count;
    }

    QStringList batchesFetched() const
    {
        QStringList batches;
        for (const SandboxRequest& request : server.requests()) {
            if (request.path.endsWith(ResultsRoute))
                batches << QString::fromUtf8(request.body);
        }
        return batches;
    }
};

struct Form
{
    QComboBox* classification;
    QComboBox* batch;
    ServerTextLabel* name;
    QLabel* check;
    QLabel* summary;
    QTableView* files;
};

Form formOf(MainWindow& window)
{
    return {findByAccessibleName<QComboBox>(&window, QStringLiteral("Classification ID")),
            findByAccessibleName<QComboBox>(&window, QStringLiteral("Batch ID")),
            findByAccessibleName<ServerTextLabel>(&window, QStringLiteral("Classification name")),
            findByAccessibleName<QLabel>(&window, QStringLiteral("Classification check")),
            window.previewPane()->findChild<QLabel*>(QStringLiteral("summaryLabel")),
            findByAccessibleName<QTableView>(&window, QStringLiteral("Batch preview"))};
}

// Types into a field key by key, a little apart, replacing what it held.
void typeInto(QComboBox* field, const QString& text, int msBetweenKeys = 10)
{
    field->lineEdit()->selectAll();
    QTest::keyClick(field->lineEdit(), Qt::Key_Backspace);
    QTest::keyClicks(field->lineEdit(), text, Qt::NoModifier, msBetweenKeys);
}

IdPair currentCatalogueRow(MainWindow& window)
{
    const QModelIndex current = window.cataloguePanel()->view()->currentIndex();
    return {current.data(CatalogueModel::ClassificationIdRole).toString(),
            current.data(CatalogueModel::BatchIdRole).toString()};
}

} // namespace

class TestTypedLookup : public QObject
{
    Q_OBJECT

private slots:
    void knownPairShowsNameFilesAndCatalogueRow();
    void unknownClassificationWarns();
    void unknownBatchIsMarkedInPreviewAndCatalogue();
    void pairOfAnUnknownClassificationStaysOutOfTheCatalogue();
    void aBatchIdTypedHalfWayLeavesNothingBehind();
    void typingKeyByKeySendsOneLookup();
    void slowLookupIsNotAskedTwice();
    void rateLimitedLookupWarnsOnceAndWaitsForRetryAfter();
    void switchingBatchesQuicklyFetchesOnlyWhatIsWanted();
    void fetchAgainIsKeptWhenAnotherBatchIsTyped();
    void nameFetchedLatelyIsNotAskedAgain();
    void nothingIsLookedUpWhileADeletionRuns();
    void notesHaveAccessibleNamesAndDescriptions();
};

void TestTypedLookup::knownPairShowsNameFilesAndCatalogueRow()
{
    Harness h;
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const Form f = formOf(window);
    QVERIFY(f.name);
    typeInto(f.classification, InvoicesClassification);
    typeInto(f.batch, InvoicesFirstBatch);

    QTRY_VERIFY(f.name->isVisible());
    QCOMPARE(f.name->serverText(), QStringLiteral("Invoices and receipts"));
    QTRY_COMPARE(f.files->model()->rowCount(),
                 h.server.batchFiles(InvoicesClassification, InvoicesFirstBatch).size());
    QVERIFY2(f.summary->text().contains(InvoicesFirstBatch), qPrintable(f.summary->text()));
    QVERIFY(h.catalogue.store().batch(InvoicesClassification, InvoicesFirstBatch));
    QTRY_COMPARE(currentCatalogueRow(window), (IdPair{InvoicesClassification, InvoicesFirstBatch}));
    QCOMPARE(h.requestsTo(ViewRoute), 1);
    QCOMPARE(h.requestsTo(ResultsRoute), 1);
    // What the confirmation dialog will ask of the catalogue.
    QVERIFY(!h.catalogue.isLookingUp(InvoicesClassification, InvoicesFirstBatch));
    QVERIFY(h.catalogue.lastClassificationLookup(InvoicesClassification)->isSuccess());
    QVERIFY(h.catalogue.lastBatchFetch(InvoicesClassification, InvoicesFirstBatch)->isSuccess());
}

void TestTypedLookup::unknownClassificationWarns()
{
    Harness h;
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const Form f = formOf(window);
    QVERIFY(f.check);
    typeInto(f.classification, UnknownId);
    QTest::keyClick(f.classification->lineEdit(), Qt::Key_Return);

    QTRY_COMPARE(f.check->text(), QStringLiteral("⚠ Classification not found on the server"));
    QVERIFY(f.check->isVisible());
    QVERIFY(!f.name->isVisible());
    // In the warning colour of the form's problems, readable in this palette.
    QCOMPARE(f.check->palette().color(QPalette::WindowText), ReadableColors::problemText(f.check->palette()));
    QVERIFY(ReadableColors::contrastRatio(f.check->palette().color(QPalette::WindowText),
                                          window.palette().color(QPalette::Window)) >=
            ReadableColors::MinTextContrast);
    // A dark theme at run time recolours the warning, still readable.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    window.setPalette(dark);
    QCOMPARE(f.check->palette().color(QPalette::WindowText), ReadableColors::problemText(dark));
    QVERIFY(ReadableColors::contrastRatio(f.check->palette().color(QPalette::WindowText),
                                          dark.color(QPalette::Window)) >= ReadableColors::MinTextContrast);
    // An ID the server does not know does not enter the catalogue on its own.
    QVERIFY(!h.catalogue.store().classification(UnknownId));
    QCOMPARE(h.requestsTo(ViewRoute), 1);
}

void TestTypedLookup::unknownBatchIsMarkedInPreviewAndCatalogue()
{
    Harness h;
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const Form f = formOf(window);
    typeInto(f.classification, InvoicesClassification);
    typeInto(f.batch, UnknownId);

    QTRY_VERIFY2(f.summary->text().contains(QStringLiteral("not found")), qPrintable(f.summary->text()));
    QCOMPARE(h.catalogue.store().batch(InvoicesClassification, UnknownId)->state, BatchState::NotFound);
    QTRY_COMPARE(currentCatalogueRow(window), (IdPair{InvoicesClassification, UnknownId}));
    QCOMPARE(window.cataloguePanel()
                 ->view()
                 ->currentIndex()
                 .data(CatalogueModel::BatchStateRole)
                 .value<BatchState>(),
             BatchState::NotFound);
    QCOMPARE(h.catalogue.lastBatchFetch(InvoicesClassification, UnknownId)->kind, ApiOutcome::Kind::NotFound);
    QTRY_COMPARE(f.name->serverText(), QStringLiteral("Invoices and receipts"));
}

// Typed by hand with a pause half-way, a batch ID joins the catalogue as it stands then (and is
// marked not found); once the rest is typed, that half goes again. A pair the server knew stays.
void TestTypedLookup::aBatchIdTypedHalfWayLeavesNothingBehind()
{
    Harness h;
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const Form f = formOf(window);
    typeInto(f.classification, InvoicesClassification);
    const QString half = InvoicesFirstBatch.left(8);
    typeInto(f.batch, half);
    QTRY_VERIFY(h.catalogue.store().batch(InvoicesClassification, half));

    QTest::keyClicks(f.batch->lineEdit(), InvoicesFirstBatch.mid(8), Qt::NoModifier, 10);
    QTRY_VERIFY(h.catalogue.store().batch(InvoicesClassification, InvoicesFirstBatch));
    QTRY_VERIFY(!h.catalogue.store().batch(InvoicesClassification, half));
    QTRY_COMPARE_WITH_TIMEOUT(h.catalogue.store().batch(InvoicesClassification, InvoicesFirstBatch)->state,
                              BatchState::Present, 7000);

    typeInto(f.batch, InvoicesSecondBatch);
    QTRY_VERIFY(h.catalogue.store().batch(InvoicesClassification, InvoicesSecondBatch));
    QCOMPARE(h.catalogue.store().batch(InvoicesClassification, InvoicesFirstBatch)->state,
             BatchState::Present);
}

void TestTypedLookup::pairOfAnUnknownClassificationStaysOutOfTheCatalogue()
{
    Harness h;
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const Form f = formOf(window);
    typeInto(f.classification, UnknownId);
    typeInto(f.batch, InvoicesFirstBatch);
    QTest::keyClick(f.batch->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(f.check->text(), QStringLiteral("⚠ Classification not found on the server"));
    QTest::qWait(700);
    QVERIFY(!h.catalogue.store().classification(UnknownId));
    QCOMPARE(h.requestsTo(ResultsRoute), 0);
    QVERIFY(window.previewPane()->batchId().isEmpty());

    // The right classification in its place: the pair follows.
    typeInto(f.classification, InvoicesClassification);
    QTest::keyClick(f.classification->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(f.name->serverText(), QStringLiteral("Invoices and receipts"));
    QTRY_COMPARE(currentCatalogueRow(window), (IdPair{InvoicesClassification, InvoicesFirstBatch}));
    QTRY_COMPARE(f.files->model()->rowCount(),
                 h.server.batchFiles(InvoicesClassification, InvoicesFirstBatch).size());
}

void TestTypedLookup::typingKeyByKeySendsOneLookup()
{
    Harness h;
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const Form f = formOf(window);
    // Keys 60 ms apart: well within the pause, 1.2 s for the whole ID.
    typeInto(f.classification, HrClassification, 60);
    typeInto(f.batch, HrFirstBatch, 60);
    QTRY_COMPARE(f.name->serverText(), QStringLiteral("HR onboarding documents"));
    QTRY_VERIFY(f.files->model()->rowCount() > 0);
    QTest::qWait(700); // one more pause: nothing else may be asked
    QCOMPARE(h.requestsTo(ViewRoute), 1);
    QCOMPARE(h.requestsTo(ResultsRoute), 1);
}

void TestTypedLookup::slowLookupIsNotAskedTwice()
{
    Harness h;
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 1500;
    slow.route = ViewRoute;
    h.server.setFault(slow);
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const Form f = formOf(window);
    typeInto(f.classification, InvoicesClassification);
    QTest::keyClick(f.classification->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(h.requestsTo(ViewRoute), 1);
    QCOMPARE(f.check->text(), QStringLiteral("Looking up the classification…"));
    QVERIFY(h.catalogue.isLookingUp(InvoicesClassification, QString()));
    // Enter again, the focus leaving, the pause: the running lookup answers for all of them.
    QTest::keyClick(f.classification->lineEdit(), Qt::Key_Return);
    f.batch->setFocus();
    QTest::qWait(700);
    QCOMPARE(h.requestsTo(ViewRoute), 1);
    QTRY_COMPARE(f.name->serverText(), QStringLiteral("Invoices and receipts"));
    QCOMPARE(h.requestsTo(ViewRoute), 1);
}

void TestTypedLookup::rateLimitedLookupWarnsOnceAndWaitsForRetryAfter()
{
    Harness h;
    SandboxFault limited;
    limited.kind = SandboxFault::Kind::RateLimited;
    limited.retryAfterSeconds = 2;
    limited.route = ViewRoute;
    limited.count = 1;
    h.server.setFault(limited);
    QElapsedTimer sinceLimited;
    QList<qint64> lookupTimes;
    connect(&h.server, &SandboxServer::requestReceived, this, [&](const SandboxRequest& request) {
        if (request.path.endsWith(ViewRoute))
            lookupTimes << (sinceLimited.isValid() ? sinceLimited.elapsed() : 0);
        if (!sinceLimited.isValid())
            sinceLimited.start();
    });
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const Form f = formOf(window);
    typeInto(f.classification, InvoicesClassification, 20);
    QTRY_COMPARE(f.check->text(), QStringLiteral("⚠ Could not check: rate limited, retry after 2 s"));
    QTest::qWait(700);
    QCOMPARE(h.requestsTo(ViewRoute), 1); // one warning, not one per key or per pause

    // Enter asks again, but not before the server's Retry-After.
    QTest::keyClick(f.classification->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(f.name->serverText(), QStringLiteral("Invoices and receipts"), 5000);
    QCOMPARE(lookupTimes.size(), 2);
    QVERIFY2(lookupTimes.at(1) >= 1900, qPrintable(QString::number(lookupTimes.at(1))));
}

void TestTypedLookup::switchingBatchesQuicklyFetchesOnlyWhatIsWanted()
{
    Harness h;
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 2000;
    slow.route = ResultsRoute;
    h.server.setFault(slow);
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const Form f = formOf(window);
    typeInto(f.classification, InvoicesClassification);
    typeInto(f.batch, InvoicesFirstBatch);
    QTest::keyClick(f.batch->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(h.requestsTo(ResultsRoute), 1);
    // While the first runs, the user goes through two more batches, each confirmed with Enter.
    for (const QString& batch : {InvoicesSecondBatch, InvoicesThirdBatch}) {
        typeInto(f.batch, batch, 0);
        QTest::keyClick(f.batch->lineEdit(), Qt::Key_Return);
    }
    QTRY_VERIFY_WITH_TIMEOUT(h.catalogue.resultsQueue().isIdle(), 7000);
    QTRY_COMPARE(f.files->model()->rowCount(),
                 h.server.batchFiles(InvoicesClassification, InvoicesThirdBatch).size());
    QVERIFY(f.summary->text().contains(InvoicesThirdBatch));
    const QStringList fetched = h.batchesFetched();
    QCOMPARE(fetched.size(), 2);
    QVERIFY(fetched.at(0).contains(InvoicesFirstBatch));
    QVERIFY2(fetched.at(1).contains(InvoicesThirdBatch), qPrintable(fetched.join(u'\n')));
}

void TestTypedLookup::fetchAgainIsKeptWhenAnotherBatchIsTyped()
{
    Harness h;
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const Form f = formOf(window);
    typeInto(f.classification, InvoicesClassification);
    typeInto(f.batch, InvoicesFirstBatch);
    QTest::keyClick(f.batch->lineEdit(), Qt::Key_Return);
    QTRY_VERIFY(h.catalogue.resultsQueue().isIdle() && h.requestsTo(ResultsRoute) == 1);

    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 2000;
    slow.route = ResultsRoute;
    h.server.setFault(slow);
    typeInto(f.batch, InvoicesSecondBatch);
    QTest::keyClick(f.batch->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(h.requestsTo(ResultsRoute), 2);
    // Back to the first (shown as cached), Fetch again, then on to a third while the second runs:
    // the fetch asked for is kept, the third is fetched after it.
    typeInto(f.batch, InvoicesFirstBatch);
    QTest::keyClick(f.batch->lineEdit(), Qt::Key_Return);
    QCOMPARE(window.previewPane()->batchId(), InvoicesFirstBatch);
    window.previewPane()->fetchAgain();
    typeInto(f.batch, InvoicesThirdBatch);
    QTest::keyClick(f.batch->lineEdit(), Qt::Key_Return);
    // Three fetches of 2 s each, 2 s apart after the running one: about 9 s; the bound leaves room.
    QTRY_VERIFY_WITH_TIMEOUT(h.catalogue.resultsQueue().isIdle() && h.requestsTo(ResultsRoute) == 4, 15000);
    const QStringList fetched = h.batchesFetched();
    QVERIFY2(fetched.at(2).contains(InvoicesFirstBatch), qPrintable(fetched.join(u'\n')));
    QVERIFY2(fetched.at(3).contains(InvoicesThirdBatch), qPrintable(fetched.join(u'\n')));
}

void TestTypedLookup::nameFetchedLatelyIsNotAskedAgain()
{
    Harness h;
    h.catalogue.addEntries({IdPair{InvoicesClassification, QString()}});
    QTRY_VERIFY(h.catalogue.hasFreshDetails(InvoicesClassification, std::chrono::hours(24)));
    h.server.clearRequests();
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const Form f = formOf(window);
    typeInto(f.classification, InvoicesClassification);
    QTest::keyClick(f.classification->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(f.name->serverText(), QStringLiteral("Invoices and receipts"));
    QTest::qWait(700);
    QCOMPARE(h.requestsTo(ViewRoute), 0);
}

void TestTypedLookup::nothingIsLookedUpWhileADeletionRuns()
{
    Harness h;
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const Form f = formOf(window);
    typeInto(f.classification, InvoicesClassification);
    typeInto(f.batch, InvoicesFirstBatch);
    QTRY_VERIFY(h.catalogue.resultsQueue().isIdle() && h.requestsTo(ResultsRoute) == 1);
    QTRY_COMPARE(f.name->serverText(), QStringLiteral("Invoices and receipts"));

    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 1500;
    h.server.setFault(slow);
    window.requestDeletion();
    auto* dialog = window.pendingConfirmation();
    QVERIFY(dialog);
    auto* confirmField =
        findByAccessibleName<QLineEdit>(dialog, QStringLiteral("Type the batch ID to confirm"));
    QVERIFY(confirmField);
    QTest::keyClicks(confirmField, InvoicesFirstBatch);
    auto* deleteButton = findByAccessibleName<QAbstractButton>(dialog, QStringLiteral("Delete batch"));
    QVERIFY(deleteButton);
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QTRY_VERIFY(window.isRequestRunning());
    h.server.clearRequests();
    // The focus leaving the fields while they are locked asks for nothing.
    f.classification->lineEdit()->setFocus();
    window.setFocus();
    QTest::qWait(700);
    QVERIFY(window.isRequestRunning());
    QCOMPARE(h.requestsTo(ViewRoute), 0);
    QCOMPARE(h.requestsTo(ResultsRoute), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRequestRunning(), 5000);
}

void TestTypedLookup::notesHaveAccessibleNamesAndDescriptions()
{
    Harness h;
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const Form f = formOf(window);
    QVERIFY(f.name);
    QVERIFY(f.check);
    typeInto(f.classification, InvoicesClassification);
    QTRY_COMPARE(f.name->accessibleDescription(), QStringLiteral("Invoices and receipts"));
    typeInto(f.classification, UnknownId);
    QTRY_COMPARE(f.check->accessibleDescription(), QStringLiteral("Classification not found on the server"));
    QVERIFY(!f.name->isVisible());
    QVERIFY(f.name->accessibleDescription().isEmpty());
}

QTEST_MAIN(TestTypedLookup)
#include "tst_typedlookup.moc"
