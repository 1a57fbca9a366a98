#pragma once

#include "core/connections/connection.h"
#include "core/deletion/deletionqueue.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Ui {
class BulkDeletionWindow;
}
class AuditLog;
class BoundConnection;
class BulkResultModel;
class ConnectionBand;
class QMessageBox;

// Runs a confirmed bulk deletion through the DeletionQueue and shows it: progress with done /
// failed / unknown / remaining and time left, Pause/Resume, Stop, a row per batch, "Retry failed"
// and CSV export. Everything is driven by queue signals, so the window never blocks.
// - The run is bound to the connection it was confirmed for (BoundConnection): settings changed
//   meanwhile never send its requests elsewhere.
// - While the run goes on, the window cannot be closed (Escape, the close button, the window
//   manager) without asking whether to stop it.
// - When the run stops by itself (token rejected, server unreachable, …) the window asks what to
//   do: Resume, or Stop run (the batches left are then reported as not sent).
// Questions are window-modal boxes opened with open(), so that tests and accessibility tools answer
// them like a user (pendingQuestion()).
class BulkDeletionWindow final : public QDialog
{
    Q_OBJECT

public:
    // Takes ownership of `connection` (ActiveConnection::bind()).
    BulkDeletionWindow(BoundConnection* connection, AuditLog& audit, const QString& osUser,
                       QWidget* parent = nullptr);
    ~BulkDeletionWindow() override;

    // Shows the connection the run was confirmed for in a band on top and in the window title.
    void setConnectionShown(const Connection& connection);
    void start(const QList<DeletionItem>& items);
    DeletionQueue& queue();
    BulkResultModel* model() const;
    const BoundConnection& connection() const;
    // Writes the result table as CSV; on failure returns false and sets *error for the user.
    bool exportCsv(const QString& path, QString* error = nullptr) const;
    // No new requests; those on their way finish and are recorded (DeletionQueue::cancel()).
    void stopRun();
    // The question open over the window, if any.
    QMessageBox* pendingQuestion() const;

signals:
    void itemFinished(const DeletionResult& result);
    void runFinished();
    // "Open token settings…" after the server rejected the token; the run waits meanwhile.
    void tokenSettingsRequested();

public slots:
    // Escape: asks first while the run goes on, as closing does.
    void reject() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // The counters and the bar change with every answer; redrawn at most this often, since a fast
    // server answers far more often than anyone can read (and QProgressBar repaints at once).
    static constexpr int ProgressIntervalMs = 100;

    void updateProgress();
    QString stateText(const DeletionQueue::Progress& progress) const;
    void scheduleProgressUpdate();
    void updateButtons();
    void togglePause();
    void resume();
    void retryFailed();
    void askToRetryUnknown();
    void askToStop();
    void onStopped(RunStopReason reason);
    void chooseExportFile();
    // A window-modal question with a plain-text message, replacing any question still open.
    QMessageBox* openQuestion(const QString& objectName, const QString& title, const QString& text);
    void closeQuestion();

    std::unique_ptr<Ui::BulkDeletionWindow> m_ui;
    BoundConnection* m_connection;
    DeletionQueue m_queue;
    BulkResultModel* m_model;
    ConnectionBand* m_band = nullptr;
    QString m_rateLimitNote;
    QTimer m_progressTimer;
    QPointer<QMessageBox> m_question;
    RunStopReason m_lastStopReason = RunStopReason::None;
    bool m_stopping = false;
};
