#include "batchpreviewpane.h"

#include "core/catalogue/catalogueservice.h"
#include "core/storage/cataloguestore.h"
#include "core/text/servertext.h"
#include "filelistmodel.h"
#include "gui/widgets/windowminimumsize.h"
#include "ui_batchpreviewpane.h"

#include <QHeaderView>
#include <QLocale>

BatchPreviewPane::BatchPreviewPane(CatalogueService& service, QWidget* parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::BatchPreviewPane>())
    , m_service(service)
    , m_files(new FileListModel(this))
{
    m_ui->setupUi(this);
    m_ui->filesView->setModel(m_files);
    m_ui->filesView->verticalHeader()->hide();
    keepRowsInSight(m_ui->filesView, 2);
    m_ui->filesView->horizontalHeader()->setSectionResizeMode(FileListModel::NameColumn,
                                                              QHeaderView::Stretch);
    m_ui->summaryLabel->setTextFormat(Qt::PlainText);
    // The summary wraps as the pane narrows: the pane grows rather than push the file list away.
    keepMinimumHeightFittingContents(this);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &BatchPreviewPane::fetchAgain);

    connect(&m_service, &CatalogueService::batchChanged, this,
            [this](const QString& cls, const QString& batch) {
                if (isCurrent(cls, batch))
                    showCached();
            });
    connect(&m_service, &CatalogueService::batchesChanged, this, [this](const QList<IdPair>& batches) {
        for (const IdPair& batch : batches) {
            if (isCurrent(batch.classificationId, batch.batchId)) {
                showCached();
                return;
            }
        }
    });
    connect(&m_service, &CatalogueService::batchFetchStarted, this,
            [this](const QString& cls, const QString& batch) {
                if (!isCurrent(cls, batch))
                    return;
                m_fetching = true;
                showCached();
            });
    connect(&m_service, &CatalogueService::batchFetchFinished, this,
            [this](const QString& cls, const QString& batch, const ApiOutcome& outcome) {
                if (!isCurrent(cls, batch))
                    return;
                m_fetching = false;
                // A 404 is what the summary says already ("not found on the server").
                const bool told = outcome.isSuccess() || outcome.kind == ApiOutcome::Kind::NotFound;
                m_lastProblem = told ? QString() : outcome.detail;
                showCached();
            });
    connect(&m_service, &CatalogueService::reset, this, &BatchPreviewPane::clear);
    clear();
}

BatchPreviewPane::~BatchPreviewPane() = default;

void BatchPreviewPane::showBatch(const QString& classificationId, const QString& batchId)
{
    m_classificationId = classificationId;
    m_batchId = batchId;
    m_fetching = false;
    m_lastProblem.clear();
    showCached();
    // Only the batch on screen matters: fetches queued while browsing past others (picked or typed)
    // are dropped; those asked for with Fetch again are kept.
    m_service.dropFetchesToShow();
    m_service.fetchBatch(classificationId, batchId);
}

void BatchPreviewPane::clear()
{
    m_classificationId.clear();
    m_batchId.clear();
    m_files->setFiles({});
    setFetchAgainEnabled(false);
    m_ui->summaryLabel->setText(tr("Select a batch in the catalogue or enter its IDs."));
}

QString BatchPreviewPane::classificationId() const
{
    return m_classificationId;
}

QString BatchPreviewPane::batchId() const
{
    return m_batchId;
}

bool BatchPreviewPane::isCurrent(const QString& classificationId, const QString& batchId) const
{
    return classificationId == m_classificationId && batchId == m_batchId;
}

void BatchPreviewPane::fetchAgain()
{
    if (m_batchId.isEmpty() || m_fetching)
        return;
    m_lastProblem.clear();
    m_service.fetchBatch(m_classificationId, m_batchId, true);
}

void BatchPreviewPane::setFetchAgainEnabled(bool enabled)
{
    m_ui->refreshButton->setEnabled(enabled);
    emit fetchAgainAvailable(enabled);
}

void BatchPreviewPane::showCached()
{
    const std::optional<BatchRecord> batch = m_service.store().batch(m_classificationId, m_batchId);
    setFetchAgainEnabled(!m_fetching);
    m_files->setFiles(batch ? m_service.store().files(m_classificationId, m_batchId) : QList<FileRecord>());

    const QString shownId = ServerText::visibleId(m_batchId);
    QString summary;
    if (!batch) {
        summary = tr("Batch %1 is not in the catalogue.").arg(shownId);
    } else if (batch->state == BatchState::Deleted) {
        summary =
            tr("Batch %1 was deleted on %2. Its files as last fetched:")
                .arg(shownId, QLocale().toString(batch->stateChangedAt.toLocalTime(), QLocale::ShortFormat));
    } else if (batch->state == BatchState::NotFound && !batch->filesFetchedAt.isValid()) {
        summary = tr("Batch %1 was not found on the server.").arg(shownId);
    } else if (batch->state == BatchState::NotFound) {
        summary = tr("Batch %1 was not found on the server. Its files as last fetched:").arg(shownId);
    } else if (batch->filesFetchedAt.isValid()) {
        summary =
            tr("Batch %1: %n file(s), fetched %2.", nullptr, batch->fileCount)
                .arg(shownId, QLocale().toString(batch->filesFetchedAt.toLocalTime(), QLocale::ShortFormat));
    } else {
        summary = tr("Batch %1: contents not fetched yet.").arg(shownId);
    }
    if (m_fetching)
        summary += QLatin1Char(' ') + tr("Fetching…");
    else if (!m_lastProblem.isEmpty())
        summary += QLatin1Char(' ') + tr("Could not fetch: %1").arg(ServerText::oneLine(m_lastProblem));
    m_ui->summaryLabel->setText(summary);
}
