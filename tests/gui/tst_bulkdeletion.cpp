// The bulk flow as a user drives it: select batches in the catalogue, "Delete N batches…", type N,
// watch the run, and find every batch deleted in the catalogue, the status pane and the audit trail.
#include "appwiring.h"
#include "core/api/activeconnection.h"
#include "core/api/apicall.h"
#include "core/api/apioutcome.h"
#include "core/api/extractaclient.h"
#include "core/catalogue/catalogueservice.h"
#include "core/connections/connectionstore.h"
#include "core/settings/appsettings.h"
#include "core/storage/auditlog.h"
#include "core/storage/cataloguestore.h"
#include "core/storage/database.h"
#include "core/tokens/tokenprovider.h"
#include "gui/audit/audittablemodel.h"
#include "gui/audit/auditwindow.h"
#include "gui/bulk/addidsdialog.h"
#include "gui/bulk/bulkconfirmdialog.h"
#include "gui/bulk/bulkdeletionwindow.h"
#include "gui/bulk/bulkresultmodel.h"
#include "gui/catalogue/cataloguemodel.h"
#include "gui/catalogue/cataloguepanel.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/mainwindow/statuslogmodel.h"
#include "guitesthelpers.h"
#include "sampleids.h"
#include "sandbox/sandboxserver.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFontMetrics>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QTreeView>

namespace {

using namespace SampleIds;

QString batchId(int n)
{
    return QStringLiteral("-BulkBatch%1").arg(n, 10, 10, QLatin1Char('0'));
}

struct Harness : AppWiring
{
    explicit Harness(int batches)
        : AppWiring(QStringLiteral("tst_bulkdeletion"))
    {
        server.addClassification(InvoicesClassification, QStringLiteral("Invoices"), QString(), {});
        QList<IdPair> known;
        for (int i = 0; i < batches; ++i) {
            server.addBatch(InvoicesClassification, batchId(i), {});
            known << IdPair{InvoicesClassification, batchId(i)};
        }
        startSandbox();
        catalogue.addEntries(known);
    }
};

QModelIndex viewIndex(CataloguePanel* panel, const QString& batch)
{
    return panel->filterModel()->mapFromSource(panel->model()->batchIndex(InvoicesClassification, batch));
}

QList<IdPair> firstBatches(int count)
{
    QList<IdPair> batches;
    for (int i = 0; i < count; ++i)
        batches << IdPair{InvoicesClassification, batchId(i)};
    return batches;
}

int deleteRequests(const SandboxServer& server)
{
    int count = 0;
    for (const SandboxRequest& request : server.requests())
        count += request.method == "DELETE" ? 1 : 0;
    return count;
}

// "Delete N batches…" for these batches, N typed, "Delete" pressed: the run window it opened.
BulkDeletionWindow* confirmRun(MainWindow& window, const QList<IdPair>& batches)
{
    window.openBulkDeletion(batches);
    auto* dialog = window.findChild<BulkConfirmDialog*>();
    if (!dialog)
        return nullptr;
    auto* field =
        findByAccessibleName<QLineEdit>(dialog, QStringLiteral("Type the number of batches to confirm"));
    QTest::keyClicks(field, QString::number(batches.size()));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("deleteButton")), Qt::LeftButton);
    return window.bulkDeletionWindow();
}

// The question box named `name` that is open over `window` (one answered a moment ago may linger,
// hidden, until the event loop deletes it).
QMessageBox* openQuestion(QWidget* window, const QString& name)
{
    const QList<QMessageBox*> boxes = window->findChildren<QMessageBox*>(name);
    for (QMessageBox* box : boxes) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

// The button of a question box whose text starts with `text` (mnemonics ignored).
QPushButton* buttonOf(QMessageBox* box, const QString& text)
{
    const QList<QAbstractButton*> buttons = box->buttons();
    for (QAbstractButton* button : buttons) {
        if (button->text().remove(QLatin1Char('&')).startsWith(text))
            return qobject_cast<QPushButton*>(button);
    }
    return nullptr;
}

// A loopback port nothing listens on: connections to it are refused.
quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestBulkDeletion : public QObject
{
    Q_OBJECT

private slots:
    void selectConfirmRunAndRecord();
    void confirmationNeedsTheExactCount();
    void resultsExportAsCsv();
    void resultRowChangesAreAnnouncedTogether();
    void runStaysOnTheServerItWasConfirmedFor();
    void runStaysOnTheConnectionItWasConfirmedFor();
    void escapeDoesNotHideARunningRun();
    void batchesMenuReopensTheRunWindow();
    void quitDuringARunAsksAndNoKeepsItGoing();
    void quitDuringARunYesWindsItDownThenQuits();
    void rejectedTokenHoldsTheRunAndAsks();
    void stoppingAHeldRunLeavesTheRestNotSent_data();
    void stoppingAHeldRunLeavesTheRestNotSent();
    void unknownOutcomesAreRetriedOnlyWhenAskedFor();
    void batchInTheFormDeletedByARunLeavesTheForm();
    void catalogueCountAgreesWithTheTree();
    void addedCountIsTheSameInTheDialogAndTheStatusBar();
    void openAuditWindowFollowsARunEntryByEntry();
    void manyPastedBatchesAreSelectedAndReadBackInViewOrder();
    void catalogueFoldsWhenItGrowsLong();
};

void TestBulkDeletion::selectConfirmRunAndRecord()
{
    Harness h(5);
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    CataloguePanel* panel = window.cataloguePanel();
    auto* bulkButton = findByAccessibleName<QPushButton>(&window, QStringLiteral("Delete selected batches…"));
    QVERIFY(bulkButton);
    QVERIFY(!bulkButton->isEnabled());

    // Select three of the five batches, as Ctrl+click would.
    QTreeView* tree = panel->view();
    for (int i : {0, 2, 4})
        tree->selectionModel()->select(viewIndex(panel, batchId(i)),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(bulkButton->isEnabled());
    QVERIFY2(bulkButton->text().contains(QLatin1String("3")), qPrintable(bulkButton->text()));
    QTest::mouseClick(bulkButton, Qt::LeftButton);

    BulkConfirmDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<BulkConfirmDialog*>()));
    QCOMPARE(dialog->items().size(), 3);
    auto* field =
        findByAccessibleName<QLineEdit>(dialog, QStringLiteral("Type the number of batches to confirm"));
    QVERIFY(field);
    QTest::keyClicks(field, QStringLiteral("3"));
    auto* deleteButton = dialog->findChild<QPushButton*>(QStringLiteral("deleteButton"));
    QVERIFY(deleteButton->isEnabled());
    QTest::mouseClick(deleteButton, Qt::LeftButton);

    QTRY_VERIFY(window.bulkDeletionWindow());
    BulkDeletionWindow* run = window.bulkDeletionWindow();
    auto* progress = findByAccessibleName<QProgressBar>(run, QStringLiteral("Deletion progress"));
    QVERIFY(progress);
    QTRY_VERIFY_WITH_TIMEOUT(!run->queue().isRunning(), 15000);
    QCOMPARE(progress->maximum(), 3);
    QCOMPARE(progress->value(), 3);

    for (int i : {0, 2, 4}) {
        QVERIFY(!h.server.hasBatch(InvoicesClassification, batchId(i)));
        QCOMPARE(h.catalogue.store().batch(InvoicesClassification, batchId(i))->state, BatchState::Deleted);
    }
    for (int i : {1, 3})
        QVERIFY(h.server.hasBatch(InvoicesClassification, batchId(i)));
    QCOMPARE(h.audit.entries().size(), 3);
    for (const AuditEntry& entry : h.audit.entries())
        QCOMPARE(entry.outcome, QStringLiteral("succeeded"));
    QCOMPARE(window.statusModel()->rowCount(), 3);
    QCOMPARE(run->model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(run->model()->result(row).kind, DeletionResultKind::Deleted);
}

void TestBulkDeletion::confirmationNeedsTheExactCount()
{
    QList<DeletionItem> items;
    for (int i = 0; i < 12; ++i)
        items << DeletionItem{InvoicesClassification, QStringLiteral("Invoices"), batchId(i),
                              i % 3 == 0 ? -1 : i, false};
    items[11].batchId = QStringLiteral("-WMWMWMWMWMWMWMWMWMW"); // as wide as an ID gets
    BulkConfirmDialog dialog(items, QStringLiteral("api.example"), false);
    dialog.show();
    auto* field =
        findByAccessibleName<QLineEdit>(&dialog, QStringLiteral("Type the number of batches to confirm"));
    auto* deleteButton = dialog.findChild<QPushButton*>(QStringLiteral("deleteButton"));
    auto* cancel = findByAccessibleName<QPushButton>(&dialog, QStringLiteral("Cancel"));
    QVERIFY(cancel->isDefault());
    for (const QString& wrong : {QStringLiteral("1"), QStringLiteral("11"), QStringLiteral("13"),
                                 QStringLiteral("12a"), QStringLiteral("twelve")}) {
        field->clear();
        QTest::keyClicks(field, wrong);
        QVERIFY2(!deleteButton->isEnabled(), qPrintable(wrong));
    }
    field->clear();
    QTest::keyClicks(field, QStringLiteral("12"));
    QVERIFY(deleteButton->isEnabled());
    // Every batch is listed, grouped under its classification.
    auto* list = dialog.findChild<QTreeView*>(QStringLiteral("batchList"));
    QCOMPARE(list->model()->rowCount(), 1);
    const QModelIndex group = list->model()->index(0, 0);
    QCOMPARE(list->model()->rowCount(group), 12);
    QVERIFY(list->isExpanded(group));
    // ID, the name the server gave, the count; then each batch with its files.
    QCOMPARE(group.data().toString(), InvoicesClassification);
    QVERIFY(list->model()->index(0, 1).data().toString().contains(QLatin1String("Invoices")));
    QCOMPARE(list->model()->index(0, 2).data().toString(), QStringLiteral("12 batches"));
    QCOMPARE(list->model()->index(3, 0, group).data().toString(), batchId(3));
    QCOMPARE(list->model()->index(3, 2, group).data().toString(), QStringLiteral("not known"));
    QCOMPARE(list->model()->index(4, 2, group).data().toString(), QStringLiteral("4"));
    // Each batch ID is shown whole, not elided: it is what is about to go.
    const QFontMetrics metrics(list->font());
    const int margins = 2 * (list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 1);
    for (int row = 0; row < 12; ++row) {
        const QModelIndex batch = list->model()->index(row, 0, group);
        const int needed = metrics.horizontalAdvance(batch.data().toString()) + margins;
        QVERIFY2(
            list->visualRect(batch).width() >= needed,
            qPrintable(QStringLiteral("%1 px for %2 px").arg(list->visualRect(batch).width()).arg(needed)));
    }
    QSignalSpy finished(&dialog, &QDialog::finished);
    QTest::keyClick(field, Qt::Key_Escape);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Rejected));
}

void TestBulkDeletion::resultsExportAsCsv()
{
    Harness h(2);
    BulkDeletionWindow run(h.connection.bind(nullptr), h.audit, QStringLiteral("tester"));
    QSignalSpy done(&run, &BulkDeletionWindow::runFinished);
    run.start({DeletionItem{InvoicesClassification, QStringLiteral("Invoices"), batchId(0), 3, false},
               DeletionItem{InvoicesClassification, QString(), QStringLiteral("-NoSuchBatch000000000"), -1,
                            false}});
    QVERIFY(done.wait(15000));
    const QString path = h.dir.filePath(QStringLiteral("results.csv"));
    QVERIFY(run.exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.at(0).startsWith("classification_id,classification_name,batch_id"));
    QVERIFY2(lines.at(1).contains(",deleted,200,"), lines.at(1).constData());
    QVERIFY2(lines.at(2).contains(",not_found,404,"), lines.at(2).constData());
    // IDs begin with '-': neutralised so a spreadsheet does not read them as formulas.
    QVERIFY(lines.at(1).startsWith("'-OPXR1F82I0cRYJPcHNo"));
}

// Issue 11, defect 17: a run goes to the server it was confirmed for, from its first request to its
// last, whatever the settings say meanwhile; its records belong to that server too.
void TestBulkDeletion::runStaysOnTheServerItWasConfirmedFor()
{
    Harness h(40);
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 20;
    h.server.setFault(slow);
    // A second server that would accept every one of these deletions, with the same token.
    SandboxServer other;
    other.setToken(h.server.token());
    other.addClassification(InvoicesClassification, QStringLiteral("Invoices"), QString(), {});
    for (int i = 0; i < 40; ++i)
        other.addBatch(InvoicesClassification, batchId(i), {});
    QVERIFY(other.start());
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const QString firstHost = h.connection.endpoint().hostLabel();
    QSignalSpy received(&h.server, &SandboxServer::requestReceived);
    BulkDeletionWindow* run = confirmRun(window, firstBatches(40));
    QVERIFY(run);
    QVERIFY(received.wait(5000));

    // The user points the app at the other server (Settings → Save applies the new URL).
    h.connection.setOverrides(other.baseUrl().toString(), QString());
    h.connection.apply();
    QVERIFY(h.connection.endpoint().hostLabel() != firstHost);
    QTRY_VERIFY_WITH_TIMEOUT(!run->queue().isRunning(), 30000);

    QCOMPARE(deleteRequests(other), 0);
    QCOMPARE(deleteRequests(h.server), 40);
    for (int i = 0; i < 40; ++i) {
        QVERIFY(!h.server.hasBatch(InvoicesClassification, batchId(i)));
        QVERIFY(other.hasBatch(InvoicesClassification, batchId(i)));
    }
    const QList<AuditEntry> entries = h.audit.entries();
    QCOMPARE(entries.size(), 40);
    for (const AuditEntry& entry : entries) {
        QCOMPARE(entry.host, firstHost);
        QCOMPARE(entry.outcome, QStringLiteral("succeeded"));
    }
    // The connection's catalogue learns of every deletion (a URL given for the session keeps the
    // connection's data).
    const CatalogueStore catalogue(h.database, h.connection.storageKey());
    QTRY_COMPARE(catalogue.batch(InvoicesClassification, batchId(39))->state, BatchState::Deleted);
    for (int i = 0; i < 40; ++i)
        QCOMPARE(catalogue.batch(InvoicesClassification, batchId(i))->state, BatchState::Deleted);
    // The window says why the change did not reach the run.
    auto* info = window.findChild<QLabel*>(QStringLiteral("infoText"));
    QVERIFY2(info->isVisible() && info->text().contains(firstHost), qPrintable(info->text()));
}

// Issue 14: a run started on one connection goes to that connection's server with its token, and is
// recorded on it (audit entries and catalogue), even when another connection is put in force while it
// runs; from then on the app speaks to the new one with the new one's token.
void TestBulkDeletion::runStaysOnTheConnectionItWasConfirmedFor()
{
    Harness h(20);
    // The first connection's own URL, not one given for the session only.
    h.connection.setOverrides(std::nullopt, std::nullopt);
    QVERIFY(h.connection.saveApiUrl(h.server.baseUrl().toString()).isEmpty());
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 20;
    h.server.setFault(slow);
    const QString otherToken = QStringLiteral("token-of-the-staging-account");
    SandboxServer other;
    other.setToken(otherToken);
    other.addClassification(InvoicesClassification, QStringLiteral("Invoices"), QString(), {});
    for (int i = 0; i < 20; ++i)
        other.addBatch(InvoicesClassification, batchId(i), {});
    QVERIFY(other.start());
    Connection staging;
    staging.name = QStringLiteral("acme-staging");
    staging.apiUrl = other.baseUrl().toString();
    staging.environment = EnvironmentType::Staging;
    QVERIFY(h.connections.add(staging).isEmpty());
    h.keychain.write(staging.tokenEntry(), otherToken);

    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const Connection first = h.connection.connection();
    QSignalSpy received(&h.server, &SandboxServer::requestReceived);
    BulkDeletionWindow* run = confirmRun(window, firstBatches(20));
    QVERIFY(run);
    QVERIFY(received.wait(5000));

    h.connection.use(staging);
    QTRY_COMPARE(h.tokens.token(), otherToken);
    QTRY_VERIFY_WITH_TIMEOUT(!run->queue().isRunning(), 30000);

    QCOMPARE(deleteRequests(other), 0);
    QCOMPARE(deleteRequests(h.server), 20);
    const QList<AuditEntry> entries = h.audit.entries();
    QCOMPARE(entries.size(), 20);
    for (const AuditEntry& entry : entries) {
        QCOMPARE(entry.connectionId, first.id);
        QCOMPARE(entry.connectionName, first.name);
        QCOMPARE(entry.host, h.server.baseUrl().authority());
        QCOMPARE(entry.outcome, QStringLiteral("succeeded"));
    }
    const CatalogueStore firstCatalogue(h.database, first.dataKey());
    QTRY_COMPARE(firstCatalogue.batch(InvoicesClassification, batchId(19))->state, BatchState::Deleted);
    QCOMPARE(h.catalogue.host(), staging.dataKey());
    for (const BatchRecord& batch : CatalogueStore(h.database, staging.dataKey()).batches())
        QVERIFY(batch.state != BatchState::Deleted);
    // What the app asks from now on goes to the staging account's server with its token.
    QCOMPARE(h.client.endpoint().baseUrl(), other.baseUrl());
    ApiCall* credits = h.client.fetchCredits();
    QSignalSpy answered(credits, &ApiCall::finished);
    QVERIFY(answered.wait(5000));
    QCOMPARE(answered.first().first().value<ApiOutcome>().kind, ApiOutcome::Kind::Succeeded);
}

// Issue 11, defect 21: Escape, like the close button, asks before a running run's window goes; it
// never vanishes while deletions go on.
void TestBulkDeletion::escapeDoesNotHideARunningRun()
{
    Harness h(6);
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 150;
    h.server.setFault(slow);
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    BulkDeletionWindow* run = confirmRun(window, firstBatches(6));
    QVERIFY(run && run->isVisible());

    QTest::keyClick(run, Qt::Key_Escape);
    QMessageBox* question = nullptr;
    QTRY_VERIFY((question = openQuestion(run, QStringLiteral("stopRunQuestion"))));
    QVERIFY(run->isVisible());
    QTest::mouseClick(buttonOf(question, QStringLiteral("Keep running")), Qt::LeftButton);
    QTRY_VERIFY(!openQuestion(run, QStringLiteral("stopRunQuestion")));
    QVERIFY(run->isVisible());
    QVERIFY(run->queue().isRunning());
    QVERIFY(!run->queue().isPaused());

    // The close button (and Alt+F4) asks the same question.
    QVERIFY(!run->close());
    QTRY_VERIFY((question = openQuestion(run, QStringLiteral("stopRunQuestion"))));
    QVERIFY(run->isVisible());
    // "Stop run": nothing new is sent; the window stays to show how the run ends.
    QTest::mouseClick(buttonOf(question, QStringLiteral("Stop run")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!run->queue().isRunning(), 10000);
    QVERIFY(run->isVisible());
    QVERIFY(deleteRequests(h.server) < 6);
    // A finished run's window closes without a question.
    QVERIFY(run->close());
}

// Issue 11, defect 21: the Batches menu brings a running run's window back.
void TestBulkDeletion::batchesMenuReopensTheRunWindow()
{
    Harness h(4);
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 200;
    h.server.setFault(slow);
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    auto* showRun = window.findChild<QAction*>(QStringLiteral("showBulkRunAction"));
    QVERIFY(showRun);
    QVERIFY(!showRun->isEnabled());
    BulkDeletionWindow* run = confirmRun(window, firstBatches(4));
    QVERIFY(run);
    QVERIFY(showRun->isEnabled());
    // Hidden, minimised or behind another window: the menu shows it again.
    run->hide();
    showRun->trigger();
    QVERIFY(run->isVisible());
    run->showMinimized();
    showRun->trigger();
    QVERIFY(!run->isMinimized());
    QTRY_VERIFY_WITH_TIMEOUT(!run->queue().isRunning(), 15000);
}

// Issue 11, defect 20: Quit during a run asks; "Keep running" keeps the app and the run going.
void TestBulkDeletion::quitDuringARunAsksAndNoKeepsItGoing()
{
    Harness h(8);
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 100;
    h.server.setFault(slow);
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    QSignalSpy received(&h.server, &SandboxServer::requestReceived);
    BulkDeletionWindow* run = confirmRun(window, firstBatches(8));
    QVERIFY(received.wait(5000));

    window.findChild<QAction*>(QStringLiteral("quitAction"))->trigger();
    QVERIFY(window.isVisible());
    QMessageBox* question = openQuestion(&window, QStringLiteral("quitQuestion"));
    QVERIFY(question);
    QVERIFY(question->isVisible());
    QCOMPARE(question->defaultButton(), buttonOf(question, QStringLiteral("Keep running")));
    QTest::mouseClick(buttonOf(question, QStringLiteral("Keep running")), Qt::LeftButton);
    QVERIFY(window.isVisible());
    QVERIFY(run->queue().isRunning());
    QVERIFY(!run->queue().isPaused());
    QTRY_VERIFY_WITH_TIMEOUT(!run->queue().isRunning(), 15000);
    QCOMPARE(run->queue().progress().deleted, 8);
    QVERIFY(window.isVisible());
}

// Issue 11, defect 20: "Stop and quit" sends nothing new, waits for the answers to what was sent,
// records them, and only then quits.
void TestBulkDeletion::quitDuringARunYesWindsItDownThenQuits()
{
    Harness h(10);
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 400;
    h.server.setFault(slow);
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    QSignalSpy received(&h.server, &SandboxServer::requestReceived);
    BulkDeletionWindow* run = confirmRun(window, firstBatches(10));
    QTRY_VERIFY(deleteRequests(h.server) >= 2);

    QVERIFY(!window.close());
    QMessageBox* question = openQuestion(&window, QStringLiteral("quitQuestion"));
    QVERIFY(question);
    QTest::mouseClick(buttonOf(question, QStringLiteral("Stop and quit")), Qt::LeftButton);
    // Still there while the two answers are on their way.
    QVERIFY(window.isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
    QVERIFY(!run->queue().isRunning());

    const int sent = deleteRequests(h.server);
    QVERIFY(sent >= 2 && sent < 10);
    const QList<DeletionResult> results = run->queue().results();
    int deleted = 0;
    for (const DeletionResult& result : results) {
        QVERIFY(result.kind == DeletionResultKind::Deleted || result.kind == DeletionResultKind::Cancelled);
        deleted += result.kind == DeletionResultKind::Deleted ? 1 : 0;
    }
    QCOMPARE(deleted, sent);
    // Every request that left has its answer on record; none reads "unknown" or "sent".
    const QList<AuditEntry> entries = h.audit.entries();
    QCOMPARE(entries.size(), sent);
    for (const AuditEntry& entry : entries)
        QCOMPARE(entry.outcome, QStringLiteral("succeeded"));
    for (int i = 0; i < 10; ++i)
        QCOMPARE(!h.server.hasBatch(InvoicesClassification, batchId(i)),
                 results.at(i).kind == DeletionResultKind::Deleted);
}

// Issue 11, defect 22: the first 401 holds the run and asks; the token settings are one click away,
// and Resume goes on with the token saved there, on the same server.
void TestBulkDeletion::rejectedTokenHoldsTheRunAndAsks()
{
    Harness h(8);
    h.tokens.save(QStringLiteral("not-the-sandbox-token"), TokenProvider::Destination::Session);
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    BulkDeletionWindow* run = confirmRun(window, firstBatches(8));
    QVERIFY(run);
    QMessageBox* question = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((question = openQuestion(run, QStringLiteral("runStoppedQuestion"))), 10000);
    QVERIFY(question->isVisible());
    QVERIFY2(question->text().contains(runStopMessage(RunStopReason::TokenRejected)),
             qPrintable(question->text()));
    QVERIFY(run->queue().isRunning());
    QVERIFY(run->queue().isPaused());
    const int sent = deleteRequests(h.server);
    QVERIFY(sent >= 1 && sent <= DeletionQueue::DefaultConcurrency);
    auto* state = run->findChild<QLabel*>(QStringLiteral("stateLabel"));
    QVERIFY2(state->text().contains(runStopMessage(RunStopReason::TokenRejected)), qPrintable(state->text()));
    QVERIFY(buttonOf(question, QStringLiteral("Resume")));
    QVERIFY(buttonOf(question, QStringLiteral("Stop run")));

    QTest::mouseClick(buttonOf(question, QStringLiteral("Open token settings")), Qt::LeftButton);
    QWidget* tokenField = nullptr;
    QTRY_VERIFY((tokenField = findByAccessibleName<QWidget>(&window, QStringLiteral("API token"))));
    QVERIFY(tokenField->isVisible());
    QVERIFY(run->queue().isPaused());
    QCOMPARE(deleteRequests(h.server), sent);
    // The user saves the right token and closes the settings.
    h.tokens.save(h.server.token(), TokenProvider::Destination::Session);
    tokenField->window()->close();

    auto* resume = run->findChild<QPushButton*>(QStringLiteral("pauseButton"));
    QCOMPARE(resume->text().remove(QLatin1Char('&')), QStringLiteral("Resume"));
    QTest::mouseClick(resume, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!run->queue().isRunning(), 15000);
    const DeletionQueue::Progress progress = run->queue().progress();
    QCOMPARE(progress.deleted, 8 - sent);
    QCOMPARE(progress.failed, sent);
    for (int i = 0; i < 8; ++i)
        QCOMPARE(h.server.hasBatch(InvoicesClassification, batchId(i)),
                 run->queue().results().at(i).kind != DeletionResultKind::Deleted);
    // The run window names a rejected attempt as the status pane and the audit window do.
    const QString tokenRejected = outcomeWord(ApiOutcome::Kind::TokenRejected, QString());
    int rejectedRows = 0;
    for (int row = 0; row < 8; ++row) {
        if (run->queue().results().at(row).kind == DeletionResultKind::Deleted)
            continue;
        ++rejectedRows;
        QCOMPARE(run->model()->data(run->model()->index(row, BulkResultModel::ResultColumn)).toString(),
                 tokenRejected);
    }
    QCOMPARE(rejectedRows, sent);
}

void TestBulkDeletion::stoppingAHeldRunLeavesTheRestNotSent_data()
{
    QTest::addColumn<int>("reason");
    QTest::newRow("token rejected") << int(RunStopReason::TokenRejected);
    QTest::newRow("wrong API URL") << int(RunStopReason::WrongApiUrl);
    QTest::newRow("server unreachable") << int(RunStopReason::ServerUnreachable);
}

// Issue 11, defect 22: whatever stopped the run, the question names it; "Stop run" sends nothing more
// and reports every batch left as not sent, for that reason.
void TestBulkDeletion::stoppingAHeldRunLeavesTheRestNotSent()
{
    QFETCH(int, reason);
    const auto stopReason = static_cast<RunStopReason>(reason);
    Harness h(6);
    if (stopReason == RunStopReason::TokenRejected) {
        h.tokens.save(QStringLiteral("not-the-sandbox-token"), TokenProvider::Destination::Session);
    } else {
        QUrl url = h.server.baseUrl();
        if (stopReason == RunStopReason::WrongApiUrl)
            url.setPath(QString()); // a base URL without /api/v1
        else
            url.setPort(closedPort());
        h.connection.setOverrides(url.toString(), QString());
        h.connection.apply();
    }
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    BulkDeletionWindow* run = confirmRun(window, firstBatches(6));
    QVERIFY(run);
    run->queue().setBackoff(std::chrono::milliseconds(1), std::chrono::milliseconds(1));
    QMessageBox* question = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((question = openQuestion(run, QStringLiteral("runStoppedQuestion"))), 15000);
    QVERIFY2(question->text().contains(runStopMessage(stopReason)), qPrintable(question->text()));
    // Only a rejected token is fixed in the settings.
    QCOMPARE(buttonOf(question, QStringLiteral("Open token settings")) != nullptr,
             stopReason == RunStopReason::TokenRejected);
    QCOMPARE(question->defaultButton(), buttonOf(question, QStringLiteral("Stop run")));
    const int requestsBefore = static_cast<int>(h.server.requests().size());

    QTest::mouseClick(buttonOf(question, QStringLiteral("Stop run")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!run->queue().isRunning(), 10000);
    QCOMPARE(static_cast<int>(h.server.requests().size()), requestsBefore);
    int notSent = 0;
    for (int row = 0; row < run->model()->rowCount(); ++row) {
        const DeletionResult& result = run->model()->result(row);
        if (result.kind != DeletionResultKind::NotSent)
            continue;
        ++notSent;
        QCOMPARE(result.stopReason, stopReason);
        QCOMPARE(run->model()->index(row, BulkResultModel::ResultColumn).data().toString(),
                 QStringLiteral("Not sent"));
        QVERIFY(run->model()
                    ->index(row, BulkResultModel::MessageColumn)
                    .data()
                    .toString()
                    .contains(runStopMessage(stopReason)));
    }
    QVERIFY(notSent > 0);
    auto* state = run->findChild<QLabel*>(QStringLiteral("stateLabel"));
    QVERIFY2(state->text().contains(runStopMessage(stopReason)), qPrintable(state->text()));
    for (int i = 0; i < 6; ++i)
        QVERIFY(h.server.hasBatch(InvoicesClassification, batchId(i)));
}

// Issue 11, defect 27: "Retry failed" never sends a batch whose outcome is unknown; a separate action
// does, after saying that the server may already have deleted it. "Outcome unknown" reads the same in
// the run window, the status pane, the audit window and both CSV exports.
void TestBulkDeletion::unknownOutcomesAreRetriedOnlyWhenAskedFor()
{
    Harness h(3);
    QTRY_VERIFY(h.catalogue.store().classification(InvoicesClassification)->detailsFetchedAt.isValid());
    // The first deletion happens, but its answer is cut off after the headers.
    SandboxFault cut;
    cut.delivery.stopAfterBodyBytes = 0;
    cut.count = 1;
    h.server.setFault(cut);
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    window.openAuditTrail();
    BulkDeletionWindow* run = confirmRun(window, firstBatches(3));
    QTRY_VERIFY_WITH_TIMEOUT(!run->queue().isRunning(), 15000);
    QCOMPARE(run->queue().progress().unknown, 1);
    QCOMPARE(run->queue().progress().deleted, 2);
    QCOMPARE(deleteRequests(h.server), 3);

    const QString unknownWord = QStringLiteral("Outcome unknown");
    int unknownRow = -1;
    for (int row = 0; row < 3; ++row) {
        if (run->model()->result(row).kind == DeletionResultKind::Unknown)
            unknownRow = row;
    }
    QVERIFY(unknownRow >= 0);
    QCOMPARE(run->model()->index(unknownRow, BulkResultModel::ResultColumn).data().toString(), unknownWord);
    QTRY_COMPARE(window.statusModel()->rowCount(), 3);
    int unknownInPane = 0;
    for (int row = 0; row < 3; ++row)
        unknownInPane +=
            window.statusModel()->index(row, StatusLogModel::OutcomeColumn).data().toString() == unknownWord;
    QCOMPARE(unknownInPane, 1);
    AuditTableModel* audit = window.auditWindow()->model();
    QTRY_COMPARE(audit->rowCount(), 3);
    int unknownInAudit = 0;
    for (int row = 0; row < 3; ++row)
        unknownInAudit += audit->index(row, AuditTableModel::OutcomeColumn).data().toString() == unknownWord;
    QCOMPARE(unknownInAudit, 1);
    QVERIFY(run->model()->toCsv().contains(QStringLiteral(",unknown,")));
    QVERIFY(AuditLog::toCsv(audit->entries()).contains(QStringLiteral(",unknown,")));

    // "Retry failed" has nothing to send: the unknown one is not a failure.
    auto* retryFailed = run->findChild<QPushButton*>(QStringLiteral("retryButton"));
    QVERIFY(!retryFailed->isEnabled());
    auto* retryUnknown = run->findChild<QPushButton*>(QStringLiteral("retryUnknownButton"));
    QVERIFY(retryUnknown);
    QVERIFY(retryUnknown->isEnabled());
    QTest::mouseClick(retryUnknown, Qt::LeftButton);
    QMessageBox* question = openQuestion(run, QStringLiteral("retryUnknownQuestion"));
    QVERIFY(question);
    QVERIFY2(question->text().contains(QLatin1String("may already have deleted")),
             qPrintable(question->text()));
    QCOMPARE(question->defaultButton(), buttonOf(question, QStringLiteral("Cancel")));
    QTest::mouseClick(buttonOf(question, QStringLiteral("Cancel")), Qt::LeftButton);
    QVERIFY(!run->queue().isRunning());
    QCOMPARE(deleteRequests(h.server), 3);

    QTest::mouseClick(retryUnknown, Qt::LeftButton);
    question = openQuestion(run, QStringLiteral("retryUnknownQuestion"));
    QVERIFY(question);
    QTest::mouseClick(buttonOf(question, QStringLiteral("Send again")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!run->queue().isRunning(), 15000);
    QCOMPARE(deleteRequests(h.server), 4);
    QCOMPARE(run->model()->rowCount(), 1);
    // The first attempt had deleted it: the 404 says so.
    QCOMPARE(run->model()->result(0).kind, DeletionResultKind::NotFound);
    QVERIFY(run->model()->result(0).message.contains(QLatin1String("earlier attempt")));
}

// Issue 11, defect 29: a batch in the form that a bulk run deleted is not offered for deletion as if it
// still existed, and a confirmation for it does not list its files as if they were there.
void TestBulkDeletion::batchInTheFormDeletedByARunLeavesTheForm()
{
    Harness h(3);
    h.server.addBatch(InvoicesClassification, batchId(0),
                      {SandboxFile{QStringLiteral("f1"), QStringLiteral("invoice-001.pdf"),
                                   QStringLiteral("done"), QStringLiteral("invoice"), 0.97}});
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    window.cataloguePanel()->selectBatch(InvoicesClassification, batchId(0));
    auto* batchField = findByAccessibleName<QComboBox>(&window, QStringLiteral("Batch ID"));
    auto* deleteButton = findByAccessibleName<QPushButton>(&window, QStringLiteral("Delete batch…"));
    QCOMPARE(batchField->currentText(), batchId(0));
    QTRY_VERIFY(h.catalogue.store().batch(InvoicesClassification, batchId(0))->filesFetchedAt.isValid());
    QVERIFY(deleteButton->isEnabled());

    BulkDeletionWindow* run = confirmRun(window, firstBatches(3));
    QTRY_VERIFY_WITH_TIMEOUT(!run->queue().isRunning(), 15000);
    QTRY_COMPARE(h.catalogue.store().batch(InvoicesClassification, batchId(0))->state, BatchState::Deleted);
    QVERIFY2(batchField->currentText().isEmpty(), qPrintable(batchField->currentText()));
    QVERIFY(!deleteButton->isEnabled());

    // Typed in again: the confirmation knows it is gone and lists no files as present.
    QTest::keyClicks(batchField->lineEdit(), batchId(0));
    QVERIFY(deleteButton->isEnabled());
    window.requestDeletion();
    ConfirmDeleteDialog* confirmation = window.pendingConfirmation();
    QVERIFY(confirmation);
    QVERIFY(confirmation->target().fileNames.isEmpty());
    QCOMPARE(confirmation->target().fileCount, -1);
    confirmation->reject();
}

// Issue 11, defect 29: the count under the catalogue counts what the tree shows.
void TestBulkDeletion::catalogueCountAgreesWithTheTree()
{
    Harness h(5);
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    CataloguePanel* panel = window.cataloguePanel();
    auto* count = panel->findChild<QLabel*>(QStringLiteral("countLabel"));
    QVERIFY2(count->text().contains(QLatin1String("5 batches")), qPrintable(count->text()));
    BulkDeletionWindow* run = confirmRun(window, firstBatches(5));
    QTRY_VERIFY_WITH_TIMEOUT(!run->queue().isRunning(), 15000);
    QTRY_COMPARE(h.catalogue.store().batch(InvoicesClassification, batchId(4))->state, BatchState::Deleted);

    const QModelIndex classification = panel->filterModel()->index(0, 0);
    QTRY_COMPARE(panel->filterModel()->rowCount(classification), 0);
    const auto shownOf = [](int shown, int total) {
        return QCoreApplication::translate("CataloguePanel", "%1 of %n batch(es) shown", nullptr, total)
            .arg(shown);
    };
    QTRY_VERIFY2(count->text().contains(shownOf(0, 5)), qPrintable(count->text()));
    panel->findChild<QCheckBox*>(QStringLiteral("showDeletedCheck"))->setChecked(true);
    QCOMPARE(panel->filterModel()->rowCount(panel->filterModel()->index(0, 0)), 5);
    QTRY_VERIFY2(count->text().contains(QLatin1String("5 batches")) &&
                     !count->text().contains(QLatin1String(" of ")),
                 qPrintable(count->text()));
    // A filter that matches one batch: the count says so.
    panel->findChild<QLineEdit*>(QStringLiteral("filterEdit"))->setText(batchId(3));
    QTRY_VERIFY2(count->text().contains(shownOf(1, 5)), qPrintable(count->text()));
}

// Issue 11, defect 29: the number of new entries is counted once, the same in the dialog and in the
// status bar, and says what is new.
void TestBulkDeletion::addedCountIsTheSameInTheDialogAndTheStatusBar()
{
    Harness h(2); // batches 0 and 1 are known already
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    window.openAddIds();
    auto* dialog = window.findChild<AddIdsDialog*>();
    QVERIFY(dialog);
    const QString newClassification = QStringLiteral("-OPXNewClassific0001");
    const QStringList lines{
        InvoicesClassification + QLatin1Char(',') + batchId(0), // known
        InvoicesClassification + QLatin1Char(',') + batchId(1), // known
        InvoicesClassification + QLatin1Char(',') + batchId(2), // new
        InvoicesClassification + QLatin1Char(',') + batchId(2), // the same line again
        InvoicesClassification + QLatin1Char(',') + batchId(3), // new
        newClassification + QLatin1Char(',') + batchId(4),      // new, in a new classification
        newClassification,                                      // that classification again
        QStringLiteral("not an id,with spaces inside"),         // refused
    };
    dialog->setText(lines.join(QLatin1Char('\n')));
    QTest::mouseClick(findByAccessibleName<QPushButton>(dialog, QStringLiteral("Add")), Qt::LeftButton);
    auto* summary = dialog->findChild<QLabel*>(QStringLiteral("summaryLabel"));
    QTRY_VERIFY(summary->isVisible() && !summary->text().isEmpty());
    const QString status = window.statusBar()->currentMessage();
    const auto counted = [](const char* text, int n) {
        return QCoreApplication::translate("AddIdsDialog", text, nullptr, n);
    };
    for (const QString& text : {summary->text(), status}) {
        QVERIFY2(text.contains(counted("%n new batch(es)", 3)), qPrintable(text));
        QVERIFY2(text.contains(counted("%n new classification(s)", 1)), qPrintable(text));
        QVERIFY2(text.contains(counted("%n already known", 2)), qPrintable(text));
    }
    QCOMPARE(h.catalogue.store().batches().size(), 5);
}

// Issue 11, defect 24: an open audit window takes in a run's entries one by one, without reading the
// whole trail again, and its filters hold for them.
void TestBulkDeletion::openAuditWindowFollowsARunEntryByEntry()
{
    Harness h(5);
    // An earlier entry of this host, and one the run's 404 will look like but must not be confused with.
    AuditEntry earlier;
    earlier.startedUtc = QDateTime::currentDateTimeUtc().addDays(-1);
    earlier.osUser = QStringLiteral("tester");
    earlier.host = h.connection.endpoint().hostLabel();
    earlier.connectionId = h.connection.connection().id;
    earlier.connectionName = h.connection.connection().name;
    earlier.classificationId = InvoicesClassification;
    earlier.batchId = QStringLiteral("-EarlierBatch00000001");
    const qint64 earlierId = h.audit.recordSent(earlier);
    QVERIFY(h.audit.recordCompleted(earlierId, QStringLiteral("succeeded"), 200,
                                    QStringLiteral("Batch deleted"), 5));
    QList<IdPair> batches = firstBatches(5);
    const QString missing = QStringLiteral("-NoSuchBatch000000000");
    h.catalogue.addEntries({IdPair{InvoicesClassification, missing}});
    batches << IdPair{InvoicesClassification, missing};

    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    window.openAuditTrail();
    AuditWindow* auditWindow = window.auditWindow();
    auto* outcome = auditWindow->findChild<QComboBox*>(QStringLiteral("outcomeCombo"));
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("succeeded")));
    AuditTableModel* model = auditWindow->model();
    QCOMPARE(model->rowCount(), 1);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);

    BulkDeletionWindow* run = confirmRun(window, batches);
    QTRY_VERIFY_WITH_TIMEOUT(!run->queue().isRunning(), 15000);
    QTRY_COMPARE(model->rowCount(), 6);
    QCOMPARE(resets.count(), 0);
    // Newest first, the earlier entry last; the 404 is left out by the filter.
    QCOMPARE(model->entry(5).id, earlierId);
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->entry(row).outcome, QStringLiteral("succeeded"));
        QVERIFY(model->entry(row).batchId != missing);
    }
    for (int row = 0; row + 1 < model->rowCount(); ++row)
        QVERIFY(model->entry(row).startedUtc >= model->entry(row + 1).startedUtc);
    // What a full read shows is exactly what the window shows.
    AuditFilter filter = auditWindow->currentFilter();
    const QList<AuditEntry> expected = h.audit.entries(filter);
    QCOMPARE(model->entries().size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(model->entry(int(i)).id, expected.at(i).id);
}

// Issue 11, defect 23: what Add IDs… selects is read back exactly, in view order, however the pasted
// batches lie among the known ones (here every third one, so the selection has many ranges).
void TestBulkDeletion::manyPastedBatchesAreSelectedAndReadBackInViewOrder()
{
    Harness h(0);
    const int count = 3000;
    QList<IdPair> known;
    QStringList pasted;
    QList<IdPair> expected;
    for (int i = 0; i < count; ++i) {
        const IdPair batch{InvoicesClassification, batchId(i)};
        if (i % 3 == 0) {
            pasted << batch.classificationId + QLatin1Char(',') + batch.batchId;
            expected << batch;
        } else {
            known << batch;
        }
    }
    h.catalogue.addEntries(known);
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    CataloguePanel* panel = window.cataloguePanel();
    // Pasted in reverse: the selection still reads back in the view's (sorted) order.
    std::reverse(pasted.begin(), pasted.end());
    window.openAddIds();
    auto* dialog = window.findChild<AddIdsDialog*>();
    QSignalSpy added(dialog, &AddIdsDialog::entriesAdded);
    QSignalSpy applied(panel, &CataloguePanel::selectionApplied);
    dialog->setText(pasted.join(QLatin1Char('\n')));
    dialog->addFromText();
    QVERIFY(applied.wait(20000));
    QCOMPARE(added.count(), 1);
    QCOMPARE(panel->selectedBatches(), expected);
    auto* bulkButton = findByAccessibleName<QPushButton>(&window, QStringLiteral("Delete selected batches…"));
    QVERIFY2(bulkButton->text().contains(QString::number(expected.size())), qPrintable(bulkButton->text()));
    // A whole classification selected means its batches shown, each once.
    QTreeView* tree = panel->view();
    tree->selectionModel()->select(panel->filterModel()->index(0, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(panel->selectedBatches().size(), count);
    QCOMPARE(panel->selectedBatches().first(), (IdPair{InvoicesClassification, batchId(0)}));
    QCOMPARE(panel->selectedBatches().last(), (IdPair{InvoicesClassification, batchId(count - 1)}));
    QVERIFY2(bulkButton->text().contains(QString::number(count)), qPrintable(bulkButton->text()));
    // "Delete N batches…" lists exactly those, in that order.
    QTest::mouseClick(bulkButton, Qt::LeftButton);
    BulkConfirmDialog* confirmation = nullptr;
    QTRY_VERIFY((confirmation = window.findChild<BulkConfirmDialog*>()));
    QCOMPARE(confirmation->items().size(), count);
    for (int i = 0; i < count; ++i)
        QCOMPARE(confirmation->items().at(i).batchId, batchId(i));
    confirmation->reject();
}

// Issue 11, defect 23: a short catalogue shows opened up; one that grows long folds, since every
// change under an open classification lays all of its rows out again.
void TestBulkDeletion::catalogueFoldsWhenItGrowsLong()
{
    Harness h(5);
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    CataloguePanel* panel = window.cataloguePanel();
    const QModelIndex classification = panel->filterModel()->index(0, 0);
    QVERIFY(panel->view()->isExpanded(classification));
    QList<IdPair> more;
    for (int i = 5; i < CataloguePanel::ExpandAllBatchLimit + 5; ++i)
        more << IdPair{InvoicesClassification, batchId(i)};
    h.catalogue.addEntries(more);
    QVERIFY(!panel->view()->isExpanded(panel->filterModel()->index(0, 0)));
    // Opened by hand, it stays open.
    panel->view()->expand(panel->filterModel()->index(0, 0));
    h.catalogue.addEntries({IdPair{InvoicesClassification, batchId(9999)}});
    QVERIFY(panel->view()->isExpanded(panel->filterModel()->index(0, 0)));
}

QTEST_MAIN(TestBulkDeletion)
// A fast server changes rows faster than anyone can read: the table hears about them together.
void TestBulkDeletion::resultRowChangesAreAnnouncedTogether()
{
    BulkResultModel model;
    QList<DeletionItem> items;
    for (int i = 0; i < 10; ++i)
        items << DeletionItem{QStringLiteral("-C"), {}, QStringLiteral("-B%1").arg(i)};
    model.reset(items);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (int row = 2; row < 8; ++row) {
        model.setRunning(row);
        DeletionResult result;
        result.item = items.at(row);
        result.kind = DeletionResultKind::Deleted;
        model.setResult(row, result);
        // What the model says is current at once; only the announcement waits.
        QCOMPARE(model.data(model.index(row, BulkResultModel::ResultColumn)).toString(),
                 BulkResultModel::resultWord(DeletionResultKind::Deleted));
    }
    QCOMPARE(changed.size(), 0);
    QVERIFY(changed.wait(5 * BulkResultModel::ChangeIntervalMs));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 2);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 7);
    QTest::qWait(2 * BulkResultModel::ChangeIntervalMs);
    QCOMPARE(changed.size(), 1);
}

#include "tst_bulkdeletion.moc"
