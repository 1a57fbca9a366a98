// Text from servers and users as the app's windows show it (issue 11, defects 18, 19, 26 and the
// Copy item of 29): never rendered as markup, never with the token, never with a control character
// on the clipboard; every ID validated before it can be selected or sent, and look-alike IDs told
// apart wherever they are listed. Real widgets against the loopback sandbox.

#include "appwiring.h"
#include "core/api/activeconnection.h"
#include "core/api/extractaclient.h"
#include "core/catalogue/catalogueservice.h"
#include "core/settings/appsettings.h"
#include "core/storage/auditlog.h"
#include "core/storage/cataloguestore.h"
#include "core/storage/database.h"
#include "core/tokens/tokenprovider.h"
#include "gui/audit/audittablemodel.h"
#include "gui/audit/auditwindow.h"
#include "gui/bulk/bulkconfirmdialog.h"
#include "gui/bulk/bulkdeletionwindow.h"
#include "gui/bulk/bulkresultmodel.h"
#include "gui/catalogue/batchpreviewpane.h"
#include "gui/catalogue/cataloguemodel.h"
#include "gui/catalogue/cataloguepanel.h"
#include "gui/deletion/confirmdeletedialog.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/mainwindow/statuslogmodel.h"
#include "gui/widgets/servertextlabel.h"
#include "guitesthelpers.h"
#include "sampleids.h"
#include "sandbox/sandboxserver.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>

namespace {

using namespace SampleIds;

const auto BatchId = QStringLiteral("-OQb7Kx2LmNn8PqRsTuV");

// Everything a real main window runs on, wired as main() wires it, against a loopback sandbox.
struct Harness : AppWiring
{
    Harness()
        : AppWiring(QStringLiteral("tst_showntext"))
    {
        startSandbox();
    }

    // The database file and its write-ahead log, byte for byte.
    QByteArray databaseBytes() const
    {
        QByteArray bytes;
        for (const QString& path : {databasePath, databasePath + QStringLiteral("-wal")}) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes;
    }
};

// Types both IDs into the form, presses "Delete batch…", types the batch ID as shown and confirms;
// waits for the answer.
bool deleteThroughTheForm(MainWindow& window, const QString& classificationId, const QString& batchId)
{
    auto* classification = findByAccessibleName<QComboBox>(&window, QStringLiteral("Classification ID"));
    auto* batch = findByAccessibleName<QComboBox>(&window, QStringLiteral("Batch ID"));
    auto* deleteButton = findByAccessibleName<QPushButton>(&window, QStringLiteral("Delete batch…"));
    classification->setEditText(classificationId);
    batch->setEditText(batchId);
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    ConfirmDeleteDialog* dialog = window.pendingConfirmation();
    if (!dialog)
        return false;
    auto* field = findByAccessibleName<QLineEdit>(dialog, QStringLiteral("Type the batch ID to confirm"));
    field->setText(batchId);
    QSignalSpy finished(&window, &MainWindow::deletionFinished);
    QTest::mouseClick(findByAccessibleName<QPushButton>(dialog, QStringLiteral("Delete batch")),
                      Qt::LeftButton);
    return finished.wait(10000);
}

AuditWindow* openAuditWindow(MainWindow& window)
{
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text().remove(QLatin1Char('&')) == QStringLiteral("Audit trail…"))
            action->trigger();
    }
    return window.auditWindow();
}

QStringList cellsOf(const QAbstractItemModel* model, int role)
{
    QStringList cells;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column).data(role).toString();
    }
    return cells;
}

// A tooltip as a user reads it; fails the test when any of it was taken as markup.
QString readToolTip(const QVariant& toolTip)
{
    bool obeyed = false;
    const QString read = readAsShown(toolTip.toString(), Qt::AutoText, &obeyed);
    if (obeyed)
        qWarning("markup obeyed in tooltip: %s", qPrintable(toolTip.toString()));
    return obeyed ? QStringLiteral("<markup obeyed>") : read;
}

QList<QByteArray> deletedBatchIds(const SandboxServer& server)
{
    QList<QByteArray> ids;
    for (const SandboxRequest& request : server.requests()) {
        if (request.method == "DELETE")
            ids << QJsonDocument::fromJson(request.body)
                       .object()
                       .value(QLatin1String("batchId"))
                       .toString()
                       .toUtf8();
    }
    return ids;
}

} // namespace

class TestShownText : public QObject
{
    Q_OBJECT

private slots:
    void echoedTokenNeverShowsNorIsStored();
    void markupShowsLiterallyEverywhere();
    void bulkConfirmationShowsServerTextAsTheServers();
    void copyPutsNoControlCharacterOnTheClipboard();
    void idsFromAnApiAnswerAreValidatedAndToldApart();
    void blankUrlOrTokenInTheEnvironmentIsShownPlainly();
};

void TestShownText::echoedTokenNeverShowsNorIsStored()
{
    // A server that repeats the Authorization header in its error message (issue 11, defect 18).
    Harness h;
    const QString token = h.server.token();
    SandboxFault echo;
    echo.kind = SandboxFault::Kind::EchoAuthorization;
    h.server.setFault(echo);
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    QVERIFY(deleteThroughTheForm(window, InvoicesClassification, BatchId));
    QVERIFY(h.server.requests().constLast().header("Authorization").endsWith(token.toUtf8()));

    // The status pane: the cell, its tooltip, and what Copy puts on the clipboard.
    const StatusLogModel* status = window.statusModel();
    QCOMPARE(status->rowCount(), 1);
    const QString message = status->index(0, StatusLogModel::MessageColumn).data().toString();
    QVERIFY2(message.contains(QLatin1String("Bearer")), qPrintable(message)); // the echo arrived
    for (const QString& cell : cellsOf(status, Qt::DisplayRole) + cellsOf(status, Qt::ToolTipRole))
        QVERIFY2(!cell.contains(token), "the status pane shows the token");
    QApplication::clipboard()->clear();
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("copyButton")), Qt::LeftButton);
    QVERIFY(!QApplication::clipboard()->text().isEmpty());
    QVERIFY2(!QApplication::clipboard()->text().contains(token), "Copy puts the token on the clipboard");

    // The audit window, cells and tooltips.
    AuditWindow* audit = openAuditWindow(window);
    QVERIFY(audit);
    auto* table = findByAccessibleName<QTableView>(audit, QStringLiteral("Audit trail"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    const QString auditMessage = table->model()->index(0, AuditTableModel::MessageColumn).data().toString();
    QVERIFY2(auditMessage.contains(QLatin1String("Bearer")), qPrintable(auditMessage));
    for (const QString& cell :
         cellsOf(table->model(), Qt::DisplayRole) + cellsOf(table->model(), Qt::ToolTipRole))
        QVERIFY2(!cell.contains(token), "the audit window shows the token");

    // The audit trail on disk, its write-ahead log included.
    QVERIFY(!h.databaseBytes().isEmpty());
    QVERIFY2(!h.databaseBytes().contains(token.toUtf8()), "the token is in the database file or its WAL");
}

void TestShownText::markupShowsLiterallyEverywhere()
{
    // Markup in every field a server or a user fills (issue 11, defect 26). A real image on disk, so
    // that a label or tooltip rendering it would load it.
    Harness h;
    const QString image = h.dir.filePath(QStringLiteral("probe.png"));
    QImage(4, 4, QImage::Format_RGB32).save(image);
    const QString markup =
        QStringLiteral("<h1>Big</h1><a href=\"http://evil.example\">link</a><img src=\"file://%1\">")
            .arg(image);
    // IDs cannot hold spaces, so theirs is markup without any.
    const QString classification = QStringLiteral("<b>c1</b>");
    const QString batch = QStringLiteral("<i>b1</i>");
    const QString fileId = QStringLiteral("<u>f1</u>");
    h.server.addClassification(classification, markup, markup, {markup});
    h.server.addBatch(classification, batch, {SandboxFile{fileId, markup, markup, markup, 0.5}});
    h.catalogue.addEntries({IdPair{classification, batch}});
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    QTRY_VERIFY(h.catalogue.store().classification(classification)->detailsFetchedAt.isValid());
    window.cataloguePanel()->selectBatch(classification, batch);
    auto* preview = findByAccessibleName<QTableView>(&window, QStringLiteral("Batch preview"));
    QTRY_COMPARE(preview->model()->rowCount(), 1);

    // The catalogue: the name as written, the tooltips as text.
    const CatalogueModel* catalogue = window.cataloguePanel()->model();
    const QModelIndex classificationRow = catalogue->classificationIndex(classification);
    QCOMPARE(classificationRow.siblingAtColumn(CatalogueModel::IdColumn).data().toString(), classification);
    QCOMPARE(classificationRow.siblingAtColumn(CatalogueModel::NameColumn).data().toString(), markup);
    const QString catalogueTip = readToolTip(classificationRow.data(Qt::ToolTipRole));
    QVERIFY2(catalogueTip.contains(markup), qPrintable(catalogueTip));

    // The preview: file cells as written, the file ID tooltip as text, the summary plain.
    QCOMPARE(preview->model()->index(0, 0).data().toString(), markup);
    const QString fileTip = readToolTip(preview->model()->index(0, 0).data(Qt::ToolTipRole));
    QVERIFY2(fileTip.contains(fileId), qPrintable(fileTip));
    auto* summary = window.previewPane()->findChild<QLabel*>(QStringLiteral("summaryLabel"));
    QCOMPARE(summary->textFormat(), Qt::PlainText);
    QVERIFY2(summary->text().contains(batch), qPrintable(summary->text()));

    // The confirmation: the name and the file name, their tooltips too.
    auto* classificationField = findByAccessibleName<QComboBox>(&window, QStringLiteral("Classification ID"));
    QCOMPARE(classificationField->currentText(), classification);
    QTest::mouseClick(findByAccessibleName<QPushButton>(&window, QStringLiteral("Delete batch…")),
                      Qt::LeftButton);
    ConfirmDeleteDialog* confirmation = window.pendingConfirmation();
    QVERIFY(confirmation);
    const auto serverLabels = confirmation->findChildren<ServerTextLabel*>();
    QCOMPARE(serverLabels.size(), 2);
    for (const ServerTextLabel* label : serverLabels) {
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QCOMPARE(label->serverText(), markup);
        QCOMPARE(readToolTip(label->toolTip()), markup);
    }
    for (const QLabel* label : confirmation->findChildren<QLabel*>()) {
        bool obeyed = false;
        readAsShown(label->text(), label->textFormat(), &obeyed);
        QVERIFY2(!obeyed, qPrintable(label->text()));
    }
    confirmation->reject();

    // The status pane and the audit window, with a server message that is markup.
    SandboxFault refusal;
    refusal.kind = SandboxFault::Kind::Status;
    refusal.status = 400;
    refusal.body = QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                             {QStringLiteral("message"), markup}})
                       .toJson(QJsonDocument::Compact);
    h.server.setFault(refusal);
    QVERIFY(deleteThroughTheForm(window, classification, batch));
    const StatusLogModel* status = window.statusModel();
    const QModelIndex message = status->index(0, StatusLogModel::MessageColumn);
    QVERIFY2(message.data().toString().contains(markup), qPrintable(message.data().toString()));
    QVERIFY2(readToolTip(message.data(Qt::ToolTipRole)).contains(markup),
             qPrintable(message.data(Qt::ToolTipRole).toString()));
    QCOMPARE(status->index(0, StatusLogModel::BatchColumn).data().toString(), batch);

    AuditWindow* audit = openAuditWindow(window);
    auto* table = findByAccessibleName<QTableView>(audit, QStringLiteral("Audit trail"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    for (const int column :
         {int(AuditTableModel::MessageColumn), int(AuditTableModel::ClassificationNameColumn)}) {
        const QModelIndex cell = table->model()->index(0, column);
        QVERIFY2(cell.data().toString().contains(markup), qPrintable(cell.data().toString()));
        QVERIFY2(readToolTip(cell.data(Qt::ToolTipRole)).contains(markup),
                 qPrintable(cell.data(Qt::ToolTipRole).toString()));
    }

    // A bulk run: the confirmation's name and the run window's message tooltips.
    BulkConfirmDialog bulkConfirmation({DeletionItem{classification, markup, batch, 1, false}},
                                       QStringLiteral("host"), false);
    const QAbstractItemModel* list =
        bulkConfirmation.findChild<QTreeView*>(QStringLiteral("batchList"))->model();
    QStringList bulkTexts;
    for (int column = 0; column < list->columnCount(); ++column) {
        const QModelIndex group = list->index(0, column);
        bulkTexts << group.data().toString();
        if (!group.data(Qt::ToolTipRole).toString().isEmpty())
            QCOMPARE(readToolTip(group.data(Qt::ToolTipRole)), markup);
    }
    QVERIFY2(bulkTexts.join(QLatin1Char('|')).contains(markup), qPrintable(bulkTexts.join(QLatin1Char('|'))));
    BulkDeletionWindow run(h.connection.bind(nullptr), h.audit, QStringLiteral("tester"));
    QSignalSpy done(&run, &BulkDeletionWindow::runFinished);
    run.start({DeletionItem{classification, markup, batch, 1, false}});
    QVERIFY(done.wait(15000));
    const QModelIndex runMessage = run.model()->index(0, BulkResultModel::MessageColumn);
    QVERIFY2(readToolTip(runMessage.data(Qt::ToolTipRole)).contains(markup),
             qPrintable(runMessage.data(Qt::ToolTipRole).toString()));

    // "Remove from list" asks about a classification named by its ID: the question is plain text.
    h.server.setFault({});
    window.cataloguePanel()->view()->setCurrentIndex(window.cataloguePanel()->filterModel()->mapFromSource(
        window.cataloguePanel()->model()->classificationIndex(classification)));
    QString asked;
    Qt::TextFormat askedFormat = Qt::RichText;
    // Answers the question once it is on the screen (it runs its own event loop).
    QTimer answer;
    answer.setInterval(0);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        answer.stop();
        asked = box->text();
        askedFormat = box->textFormat();
        box->reject();
    });
    answer.start();
    QTest::mouseClick(window.cataloguePanel()->findChild<QPushButton*>(QStringLiteral("removeButton")),
                      Qt::LeftButton);
    answer.stop();
    QVERIFY2(asked.contains(classification), qPrintable(asked));
    bool obeyed = false;
    readAsShown(asked, askedFormat, &obeyed);
    QVERIFY2(!obeyed, qPrintable(asked));
    QVERIFY(h.catalogue.store().classification(classification)); // cancelled: still there
}

void TestShownText::bulkConfirmationShowsServerTextAsTheServers()
{
    // A name that would lay out a decoy row and reverse a file name (issue 11, defect 25).
    const QString name = QStringLiteral("Invoices\n  b-DECOY\u2028x \u202Eexe.pdf");
    BulkConfirmDialog dialog({DeletionItem{InvoicesClassification, name, BatchId, 3, false}},
                             QStringLiteral("host"), false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QAbstractItemModel* list = dialog.findChild<QTreeView*>(QStringLiteral("batchList"))->model();
    QCOMPARE(list->rowCount(), 1);
    const QModelIndex group = list->index(0, 0);
    QCOMPARE(list->rowCount(group), 1);
    QString shownName;
    for (int column = 0; column < list->columnCount(); ++column) {
        const QString text = list->index(0, column).data().toString();
        for (const QChar c : text)
            QVERIFY2(c != QLatin1Char('\n') && c.unicode() != 0x2028 && c.unicode() != 0x202E,
                     qPrintable(text));
        if (text.contains(QLatin1String("DECOY"))) {
            shownName = text;
            QVERIFY(list->index(0, column).data(Qt::FontRole).value<QFont>().italic());
        }
    }
    // One line with the breaks and the override written out, isolated inside its quotes.
    QCOMPARE(shownName, QStringLiteral("“\u2068Invoices\\n  b-DECOY\\u{2028}x \\u{202E}exe.pdf\u2069”"));
    QCOMPARE(list->index(0, 0, group).data().toString(), BatchId);
}

void TestShownText::copyPutsNoControlCharacterOnTheClipboard()
{
    // A message with a terminal title change, a clear screen, a bell, NUL and a forged second line.
    Harness h;
    SandboxFault refusal;
    refusal.kind = SandboxFault::Kind::Status;
    refusal.status = 400;
    refusal.body =
        R"({"status":"error","message":"a\u001b]0;pwned\u0007b\u001b[2Jc\u0000d\r\nDeleted\tb-0002"})";
    h.server.setFault(refusal);
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    QVERIFY(deleteThroughTheForm(window, InvoicesClassification, BatchId));

    const QString cell = window.statusModel()->index(0, StatusLogModel::MessageColumn).data().toString();
    QVERIFY2(cell.contains(QLatin1String("a\\x1B]0;pwned\\x07b\\x1B[2Jc\\x00d\\r\\nDeleted\\tb-0002")),
             qPrintable(cell));
    QApplication::clipboard()->clear();
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("copyButton")), Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY(copied.contains(QLatin1String("pwned")));
    for (const QChar c : copied)
        QVERIFY2(
            c.unicode() >= 0x20 || c == QLatin1Char('\t') || c == QLatin1Char('\n'),
            qPrintable(QStringLiteral("U+%1 on the clipboard").arg(c.unicode(), 4, 16, QLatin1Char('0'))));
    // One header line and one row: nothing forged a line of its own.
    const QStringList lines = copied.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1).count(QLatin1Char('\t')), StatusLogModel::ColumnCount - 1);
}

void TestShownText::idsFromAnApiAnswerAreValidatedAndToldApart()
{
    // viewClassification lists batches (issue 11, defect 19): one plain ID, one look-alike with
    // U+2010 HYPHEN (a valid ID of its own), and five no request may carry.
    Harness h;
    const QString plain = QStringLiteral("b-0001");
    const QString lookAlike = QStringLiteral("b\u20100001");
    const QStringList invalid{QStringLiteral("b-0001\u202E"), QStringLiteral("b\u200B-0001"),
                              QStringLiteral("b-0001\nb-0009"), QStringLiteral("b 0001"),
                              QString(300, QLatin1Char('b'))};
    h.server.addClassification(InvoicesClassification, QStringLiteral("Invoices"), QString(), {});
    for (const QString& id : QStringList{plain, lookAlike} + invalid)
        h.server.addBatch(InvoicesClassification, id, {});
    h.server.setViewListsBatches(true);
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    QSignalSpy looked(&h.catalogue, &CatalogueService::classificationLookupFinished);
    h.catalogue.addEntries({IdPair{InvoicesClassification, {}}});
    QVERIFY(looked.wait(10000));

    // Only what passes the ID validation is stored, and the window says what was left out.
    QStringList stored;
    for (const BatchRecord& batch : h.catalogue.store().batches())
        stored << batch.batchId;
    stored.sort();
    QCOMPARE(stored, QStringList({plain, lookAlike}));
    const QString note = window.findChild<QLabel*>(QStringLiteral("infoText"))->text();
    QVERIFY2(note.contains(QLatin1String("5 ID")) && note.contains(QLatin1String("left out")),
             qPrintable(note));

    // The catalogue lists the two so that they can be told apart.
    const CatalogueModel* catalogue = window.cataloguePanel()->model();
    const QString shownLookAlike = QStringLiteral("b\\u{2010}0001");
    QCOMPARE(catalogue->batchIndex(InvoicesClassification, lookAlike).data().toString(), shownLookAlike);
    QCOMPARE(catalogue->batchIndex(InvoicesClassification, plain).data().toString(), plain);

    // Selected together, the bulk confirmation lists both, distinct; only these two are sent.
    QSignalSpy selected(window.cataloguePanel(), &CataloguePanel::selectionApplied);
    window.cataloguePanel()->selectBatches(
        {IdPair{InvoicesClassification, plain}, IdPair{InvoicesClassification, lookAlike}});
    QVERIFY(selected.wait(5000));
    auto* bulkButton = findByAccessibleName<QPushButton>(&window, QStringLiteral("Delete selected batches…"));
    QVERIFY(bulkButton);
    QTest::mouseClick(bulkButton, Qt::LeftButton);
    BulkConfirmDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<BulkConfirmDialog*>()));
    const QAbstractItemModel* list = dialog->findChild<QTreeView*>(QStringLiteral("batchList"))->model();
    QStringList listed;
    for (int row = 0; row < list->rowCount(list->index(0, 0)); ++row)
        listed << list->index(row, 0, list->index(0, 0)).data().toString();
    listed.sort();
    QCOMPARE(listed, QStringList({plain, shownLookAlike}));
    findByAccessibleName<QLineEdit>(dialog, QStringLiteral("Type the number of batches to confirm"))
        ->setText(QStringLiteral("2"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("deleteButton")), Qt::LeftButton);
    QTRY_VERIFY(window.bulkDeletionWindow());
    BulkDeletionWindow* run = window.bulkDeletionWindow();
    QTRY_VERIFY_WITH_TIMEOUT(!run->queue().isRunning(), 15000);
    QList<QByteArray> sent = deletedBatchIds(h.server);
    std::sort(sent.begin(), sent.end());
    QList<QByteArray> expected{plain.toUtf8(), lookAlike.toUtf8()};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(sent, expected);

    // The run window, the status pane and the audit window tell them apart too.
    QStringList runIds;
    for (int row = 0; row < run->model()->rowCount(); ++row)
        runIds << run->model()->index(row, BulkResultModel::BatchColumn).data().toString();
    runIds.sort();
    QCOMPARE(runIds, QStringList({plain, shownLookAlike}));
    QTRY_COMPARE(window.statusModel()->rowCount(), 2);
    QStringList statusIds;
    for (int row = 0; row < 2; ++row)
        statusIds << window.statusModel()->index(row, StatusLogModel::BatchColumn).data().toString();
    statusIds.sort();
    QCOMPARE(statusIds, QStringList({plain, shownLookAlike}));
    AuditWindow* audit = openAuditWindow(window);
    auto* table = findByAccessibleName<QTableView>(audit, QStringLiteral("Audit trail"));
    QTRY_COMPARE(table->model()->rowCount(), 2);
    QStringList auditIds;
    for (int row = 0; row < 2; ++row)
        auditIds << table->model()->index(row, AuditTableModel::BatchIdColumn).data().toString();
    auditIds.sort();
    QCOMPARE(auditIds, QStringList({plain, shownLookAlike}));
}

void TestShownText::blankUrlOrTokenInTheEnvironmentIsShownPlainly()
{
    // EXTRACTA_API_URL set but empty: no default, a notice that names the variable (defect 2).
    Harness h;
    h.settings.setFirstRunCompleted(true);
    h.connection.setOverrides(std::nullopt, QString());
    h.connection.apply();
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    auto* notice = window.findChild<QWidget*>(QStringLiteral("noticeFrame"));
    auto* noticeText = window.findChild<QLabel*>(QStringLiteral("noticeText"));
    QVERIFY(notice->isVisible());
    QVERIFY2(noticeText->text().contains(QLatin1String("EXTRACTA_API_URL")) &&
                 noticeText->text().contains(QLatin1String("empty")),
             qPrintable(noticeText->text()));
    QVERIFY(!findByAccessibleName<QPushButton>(&window, QStringLiteral("Delete batch…"))->isEnabled());

    // EXTRACTA_API_TOKEN set but empty, on a first run too: the notice says so next to the welcome.
    Harness first;
    first.connection.setOverrides(first.server.baseUrl().toString(), std::nullopt);
    first.tokens.setEnvironmentToken(QString());
    first.connection.apply();
    MainWindow firstWindow(first.connection, first.settings, first.catalogue, first.audit, QString());
    firstWindow.show();
    auto* firstNotice = firstWindow.findChild<QLabel*>(QStringLiteral("noticeText"));
    QVERIFY(firstWindow.findChild<QWidget*>(QStringLiteral("noticeFrame"))->isVisible());
    QVERIFY2(firstNotice->text().contains(QLatin1String("EXTRACTA_API_TOKEN is set but empty")),
             qPrintable(firstNotice->text()));
}

QTEST_MAIN(TestShownText)
#include "tst_showntext.moc"
