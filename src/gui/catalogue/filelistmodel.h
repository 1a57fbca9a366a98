#pragma once

#include "core/catalogue/catalogue.h"
#include "gui/widgets/columntablemodel.h"

// The files of one batch, as getResults listed them.
class FileListModel final : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        DocumentTypeColumn,
        ConfidenceColumn,
        ColumnCount,
    };

    explicit FileListModel(QObject* parent = nullptr);

    void setFiles(const QList<FileRecord>& files);

private:
    // Everything here came from the server: one line each, IDs with look-alikes escaped, tooltips
    // as plain text.
    int entryCount() const override;
    QString cellText(int row, int column) const override;
    QVariant cellToolTip(int row, int column) const override;

    QList<FileRecord> m_files;
};
