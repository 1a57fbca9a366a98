#pragma once

#include <QString>

// A process's claim on the audit entries it writes, which ends with the process however it ends (a
// crash or kill -9 included): a file of its own, <folder>/<id>.lock, held open under an exclusive lock
// that the system drops when the process ends (flock on POSIX, LockFileEx on Windows). Another
// process can then tell a session whose process is gone from one still waiting for an answer. No
// process id is involved, so a reused one never makes a gone session look alive, and no age: a
// session lives as long as its process.
class SessionLock final
{
public:
    SessionLock() = default;
    ~SessionLock();
    SessionLock(const SessionLock&) = delete;
    SessionLock& operator=(const SessionLock&) = delete;

    // Starts a session with a new random id in `folder` (created for the user alone when missing), and
    // first removes the files of sessions whose process is gone. False when no lock could be held.
    bool acquire(const QString& folder);
    // Ends the session: its lock is released and its file removed.
    void release();
    bool isHeld() const;
    QString id() const;
    QString folder() const;

    // Whether the process of session `id` in `folder` is gone: its file is missing, or its lock could
    // be taken (the leftover file is then removed). An id that is not one this class makes counts as
    // gone, and no file is touched for it.
    static bool hasEnded(const QString& folder, const QString& id);

private:
    enum class Probe
    {
        Held,    // another open file holds the lock: its process runs
        Ended,   // the lock could be taken: the process is gone (the file was removed)
        Missing, // no such file
    };
    // What is platform-specific (sessionlock_posix.cpp, sessionlock_win.cpp).
    // Creates `path`, which must not exist, and holds its lock; a handle, or -1.
    static qintptr createHeld(const QString& path);
    // Releases a lock made by createHeld() and removes its file.
    static void releaseHeld(qintptr handle, const QString& path);
    static Probe probe(const QString& path);

    static bool isSessionId(const QString& id);
    static QString pathOf(const QString& folder, const QString& id);
    static void removeEnded(const QString& folder);

    QString m_folder;
    QString m_id;
    qintptr m_handle = -1;
};
