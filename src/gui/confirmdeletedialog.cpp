#include "confirmdeletedialog.h"

#include "guiresources.h"
#include "ui_confirmdeletedialog.h"

#include <QIcon>
#include <QStyle>

namespace {

QString describeFiles(const DeletionTarget& target)
{
    if (target.fileCount < 0)
        return ConfirmDeleteDialog::tr("not known: the batch contents have not been fetched");
    if (target.fileCount == 0)
        return ConfirmDeleteDialog::tr("none listed when last fetched");
    const QStringList shown = target.fileNames.mid(0, DeletionTarget::FileNamesShown);
    const int more = target.fileCount - static_cast<int>(shown.size());
    // One name per line: a long name never wraps out of sight.
    QString text = shown.join(QLatin1Char('\n'));
    if (more > 0)
        text += QLatin1Char('\n') + ConfirmDeleteDialog::tr("… and %n more", nullptr, more);
    return text;
}

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

    // IDs and names come from users and servers: always shown as plain text, never as markup.
    const QString classification =
        target.classificationName.isEmpty()
            ? tr("%1 (name not known)").arg(target.classificationId)
            : tr("%1 — %2").arg(target.classificationId, target.classificationName);
    m_ui->classificationValue->setTextFormat(Qt::PlainText);
    m_ui->classificationValue->setText(classification);
    m_ui->batchValue->setTextFormat(Qt::PlainText);
    m_ui->batchValue->setText(target.fileCount >= 0
                                  ? tr("%1 (%n file(s))", nullptr, target.fileCount).arg(target.batchId)
                                  : tr("%1 (number of files not known)").arg(target.batchId));
    m_ui->filesValue->setTextFormat(Qt::PlainText);
    m_ui->filesValue->setText(describeFiles(target));
    m_ui->hostValue->setTextFormat(Qt::PlainText);
    m_ui->hostValue->setText(target.demo ? tr("%1 (demo sandbox on this computer)").arg(target.apiHost)
                                         : target.apiHost);

    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &ConfirmDeleteDialog::updateConfirmationState);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, [this] {
        if (isConfirmationComplete())
            accept();
    });
    updateConfirmationState();
    m_ui->confirmEdit->setFocus();
}

ConfirmDeleteDialog::~ConfirmDeleteDialog() = default;

const DeletionTarget& ConfirmDeleteDialog::target() const
{
    return m_target;
}

bool ConfirmDeleteDialog::isConfirmationComplete() const
{
    // Surrounding whitespace from a paste is forgiven; everything else must match exactly.
    return !m_target.batchId.isEmpty() && m_ui->confirmEdit->text().trimmed() == m_target.batchId;
}

void ConfirmDeleteDialog::updateConfirmationState()
{
    const bool complete = isConfirmationComplete();
    m_ui->deleteButton->setEnabled(complete);
    if (complete)
        m_ui->matchHint->setText(tr("The batch ID matches. \"Delete batch\" is now enabled."));
    else if (m_ui->confirmEdit->text().isEmpty())
        m_ui->matchHint->setText(tr("\"Delete batch\" stays disabled until the batch ID matches."));
    else
        m_ui->matchHint->setText(tr("Does not match the batch ID yet."));
}
