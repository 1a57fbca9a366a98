#include "filelistmodel.h"

#include "core/text/servertext.h"
#include "gui/widgets/plaintooltip.h"

#include <QLocale>

void FileListModel::setFiles(const QList<FileRecord>& files)
{
    beginResetModel();
    m_files = files;
    endResetModel();
}

int FileListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_files.size());
}

int FileListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FileListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_files.size())
        return {};
    const FileRecord& file = m_files.at(index.row());
    // Everything here came from the server: one line each, IDs with look-alikes escaped, tooltips
    // as plain text.
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return plainToolTip(file.fileId.isEmpty()
                                ? tr("File ID: not known")
                                : tr("File ID: %1").arg(ServerText::visibleId(file.fileId)));
    if (role == Qt::TextAlignmentRole && index.column() == ConfidenceColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return file.fileName.isEmpty() ? ServerText::visibleId(file.fileId)
                                       : ServerText::oneLine(file.fileName);
    case StatusColumn:
        return ServerText::oneLine(file.status);
    case DocumentTypeColumn:
        return ServerText::oneLine(file.documentType);
    case ConfidenceColumn:
        return file.confidence >= 0 ? QLocale().toString(file.confidence * 100, 'f', 0) + QLatin1Char('%')
                                    : QString();
    default:
        return {};
    }
}

QVariant FileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("File");
    case StatusColumn:
        return tr("Status");
    case DocumentTypeColumn:
        return tr("Document type");
    case ConfidenceColumn:
        return tr("Confidence");
    default:
        return {};
    }
}
