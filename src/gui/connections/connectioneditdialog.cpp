#include "connectioneditdialog.h"

#include "core/connections/connectionstore.h"
#include "environmentlook.h"
#include "gui/widgets/readablecolors.h"
#include "gui/widgets/windowminimumsize.h"
#include "ui_connectioneditdialog.h"

#include <QPushButton>
#include <QStyle>

namespace {

constexpr int MinimumWidthInCharacters = 56;

} // namespace

ConnectionEditDialog::ConnectionEditDialog(ConnectionStore& store, Mode mode, const Connection& start,
                                           QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionEditDialog>())
    , m_store(store)
    , m_mode(mode)
    , m_connection(start)
{
    m_ui->setupUi(this);
    switch (mode) {
    case Mode::Add:
        setWindowTitle(tr("Add Connection"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit Connection"));
        break;
    case Mode::Duplicate:
        setWindowTitle(tr("Duplicate Connection"));
        break;
    }
    const int chipSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    for (const EnvironmentType type :
         {EnvironmentType::Production, EnvironmentType::Staging, EnvironmentType::Development})
        m_ui->environmentCombo->addItem(EnvironmentLook::chip(type, palette(), chipSize),
                                        Environment::word(type), static_cast<int>(type));
    m_ui->environmentCombo->setMaxCount(m_ui->environmentCombo->count());

    m_ui->nameEdit->setMaxLength(ConnectionStore::MaxNameLength);
    m_ui->nameEdit->setText(start.name);
    m_ui->urlEdit->setText(start.apiUrl);
    m_ui->noteEdit->setPlainText(start.note);
    const EnvironmentType environment = start.environment == EnvironmentType::Demo
                                            ? Environment::defaultFor(start.apiUrl)
                                            : start.environment;
    m_ui->environmentCombo->setCurrentIndex(m_ui->environmentCombo->findData(static_cast<int>(environment)));
    // A new connection is Production unless its URL is on this computer, until the user chooses.
    m_environmentChosen = mode != Mode::Add;
    connect(m_ui->environmentCombo, &QComboBox::activated, this, [this] {
        m_environmentChosen = true;
        updateEnvironmentHint();
    });
    connect(m_ui->urlEdit, &QLineEdit::textEdited, this, [this](const QString& url) {
        showProblem(m_ui->urlProblem, {});
        if (!m_environmentChosen) {
            m_ui->environmentCombo->setCurrentIndex(
                m_ui->environmentCombo->findData(static_cast<int>(Environment::defaultFor(url))));
            updateEnvironmentHint();
        }
    });
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] { showProblem(m_ui->nameProblem, {}); });
    connect(m_ui->noteEdit, &QPlainTextEdit::textChanged, this,
            [this] { showProblem(m_ui->noteProblem, {}); });
    for (QLabel* problem : {m_ui->nameProblem, m_ui->urlProblem, m_ui->noteProblem, m_ui->generalProblem})
        showProblem(problem, {});

    QPushButton* save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setText(mode == Mode::Edit ? tr("&Save") : tr("&Add"));
    save->setAccessibleName(mode == Mode::Edit ? tr("Save") : tr("Add"));
    if (mode != Mode::Edit)
        save->setIcon(QIcon()); // the Save button's floppy disk would say "save a file"
    save->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionEditDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateEnvironmentHint();
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
    keepMinimumSizeFittingContents(this, MinimumWidthInCharacters * fontMetrics().averageCharWidth());
}

ConnectionEditDialog::~ConnectionEditDialog() = default;

Connection ConnectionEditDialog::connection() const
{
    return m_connection;
}

Connection ConnectionEditDialog::typed() const
{
    Connection candidate = m_connection;
    if (m_mode != Mode::Edit) {
        candidate.id.clear();
        candidate.legacyDataKey.clear();
    }
    candidate.name = m_ui->nameEdit->text().trimmed();
    candidate.apiUrl = m_ui->urlEdit->text().trimmed();
    candidate.environment = static_cast<EnvironmentType>(m_ui->environmentCombo->currentData().toInt());
    candidate.note = m_ui->noteEdit->toPlainText();
    return candidate;
}

void ConnectionEditDialog::updateEnvironmentHint()
{
    const auto type = static_cast<EnvironmentType>(m_ui->environmentCombo->currentData().toInt());
    switch (type) {
    case EnvironmentType::Production:
        m_ui->environmentHint->setText(
            tr("Real data. A bulk deletion on this connection also asks for its name to be typed."));
        break;
    case EnvironmentType::Staging:
        m_ui->environmentHint->setText(tr("A copy of production for trying things before they go live."));
        break;
    case EnvironmentType::Development:
    case EnvironmentType::Demo:
        m_ui->environmentHint->setText(tr("A server for development and tests."));
        break;
    }
}

void ConnectionEditDialog::showProblem(QLabel* label, const QString& problem)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, ReadableColors::problemText(this->palette()));
    label->setPalette(palette);
    label->setText(problem.isEmpty() ? QString() : tr("⚠ %1").arg(problem));
    label->setVisible(!problem.isEmpty());
}

bool ConnectionEditDialog::showProblems(const Connection& candidate)
{
    QString nameProblem = ConnectionStore::checkName(candidate.name);
    if (nameProblem.isEmpty()) {
        const std::optional<Connection> sameName = m_store.byName(candidate.name);
        if (sameName && sameName->id != candidate.id)
            nameProblem =
                tr("A connection named \"%1\" exists already. Choose another name.").arg(sameName->name);
    }
    const QString urlProblem = ConnectionStore::checkApiUrl(candidate.apiUrl);
    const QString noteProblem = ConnectionStore::checkNote(candidate.note);
    showProblem(m_ui->nameProblem, nameProblem);
    showProblem(m_ui->urlProblem, urlProblem);
    showProblem(m_ui->noteProblem, noteProblem);
    showProblem(m_ui->generalProblem, {});
    // The first field that needs attention gets the focus; what was typed stays as it is.
    if (!nameProblem.isEmpty())
        m_ui->nameEdit->setFocus();
    else if (!urlProblem.isEmpty())
        m_ui->urlEdit->setFocus();
    else if (!noteProblem.isEmpty())
        m_ui->noteEdit->setFocus();
    return nameProblem.isEmpty() && urlProblem.isEmpty() && noteProblem.isEmpty();
}

void ConnectionEditDialog::accept()
{
    Connection candidate = typed();
    if (!showProblems(candidate))
        return;
    const QString problem = m_mode == Mode::Edit ? m_store.update(candidate) : m_store.add(candidate);
    if (!problem.isEmpty()) {
        // What the fields alone cannot tell: too many connections, or one removed meanwhile.
        showProblem(m_ui->generalProblem, problem);
        return;
    }
    m_connection = candidate;
    QDialog::accept();
}
