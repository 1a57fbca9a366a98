#include "confirmdeletedialog.h"

#include "checkstatusline.h"
#include "core/api/checkwording.h"
#include "core/team/teamtrail.h"
#include "core/text/servertext.h"
#include "gui/connections/connectionband.h"
#include "gui/widgets/guiresources.h"
#include "gui/widgets/servertextlabel.h"
#include "gui/widgets/windowminimumsize.h"
#include "typetoconfirm.h"
#include "ui_confirmdeletedialog.h"

#include <QIcon>
#include <QLocale>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// Narrow enough for a small screen, wide enough that the sentences wrap into a few lines only.
constexpr int MinimumWidthInCharacters = 48;
constexpr int IdLengthThatMayWrap = 40;
// The age of the list shown is in whole minutes at best.
constexpr std::chrono::seconds AgeRefresh{20};

using Check = TargetInfo::Check;

void showCheck(CheckStatusLine* line, const Check& check, const QString& checkingWords,
               CheckWording::Subject subject)
{
    switch (check.state) {
    case Check::State::Checking:
        line->showChecking(checkingWords);
        return;
    case Check::State::Failed:
        line->showWarning(CheckWording::problem(subject, check.outcome));
        return;
    case Check::State::Idle:
        line->clear();
        return;
    }
}

} // namespace

ConfirmDeleteDialog::ConfirmDeleteDialog(const DeletionTarget& target, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConfirmDeleteDialog>())
    , m_target(target)
{
    ensureGuiResources();
    m_ui->setupUi(this);
    setUpLook();
    createFileRows();

    // IDs are shown with anything invisible or look-alike escaped; what the server named (the
    // classification, the files) each on a line of its own, marked as the server's, never wrapped
    // into something that looks like one of these rows.
    m_ui->classificationValue->setText(ServerText::visibleId(target.classificationId));
    // An ID is read (and typed) as a whole: it never wraps at one of its hyphens, unless it is too
    // long for any window.
    const bool longIds = qMax(ServerText::visibleId(target.batchId).size(),
                              m_ui->classificationValue->text().size()) > IdLengthThatMayWrap;
    m_ui->classificationValue->setWordWrap(longIds);
    m_ui->batchValue->setWordWrap(longIds);
    showTarget();
    const QString host = ServerText::oneLine(target.apiHost);
    m_ui->hostValue->setText(target.demo ? tr("%1 (demo sandbox on this computer)").arg(host) : host);

    if (target.connection) {
        // Which account the batch goes from comes first, in words and in its environment's colour.
        auto* band = new ConnectionBand(this);
        band->setConnection(*target.connection);
        m_ui->mainLayout->insertWidget(0, band);
        setWindowTitle(tr("Delete batch permanently? — %1").arg(target.connection->title()));
    }

    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    m_confirmation = new TypeToConfirm(this, m_ui->confirmEdit, m_ui->deleteButton, m_ui->matchHint,
                                       [this](const QString& text) {
                                           // Surrounding whitespace from a paste is forgiven; everything else
                                           // must match exactly: the ID itself, or the ID as shown (a
                                           // look-alike character cannot be typed, its escape can).
                                           const QString typed = text.trimmed();
                                           return !m_target.batchId.isEmpty() &&
                                                  (typed == m_target.batchId ||
                                                   typed == ServerText::visibleId(m_target.batchId));
                                       },
                                       {tr("\"Delete batch\" stays disabled until the batch ID matches."),
                                        tr("Does not match the batch ID yet."),
                                        tr("The batch ID matches. \"Delete batch\" is now enabled.")});
    // "as fetched just now" stays true however long the dialog is left open.
    auto* ageClock = new QTimer(this);
    connect(ageClock, &QTimer::timeout, this, &ConfirmDeleteDialog::showAge);
    ageClock->start(AgeRefresh);
    keepMinimumSizeFittingContents(this, MinimumWidthInCharacters * fontMetrics().averageCharWidth());
    adjustSize();
}

ConfirmDeleteDialog::~ConfirmDeleteDialog() = default;

void ConfirmDeleteDialog::follow(TargetInfo* info)
{
    info->setParent(this);
    m_info = info;
    // Only labels change: the confirmation field, its text, the focus and the Delete button are left
    // as they are, whenever an answer arrives.
    connect(info, &TargetInfo::changed, this, &ConfirmDeleteDialog::refresh);
    refresh();
}

void ConfirmDeleteDialog::showTeamDeletion(const TeamDeletion& deletion)
{
    // Who and where came from another desk through the database: one bounded line, isolated.
    const QString when =
        QLocale().toString(deletion.whenUtc.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm"));
    m_ui->teamCheck->showWarning(tr("The team trail says %1 deleted this batch on %2. Deleting it again will "
                                    "most likely be answered with \"not found\".")
                                     .arg(ServerText::isolated(deletion.byWhom()), when));
}

const DeletionTarget& ConfirmDeleteDialog::target() const
{
    return m_target;
}

bool ConfirmDeleteDialog::isConfirmationComplete() const
{
    return m_confirmation->isComplete();
}

void ConfirmDeleteDialog::setUpLook()
{
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->warningIcon->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_ui->warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));
    m_ui->deleteButton->setIcon(QIcon(QStringLiteral(":/icons/delete-batch.svg")));
    QFont headlineFont = m_ui->headline->font();
    headlineFont.setBold(true);
    m_ui->headline->setFont(headlineFont);
    for (QLabel* sentence : {m_ui->headline, m_ui->headlineDetail, m_ui->confirmCaption})
        sentence->setWordWrap(true);
}

void ConfirmDeleteDialog::createFileRows()
{
    // Kept once made, and shown or hidden as answers arrive: nothing the user may have selected or
    // clicked is taken away under them. File names get their rows as they come (fileRow()).
    auto* layout = static_cast<QVBoxLayout*>(m_ui->filesList->layout());
    const auto addNote = [&](const char* objectName) {
        auto* note = new QLabel(m_ui->filesList);
        note->setObjectName(QLatin1String(objectName));
        note->setTextFormat(Qt::PlainText);
        note->setWordWrap(true);
        layout->addWidget(note);
        return note;
    };
    m_moreFiles = addNote("moreFiles");
    m_filesNote = addNote("filesNote");
    m_filesAge = addNote("filesAge");
}

ServerTextLabel* ConfirmDeleteDialog::fileRow(qsizetype i)
{
    while (m_fileNames.size() <= i) {
        auto* file = new ServerTextLabel(m_ui->filesList);
        // Below the check's line and the names before it, above the notes.
        auto* layout = static_cast<QVBoxLayout*>(m_ui->filesList->layout());
        layout->insertWidget(layout->indexOf(m_ui->batchCheck) + 1 + int(m_fileNames.size()), file);
        m_fileNames << file;
    }
    return m_fileNames.at(i);
}

void ConfirmDeleteDialog::refresh()
{
    m_info->fillKnown(m_target);
    showTarget();
}

void ConfirmDeleteDialog::showTarget()
{
    showName(m_info ? m_info->classificationCheck() : Check());
    showBatch(m_info ? m_info->batchCheck() : Check());
}

void ConfirmDeleteDialog::showName(const Check& check)
{
    const QString whenEmpty = check.state == Check::State::Checking ? tr("not known yet") : tr("not known");
    m_ui->classificationName->setServerText(m_target.classificationName, whenEmpty);
    const QString name = ServerText::oneLine(m_target.classificationName);
    m_ui->classificationName->setAccessibleName(
        tr("Classification name: %1").arg(name.isEmpty() ? whenEmpty : name));
    showCheck(m_ui->classificationCheck, check, tr("Checking the classification…"),
              CheckWording::Subject::Classification);
}

void ConfirmDeleteDialog::showBatch(const Check& check)
{
    const QString batchId = ServerText::visibleId(m_target.batchId);
    if (m_target.fileCount >= 0)
        m_ui->batchValue->setText(tr("%1 (%n file(s))", nullptr, m_target.fileCount).arg(batchId));
    else if (check.state == Check::State::Checking)
        m_ui->batchValue->setText(tr("%1 (number of files not known yet)").arg(batchId));
    else
        m_ui->batchValue->setText(tr("%1 (number of files not known)").arg(batchId));
    showCheck(m_ui->batchCheck, check, tr("Checking the batch contents…"), CheckWording::Subject::Batch);
    showFiles(check);
}

void ConfirmDeleteDialog::showFiles(const Check& check)
{
    const QStringList shown = m_target.fileNames.mid(0, DeletionTarget::FileNamesShown);
    for (qsizetype i = 0; i < qMax(shown.size(), m_fileNames.size()); ++i) {
        ServerTextLabel* file = fileRow(i);
        file->setServerText(shown.value(i), i < shown.size() ? tr("(no name)") : QString());
        file->setVisible(i < shown.size());
    }
    const int more = m_target.fileCount - static_cast<int>(shown.size());
    m_moreFiles->setText(more > 0 ? tr("… and %n more", nullptr, more) : QString());
    m_moreFiles->setVisible(more > 0);

    // Where no list is known, a check under way or failed says why on its own line above.
    QString note;
    if (m_target.fileCount == 0)
        note = tr("none listed when last fetched");
    else if (m_target.fileCount < 0 && check.state == Check::State::Idle)
        note = tr("not known: the batch contents have not been fetched");
    m_filesNote->setText(note);
    m_filesNote->setVisible(!note.isEmpty());

    showAge();
}

void ConfirmDeleteDialog::showAge()
{
    const QDateTime fetchedAt = m_target.filesFetchedAt;
    m_filesAge->setText(
        fetchedAt.isValid()
            ? tr("as fetched %1").arg(CheckWording::age(fetchedAt.secsTo(QDateTime::currentDateTimeUtc())))
            : QString());
    m_filesAge->setVisible(fetchedAt.isValid());
}
