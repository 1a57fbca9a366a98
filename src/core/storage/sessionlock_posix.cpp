#include "sessionlock.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

// flock(): the lock belongs to the open file, not to the process id, and conflicts with any other
// open of the file, in this process too; the system drops it when the last descriptor closes, which a
// process's end does. O_CLOEXEC keeps programs this one starts from inheriting it.

qintptr SessionLock::createHeld(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd =
        ::open(name.constData(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return -1;
    // Between creating and locking, a process sweeping the folder may have taken the new file for a
    // gone session's and removed it: the lock only counts on the file that bears the name.
    struct stat held = {};
    struct stat named = {};
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && ::fstat(fd, &held) == 0 &&
        ::stat(name.constData(), &named) == 0 && held.st_dev == named.st_dev && held.st_ino == named.st_ino)
        return fd;
    ::close(fd);
    return -1;
}

void SessionLock::releaseHeld(qintptr handle, const QString& path)
{
    // Removed while still locked, so that nobody finds it under its name unlocked.
    ::unlink(QFile::encodeName(path).constData());
    ::close(int(handle));
}

SessionLock::Probe SessionLock::probe(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        if (errno == ENOENT)
            return Probe::Missing;
        // Only a link (never made here) can stand where a session's file should; anything else that
        // cannot be opened is not judged gone.
        if (errno != ELOOP)
            return Probe::Held;
        ::unlink(name.constData());
        return Probe::Ended;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return Probe::Held;
    }
    ::unlink(name.constData());
    ::close(fd);
    return Probe::Ended;
}
