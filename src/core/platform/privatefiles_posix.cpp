#include "privatefiles.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace PrivateFiles {
namespace {

constexpr mode_t PrivateFolderMode = S_IRWXU;         // 0700
constexpr mode_t PrivateFileMode = S_IRUSR | S_IWUSR; // 0600
constexpr mode_t OthersBits = S_IRWXG | S_IRWXO;      // 0077
// More than any token file could hold; a larger one is not read into memory.
constexpr qint64 MaxSecretBytes = 1024 * 1024;

QString systemError(int error)
{
    return QString::fromStdString(std::generic_category().message(error));
}

QString modeText(mode_t mode)
{
    return QStringLiteral("0%1").arg(mode & 0777, 3, 8, QLatin1Char('0'));
}

bool readAll(int fd, QByteArray* content)
{
    char buffer[4096];
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got == 0)
            return true;
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0 || content->size() + got > MaxSecretBytes)
            return false;
        content->append(buffer, got);
    }
}

bool writeAll(int fd, const QByteArray& content)
{
    qsizetype written = 0;
    while (written < content.size()) {
        const ssize_t done = ::write(fd, content.constData() + written, size_t(content.size() - written));
        if (done < 0 && errno == EINTR)
            continue;
        if (done <= 0)
            return false;
        written += done;
    }
    return true;
}

} // namespace

bool makeFolder(const QString& path)
{
    // Missing folders are made one by one from the first existing parent down, each for the user alone
    // (mkdir's mode passes through the umask, which may even take the user's own bits).
    QStringList missing;
    QString current = QFileInfo(path).absoluteFilePath();
    while (!QFileInfo::exists(current)) {
        missing.prepend(current);
        const QString parent = QFileInfo(current).path();
        if (parent == current)
            break;
        current = parent;
    }
    for (const QString& folder : std::as_const(missing)) {
        const QByteArray name = QFile::encodeName(folder);
        if (::mkdir(name.constData(), PrivateFolderMode) == 0)
            ::chmod(name.constData(), PrivateFolderMode);
        else if (errno != EEXIST)
            return false;
    }
    restrict(path);
    return QFileInfo(path).isDir();
}

bool restrict(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat status = {};
    if (::lstat(name.constData(), &status) != 0)
        return errno == ENOENT;
    if (S_ISLNK(status.st_mode) || (status.st_mode & OthersBits) == 0)
        return true;
    if (status.st_uid != ::geteuid())
        return false;
    // Only ever takes away: a folder the user made read-only stays read-only.
    return ::chmod(name.constData(), status.st_mode & S_IRWXU) == 0;
}

bool createFile(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    // O_EXCL with O_NOFOLLOW: never opens what is already there, a symbolic link included.
    const int fd =
        ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, PrivateFileMode);
    if (fd < 0)
        return errno == EEXIST&& restrict(path);
    const bool restricted = ::fchmod(fd, PrivateFileMode) == 0;
    ::close(fd);
    return restricted;
}

Secret readSecret(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    Secret secret;
    // O_NONBLOCK: opening a named pipe must not wait for a writer; it is refused below anyway.
    const int fd = ::open(name.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        const int error = errno;
        struct stat link = {};
        if (error == ENOENT)
            secret.state = Secret::State::Missing;
        else if (::lstat(name.constData(), &link) == 0 && S_ISLNK(link.st_mode))
            secret.state = Secret::State::SymbolicLink;
        else
            secret.state = Secret::State::Unreadable;
        secret.error = systemError(error);
        return secret;
    }
    struct stat status = {};
    if (::fstat(fd, &status) != 0) {
        secret.state = Secret::State::Unreadable;
        secret.error = systemError(errno);
    } else if (!S_ISREG(status.st_mode)) {
        secret.state = Secret::State::NotARegularFile;
    } else if (status.st_uid != ::geteuid()) {
        secret.state = Secret::State::NotOwned;
    } else if (!readAll(fd, &secret.content)) {
        secret.state = Secret::State::Unreadable;
        secret.error = systemError(errno == 0 ? EFBIG : errno);
        secret.content.clear();
    } else {
        secret.state =
            (status.st_mode & OthersBits) != 0 ? Secret::State::OpenToOthers : Secret::State::Private;
    }
    secret.mode = modeText(status.st_mode);
    ::close(fd);
    return secret;
}

bool writeSecret(const QString& path, const QByteArray& content, QString* error)
{
    const QFileInfo target(path);
    // A new file beside the target (mkostemp: mode 0600, never an existing name or link), complete
    // and on the disk before rename() puts it in the target's place: rename replaces a link itself.
    QByteArray temporary = QFile::encodeName(target.absolutePath() + QStringLiteral("/.") +
                                             target.fileName() + QStringLiteral("-XXXXXX"));
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
    if (fd < 0) {
        *error = systemError(errno);
        return false;
    }
    bool written = ::fchmod(fd, PrivateFileMode) == 0 && writeAll(fd, content) && ::fsync(fd) == 0;
    int failure = errno;
    written = ::close(fd) == 0 && written;
    if (written &&
        ::rename(temporary.constData(), QFile::encodeName(target.absoluteFilePath()).constData()) == 0) {
        // The rename itself reaches the disk with the folder.
        const int folder =
            ::open(QFile::encodeName(target.absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (folder >= 0) {
            ::fsync(folder);
            ::close(folder);
        }
        return true;
    }
    failure = written ? errno : failure;
    ::unlink(temporary.constData());
    *error = systemError(failure == 0 ? EIO : failure);
    return false;
}

} // namespace PrivateFiles
