#include "bulkconfirmdialog.h"

#include "guiresources.h"
#include "ui_bulkconfirmdialog.h"

#include <QHash>
#include <QHeaderView>
#include <QIcon>
#include <QStyle>
#include <QTreeView>

#include <utility>

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

namespace {

// The batches to delete grouped by classification, as rows of a tree: a classification's row holds
// its title and batch count, each batch row its ID and file count. Nothing is made per batch: rows
// are read from the items (shared with the dialog, not copied) when the view shows them.
class BatchListModel final : public QAbstractItemModel
{
public:
    struct Group
    {
        QString title;
        QString batchCount;
        QList<int> items; // positions in the item list
    };

    BatchListModel(const QList<DeletionItem>& items, QList<Group> groups, QStringList headers,
                   QString filesNotKnown, QObject* parent)
        : QAbstractItemModel(parent)
        , m_items(items)
        , m_groups(std::move(groups))
        , m_headers(std::move(headers))
        , m_filesNotKnown(std::move(filesNotKnown))
    {}

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override
    {
        if (row < 0 || column < 0 || column >= ColumnCount)
            return {};
        if (!parent.isValid())
            return row < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
        if (parent.internalId() != 0 || row >= m_groups.at(parent.row()).items.size())
            return {};
        // A batch row carries its group, plus one (0 marks a group row).
        return createIndex(row, column, quintptr(parent.row()) + 1);
    }

    QModelIndex parent(const QModelIndex& child) const override
    {
        if (!child.isValid() || child.internalId() == 0)
            return {};
        return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        if (!parent.isValid())
            return static_cast<int>(m_groups.size());
        if (parent.internalId() != 0 || parent.column() != 0)
            return 0;
        return static_cast<int>(m_groups.at(parent.row()).items.size());
    }

    int columnCount(const QModelIndex& = {}) const override
    {
        return ColumnCount;
    }

    Qt::ItemFlags flags(const QModelIndex& index) const override
    {
        // Said of every batch row, the view's expandAll() does not remember each of them as expanded.
        const Qt::ItemFlags flags = QAbstractItemModel::flags(index);
        return index.internalId() == 0 ? flags : flags | Qt::ItemNeverHasChildren;
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid())
            return {};
        if (role == Qt::TextAlignmentRole && index.column() == FilesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (role != Qt::DisplayRole)
            return {};
        if (index.internalId() == 0) {
            const Group& group = m_groups.at(index.row());
            return index.column() == NameColumn ? group.title : group.batchCount;
        }
        const DeletionItem& item =
            m_items.at(m_groups.at(static_cast<int>(index.internalId() - 1)).items.at(index.row()));
        if (index.column() == NameColumn)
            return item.batchId;
        return item.fileCount >= 0 ? QString::number(item.fileCount) : m_filesNotKnown;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section >= m_headers.size())
            return {};
        return m_headers.at(section);
    }

private:
    enum Column
    {
        NameColumn,
        FilesColumn,
        ColumnCount,
    };

    const QList<DeletionItem> m_items;
    const QList<Group> m_groups;
    const QStringList m_headers;
    const QString m_filesNotKnown;
};

} // namespace

void BulkConfirmDialog::fillList()
{
    // Grouped by classification in the order they first appear; IDs and names as plain text.
    QHash<QString, qsizetype> groupOf;
    QList<BatchListModel::Group> groups;
    for (int i = 0; i < m_items.size(); ++i) {
        const DeletionItem& item = m_items.at(i);
        auto group = groupOf.constFind(item.classificationId);
        if (group == groupOf.cend()) {
            BatchListModel::Group fresh;
            fresh.title = item.classificationName.isEmpty()
                              ? tr("%1 (name not known)").arg(item.classificationId)
                              : tr("%1 — %2").arg(item.classificationId, item.classificationName);
            groups << fresh;
            group = groupOf.insert(item.classificationId, groups.size() - 1);
        }
        groups[*group].items << i;
    }
    for (BatchListModel::Group& group : groups)
        group.batchCount = tr("%n batch(es)", nullptr, static_cast<int>(group.items.size()));
    QTreeView* list = m_ui->batchList;
    list->setModel(new BatchListModel(m_items, std::move(groups), {tr("Classification / batch"), tr("Files")},
                                      tr("not known"), list));
    list->expandAll();
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
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
