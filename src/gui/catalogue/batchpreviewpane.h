#pragma once

#include "core/api/apioutcome.h"

#include <QGroupBox>

#include <memory>

namespace Ui {
class BatchPreviewPane;
}
class CatalogueService;
class FileListModel;

// What is in the selected batch: its files from the cached getResults answer, when it was fetched,
// and a Refresh that fetches it again (through the spaced results queue).
class BatchPreviewPane final : public QGroupBox
{
    Q_OBJECT

public:
    explicit BatchPreviewPane(CatalogueService& service, QWidget* parent = nullptr);
    ~BatchPreviewPane() override;

    // Shows what is cached and fetches the list when none is cached yet.
    void showBatch(const QString& classificationId, const QString& batchId);
    void clear();
    QString classificationId() const;
    QString batchId() const;
    // Fetches the shown batch's files again; nothing when no batch is shown or a fetch is running.
    void fetchAgain();

signals:
    // Whether fetchAgain() would do something now.
    void fetchAgainAvailable(bool available);

private:
    void showCached();
    void setFetchAgainEnabled(bool enabled);
    bool isCurrent(const QString& classificationId, const QString& batchId) const;

    std::unique_ptr<Ui::BatchPreviewPane> m_ui;
    CatalogueService& m_service;
    FileListModel* m_files;
    QString m_classificationId;
    QString m_batchId;
    bool m_fetching = false;
    QString m_lastProblem;
};
