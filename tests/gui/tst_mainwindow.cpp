#include "appwiring.h"
#include "core/api/activeconnection.h"
#include "core/api/apiendpoint.h"
#include "core/api/extractaclient.h"
#include "core/catalogue/catalogueservice.h"
#include "core/connections/connectionstore.h"
#include "core/settings/appsettings.h"
#include "core/storage/auditlog.h"
#include "core/storage/cataloguestore.h"
#include "core/storage/database.h"
#include "core/tokens/tokenprovider.h"
#include "gui/audit/auditwindow.h"
#include "gui/catalogue/batchpreviewpane.h"
#include "gui/catalogue/cataloguemodel.h"
#include "gui/catalogue/cataloguepanel.h"
#include "gui/connections/connectionband.h"
#include "gui/connections/connectionswitcher.h"
#include "gui/deletion/confirmdeletedialog.h"
#include "gui/help/aboutdialog.h"
#include "gui/help/keyboardshortcutsdialog.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/mainwindow/statuslogmodel.h"
#include "gui/settings/settingsdialog.h"
#include "gui/widgets/readablecolors.h"
#include "guitesthelpers.h"
#include "sampleids.h"
#include "sandbox/sandboxserver.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

namespace {

using namespace SampleIds;

const auto BatchId = QStringLiteral("-OQb7Kx2LmNn8PqRsTuV");
const auto OtherBatchId = QStringLiteral("-OQb7Kx2LmNn8PqRsTuW");

// Everything a real main window runs on, wired as main() wires it, against a loopback sandbox.
struct Harness : AppWiring
{
    using Mode = AppWiring::Token;

    explicit Harness(bool withToken = true)
        : Harness(withToken ? Mode::Session : Mode::None)
    {}

    explicit Harness(Mode mode)
        : AppWiring(QStringLiteral("tst_mainwindow"))
    {
        server.addClassification(InvoicesClassification, QStringLiteral("Invoices"), QString(), {});
        server.addBatch(InvoicesClassification, BatchId,
                        {SandboxFile{QStringLiteral("f1"), QStringLiteral("invoice-001.pdf"),
                                     QStringLiteral("done"), QStringLiteral("invoice"), 0.97},
                         SandboxFile{QStringLiteral("f2"), QStringLiteral("receipt-002.pdf"),
                                     QStringLiteral("done"), QStringLiteral("receipt"), 0.88}});
        server.addBatch(InvoicesClassification, OtherBatchId, {});
        startSandbox(mode);
    }
};

struct WindowControls
{
    QComboBox* classification;
    QComboBox* batch;
    QPushButton* deleteButton;
    QTableView* status;
};

WindowControls controlsOf(MainWindow& window)
{
    WindowControls c{findByAccessibleName<QComboBox>(&window, QStringLiteral("Classification ID")),
                     findByAccessibleName<QComboBox>(&window, QStringLiteral("Batch ID")),
                     findByAccessibleName<QPushButton>(&window, QStringLiteral("Delete batch…")),
                     findByAccessibleName<QTableView>(&window, QStringLiteral("Status"))};
    return c;
}

void typeIds(const WindowControls& c, const QString& classification, const QString& batch)
{
    c.classification->lineEdit()->clear();
    c.batch->lineEdit()->clear();
    QTest::keyClicks(c.classification->lineEdit(), classification);
    QTest::keyClicks(c.batch->lineEdit(), batch);
}

// Presses "Delete batch…" and returns the confirmation dialog it opened.
ConfirmDeleteDialog* pressDelete(MainWindow& window, const WindowControls& c)
{
    QTest::mouseClick(c.deleteButton, Qt::LeftButton);
    return window.pendingConfirmation();
}

void confirm(ConfirmDeleteDialog* dialog, const QString& typed)
{
    auto* field = findByAccessibleName<QLineEdit>(dialog, QStringLiteral("Type the batch ID to confirm"));
    QVERIFY(field);
    QTest::keyClicks(field, typed);
    auto* deleteButton = findByAccessibleName<QPushButton>(dialog, QStringLiteral("Delete batch"));
    QVERIFY(deleteButton);
    QVERIFY(deleteButton->isEnabled());
    QTest::mouseClick(deleteButton, Qt::LeftButton);
}

QString cell(const StatusLogModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

int deleteRequests(const SandboxServer& server)
{
    int count = 0;
    for (const SandboxRequest& request : server.requests())
        count += request.method == "DELETE" ? 1 : 0;
    return count;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void controlsHaveTheContractedAccessibleNames();
    void notesGivenBeforeTheWindowIsShownAreAllKept();
    void startupFrameComesFirstAndTheContentsWhenAsked();
    void startupFrameOfTheDemoSaysDemo();
    void deleteIsEnabledOnlyForValidIdsAndAToken_data();
    void deleteIsEnabledOnlyForValidIdsAndAToken();
    void withoutTokenTheWindowSaysSoAndOffersSettings();
    void welcomeShowsOnlyOnAFirstRunWithoutToken_data();
    void welcomeShowsOnlyOnAFirstRunWithoutToken();
    void welcomeSetUpOpensTheSettingsAndGoesOnceATokenIsSet();
    void welcomeDemoButtonAsksForTheDemo();
    void mainActionsHaveDistinctShortcuts();
    void shortcutsReachTheirTargets();
    void shortcutsWindowListsEveryShortcut();
    void aboutShowsVersionQtLicenseAndLinks();
    void themeColoursFollowThePalette();
    void cancelInTheDialogSendsNothing();
    void escapeInTheDialogSendsNothing();
    void wrongConfirmationTextKeepsDeleteDisabled();
    void confirmedDeletionSendsExactlyOneRequestAndShowsDeleted();
    void failuresShowTheirOutcomeAndReenableTheForm_data();
    void failuresShowTheirOutcomeAndReenableTheForm();
    void rejectedTokenOffersTheTokenSettings();
    void singleDeletionIsTriedOnceAndAuditedOnce_data();
    void singleDeletionIsTriedOnceAndAuditedOnce();
    void formIsLockedWhileTheRequestRunsAndCanBeCancelled();
    void switcherPutsAnotherConnectionInForceEverywhere();
    void switchingIsRefusedWhileADeletionRunsAndSaysWhy();
    void aSessionUrlBlocksSwitchingAndTheConfirmationShowsIt();
    void quitDuringADeletionWaitsForItsAnswer();
    void usedIdsAreRememberedMostRecentFirstPerHost();
    void statusPaneNeverShowsTheToken();
    void statusPaneCopiesRowsAsText();
    void windowSizeIsRemembered();
    void pickingFromTheCatalogueFillsTheFormAndPreviews();
    void deletionUpdatesCatalogueAndAuditTrail();
    void notFoundMarksTheCatalogueEntry();
    void auditRecordIsWrittenBeforeTheRequestLeaves();
    void memoryOnlyAuditTrailSendsNothing();
    void unwritableAuditTrailSendsNothing();
    void removeFromListForgetsLocallyOnly();
    void filteringNeverPutsAnotherBatchIntoTheForm();
    void pickingAClassificationClearsABatchOfAnotherOne();
    void lookupsAndPreviewsStayOnTheServerTheyAsked();
    void aFileListArrivingAfterTheDeletionLeavesTheBatchDeleted();
};

void TestMainWindow::controlsHaveTheContractedAccessibleNames()
{
    Harness h;
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    const WindowControls c = controlsOf(window);
    QVERIFY(c.classification);
    QVERIFY(c.batch);
    QVERIFY(c.deleteButton);
    QVERIFY(c.status);
    // Every named control is reachable by keyboard: focusable, and labelled with a mnemonic buddy.
    for (QWidget* widget : {static_cast<QWidget*>(c.classification), static_cast<QWidget*>(c.batch),
                            static_cast<QWidget*>(c.deleteButton), static_cast<QWidget*>(c.status)})
        QVERIFY2(widget->focusPolicy() & Qt::TabFocus, qPrintable(widget->accessibleName()));
    int buddies = 0;
    for (QLabel* label : window.findChildren<QLabel*>())
        buddies += (label->buddy() == c.classification || label->buddy() == c.batch) ? 1 : 0;
    QCOMPARE(buddies, 2);
    QVERIFY(c.deleteButton->text().contains(QLatin1Char('&')));
}

void TestMainWindow::deleteIsEnabledOnlyForValidIdsAndAToken_data()
{
    QTest::addColumn<QString>("classification");
    QTest::addColumn<QString>("batch");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<bool>("classificationProblemShown");
    QTest::addColumn<bool>("batchProblemShown");

    QTest::newRow("both valid") << InvoicesClassification << BatchId << true << false << false;
    QTest::newRow("surrounding spaces are trimmed")
        << QStringLiteral("  abc ") << QStringLiteral(" def") << true << false << false;
    QTest::newRow("batch missing") << InvoicesClassification << QString() << false << false << false;
    QTest::newRow("inner space") << QStringLiteral("abc def") << BatchId << false << true << false;
    QTest::newRow("too long") << InvoicesClassification << QString(257, QLatin1Char('x')) << false << false
                              << true;
}

void TestMainWindow::deleteIsEnabledOnlyForValidIdsAndAToken()
{
    QFETCH(QString, classification);
    QFETCH(QString, batch);
    QFETCH(bool, enabled);
    QFETCH(bool, classificationProblemShown);
    QFETCH(bool, batchProblemShown);

    Harness h;
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const WindowControls c = controlsOf(window);
    QVERIFY(!c.deleteButton->isEnabled());
    typeIds(c, classification, batch);
    QCOMPARE(c.deleteButton->isEnabled(), enabled);

    auto* classificationProblem = window.findChild<QLabel*>(QStringLiteral("classificationProblem"));
    auto* batchProblem = window.findChild<QLabel*>(QStringLiteral("batchProblem"));
    QCOMPARE(classificationProblem->isVisible(), classificationProblemShown);
    QCOMPARE(batchProblem->isVisible(), batchProblemShown);
    if (classificationProblemShown)
        QVERIFY(!classificationProblem->text().isEmpty());
    if (batchProblemShown)
        QVERIFY(batchProblem->text().contains(QLatin1String("256")));
}

void TestMainWindow::withoutTokenTheWindowSaysSoAndOffersSettings()
{
    Harness h(false);
    // Not a first run: the token went missing later (forgotten, keychain locked).
    h.settings.setFirstRunCompleted(true);
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const WindowControls c = controlsOf(window);
    typeIds(c, InvoicesClassification, BatchId);
    QVERIFY(!c.deleteButton->isEnabled());
    auto* notice = window.findChild<QWidget*>(QStringLiteral("noticeFrame"));
    QVERIFY(notice->isVisible());
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("noticeText"))
                ->text()
                .contains(QLatin1String("No API token")));
    QVERIFY(window.findChild<QPushButton*>(QStringLiteral("noticeSettingsButton"))->isVisible());
    QVERIFY(window.findChild<QPushButton*>(QStringLiteral("noticeDemoButton"))->isVisible());

    // Once a token arrives, the notice goes and the button works.
    h.tokens.save(h.server.token(), TokenProvider::Destination::Session);
    QVERIFY(!notice->isVisible());
    QVERIFY(c.deleteButton->isEnabled());
}

void TestMainWindow::welcomeShowsOnlyOnAFirstRunWithoutToken_data()
{
    QTest::addColumn<Harness::Mode>("mode");
    QTest::addColumn<bool>("firstRunCompleted");
    QTest::addColumn<bool>("welcomeShown");

    QTest::newRow("first run, no token") << Harness::Mode::None << false << true;
    QTest::newRow("first run, token from the environment or keychain")
        << Harness::Mode::Session << false << false;
    QTest::newRow("token gone after an earlier run") << Harness::Mode::None << true << false;
    QTest::newRow("demo") << Harness::Mode::Demo << false << false;
}

void TestMainWindow::welcomeShowsOnlyOnAFirstRunWithoutToken()
{
    QFETCH(Harness::Mode, mode);
    QFETCH(bool, firstRunCompleted);
    QFETCH(bool, welcomeShown);

    Harness h(mode);
    h.settings.setFirstRunCompleted(firstRunCompleted);
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    auto* welcome = findByAccessibleName(&window, QStringLiteral("Welcome"));
    QVERIFY(welcome);
    QCOMPARE(welcome->isVisible(), welcomeShown);
    // The welcome replaces the work area; the work area is back whenever the welcome is not shown.
    QCOMPARE(window.cataloguePanel()->isVisible(), !welcomeShown);
    QCOMPARE(controlsOf(window).deleteButton->isVisible(), !welcomeShown);
    if (welcomeShown) {
        QVERIFY(!window.findChild<QWidget*>(QStringLiteral("noticeFrame"))->isVisible());
        QVERIFY(findByAccessibleName<QPushButton>(&window, QStringLiteral("Set up API token…"))->isVisible());
        QVERIFY(findByAccessibleName<QPushButton>(&window, QStringLiteral("Try the demo"))->isVisible());
    }
    // A token in use on a real connection ends the first run for good; the demo's does not.
    QCOMPARE(h.settings.firstRunCompleted(), firstRunCompleted || mode == Harness::Mode::Session);
}

void TestMainWindow::welcomeSetUpOpensTheSettingsAndGoesOnceATokenIsSet()
{
    Harness h(false);
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    auto* welcome = findByAccessibleName(&window, QStringLiteral("Welcome"));
    QVERIFY(welcome->isVisible());

    QTest::mouseClick(findByAccessibleName<QPushButton>(&window, QStringLiteral("Set up API token…")),
                      Qt::LeftButton);
    QTRY_VERIFY(window.findChild<SettingsDialog*>() && window.findChild<SettingsDialog*>()->isVisible());
    QVERIFY(
        findByAccessibleName<QLineEdit>(window.findChild<SettingsDialog*>(), QStringLiteral("API token")));
    window.findChild<SettingsDialog*>()->reject();

    // The token arrives (as the settings dialog saves it): the work area takes over.
    h.tokens.save(h.server.token(), TokenProvider::Destination::Session);
    QVERIFY(!welcome->isVisible());
    QVERIFY(window.cataloguePanel()->isVisible());
    QVERIFY(h.settings.firstRunCompleted());

    // Forgetting it later is not a first run again: the notice says what is missing instead.
    h.tokens.forget();
    QTRY_VERIFY(!h.tokens.hasToken());
    QVERIFY(!welcome->isVisible());
    QVERIFY(window.findChild<QWidget*>(QStringLiteral("noticeFrame"))->isVisible());
}

void TestMainWindow::welcomeDemoButtonAsksForTheDemo()
{
    Harness h(false);
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    // main() answers demoRequested by starting "extracta-batch-admin --demo" beside this window.
    QSignalSpy demo(&window, &MainWindow::demoRequested);
    QTest::mouseClick(findByAccessibleName<QPushButton>(&window, QStringLiteral("Try the demo")),
                      Qt::LeftButton);
    QCOMPARE(demo.count(), 1);
    QVERIFY(window.isVisible());
    QVERIFY(findByAccessibleName(&window, QStringLiteral("Welcome"))->isVisible());
}

namespace {

// Window-wide shortcuts: every action a key can reach from anywhere in the main window.
QList<QAction*> windowShortcutActions(MainWindow& window)
{
    QList<QAction*> actions;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (!action->shortcuts().isEmpty() && action->shortcutContext() != Qt::WidgetShortcut)
            actions << action;
    }
    return actions;
}

} // namespace

void TestMainWindow::mainActionsHaveDistinctShortcuts()
{
    Harness h;
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    const QStringList mainActions{QStringLiteral("deleteAction"),     QStringLiteral("bulkDeleteAction"),
                                  QStringLiteral("addIdsAction"),     QStringLiteral("findAction"),
                                  QStringLiteral("fetchAgainAction"), QStringLiteral("settingsAction"),
                                  QStringLiteral("auditAction"),      QStringLiteral("copyAction"),
                                  QStringLiteral("clearAction"),      QStringLiteral("shortcutsAction"),
                                  QStringLiteral("quitAction")};
    for (const QString& name : mainActions) {
        auto* action = window.findChild<QAction*>(name);
        QVERIFY2(action, qPrintable(name));
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(name));
    }

    QHash<QKeySequence, QString> seen;
    for (QAction* action : windowShortcutActions(window)) {
        for (const QKeySequence& key : action->shortcuts()) {
            QVERIFY2(!seen.contains(key),
                     qPrintable(QStringLiteral("%1 is used by %2 and %3")
                                    .arg(key.toString(), seen.value(key), action->objectName())));
            seen.insert(key, action->objectName());
        }
    }
}

void TestMainWindow::shortcutsReachTheirTargets()
{
    Harness h;
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const WindowControls c = controlsOf(window);

    // Ctrl+F: straight into the catalogue filter.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(),
                 findByAccessibleName<QLineEdit>(&window, QStringLiteral("Filter catalogue")));

    // Ctrl+D: the same confirmation as the button, and only when the button could be pressed.
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier);
    QVERIFY(!window.pendingConfirmation());
    typeIds(c, InvoicesClassification, BatchId);
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier);
    QTRY_VERIFY(window.pendingConfirmation());
    window.pendingConfirmation()->reject();
    QTRY_VERIFY(!window.pendingConfirmation());
    QCOMPARE(deleteRequests(h.server), 0);
}

void TestMainWindow::shortcutsWindowListsEveryShortcut()
{
    Harness h;
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    window.findChild<QAction*>(QStringLiteral("shortcutsAction"))->trigger();
    auto* dialog = window.findChild<KeyboardShortcutsDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* tree = findByAccessibleName<QTreeWidget>(dialog, QStringLiteral("Keyboard shortcuts"));
    QVERIFY(tree);

    QSet<QString> listed;
    int rows = 0;
    for (int group = 0; group < tree->topLevelItemCount(); ++group) {
        for (int row = 0; row < tree->topLevelItem(group)->childCount(); ++row) {
            const QTreeWidgetItem* item = tree->topLevelItem(group)->child(row);
            listed.insert(item->text(0) + QLatin1Char('=') + item->text(1));
            ++rows;
        }
    }
    // Every window-wide shortcut sits in a menu, so the generated list covers all of them.
    const QList<QAction*> actions = windowShortcutActions(window);
    QCOMPARE(rows, int(actions.size()));
    for (QAction* action : actions) {
        const QString expected = KeyboardShortcutsDialog::withoutMnemonic(action->text()) + QLatin1Char('=') +
                                 action->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(listed.contains(expected), qPrintable(expected));
    }
    QVERIFY(listed.contains(QStringLiteral("Delete batch…=Ctrl+D")));
}

void TestMainWindow::aboutShowsVersionQtLicenseAndLinks()
{
    Harness h;
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    window.findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
    auto* dialog = window.findChild<AboutDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    const auto labelText = [&](const char* name) {
        auto* label = findByAccessibleName<QLabel>(dialog, QString::fromLatin1(name));
        return label ? label->text() : QString();
    };
    QVERIFY(labelText("Version").contains(QLatin1String(EBA_VERSION)));
    QVERIFY(labelText("Qt version").contains(QLatin1String(qVersion())));
    QVERIFY(labelText("Qt version").contains(QLatin1String(QT_VERSION_STR)));
    QVERIFY(labelText("License").contains(QLatin1String("MIT License")));

    auto* links = findByAccessibleName<QLabel>(dialog, QStringLiteral("Links"));
    QVERIFY(links->openExternalLinks());
    QCOMPARE(links->textFormat(), Qt::RichText);
    QCOMPARE(AboutDialog::homepageUrl(), QStringLiteral(EBA_HOMEPAGE_URL));
    for (const QString& url :
         {AboutDialog::homepageUrl(), AboutDialog::issuesUrl(), AboutDialog::apiDocsUrl()}) {
        QVERIFY2(QUrl(url).scheme() == QLatin1String("https"), qPrintable(url));
        QVERIFY2(links->text().contains(QStringLiteral("href=\"%1\"").arg(url.toHtmlEscaped())),
                 qPrintable(url));
    }
    QVERIFY(AboutDialog::issuesUrl().endsWith(QLatin1String("/issues")));
}

void TestMainWindow::themeColoursFollowThePalette()
{
    Harness h;
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    auto* problem = findByAccessibleName<QLabel>(&window, QStringLiteral("Classification ID problem"));
    QVERIFY(problem);
    const auto contrastOnWindow = [&] {
        return ReadableColors::contrastRatio(problem->palette().color(QPalette::WindowText),
                                             window.palette().color(QPalette::Window));
    };
    QVERIFY(contrastOnWindow() >= ReadableColors::MinTextContrast);

    // A theme switch at run time (the platform sends a new palette) recolours the problem text.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    window.setPalette(dark);
    QVERIFY(contrastOnWindow() >= ReadableColors::MinTextContrast);
    QVERIFY(ReadableColors::relativeLuminance(problem->palette().color(QPalette::WindowText)) > 0.2);
}

void TestMainWindow::cancelInTheDialogSendsNothing()
{
    Harness h;
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const WindowControls c = controlsOf(window);
    typeIds(c, InvoicesClassification, BatchId);
    QPointer<ConfirmDeleteDialog> dialog = pressDelete(window, c);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTest::mouseClick(findByAccessibleName<QPushButton>(dialog, QStringLiteral("Cancel")), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QVERIFY(!window.isRequestRunning());
    QCOMPARE(deleteRequests(h.server), 0);
    QVERIFY(h.server.hasBatch(InvoicesClassification, BatchId));
    QCOMPARE(window.statusModel()->rowCount(), 0);
    QVERIFY(c.deleteButton->isEnabled());
}

void TestMainWindow::escapeInTheDialogSendsNothing()
{
    Harness h;
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const WindowControls c = controlsOf(window);
    typeIds(c, InvoicesClassification, BatchId);
    QPointer<ConfirmDeleteDialog> dialog = pressDelete(window, c);
    QVERIFY(dialog);
    auto* field = findByAccessibleName<QLineEdit>(dialog, QStringLiteral("Type the batch ID to confirm"));
    QTest::keyClicks(field, BatchId);
    QTest::keyClick(field, Qt::Key_Escape);
    QTRY_VERIFY(!dialog);
    QCOMPARE(deleteRequests(h.server), 0);
    QVERIFY(h.server.hasBatch(InvoicesClassification, BatchId));
}

void TestMainWindow::wrongConfirmationTextKeepsDeleteDisabled()
{
    Harness h;
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const WindowControls c = controlsOf(window);
    typeIds(c, InvoicesClassification, BatchId);
    QPointer<ConfirmDeleteDialog> dialog = pressDelete(window, c);
    QVERIFY(dialog);
    auto* field = findByAccessibleName<QLineEdit>(dialog, QStringLiteral("Type the batch ID to confirm"));
    auto* deleteButton = findByAccessibleName<QPushButton>(dialog, QStringLiteral("Delete batch"));
    for (const QString& wrong : {OtherBatchId, BatchId.left(10), BatchId.toLower(), InvoicesClassification}) {
        field->clear();
        QTest::keyClicks(field, wrong);
        QVERIFY2(!deleteButton->isEnabled(), qPrintable(wrong));
        QTest::mouseClick(deleteButton, Qt::LeftButton);
    }
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(deleteRequests(h.server), 0);
    dialog->reject();
}

void TestMainWindow::confirmedDeletionSendsExactlyOneRequestAndShowsDeleted()
{
    Harness h;
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const WindowControls c = controlsOf(window);
    typeIds(c, InvoicesClassification, BatchId);
    QSignalSpy finished(&window, &MainWindow::deletionFinished);
    ConfirmDeleteDialog* dialog = pressDelete(window, c);
    QVERIFY(dialog);
    confirm(dialog, BatchId);
    QVERIFY(finished.wait(10000));

    QCOMPARE(deleteRequests(h.server), 1);
    QVERIFY(!h.server.hasBatch(InvoicesClassification, BatchId));
    QVERIFY(h.server.hasBatch(InvoicesClassification, OtherBatchId));

    const StatusLogModel* model = window.statusModel();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(cell(model, 0, StatusLogModel::OutcomeColumn), QStringLiteral("Deleted"));
    QCOMPARE(cell(model, 0, StatusLogModel::ClassificationColumn), InvoicesClassification);
    QCOMPARE(cell(model, 0, StatusLogModel::BatchColumn), BatchId);
    QCOMPARE(cell(model, 0, StatusLogModel::HttpColumn), QStringLiteral("200"));
    QCOMPARE(cell(model, 0, StatusLogModel::MessageColumn), QStringLiteral("Batch deleted"));
    QVERIFY(!model->index(0, StatusLogModel::OutcomeColumn).data(Qt::DecorationRole).isNull());
    QVERIFY(cell(model, 0, StatusLogModel::DurationColumn).endsWith(QLatin1String("ms")));

    // The form is usable again, and the deleted batch is not left in the field for a second go.
    QVERIFY(c.classification->isEnabled());
    QVERIFY(c.batch->isEnabled());
    QVERIFY(c.batch->currentText().isEmpty());
    QVERIFY(!window.findChild<QProgressBar*>(QStringLiteral("busyBar"))->isVisible());
    QVERIFY(!window.isRequestRunning());
}

void TestMainWindow::failuresShowTheirOutcomeAndReenableTheForm_data()
{
    QTest::addColumn<SandboxFault>("fault");
    QTest::addColumn<QString>("batch");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("http");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<int>("maxRequests");

    SandboxFault serverError;
    serverError.kind = SandboxFault::Kind::ServerError;
    SandboxFault rateLimited;
    rateLimited.kind = SandboxFault::Kind::RateLimited;
    rateLimited.retryAfterSeconds = 9;
    SandboxFault garbage;
    garbage.kind = SandboxFault::Kind::GarbageBody;
    SandboxFault successBodyOn400;
    successBodyOn400.kind = SandboxFault::Kind::Status;
    successBodyOn400.status = 400;
    successBodyOn400.body = R"({"status":"success","message":"Batch deleted"})";
    SandboxFault reset;
    reset.kind = SandboxFault::Kind::ConnectionReset;
    SandboxFault html;
    html.kind = SandboxFault::Kind::HtmlErrorPage;

    QTest::newRow("unknown batch") << SandboxFault() << QStringLiteral("-NoSuchBatch00000000") << "Not found"
                                   << "404"
                                   << "already" << 1;
    QTest::newRow("500") << serverError << BatchId << "Server error"
                         << "500"
                         << "Internal server error" << 1;
    QTest::newRow("429") << rateLimited << BatchId << "Rate limited"
                         << "429"
                         << "9 s" << 1;
    // A 2xx the app cannot read, a reset after sending: the server may have acted.
    QTest::newRow("garbage body") << garbage << BatchId << "Outcome unknown"
                                  << "200"
                                  << "may have acted" << 1;
    QTest::newRow("400 saying success") << successBodyOn400 << BatchId << "Rejected"
                                        << "400"
                                        << "Batch deleted" << 1;
    QTest::newRow("connection reset") << reset << BatchId << "Outcome unknown"
                                      << "—"
                                      << "may have acted" << 1;
    QTest::newRow("html error page") << html << BatchId << "Server error"
                                     << "502"
                                     << "502" << 1;
}

void TestMainWindow::failuresShowTheirOutcomeAndReenableTheForm()
{
    QFETCH(SandboxFault, fault);
    QFETCH(QString, batch);
    QFETCH(QString, outcome);
    QFETCH(QString, http);
    QFETCH(QString, messagePart);
    QFETCH(int, maxRequests);

    Harness h;
    h.server.setFault(fault);
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const WindowControls c = controlsOf(window);
    typeIds(c, InvoicesClassification, batch);
    QSignalSpy finished(&window, &MainWindow::deletionFinished);
    confirm(pressDelete(window, c), batch);
    QVERIFY(finished.wait(10000));

    const StatusLogModel* model = window.statusModel();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(cell(model, 0, StatusLogModel::OutcomeColumn), outcome);
    QCOMPARE(cell(model, 0, StatusLogModel::HttpColumn), http);
    QVERIFY2(cell(model, 0, StatusLogModel::MessageColumn).contains(messagePart),
             qPrintable(cell(model, 0, StatusLogModel::MessageColumn)));
    // One attempt, one request: Qt never sends a deletion again by itself after a reset.
    QCOMPARE(deleteRequests(h.server), maxRequests);
    QVERIFY(c.classification->isEnabled());
    QVERIFY(c.batch->isEnabled());
    // A failed deletion keeps the IDs so that the user can retry without retyping.
    QCOMPARE(c.batch->currentText(), batch);
    QVERIFY(c.deleteButton->isEnabled());
}

void TestMainWindow::rejectedTokenOffersTheTokenSettings()
{
    Harness h;
    h.tokens.save(QStringLiteral("not-the-sandbox-token"), TokenProvider::Destination::Session);
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const WindowControls c = controlsOf(window);
    typeIds(c, InvoicesClassification, BatchId);
    QSignalSpy finished(&window, &MainWindow::deletionFinished);
    confirm(pressDelete(window, c), BatchId);
    QVERIFY(finished.wait(10000));

    QCOMPARE(cell(window.statusModel(), 0, StatusLogModel::OutcomeColumn), QStringLiteral("Token rejected"));
    QVERIFY(h.server.hasBatch(InvoicesClassification, BatchId));
    QVERIFY(window.findChild<QWidget*>(QStringLiteral("noticeFrame"))->isVisible());
    auto* openSettings = window.findChild<QPushButton*>(QStringLiteral("noticeSettingsButton"));
    QVERIFY(openSettings->isVisible());
    QTest::mouseClick(openSettings, Qt::LeftButton);
    QWidget* settingsDialog = nullptr;
    QTRY_VERIFY((settingsDialog = findByAccessibleName<QWidget>(&window, QStringLiteral("API token"))));
    QVERIFY(settingsDialog->isVisible());
}

void TestMainWindow::singleDeletionIsTriedOnceAndAuditedOnce_data()
{
    QTest::addColumn<SandboxFault>("fault");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("batch");
    QTest::addColumn<QString>("auditOutcome");
    QTest::addColumn<int>("httpStatus");

    SandboxFault rateLimited;
    rateLimited.kind = SandboxFault::Kind::RateLimited;
    rateLimited.retryAfterSeconds = 1;
    SandboxFault rateLimitedNoWait;
    rateLimitedNoWait.kind = SandboxFault::Kind::RateLimited;
    SandboxFault unavailable;
    unavailable.kind = SandboxFault::Kind::Status;
    unavailable.status = 503;
    unavailable.body = R"({"status":"error","message":"Down for maintenance"})";
    unavailable.retryAfterSeconds = 1;
    const QString wrongToken = QStringLiteral("not-the-sandbox-token");

    QTest::newRow("deleted") << SandboxFault() << QString() << BatchId << "succeeded" << 200;
    QTest::newRow("not found") << SandboxFault() << QString() << QStringLiteral("-NoSuchBatch00000000")
                               << "not_found" << 404;
    // Tried once, as always from the window: the user decides whether to try again.
    QTest::newRow("429 with Retry-After") << rateLimited << QString() << BatchId << "rate_limited" << 429;
    QTest::newRow("429 without Retry-After")
        << rateLimitedNoWait << QString() << BatchId << "rate_limited" << 429;
    QTest::newRow("503 with Retry-After") << unavailable << QString() << BatchId << "server_error" << 503;
    QTest::newRow("401") << SandboxFault() << wrongToken << BatchId << "token_rejected" << 401;
}

void TestMainWindow::singleDeletionIsTriedOnceAndAuditedOnce()
{
    QFETCH(SandboxFault, fault);
    QFETCH(QString, token);
    QFETCH(QString, batch);
    QFETCH(QString, auditOutcome);
    QFETCH(int, httpStatus);

    Harness h;
    h.server.setFault(fault);
    if (!token.isEmpty())
        h.tokens.save(token, TokenProvider::Destination::Session);
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    window.openAuditTrail();
    auto* auditTable = findByAccessibleName<QTableView>(window.auditWindow(), QStringLiteral("Audit trail"));
    QVERIFY(auditTable);
    const WindowControls c = controlsOf(window);
    typeIds(c, InvoicesClassification, batch);
    // What the audit window shows while the request is on its way.
    QStringList shownWhileSent;
    connect(&h.server, &SandboxServer::requestReceived, &window, [&](const SandboxRequest& request) {
        if (request.method != "DELETE")
            return;
        for (int row = 0; row < auditTable->model()->rowCount(); ++row) {
            for (int column = 0; column < auditTable->model()->columnCount(); ++column)
                shownWhileSent << auditTable->model()->index(row, column).data().toString();
        }
    });
    QSignalSpy finished(&window, &MainWindow::deletionFinished);
    confirm(pressDelete(window, c), batch);
    QVERIFY(finished.wait(10000));
    // Nothing more follows: no automatic retry after a while.
    QSignalSpy received(&h.server, &SandboxServer::requestReceived);
    QVERIFY(!received.wait(1500));

    QCOMPARE(finished.size(), 1);
    QCOMPARE(deleteRequests(h.server), 1);
    QCOMPARE(window.statusModel()->rowCount(), 1);
    QCOMPARE(cell(window.statusModel(), 0, StatusLogModel::HttpColumn), QString::number(httpStatus));
    const QList<AuditEntry> entries = h.audit.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().outcome, auditOutcome);
    QCOMPARE(entries.first().httpStatus, httpStatus);
    QCOMPARE(entries.first().batchId, batch);
    QCOMPARE(entries.first().host, h.connection.endpoint().hostLabel());
    QCOMPARE(entries.first().connectionId, h.connection.connection().id);
    QCOMPARE(entries.first().connectionName, h.connection.connection().name);
    QVERIFY(entries.first().completedUtc.isValid());
    QCOMPARE(finished.first().first().value<ApiOutcome>().httpStatus, httpStatus);
    // The audit window showed the record once it was written, and shows the answer now.
    QVERIFY2(shownWhileSent.contains(batch), qPrintable(shownWhileSent.join(QLatin1Char(' '))));
    QTRY_COMPARE(auditTable->model()->rowCount(), 1);
    QVERIFY(!window.isRequestRunning());
    QVERIFY(c.batch->isEnabled());
}

void TestMainWindow::formIsLockedWhileTheRequestRunsAndCanBeCancelled()
{
    Harness h;
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 5000;
    h.server.setFault(slow);
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const WindowControls c = controlsOf(window);
    typeIds(c, InvoicesClassification, BatchId);
    QSignalSpy finished(&window, &MainWindow::deletionFinished);
    confirm(pressDelete(window, c), BatchId);
    // The DELETE itself has arrived (a lookup of the typed IDs may arrive first).
    QTRY_VERIFY_WITH_TIMEOUT(deleteRequests(h.server) == 1, 5000);

    QVERIFY(window.isRequestRunning());
    QVERIFY(!c.deleteButton->isEnabled());
    QVERIFY(!c.classification->isEnabled());
    QVERIFY(!c.batch->isEnabled());
    QVERIFY(window.findChild<QProgressBar*>(QStringLiteral("busyBar"))->isVisible());
    // A second submission is impossible while the first is in flight.
    window.requestDeletion();
    QVERIFY(!window.pendingConfirmation());

    auto* cancel = window.findChild<QPushButton*>(QStringLiteral("cancelRequestButton"));
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(5000));

    const StatusLogModel* model = window.statusModel();
    // Cancelled after it was sent: what the server did is unknown, and it reads so everywhere.
    QCOMPARE(cell(model, 0, StatusLogModel::OutcomeColumn), QStringLiteral("Outcome unknown"));
    QVERIFY(cell(model, 0, StatusLogModel::MessageColumn).contains(QLatin1String("may already have acted")));
    QVERIFY(!window.isRequestRunning());
    QVERIFY(c.batch->isEnabled());
    QVERIFY(c.deleteButton->isEnabled());
    QVERIFY(!cancel->isVisible());
    QCOMPARE(deleteRequests(h.server), 1);
    // On record once, as unknown, and completed: not left "sent".
    const QList<AuditEntry> entries = h.audit.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().outcome, AuditLog::UnknownOutcome);
    QVERIFY(entries.first().completedUtc.isValid());
    QVERIFY(entries.first().serverMessage.contains(QLatin1String("may already have acted")));
    QCOMPARE(finished.size(), 1);
}

// A second connection, Staging, on its own sandbox with its own token in the (memory) keychain.
struct SecondConnection
{
    explicit SecondConnection(Harness& h)
    {
        server.setToken(QStringLiteral("token-of-acme-staging-0123456789"));
        server.addClassification(InvoicesClassification, QStringLiteral("Staging invoices"), QString(), {});
        server.addBatch(InvoicesClassification, BatchId, {});
        if (!server.start())
            qFatal("second sandbox did not start");
        connection.name = QStringLiteral("acme-staging");
        connection.apiUrl = server.baseUrl().toString();
        connection.environment = EnvironmentType::Staging;
        if (!h.connections.add(connection).isEmpty())
            qFatal("second connection not added");
        h.keychain.write(connection.tokenEntry(), server.token());
    }

    SandboxServer server;
    Connection connection;
};

QComboBox* switcherOf(MainWindow& window)
{
    return findByAccessibleName<QComboBox>(&window, QStringLiteral("Connection"));
}

// Chooses the connection named `name` in the switcher as a user would (the list, then Enter).
void choose(QComboBox* switcher, const QString& name)
{
    const int index = switcher->findText(name, Qt::MatchStartsWith);
    QVERIFY2(index >= 0, qPrintable(name));
    switcher->setFocus();
    switcher->setCurrentIndex(index);
    emit switcher->activated(index);
}

// Issue 14: choosing another connection puts it in force for the whole window: the band and the
// title name it, requests go to its server with its token, the catalogue and recent IDs are its own,
// and it is remembered for the next start.
void TestMainWindow::switcherPutsAnotherConnectionInForceEverywhere()
{
    Harness h;
    SecondConnection staging(h);
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    QComboBox* switcher = switcherOf(window);
    QVERIFY(switcher);
    QCOMPARE(switcher->count(), 2);
    const Connection first = h.connection.connection();
    auto* band = window.findChild<ConnectionBand*>();
    QVERIFY(band && band->isVisible());
    QCOMPARE(band->titleText(), first.title());

    choose(switcher, QStringLiteral("acme-staging"));
    QCOMPARE(h.connection.connection().id, staging.connection.id);
    QCOMPARE(window.windowTitle(), QStringLiteral("Staging — acme-staging"));
    QCOMPARE(band->titleText(), QStringLiteral("Staging — acme-staging"));
    QVERIFY(switcher->currentText().startsWith(QStringLiteral("acme-staging")));
    QCOMPARE(h.catalogue.host(), staging.connection.dataKey());
    QCOMPARE(h.connections.current()->id, staging.connection.id);
    // Its token, read from the keychain entry of its own, reaches its server.
    QTRY_VERIFY(h.tokens.token() == staging.server.token());
    QVERIFY(!window.findChild<QLabel*>(QStringLiteral("connectionBandHost"))
                 ->text()
                 .contains(staging.server.token()));
    const WindowControls c = controlsOf(window);
    typeIds(c, InvoicesClassification, BatchId);
    QSignalSpy finished(&window, &MainWindow::deletionFinished);
    confirm(pressDelete(window, c), BatchId);
    QVERIFY(finished.wait(10000));
    QCOMPARE(deleteRequests(staging.server), 1);
    QCOMPARE(deleteRequests(h.server), 0);
    const QList<AuditEntry> entries = h.audit.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().connectionName, QStringLiteral("acme-staging"));
    QCOMPARE(entries.first().connectionId, staging.connection.id);
    // And back, once the deletion is over: the first connection's catalogue and token again.
    QTRY_VERIFY(!qobject_cast<ConnectionSwitcher*>(switcher)->isSwitchingBlocked());
    choose(switcher, first.name);
    QCOMPARE(h.connection.connection().id, first.id);
    QCOMPARE(h.catalogue.host(), first.dataKey());
}

// Issue 14: while a deletion waits for its answer the switcher is blocked and says why; a switch
// asked anyway (File → Connections… "Use") is refused with the reason, and the deletion finishes
// and is recorded on the connection it started on. Once it has finished, switching works.
void TestMainWindow::switchingIsRefusedWhileADeletionRunsAndSaysWhy()
{
    Harness h;
    SecondConnection staging(h);
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 1500;
    h.server.setFault(slow);
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const Connection first = h.connection.connection();
    const WindowControls c = controlsOf(window);
    typeIds(c, InvoicesClassification, BatchId);
    QSignalSpy finished(&window, &MainWindow::deletionFinished);
    confirm(pressDelete(window, c), BatchId);
    QTRY_VERIFY_WITH_TIMEOUT(deleteRequests(h.server) == 1, 5000);

    auto* switcher = qobject_cast<ConnectionSwitcher*>(switcherOf(window));
    QVERIFY(switcher);
    QTRY_VERIFY(switcher->isSwitchingBlocked());
    QVERIFY(!switcher->isEnabled());
    QVERIFY2(switcher->toolTip().contains(QLatin1String("A deletion is running")),
             qPrintable(switcher->toolTip()));
    // The blocked box cannot be used; a request that comes anyway (one made the moment before the
    // deletion started) is refused, and the window says why.
    choose(switcher, QStringLiteral("acme-staging"));
    QCOMPARE(h.connection.connection().id, first.id);
    emit switcher->switchRequested(staging.connection.id);
    QCOMPARE(h.connection.connection().id, first.id);
    auto* note = window.findChild<QLabel*>(QStringLiteral("infoText"));
    QVERIFY2(note && note->text().contains(QLatin1String("A deletion is running")),
             qPrintable(note ? note->text() : QString()));

    QVERIFY(finished.wait(10000));
    QCOMPARE(h.audit.entries().first().connectionId, first.id);
    QTRY_VERIFY(!switcher->isSwitchingBlocked());
    choose(switcher, QStringLiteral("acme-staging"));
    QCOMPARE(h.connection.connection().id, staging.connection.id);
}

// Issue 14: a URL given for the session (--api-url) would go along to any connection switched to, with
// that connection's token: switching is blocked and says why. The confirmation's band names the host
// the request goes to, not the connection's own URL.
void TestMainWindow::aSessionUrlBlocksSwitchingAndTheConfirmationShowsIt()
{
    Harness h;
    SecondConnection staging(h);
    // The connection's own URL is elsewhere; the session's is the sandbox's.
    QVERIFY(h.connection.saveApiUrl(QStringLiteral("https://api.acme.example/api/v1")).isEmpty());
    h.connection.setOverrides(h.server.baseUrl().toString(), std::nullopt);
    h.connection.apply();
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    auto* switcher = qobject_cast<ConnectionSwitcher*>(switcherOf(window));
    QVERIFY(switcher);
    QVERIFY(switcher->isSwitchingBlocked());
    QVERIFY2(switcher->toolTip().contains(QLatin1String("--api-url")), qPrintable(switcher->toolTip()));
    const Connection first = h.connection.connection();
    emit switcher->switchRequested(staging.connection.id);
    QCOMPARE(h.connection.connection().id, first.id);

    const WindowControls c = controlsOf(window);
    typeIds(c, InvoicesClassification, BatchId);
    ConfirmDeleteDialog* dialog = pressDelete(window, c);
    QVERIFY(dialog);
    auto* band = dialog->findChild<ConnectionBand*>();
    QVERIFY(band);
    QVERIFY2(band->hostText().contains(h.server.baseUrl().authority()), qPrintable(band->hostText()));
    QVERIFY(!band->hostText().contains(QLatin1String("api.acme.example")));
    dialog->reject();
}

// Issue 11, defect 20: Quit while a deletion waits for its answer asks; "Keep running" keeps it, and
// "Stop and quit" quits once the answer has arrived and is recorded.
void TestMainWindow::quitDuringADeletionWaitsForItsAnswer()
{
    Harness h;
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 600;
    h.server.setFault(slow);
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const WindowControls c = controlsOf(window);
    typeIds(c, InvoicesClassification, BatchId);
    confirm(pressDelete(window, c), BatchId);
    QTRY_VERIFY_WITH_TIMEOUT(deleteRequests(h.server) == 1, 5000);
    QVERIFY(window.isRequestRunning());

    const auto answer = [&](const QString& choice) {
        QMessageBox* question = window.pendingQuitQuestion();
        QVERIFY(question);
        QCOMPARE(question->objectName(), QStringLiteral("quitQuestion"));
        QAbstractButton* chosen = nullptr;
        for (QAbstractButton* button : question->buttons()) {
            if (button->text().remove(QLatin1Char('&')) == choice)
                chosen = button;
        }
        QVERIFY(chosen);
        QTest::mouseClick(chosen, Qt::LeftButton);
    };
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    answer(QStringLiteral("Keep running"));
    QVERIFY(window.isVisible());
    QVERIFY(window.isRequestRunning());

    window.findChild<QAction*>(QStringLiteral("quitAction"))->trigger();
    answer(QStringLiteral("Stop and quit"));
    // The request is not cut off: the window waits for its answer.
    QVERIFY(window.isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
    QVERIFY(!h.server.hasBatch(InvoicesClassification, BatchId));
    const QList<AuditEntry> entries = h.audit.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().outcome, QStringLiteral("succeeded"));
}

void TestMainWindow::usedIdsAreRememberedMostRecentFirstPerHost()
{
    Harness h;
    {
        MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
        window.show();
        const WindowControls c = controlsOf(window);
        QSignalSpy finished(&window, &MainWindow::deletionFinished);
        for (const QString& batch : {BatchId, OtherBatchId}) {
            typeIds(c, InvoicesClassification, batch);
            confirm(pressDelete(window, c), batch);
            QVERIFY(finished.wait(10000));
        }
        QCOMPARE(c.batch->count(), 2);
        QCOMPARE(c.batch->itemText(0), OtherBatchId);
        QCOMPARE(c.batch->itemText(1), BatchId);
        QCOMPARE(c.classification->count(), 1);
    }
    // A new window on the same settings offers them again; another host does not see them.
    MainWindow again(h.connection, h.settings, h.catalogue, h.audit, QString());
    QCOMPARE(controlsOf(again).batch->itemText(0), OtherBatchId);
    QCOMPARE(h.settings.recentIds(QStringLiteral("other.example:443"), AppSettings::IdKind::Batch).size(), 0);
}

void TestMainWindow::statusPaneNeverShowsTheToken()
{
    Harness h;
    const QString wrongToken = QStringLiteral("secret-token-that-must-not-show");
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const WindowControls c = controlsOf(window);
    QSignalSpy finished(&window, &MainWindow::deletionFinished);
    typeIds(c, InvoicesClassification, BatchId);
    confirm(pressDelete(window, c), BatchId);
    QVERIFY(finished.wait(10000));
    h.tokens.save(wrongToken, TokenProvider::Destination::Session);
    typeIds(c, InvoicesClassification, OtherBatchId);
    confirm(pressDelete(window, c), OtherBatchId);
    QVERIFY(finished.wait(10000));

    const StatusLogModel* model = window.statusModel();
    QCOMPARE(model->rowCount(), 2);
    const QString text = model->toText({0, 1});
    QVERIFY(!text.contains(h.server.token()));
    QVERIFY(!text.contains(wrongToken));
    QVERIFY(!window.findChild<QLabel*>(QStringLiteral("connectionBandHost"))->text().contains(wrongToken));
    h.qsettings.sync();
    QFile ini(h.qsettings.fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray saved = ini.readAll();
    QVERIFY(!saved.contains(wrongToken.toUtf8()));
    QVERIFY(!saved.contains(h.server.token().toUtf8()));
}

void TestMainWindow::statusPaneCopiesRowsAsText()
{
    Harness h;
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const WindowControls c = controlsOf(window);
    QSignalSpy finished(&window, &MainWindow::deletionFinished);
    typeIds(c, InvoicesClassification, BatchId);
    confirm(pressDelete(window, c), BatchId);
    QVERIFY(finished.wait(10000));

    QApplication::clipboard()->clear();
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("copyButton")), Qt::LeftButton);
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QLatin1String("Time\tAction\t")));
    const QStringList cells = lines.at(1).split(QLatin1Char('\t'));
    QCOMPARE(cells.size(), int(StatusLogModel::ColumnCount));
    QCOMPARE(cells.at(StatusLogModel::BatchColumn), BatchId);
    QCOMPARE(cells.at(StatusLogModel::OutcomeColumn), QStringLiteral("Deleted"));

    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("clearButton")), Qt::LeftButton);
    QCOMPARE(window.statusModel()->rowCount(), 0);
}

void TestMainWindow::windowSizeIsRemembered()
{
    Harness h;
    const QRect chosen(QPoint(40, 30), QSize(777, 555));
    {
        MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
        window.setGeometry(chosen);
        window.show();
        QTRY_COMPARE(window.geometry(), chosen);
        QVERIFY(window.close());
    }
    QVERIFY(!h.settings.windowGeometry().isEmpty());
    MainWindow again(h.connection, h.settings, h.catalogue, h.audit, QString());
    again.show();
    QTRY_COMPARE(again.geometry(), chosen);
}

namespace {

QString knownName(const Harness& h, const QString& classificationId)
{
    const std::optional<ClassificationRecord> record = h.catalogue.store().classification(classificationId);
    return record ? record->name : QString();
}

QModelIndex viewIndexOfBatch(CataloguePanel* panel, const QString& classificationId, const QString& batchId)
{
    return panel->filterModel()->mapFromSource(panel->model()->batchIndex(classificationId, batchId));
}

} // namespace

void TestMainWindow::pickingFromTheCatalogueFillsTheFormAndPreviews()
{
    Harness h;
    h.catalogue.addEntries(
        {IdPair{InvoicesClassification, BatchId}, IdPair{InvoicesClassification, OtherBatchId}});
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const WindowControls c = controlsOf(window);
    auto* tree = findByAccessibleName<QTreeView>(&window, QStringLiteral("Catalogue"));
    QVERIFY(tree);
    // The classification's name arrives from viewClassification.
    QTRY_COMPARE(knownName(h, InvoicesClassification), QStringLiteral("Invoices"));

    // Keyboard only: focus the tree, walk to the batch.
    const QModelIndex batchIndex = viewIndexOfBatch(window.cataloguePanel(), InvoicesClassification, BatchId);
    QVERIFY(batchIndex.isValid());
    tree->setFocus();
    tree->setCurrentIndex(batchIndex.parent());
    // A short catalogue opens expanded: Down walks from the classification into its batches.
    for (int step = 0; step < 3 && tree->currentIndex() != batchIndex; ++step)
        QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(tree->currentIndex(), batchIndex);

    QCOMPARE(c.classification->currentText(), InvoicesClassification);
    QCOMPARE(c.batch->currentText(), BatchId);
    QVERIFY(c.deleteButton->isEnabled());

    auto* preview = findByAccessibleName<QTableView>(&window, QStringLiteral("Batch preview"));
    QVERIFY(preview);
    QTRY_COMPARE(preview->model()->rowCount(), 2);
    QStringList names;
    for (int row = 0; row < 2; ++row)
        names << preview->model()->index(row, 0).data().toString();
    names.sort();
    QCOMPARE(names, QStringList({QStringLiteral("invoice-001.pdf"), QStringLiteral("receipt-002.pdf")}));
    QCOMPARE(h.catalogue.store().batch(InvoicesClassification, BatchId)->fileCount, 2);
}

void TestMainWindow::deletionUpdatesCatalogueAndAuditTrail()
{
    Harness h;
    h.catalogue.addEntries(
        {IdPair{InvoicesClassification, BatchId}, IdPair{InvoicesClassification, OtherBatchId}});
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const WindowControls c = controlsOf(window);
    QTRY_VERIFY(!knownName(h, InvoicesClassification).isEmpty());
    window.cataloguePanel()->selectBatch(InvoicesClassification, BatchId);
    QTRY_VERIFY(h.catalogue.store()
                    .batch(InvoicesClassification, BatchId)
                    .value_or(BatchRecord())
                    .filesFetchedAt.isValid());

    // The confirmation is informed: name, file count and file names.
    ConfirmDeleteDialog* dialog = pressDelete(window, c);
    QVERIFY(dialog);
    QStringList texts;
    for (QLabel* label : dialog->findChildren<QLabel*>())
        texts << label->text();
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("Invoices")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("2 file")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("invoice-001.pdf")), qPrintable(all));

    QSignalSpy finished(&window, &MainWindow::deletionFinished);
    confirm(dialog, BatchId);
    QVERIFY(finished.wait(10000));

    // The deleted row disappears, but the view must not move on and offer its neighbour as the next
    // batch to delete: the form and the preview (which only ever shows the form's batch) stay empty.
    QVERIFY(c.batch->currentText().isEmpty());
    QVERIFY(!window.cataloguePanel()->view()->currentIndex().isValid());
    QVERIFY(window.previewPane()->batchId().isEmpty());

    const std::optional<BatchRecord> batch = h.catalogue.store().batch(InvoicesClassification, BatchId);
    QVERIFY(batch);
    QCOMPARE(batch->state, BatchState::Deleted);
    QVERIFY(batch->stateChangedAt.isValid());
    QCOMPARE(batch->changedBy, AuditLog::currentOsUser());
    // Hidden unless "Show deleted" is on.
    QVERIFY(!viewIndexOfBatch(window.cataloguePanel(), InvoicesClassification, BatchId).isValid());
    window.cataloguePanel()->filterModel()->setShowDeleted(true);
    QVERIFY(viewIndexOfBatch(window.cataloguePanel(), InvoicesClassification, BatchId).isValid());

    const QList<AuditEntry> entries = h.audit.entries();
    QCOMPARE(entries.size(), 1);
    const AuditEntry& entry = entries.constFirst();
    QCOMPARE(entry.outcome, QStringLiteral("succeeded"));
    QCOMPARE(entry.httpStatus, 200);
    QCOMPARE(entry.classificationId, InvoicesClassification);
    QCOMPARE(entry.classificationName, QStringLiteral("Invoices"));
    QCOMPARE(entry.batchId, BatchId);
    QCOMPARE(entry.fileCount, 2);
    QCOMPARE(entry.osUser, AuditLog::currentOsUser());
    QVERIFY(entry.completedUtc.isValid());
    QVERIFY(entry.durationMs >= 0);

    // The audit window shows it.
    QAction* auditAction = nullptr;
    for (QAction* action : window.findChildren<QAction*>())
        auditAction =
            action->text().remove(QLatin1Char('&')) == QStringLiteral("Audit trail…") ? action : auditAction;
    QVERIFY(auditAction);
    auditAction->trigger();
    QVERIFY(window.auditWindow());
    auto* table = findByAccessibleName<QTableView>(window.auditWindow(), QStringLiteral("Audit trail"));
    QVERIFY(table);
    QTRY_COMPARE(table->model()->rowCount(), 1);
}

void TestMainWindow::notFoundMarksTheCatalogueEntry()
{
    Harness h;
    const QString missing = QStringLiteral("-NoSuchBatch00000000");
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const WindowControls c = controlsOf(window);
    typeIds(c, InvoicesClassification, missing);
    QSignalSpy finished(&window, &MainWindow::deletionFinished);
    confirm(pressDelete(window, c), missing);
    QVERIFY(finished.wait(10000));
    QCOMPARE(h.catalogue.store().batch(InvoicesClassification, missing)->state, BatchState::NotFound);
    QCOMPARE(h.audit.entries().constFirst().outcome, QStringLiteral("not_found"));
}

void TestMainWindow::auditRecordIsWrittenBeforeTheRequestLeaves()
{
    Harness h;
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const WindowControls c = controlsOf(window);
    typeIds(c, InvoicesClassification, BatchId);
    QList<QString> outcomesSeenByServer;
    connect(&h.server, &SandboxServer::requestReceived, &window, [&](const SandboxRequest& request) {
        if (request.method == "DELETE")
            outcomesSeenByServer << h.audit.entries().value(0).outcome;
    });
    QSignalSpy finished(&window, &MainWindow::deletionFinished);
    confirm(pressDelete(window, c), BatchId);
    QVERIFY(finished.wait(10000));
    QCOMPARE(outcomesSeenByServer, QList<QString>({AuditLog::SentOutcome}));
    QCOMPARE(h.audit.entries().constFirst().outcome, QStringLiteral("succeeded"));
}

// The data file could not be used and the database lives in memory: a record there would vanish with
// the app, so the deletion is not sent, and the status pane says why.
void TestMainWindow::memoryOnlyAuditTrailSendsNothing()
{
    Harness h;
    QVERIFY(h.database.open(QStringLiteral(":memory:")).ok);
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const WindowControls c = controlsOf(window);
    typeIds(c, InvoicesClassification, BatchId);
    confirm(pressDelete(window, c), BatchId);

    const StatusLogModel* model = window.statusModel();
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(
        cell(model, 0, StatusLogModel::MessageColumn),
        QStringLiteral("Not sent: the audit trail's data file cannot be used, so the record could not be "
                       "kept on disk. Nothing was deleted."));
    QVERIFY(!window.isRequestRunning());
    QVERIFY(c.deleteButton->isEnabled());
    QCOMPARE(deleteRequests(h.server), 0);
    QVERIFY(h.server.hasBatch(InvoicesClassification, BatchId));
    QVERIFY(h.audit.entries().isEmpty());
}

// The data file is fine, but the record cannot be written (here: its sessions folder cannot be made).
void TestMainWindow::unwritableAuditTrailSendsNothing()
{
    Harness h;
    QFile blocker(QFileInfo(h.databasePath).absolutePath() + QStringLiteral("/sessions"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QVERIFY(h.audit.keepsRecordsOnDisk());
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const WindowControls c = controlsOf(window);
    typeIds(c, InvoicesClassification, BatchId);
    QSignalSpy finished(&window, &MainWindow::deletionFinished);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("AuditLog: cannot start a session")));
    confirm(pressDelete(window, c), BatchId);

    const StatusLogModel* model = window.statusModel();
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(cell(model, 0, StatusLogModel::MessageColumn),
             QStringLiteral("Not sent: the audit record could not be written to disk. Nothing was deleted."));
    QVERIFY(!window.isRequestRunning());
    QVERIFY(c.deleteButton->isEnabled());
    QCOMPARE(c.batch->currentText(), BatchId);
    QVERIFY(!finished.wait(300));
    QCOMPARE(deleteRequests(h.server), 0);
    QVERIFY(h.server.hasBatch(InvoicesClassification, BatchId));
    QVERIFY(h.audit.entries().isEmpty());
}

void TestMainWindow::removeFromListForgetsLocallyOnly()
{
    Harness h;
    h.catalogue.addEntries({IdPair{InvoicesClassification, BatchId}});
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    window.cataloguePanel()->selectBatch(InvoicesClassification, BatchId);
    auto* remove = window.cataloguePanel()->findChild<QPushButton*>(QStringLiteral("removeButton"));
    QVERIFY(remove && remove->isEnabled());
    QVERIFY(!remove->text().contains(QLatin1String("Delete")));
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(!h.catalogue.store().batch(InvoicesClassification, BatchId));
    QVERIFY(
        window.statusBar()->currentMessage().contains(QLatin1String("Nothing was deleted on the server")));
    QCOMPARE(deleteRequests(h.server), 0);
    QVERIFY(h.server.hasBatch(InvoicesClassification, BatchId));
}

void TestMainWindow::filteringNeverPutsAnotherBatchIntoTheForm()
{
    Harness h;
    h.catalogue.addEntries(
        {IdPair{InvoicesClassification, BatchId}, IdPair{InvoicesClassification, OtherBatchId}});
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const WindowControls c = controlsOf(window);
    window.cataloguePanel()->selectBatch(InvoicesClassification, BatchId);
    QCOMPARE(c.batch->currentText(), BatchId);
    // A filter that hides the picked batch would make the tree move to a neighbour.
    auto* filter = window.cataloguePanel()->findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    QTest::keyClicks(filter, OtherBatchId.right(4));
    QVERIFY(viewIndexOfBatch(window.cataloguePanel(), InvoicesClassification, OtherBatchId).isValid());
    QVERIFY(!viewIndexOfBatch(window.cataloguePanel(), InvoicesClassification, BatchId).isValid());
    QCOMPARE(c.batch->currentText(), BatchId);
    QVERIFY(!window.cataloguePanel()->view()->currentIndex().isValid());
}

void TestMainWindow::pickingAClassificationClearsABatchOfAnotherOne()
{
    Harness h;
    const QString otherClassification = QStringLiteral("-OtherClassification0");
    h.catalogue.addEntries({IdPair{InvoicesClassification, BatchId}, IdPair{otherClassification, QString()}});
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    const WindowControls c = controlsOf(window);
    window.cataloguePanel()->selectBatch(InvoicesClassification, BatchId);
    QCOMPARE(c.batch->currentText(), BatchId);
    QTreeView* tree = window.cataloguePanel()->view();
    const QModelIndex other = window.cataloguePanel()->filterModel()->mapFromSource(
        window.cataloguePanel()->model()->classificationIndex(otherClassification));
    tree->setCurrentIndex(other);
    QCOMPARE(c.classification->currentText(), otherClassification);
    QVERIFY(c.batch->currentText().isEmpty());
    QVERIFY(window.previewPane()->batchId().isEmpty());
    QVERIFY(!c.deleteButton->isEnabled());
}

// Issue 11, defect 17, and issue 14: a lookup or a preview on its way when another connection is put
// in force is answered by the server it asked, and its answer is filed under the connection that
// asked, not the new one; nothing of it goes to the new one's server.
void TestMainWindow::lookupsAndPreviewsStayOnTheServerTheyAsked()
{
    Harness h;
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 300;
    h.server.setFault(slow);
    SandboxServer other;
    other.setToken(h.server.token());
    other.addClassification(InvoicesClassification, QStringLiteral("Other server's name"), QString(), {});
    other.addBatch(InvoicesClassification, BatchId,
                   {SandboxFile{QStringLiteral("x"), QStringLiteral("other.pdf"), QStringLiteral("done"),
                                QStringLiteral("t"), 0.5}});
    QVERIFY(other.start());
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    QSignalSpy received(&h.server, &SandboxServer::requestReceived);
    h.catalogue.addEntries({IdPair{InvoicesClassification, BatchId}}); // looks the name up
    h.catalogue.fetchBatch(InvoicesClassification, BatchId);           // and the files
    QTRY_VERIFY(received.count() >= 2);
    const QString firstHost = h.catalogue.host();

    Connection second;
    second.name = QStringLiteral("other-account");
    second.apiUrl = other.baseUrl().toString();
    QVERIFY(h.connections.add(second).isEmpty());
    h.keychain.write(second.tokenEntry(), h.server.token());
    h.connection.use(second);
    QCOMPARE(h.catalogue.host(), second.dataKey());
    QSignalSpy lookedUp(&h.catalogue, &CatalogueService::classificationLookupFinished);
    QVERIFY(lookedUp.wait(5000));
    // A lookup asked now goes to the other server, and is the first thing it hears: nothing that
    // was on its way went there.
    h.catalogue.lookUpClassification(InvoicesClassification);
    QTRY_VERIFY(!other.requests().isEmpty());
    QCOMPARE(other.requests().size(), 1);
    QVERIFY(other.requests().first().path.endsWith("/viewClassification"));
    // Its catalogue holds nothing the first server answered.
    QVERIFY(!h.catalogue.store().classification(InvoicesClassification));
    // The first server's catalogue has what the first server said.
    const CatalogueStore first(h.database, firstHost);
    QCOMPARE(first.classification(InvoicesClassification)->name, QStringLiteral("Invoices"));
    // The file list on its way finished too, and is filed under the connection that asked for it.
    QTRY_COMPARE(first.files(InvoicesClassification, BatchId).size(), 2);
    QCOMPARE(first.files(InvoicesClassification, BatchId).first().fileName,
             QStringLiteral("invoice-001.pdf"));
    QVERIFY(h.catalogue.store().files(InvoicesClassification, BatchId).isEmpty());
}

// A preview or a confirmation asks for a batch's files; the user deletes it before that answer is
// in. The list read before the deletion must not bring the batch back as present.
void TestMainWindow::aFileListArrivingAfterTheDeletionLeavesTheBatchDeleted()
{
    Harness h;
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 300;
    h.server.setFault(slow);
    h.catalogue.addEntries({IdPair{InvoicesClassification, BatchId}});
    QSignalSpy fetched(&h.catalogue, &CatalogueService::batchFetchFinished);
    h.catalogue.fetchBatch(InvoicesClassification, BatchId);
    ApiOutcome deleted;
    deleted.kind = ApiOutcome::Kind::Succeeded;
    deleted.httpStatus = 200;
    h.catalogue.recordDeletionOutcome(InvoicesClassification, BatchId, deleted, QStringLiteral("agent"));
    QCOMPARE(h.catalogue.store().batch(InvoicesClassification, BatchId)->state, BatchState::Deleted);

    QVERIFY(fetched.wait(5000));
    QVERIFY(fetched.constFirst().at(2).value<ApiOutcome>().isSuccess()); // the list was read before
    const std::optional<BatchRecord> batch = h.catalogue.store().batch(InvoicesClassification, BatchId);
    QVERIFY(batch);
    QCOMPARE(batch->state, BatchState::Deleted);
    QCOMPARE(batch->changedBy, QStringLiteral("agent"));
}

void TestMainWindow::notesGivenBeforeTheWindowIsShownAreAllKept()
{
    // main() gives its notes (database moved aside, unfinished deletions) before the window is on
    // the screen: the second must not replace the first.
    Harness h;
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.showInfo(QStringLiteral("First note."));
    window.showInfo(QStringLiteral("Second note."));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* text = window.findChild<QLabel*>(QStringLiteral("infoText"));
    QVERIFY(text);
    QVERIFY(text->isVisible());
    QCOMPARE(text->text(), QStringLiteral("First note.\nSecond note."));
}

void TestMainWindow::startupFrameOfTheDemoSaysDemo()
{
    Harness h(Harness::Mode::Demo);
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString(),
                      MainWindow::ContentsBuild::WhenAsked);
    QCOMPARE(window.windowTitle(), QStringLiteral("Demo — Demo sandbox"));
    QCOMPARE(window.size(), QSize(1280, 760)); // no size saved: the default
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList titles;
    connect(&window, &QWidget::windowTitleChanged, this,
            [&titles](const QString& title) { titles << title; });
    window.buildContents();
    QCOMPARE(window.windowTitle(), QStringLiteral("Demo — Demo sandbox"));
    QVERIFY2(titles.isEmpty(), qPrintable(titles.join(u", "))); // no flicker through another title
    auto* banner = window.findChild<QLabel*>(QStringLiteral("demoBanner"));
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible());
}

void TestMainWindow::startupFrameComesFirstAndTheContentsWhenAsked()
{
    Harness h;
    // The size the user left the window at.
    {
        QMainWindow earlier;
        earlier.resize(900, 600);
        h.settings.setWindowGeometry(earlier.saveGeometry());
    }
    // The app opens its database only after the window's first frame: a second one, not open yet.
    Database database(QStringLiteral("tst_mainwindow_startup"));
    AuditLog audit(database);
    CatalogueService catalogue(database, h.client);
    MainWindow window(h.connection, h.settings, catalogue, audit, QString(),
                      MainWindow::ContentsBuild::WhenAsked);
    QSignalSpy built(&window, &MainWindow::contentsBuilt);

    // The light first frame: the title, one line, no panels.
    QVERIFY(!window.hasContents());
    QVERIFY(!window.cataloguePanel());
    QVERIFY(!window.previewPane());
    // The title names the connection in force: its environment and name, in words.
    QCOMPARE(window.windowTitle(), h.connection.connection().title());
    auto* message = qobject_cast<QLabel*>(window.centralWidget());
    QVERIFY(message);
    QCOMPARE(message->text(), QStringLiteral("Opening the catalogue and the audit trail…"));
    QVERIFY(!findByAccessibleName<QComboBox>(&window, QStringLiteral("Classification ID")));
    QCOMPARE(window.size(), QSize(900, 600));
    window.showInfo(QStringLiteral("First note."));
    window.showInfo(QStringLiteral("Second note."));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(built.count(), 0);
    QVERIFY(!database.isOpen());

    // Then the database, then the contents: they read the catalogue it holds.
    QVERIFY(database.open(h.dir.filePath(QStringLiteral("startup.sqlite3"))).message.isEmpty());
    catalogue.setHost(h.connection.storageKey());
    QVERIFY(catalogue.addEntries({IdPair{InvoicesClassification, BatchId}}).total() > 0);
    window.buildContents();
    QCOMPARE(built.count(), 1);
    QVERIFY(window.hasContents());
    window.buildContents(); // once only
    QCOMPARE(built.count(), 1);

    // The window the user already sees keeps its size; the startup line goes.
    QCOMPARE(window.size(), QSize(900, 600));
    QTRY_VERIFY(!window.findChild<QLabel*>(QStringLiteral("startupMessage")));
    const WindowControls c = controlsOf(window);
    QVERIFY(c.classification && c.batch && c.deleteButton && c.status);
    QTRY_VERIFY(c.classification->isVisible());
    QVERIFY(c.status->isVisible());
    QVERIFY(window.cataloguePanel());
    auto* tree = findByAccessibleName<QTreeView>(window.cataloguePanel(), QStringLiteral("Catalogue"));
    QVERIFY(tree);
    QTRY_COMPARE(tree->model()->rowCount(), 1);
    // Notes given before the contents are shown with them, in order.
    auto* text = window.findChild<QLabel*>(QStringLiteral("infoText"));
    QVERIFY(text);
    QTRY_VERIFY(text->isVisible());
    QCOMPARE(text->text(), QStringLiteral("First note.\nSecond note."));
    // The keyboard starts where it does in a window built at once.
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY(c.classification->hasFocus());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
