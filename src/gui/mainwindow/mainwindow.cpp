#include "mainwindow.h"

#include "connectionnotice.h"
#include "core/api/activeconnection.h"
#include "core/api/boundconnection.h"
#include "core/api/extractaclient.h"
#include "core/catalogue/catalogueservice.h"
#include "core/settings/appsettings.h"
#include "core/storage/auditlog.h"
#include "core/storage/cataloguestore.h"
#include "core/text/servertext.h"
#include "core/tokens/tokenprovider.h"
#include "deleteform.h"
#include "gui/audit/auditwindow.h"
#include "gui/bulk/addidsdialog.h"
#include "gui/bulk/bulkconfirmdialog.h"
#include "gui/bulk/bulkdeletionwindow.h"
#include "gui/catalogue/batchpreviewpane.h"
#include "gui/catalogue/cataloguemodel.h"
#include "gui/catalogue/cataloguepanel.h"
#include "gui/help/aboutdialog.h"
#include "gui/help/keyboardshortcutsdialog.h"
#include "gui/settings/settingsdialog.h"
#include "gui/widgets/guiresources.h"
#include "gui/widgets/readablecolors.h"
#include "gui/widgets/windowminimumsize.h"
#include "infonotes.h"
#include "statuslogmodel.h"
#include "statuspane.h"
#include "ui_mainwindow.h"
#include "welcomepage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSessionManager>

#include <utility>

namespace {

// The window's size on a first start, before the user has chosen one.
constexpr QSize DefaultWindowSize(1280, 760);
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
    connect(&m_bulkResults, &BulkResultBatcher::groupReady, this, &MainWindow::applyBulkResults);
    if (build == ContentsBuild::Now)
        buildContents();
    else
        showStartupFrame();
}

void MainWindow::showStartupFrame()
{
    // As little as the first frame needs: the title, the size the user left the window at, and one
    // line of text. The menus, panels and tables follow in buildContents().
    setWindowTitle(windowTitleText());
    auto* message = new QLabel(tr("Opening the catalogue and the audit trail…"), this);
    message->setObjectName(QStringLiteral("startupMessage"));
    message->setAlignment(Qt::AlignCenter);
    setCentralWidget(message);
    restoreWindowGeometry();
}

QString MainWindow::windowTitleText() const
{
    // Qt appends the application's display name ("Extracta Batch Admin") where it differs.
    return m_connection.isDemo() ? tr("Demo") : tr("Extracta Batch Admin");
}

void MainWindow::restoreWindowGeometry()
{
    resize(DefaultWindowSize);
    restoreGeometry(m_settings.windowGeometry());
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

    if (!startupFrameShown)
        restoreWindowGeometry();
    updateConnectionInfo();
    m_form->reloadRecentIds();
    validateForm();
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
    setWindowIcon(QIcon(QStringLiteral(":/icons/app-icon.svg")));
    m_ui->demoBanner->setVisible(m_connection.isDemo());
    setWindowTitle(windowTitleText());
    applyThemeColors();
    m_form->setUp(m_connection, m_settings);
    const QIcon deleteIcon(QStringLiteral(":/icons/delete-batch.svg"));
    m_ui->deleteAction->setIcon(deleteIcon);
    m_ui->bulkDeleteAction->setIcon(deleteIcon);
    m_ui->bulkDeleteAction->setEnabled(false);
    m_ui->fetchAgainAction->setEnabled(false);
    m_ui->showBulkRunAction->setEnabled(false);
    // The action column fits either action, whichever is wider in the user's language.
    m_statusPane->setUp({tr("Delete batch"), tr("Bulk delete")}, m_ui->clearAction);
}

void MainWindow::connectActions()
{
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->auditAction, &QAction::triggered, this, &MainWindow::openAuditTrail);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->copyAction, &QAction::triggered, m_statusPane, &StatusPane::copyRows);
    connect(m_ui->deleteAction, &QAction::triggered, this, &MainWindow::requestDeletion);
    connect(m_ui->bulkDeleteAction, &QAction::triggered, m_cataloguePanel,
            &CataloguePanel::requestBulkDeletion);
    connect(m_ui->showBulkRunAction, &QAction::triggered, this, &MainWindow::showBulkDeletionWindow);
    connect(m_ui->addIdsAction, &QAction::triggered, this, &MainWindow::openAddIds);
    connect(m_ui->findAction, &QAction::triggered, m_cataloguePanel, &CataloguePanel::focusFilter);
    connect(m_ui->fetchAgainAction, &QAction::triggered, m_preview, &BatchPreviewPane::fetchAgain);
    connect(m_preview, &BatchPreviewPane::fetchAgainAvailable, m_ui->fetchAgainAction, &QAction::setEnabled);
    connect(m_ui->shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::connectParts()
{
    connect(m_form, &DeleteForm::deleteRequested, this, &MainWindow::requestDeletion);
    connect(m_form, &DeleteForm::cancelRequested, this, &MainWindow::cancelRequest);
    connect(m_form, &DeleteForm::validated, this, [this](bool canDelete) {
        m_ui->deleteAction->setEnabled(canDelete);
        updateWelcome();
        updateNotice();
    });
    // The preview only ever shows the batch that is in the form.
    connect(m_form, &DeleteForm::idsEdited, this, [this] {
        if (m_form->classificationId() != m_preview->classificationId() ||
            m_form->batchId() != m_preview->batchId())
            m_preview->clear();
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
    connect(m_cataloguePanel, &CataloguePanel::batchSelected, this, &MainWindow::onBatchPicked);
    connect(m_cataloguePanel, &CataloguePanel::classificationSelected, this,
            &MainWindow::onClassificationPicked);
    connect(m_cataloguePanel, &CataloguePanel::addIdsRequested, this, &MainWindow::openAddIds);
    connect(m_cataloguePanel, &CataloguePanel::bulkDeleteRequested, this, &MainWindow::confirmBulkDeletion);
    connect(m_cataloguePanel, &CataloguePanel::entryForgotten, this,
            [this](const QString& description) { statusBar()->showMessage(description, 10000); });
    connect(m_cataloguePanel, &CataloguePanel::bulkSelectionChanged, this, [this](int count) {
        m_bulkSelectionCount = count;
        updateBulkAction();
    });
    connect(&m_catalogue, &CatalogueService::invalidIdsLeftOut, this, [this](int count) {
        showInfo(tr("%n ID(s) from the server were left out of the catalogue: they contain spaces, line "
                    "breaks, invisible or control characters, or are too long, so this app cannot select or "
                    "delete them.",
                    nullptr, count));
    });
}

void MainWindow::connectConnection()
{
    connect(&m_connection, &ActiveConnection::changed, this, [this] {
        m_tokenRejected = false;
        m_bulkResults.passOnAll();
        m_catalogue.setHost(m_connection.storageKey());
        if (m_bulkWindow && m_bulkWindow->queue().isRunning() &&
            !m_bulkWindow->connection().isStillCurrent() && !std::exchange(m_bulkMoveNoted, true))
            showInfo(
                tr("The bulk deletion under way stays on %1, where it was confirmed: new settings apply to "
                   "what you start from now on.")
                    .arg(m_bulkWindow->connection().hostLabel()));
        updateConnectionInfo();
        m_form->reloadRecentIds();
        validateForm();
    });
    connect(&m_connection.tokens(), &TokenProvider::loadFinished, this, [this] {
        updateConnectionInfo();
        validateForm();
    });
    // The OS session ends while deletions run: the same question as Quit, if someone can be asked.
    connect(qApp, &QGuiApplication::commitDataRequest, this, [this](QSessionManager& manager) {
        if (!isDeleting())
            return;
        if (manager.allowsInteraction()) {
            // The session ends only once the user has decided.
            manager.cancel();
            manager.release();
            askToQuit();
        } else {
            // Nobody can be asked: at least nothing new is sent.
            windDownAndQuit();
        }
    });
}

MainWindow::~MainWindow()
{
    // Nothing of a run may be lost on the way out: the catalogue learns about every result.
    m_bulkResults.passOnAll();
}

void MainWindow::applyBulkResults(const QList<DeletionResult>& results)
{
    if (!m_ui)
        return;
    // The whole group at once: one transaction for the catalogue, one insertion into the status pane.
    QList<CatalogueService::DeletionOutcome> outcomes;
    QList<StatusEntry> entries;
    outcomes.reserve(results.size());
    entries.reserve(results.size());
    for (const DeletionResult& item : results) {
        outcomes << CatalogueService::DeletionOutcome{item.item.classificationId, item.item.batchId,
                                                      item.outcome};
        ApiOutcome shown = item.outcome;
        shown.kind = shownOutcomeKind(item);
        entries << StatusPane::entry(tr("Bulk delete"), item.item.classificationId, item.item.batchId, shown,
                                     item.message, item.durationMs);
    }
    m_catalogue.recordDeletionOutcomes(outcomes, AuditLog::currentOsUser(), m_bulkHost);
    m_statusPane->append(entries);
    if (m_auditWindow)
        m_auditWindow->showNewEntries();
    clearFormIfDeleted(results);
}

void MainWindow::clearFormIfDeleted(const QList<DeletionResult>& results)
{
    // The form shows the catalogue in use; a run bound to another one deleted nothing of it.
    if (!m_ui || isRequestRunning() || m_bulkHost != m_connection.storageKey())
        return;
    const QString classificationId = m_form->classificationId();
    const QString batchId = m_form->batchId();
    const bool deleted = std::any_of(results.cbegin(), results.cend(), [&](const DeletionResult& result) {
        return result.kind == DeletionResultKind::Deleted &&
               result.item.classificationId == classificationId && result.item.batchId == batchId;
    });
    if (!deleted)
        return;
    // As after a deletion from the form: a deleted batch left there invites a second attempt.
    m_form->clearBatch();
    statusBar()->showMessage(
        tr("Batch %1, which was in the form, was deleted by the bulk deletion.").arg(batchId), 10000);
}

StatusLogModel* MainWindow::statusModel() const
{
    return m_statusPane ? m_statusPane->model() : nullptr;
}

bool MainWindow::isRequestRunning() const
{
    return m_singleDeletion != nullptr;
}

bool MainWindow::isDeleting() const
{
    return isRequestRunning() || (m_bulkWindow && m_bulkWindow->queue().isRunning());
}

QMessageBox* MainWindow::pendingQuitQuestion() const
{
    // One just answered lingers, hidden, until the event loop deletes it.
    return m_quitQuestion && m_quitQuestion->isVisible() ? m_quitQuestion.data() : nullptr;
}

ConfirmDeleteDialog* MainWindow::pendingConfirmation() const
{
    return m_confirmation;
}

void MainWindow::validateForm()
{
    m_form->validate();
}

void MainWindow::requestDeletion()
{
    validateForm();
    if (!m_form->canDelete() || m_confirmation || m_quitWhenIdle)
        return;
    const QString classificationId = m_form->classificationId();
    const QString batchId = m_form->batchId();
    m_confirmation = new ConfirmDeleteDialog(describeTarget(classificationId, batchId), this);
    ConfirmDeleteDialog* dialog = m_confirmation;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        const DeletionTarget confirmed = dialog->target();
        dialog->deleteLater();
        m_confirmation = nullptr;
        if (result == QDialog::Accepted)
            startDeletion(confirmed);
    });
    dialog->open();
}

DeletionTarget MainWindow::describeTarget(const QString& classificationId, const QString& batchId) const
{
    DeletionTarget target;
    target.classificationId = classificationId;
    target.batchId = batchId;
    target.apiHost = m_connection.endpoint().hostLabel();
    target.demo = m_connection.isDemo();
    const CatalogueStore& store = m_catalogue.store();
    if (const auto classification = store.classification(classificationId))
        target.classificationName = classification->name;
    // Files are listed only for a batch believed to exist: not for one deleted or not found since.
    if (const auto batch = store.batch(classificationId, batchId); batch && batch->filesFetchedAt.isValid() &&
                                                                   batch->state != BatchState::Deleted &&
                                                                   batch->state != BatchState::NotFound) {
        target.fileCount = batch->fileCount;
        for (const FileRecord& file : store.files(classificationId, batchId))
            target.fileNames << (file.fileName.isEmpty() ? ServerText::visibleId(file.fileId)
                                                         : file.fileName);
    }
    return target;
}

void MainWindow::startDeletion(const DeletionTarget& target)
{
    if (isRequestRunning())
        return;
    const QString host = m_connection.storageKey();
    // Every ID used in the form becomes known, so it can be picked and previewed later.
    m_catalogue.addEntries({IdPair{target.classificationId, target.batchId}});
    m_settings.rememberId(host, AppSettings::IdKind::Classification, target.classificationId);
    m_settings.rememberId(host, AppSettings::IdKind::Batch, target.batchId);

    // The core's one deletion path, as for a bulk run and the CLI: a queue of one, which records the
    // attempt before the request leaves and its answer when it arrives. Tried once: whether to try
    // again after a 429 or a refused connection is the user's decision.
    DeletionItem item;
    item.classificationId = target.classificationId;
    item.classificationName = target.classificationName;
    item.batchId = target.batchId;
    item.fileCount = target.fileCount;
    auto* queue = new DeletionQueue(m_connection.client(), &m_audit, host, AuditLog::currentOsUser(), this);
    queue->setConcurrency(1);
    queue->setMaxAttempts(1);
    // The record is on disk and the request on its way.
    connect(queue, &DeletionQueue::itemStarted, this, [this] {
        if (m_auditWindow)
            m_auditWindow->showNewEntries();
    });
    // A stop that leaves the batch unsent (nothing else would stop a queue of one) ends the run.
    connect(queue, &DeletionQueue::stopped, queue, &DeletionQueue::cancel);
    connect(queue, &DeletionQueue::finished, this, [this, queue, target] {
        const DeletionResult result = queue->results().value(0);
        queue->deleteLater();
        m_singleDeletion = nullptr;
        onDeletionFinished(target, result);
    });
    queue->start({item});
    if (queue->stopReason() == RunStopReason::AuditUnwritable) {
        // The record could not be written, so nothing was sent.
        delete queue;
        ApiOutcome notSent;
        notSent.kind = ApiOutcome::Kind::Failed;
        appendStatus(
            tr("Delete batch"), target, notSent,
            m_audit.keepsRecordsOnDisk()
                ? tr("Not sent: the audit record could not be written to disk. Nothing was deleted.")
                : tr("Not sent: the audit trail's data file cannot be used, so the record could not be "
                     "kept on disk. Nothing was deleted."),
            -1);
        return;
    }
    m_singleDeletion = queue;
    setRequestRunning(true);
    statusBar()->showMessage(tr("Deleting batch %1…").arg(ServerText::visibleId(target.batchId)));
}

void MainWindow::cancelRequest()
{
    // Aborts the request on its way: the server may already have acted, and the answer says so.
    if (m_singleDeletion)
        m_singleDeletion->abort();
}

void MainWindow::onDeletionFinished(const DeletionTarget& target, const DeletionResult& result)
{
    ApiOutcome outcome = result.outcome;
    outcome.kind = shownOutcomeKind(result);
    const QString& message = result.message;
    if (outcome.isSuccess() || outcome.kind == ApiOutcome::Kind::NotFound)
        m_cataloguePanel->clearCurrent();
    m_catalogue.recordDeletionOutcome(target.classificationId, target.batchId, outcome,
                                      AuditLog::currentOsUser());
    appendStatus(tr("Delete batch"), target, outcome, message, result.durationMs);

    m_tokenRejected = outcome.kind == ApiOutcome::Kind::TokenRejected;
    const QString word = outcomeWord(outcome.kind, tr("Deleted"));
    if (outcome.isSuccess()) {
        statusBar()->showMessage(tr("Batch %1 deleted.").arg(ServerText::visibleId(target.batchId)), 10000);
        // A deleted batch ID left in the field invites an accidental second attempt.
        m_form->clearBatch();
    } else {
        statusBar()->showMessage(tr("Batch %1: %2").arg(ServerText::visibleId(target.batchId), word), 10000);
    }
    if (m_auditWindow)
        m_auditWindow->showNewEntries();
    m_form->reloadRecentIds();
    setRequestRunning(false);
    emit deletionFinished(outcome);
    quitIfWoundDown();
}

void MainWindow::appendStatus(const QString& action, const DeletionTarget& target, const ApiOutcome& outcome,
                              const QString& message, qint64 durationMs)
{
    m_statusPane->append(
        StatusPane::entry(action, target.classificationId, target.batchId, outcome, message, durationMs));
}

void MainWindow::onBatchPicked(const QString& classificationId, const QString& batchId)
{
    if (isRequestRunning())
        return;
    m_form->fill(classificationId, batchId);
    m_preview->showBatch(classificationId, batchId);
    if (const auto classification = m_catalogue.store().classification(classificationId);
        classification && !classification->detailsFetchedAt.isValid())
        m_catalogue.lookUpClassification(classificationId);
}

void MainWindow::onClassificationPicked(const QString& classificationId)
{
    if (isRequestRunning())
        return;
    m_form->fillClassification(classificationId);
    m_preview->clear();
    m_catalogue.lookUpClassification(classificationId);
}

void MainWindow::setRequestRunning(bool running)
{
    m_ui->settingsAction->setEnabled(!running);
    m_cataloguePanel->setEnabled(!running);
    updateBulkAction();
    m_ui->noticeFrame->setSettingsEnabled(!running);
    m_form->setRequestRunning(running);
}

void MainWindow::updateConnectionInfo()
{
    const TokenProvider& tokens = m_connection.tokens();
    const QString host =
        m_connection.endpoint().isValid() ? m_connection.endpoint().hostLabel() : tr("(not usable)");
    const QString source = describeSource(m_connection.urlSource());
    m_ui->connectionLabel->setText(
        tr("API host: %1 (%2)  ·  Token: %3").arg(host, source, TokenProvider::describe(tokens.source())));
}

void MainWindow::updateWelcome()
{
    const TokenProvider& tokens = m_connection.tokens();
    if (tokens.hasToken() && !m_connection.isDemo() && !m_settings.firstRunCompleted())
        m_settings.setFirstRunCompleted(true);
    // The welcome page is for a first run only: a token that goes missing later (keychain locked,
    // token forgotten) is a problem to fix, which the notice explains. While the keychain is still
    // being read, nothing is known yet.
    const bool welcome =
        !m_connection.isDemo() && !tokens.hasToken() && !tokens.isBusy() && !m_settings.firstRunCompleted();
    if (welcome == m_ui->welcomePage->isVisibleTo(this))
        return;
    m_ui->welcomePage->setVisible(welcome);
    m_ui->connectionLabel->setVisible(!welcome);
    m_ui->mainSplitter->setVisible(!welcome);
    if (welcome)
        m_ui->welcomePage->focusSetupButton();
}

void MainWindow::updateNotice()
{
    m_ui->noticeFrame->refresh(m_connection, m_ui->welcomePage->isVisibleTo(this), m_tokenRejected);
}

void MainWindow::openSettings()
{
    if (isRequestRunning())
        return;
    auto* dialog = new SettingsDialog(m_connection, m_settings, m_plainTokenFilePath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openAuditTrail()
{
    if (!m_auditWindow) {
        m_auditWindow = new AuditWindow(m_audit, m_connection.storageKey(), this);
        m_auditWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_auditWindow->show();
    m_auditWindow->raise();
    m_auditWindow->activateWindow();
}

void MainWindow::openAddIds()
{
    auto* dialog = new AddIdsDialog(m_catalogue, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddIdsDialog::entriesAdded, this,
            [this](const QList<IdPair>& entries, const AddedEntries& added) {
                statusBar()->showMessage(AddIdsDialog::describeAdded(added), 10000);
                // A pasted list of batches is usually the list to delete: select it, one click from
                // "Delete N batches…".
                m_cataloguePanel->selectBatches(entries);
            });
    dialog->open();
}

void MainWindow::openBulkDeletion(const QList<IdPair>& batches)
{
    // What describeTarget() knows of each batch (name, file count once fetched), from the catalogue
    // the panel holds in memory: no read of the database per batch, however many are selected.
    confirmBulkDeletion(m_cataloguePanel->model()->deletionItems(batches));
}

void MainWindow::confirmBulkDeletion(const QList<DeletionItem>& items)
{
    if (items.isEmpty() || m_bulkConfirmation || m_quitWhenIdle)
        return;
    if (m_bulkWindow && m_bulkWindow->queue().isRunning()) {
        showBulkDeletionWindow();
        statusBar()->showMessage(tr("A bulk deletion is still running; wait for it or cancel it first."),
                                 10000);
        return;
    }
    if (!m_connection.isReady()) {
        statusBar()->showMessage(tr("No usable API URL or token: nothing can be deleted yet."), 10000);
        return;
    }
    // The run is bound to what the user is about to confirm: this endpoint, token and timeout.
    BoundConnection* connection = m_connection.bind(nullptr);
    auto* dialog = new BulkConfirmDialog(items, connection->hostLabel(), connection->isDemo(), this);
    connection->setParent(dialog);
    m_bulkConfirmation = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog, connection](int result) {
        const QList<DeletionItem> confirmed = dialog->items();
        dialog->deleteLater();
        if (result != QDialog::Accepted || m_quitWhenIdle)
            return;
        if (m_bulkWindow) {
            // What the last run left queued belongs to its own catalogue.
            m_bulkResults.passOnAll();
            m_bulkWindow->deleteLater();
        }
        m_cataloguePanel->clearCurrent();
        m_bulkHost = connection->storageKey();
        m_bulkMoveNoted = false;
        m_bulkWindow = new BulkDeletionWindow(connection, m_audit, AuditLog::currentOsUser(), this);
        connect(m_bulkWindow, &BulkDeletionWindow::itemFinished, &m_bulkResults, &BulkResultBatcher::add);
        connect(m_bulkWindow, &BulkDeletionWindow::runFinished, &m_bulkResults,
                &BulkResultBatcher::passOnNextGroup);
        connect(m_bulkWindow, &BulkDeletionWindow::runFinished, this, &MainWindow::quitIfWoundDown);
        connect(m_bulkWindow, &BulkDeletionWindow::tokenSettingsRequested, this, &MainWindow::openSettings);
        m_ui->showBulkRunAction->setEnabled(true);
        m_bulkWindow->show();
        m_bulkWindow->start(confirmed);
    });
    dialog->open();
}

void MainWindow::showBulkDeletionWindow()
{
    if (!m_bulkWindow)
        return;
    if (m_bulkWindow->isMinimized())
        m_bulkWindow->showNormal();
    else
        m_bulkWindow->show();
    m_bulkWindow->raise();
    m_bulkWindow->activateWindow();
}

BulkDeletionWindow* MainWindow::bulkDeletionWindow() const
{
    return m_bulkWindow;
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
    return m_auditWindow;
}

void MainWindow::showInfo(const QString& text)
{
    if (!m_ui) {
        m_infoBeforeContents << text;
        return;
    }
    m_ui->infoFrame->addNote(text);
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showShortcuts()
{
    auto* dialog = new KeyboardShortcutsDialog(menuBar(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::updateBulkAction()
{
    m_ui->bulkDeleteAction->setEnabled(m_bulkSelectionCount > 0 && !isRequestRunning() && !m_quitWhenIdle);
}

void MainWindow::applyThemeColors()
{
    // Derived from the palette in use, so that it stays readable when the theme turns dark.
    const ReadableColors::BannerColors banner = ReadableColors::demoBanner(palette());
    m_ui->demoBanner->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; padding: 6px; "
                       "font-weight: bold; }")
            .arg(banner.background.name(), banner.text.name(), banner.border.name()));
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_ui)
        applyThemeColors();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (isDeleting()) {
        event->ignore();
        if (m_quitWhenIdle)
            statusBar()->showMessage(
                tr("Quitting once the answers to the requests already sent are recorded…"));
        else
            askToQuit();
        return;
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.sync();
    event->accept();
}

void MainWindow::askToQuit()
{
    if (m_quitQuestion && m_quitQuestion->isVisible()) {
        m_quitQuestion->raise();
        m_quitQuestion->activateWindow();
        return;
    }
    QStringList running;
    if (m_bulkWindow && m_bulkWindow->queue().isRunning())
        running << tr("A bulk deletion is running: %n batch(es) not done yet.", nullptr,
                      m_bulkWindow->queue().progress().remaining);
    if (isRequestRunning())
        running << tr("A deletion request is waiting for the server's answer.");
    const QString text =
        running.join(QLatin1Char(' ')) + QStringLiteral("\n\n") +
        tr("Stop and quit? No new deletions are sent; the app waits for the answers to the requests already "
           "sent, records them, and then quits.");
    auto* box = new QMessageBox(QMessageBox::Question, tr("Deletions are still running"), text,
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("quitQuestion"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton* stop = box->addButton(tr("&Stop and quit"), QMessageBox::AcceptRole);
    QPushButton* keep = box->addButton(tr("&Keep running"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(stop, &QPushButton::clicked, this, &MainWindow::windDownAndQuit);
    m_quitQuestion = box;
    box->open();
}

void MainWindow::windDownAndQuit()
{
    m_quitWhenIdle = true;
    if (m_bulkWindow)
        m_bulkWindow->stopRun();
    // A single request is not cut off: its answer is waited for (at most the request timeout) and
    // recorded, as a bulk run's requests in flight are.
    if (m_ui) {
        m_form->setQuitting();
        updateBulkAction();
    }
    statusBar()->showMessage(tr("Quitting once the answers to the requests already sent are recorded…"));
    quitIfWoundDown();
}

void MainWindow::quitIfWoundDown()
{
    if (!m_quitWhenIdle || isDeleting())
        return;
    // After the signal that got here has been handled everywhere.
    QMetaObject::invokeMethod(
        this, [this] { close(); }, Qt::QueuedConnection);
}
