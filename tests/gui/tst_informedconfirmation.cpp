// The confirmation of a deletion from the form is informed whatever way the IDs came in (issue 13):
// what the catalogue does not know, or knows from long ago, the dialog asks the server for while it is
// open (viewClassification, getResults through the spaced fetch queue), saying so, and fills in as the
// answers arrive without touching what the user typed, the focus or the Delete button. A check that
// fails says why in plain words, as a warning. Against the sandbox, with the app's real catalogue.

#include "appwiring.h"
#include "core/storage/cataloguestore.h"
#include "gui/deletion/confirmdeletedialog.h"
#include "gui/mainwindow/singledeletion.h"
#include "gui/widgets/readablecolors.h"
#include "guitesthelpers.h"
#include "sampleids.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {

using namespace SampleIds;

const QString BatchId = QStringLiteral("-OQb7Kx2LmNn8PqRsTuV");
const QString MissingBatchId = QStringLiteral("-OQb7Kx2LmNn8PqRsZZZ");
const QString MissingClassificationId = QStringLiteral("-OZZZ1F82I0cRYJPcHNo");
constexpr int FilesInBatch = 7;
// Long enough for a busy test machine to see the dialog checking, short enough for QTRY's 5 s.
constexpr int SlowAnswer = 1200;

const QString ConfirmFieldName = QStringLiteral("Type the batch ID to confirm");
const QString CheckingClassification = QStringLiteral("Checking the classification…");
const QString CheckingBatch = QStringLiteral("Checking the batch contents…");

QString fileName(int i)
{
    return QStringLiteral("scan-%1.pdf").arg(i);
}

// The form's deletion (SingleDeletion) on the app's objects, against a sandbox that holds the
// Invoices classification with a batch of seven files.
struct Harness : AppWiring
{
    explicit Harness(Token token = Token::Session)
        : AppWiring(QStringLiteral("tst_informedconfirmation"))
    {
        server.addClassification(InvoicesClassification, QStringLiteral("Invoices"), QString(), {});
        QList<SandboxFile> files;
        for (int i = 0; i < FilesInBatch; ++i)
            files << SandboxFile{QStringLiteral("f%1").arg(i), fileName(i), QStringLiteral("done"),
                                 QStringLiteral("invoice"), 0.9};
        server.addBatch(InvoicesClassification, BatchId, files);
        startSandbox(token);
        window.resize(640, 480);
    }

    // Every answer comes this much later, so that the dialog can be seen checking.
    void answerAfter(int ms)
    {
        SandboxFault fault;
        fault.kind = SandboxFault::Kind::Delay;
        fault.delayMs = ms;
        server.setFault(fault);
    }

    // Presses "Delete batch…" for the pair (as the form does) and waits for the dialog to take input.
    ConfirmDeleteDialog* confirm(const QString& classificationId, const QString& batchId)
    {
        window.show();
        single.confirm(classificationId, batchId);
        ConfirmDeleteDialog* dialog = single.pendingConfirmation();
        if (!dialog || !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        dialog->activateWindow();
        return QTest::qWaitForWindowActive(dialog) ? dialog : nullptr;
    }

    // A pair whose contents the catalogue holds, fetched `ago` before now, and whose classification
    // name was fetched just now.
    void knowFetched(std::chrono::seconds ago, const QStringList& names)
    {
        QSignalSpy named(&catalogue, &CatalogueService::classificationLookupFinished);
        catalogue.addEntries({IdPair{InvoicesClassification, BatchId}});
        QVERIFY(named.wait());
        QList<FileRecord> files;
        for (const QString& name : names)
            files << FileRecord{name, name, QStringLiteral("done"), QStringLiteral("invoice"), 0.9};
        CatalogueStore store(database, catalogue.host());
        QVERIFY(store.storeBatchFiles(InvoicesClassification, BatchId, files,
                                      QDateTime::currentDateTimeUtc().addSecs(-ago.count())));
        server.clearRequests();
    }

    int requestsTo(const char* route) const
    {
        int count = 0;
        for (const SandboxRequest& request : server.requests())
            count += request.path.endsWith(route) ? 1 : 0;
        return count;
    }

    QWidget window;
    SingleDeletion single{connection, settings, catalogue, audit, &window};
};

QLabel* shownLabel(QWidget* dialog, const QString& accessibleName)
{
    auto* label = findByAccessibleName<QLabel>(dialog, accessibleName);
    return label && label->isVisible() ? label : nullptr;
}

QString labelText(const QWidget* dialog, const char* objectName)
{
    const auto* label = dialog->findChild<QLabel*>(QLatin1String(objectName));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(objectName));
}

QStringList shownTexts(const QWidget* dialog)
{
    QStringList texts;
    const QList<QLabel*> labels = dialog->findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        if (label->isVisible() && !label->text().isEmpty())
            texts << label->text();
    }
    return texts;
}

bool showsText(const QWidget* dialog, const QString& text)
{
    return shownTexts(dialog).contains(text);
}

QString quoted(const QString& serverText)
{
    return QStringLiteral("“\u2068%1\u2069”").arg(serverText);
}

int busyIndicatorsShown(const QWidget* dialog)
{
    int count = 0;
    const QList<QProgressBar*> bars = dialog->findChildren<QProgressBar*>();
    for (const QProgressBar* bar : bars)
        count += bar->isVisible() && bar->minimum() == 0 && bar->maximum() == 0 ? 1 : 0;
    return count;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    palette.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    palette.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    palette.setColor(QPalette::Button, QColor(0x30, 0x30, 0x30));
    palette.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    return palette;
}

} // namespace

class TestInformedConfirmation : public QObject
{
    Q_OBJECT

private slots:
    void typedPairIsCheckedAndFilledInWhileTyping();
    void unknownBatchIsAWarning_data();
    void unknownBatchIsAWarning();
    void unknownClassificationIsAWarning();
    void failedCheckSaysWhy_data();
    void failedCheckSaysWhy();
    void recentlyFetchedPairAsksNothingAndSaysHowOld();
    void listFetchedLongAgoIsFetchedAgain();
    void confirmingWhileCheckingDeletesAtOnce();
    void cancellingWhileCheckingSendsNoDeletion();
    void nothingIsClippedWhileCheckingOrOnceFilled();
    void withoutATokenNothingIsCheckedOrAwaited();
};

void TestInformedConfirmation::typedPairIsCheckedAndFilledInWhileTyping()
{
    Harness h;
    h.answerAfter(SlowAnswer);
    ConfirmDeleteDialog* dialog = h.confirm(InvoicesClassification, BatchId);
    QVERIFY(dialog);
    auto* field = findByAccessibleName<QLineEdit>(dialog, ConfirmFieldName);
    auto* deleteButton = findByAccessibleName<QPushButton>(dialog, QStringLiteral("Delete batch"));
    QVERIFY(field && deleteButton);

    // It says what it is checking, in words and with a busy indicator beside each (not a colour).
    QVERIFY2(shownLabel(dialog, CheckingClassification), qPrintable(shownTexts(dialog).join(u'|')));
    QVERIFY2(shownLabel(dialog, CheckingBatch), qPrintable(shownTexts(dialog).join(u'|')));
    QCOMPARE(busyIndicatorsShown(dialog), 2);
    QCOMPARE(labelText(dialog, "classificationName"), QStringLiteral("not known yet"));
    QVERIFY(findByAccessibleName<QLabel>(dialog, QStringLiteral("Classification name: not known yet")));

    // The user types meanwhile.
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(field));
    const QString typed = BatchId.left(8);
    QTest::keyClicks(field, typed);

    // The answers fill the dialog in.
    QTRY_COMPARE(labelText(dialog, "classificationName"), quoted(QStringLiteral("Invoices")));
    QVERIFY(findByAccessibleName<QLabel>(dialog, QStringLiteral("Classification name: Invoices")));
    QTRY_VERIFY2(labelText(dialog, "batchValue").contains(QLatin1String("(7 files)")),
                 qPrintable(labelText(dialog, "batchValue")));
    for (int i = 0; i < FilesInBatch; ++i)
        QCOMPARE(showsText(dialog, quoted(fileName(i))), i < DeletionTarget::FileNamesShown);
    QVERIFY(showsText(dialog, QStringLiteral("… and 2 more")));
    QVERIFY2(showsText(dialog, QStringLiteral("as fetched just now")),
             qPrintable(shownTexts(dialog).join(u'|')));
    QVERIFY(!shownLabel(dialog, CheckingClassification));
    QVERIFY(!shownLabel(dialog, CheckingBatch));
    QCOMPARE(busyIndicatorsShown(dialog), 0);

    // ...without closing, resetting what was typed, moving the focus or enabling Delete by itself.
    QVERIFY(dialog->isVisible());
    QCOMPARE(h.single.pendingConfirmation(), dialog);
    QCOMPARE(field->text(), typed);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(field));
    QVERIFY(!deleteButton->isEnabled());
    QVERIFY(deleteButton->isEnabled() == false && !dialog->isConfirmationComplete());
    QTest::keyClicks(field, BatchId.mid(typed.size()));
    QVERIFY(deleteButton->isEnabled());

    // What is confirmed (and recorded in the audit trail) is what the dialog came to know.
    QCOMPARE(dialog->target().classificationName, QStringLiteral("Invoices"));
    QCOMPARE(dialog->target().fileCount, FilesInBatch);
    QCOMPARE(h.requestsTo("/viewClassification"), 1);
    QCOMPARE(h.requestsTo("/getResults"), 1);
    dialog->reject();
}

void TestInformedConfirmation::unknownBatchIsAWarning_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light palette") << false;
    QTest::newRow("dark palette") << true;
}

void TestInformedConfirmation::unknownBatchIsAWarning()
{
    QFETCH(bool, dark);
    Harness h;
    ConfirmDeleteDialog* dialog = h.confirm(InvoicesClassification, MissingBatchId);
    QVERIFY(dialog);
    if (dark)
        dialog->setPalette(darkPalette());

    const QString sentence =
        QStringLiteral("Batch not found on the server — the deletion will most likely be refused");
    QLabel* warning = nullptr;
    QTRY_VERIFY2((warning = shownLabel(dialog, QStringLiteral("Warning: ") + sentence)),
                 qPrintable(shownTexts(dialog).join(u'|')));
    // Words first: a sign and the sentence, then the app's warning colour, readable on this palette.
    QCOMPARE(warning->text(), QStringLiteral("⚠ ") + sentence);
    const QColor shown = warning->palette().color(warning->foregroundRole());
    QCOMPARE(shown, ReadableColors::problemText(dialog->palette()));
    QVERIFY(shown != dialog->palette().color(QPalette::WindowText));
    QVERIFY(ReadableColors::contrastRatio(shown, dialog->palette().color(QPalette::Window)) >=
            ReadableColors::MinTextContrast);

    QTRY_COMPARE(labelText(dialog, "classificationName"), quoted(QStringLiteral("Invoices")));
    QVERIFY2(labelText(dialog, "batchValue").contains(QLatin1String("(number of files not known)")),
             qPrintable(labelText(dialog, "batchValue")));
    QVERIFY(!shownLabel(dialog, CheckingBatch));
    dialog->reject();
}

void TestInformedConfirmation::unknownClassificationIsAWarning()
{
    Harness h;
    ConfirmDeleteDialog* dialog = h.confirm(MissingClassificationId, BatchId);
    QVERIFY(dialog);
    QTRY_VERIFY2(shownLabel(dialog, QStringLiteral("Warning: Classification not found on the server")),
                 qPrintable(shownTexts(dialog).join(u'|')));
    QCOMPARE(labelText(dialog, "classificationName"), QStringLiteral("not known"));
    QTRY_VERIFY(shownLabel(dialog, QStringLiteral("Warning: Batch not found on the server — the deletion "
                                                  "will most likely be refused")));
    dialog->reject();
}

void TestInformedConfirmation::failedCheckSaysWhy_data()
{
    QTest::addColumn<SandboxFault>("fault");
    QTest::addColumn<bool>("serverDown");
    QTest::addColumn<QString>("expected");

    SandboxFault rateLimited;
    rateLimited.kind = SandboxFault::Kind::RateLimited;
    rateLimited.retryAfterSeconds = 1;
    QTest::newRow("rate limited") << rateLimited << false
                                  << QStringLiteral("Could not check: rate limited, retry after 1 s");
    SandboxFault tokenRejected;
    tokenRejected.kind = SandboxFault::Kind::Status;
    tokenRejected.status = 401;
    tokenRejected.body = QByteArrayLiteral(R"({"status":"error","message":"Invalid API key"})");
    QTest::newRow("token rejected") << tokenRejected << false
                                    << QStringLiteral("Could not check: the API rejected the token");
    QTest::newRow("server not reachable")
        << SandboxFault() << true << QStringLiteral("Could not check: the server could not be reached");
}

void TestInformedConfirmation::failedCheckSaysWhy()
{
    QFETCH(SandboxFault, fault);
    QFETCH(bool, serverDown);
    QFETCH(QString, expected);

    Harness h;
    h.server.setFault(fault);
    if (serverDown)
        h.server.stop();
    ConfirmDeleteDialog* dialog = h.confirm(InvoicesClassification, BatchId);
    QVERIFY(dialog);
    // Both checks failed the same way, and each says so where its answer would be.
    const auto warnings = [&] {
        int count = 0;
        const QList<QLabel*> labels = dialog->findChildren<QLabel*>();
        for (const QLabel* label : labels)
            count += label->isVisible() &&
                             label->accessibleName() == QStringLiteral("Warning: ") + expected &&
                             label->text() == QStringLiteral("⚠ ") + expected
                         ? 1
                         : 0;
        return count;
    };
    QTRY_VERIFY2(warnings() == 2, qPrintable(shownTexts(dialog).join(u'|')));
    QCOMPARE(busyIndicatorsShown(dialog), 0);
    QCOMPARE(labelText(dialog, "classificationName"), QStringLiteral("not known"));
    dialog->reject();
}

void TestInformedConfirmation::recentlyFetchedPairAsksNothingAndSaysHowOld()
{
    Harness h;
    h.knowFetched(std::chrono::minutes(3), {QStringLiteral("a.pdf"), QStringLiteral("b.pdf")});
    ConfirmDeleteDialog* dialog = h.confirm(InvoicesClassification, BatchId);
    QVERIFY(dialog);

    QVERIFY2(showsText(dialog, QStringLiteral("as fetched 3 minutes ago")),
             qPrintable(shownTexts(dialog).join(u'|')));
    QVERIFY(showsText(dialog, quoted(QStringLiteral("a.pdf"))));
    QVERIFY(labelText(dialog, "batchValue").contains(QLatin1String("(2 files)")));
    QCOMPARE(labelText(dialog, "classificationName"), quoted(QStringLiteral("Invoices")));
    QVERIFY(!shownLabel(dialog, CheckingClassification));
    QVERIFY(!shownLabel(dialog, CheckingBatch));
    // Nothing is asked: a request would have reached the loopback sandbox long before this.
    QTest::qWait(300);
    QVERIFY(h.catalogue.resultsQueue().isIdle());
    QCOMPARE(h.server.requests().size(), 0);
    dialog->reject();
}

void TestInformedConfirmation::listFetchedLongAgoIsFetchedAgain()
{
    Harness h;
    h.knowFetched(std::chrono::hours(2), {QStringLiteral("old.pdf")});
    h.answerAfter(SlowAnswer);
    ConfirmDeleteDialog* dialog = h.confirm(InvoicesClassification, BatchId);
    QVERIFY(dialog);

    // The old list is shown for what it is while the batch is checked again; the name is fresh.
    QVERIFY(showsText(dialog, quoted(QStringLiteral("old.pdf"))));
    QVERIFY2(showsText(dialog, QStringLiteral("as fetched 2 hours ago")),
             qPrintable(shownTexts(dialog).join(u'|')));
    QVERIFY(shownLabel(dialog, CheckingBatch));
    QVERIFY(!shownLabel(dialog, CheckingClassification));

    QTRY_VERIFY(showsText(dialog, QStringLiteral("as fetched just now")));
    QVERIFY(labelText(dialog, "batchValue").contains(QLatin1String("(7 files)")));
    QVERIFY(!showsText(dialog, quoted(QStringLiteral("old.pdf"))));
    QVERIFY(showsText(dialog, quoted(fileName(0))));
    QCOMPARE(h.requestsTo("/getResults"), 1);
    QCOMPARE(h.requestsTo("/viewClassification"), 0);
    dialog->reject();
}

void TestInformedConfirmation::confirmingWhileCheckingDeletesAtOnce()
{
    Harness h;
    h.answerAfter(2 * SlowAnswer);
    QSignalSpy started(&h.single, &SingleDeletion::started);
    QSignalSpy fetched(&h.catalogue, &CatalogueService::batchFetchFinished);
    ConfirmDeleteDialog* dialog = h.confirm(InvoicesClassification, BatchId);
    QVERIFY(dialog);
    QVERIFY(shownLabel(dialog, CheckingBatch));

    auto* field = findByAccessibleName<QLineEdit>(dialog, ConfirmFieldName);
    field->setText(BatchId);
    QTest::mouseClick(findByAccessibleName<QPushButton>(dialog, QStringLiteral("Delete batch")),
                      Qt::LeftButton);
    // The deletion leaves at once: the checks still running neither delay nor block it.
    QCOMPARE(started.count(), 1);
    QTRY_COMPARE(h.requestsTo("/deleteBatch"), 1);
    QCOMPARE(fetched.count(), 0);
    QTRY_VERIFY(!h.single.isRunning());
}

void TestInformedConfirmation::cancellingWhileCheckingSendsNoDeletion()
{
    Harness h;
    h.answerAfter(SlowAnswer);
    QSignalSpy fetched(&h.catalogue, &CatalogueService::batchFetchFinished);
    ConfirmDeleteDialog* dialog = h.confirm(InvoicesClassification, BatchId);
    QVERIFY(dialog);
    QVERIFY(shownLabel(dialog, CheckingBatch));
    // Cancel stays the default and Escape cancels, checking or not.
    QVERIFY(findByAccessibleName<QPushButton>(dialog, QStringLiteral("Cancel"))->isDefault());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!h.single.pendingConfirmation());

    // The checks already asked may answer and fill the catalogue; nothing else happens.
    QVERIFY(fetched.wait());
    QCOMPARE(h.requestsTo("/deleteBatch"), 0);
    QVERIFY(!h.single.isRunning());
}

void TestInformedConfirmation::nothingIsClippedWhileCheckingOrOnceFilled()
{
    Harness h;
    h.answerAfter(SlowAnswer);
    ConfirmDeleteDialog* dialog = h.confirm(InvoicesClassification, BatchId);
    QVERIFY(dialog);
    QVERIFY(shownLabel(dialog, CheckingBatch));
    QVERIFY2(clippedWidgets(dialog).isEmpty(), qPrintable(clippedWidgets(dialog).join(u'\n')));
    QTRY_VERIFY(showsText(dialog, QStringLiteral("as fetched just now")));
    QTRY_VERIFY2(clippedWidgets(dialog).isEmpty(), qPrintable(clippedWidgets(dialog).join(u'\n')));
    dialog->reject();
}

void TestInformedConfirmation::withoutATokenNothingIsCheckedOrAwaited()
{
    // The catalogue asks nothing without a token, so no answer would ever come: the dialog must not
    // say it is checking, and says what it knows as before.
    Harness h(Harness::Token::None);
    ConfirmDeleteDialog* dialog = h.confirm(InvoicesClassification, BatchId);
    QVERIFY(dialog);
    QVERIFY(!shownLabel(dialog, CheckingClassification));
    QVERIFY(!shownLabel(dialog, CheckingBatch));
    QCOMPARE(busyIndicatorsShown(dialog), 0);
    QCOMPARE(labelText(dialog, "classificationName"), QStringLiteral("not known"));
    QVERIFY(showsText(dialog, QStringLiteral("not known: the batch contents have not been fetched")));
    QTest::qWait(300);
    QCOMPARE(h.server.requests().size(), 0);
    dialog->reject();
}

QTEST_MAIN(TestInformedConfirmation)
#include "tst_informedconfirmation.moc"
