#include "confirmdeletedialog.h"

#include "core/text/servertext.h"
#include "gui/widgets/guiresources.h"
#include "gui/widgets/servertextlabel.h"
#include "gui/widgets/windowminimumsize.h"
#include "typetoconfirm.h"
#include "ui_confirmdeletedialog.h"

#include <QIcon>
#include <QStyle>
#include <QVBoxLayout>

namespace {

// Narrow enough for a small screen, wide enough that the sentences wrap into a few lines only.
constexpr int MinimumWidthInCharacters = 48;
constexpr int IdLengthThatMayWrap = 40;

} // namespace

ConfirmDeleteDialog::ConfirmDeleteDialog(const DeletionTarget& target, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConfirmDeleteDialog>())
    , m_target(target)
{
    ensureGuiResources();
    m_ui->setupUi(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->warningIcon->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_ui->warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));
    m_ui->deleteButton->setIcon(QIcon(QStringLiteral(":/icons/delete-batch.svg")));
    QFont headlineFont = m_ui->headline->font();
    headlineFont.setBold(true);
    m_ui->headline->setFont(headlineFont);
    for (QLabel* sentence : {m_ui->headline, m_ui->headlineDetail, m_ui->confirmCaption})
        sentence->setWordWrap(true);

    // IDs are shown with anything invisible or look-alike escaped; what the server named (the
    // classification, the files) each on a line of its own, marked as the server's, never wrapped
    // into something that looks like one of these rows.
    m_ui->classificationValue->setText(ServerText::visibleId(target.classificationId));
    m_ui->classificationName->setServerText(target.classificationName, tr("not known"));
    const QString batchId = ServerText::visibleId(target.batchId);
    m_ui->batchValue->setText(target.fileCount >= 0
                                  ? tr("%1 (%n file(s))", nullptr, target.fileCount).arg(batchId)
                                  : tr("%1 (number of files not known)").arg(batchId));
    // An ID is read (and typed) as a whole: it never wraps at one of its hyphens, unless it is too
    // long for any window.
    const bool longIds = qMax(batchId.size(), m_ui->classificationValue->text().size()) > IdLengthThatMayWrap;
    m_ui->classificationValue->setWordWrap(longIds);
    m_ui->batchValue->setWordWrap(longIds);
    fillFiles();
    const QString host = ServerText::oneLine(target.apiHost);
    m_ui->hostValue->setText(target.demo ? tr("%1 (demo sandbox on this computer)").arg(host) : host);

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
    keepMinimumSizeFittingContents(this, MinimumWidthInCharacters * fontMetrics().averageCharWidth());
    adjustSize();
}

ConfirmDeleteDialog::~ConfirmDeleteDialog() = default;

const DeletionTarget& ConfirmDeleteDialog::target() const
{
    return m_target;
}

bool ConfirmDeleteDialog::isConfirmationComplete() const
{
    return m_confirmation->isComplete();
}

void ConfirmDeleteDialog::fillFiles()
{
    auto* layout = static_cast<QVBoxLayout*>(m_ui->filesList->layout());
    const auto addNote = [&](const QString& text) {
        auto* note = new QLabel(text, m_ui->filesList);
        note->setTextFormat(Qt::PlainText);
        note->setWordWrap(true);
        layout->addWidget(note);
        return note;
    };
    if (m_target.fileCount < 0) {
        addNote(tr("not known: the batch contents have not been fetched"));
        return;
    }
    if (m_target.fileCount == 0) {
        addNote(tr("none listed when last fetched"));
        return;
    }
    const QStringList shown = m_target.fileNames.mid(0, DeletionTarget::FileNamesShown);
    for (const QString& name : shown) {
        auto* file = new ServerTextLabel(m_ui->filesList);
        file->setServerText(name, tr("(no name)"));
        layout->addWidget(file);
    }
    const int more = m_target.fileCount - static_cast<int>(shown.size());
    if (more > 0)
        addNote(tr("… and %n more", nullptr, more))->setObjectName(QStringLiteral("moreFiles"));
}
