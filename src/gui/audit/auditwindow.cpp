#include "auditwindow.h"

#include "audittablemodel.h"
#include "core/team/teamsync.h"
#include "core/text/servertext.h"
#include "gui/widgets/guiresources.h"
#include "gui/widgets/windowminimumsize.h"
#include "ui_auditwindow.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>
#include <QShortcut>
#include <QSignalBlocker>
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
    , m_teamFilterTimer(new QTimer(this))
    , m_teamStatusTimer(new QTimer(this))
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
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] {
        m_textFilterTimer->start();
        updateTeamState();
    });
    connect(m_ui->fromCheck, &QCheckBox::toggled, m_ui->fromDate, &QWidget::setEnabled);
    connect(m_ui->toCheck, &QCheckBox::toggled, m_ui->toDate, &QWidget::setEnabled);
    for (QCheckBox* check : {m_ui->fromCheck, m_ui->toCheck})
        connect(check, &QCheckBox::toggled, this, &AuditWindow::filterChanged);
    for (QDateEdit* edit : {m_ui->fromDate, m_ui->toDate})
        connect(edit, &QDateEdit::dateChanged, this, &AuditWindow::filterChanged);
    for (QComboBox* combo : {m_ui->outcomeCombo, m_ui->connectionCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditWindow::filterChanged);

    // The team view: each change of filter, and each sync of the team trail, costs a round trip to
    // the team database; a burst of them (a date spun, a bulk run's uploads) makes one read.
    m_teamFilterTimer->setSingleShot(true);
    m_teamFilterTimer->setInterval(TeamFilterDelayMs);
    connect(m_teamFilterTimer, &QTimer::timeout, this, &AuditWindow::reload);
    m_teamStatusTimer->setSingleShot(true);
    m_teamStatusTimer->setInterval(TeamStatusDelayMs);
    connect(m_teamStatusTimer, &QTimer::timeout, this, [this] {
        // A read on its way is not thrown away for this: it is taken in, then the view is read again.
        if (m_teamReading)
            m_teamStatusTimer->start();
        else if (m_source == Source::Team && isVisible())
            reload();
    });
    connect(m_ui->teamButton, &QRadioButton::toggled, this,
            [this](bool team) { setSource(team ? Source::Team : Source::ThisDesk); });
    m_ui->teamStateLayout->setStretchFactor(m_ui->teamErrorLabel, 1);
    m_ui->teamStateRow->hide();
    updateTeamAvailability();

    m_ui->refreshButton->setToolTip(tr("Read the entries again (F5)"));
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &AuditWindow::reload);
    // A shortcut of its own: the button's is its mnemonic, Alt+R.
    connect(new QShortcut(QKeySequence(Qt::Key_F5), this), &QShortcut::activated, m_ui->refreshButton,
            &QPushButton::click);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &AuditWindow::chooseExportFile);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);

    reload();
}

AuditWindow::~AuditWindow() = default;

void AuditWindow::setTeamTrail(TeamSync* team)
{
    if (m_team)
        disconnect(m_team, nullptr, this, nullptr);
    m_team = team;
    if (m_team)
        connect(m_team, &TeamSync::statusChanged, this, &AuditWindow::teamStatusChanged);
    updateTeamAvailability();
}

AuditWindow::Source AuditWindow::source() const
{
    return m_source;
}

bool AuditWindow::isReadingTeamTrail() const
{
    return teamViewPending();
}

void AuditWindow::updateTeamAvailability()
{
    const bool available = m_team && m_team->isConfigured();
    QRadioButton* button = m_ui->teamButton;
    button->setEnabled(available);
    const QString why = available ? tr("Every desk's deletion attempts, read from the team database.")
                                  : tr("No team database is set up for this desk: connect one in "
                                       "Settings > Team to see every desk's entries here.");
    button->setToolTip(why);
    button->setAccessibleDescription(why);
    if (!available && m_source == Source::Team)
        m_ui->deskButton->setChecked(true);
}

void AuditWindow::teamStatusChanged(const TeamStatus& status)
{
    updateTeamAvailability();
    // Only a sync that reached the team database can have changed what it holds. Not restarted by
    // the next one: during a bulk run the view is read again every few seconds, not after every upload.
    if (m_source == Source::Team && status.reachable && !m_teamStatusTimer->isActive())
        m_teamStatusTimer->start();
}

void AuditWindow::setSource(Source source)
{
    if (source == m_source)
        return;
    m_source = source;
    const bool team = source == Source::Team;
    m_teamFilterTimer->stop();
    m_teamStatusTimer->stop();
    m_teamError.clear();
    m_teamLimitReached = false;
    // The row the user was on in this desk's view is where they come back to.
    const QModelIndex current = m_ui->auditView->currentIndex();
    if (team) {
        m_deskPlace = current.isValid() ? std::make_pair(m_model->entry(current.row()).id, current.column())
                                        : std::make_pair(qint64(-1), 0);
    }

    // Connections are each desk's own: the team view shows every one, and the desk's choice comes
    // back with the desk's view.
    QComboBox* combo = m_ui->connectionCombo;
    {
        const QSignalBlocker blocker(combo);
        if (team) {
            m_connectionIndexOnDesk = combo->currentIndex();
            combo->setCurrentIndex(combo->count() - 1); // "All connections"
        } else {
            combo->setCurrentIndex(m_connectionIndexOnDesk);
        }
    }
    combo->setEnabled(!team && !m_connectionId.isEmpty());
    combo->setToolTip(team ? tr("Connections are each desk's own, so the team view shows every one. "
                                "To see one API host, type it in Search.")
                      : m_connectionId.isEmpty() ? tr("No connection is in use.")
                                                 : QString());
    m_ui->auditView->setColumnHidden(AuditTableModel::MachineColumn, !team);
    m_ui->tableCaption->setText(team ? tr("&Deletion attempts of every desk, newest first:")
                                     : tr("&Deletion attempts, newest first:"));
    // This desk's rows never pass for the team's while the team's are read, nor the other way round
    // (their ids are not this desk's).
    m_model->setEntries({});
    reload();
    if (!team && m_deskPlace.first >= 0) {
        const int row = m_model->rowOf(m_deskPlace.first);
        if (row >= 0) {
            const QModelIndex index = m_model->index(row, m_deskPlace.second);
            m_ui->auditView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                          QItemSelectionModel::Rows);
            m_ui->auditView->scrollTo(index);
        }
    }
}

void AuditWindow::filterChanged()
{
    if (m_source == Source::ThisDesk) {
        reload();
        return;
    }
    m_teamFilterTimer->start();
    updateTeamState();
}

void AuditWindow::readTeamTrail()
{
    m_textFilterTimer->stop();
    m_teamFilterTimer->stop();
    if (m_teamReading) {
        // One read at a time: this one's answer is dropped, and the filters as they are now are read.
        m_teamReadAgain = true;
        updateTeamState();
        return;
    }
    if (!m_team || !m_team->isConfigured()) {
        m_teamError = tr("No team database is set up for this desk.");
        m_model->setEntries({});
        updateTeamState();
        updateCountLabel();
        emit teamTrailShown();
        return;
    }
    m_teamReading = true;
    m_teamReadAgain = false;
    // One more than is shown, to tell "exactly the limit" from "more than it".
    m_team->readTrail(
        currentFilter(), TeamTrail::DefaultLimit + 1, this,
        [this](const QList<AuditEntry>& entries, const QString& error) { showTeamTrail(entries, error); });
    updateTeamState();
}

void AuditWindow::showTeamTrail(const QList<AuditEntry>& entries, const QString& error)
{
    m_teamReading = false;
    if (m_source != Source::Team) {
        updateTeamState();
        return;
    }
    if (m_teamReadAgain) {
        readTeamTrail();
        return;
    }
    // Team entries are numbered by the read; the user's place is kept by the attempt's ID.
    const QModelIndex current = m_ui->auditView->currentIndex();
    const QString currentAttempt = current.isValid() ? m_model->entry(current.row()).attemptId : QString();
    const int currentColumn = current.isValid() ? current.column() : 0;

    m_teamError = error;
    m_teamLimitReached = entries.size() > TeamTrail::DefaultLimit;
    m_model->setEntries(m_teamLimitReached ? entries.first(TeamTrail::DefaultLimit) : entries);

    for (int row = 0; !currentAttempt.isEmpty() && row < m_model->rowCount(); ++row) {
        if (m_model->entry(row).attemptId != currentAttempt)
            continue;
        const QModelIndex index = m_model->index(row, currentColumn);
        m_ui->auditView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                      QItemSelectionModel::Rows);
        m_ui->auditView->scrollTo(index);
        break;
    }
    m_teamReadTime = QTime::currentTime();
    updateTeamState();
    updateCountLabel();
    emit teamTrailShown();
}

bool AuditWindow::teamViewPending() const
{
    return m_source == Source::Team &&
           (m_teamReading || m_teamFilterTimer->isActive() || m_textFilterTimer->isActive());
}

void AuditWindow::updateTeamState()
{
    const bool team = m_source == Source::Team;
    const bool pending = teamViewPending();
    const bool failed = team && !pending && !m_teamError.isEmpty();
    // What would be exported is about to be replaced, or is no picture of the team trail at all.
    m_ui->exportButton->setEnabled(!pending && !failed);
    m_ui->teamStateRow->setVisible(team);
    if (!team)
        return;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->teamStateIcon->setPixmap(
        failed ? resourceIcon(QStringLiteral(":/icons/outcome-warning.svg")).pixmap(iconSize) : QPixmap());
    m_ui->teamStateIcon->setVisible(failed);
    m_ui->teamErrorLabel->setVisible(failed);
    if (pending) {
        m_ui->teamStateLabel->setText(tr("Reading the team trail…"));
    } else if (failed) {
        m_ui->teamStateLabel->setText(tr("The team trail could not be read:"));
        m_ui->teamErrorLabel->setServerText(m_teamError);
    } else {
        const QString database = m_team ? ServerText::oneLine(m_team->status().database, 80) : QString();
        const QString time = m_teamReadTime.toString(QStringLiteral("HH:mm:ss"));
        m_ui->teamStateLabel->setText(database.isEmpty()
                                          ? tr("Read from the team database at %1.").arg(time)
                                          : tr("Read from the team database %1 at %2.").arg(database, time));
    }
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
    fit(AuditTableModel::MachineColumn, QStringLiteral("desk-07.acme.lan"));
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
    // Every entry of this desk was made here: the machine is worth a column only in the team view.
    view->setColumnHidden(AuditTableModel::MachineColumn, true);
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
    if (m_source == Source::Team) {
        readTeamTrail();
        return;
    }
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
    updateTeamState();
}

void AuditWindow::showNewEntries()
{
    // Text typed a moment ago is about to be applied by a full read, which takes these in too. The
    // team view takes this desk's new entries in once they are uploaded (teamStatusChanged()); this
    // desk's view, shown again, is read afresh.
    if (m_textFilterTimer->isActive() || m_source == Source::Team)
        return;
    m_model->applyChanges(m_auditLog.changesSince(m_cursor, currentFilter()));
    updateCountLabel();
}

void AuditWindow::applyPendingTextFilter()
{
    // The team view cannot apply it here and now: Export waits (disabled) until the read answers.
    if (m_source == Source::ThisDesk && m_textFilterTimer->isActive())
        reload();
}

void AuditWindow::updateCountLabel()
{
    const int count = m_model->rowCount();
    if (m_source == Source::ThisDesk)
        m_ui->countLabel->setText(tr("%n entries", nullptr, count));
    else if (!m_teamError.isEmpty())
        m_ui->countLabel->setText(tr("No team entries shown"));
    else if (m_teamLimitReached)
        m_ui->countLabel->setText(tr("The newest %1 entries, the most shown at once: narrow the filters to "
                                     "see older ones")
                                      .arg(QLocale().toString(count)));
    else // the line above the table says whose they are
        m_ui->countLabel->setText(tr("%n entries", nullptr, count));
}

bool AuditWindow::exportCsv(const QString& path, QString* error)
{
    // What is exported is what the user sees, including text typed a moment ago.
    applyPendingTextFilter();
    if (teamViewPending() || (m_source == Source::Team && !m_teamError.isEmpty())) {
        if (error)
            *error = teamViewPending() ? tr("The team trail is still being read: export it once it is shown.")
                                       : tr("The team trail could not be read: there is nothing to export.");
        return false;
    }
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
        (m_source == Source::Team ? tr("audit-trail-team-%1.csv") : tr("audit-trail-%1.csv"))
            .arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))));
    const QString path = QFileDialog::getSaveFileName(
        this, m_source == Source::Team ? tr("Export the team's audit trail") : tr("Export audit trail"),
        suggested, tr("CSV files (*.csv);;All files (*)"));
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
