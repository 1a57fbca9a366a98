#include "bulkconfirmdialog.h"

#include "guiresources.h"
#include "ui_bulkconfirmdialog.h"

#include <QHash>
#include <QHeaderView>
#include <QIcon>
#include <QStyle>

BulkConfirmDialog::BulkConfirmDialog(const QList<DeletionItem>& items, const QString& apiHost, bool demo,
                                     QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BulkConfirmDialog>())
    , m_items(items)
{
    ensureGuiResources();
    m_ui->setupUi(this);
    const int count = static_cast<int>(m_items.size());
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));
    m_ui->warningIcon->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    QFont headlineFont = m_ui->headline->font();
    headlineFont.setBold(true);
    m_ui->headline->setFont(headlineFont);
    m_ui->headline->setText(
        tr("This permanently deletes %n batch(es) with all their results and files.", nullptr, count));
    m_ui->hostValue->setText(demo ? tr("API host: %1 (demo sandbox on this computer)").arg(apiHost)
                                  : tr("API host: %1").arg(apiHost));
    m_ui->confirmCaption->setText(tr("To confirm, &type the number of batches (%1):").arg(count));
    m_ui->deleteButton->setText(tr("&Delete %n batch(es)", nullptr, count));
    m_ui->deleteButton->setAccessibleName(tr("Delete %n batch(es)", nullptr, count));
    m_ui->deleteButton->setIcon(QIcon(QStringLiteral(":/icons/delete-batch.svg")));

    fillList();
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &BulkConfirmDialog::updateConfirmationState);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, [this] {
        if (isConfirmationComplete())
            accept();
    });
    updateConfirmationState();
    m_ui->confirmEdit->setFocus();
}

BulkConfirmDialog::~BulkConfirmDialog() = default;

const QList<DeletionItem>& BulkConfirmDialog::items() const
{
    return m_items;
}

bool BulkConfirmDialog::isConfirmationComplete() const
{
    bool ok = false;
    const int typed = m_ui->confirmEdit->text().trimmed().toInt(&ok);
    return ok && !m_items.isEmpty() && typed == m_items.size();
}

void BulkConfirmDialog::fillList()
{
    // Grouped by classification in the order they first appear; IDs and names as plain text.
    QHash<QString, QTreeWidgetItem*> groups;
    QList<QTreeWidgetItem*> topLevel;
    for (const DeletionItem& item : m_items) {
        QTreeWidgetItem*& group = groups[item.classificationId];
        if (!group) {
            group = new QTreeWidgetItem();
            group->setText(0, item.classificationName.isEmpty()
                                  ? tr("%1 (name not known)").arg(item.classificationId)
                                  : tr("%1 — %2").arg(item.classificationId, item.classificationName));
            topLevel << group;
        }
        auto* row = new QTreeWidgetItem(group);
        row->setText(0, item.batchId);
        row->setText(1, item.fileCount >= 0 ? QString::number(item.fileCount) : tr("not known"));
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (QTreeWidgetItem* group : topLevel)
        group->setText(1, tr("%n batch(es)", nullptr, group->childCount()));
    m_ui->batchList->addTopLevelItems(topLevel);
    m_ui->batchList->expandAll();
    m_ui->batchList->header()->setStretchLastSection(false);
    m_ui->batchList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->batchList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
}

void BulkConfirmDialog::updateConfirmationState()
{
    const bool complete = isConfirmationComplete();
    m_ui->deleteButton->setEnabled(complete);
    if (complete)
        m_ui->matchHint->setText(tr("The number matches. The delete button is now enabled."));
    else if (m_ui->confirmEdit->text().isEmpty())
        m_ui->matchHint->setText(tr("The delete button stays disabled until the number matches."));
    else
        m_ui->matchHint->setText(tr("Does not match the number of batches."));
}
