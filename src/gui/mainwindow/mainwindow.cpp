#include "mainwindow.h"

#include "core/api/activeconnection.h"
#include "core/api/boundconnection.h"
#include "core/api/extractaclient.h"
#include "core/catalogue/catalogueservice.h"
#include "core/ids/idvalidation.h"
#include "core/settings/appsettings.h"
#include "core/storage/auditlog.h"
#include "core/storage/cataloguestore.h"
#include "core/text/servertext.h"
#include "core/tokens/tokenprovider.h"
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
#include "statuslogmodel.h"
#include "ui_mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QEvent>
#include <QGuiApplication>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSessionManager>
#include <QStyle>

#include <limits>
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
    , m_statusModel(new StatusLogModel(this))
    , m_cataloguePanel(nullptr)
    , m_preview(nullptr)
{
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
    m_bulkResultsTimer.setSingleShot(true);
    connect(&m_bulkResultsTimer, &QTimer::timeout, this, &MainWindow::applyQueuedBulkResults);
    m_catalogue.setHost(m_connection.storageKey());
    m_cataloguePanel = new CataloguePanel(m_catalogue, m_ui->catalogueContainer);
    m_ui->catalogueContainer->layout()->addWidget(m_cataloguePanel);
    m_preview = new BatchPreviewPane(m_catalogue, m_ui->previewContainer);
    m_ui->previewContainer->layout()->addWidget(m_preview);
    m_ui->mainSplitter->setStretchFactor(0, 2);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    m_ui->workSplitter->setStretchFactor(0, 1);
    m_ui->workSplitter->setStretchFactor(1, 1);
    m_ui->infoFrame->hide();
    // Notes and hints wrap as the window narrows; the window's minimum grows with them, so they
    // never squeeze the tables or the form out of sight.
    keepMinimumHeightFittingContents(m_ui->centralWidget);
    keepMinimumHeightFittingContents(m_ui->workArea);
    // Wide enough for the IDs in the form and for the hints to wrap into two lines, not five.
    m_ui->workArea->setMinimumWidth(WorkAreaMinimumCharacters * fontMetrics().averageCharWidth());
    setWindowIcon(QIcon(QStringLiteral(":/icons/app-icon.svg")));

    m_ui->demoBanner->setVisible(m_connection.isDemo());
    setWindowTitle(windowTitleText());
    const int noticeIconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->noticeIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(noticeIconSize));
    m_ui->noticeDemoButton->setVisible(!m_connection.isDemo());

    applyThemeColors();
    m_ui->classificationProblem->hide();
    m_ui->batchProblem->hide();
    m_ui->deleteButton->setIcon(QIcon(QStringLiteral(":/icons/delete-batch.svg")));
    m_ui->deleteAction->setIcon(m_ui->deleteButton->icon());
    m_ui->bulkDeleteAction->setIcon(m_ui->deleteButton->icon());
    m_ui->bulkDeleteAction->setEnabled(false);
    m_ui->fetchAgainAction->setEnabled(false);
    setUpWelcome();
    m_ui->busyBar->hide();
    m_ui->cancelRequestButton->hide();
    for (QComboBox* combo : {m_ui->classificationCombo, m_ui->batchCombo}) {
        combo->lineEdit()->setMaxLength(4 * MaxIdLength); // long enough to report "too long", bounded
        combo->lineEdit()->setClearButtonEnabled(true);
    }
    m_ui->classificationCombo->lineEdit()->setPlaceholderText(tr("for example -OPXR1F82I0cRYJPcHNo"));
    m_ui->batchCombo->lineEdit()->setPlaceholderText(tr("the batch to delete"));

    m_ui->statusView->setModel(m_statusModel);
    m_ui->statusView->verticalHeader()->hide();
    m_ui->statusView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    keepRowsInSight(m_ui->statusView, 2);
    QHeaderView* header = m_ui->statusView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    // Columns fit their typical content; the message column takes what is left.
    const QFontMetrics metrics = fontMetrics();
    const auto fit = [&](int column, const QString& sample) {
        header->resizeSection(column, metrics.horizontalAdvance(sample) + 3 * metrics.averageCharWidth());
    };
    fit(StatusLogModel::TimeColumn, QStringLiteral("23:59:59"));
    // Either action, whichever is wider in the user's language.
    const QString singleAction = tr("Delete batch");
    const QString bulkAction = tr("Bulk delete");
    fit(StatusLogModel::ActionColumn,
        metrics.horizontalAdvance(singleAction) >= metrics.horizontalAdvance(bulkAction) ? singleAction
                                                                                         : bulkAction);
    fit(StatusLogModel::ClassificationColumn, QStringLiteral("-OPXT4kQm2ZbW9sLe7Ha"));
    fit(StatusLogModel::BatchColumn, QStringLiteral("-OPXT4kQm2ZbW9sLe7Ha"));
    header->resizeSection(StatusLogModel::OutcomeColumn,
                          metrics.horizontalAdvance(tr("Token rejected")) + 3 * metrics.averageCharWidth() +
                              style()->pixelMetric(QStyle::PM_SmallIconSize) + 8);
    fit(StatusLogModel::HttpColumn, QStringLiteral("HTTP"));
    fit(StatusLogModel::DurationColumn, QStringLiteral("30000 ms"));

    auto* viewCopy = new QAction(tr("&Copy"), m_ui->statusView);
    viewCopy->setShortcut(QKeySequence::Copy);
    viewCopy->setShortcutContext(Qt::WidgetShortcut);
    m_ui->statusView->addAction(viewCopy);
    m_ui->statusView->addAction(m_ui->clearAction);
    connect(viewCopy, &QAction::triggered, this, &MainWindow::copyStatusRows);

    connect(m_ui->classificationCombo, &QComboBox::editTextChanged, this, [this] {
        m_classificationTouched = true;
        validateForm();
    });
    connect(m_ui->batchCombo, &QComboBox::editTextChanged, this, [this] {
        m_batchTouched = true;
        validateForm();
    });
    // The preview only ever shows the batch that is in the form.
    for (QComboBox* combo : {m_ui->classificationCombo, m_ui->batchCombo}) {
        connect(combo, &QComboBox::editTextChanged, this, [this] {
            if (checkId(m_ui->classificationCombo->currentText()).value != m_preview->classificationId() ||
                checkId(m_ui->batchCombo->currentText()).value != m_preview->batchId())
                m_preview->clear();
        });
    }
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &MainWindow::requestDeletion);
    connect(m_ui->cancelRequestButton, &QPushButton::clicked, this, &MainWindow::cancelRequest);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &MainWindow::copyStatusRows);
    connect(m_ui->copyAction, &QAction::triggered, this, &MainWindow::copyStatusRows);
    connect(m_ui->clearButton, &QPushButton::clicked, m_ui->clearAction, &QAction::trigger);
    connect(m_ui->clearAction, &QAction::triggered, m_statusModel, &StatusLogModel::clear);
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->auditAction, &QAction::triggered, this, &MainWindow::openAuditTrail);
    connect(m_ui->addIdsAction, &QAction::triggered, this, &MainWindow::openAddIds);
    connect(m_ui->infoAuditButton, &QPushButton::clicked, this, &MainWindow::openAuditTrail);
    connect(m_ui->infoDismissButton, &QPushButton::clicked, m_ui->infoFrame, &QWidget::hide);
    connect(m_cataloguePanel, &CataloguePanel::batchSelected, this, &MainWindow::onBatchPicked);
    connect(m_cataloguePanel, &CataloguePanel::classificationSelected, this,
            &MainWindow::onClassificationPicked);
    connect(m_cataloguePanel, &CataloguePanel::addIdsRequested, this, &MainWindow::openAddIds);
    connect(m_cataloguePanel, &CataloguePanel::bulkDeleteRequested, this, &MainWindow::confirmBulkDeletion);
    connect(m_cataloguePanel, &CataloguePanel::entryForgotten, this,
            [this](const QString& description) { statusBar()->showMessage(description, 10000); });
    connect(&m_catalogue, &CatalogueService::invalidIdsLeftOut, this, [this](int count) {
        showInfo(tr("%n ID(s) from the server were left out of the catalogue: they contain spaces, line "
                    "breaks, invisible or control characters, or are too long, so this app cannot select or "
                    "delete them.",
                    nullptr, count));
    });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->showBulkRunAction, &QAction::triggered, this, &MainWindow::showBulkDeletionWindow);
    m_ui->showBulkRunAction->setEnabled(false);
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
    connect(m_ui->deleteAction, &QAction::triggered, this, &MainWindow::requestDeletion);
    connect(m_ui->bulkDeleteAction, &QAction::triggered, m_cataloguePanel,
            &CataloguePanel::requestBulkDeletion);
    connect(m_cataloguePanel, &CataloguePanel::bulkSelectionChanged, this, [this](int count) {
        m_bulkSelectionCount = count;
        updateBulkAction();
    });
    connect(m_ui->findAction, &QAction::triggered, m_cataloguePanel, &CataloguePanel::focusFilter);
    connect(m_ui->fetchAgainAction, &QAction::triggered, m_preview, &BatchPreviewPane::fetchAgain);
    connect(m_preview, &BatchPreviewPane::fetchAgainAvailable, m_ui->fetchAgainAction, &QAction::setEnabled);
    connect(m_ui->shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->welcomeSetupButton, &QPushButton::clicked, this, &MainWindow::openSettings);
    connect(m_ui->welcomeDemoButton, &QPushButton::clicked, this, &MainWindow::demoRequested);
    connect(m_ui->noticeSettingsButton, &QPushButton::clicked, this, &MainWindow::openSettings);
    connect(m_ui->noticeDemoButton, &QPushButton::clicked, this, &MainWindow::demoRequested);
    connect(m_statusModel, &QAbstractItemModel::rowsInserted, m_ui->statusView,
            &QAbstractItemView::scrollToBottom);

    connect(&m_connection, &ActiveConnection::changed, this, [this] {
        m_tokenRejected = false;
        applyBulkResults(std::numeric_limits<qsizetype>::max());
        m_catalogue.setHost(m_connection.storageKey());
        if (m_bulkWindow && m_bulkWindow->queue().isRunning() &&
            !m_bulkWindow->connection().isStillCurrent() && !std::exchange(m_bulkMoveNoted, true))
            showInfo(
                tr("The bulk deletion under way stays on %1, where it was confirmed: new settings apply to "
                   "what you start from now on.")
                    .arg(m_bulkWindow->connection().hostLabel()));
        updateConnectionInfo();
        reloadRecentIds();
        validateForm();
    });
    connect(&m_connection.tokens(), &TokenProvider::loadFinished, this, [this] {
        updateConnectionInfo();
        validateForm();
    });

    if (!startupFrameShown)
        restoreWindowGeometry();
    updateConnectionInfo();
    reloadRecentIds();
    validateForm();
    m_classificationTouched = false;
    m_batchTouched = false;
    if (startupFrameShown) {
        // Built into a window on the screen, the new widgets are shown on the event loop's next turn;
        // focused before, Qt would move the focus elsewhere should the window be activated meanwhile.
        QMetaObject::invokeMethod(
            this, [this] { m_ui->classificationCombo->setFocus(); }, Qt::QueuedConnection);
    } else {
        m_ui->classificationCombo->setFocus();
    }
    for (const QString& text : std::exchange(m_infoBeforeContents, {}))
        showInfo(text);
    emit contentsBuilt();
}

MainWindow::~MainWindow()
{
    // Nothing of a run may be lost on the way out: the catalogue learns about every result.
    applyBulkResults(std::numeric_limits<qsizetype>::max());
}

void MainWindow::queueBulkResult(const DeletionResult& result)
{
    m_pendingBulkResults << result;
    if (!m_bulkResultsTimer.isActive())
        m_bulkResultsTimer.start(BulkResultsIntervalMs);
}

void MainWindow::applyQueuedBulkResults()
{
    applyBulkResults(BulkResultsPerTurn);
    // The rest after the window had a chance to repaint and take input.
    if (!m_pendingBulkResults.isEmpty())
        m_bulkResultsTimer.start(0);
}

void MainWindow::applyBulkResults(qsizetype maximum)
{
    m_bulkResultsTimer.stop();
    if (m_pendingBulkResults.isEmpty())
        return;
    const qsizetype count = qMin(maximum, m_pendingBulkResults.size());
    const QList<DeletionResult> results = m_pendingBulkResults.first(count);
    m_pendingBulkResults.remove(0, count);
    // The whole group at once: one transaction for the catalogue, one insertion into the status pane.
    QList<CatalogueService::DeletionOutcome> outcomes;
    QList<StatusEntry> entries;
    outcomes.reserve(results.size());
    entries.reserve(results.size());
    for (const DeletionResult& item : results) {
        outcomes << CatalogueService::DeletionOutcome{item.item.classificationId, item.item.batchId,
                                                      item.outcome};
        DeletionTarget target;
        target.classificationId = item.item.classificationId;
        target.batchId = item.item.batchId;
        ApiOutcome shown = item.outcome;
        shown.kind = shownOutcomeKind(item);
        entries << statusEntry(tr("Bulk delete"), target, shown, item.message, item.durationMs);
    }
    m_catalogue.recordDeletionOutcomes(outcomes, AuditLog::currentOsUser(), m_bulkHost);
    m_statusModel->append(entries);
    if (m_auditWindow)
        m_auditWindow->showNewEntries();
    clearFormIfDeleted(results);
}

void MainWindow::clearFormIfDeleted(const QList<DeletionResult>& results)
{
    // The form shows the catalogue in use; a run bound to another one deleted nothing of it.
    if (!m_ui || isRequestRunning() || m_bulkHost != m_connection.storageKey())
        return;
    const QString classificationId = checkId(m_ui->classificationCombo->currentText()).value;
    const QString batchId = checkId(m_ui->batchCombo->currentText()).value;
    const bool deleted = std::any_of(results.cbegin(), results.cend(), [&](const DeletionResult& result) {
        return result.kind == DeletionResultKind::Deleted &&
               result.item.classificationId == classificationId && result.item.batchId == batchId;
    });
    if (!deleted)
        return;
    // As after a deletion from the form: a deleted batch left there invites a second attempt.
    m_ui->batchCombo->setEditText(QString());
    m_batchTouched = false;
    statusBar()->showMessage(
        tr("Batch %1, which was in the form, was deleted by the bulk deletion.").arg(batchId), 10000);
}

StatusLogModel* MainWindow::statusModel() const
{
    return m_statusModel;
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

void MainWindow::showIdProblem(QComboBox* field, QLabel* problemLabel, const QString& problem, bool touched)
{
    const bool show = !problem.isEmpty() && (touched || !field->currentText().isEmpty());
    problemLabel->setText(show ? tr("⚠ %1").arg(problem) : QString());
    problemLabel->setVisible(show);
}

void MainWindow::validateForm()
{
    const IdCheck classification = checkId(m_ui->classificationCombo->currentText());
    const IdCheck batch = checkId(m_ui->batchCombo->currentText());
    showIdProblem(m_ui->classificationCombo, m_ui->classificationProblem, classification.problem,
                  m_classificationTouched);
    showIdProblem(m_ui->batchCombo, m_ui->batchProblem, batch.problem, m_batchTouched);

    QString hint;
    if (isRequestRunning())
        hint = tr("Deleting… You can cancel, but the server may already have acted.");
    else if (!m_connection.endpointProblem().isEmpty())
        hint = tr("The API URL cannot be used. Fix it in Settings.");
    else if (!m_connection.tokens().hasToken())
        hint = m_connection.tokens().isBusy() ? tr("Reading the token from the keychain…")
                                              : tr("No API token yet: add one in Settings.");
    else if (!classification.valid || !batch.valid)
        hint = tr("Enter a valid classification ID and batch ID.");
    m_ui->actionHint->setText(hint);
    m_ui->deleteButton->setEnabled(!isRequestRunning() && !m_quitWhenIdle && classification.valid &&
                                   batch.valid && m_connection.isReady());
    m_ui->deleteAction->setEnabled(m_ui->deleteButton->isEnabled());
    updateWelcome();
    updateNotice();
}

void MainWindow::requestDeletion()
{
    validateForm();
    if (!m_ui->deleteButton->isEnabled() || m_confirmation || m_quitWhenIdle)
        return;
    const QString classificationId = checkId(m_ui->classificationCombo->currentText()).value;
    const QString batchId = checkId(m_ui->batchCombo->currentText()).value;
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
        m_ui->batchCombo->setEditText(QString());
        m_batchTouched = false;
    } else {
        statusBar()->showMessage(tr("Batch %1: %2").arg(ServerText::visibleId(target.batchId), word), 10000);
    }
    if (m_auditWindow)
        m_auditWindow->showNewEntries();
    reloadRecentIds();
    setRequestRunning(false);
    emit deletionFinished(outcome);
    quitIfWoundDown();
}

void MainWindow::appendStatus(const QString& action, const DeletionTarget& target, const ApiOutcome& outcome,
                              const QString& message, qint64 durationMs)
{
    m_statusModel->append(statusEntry(action, target, outcome, message, durationMs));
}

StatusEntry MainWindow::statusEntry(const QString& action, const DeletionTarget& target,
                                    const ApiOutcome& outcome, const QString& message,
                                    qint64 durationMs) const
{
    StatusEntry entry;
    entry.time = QDateTime::currentDateTime();
    entry.action = action;
    entry.classificationId = target.classificationId;
    entry.batchId = target.batchId;
    entry.kind = outcome.kind;
    entry.outcomeWord = outcomeWord(outcome.kind, tr("Deleted"));
    entry.httpStatus = outcome.httpStatus;
    entry.message = message;
    entry.durationMs = durationMs;
    return entry;
}

void MainWindow::onBatchPicked(const QString& classificationId, const QString& batchId)
{
    if (isRequestRunning())
        return;
    m_ui->classificationCombo->setEditText(classificationId);
    m_ui->batchCombo->setEditText(batchId);
    m_preview->showBatch(classificationId, batchId);
    if (const auto classification = m_catalogue.store().classification(classificationId);
        classification && !classification->detailsFetchedAt.isValid())
        m_catalogue.lookUpClassification(classificationId);
}

void MainWindow::onClassificationPicked(const QString& classificationId)
{
    if (isRequestRunning())
        return;
    // A batch of another classification must not stay in the form next to this one.
    if (m_ui->classificationCombo->currentText().trimmed() != classificationId)
        m_ui->batchCombo->setEditText(QString());
    m_ui->classificationCombo->setEditText(classificationId);
    m_preview->clear();
    m_catalogue.lookUpClassification(classificationId);
}

void MainWindow::setRequestRunning(bool running)
{
    m_ui->classificationCombo->setEnabled(!running);
    m_ui->batchCombo->setEnabled(!running);
    m_ui->settingsAction->setEnabled(!running);
    m_cataloguePanel->setEnabled(!running);
    updateBulkAction();
    m_ui->noticeSettingsButton->setEnabled(!running);
    m_ui->busyBar->setVisible(running);
    m_ui->cancelRequestButton->setVisible(running);
    m_ui->cancelRequestButton->setEnabled(running);
    if (running)
        m_ui->cancelRequestButton->setFocus();
    validateForm();
    if (!running)
        m_ui->batchCombo->setFocus();
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
        m_ui->welcomeSetupButton->setFocus();
}

void MainWindow::updateNotice()
{
    const TokenProvider& tokens = m_connection.tokens();
    Notice notice = Notice::None;
    if (!m_connection.endpointProblem().isEmpty())
        notice = Notice::EndpointProblem;
    // On a first run the welcome page asks for a token; a token that is there but unusable (such as
    // an empty EXTRACTA_API_TOKEN) is said next to it, since setting one up would not help.
    else if (!tokens.hasToken() && !tokens.isBusy() &&
             (!m_ui->welcomePage->isVisibleTo(this) || !tokens.loadProblem().isEmpty()))
        notice = Notice::NoToken;
    else if (m_tokenRejected)
        notice = Notice::TokenRejected;

    m_ui->noticeFrame->setVisible(notice != Notice::None);
    m_ui->noticeDemoButton->setVisible(notice == Notice::NoToken && !m_connection.isDemo());
    switch (notice) {
    case Notice::EndpointProblem:
        m_ui->noticeText->setText(tr("The API URL cannot be used: %1").arg(m_connection.endpointProblem()));
        break;
    case Notice::NoToken: {
        const QString problem = m_connection.tokens().loadProblem();
        m_ui->noticeText->setText(
            problem.isEmpty()
                ? tr("No API token is set. Open Settings to add your Extracta.ai API token, or try the demo "
                     "to see how the app works without an account.")
                : tr("No API token is set. %1 Open Settings to add a token for this session, or try the "
                     "demo.")
                      .arg(problem));
        break;
    }
    case Notice::TokenRejected:
        m_ui->noticeText->setText(
            tr("The server rejected the API token. Check it or replace it in Settings, then try again."));
        break;
    case Notice::None:
        break;
    }
}

void MainWindow::reloadRecentIds()
{
    const QString host = m_connection.storageKey();
    const auto refill = [&](QComboBox* combo, AppSettings::IdKind kind) {
        const QString current = combo->currentText();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItems(m_settings.recentIds(host, kind));
        combo->setEditText(current);
    };
    refill(m_ui->classificationCombo, AppSettings::IdKind::Classification);
    refill(m_ui->batchCombo, AppSettings::IdKind::Batch);
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
            applyBulkResults(std::numeric_limits<qsizetype>::max());
            m_bulkWindow->deleteLater();
        }
        m_cataloguePanel->clearCurrent();
        m_bulkHost = connection->storageKey();
        m_bulkMoveNoted = false;
        m_bulkWindow = new BulkDeletionWindow(connection, m_audit, AuditLog::currentOsUser(), this);
        connect(m_bulkWindow, &BulkDeletionWindow::itemFinished, this, &MainWindow::queueBulkResult);
        connect(m_bulkWindow, &BulkDeletionWindow::runFinished, this, &MainWindow::applyQueuedBulkResults);
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
    // Hidden until the first note and after the user dismissed it. Not isVisible(): the window, or
    // the contents just built into it, may not be on the screen yet.
    const QString current = m_ui->infoFrame->isHidden() ? QString() : m_ui->infoText->text();
    m_ui->infoText->setText(current.isEmpty() ? text : current + QLatin1Char('\n') + text);
    m_ui->infoFrame->show();
}

void MainWindow::copyStatusRows()
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->statusView->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected)
        rows << index.row();
    if (rows.isEmpty()) {
        for (int row = 0; row < m_statusModel->rowCount(); ++row)
            rows << row;
    }
    std::sort(rows.begin(), rows.end());
    QGuiApplication::clipboard()->setText(m_statusModel->toText(rows));
    statusBar()->showMessage(tr("Copied %n row(s).", nullptr, static_cast<int>(rows.size())), 5000);
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

void MainWindow::setUpWelcome()
{
    m_ui->welcomePage->hide();
    const int iconSize = 2 * style()->pixelMetric(QStyle::PM_LargeIconSize);
    m_ui->welcomeIcon->setPixmap(
        QIcon(QStringLiteral(":/icons/app-icon.svg")).pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    QFont titleFont = m_ui->welcomeTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_ui->welcomeTitle->setFont(titleFont);
}

void MainWindow::updateBulkAction()
{
    m_ui->bulkDeleteAction->setEnabled(m_bulkSelectionCount > 0 && !isRequestRunning() && !m_quitWhenIdle);
}

void MainWindow::applyThemeColors()
{
    // Derived from the palette in use, so that they stay readable when the theme turns dark.
    const QColor problem = ReadableColors::problemText(palette());
    for (QLabel* label : {m_ui->classificationProblem, m_ui->batchProblem}) {
        QPalette labelPalette = label->palette();
        labelPalette.setColor(QPalette::WindowText, problem);
        label->setPalette(labelPalette);
    }
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
        validateForm();
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
