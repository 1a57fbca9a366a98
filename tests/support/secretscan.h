#pragma once

#include <QByteArray>
#include <QStringList>

// For tests that prove a secret never reaches the disk: the files below a folder (hidden ones and
// those of subfolders included, such as SQLite's -wal and -shm) that hold `bytes` anywhere.
namespace SecretScan {

QStringList filesContaining(const QString& folder, const QByteArray& bytes);

} // namespace SecretScan
