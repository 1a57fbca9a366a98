#include "appwiring.h"
#include "core/api/apioutcome.h"
#include "core/settings/appsettings.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/team/teamconnection.h"
#include "core/team/teamdatabaseaddress.h"
#include "core/team/teamoutbox.h"
#include "core/team/teamschema.h"
#include "core/team/teamsettings.h"
#include "core/team/teamsync.h"
#include "core/team/teamuploader.h"
#include "core/tokens/tokenstore.h"
#include "gui/bulk/bulkconfirmdialog.h"
#include "gui/catalogue/cataloguemodel.h"
#include "gui/catalogue/cataloguepanel.h"
#include "gui/deletion/confirmdeletedialog.h"
#include "gui/mainwindow/mainwindow.h"
#include "guitesthelpers.h"
#include "postgrescluster.h"
#include "sampleids.h"
#include "sandbox/sandboxserver.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

namespace {

using SampleIds::InvoicesClassification;

const auto DeletedBatch = QStringLiteral("-OTMa1Kx2LmNn8PqRsTA");
const auto OtherBatch = QStringLiteral("-OTMb2Kx2LmNn8PqRsTB");
const auto ThirdBatch = QStringLiteral("-OTMc3Kx2LmNn8PqRsTC");
const auto WarningStart = QStringLiteral("Warning: The team trail says ");

// The window and the objects it runs on, against a sandbox holding three batches of one classification.
struct Desk : AppWiring
{
    Desk()
        : AppWiring(QStringLiteral("tst_teammarks"))
    {
        server.addClassification(InvoicesClassification, QStringLiteral("Invoices"), QString(), {});
        for (const QString& batch : {DeletedBatch, OtherBatch, ThirdBatch})
            server.addBatch(InvoicesClassification, batch, {});
        startSandbox();
    }

    // The API host as this desk's audit trail (and so the team trail) records it.
    QString apiHost() const
    {
        return connection.auditOrigin().host;
    }
};

// A TeamSync as the app makes it, with the team database saved in settings of its own.
struct DeskTeamSync
{
    DeskTeamSync(const QString& uri, const QString& localDatabasePath)
    {
        TeamSettings(qsettings).setSavedUri(uri);
        team = std::make_unique<TeamSync>(qsettings, settings, &keychain, &plainFile);
        team->start(localDatabasePath);
    }

    QTemporaryDir dir;
    QSettings qsettings{dir.filePath(QStringLiteral("team.ini")), QSettings::IniFormat};
    AppSettings settings{qsettings};
    MemoryTokenStore keychain;
    MemoryTokenStore plainFile;
    std::unique_ptr<TeamSync> team;
};

// What a user reads: the isolates around text from another desk are invisible.
QString readable(QString text)
{
    return text.remove(QChar(0x2068)).remove(QChar(0x2069));
}

CataloguePanel* panelOf(MainWindow& window)
{
    return window.findChild<CataloguePanel*>();
}

QString stateCell(MainWindow& window, const QString& batchId, int role = Qt::DisplayRole)
{
    const CatalogueModel* model = panelOf(window)->model();
    const QString text = model->batchIndex(InvoicesClassification, batchId)
                             .siblingAtColumn(CatalogueModel::StateColumn)
                             .data(role)
                             .toString();
    if (role != Qt::ToolTipRole)
        return text;
    // A tooltip as the user reads it; none of it may be taken as markup.
    bool markup = false;
    const QString read = readAsShown(text, Qt::AutoText, &markup);
    return markup ? QStringLiteral("(markup obeyed) ") + read : read;
}

// The warning line of the confirmation, when shown.
QLabel* teamWarning(QWidget* dialog)
{
    for (QLabel* label : dialog->findChildren<QLabel*>()) {
        if (label->accessibleName().startsWith(WarningStart) && label->isVisibleTo(dialog))
            return label;
    }
    return nullptr;
}

// Fills the form as a user types and presses "Delete batch…": the confirmation it opened.
ConfirmDeleteDialog* pressDeleteFor(MainWindow& window, const QString& batchId)
{
    auto* classification = findByAccessibleName<QComboBox>(&window, QStringLiteral("Classification ID"));
    auto* batch = findByAccessibleName<QComboBox>(&window, QStringLiteral("Batch ID"));
    auto* deleteButton = findByAccessibleName<QPushButton>(&window, QStringLiteral("Delete batch…"));
    if (!classification || !batch || !deleteButton)
        return nullptr;
    classification->lineEdit()->clear();
    batch->lineEdit()->clear();
    QTest::keyClicks(classification->lineEdit(), InvoicesClassification);
    QTest::keyClicks(batch->lineEdit(), batchId);
    if (!deleteButton->isEnabled())
        return nullptr;
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    return window.pendingConfirmation();
}

// Waits until the team trail has answered everything asked of it before now: its thread answers in
// order, so once this question is answered, so are those before it.
bool teamTrailAnswered(TeamSync& team, const QString& apiHost)
{
    bool answered = false;
    QObject context;
    team.readDeletions(apiHost, InvoicesClassification, {OtherBatch}, &context,
                       [&answered](const QHash<QString, TeamDeletion>&) { answered = true; });
    return QTest::qWaitFor([&answered] { return answered; }, 10000);
}

void saveScreenshot(QWidget* widget, const QString& name)
{
    if (qEnvironmentVariableIsEmpty("EBA_TEAMMARKS_SCREENSHOTS"))
        return;
    widget->grab().save(QStringLiteral("/tmp/teammarks-%1.png").arg(name));
}

} // namespace

class TestTeamMarks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void catalogueMarksABatchAnotherDeskDeleted();
    void thisDesksOwnDeletionKeepsItsState();
    void aDeletionArrivingLaterIsMarkedAfterASync();
    void marksComeOnceTheTeamDatabaseIsBack();
    void confirmationWarnsWhenTheTeamTrailSaysDeleted();
    void confirmationClosedBeforeTheAnswerHearsNothing();
    void withoutATeamTrailNothingIsMarked();
    void hostileNamesAreShownEscapedAndBounded();

private:
    // A deletion made at another desk: recorded in that desk's own trail, then uploaded to the team
    // trail as its TeamSync would.
    void deletedAtAnotherDesk(const QString& apiHost, const QString& batchId,
                              const QString& osUser = QStringLiteral("alice"),
                              const QString& machine = QStringLiteral("desk-7"));

    PostgresCluster m_cluster;
    int m_otherDesks = 0;
};

void TestTeamMarks::initTestCase()
{
    // Nothing from the developer's environment picks another team database or password.
    qunsetenv("EXTRACTA_TEAM_DB");
    qunsetenv("EXTRACTA_TEAM_DB_PASSWORD");
    QString reason;
    QVERIFY2(PostgresCluster::serverAvailable(&reason), qPrintable(reason));
    QVERIFY2(m_cluster.start(&reason), qPrintable(reason));
    const std::optional<TeamDatabaseAddress> address =
        TeamDatabaseAddress::parse(m_cluster.superuserUri(), &reason);
    QVERIFY2(address, qPrintable(reason));
    TeamConnection connection(*address, {});
    QVERIFY2(connection.open(), qPrintable(connection.errorMessage()));
    const TeamSchema::Migration migration = TeamSchema::migrate(connection.handle());
    QVERIFY2(migration.ok, qPrintable(migration.error));
}

void TestTeamMarks::cleanup()
{
    // A test that failed with the server stopped leaves it running for the next one.
    QString error;
    QVERIFY2(m_cluster.isRunning() || m_cluster.start(&error), qPrintable(error));
}

void TestTeamMarks::deletedAtAnotherDesk(const QString& apiHost, const QString& batchId,
                                         const QString& osUser, const QString& machine)
{
    QTemporaryDir folder;
    Database local(QStringLiteral("tst_teammarks-other-desk-%1").arg(++m_otherDesks));
    QVERIFY(local.open(folder.filePath(QStringLiteral("other-desk.sqlite3"))).ok);
    AuditLog audit(local);
    AuditEntry entry;
    entry.startedUtc = QDateTime::currentDateTimeUtc();
    entry.osUser = osUser;
    entry.machine = machine;
    entry.host = apiHost;
    entry.classificationId = InvoicesClassification;
    entry.classificationName = QStringLiteral("Invoices");
    entry.batchId = batchId;
    const qint64 id = audit.recordSent(entry);
    QVERIFY(id > 0);
    QVERIFY(audit.recordCompleted(id, QStringLiteral("succeeded"), 200, {}, 40));

    QString problem;
    const std::optional<TeamDatabaseAddress> address =
        TeamDatabaseAddress::parse(m_cluster.superuserUri(), &problem);
    QVERIFY2(address, qPrintable(problem));
    TeamOutbox outbox(local, address->displayName());
    TeamConnection connection(*address, {});
    QVERIFY2(connection.open(), qPrintable(connection.errorMessage()));
    const TeamSyncResult uploaded = TeamUploader(outbox, connection).uploadPending();
    QVERIFY2(uploaded.complete(), qPrintable(uploaded.error));
    QCOMPARE(uploaded.uploaded, 1);
}

void TestTeamMarks::catalogueMarksABatchAnotherDeskDeleted()
{
    Desk desk;
    deletedAtAnotherDesk(desk.apiHost(), DeletedBatch);
    QVERIFY(!QTest::currentTestFailed());
    DeskTeamSync trail(m_cluster.superuserUri(), desk.databasePath);
    MainWindow window(desk.connection, desk.settings, desk.catalogue, desk.audit, QString());
    desk.catalogueEverySandboxBatch();
    window.resize(1500, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(stateCell(window, DeletedBatch), QStringLiteral("unchecked"));

    window.setTeamTrail(trail.team.get());
    const QString today = QDateTime::currentDateTime().date().toString(QStringLiteral("yyyy-MM-dd"));
    QTRY_COMPARE_WITH_TIMEOUT(readable(stateCell(window, DeletedBatch)),
                              QStringLiteral("Deleted by alice@desk-7 on %1").arg(today), 15000);
    // Not by colour alone: a sign, and a tooltip that says whose word it is and what this desk knows.
    QVERIFY(!panelOf(window)
                 ->model()
                 ->batchIndex(InvoicesClassification, DeletedBatch)
                 .siblingAtColumn(CatalogueModel::StateColumn)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());
    const QString tip = readable(stateCell(window, DeletedBatch, Qt::ToolTipRole));
    QVERIFY2(tip.contains(QStringLiteral("The team trail says alice@desk-7 deleted this batch on")),
             qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("from another desk")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("This desk's own record: unchecked.")), qPrintable(tip));
    // Asked together with the marked one: their answer is in, and says nothing of them.
    QCOMPARE(stateCell(window, OtherBatch), QStringLiteral("unchecked"));
    QCOMPARE(stateCell(window, ThirdBatch), QStringLiteral("unchecked"));
    QVERIFY(stateCell(window, OtherBatch, Qt::ToolTipRole).isEmpty());
    // A mark is not this desk's deletion: the batch stays offered, in the tree and for deletion.
    QVERIFY(!panelOf(window)->model()->isDeletedBatch(
        panelOf(window)->model()->batchIndex(InvoicesClassification, DeletedBatch)));
    QCOMPARE(panelOf(window)->filterModel()->shownBatchCount(), 3);
    // The state column, as a user scrolls to it in a narrow catalogue.
    QTreeView* view = panelOf(window)->view();
    view->horizontalScrollBar()->setValue(view->header()->sectionPosition(CatalogueModel::StateColumn) +
                                          view->header()->sectionSize(CatalogueModel::StateColumn) -
                                          view->viewport()->width());
    saveScreenshot(&window, QStringLiteral("catalogue"));

    // The bulk confirmation of all three says how many the team trail has as deleted elsewhere.
    window.openBulkDeletion({{InvoicesClassification, DeletedBatch},
                             {InvoicesClassification, OtherBatch},
                             {InvoicesClassification, ThirdBatch}});
    BulkConfirmDialog* bulk = nullptr;
    QTRY_VERIFY((bulk = window.findChild<BulkConfirmDialog*>()));
    auto* warning = bulk->findChild<QLabel*>(QStringLiteral("teamWarning"));
    QVERIFY(warning);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("1 of these batches")), qPrintable(warning->text()));
    bulk->reject();
}

void TestTeamMarks::thisDesksOwnDeletionKeepsItsState()
{
    Desk desk;
    deletedAtAnotherDesk(desk.apiHost(), DeletedBatch);
    deletedAtAnotherDesk(desk.apiHost(), OtherBatch);
    QVERIFY(!QTest::currentTestFailed());
    DeskTeamSync trail(m_cluster.superuserUri(), desk.databasePath);
    MainWindow window(desk.connection, desk.settings, desk.catalogue, desk.audit, QString());
    desk.catalogueEverySandboxBatch();
    // This desk deleted the batch too (its answer came later than alice's): its own state stands.
    desk.catalogue.recordDeletionOutcome(InvoicesClassification, OtherBatch,
                                         ApiOutcome{ApiOutcome::Kind::Succeeded, 200, {}, {}, -1},
                                         QStringLiteral("bob"));
    panelOf(window)->filterModel()->setShowDeleted(true);
    QVERIFY(stateCell(window, OtherBatch).startsWith(QStringLiteral("deleted on ")));

    window.setTeamTrail(trail.team.get());
    QTRY_VERIFY_WITH_TIMEOUT(
        readable(stateCell(window, DeletedBatch)).startsWith(QStringLiteral("Deleted by alice@")), 15000);
    QVERIFY(teamTrailAnswered(*trail.team, desk.apiHost()));
    QVERIFY2(stateCell(window, OtherBatch).startsWith(QStringLiteral("deleted on ")),
             qPrintable(stateCell(window, OtherBatch)));
    QVERIFY(!readable(stateCell(window, OtherBatch, Qt::ToolTipRole)).contains(QStringLiteral("team trail")));
}

void TestTeamMarks::aDeletionArrivingLaterIsMarkedAfterASync()
{
    Desk desk;
    DeskTeamSync trail(m_cluster.superuserUri(), desk.databasePath);
    MainWindow window(desk.connection, desk.settings, desk.catalogue, desk.audit, QString());
    desk.catalogueEverySandboxBatch();
    window.setTeamTrail(trail.team.get());
    QTRY_VERIFY_WITH_TIMEOUT(trail.team->status().reachable && trail.team->status().lastSyncUtc.isValid(),
                             10000);
    QVERIFY(teamTrailAnswered(*trail.team, desk.apiHost()));
    QCOMPARE(stateCell(window, ThirdBatch), QStringLiteral("unchecked"));

    // Another desk deletes it now; this desk hears of it after its next sync reached the database.
    deletedAtAnotherDesk(desk.apiHost(), ThirdBatch, QStringLiteral("carol"), QStringLiteral("desk-9"));
    QVERIFY(!QTest::currentTestFailed());
    trail.team->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(
        readable(stateCell(window, ThirdBatch)).startsWith(QStringLiteral("Deleted by carol@desk-9 on ")),
        CataloguePanel::TeamMarkRefreshAtMostEvery.count() * 1000 + 10000);
    QCOMPARE(stateCell(window, OtherBatch), QStringLiteral("unchecked"));
}

void TestTeamMarks::marksComeOnceTheTeamDatabaseIsBack()
{
    Desk desk;
    deletedAtAnotherDesk(desk.apiHost(), DeletedBatch);
    QVERIFY(!QTest::currentTestFailed());
    QString error;
    QVERIFY2(m_cluster.stop(&error), qPrintable(error));
    DeskTeamSync trail(m_cluster.superuserUri(), desk.databasePath);
    MainWindow window(desk.connection, desk.settings, desk.catalogue, desk.audit, QString());
    desk.catalogueEverySandboxBatch();
    window.setTeamTrail(trail.team.get());
    // The window goes on without it: the sync says why, the catalogue shows this desk's states.
    QTRY_VERIFY_WITH_TIMEOUT(!trail.team->status().error.isEmpty(), 15000);
    QVERIFY(!trail.team->status().reachable);
    QCOMPARE(stateCell(window, DeletedBatch), QStringLiteral("unchecked"));

    QVERIFY2(m_cluster.start(&error), qPrintable(error));
    trail.team->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(
        readable(stateCell(window, DeletedBatch)).startsWith(QStringLiteral("Deleted by alice@desk-7 on ")),
        15000);
    QCOMPARE(stateCell(window, OtherBatch), QStringLiteral("unchecked"));
}

void TestTeamMarks::confirmationWarnsWhenTheTeamTrailSaysDeleted()
{
    Desk desk;
    deletedAtAnotherDesk(desk.apiHost(), DeletedBatch);
    QVERIFY(!QTest::currentTestFailed());
    DeskTeamSync trail(m_cluster.superuserUri(), desk.databasePath);
    MainWindow window(desk.connection, desk.settings, desk.catalogue, desk.audit, QString());
    window.setTeamTrail(trail.team.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Once the team trail is in reach (its first sync), as a user at work would find it.
    QTRY_VERIFY_WITH_TIMEOUT(trail.team->status().reachable, 10000);

    QPointer<ConfirmDeleteDialog> dialog = pressDeleteFor(window, DeletedBatch);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(teamWarning(dialog), 10000);
    const QString words = readable(teamWarning(dialog)->accessibleName());
    QVERIFY2(words.startsWith(WarningStart + QStringLiteral("alice@desk-7 deleted this batch on ")),
             qPrintable(words));
    QVERIFY2(words.endsWith(
                 QStringLiteral(". Deleting it again will most likely be answered with \"not found\".")),
             qPrintable(words));
    const QString when = QLocale().toString(QDateTime::currentDateTime(), QStringLiteral("d MMM yyyy"));
    QVERIFY2(words.contains(when), qPrintable(words));
    QVERIFY(readable(teamWarning(dialog)->text())
                .startsWith(QStringLiteral("⚠ The team trail says alice@desk-7")));
    QVERIFY2(clippedWidgets(dialog).isEmpty(), qPrintable(clippedWidgets(dialog).join(QLatin1Char('\n'))));
    // A warning, not a block: typing the ID still enables "Delete batch".
    auto* field = findByAccessibleName<QLineEdit>(dialog, QStringLiteral("Type the batch ID to confirm"));
    auto* deleteButton = findByAccessibleName<QPushButton>(dialog, QStringLiteral("Delete batch"));
    QVERIFY(field && deleteButton);
    QTest::keyClicks(field, DeletedBatch);
    QVERIFY(deleteButton->isEnabled());
    saveScreenshot(dialog, QStringLiteral("confirmation"));
    dialog->reject();
    QTRY_VERIFY(!window.pendingConfirmation());

    // A batch the team trail knows nothing of: no warning, once its answer is in.
    dialog = pressDeleteFor(window, OtherBatch);
    QVERIFY(dialog);
    QVERIFY(teamTrailAnswered(*trail.team, desk.apiHost()));
    QCoreApplication::processEvents();
    QVERIFY(!teamWarning(dialog));
    dialog->reject();
    QTRY_VERIFY(!window.pendingConfirmation());
}

void TestTeamMarks::confirmationClosedBeforeTheAnswerHearsNothing()
{
    Desk desk;
    deletedAtAnotherDesk(desk.apiHost(), DeletedBatch);
    QVERIFY(!QTest::currentTestFailed());
    DeskTeamSync trail(m_cluster.superuserUri(), desk.databasePath);
    MainWindow window(desk.connection, desk.settings, desk.catalogue, desk.audit, QString());
    window.setTeamTrail(trail.team.get());
    QTRY_VERIFY_WITH_TIMEOUT(trail.team->status().reachable, 10000);
    QPointer<ConfirmDeleteDialog> dialog = pressDeleteFor(window, DeletedBatch);
    QVERIFY(dialog);
    // Closed at once: the answer comes to nothing (the dialog was its context), and nothing waited.
    QVERIFY(!teamWarning(dialog));
    dialog->reject();
    QTRY_VERIFY(!dialog);
    QVERIFY(teamTrailAnswered(*trail.team, desk.apiHost()));
    QCoreApplication::processEvents();
    // The next confirmation of that batch asks again and warns.
    dialog = pressDeleteFor(window, DeletedBatch);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(teamWarning(dialog), 10000);
    dialog->reject();
}

void TestTeamMarks::withoutATeamTrailNothingIsMarked()
{
    Desk desk;
    deletedAtAnotherDesk(desk.apiHost(), DeletedBatch);
    QVERIFY(!QTest::currentTestFailed());
    DeskTeamSync trail(m_cluster.superuserUri(), desk.databasePath);
    MainWindow window(desk.connection, desk.settings, desk.catalogue, desk.audit, QString());
    desk.catalogueEverySandboxBatch();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The team trail would say so (the window was not given it)…
    bool known = false;
    QObject context;
    trail.team->readDeletions(desk.apiHost(), InvoicesClassification, {DeletedBatch}, &context,
                              [&known](const QHash<QString, TeamDeletion>& deletions) {
                                  known = deletions.contains(DeletedBatch);
                              });
    QTRY_VERIFY_WITH_TIMEOUT(known, 10000);
    QVERIFY(teamTrailAnswered(*trail.team, desk.apiHost()));
    QTest::qWait(200); // what a mark would take to be asked and shown (TeamMarks::AskDelay), and more
    QCOMPARE(stateCell(window, DeletedBatch), QStringLiteral("unchecked"));
    QVERIFY(stateCell(window, DeletedBatch, Qt::ToolTipRole).isEmpty());
    QPointer<ConfirmDeleteDialog> dialog = pressDeleteFor(window, DeletedBatch);
    QVERIFY(dialog);
    QVERIFY(teamTrailAnswered(*trail.team, desk.apiHost()));
    QCoreApplication::processEvents();
    QVERIFY(!teamWarning(dialog));
    dialog->reject();

    // …and a team trail taken back (null) takes its marks along.
    window.setTeamTrail(trail.team.get());
    QTRY_VERIFY_WITH_TIMEOUT(
        readable(stateCell(window, DeletedBatch)).startsWith(QStringLiteral("Deleted by")), 15000);
    window.setTeamTrail(nullptr);
    // (The confirmation above looked the batch up: the server still has it.)
    QCOMPARE(stateCell(window, DeletedBatch), QStringLiteral("present"));
    QVERIFY(stateCell(window, DeletedBatch, Qt::ToolTipRole).isEmpty());
}

void TestTeamMarks::hostileNamesAreShownEscapedAndBounded()
{
    Desk desk;
    const QString user = QStringLiteral("mal\x1b[31mlory\n\u202Eevil") + QString(10000, QLatin1Char('u'));
    const QString machine = QStringLiteral("desk\t\r\u202E7") + QString(10000, QLatin1Char('m'));
    deletedAtAnotherDesk(desk.apiHost(), DeletedBatch, user, machine);
    QVERIFY(!QTest::currentTestFailed());
    DeskTeamSync trail(m_cluster.superuserUri(), desk.databasePath);
    MainWindow window(desk.connection, desk.settings, desk.catalogue, desk.audit, QString());
    desk.catalogueEverySandboxBatch();
    window.setTeamTrail(trail.team.get());
    QTRY_VERIFY_WITH_TIMEOUT(
        readable(stateCell(window, DeletedBatch)).startsWith(QStringLiteral("Deleted by mal")), 15000);
    QPointer<ConfirmDeleteDialog> dialog = pressDeleteFor(window, DeletedBatch);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(teamWarning(dialog), 10000);

    const QStringList shown{stateCell(window, DeletedBatch), stateCell(window, DeletedBatch, Qt::ToolTipRole),
                            teamWarning(dialog)->text(), teamWarning(dialog)->accessibleName()};
    for (const QString& text : shown) {
        const QString read = readable(text);
        QVERIFY2(read.size() < 400, qPrintable(QString::number(read.size())));
        QVERIFY2(read.contains(QStringLiteral("mal\\x1B[31mlory\\n\\u{202E}evil")), qPrintable(read));
        QVERIFY2(read.contains(QStringLiteral("desk\\t\\r\\u{202E}7")), qPrintable(read));
        QVERIFY2(read.contains(QStringLiteral("…")), qPrintable(read));
        for (const QChar c : read) {
            const bool lineBreakOfTheTooltip = c == QLatin1Char('\n') && text == shown.at(1);
            QVERIFY2(
                lineBreakOfTheTooltip || (c.unicode() >= 0x20 && c.category() != QChar::Other_Format),
                qPrintable(QStringLiteral("U+%1 in %2").arg(c.unicode(), 4, 16, QLatin1Char('0')).arg(read)));
        }
    }
    dialog->reject();
}

QTEST_MAIN(TestTeamMarks)
#include "tst_teammarks.moc"
