#include "bulkdeletionwindow.h"

#include "bulkresultmodel.h"
#include "core/api/boundconnection.h"
#include "gui/connections/connectionband.h"
#include "gui/widgets/windowminimumsize.h"
#include "ui_bulkdeletionwindow.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>

#include <algorithm>

BulkDeletionWindow::BulkDeletionWindow(BoundConnection* connection, AuditLog& audit, const QString& osUser,
                                       QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BulkDeletionWindow>())
    , m_connection(connection)
    , m_queue(connection->client(), &audit, connection->auditOrigin(), osUser)
    , m_model(new BulkResultModel(this))
{
    m_connection->setParent(this);
    m_ui->setupUi(this);
    m_ui->resultsView->setModel(m_model);
    m_ui->resultsView->verticalHeader()->hide();
    keepRowsInSight(m_ui->resultsView, 3);
    m_ui->resultsView->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics metrics = fontMetrics();
    m_ui->resultsView->horizontalHeader()->resizeSection(
        BulkResultModel::ClassificationColumn,
        metrics.horizontalAdvance(QStringLiteral("-OPXT4kQm2ZbW9sLe7HaMM")));
    m_ui->resultsView->horizontalHeader()->resizeSection(
        BulkResultModel::BatchColumn, metrics.horizontalAdvance(QStringLiteral("-OPXT4kQm2ZbW9sLe7HaMM")));

    connect(&m_queue, &DeletionQueue::itemStarted, m_model, &BulkResultModel::setRunning);
    connect(&m_queue, &DeletionQueue::itemFinished, this, [this](int index, const DeletionResult& result) {
        m_model->setResult(index, result);
        emit itemFinished(result);
    });
    m_progressTimer.setSingleShot(true);
    m_progressTimer.setInterval(ProgressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &BulkDeletionWindow::updateProgress);
    connect(&m_queue, &DeletionQueue::progressChanged, this, &BulkDeletionWindow::scheduleProgressUpdate);
    connect(&m_queue, &DeletionQueue::rateLimited, this, [this](qint64 waitMs) {
        m_rateLimitNote = tr("The server asked to slow down: waiting %n s before sending more.", nullptr,
                             static_cast<int>((waitMs + 999) / 1000));
        updateProgress();
    });
    connect(&m_queue, &DeletionQueue::stopped, this, &BulkDeletionWindow::onStopped);
    connect(&m_queue, &DeletionQueue::finished, this, [this] {
        m_rateLimitNote.clear();
        m_stopping = false;
        // A question about the run (stop it? it stopped by itself) has nothing left to decide.
        closeQuestion();
        updateButtons();
        emit runFinished();
    });
    connect(m_ui->pauseButton, &QPushButton::clicked, this, &BulkDeletionWindow::togglePause);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &BulkDeletionWindow::stopRun);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &BulkDeletionWindow::retryFailed);
    connect(m_ui->retryUnknownButton, &QPushButton::clicked, this, &BulkDeletionWindow::askToRetryUnknown);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &BulkDeletionWindow::chooseExportFile);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QWidget::close);
    updateButtons();
}

BulkDeletionWindow::~BulkDeletionWindow() = default;

void BulkDeletionWindow::setConnectionShown(const Connection& connection)
{
    if (!m_band) {
        m_band = new ConnectionBand(this);
        m_ui->mainLayout->insertWidget(0, m_band);
    }
    m_band->setConnection(connection);
    setWindowTitle(tr("Bulk deletion — %1").arg(connection.title()));
}

void BulkDeletionWindow::start(const QList<DeletionItem>& items)
{
    m_lastStopReason = RunStopReason::None;
    m_stopping = false;
    m_model->reset(items);
    m_ui->progressBar->setRange(0, static_cast<int>(items.size()));
    m_ui->progressBar->setValue(0);
    m_ui->summaryLabel->setText(tr("Deleting %n batch(es) on %1.", nullptr, static_cast<int>(items.size()))
                                    .arg(m_connection->hostLabel()));
    m_queue.start(items);
    updateButtons();
}

DeletionQueue& BulkDeletionWindow::queue()
{
    return m_queue;
}

BulkResultModel* BulkDeletionWindow::model() const
{
    return m_model;
}

const BoundConnection& BulkDeletionWindow::connection() const
{
    return *m_connection;
}

QMessageBox* BulkDeletionWindow::pendingQuestion() const
{
    // One just answered lingers, hidden, until the event loop deletes it.
    return m_question && m_question->isVisible() ? m_question.data() : nullptr;
}

void BulkDeletionWindow::scheduleProgressUpdate()
{
    if (!m_progressTimer.isActive())
        m_progressTimer.start();
}

void BulkDeletionWindow::updateProgress()
{
    m_progressTimer.stop();
    const DeletionQueue::Progress p = m_queue.progress();
    const int finished = p.total - p.remaining;
    m_ui->progressBar->setValue(finished);
    QString counters = tr("Done %1 · Failed %2 · Unknown %3 · Remaining %4")
                           .arg(p.deleted)
                           .arg(p.failed)
                           .arg(p.unknown)
                           .arg(p.remaining);
    if (p.notSent > 0)
        counters += tr(" · Not sent %1").arg(p.notSent);
    if (p.remaining > 0 && p.estimatedRemainingMs >= 0 && !m_queue.isPaused())
        counters +=
            tr(" · about %n s left", nullptr, static_cast<int>((p.estimatedRemainingMs + 999) / 1000));
    m_ui->countersLabel->setText(counters);
    m_ui->stateLabel->setText(stateText(p));
}

QString BulkDeletionWindow::stateText(const DeletionQueue::Progress& p) const
{
    QString state;
    if (!m_queue.isRunning()) {
        if (p.notSent > 0 && m_lastStopReason != RunStopReason::None)
            state = tr("Stopped: %1 The batches left were not sent; Retry failed sends them.")
                        .arg(runStopMessage(m_lastStopReason));
        else if (p.notSent > 0)
            state = tr("Stopped: the batches left were not sent; Retry failed sends them.");
        else
            state = tr("Finished.");
        if (p.unknown > 0)
            state += QLatin1Char(' ') +
                     tr("Some outcomes are unknown: the server may or may not have deleted those batches. "
                        "Retry unknown sends them again (a 404 then means the earlier attempt "
                        "deleted it).");
    } else if (m_stopping) {
        state = tr("Stopping: no new deletions start; %n request(s) already sent finish and are recorded.",
                   nullptr, p.inFlight);
    } else if (m_queue.stopReason() != RunStopReason::None) {
        state = tr("Stopped: %1 No more deletions are sent until you choose Resume or Stop run.")
                    .arg(runStopMessage(m_queue.stopReason()));
    } else if (m_queue.isPaused()) {
        state = tr("Paused: no new deletions start; those already sent finish and are recorded.");
    } else if (m_queue.isWaitingForRateLimit()) {
        state = m_rateLimitNote;
    } else {
        state = tr("Running: %n request(s) in flight.", nullptr, p.inFlight);
    }
    if (!m_connection->isStillCurrent())
        state += QLatin1Char(' ') + tr("The API settings have changed since; this run stays on %1, where it "
                                       "was confirmed.")
                                        .arg(m_connection->hostLabel());
    return state;
}

void BulkDeletionWindow::updateButtons()
{
    const bool running = m_queue.isRunning();
    m_ui->pauseButton->setEnabled(running && !m_stopping);
    m_ui->pauseButton->setText(m_queue.isPaused() ? tr("&Resume") : tr("&Pause"));
    m_ui->cancelButton->setEnabled(running && !m_stopping);
    const qsizetype failed = m_queue.retryItems(DeletionQueue::Retry::FailedOnly).size();
    m_ui->retryButton->setEnabled(!running && failed > 0);
    m_ui->retryUnknownButton->setEnabled(
        !running && m_queue.retryItems(DeletionQueue::Retry::IncludingUnknown).size() > failed);
    m_ui->exportButton->setEnabled(m_model->rowCount() > 0);
    updateProgress();
}

void BulkDeletionWindow::togglePause()
{
    if (m_queue.isPaused())
        resume();
    else
        m_queue.pause();
    updateButtons();
}

void BulkDeletionWindow::resume()
{
    if (!m_queue.isPaused())
        return;
    // The user may have replaced a rejected token meanwhile; never another server's, though.
    m_connection->renewToken();
    m_queue.resume();
    updateButtons();
}

void BulkDeletionWindow::stopRun()
{
    if (!m_queue.isRunning())
        return;
    m_stopping = true;
    closeQuestion();
    m_queue.cancel();
    updateButtons();
}

void BulkDeletionWindow::retryFailed()
{
    const QList<DeletionItem> items = m_queue.retryItems(DeletionQueue::Retry::FailedOnly);
    if (items.isEmpty() || m_queue.isRunning())
        return;
    m_connection->renewToken();
    start(items);
}

void BulkDeletionWindow::askToRetryUnknown()
{
    const QList<DeletionItem> items = m_queue.retryItems(DeletionQueue::Retry::IncludingUnknown);
    const auto unknown = static_cast<int>(std::count_if(
        items.cbegin(), items.cend(), [](const DeletionItem& item) { return item.earlierOutcomeUnknown; }));
    if (unknown == 0 || m_queue.isRunning())
        return;
    QString text = tr("The server may already have deleted %n batch(es): the request was sent, but no usable "
                      "answer came back.",
                      nullptr, unknown);
    if (items.size() > unknown)
        text += QLatin1Char(' ') + tr("%n batch(es) that failed will be sent again with them.", nullptr,
                                      static_cast<int>(items.size()) - unknown);
    text +=
        QStringLiteral("\n\n") +
        tr("Send the deletion again? A batch the server already deleted then reads \"not found — possibly "
           "deleted by the earlier attempt\".");
    QMessageBox* box =
        openQuestion(QStringLiteral("retryUnknownQuestion"), tr("Send these deletions again?"), text);
    QPushButton* send = box->addButton(tr("&Send again"), QMessageBox::AcceptRole);
    QPushButton* cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(send, &QPushButton::clicked, this, [this] {
        const QList<DeletionItem> again = m_queue.retryItems(DeletionQueue::Retry::IncludingUnknown);
        if (again.isEmpty() || m_queue.isRunning())
            return;
        m_connection->renewToken();
        start(again);
    });
    box->open();
}

void BulkDeletionWindow::askToStop()
{
    if (m_question && m_question->isVisible() &&
        m_question->objectName() == QLatin1String("stopRunQuestion")) {
        m_question->raise();
        m_question->activateWindow();
        return;
    }
    const int left = m_queue.progress().remaining;
    QMessageBox* box = openQuestion(
        QStringLiteral("stopRunQuestion"), tr("Stop the bulk deletion?"),
        tr("The run is still going: %n batch(es) not done yet.", nullptr, left) + QStringLiteral("\n\n") +
            tr("Stop it? No new deletions start; the requests already sent finish and are recorded, and this "
               "window shows how the run ended."));
    QPushButton* stop = box->addButton(tr("&Stop run"), QMessageBox::AcceptRole);
    QPushButton* keep = box->addButton(tr("&Keep running"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(stop, &QPushButton::clicked, this, &BulkDeletionWindow::stopRun);
    box->open();
}

void BulkDeletionWindow::onStopped(RunStopReason reason)
{
    m_lastStopReason = reason;
    updateButtons();
    const int left = m_queue.progress().remaining;
    QString text =
        tr("The run stopped: %1", "%1 says why").arg(runStopMessage(reason)) + QLatin1Char(' ') +
        tr("No more deletions are sent until you decide; %n batch(es) not done yet.", nullptr, left);
    if (reason == RunStopReason::TokenRejected)
        text += QStringLiteral("\n\n") +
                tr("Replace the token in the settings, then press Resume: the run goes on "
                   "with the new token, on the same server.");
    text += QStringLiteral("\n\n") +
            tr("Resume tries again from where the run stopped. Stop run sends nothing more and reports the "
               "batches left as not sent; Retry failed can send them later.");
    QMessageBox* box =
        openQuestion(QStringLiteral("runStoppedQuestion"), tr("The bulk deletion stopped"), text);
    box->setIcon(QMessageBox::Warning);
    if (reason == RunStopReason::TokenRejected) {
        QPushButton* settings = box->addButton(tr("Open &token settings…"), QMessageBox::ActionRole);
        connect(settings, &QPushButton::clicked, this, &BulkDeletionWindow::tokenSettingsRequested);
    }
    QPushButton* resumeButton = box->addButton(tr("&Resume"), QMessageBox::AcceptRole);
    QPushButton* stop = box->addButton(tr("&Stop run"), QMessageBox::RejectRole);
    // Nothing more is sent unless asked for.
    box->setDefaultButton(stop);
    box->setEscapeButton(stop);
    connect(resumeButton, &QPushButton::clicked, this, &BulkDeletionWindow::resume);
    connect(stop, &QPushButton::clicked, this, &BulkDeletionWindow::stopRun);
    show();
    raise();
    box->open();
}

QMessageBox* BulkDeletionWindow::openQuestion(const QString& objectName, const QString& title,
                                              const QString& text)
{
    closeQuestion();
    auto* box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, this);
    box->setObjectName(objectName);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    m_question = box;
    return box;
}

void BulkDeletionWindow::closeQuestion()
{
    if (!m_question)
        return;
    // Closed by the window, not answered: none of its answers may act.
    const QList<QAbstractButton*> buttons = m_question->buttons();
    for (QAbstractButton* button : buttons)
        button->disconnect(this);
    m_question->close();
    m_question = nullptr;
}

bool BulkDeletionWindow::exportCsv(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_model->toCsv().toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void BulkDeletionWindow::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export results"), QStringLiteral("bulk-deletion.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export results"),
                             tr("The results could not be written: %1").arg(error));
}

void BulkDeletionWindow::reject()
{
    if (m_queue.isRunning()) {
        askToStop();
        return;
    }
    QDialog::reject();
}

void BulkDeletionWindow::closeEvent(QCloseEvent* event)
{
    // Closing must not hide deletions that are still going on.
    if (m_queue.isRunning()) {
        event->ignore();
        askToStop();
        return;
    }
    QDialog::closeEvent(event);
}
