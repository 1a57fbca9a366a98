// The bulk flow as a user drives it: select batches in the catalogue, "Delete N batches…", type N,
// watch the run, and find every batch deleted in the catalogue, the status pane and the audit trail.
#include "activeconnection.h"
#include "appsettings.h"
#include "auditlog.h"
#include "bulkconfirmdialog.h"
#include "bulkdeletionwindow.h"
#include "bulkresultmodel.h"
#include "cataloguemodel.h"
#include "cataloguepanel.h"
#include "catalogueservice.h"
#include "cataloguestore.h"
#include "database.h"
#include "extractaclient.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "resultsfetchqueue.h"
#include "sandboxserver.h"
#include "statuslogmodel.h"
#include "tokenprovider.h"

#include <QApplication>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

namespace {

const auto ClassificationId = QStringLiteral("-OPXR1F82I0cRYJPcHNo");

QString batchId(int n)
{
    return QStringLiteral("-BulkBatch%1").arg(n, 10, 10, QLatin1Char('0'));
}

struct Harness
{
    QTemporaryDir dir;
    QSettings qsettings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    AppSettings settings{qsettings};
    MemoryTokenStore keychain;
    MemoryTokenStore plainFile;
    TokenProvider tokens{&keychain, &plainFile, QStringLiteral("default")};
    QNetworkAccessManager network;
    ExtractaClient client{&network};
    ActiveConnection connection{client, tokens, settings};
    Database database{QStringLiteral("tst_bulkdeletion")};
    Database::OpenResult opened = database.open(dir.filePath(QStringLiteral("data.sqlite3")));
    AuditLog audit{database};
    CatalogueService catalogue{database, client};
    SandboxServer server;

    explicit Harness(int batches)
    {
        catalogue.resultsQueue().setMinimumSpacing(std::chrono::milliseconds(0));
        server.addClassification(ClassificationId, QStringLiteral("Invoices"), QString(), {});
        QList<IdPair> known;
        for (int i = 0; i < batches; ++i) {
            server.addBatch(ClassificationId, batchId(i), {});
            known << IdPair{ClassificationId, batchId(i)};
        }
        if (!server.start())
            qFatal("sandbox did not start");
        connection.setOverrides(server.baseUrl().toString(), QString());
        tokens.save(server.token(), TokenProvider::Destination::Session);
        connection.apply();
        catalogue.setHost(connection.storageKey());
        catalogue.addEntries(known);
    }
};

QModelIndex viewIndex(CataloguePanel* panel, const QString& batch)
{
    return panel->filterModel()->mapFromSource(panel->model()->batchIndex(ClassificationId, batch));
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
        QVERIFY(!h.server.hasBatch(ClassificationId, batchId(i)));
        QCOMPARE(h.catalogue.store().batch(ClassificationId, batchId(i))->state, BatchState::Deleted);
    }
    for (int i : {1, 3})
        QVERIFY(h.server.hasBatch(ClassificationId, batchId(i)));
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
        items << DeletionItem{ClassificationId, QStringLiteral("Invoices"), batchId(i), i % 3 == 0 ? -1 : i,
                              false};
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
    auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("batchList"));
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->childCount(), 12);
    QSignalSpy finished(&dialog, &QDialog::finished);
    QTest::keyClick(field, Qt::Key_Escape);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Rejected));
}

void TestBulkDeletion::resultsExportAsCsv()
{
    Harness h(2);
    BulkDeletionWindow run(h.client, h.audit, h.connection.storageKey(), QStringLiteral("tester"));
    QSignalSpy done(&run, &BulkDeletionWindow::runFinished);
    run.start(
        {DeletionItem{ClassificationId, QStringLiteral("Invoices"), batchId(0), 3, false},
         DeletionItem{ClassificationId, QString(), QStringLiteral("-NoSuchBatch000000000"), -1, false}});
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
