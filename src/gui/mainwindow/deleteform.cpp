#include "deleteform.h"

#include "core/api/activeconnection.h"
#include "core/ids/idvalidation.h"
#include "core/settings/appsettings.h"
#include "core/text/servertext.h"
#include "core/tokens/tokenprovider.h"
#include "gui/widgets/guiresources.h"
#include "gui/widgets/readablecolors.h"
#include "ui_deleteform.h"

#include <QEvent>
#include <QLineEdit>

DeleteForm::DeleteForm(QWidget* parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::DeleteForm>())
{
    ensureGuiResources();
    m_ui->setupUi(this);
    applyThemeColors();
    m_ui->classificationProblem->hide();
    m_ui->batchProblem->hide();
    clearClassificationNote();
    m_ui->deleteButton->setIcon(QIcon(QStringLiteral(":/icons/delete-batch.svg")));
    m_ui->busyBar->hide();
    m_ui->cancelRequestButton->hide();
    for (QComboBox* combo : {m_ui->classificationCombo, m_ui->batchCombo}) {
        combo->lineEdit()->setMaxLength(4 * MaxIdLength); // long enough to report "too long", bounded
        combo->lineEdit()->setClearButtonEnabled(true);
    }
    m_ui->classificationCombo->lineEdit()->setPlaceholderText(tr("for example -OPXR1F82I0cRYJPcHNo"));
    m_ui->batchCombo->lineEdit()->setPlaceholderText(tr("the batch to delete"));

    connect(m_ui->classificationCombo, &QComboBox::editTextChanged, this,
            [this](const QString& text) { onEdited(m_classificationTouched, m_classificationText, text); });
    connect(m_ui->batchCombo, &QComboBox::editTextChanged, this,
            [this](const QString& text) { onEdited(m_batchTouched, m_batchText, text); });
    for (QComboBox* combo : {m_ui->classificationCombo, m_ui->batchCombo}) {
        connect(combo->lineEdit(), &QLineEdit::returnPressed, this, &DeleteForm::idsConfirmed);
        combo->lineEdit()->installEventFilter(this);
    }
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &DeleteForm::deleteRequested);
    connect(m_ui->cancelRequestButton, &QPushButton::clicked, this, &DeleteForm::cancelRequested);
}

DeleteForm::~DeleteForm() = default;

void DeleteForm::setUp(ActiveConnection& connection, AppSettings& settings)
{
    m_connection = &connection;
    m_settings = &settings;
}

QString DeleteForm::classificationId() const
{
    return checkId(m_ui->classificationCombo->currentText()).value;
}

QString DeleteForm::batchId() const
{
    return checkId(m_ui->batchCombo->currentText()).value;
}

bool DeleteForm::canDelete() const
{
    return m_ui->deleteButton->isEnabled();
}

void DeleteForm::onEdited(bool& touched, QString& lastText, const QString& text)
{
    // More than one character at once is a paste (or a pick, or a completion), not typing.
    const bool pasted = text.size() > lastText.size() + 1;
    lastText = text;
    touched = true;
    validate();
    emit idsEdited();
    if (pasted)
        emit idsCommitted();
}

bool DeleteForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut)
        emit idsCommitted();
    return QGroupBox::eventFilter(watched, event);
}

void DeleteForm::showIdProblem(QComboBox* field, QLabel* problemLabel, const QString& problem, bool touched)
{
    const bool show = !problem.isEmpty() && (touched || !field->currentText().isEmpty());
    problemLabel->setText(show ? tr("⚠ %1").arg(problem) : QString());
    problemLabel->setVisible(show);
}

void DeleteForm::validate()
{
    if (!m_connection)
        return; // not set up yet
    const IdCheck classification = checkId(m_ui->classificationCombo->currentText());
    const IdCheck batch = checkId(m_ui->batchCombo->currentText());
    showIdProblem(m_ui->classificationCombo, m_ui->classificationProblem, classification.problem,
                  m_classificationTouched);
    showIdProblem(m_ui->batchCombo, m_ui->batchProblem, batch.problem, m_batchTouched);
    m_ui->actionHint->setText(hint(classification.valid && batch.valid));
    m_ui->deleteButton->setEnabled(!m_requestRunning && !m_quitting && classification.valid && batch.valid &&
                                   m_connection->isReady());
    emit validated(m_ui->deleteButton->isEnabled());
}

QString DeleteForm::hint(bool idsValid) const
{
    if (m_requestRunning)
        return tr("Deleting… You can cancel, but the server may already have acted.");
    if (!m_connection->endpointProblem().isEmpty())
        return tr("The API URL cannot be used. Fix it in Settings.");
    if (!m_connection->tokens().hasToken())
        return m_connection->tokens().isBusy() ? tr("Reading the token from the keychain…")
                                               : tr("No API token yet: add one in Settings.");
    if (!idsValid)
        return tr("Enter a valid classification ID and batch ID.");
    return QString();
}

void DeleteForm::setRequestRunning(bool running)
{
    m_requestRunning = running;
    m_ui->classificationCombo->setEnabled(!running);
    m_ui->batchCombo->setEnabled(!running);
    m_ui->busyBar->setVisible(running);
    m_ui->cancelRequestButton->setVisible(running);
    m_ui->cancelRequestButton->setEnabled(running);
    if (running)
        m_ui->cancelRequestButton->setFocus();
    validate();
    if (!running)
        m_ui->batchCombo->setFocus();
}

void DeleteForm::setQuitting()
{
    m_quitting = true;
    validate();
}

void DeleteForm::fill(const QString& classificationId, const QString& batchId)
{
    // A field that already holds the ID keeps its text and cursor: the user may be editing it.
    if (this->classificationId() != classificationId)
        m_ui->classificationCombo->setEditText(classificationId);
    if (this->batchId() != batchId)
        m_ui->batchCombo->setEditText(batchId);
}

void DeleteForm::fillClassification(const QString& classificationId)
{
    // A batch of another classification must not stay in the form next to this one.
    if (m_ui->classificationCombo->currentText().trimmed() != classificationId)
        m_ui->batchCombo->setEditText(QString());
    m_ui->classificationCombo->setEditText(classificationId);
}

void DeleteForm::clearBatch()
{
    m_ui->batchCombo->setEditText(QString());
    m_batchTouched = false;
}

void DeleteForm::reloadRecentIds()
{
    if (!m_connection)
        return;
    const QString host = m_connection->storageKey();
    const auto refill = [&](QComboBox* combo, AppSettings::IdKind kind) {
        const QString current = combo->currentText();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItems(m_settings->recentIds(host, kind));
        combo->setEditText(current);
    };
    refill(m_ui->classificationCombo, AppSettings::IdKind::Classification);
    refill(m_ui->batchCombo, AppSettings::IdKind::Batch);
}

void DeleteForm::focusClassification()
{
    m_ui->classificationCombo->setFocus();
}

void DeleteForm::focusBatch()
{
    m_ui->batchCombo->setFocus();
}

void DeleteForm::showClassificationName(const QString& name)
{
    m_ui->classificationCheck->hide();
    m_ui->classificationName->setServerText(name, tr("(no name)"));
    // Read out as what the label shows: the accessible name says what it is, this what it says.
    m_ui->classificationName->setAccessibleDescription(name.isEmpty() ? tr("(no name)")
                                                                      : ServerText::oneLine(name));
    m_ui->classificationName->show();
}

void DeleteForm::showClassificationCheck(const QString& text, CheckTone tone)
{
    m_ui->classificationName->hide();
    m_classificationCheckWarns = tone == CheckTone::Warning;
    m_ui->classificationCheck->setText(tone == CheckTone::Warning ? tr("⚠ %1").arg(text) : text);
    m_ui->classificationCheck->setAccessibleDescription(text);
    applyThemeColors();
    m_ui->classificationCheck->show();
}

void DeleteForm::clearClassificationNote()
{
    m_ui->classificationName->hide();
    m_ui->classificationName->setServerText(QString());
    m_ui->classificationName->setAccessibleDescription(QString());
    m_ui->classificationCheck->hide();
    m_ui->classificationCheck->clear();
    m_ui->classificationCheck->setAccessibleDescription(QString());
}

void DeleteForm::applyThemeColors()
{
    // Derived from the palette in use, so that it stays readable when the theme turns dark.
    const QColor problem = ReadableColors::problemText(palette());
    QPalette checkPalette = palette();
    if (m_classificationCheckWarns)
        checkPalette.setColor(QPalette::WindowText, problem);
    m_ui->classificationCheck->setPalette(checkPalette);
    for (QLabel* label : {m_ui->classificationProblem, m_ui->batchProblem}) {
        QPalette labelPalette = label->palette();
        labelPalette.setColor(QPalette::WindowText, problem);
        label->setPalette(labelPalette);
    }
}

void DeleteForm::changeEvent(QEvent* event)
{
    QGroupBox::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyThemeColors();
}
