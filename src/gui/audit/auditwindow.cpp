#include "auditwindow.h"

#include "audittablemodel.h"
#include "core/text/servertext.h"
#include "gui/widgets/guiresources.h"
#include "gui/widgets/windowminimumsize.h"
#include "ui_auditwindow.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace {

// Long enough to skip the intermediate states of a word being typed, short enough to feel live.
constexpr int TextFilterDelayMs = 150;

} // namespace

AuditWindow::AuditWindow(AuditLog& auditLog, QString connectionId, const QString& connectionName,
                         QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AuditWindow>())
    , m_auditLog(auditLog)
    , m_connectionId(std::move(connectionId))
    , m_model(new AuditTableModel(this))
    , m_textFilterTimer(new QTimer(this))
{
    ensureGuiResources();
    m_ui->setupUi(this);
    // A window to keep open beside the main one, not a step in a flow.
    setWindowFlags(windowFlags() | Qt::WindowMinMaxButtonsHint);
    setWindowIcon(QIcon(QStringLiteral(":/icons/app-icon.svg")));

    const QDate today = QDate::currentDate();
    m_ui->fromDate->setDate(today.addDays(-30));
    m_ui->toDate->setDate(today);
    m_ui->fromDate->setEnabled(false);
    m_ui->toDate->setEnabled(false);
    populateOutcomes();
    populateConnections(connectionName);

    setUpTable();

    m_textFilterTimer->setSingleShot(true);
    m_textFilterTimer->setInterval(TextFilterDelayMs);
    connect(m_textFilterTimer, &QTimer::timeout, this, &AuditWindow::reload);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_textFilterTimer, qOverload<>(&QTimer::start));
    connect(m_ui->fromCheck, &QCheckBox::toggled, m_ui->fromDate, &QWidget::setEnabled);
    connect(m_ui->toCheck, &QCheckBox::toggled, m_ui->toDate, &QWidget::setEnabled);
    for (QCheckBox* check : {m_ui->fromCheck, m_ui->toCheck})
        connect(check, &QCheckBox::toggled, this, &AuditWindow::reload);
    for (QDateEdit* edit : {m_ui->fromDate, m_ui->toDate})
        connect(edit, &QDateEdit::dateChanged, this, &AuditWindow::reload);
    for (QComboBox* combo : {m_ui->outcomeCombo, m_ui->connectionCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditWindow::reload);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &AuditWindow::reload);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &AuditWindow::chooseExportFile);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);

    reload();
}

AuditWindow::~AuditWindow() = default;

void AuditWindow::setTeamTrail(TeamSync* team)
{
    m_team = team;
}

void AuditWindow::populateOutcomes()
{
    using Kind = ApiOutcome::Kind;
    QComboBox* combo = m_ui->outcomeCombo;
    combo->addItem(tr("Any outcome"), QString());
    const auto add = [&](const QString& code, const QString& text) {
        combo->addItem(AuditTableModel::outcomeIcon(code), text, code);
    };
    const auto addKind = [&](Kind kind) {
        add(outcomeCode(kind), AuditTableModel::outcomeText(outcomeCode(kind)));
    };
    add(outcomeCode(Kind::Succeeded), tr("Deleted (succeeded)"));
    addKind(Kind::NotFound);
    addKind(Kind::Failed);
    addKind(Kind::Rejected);
    addKind(Kind::TokenRejected);
    addKind(Kind::RateLimited);
    addKind(Kind::ServerError);
    addKind(Kind::WrongApiUrl);
    addKind(Kind::NetworkError);
    // Both are shown as "Refused" in the table; the filter keeps them apart because the reasons differ.
    add(outcomeCode(Kind::InsecureRefused), tr("Refused: connection not secure"));
    add(outcomeCode(Kind::RedirectRefused), tr("Refused: redirected to another server"));
    addKind(Kind::Cancelled);
    addKind(Kind::OutcomeUnknown);
    add(AuditLog::SentOutcome, AuditTableModel::outcomeText(AuditLog::SentOutcome));
}

void AuditWindow::populateConnections(const QString& connectionName)
{
    QComboBox* combo = m_ui->connectionCombo;
    // Each item's data is the connection id it shows; empty for every connection.
    if (!m_connectionId.isEmpty()) {
        const QString name = ServerText::oneLine(connectionName.isEmpty() ? m_connectionId : connectionName);
        combo->addItem(tr("This connection (%1)").arg(name), m_connectionId);
    }
    combo->addItem(tr("All connections"), QString());
    combo->setCurrentIndex(0);
    if (m_connectionId.isEmpty()) {
        combo->setEnabled(false);
        combo->setToolTip(tr("No connection is in use."));
    }
}

void AuditWindow::setUpTable()
{
    QTableView* view = m_ui->auditView;
    view->setModel(m_model);
    view->verticalHeader()->hide();
    // Fixed row heights and fixed column widths: the view never measures all rows, so opening and
    // filtering 10,000+ entries stays instant.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    const int iconSize = view->style()->pixelMetric(QStyle::PM_SmallIconSize);
    view->verticalHeader()->setDefaultSectionSize(std::max(iconSize, view->fontMetrics().height()) + 8);
    keepRowsInSight(view, 3);
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const QFontMetrics metrics = view->fontMetrics();
    const int iconAllowance =
        view->style()->pixelMetric(QStyle::PM_SmallIconSize) + metrics.averageCharWidth();
    const auto fit = [&](int column, const QString& sample, int extra = 0) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const int width = std::max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title));
        header->resizeSection(column, width + 3 * metrics.averageCharWidth() + extra);
    };
    const QString sampleId = QStringLiteral("-OPXT4kQm2ZbW9sLe7Ha");
    const QString sampleTime = QStringLiteral("2026-12-31 23:59:59");
    fit(AuditTableModel::StartedColumn, sampleTime);
    fit(AuditTableModel::UserColumn, QStringLiteral("j.doe-admin"));
    fit(AuditTableModel::HostColumn, QStringLiteral("api.extracta.ai"));
    fit(AuditTableModel::ConnectionColumn, QStringLiteral("acme-production"));
    fit(AuditTableModel::ClassificationIdColumn, sampleId);
    fit(AuditTableModel::ClassificationNameColumn, QStringLiteral("Invoices 2025"));
    fit(AuditTableModel::BatchIdColumn, sampleId);
    fit(AuditTableModel::FilesColumn, QStringLiteral("1,000"));
    fit(AuditTableModel::OutcomeColumn, AuditTableModel::outcomeText(AuditLog::UnknownOutcome),
        iconAllowance);
    fit(AuditTableModel::HttpColumn, QStringLiteral("000"));
    fit(AuditTableModel::MessageColumn, QStringLiteral("Batch deleted successfully, see details"));
    fit(AuditTableModel::DurationColumn, QStringLiteral("30000 ms"));
    fit(AuditTableModel::CompletedColumn, sampleTime);
}

AuditFilter AuditWindow::currentFilter() const
{
    AuditFilter filter;
    // Dates are picked in local time; the "To" day is included up to its end.
    if (m_ui->fromCheck->isChecked())
        filter.fromUtc = m_ui->fromDate->date().startOfDay().toUTC();
    if (m_ui->toCheck->isChecked())
        filter.toUtc = m_ui->toDate->date().addDays(1).startOfDay().toUTC();
    filter.outcome = m_ui->outcomeCombo->currentData().toString();
    filter.text = m_ui->searchEdit->text().trimmed();
    filter.connectionId = m_ui->connectionCombo->currentData().toString();
    return filter;
}

AuditTableModel* AuditWindow::model() const
{
    return m_model;
}

void AuditWindow::reload()
{
    m_textFilterTimer->stop();
    const QModelIndex current = m_ui->auditView->currentIndex();
    const qint64 currentId = current.isValid() ? m_model->entry(current.row()).id : -1;
    const int currentColumn = current.isValid() ? current.column() : 0;

    // The cursor first: whatever is recorded while the entries are read comes with the next changes.
    m_cursor = m_auditLog.cursor();
    m_model->setEntries(m_auditLog.entries(currentFilter()));

    // Keep the user's place when the row they were on is still shown.
    const int row = currentId >= 0 ? m_model->rowOf(currentId) : -1;
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, currentColumn);
        m_ui->auditView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                      QItemSelectionModel::Rows);
        m_ui->auditView->scrollTo(index);
    }
    updateCountLabel();
}

void AuditWindow::showNewEntries()
{
    // Text typed a moment ago is about to be applied by a full read, which takes these in too.
    if (m_textFilterTimer->isActive())
        return;
    m_model->applyChanges(m_auditLog.changesSince(m_cursor, currentFilter()));
    updateCountLabel();
}

void AuditWindow::applyPendingTextFilter()
{
    if (m_textFilterTimer->isActive())
        reload();
}

void AuditWindow::updateCountLabel()
{
    const int count = m_model->rowCount();
    m_ui->countLabel->setText(tr("%n entries", nullptr, count));
}

bool AuditWindow::exportCsv(const QString& path, QString* error)
{
    // What is exported is what the user sees, including text typed a moment ago.
    applyPendingTextFilter();
    const QByteArray csv = AuditLog::toCsv(m_model->entries()).toUtf8();
    QSaveFile file(path);
    QString problem;
    if (!file.open(QIODevice::WriteOnly))
        problem = file.errorString();
    else if (file.write(csv) != csv.size())
        problem = file.errorString();
    else if (!file.commit())
        problem = file.errorString();
    if (problem.isEmpty())
        return true;
    if (error)
        *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), problem);
    return false;
}

void AuditWindow::chooseExportFile()
{
    applyPendingTextFilter();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        tr("audit-trail-%1.csv").arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export audit trail"), suggested,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error)) {
        QMessageBox box(QMessageBox::Warning, tr("Export failed"), error, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText); // the path is the user's, not markup
        box.exec();
        return;
    }
    m_ui->countLabel->setText(
        tr("%n entries exported to %1", nullptr, m_model->rowCount()).arg(QFileInfo(path).fileName()));
}
