#include "filelistmodel.h"

#include "core/text/servertext.h"
#include "gui/widgets/plaintooltip.h"

#include <QLocale>

FileListModel::FileListModel(QObject* parent)
    : ColumnTableModel(
          {{tr("File")}, {tr("Status")}, {tr("Document type")}, {tr("Confidence"), Qt::AlignRight}}, parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
}

void FileListModel::setFiles(const QList<FileRecord>& files)
{
    beginResetModel();
    m_files = files;
    endResetModel();
}

int FileListModel::entryCount() const
{
    return static_cast<int>(m_files.size());
}

QString FileListModel::cellText(int row, int column) const
{
    const FileRecord& file = m_files.at(row);
    switch (column) {
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

QVariant FileListModel::cellToolTip(int row, int column) const
{
    if (column != NameColumn)
        return {};
    const FileRecord& file = m_files.at(row);
    return plainToolTip(file.fileId.isEmpty() ? tr("File ID: not known")
                                              : tr("File ID: %1").arg(ServerText::visibleId(file.fileId)));
}
