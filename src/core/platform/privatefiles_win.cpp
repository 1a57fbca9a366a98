#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <io.h>
#include <windows.h>

// The app's folders are under the user's profile (%APPDATA%, %LOCALAPPDATA%), whose access list
// grants the account itself, SYSTEM and administrators only, and files and folders created there
// inherit it. Nothing is widened here, so nothing needs narrowing either.
namespace PrivateFiles {

bool makeFolder(const QString& path)
{
    return QDir().mkpath(path);
}

bool restrict(const QString&)
{
    return true;
}

bool createFile(const QString& path)
{
    QFile file(path);
    return file.exists() || file.open(QIODevice::WriteOnly | QIODevice::NewOnly);
}

Secret readSecret(const QString& path)
{
    Secret secret;
    const QFileInfo info(path);
    if (info.isSymLink() || info.isJunction()) {
        secret.state = Secret::State::SymbolicLink;
        return secret;
    }
    if (!info.exists())
        return secret;
    if (!info.isFile()) {
        secret.state = Secret::State::NotARegularFile;
        return secret;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        secret.state = Secret::State::Unreadable;
        secret.error = file.errorString();
        return secret;
    }
    secret.content = file.readAll();
    secret.state = Secret::State::Private;
    return secret;
}

bool writeSecret(const QString& path, const QByteArray& content, QString* error)
{
    const QFileInfo target(path);
    QTemporaryFile temporary(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                             QStringLiteral("-XXXXXX"));
    if (!temporary.open() || temporary.write(content) != content.size() || !temporary.flush() ||
        !FlushFileBuffers(reinterpret_cast<HANDLE>(_get_osfhandle(temporary.handle())))) {
        *error = temporary.errorString();
        return false;
    }
    temporary.close();
    // Replaces a link at `path` itself, never what it points to.
    if (!MoveFileExW(
            reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(temporary.fileName()).utf16()),
            reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(target.absoluteFilePath()).utf16()),
            MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        *error = QStringLiteral("MoveFileEx failed (error %1)").arg(GetLastError());
        return false;
    }
    temporary.setAutoRemove(false);
    return true;
}

} // namespace PrivateFiles
