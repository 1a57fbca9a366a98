#pragma once

// POSIX file permissions for the tests that check who may read the app's files.
#include <QFile>
#include <QString>

#ifdef Q_OS_UNIX
#include <sys/stat.h>

// The permission bits of `path` (following a link), or -1 when there is nothing.
inline int modeOf(const QString& path)
{
    struct stat status = {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 07777) : -1;
}

inline bool setModeOf(const QString& path, int mode)
{
    return ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}

// Sets this process's umask (inherited by the programs it starts) for as long as it lives.
class Umask
{
public:
    explicit Umask(int mask)
        : m_previous(::umask(mode_t(mask)))
    {}
    ~Umask()
    {
        ::umask(m_previous);
    }
    Umask(const Umask&) = delete;
    Umask& operator=(const Umask&) = delete;

private:
    mode_t m_previous;
};
#endif
