#include "bulkconfirmdialog.h"

#include "core/text/servertext.h"
#include "gui/connections/connectionband.h"
#include "gui/deletion/connectionnameconfirmation.h"
#include "gui/deletion/typetoconfirm.h"
#include "gui/widgets/guiresources.h"
#include "gui/widgets/plaintooltip.h"
#include "gui/widgets/readablecolors.h"
#include "gui/widgets/windowminimumsize.h"
#include "ui_bulkconfirmdialog.h"

#include <QHash>
#include <QHeaderView>
#include <QIcon>
#include <QStyle>
#include <QTreeView>

#include <utility>

namespace {

enum Column
{
    IdColumn,
    NameColumn,
    FilesColumn,
    ColumnCount,
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
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    // Room for the header and a few rows at least, however small the window.
    m_ui->batchList->setMinimumHeight(8 * fontMetrics().height());
    m_confirmation = new TypeToConfirm(this, m_ui->confirmEdit, m_ui->deleteButton, m_ui->matchHint,
                                       [this](const QString& text) {
                                           bool ok = false;
                                           const int typed = text.trimmed().toInt(&ok);
                                           return ok && !m_items.isEmpty() && typed == m_items.size();
                                       },
                                       {tr("The delete button stays disabled until the number matches."),
                                        tr("Does not match the number of batches."),
                                        tr("The number matches. The delete button is now enabled.")});
    // Asked only on a Production connection: the field stays hidden and counts as matched otherwise.
    for (QLabel* sentence : {m_ui->nameCaption, m_ui->nameHint})
        sentence->setWordWrap(true);
    m_ui->nameCaption->setTextFormat(Qt::PlainText);
    m_ui->nameHint->setTextFormat(Qt::PlainText);
    m_confirmation->addField(m_ui->nameEdit, m_ui->nameHint,
                             [this](const QString& text) {
                                 return !isNameRequired() ||
                                        ConnectionNameConfirmation::matches(*m_connection, text);
                             },
                             {tr("Production: the delete button also waits for the connection's name."),
                              tr("Does not match the connection's name (letter case counts)."),
                              tr("The connection's name matches.")});
    for (QWidget* part : {static_cast<QWidget*>(m_ui->nameCaption), static_cast<QWidget*>(m_ui->nameEdit),
                          static_cast<QWidget*>(m_ui->nameHint)})
        part->setVisible(false);
    keepMinimumSizeFittingContents(this, MinimumWidthInCharacters * fontMetrics().averageCharWidth());
}

BulkConfirmDialog::~BulkConfirmDialog() = default;

void BulkConfirmDialog::setDeletedElsewhere(int count)
{
    m_ui->teamWarning->setVisible(count > 0);
    m_ui->teamWarning->setText(
        tr("⚠ The team trail says %n of these batches were already deleted from another desk (marked in the "
           "catalogue). Deleting them again will most likely be answered with \"not found\".",
           nullptr, count));
    // A warning colour derived from the palette in use, readable on light and dark themes; the sign and
    // the words say it without the colour.
    QPalette warningPalette = m_ui->teamWarning->palette();
    warningPalette.setColor(QPalette::WindowText, ReadableColors::problemText(palette()));
    m_ui->teamWarning->setPalette(warningPalette);
}

void BulkConfirmDialog::setConnection(const Connection& connection)
{
    m_connection = connection;
    if (!m_band) {
        m_band = new ConnectionBand(this);
        m_ui->mainLayout->insertWidget(0, m_band);
    }
    m_band->setConnection(connection);
    setWindowTitle(tr("Delete batches permanently? — %1").arg(connection.title()));
    const bool nameRequired = isNameRequired();
    m_ui->nameCaption->setText(
        tr("This is a Production connection: also type its name (%1):").arg(connection.name));
    // Plain text without a buddy: a name with "&" or markup in it is shown as it is.
    m_ui->nameEdit->setAccessibleDescription(m_ui->nameCaption->text());
    for (QWidget* part : {static_cast<QWidget*>(m_ui->nameCaption), static_cast<QWidget*>(m_ui->nameEdit),
                          static_cast<QWidget*>(m_ui->nameHint)})
        part->setVisible(nameRequired);
    if (!nameRequired)
        m_ui->nameEdit->clear();
    m_confirmation->update();
}

std::optional<Connection> BulkConfirmDialog::connection() const
{
    return m_connection;
}

bool BulkConfirmDialog::isNameRequired() const
{
    return ConnectionNameConfirmation::isRequired(m_connection);
}

const QList<DeletionItem>& BulkConfirmDialog::items() const
{
    return m_items;
}

bool BulkConfirmDialog::isConfirmationComplete() const
{
    return m_confirmation->isComplete();
}

namespace {

// The batches to delete grouped by classification, as rows of a tree: a classification's row holds
// its ID, the name the server gave and its batch count; each batch row its ID and file count.
// Nothing is made per batch: rows are read from the items (shared with the dialog, not copied)
// when the view shows them.
class BatchListModel final : public QAbstractItemModel
{
public:
    struct Group
    {
        QString id;          // shown
        QString name;        // shown
        QString nameToolTip; // empty when the name is not known
        QString batchCount;
        QList<int> items; // positions in the item list
    };
    struct Words
    {
        QStringList headers;
        QString filesNotKnown;
    };

    BatchListModel(const QList<DeletionItem>& items, QList<Group> groups, Words words,
                   const QFont& serverFont, QObject* parent)
        : QAbstractItemModel(parent)
        , m_items(items)
        , m_groups(std::move(groups))
        , m_words(std::move(words))
        , m_serverFont(serverFont)
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
        if (index.internalId() == 0)
            return groupData(m_groups.at(index.row()), index.column(), role);
        if (role != Qt::DisplayRole)
            return {};
        const DeletionItem& item =
            m_items.at(m_groups.at(static_cast<int>(index.internalId() - 1)).items.at(index.row()));
        switch (index.column()) {
        case IdColumn:
            return ServerText::visibleId(item.batchId);
        case FilesColumn:
            return item.fileCount >= 0 ? QString::number(item.fileCount) : m_words.filesNotKnown;
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section >= m_words.headers.size())
            return {};
        return m_words.headers.at(section);
    }

private:
    QVariant groupData(const Group& group, int column, int role) const
    {
        const bool serverName = column == NameColumn && !group.nameToolTip.isEmpty();
        switch (role) {
        case Qt::DisplayRole:
            return column == IdColumn ? group.id : column == NameColumn ? group.name : group.batchCount;
        case Qt::FontRole:
            return serverName ? QVariant(m_serverFont) : QVariant();
        case Qt::ToolTipRole:
            return serverName ? QVariant(group.nameToolTip) : QVariant();
        default:
            return {};
        }
    }

    const QList<DeletionItem> m_items;
    const QList<Group> m_groups;
    const Words m_words;
    const QFont m_serverFont;
};

} // namespace

void BulkConfirmDialog::fillList()
{
    // Grouped by classification in the order they first appear. IDs with anything invisible or
    // look-alike escaped, so that two different IDs never read the same; the name the server gave
    // in a column of its own, one line, isolated, quoted and in italics: it cannot pass for a row.
    QHash<QString, qsizetype> groupOf;
    QList<BatchListModel::Group> groups;
    for (int i = 0; i < m_items.size(); ++i) {
        const DeletionItem& item = m_items.at(i);
        auto group = groupOf.constFind(item.classificationId);
        if (group == groupOf.cend()) {
            BatchListModel::Group fresh;
            fresh.id = ServerText::visibleId(item.classificationId);
            if (item.classificationName.isEmpty()) {
                fresh.name = tr("not known");
            } else {
                const QString name = ServerText::oneLine(item.classificationName);
                fresh.name = tr("“%1”").arg(ServerText::isolated(name));
                fresh.nameToolTip = plainToolTip(name);
            }
            groups << fresh;
            group = groupOf.insert(item.classificationId, groups.size() - 1);
        }
        groups[*group].items << i;
    }
    for (BatchListModel::Group& group : groups)
        group.batchCount = tr("%n batch(es)", nullptr, static_cast<int>(group.items.size()));
    QTreeView* list = m_ui->batchList;
    QFont serverFont = list->font();
    serverFont.setItalic(true);
    list->setModel(new BatchListModel(
        m_items, std::move(groups),
        {{tr("Classification / batch"), tr("Name from the server"), tr("Files")}, tr("not known")},
        serverFont, list));
    list->expandAll();
    QHeaderView* header = list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(IdColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FilesColumn, QHeaderView::ResizeToContents);
    // Every ID whole (it is what is about to go), however wide its letters; an endless one from a
    // damaged catalogue does not push the names out of sight.
    const int widestSensible = list->fontMetrics().horizontalAdvance(QLatin1Char('W')) * 48;
    list->resizeColumnToContents(IdColumn);
    if (header->sectionSize(IdColumn) > widestSensible)
        header->resizeSection(IdColumn, widestSensible);
}
