#pragma once

#include "deletionqueue.h"

#include <QDialog>
#include <QTimer>

#include <memory>

namespace Ui {
class BulkDeletionWindow;
}
class AuditLog;
class BulkResultModel;
class ExtractaClient;

// Runs a confirmed bulk deletion through the DeletionQueue and shows it: progress with done /
// failed / unknown / remaining and time left, Pause/Resume, Cancel, a row per batch, "Retry failed"
// and CSV export. Everything is driven by queue signals, so the window never blocks.
class BulkDeletionWindow final : public QDialog
{
    Q_OBJECT

public:
    BulkDeletionWindow(ExtractaClient& client, AuditLog& audit, const QString& host, const QString& osUser,
                       QWidget* parent = nullptr);
    ~BulkDeletionWindow() override;

    void start(const QList<DeletionItem>& items);
    DeletionQueue& queue();
    BulkResultModel* model() const;
    // Writes the result table as CSV; on failure returns false and sets *error for the user.
    bool exportCsv(const QString& path, QString* error = nullptr) const;

signals:
    void itemFinished(const DeletionResult& result);
    void runFinished();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // The counters and the bar change with every answer; redrawn at most this often, since a fast
    // server answers far more often than anyone can read (and QProgressBar repaints at once).
    static constexpr int ProgressIntervalMs = 100;

    void updateProgress();
    void scheduleProgressUpdate();
    void updateButtons();
    void togglePause();
    void retryFailed();
    void chooseExportFile();

    std::unique_ptr<Ui::BulkDeletionWindow> m_ui;
    DeletionQueue m_queue;
    BulkResultModel* m_model;
    QString m_host;
    QString m_rateLimitNote;
    QTimer m_progressTimer;
};
