#include "bulkconfirmdialog.h"

#include "guiresources.h"
#include "plaintooltip.h"
#include "servertext.h"
#include "ui_bulkconfirmdialog.h"
#include "windowminimumsize.h"

#include <QHash>
#include <QHeaderView>
#include <QIcon>
#include <QStyle>

namespace {

enum Column
{
    IdColumn,
    NameColumn,
    FilesColumn,
};

// Narrow enough for a small screen, wide enough that the sentences wrap into a few lines only.
constexpr int MinimumWidthInCharacters = 48;

} // namespace

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
    const QString host = ServerText::oneLine(apiHost);
    m_ui->hostValue->setText(demo ? tr("API host: %1 (demo sandbox on this computer)").arg(host)
                                  : tr("API host: %1").arg(host));
    for (QLabel* sentence :
         {m_ui->headline, m_ui->headlineDetail, m_ui->hostValue, m_ui->confirmCaption, m_ui->matchHint})
        sentence->setWordWrap(true);
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
    // Room for the header and a few rows at least, however small the window.
    m_ui->batchList->setMinimumHeight(8 * fontMetrics().height());
    updateConfirmationState();
    m_ui->confirmEdit->setFocus();
    keepMinimumSizeFittingContents(this, MinimumWidthInCharacters * fontMetrics().averageCharWidth());
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
    // Grouped by classification in the order they first appear. IDs with anything invisible or
    // look-alike escaped, so that two different IDs never read the same; the name the server gave
    // in a column of its own, one line, isolated, quoted and in italics: it cannot pass for a row.
    QHash<QString, QTreeWidgetItem*> groups;
    QList<QTreeWidgetItem*> topLevel;
    QFont serverFont = m_ui->batchList->font();
    serverFont.setItalic(true);
    for (const DeletionItem& item : m_items) {
        QTreeWidgetItem*& group = groups[item.classificationId];
        if (!group) {
            group = new QTreeWidgetItem();
            group->setText(IdColumn, ServerText::visibleId(item.classificationId));
            if (item.classificationName.isEmpty()) {
                group->setText(NameColumn, tr("not known"));
            } else {
                const QString name = ServerText::oneLine(item.classificationName);
                group->setText(NameColumn, tr("“%1”").arg(ServerText::isolated(name)));
                group->setFont(NameColumn, serverFont);
                group->setToolTip(NameColumn, plainToolTip(name));
            }
            topLevel << group;
        }
        auto* row = new QTreeWidgetItem(group);
        row->setText(IdColumn, ServerText::visibleId(item.batchId));
        row->setText(FilesColumn, item.fileCount >= 0 ? QString::number(item.fileCount) : tr("not known"));
        row->setTextAlignment(FilesColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (QTreeWidgetItem* group : topLevel)
        group->setText(FilesColumn, tr("%n batch(es)", nullptr, group->childCount()));
    m_ui->batchList->addTopLevelItems(topLevel);
    m_ui->batchList->expandAll();
    QHeaderView* header = m_ui->batchList->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(IdColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FilesColumn, QHeaderView::ResizeToContents);
    header->resizeSection(IdColumn, fontMetrics().horizontalAdvance(QStringLiteral("-OPXT4kQm2ZbW9sLe7Ha")) +
                                        4 * fontMetrics().averageCharWidth() +
                                        m_ui->batchList->indentation());
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
