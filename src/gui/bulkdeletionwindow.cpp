#include "bulkdeletionwindow.h"

#include "bulkresultmodel.h"
#include "ui_bulkdeletionwindow.h"
#include "windowminimumsize.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QSaveFile>

BulkDeletionWindow::BulkDeletionWindow(ExtractaClient& client, AuditLog& audit, const QString& host,
                                       const QString& osUser, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BulkDeletionWindow>())
    , m_queue(client, &audit, host, osUser)
    , m_model(new BulkResultModel(this))
    , m_host(host)
{
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
    connect(&m_queue, &DeletionQueue::finished, this, [this] {
        m_rateLimitNote.clear();
        updateProgress();
        updateButtons();
        emit runFinished();
    });
    connect(m_ui->pauseButton, &QPushButton::clicked, this, &BulkDeletionWindow::togglePause);
    connect(m_ui->cancelButton, &QPushButton::clicked, &m_queue, &DeletionQueue::cancel);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &BulkDeletionWindow::updateButtons);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &BulkDeletionWindow::retryFailed);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &BulkDeletionWindow::chooseExportFile);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QWidget::close);
    updateButtons();
}

BulkDeletionWindow::~BulkDeletionWindow() = default;

void BulkDeletionWindow::start(const QList<DeletionItem>& items)
{
    m_model->reset(items);
    m_ui->progressBar->setRange(0, static_cast<int>(items.size()));
    m_ui->progressBar->setValue(0);
    m_ui->summaryLabel->setText(
        tr("Deleting %n batch(es) on %1.", nullptr, static_cast<int>(items.size())).arg(m_host));
    m_queue.start(items);
    updateProgress();
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
    if (p.remaining > 0 && p.estimatedRemainingMs >= 0)
        counters +=
            tr(" · about %n s left", nullptr, static_cast<int>((p.estimatedRemainingMs + 999) / 1000));
    m_ui->countersLabel->setText(counters);

    QString state;
    if (!m_queue.isRunning())
        state = p.unknown > 0
                    ? tr("Finished. Some outcomes are unknown: the server may or may not have deleted "
                         "those batches. Retry them to find out (a 404 then means it was deleted).")
                    : tr("Finished.");
    else if (m_queue.isPaused())
        state = tr("Paused: no new deletions start; those already sent finish and are recorded.");
    else if (m_queue.isWaitingForRateLimit())
        state = m_rateLimitNote;
    else
        state = tr("Running: %n request(s) in flight.", nullptr, p.inFlight);
    m_ui->stateLabel->setText(state);
}

void BulkDeletionWindow::updateButtons()
{
    const bool running = m_queue.isRunning();
    m_ui->pauseButton->setEnabled(running);
    m_ui->pauseButton->setText(m_queue.isPaused() ? tr("&Resume") : tr("&Pause"));
    m_ui->cancelButton->setEnabled(running);
    m_ui->retryButton->setEnabled(!running && !m_queue.retryItems().isEmpty());
    m_ui->exportButton->setEnabled(m_model->rowCount() > 0);
    updateProgress();
}

void BulkDeletionWindow::togglePause()
{
    if (m_queue.isPaused())
        m_queue.resume();
    else
        m_queue.pause();
    updateButtons();
}

void BulkDeletionWindow::retryFailed()
{
    const QList<DeletionItem> items = m_queue.retryItems();
    if (items.isEmpty() || m_queue.isRunning())
        return;
    start(items);
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

void BulkDeletionWindow::closeEvent(QCloseEvent* event)
{
    if (!m_queue.isRunning()) {
        event->accept();
        return;
    }
    // Closing must not hide deletions that are still going on: stop the run first.
    const auto answer = QMessageBox::question(
        this, tr("Stop the bulk deletion?"),
        tr("No new deletions will start; those already sent finish and are recorded. Stop now?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        m_queue.cancel();
    event->ignore();
}
