#include "secretscan.h"

#include <QDirIterator>
#include <QFile>

namespace SecretScan {

QStringList filesContaining(const QString& folder, const QByteArray& bytes)
{
    QStringList holding;
    QDirIterator files(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(bytes))
            holding << file.fileName();
    }
    return holding;
}

} // namespace SecretScan
