#pragma once

#include "apioutcome.h"
#include "confirmdeletedialog.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

namespace Ui {
class MainWindow;
}
class ActiveConnection;
class AppSettings;
class ApiCall;
class QComboBox;
class QLabel;
class StatusLogModel;

// The delete-a-batch window: two ID fields, a deliberate confirmation, one request at a time and a
// status pane that records every attempt. Holds no HTTP code: requests go through ActiveConnection.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ActiveConnection& connection, AppSettings& settings, QString plainTokenFilePath,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    StatusLogModel* statusModel() const;
    bool isRequestRunning() const;
    // The confirmation dialog while it is open. It is shown window-modal with open(), never exec(),
    // so tests and accessibility tools can answer it like a user would.
    ConfirmDeleteDialog* pendingConfirmation() const;

    // IDs offered in the fields besides the recently used ones (the demo's sample data).
    void addSuggestedIds(const QStringList& classificationIds, const QStringList& batchIds);

    void openSettings();
    void requestDeletion();
    void cancelRequest();

signals:
    void deletionFinished(const ApiOutcome& outcome);
    void demoRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    enum class Notice
    {
        None,
        EndpointProblem,
        NoToken,
        TokenRejected,
    };

    void validateForm();
    void showIdProblem(QComboBox* field, QLabel* problemLabel, const QString& problem, bool touched);
    void startDeletion(const DeletionTarget& target);
    void onDeletionFinished(const DeletionTarget& target, const ApiOutcome& outcome, qint64 durationMs);
    void setRequestRunning(bool running);
    void updateConnectionInfo();
    void updateNotice();
    void reloadRecentIds();
    void copyStatusRows();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ActiveConnection& m_connection;
    AppSettings& m_settings;
    QString m_plainTokenFilePath;
    StatusLogModel* m_statusModel;
    QPointer<ApiCall> m_call;
    QPointer<ConfirmDeleteDialog> m_confirmation;
    bool m_classificationTouched = false;
    bool m_batchTouched = false;
    bool m_tokenRejected = false;
    QStringList m_suggestedClassificationIds;
    QStringList m_suggestedBatchIds;
};
