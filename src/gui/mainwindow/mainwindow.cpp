#include "mainwindow.h"

#include "bulkrunhost.h"
#include "bulkrunreport.h"
#include "cataloguepick.h"
#include "connectionnotice.h"
#include "connectionstatus.h"
#include "connectionswitching.h"
#include "core/api/activeconnection.h"
#include "core/catalogue/catalogueservice.h"
#include "core/settings/appsettings.h"
#include "core/tokens/tokenprovider.h"
#include "deleteform.h"
#include "gui/bulk/addidsdialog.h"
#include "gui/bulk/bulkdeletionwindow.h"
#include "gui/catalogue/batchpreviewpane.h"
#include "gui/catalogue/cataloguemodel.h"
#include "gui/catalogue/cataloguepanel.h"
#include "gui/connections/connectionband.h"
#include "gui/widgets/guiresources.h"
#include "gui/widgets/windowminimumsize.h"
#include "infonotes.h"
#include "mainwindowactions.h"
#include "quitguard.h"
#include "singledeletion.h"
#include "singledeletionreport.h"
#include "statuslogmodel.h"
#include "statuspane.h"
#include "teamstatusindicator.h"
#include "typedidlookup.h"
#include "ui_mainwindow.h"
#include "welcomepage.h"
#include "windowdialogs.h"
#include "windowshell.h"

#include <QCloseEvent>
#include <QEvent>

#include <utility>

namespace {

// The narrowest the form, preview and status pane get.
constexpr int WorkAreaMinimumCharacters = 46;

} // namespace

MainWindow::MainWindow(ActiveConnection& connection, AppSettings& settings, CatalogueService& catalogue,
                       AuditLog& audit, QString plainTokenFilePath, ContentsBuild build, QWidget* parent)
    : QMainWindow(parent)
    , m_connection(connection)
    , m_settings(settings)
    , m_plainTokenFilePath(std::move(plainTokenFilePath))
    , m_catalogue(catalogue)
    , m_audit(audit)
{
    setUpWorkers();
    if (build == ContentsBuild::Now)
        buildContents();
    else
        m_shell->showStartupFrame();
}

void MainWindow::setUpWorkers()
{
    m_shell = new WindowShell(m_connection, m_settings, this);
    m_single = new SingleDeletion(m_connection, m_settings, m_catalogue, m_audit, this);
    m_bulkRun = new BulkRunHost(m_connection, m_catalogue, m_audit, this);
    m_dialogs = new WindowDialogs(m_connection, m_settings, m_catalogue, m_audit, m_plainTokenFilePath, this);
    m_quitGuard = new QuitGuard(this, [this] {
        return QuitGuard::Running{isRequestRunning(), m_bulkRun->isRunning(), m_bulkRun->remaining()};
    });
}

void MainWindow::setTeamTrail(TeamSync* team)
{
    m_team = team;
    m_dialogs->setTeamTrail(team);
    m_single->setTeamTrail(team);
    if (m_cataloguePanel)
        m_cataloguePanel->setTeamTrail(team, [this] { return m_connection.auditOrigin().host; });
    if (m_ui)
        showTeamStatus();
}

void MainWindow::showTeamStatus()
{
    if (!m_team || m_teamIndicator)
        return;
    m_teamIndicator = new TeamStatusIndicator(*m_team, m_ui->statusBar);
    m_ui->statusBar->addPermanentWidget(m_teamIndicator);
    connect(m_teamIndicator, &QToolButton::clicked, m_dialogs, &WindowDialogs::openTeamSettings);
}

bool MainWindow::hasContents() const
{
    return m_ui != nullptr;
}

void MainWindow::buildContents()
{
    if (m_ui)
        return;
    // Built into a window that may already be on the screen (its startup frame): the geometry the
    // user sees is kept, the startup line goes with the central widget it is replaced by.
    const bool startupFrameShown = centralWidget() != nullptr;
    ensureGuiResources();
    m_ui = std::make_unique<Ui::MainWindow>();
    m_ui->setupUi(this);
    setUpParts();
    connectActions();
    connectParts();
    connectCatalogue();
    connectConnection();
    connectDeletions();

    if (!startupFrameShown)
        m_shell->restoreGeometry();
    m_connectionStatus->updateConnectionInfo();
    m_form->reloadRecentIds();
    m_form->validate();
    if (startupFrameShown) {
        // Built into a window on the screen, the new widgets are shown on the event loop's next turn;
        // focused before, Qt would move the focus elsewhere should the window be activated meanwhile.
        QMetaObject::invokeMethod(
            this, [this] { m_form->focusClassification(); }, Qt::QueuedConnection);
    } else {
        m_form->focusClassification();
    }
    for (const QString& text : std::exchange(m_infoBeforeContents, {}))
        showInfo(text);
    emit contentsBuilt();
}

void MainWindow::setUpParts()
{
    m_form = m_ui->formGroup;
    m_statusPane = m_ui->statusGroup;
    m_catalogue.setHost(m_connection.storageKey());
    m_cataloguePanel = new CataloguePanel(m_catalogue, m_ui->catalogueContainer);
    m_ui->catalogueContainer->layout()->addWidget(m_cataloguePanel);
    if (m_team) {
        m_cataloguePanel->setTeamTrail(m_team, [this] { return m_connection.auditOrigin().host; });
        showTeamStatus();
    }
    m_preview = new BatchPreviewPane(m_catalogue, m_ui->previewContainer);
    m_ui->previewContainer->layout()->addWidget(m_preview);
    m_ui->mainSplitter->setStretchFactor(0, 2);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    m_ui->workSplitter->setStretchFactor(0, 1);
    m_ui->workSplitter->setStretchFactor(1, 1);
    // Notes and hints wrap as the window narrows; the window's minimum grows with them, so they
    // never squeeze the tables or the form out of sight.
    keepMinimumHeightFittingContents(m_ui->centralWidget);
    keepMinimumHeightFittingContents(m_ui->workArea);
    // Wide enough for the IDs in the form and for the hints to wrap into two lines, not five.
    m_ui->workArea->setMinimumWidth(WorkAreaMinimumCharacters * fontMetrics().averageCharWidth());
    m_ui->demoBanner->setVisible(m_connection.isDemo());
    m_shell->setUpForContents();
    m_switching = new ConnectionSwitching(
        m_connection, [this] { return switchBlockedReason(); }, this);
    m_ui->centralLayout->insertWidget(0, m_switching->bar());
    m_switching->placeSwitcherIn(m_ui->menuBar);
    m_switching->setManagerAction(m_ui->connectionsAction);
    m_connectionStatus = new ConnectionStatus(m_connection, m_settings,
                                              {m_ui->demoBanner, m_ui->noticeFrame, m_ui->welcomePage,
                                               m_switching->band()->detailLabel(), m_ui->mainSplitter},
                                              this);
    m_connectionStatus->applyThemeColors();
    m_form->setUp(m_connection, m_settings);
    // The action column fits either action, whichever is wider in the user's language.
    m_statusPane->setUp({SingleDeletion::actionName(), BulkRunHost::actionName()}, m_ui->clearAction);
    m_bulkRun->setStatusPane(m_statusPane);
    m_singleReport =
        new SingleDeletionReport(m_catalogue, m_cataloguePanel, m_statusPane, m_form, m_ui->statusBar, this);
}

void MainWindow::connectActions()
{
    m_actions = new MainWindowActions(
        {m_ui->settingsAction, m_ui->auditAction, m_ui->quitAction, m_ui->copyAction, m_ui->deleteAction,
         m_ui->bulkDeleteAction, m_ui->showBulkRunAction, m_ui->addIdsAction, m_ui->findAction,
         m_ui->fetchAgainAction, m_ui->shortcutsAction, m_ui->aboutAction, m_ui->aboutQtAction},
        this);
    m_actions->connectTo({this, m_form, m_statusPane, m_cataloguePanel, m_preview, m_dialogs, m_bulkRun});
    connect(m_actions, &MainWindowActions::settingsRequested, this, &MainWindow::openSettings);
    connect(m_actions, &MainWindowActions::deletionRequested, this, &MainWindow::requestDeletion);
}

void MainWindow::connectParts()
{
    connect(m_form, &DeleteForm::deleteRequested, this, &MainWindow::requestDeletion);
    connect(m_form, &DeleteForm::cancelRequested, this, &MainWindow::cancelRequest);
    connect(m_form, &DeleteForm::validated, this, [this] {
        m_connectionStatus->updateWelcome();
        m_connectionStatus->updateNotice();
    });
    connect(m_statusPane, &StatusPane::rowsCopied, this,
            [this](int count) { statusBar()->showMessage(tr("Copied %n row(s).", nullptr, count), 5000); });
    connect(m_ui->infoFrame, &InfoNotes::auditTrailRequested, this, &MainWindow::openAuditTrail);
    connect(m_ui->welcomePage, &WelcomePage::setupRequested, this, &MainWindow::openSettings);
    connect(m_ui->welcomePage, &WelcomePage::demoRequested, this, &MainWindow::demoRequested);
    connect(m_ui->noticeFrame, &ConnectionNotice::settingsRequested, this, &MainWindow::openSettings);
    connect(m_ui->noticeFrame, &ConnectionNotice::demoRequested, this, &MainWindow::demoRequested);
}

void MainWindow::connectCatalogue()
{
    new CataloguePick(m_catalogue, *m_single, m_cataloguePanel, m_form, m_preview, this);
    new TypedIdLookup(m_catalogue, m_connection, *m_single, {m_form, m_cataloguePanel, m_preview}, this);
    connect(m_cataloguePanel, &CataloguePanel::addIdsRequested, this, &MainWindow::openAddIds);
    connect(m_dialogs, &WindowDialogs::entriesAdded, this,
            [this](const QList<IdPair>& entries, const AddedEntries& added) {
                statusBar()->showMessage(AddIdsDialog::describeAdded(added), 10000);
                // A pasted list of batches is usually the list to delete: select it, one click from
                // "Delete N batches…".
                m_cataloguePanel->selectBatches(entries);
            });
    connect(m_cataloguePanel, &CataloguePanel::bulkDeleteRequested, this, &MainWindow::confirmBulkDeletion);
    connect(m_cataloguePanel, &CataloguePanel::entryForgotten, this,
            [this](const QString& description) { statusBar()->showMessage(description, 10000); });
    connect(&m_catalogue, &CatalogueService::invalidIdsLeftOut, this, [this](int count) {
        showInfo(tr("%n ID(s) from the server were left out of the catalogue: they contain spaces, line "
                    "breaks, invisible or control characters, or are too long, so this app cannot select or "
                    "delete them.",
                    nullptr, count));
    });
}

void MainWindow::connectConnection()
{
    // After the bulk run host, which passes on the results waiting for the catalogue they belong to.
    connect(&m_connection, &ActiveConnection::changed, this, [this] {
        m_connectionStatus->setTokenRejected(false);
        m_catalogue.setHost(m_connection.storageKey());
        m_shell->updateTitle();
        m_connectionStatus->updateConnectionInfo();
        m_form->reloadRecentIds();
        m_form->validate();
    });
    connect(&m_connection.tokens(), &TokenProvider::loadFinished, this, [this] {
        m_connectionStatus->updateConnectionInfo();
        m_form->validate();
    });
}

QString MainWindow::switchBlockedReason() const
{
    // What runs finishes on the connection it started on; a switch meanwhile would leave the window
    // showing one connection while deletions go to another.
    if (m_single->isRunning())
        return tr("A deletion is running on \"%1\": switch connections once it has finished.")
            .arg(m_connection.connection().name);
    if (m_bulkRun->isRunning())
        return tr("A bulk run is in progress: switch connections once it has finished or been stopped.");
    return {};
}

void MainWindow::connectDeletions()
{
    connect(m_single, &SingleDeletion::started, m_switching, &ConnectionSwitching::updateBlocked,
            Qt::QueuedConnection);
    connect(m_single, &SingleDeletion::finished, m_switching, &ConnectionSwitching::updateBlocked,
            Qt::QueuedConnection);
    connect(m_single, &SingleDeletion::notSent, m_switching, &ConnectionSwitching::updateBlocked,
            Qt::QueuedConnection);
    connect(m_bulkRun, &BulkRunHost::runStarting, m_switching, &ConnectionSwitching::updateBlocked,
            Qt::QueuedConnection);
    connect(m_bulkRun, &BulkRunHost::runFinished, m_switching, &ConnectionSwitching::updateBlocked,
            Qt::QueuedConnection);
    connect(m_switching, &ConnectionSwitching::refused, this, [this](const QString& why) {
        statusBar()->showMessage(why, 10000);
        showInfo(why);
    });
    connect(m_single, &SingleDeletion::recordWritten, m_dialogs, &WindowDialogs::showNewAuditEntries);
    connect(m_single, &SingleDeletion::started, this, &MainWindow::onDeletionStarted);
    connect(m_single, &SingleDeletion::notSent, m_singleReport, &SingleDeletionReport::showNotSent);
    connect(m_single, &SingleDeletion::finished, this, &MainWindow::onDeletionFinished);
    new BulkRunReport(m_bulkRun, m_connection, *m_single, m_form, m_cataloguePanel, m_dialogs,
                      m_ui->statusBar, this);
    connect(m_bulkRun, &BulkRunHost::note, this, &MainWindow::showInfo);
    connect(m_bulkRun, &BulkRunHost::runFinished, m_quitGuard, &QuitGuard::quitIfWoundDown);
    connect(m_bulkRun, &BulkRunHost::tokenSettingsRequested, this, &MainWindow::openSettings);
    connect(m_quitGuard, &QuitGuard::windingDown, this, &MainWindow::windDown);
}

MainWindow::~MainWindow()
{
    // Nothing of a run may be lost on the way out: the catalogue learns about every result.
    m_bulkRun->passOnAll();
    m_bulkRun->setStatusPane(nullptr);
}

StatusLogModel* MainWindow::statusModel() const
{
    return m_statusPane ? m_statusPane->model() : nullptr;
}

bool MainWindow::isRequestRunning() const
{
    return m_single->isRunning();
}

bool MainWindow::isDeleting() const
{
    return isRequestRunning() || m_bulkRun->isRunning();
}

QMessageBox* MainWindow::pendingQuitQuestion() const
{
    return m_quitGuard->pendingQuestion();
}

ConfirmDeleteDialog* MainWindow::pendingConfirmation() const
{
    return m_single->pendingConfirmation();
}

void MainWindow::requestDeletion()
{
    m_form->validate();
    if (!m_form->canDelete() || m_quitGuard->isWindingDown())
        return;
    m_single->confirm(m_form->classificationId(), m_form->batchId());
}

void MainWindow::cancelRequest()
{
    m_single->abort();
}

void MainWindow::onDeletionStarted(const DeletionTarget& target)
{
    setRequestRunning(true);
    m_singleReport->showStarted(target);
}

void MainWindow::onDeletionFinished(const DeletionTarget& target, const DeletionResult& result)
{
    const ApiOutcome outcome = m_singleReport->record(target, result);
    // Before the form changes: clearing the batch field refreshes the notice.
    m_connectionStatus->setTokenRejected(outcome.kind == ApiOutcome::Kind::TokenRejected);
    m_singleReport->announce(target, outcome);
    m_dialogs->showNewAuditEntries();
    m_form->reloadRecentIds();
    setRequestRunning(false);
    emit deletionFinished(outcome);
    m_quitGuard->quitIfWoundDown();
}

void MainWindow::setRequestRunning(bool running)
{
    m_actions->setRequestRunning(running);
    m_cataloguePanel->setEnabled(!running);
    m_ui->noticeFrame->setSettingsEnabled(!running);
    m_form->setRequestRunning(running);
}

void MainWindow::openSettings()
{
    if (!isRequestRunning())
        m_dialogs->openSettings();
}

void MainWindow::openAuditTrail()
{
    m_dialogs->openAuditTrail();
}

void MainWindow::openAddIds()
{
    m_dialogs->openAddIds();
}

void MainWindow::openBulkDeletion(const QList<IdPair>& batches)
{
    // What SingleDeletion::describeTarget() knows of each batch (name, file count once fetched), from the
    // catalogue the panel holds in memory: no read of the database per batch, however many are selected.
    confirmBulkDeletion(m_cataloguePanel->model()->deletionItems(batches));
}

void MainWindow::confirmBulkDeletion(const QList<DeletionItem>& items)
{
    // What the catalogue's team trail marks say of them: asked in the background already, never waited for.
    QList<IdPair> batches;
    batches.reserve(items.size());
    for (const DeletionItem& item : items)
        batches.append(IdPair{item.classificationId, item.batchId});
    m_bulkRun->confirm(items, m_cataloguePanel ? m_cataloguePanel->model()->teamDeletedCount(batches) : 0);
}

void MainWindow::showBulkDeletionWindow()
{
    m_bulkRun->showRunWindow();
}

BulkDeletionWindow* MainWindow::bulkDeletionWindow() const
{
    return m_bulkRun->runWindow();
}

CataloguePanel* MainWindow::cataloguePanel() const
{
    return m_cataloguePanel;
}

BatchPreviewPane* MainWindow::previewPane() const
{
    return m_preview;
}

AuditWindow* MainWindow::auditWindow() const
{
    return m_dialogs->auditWindow();
}

void MainWindow::showInfo(const QString& text)
{
    if (!m_ui) {
        m_infoBeforeContents << text;
        return;
    }
    m_ui->infoFrame->addNote(text);
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_connectionStatus)
        m_connectionStatus->applyThemeColors();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_quitGuard->mayClose()) {
        event->ignore();
        return;
    }
    m_shell->saveGeometry();
    event->accept();
}

void MainWindow::windDown()
{
    m_bulkRun->windDown();
    if (m_ui) {
        m_form->setQuitting();
        m_actions->setWindingDown();
    }
}
