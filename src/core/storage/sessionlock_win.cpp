#include "sessionlock.h"

#include <QDir>

#include <windows.h>

// LockFileEx(): the system drops the lock when the handle closes, which a process's end does. The
// holder opens its file delete-on-close, so that the file goes with the handle, however the process
// ends; a probe that still finds one unlocked removes it.

namespace {

const wchar_t* nativePath(const QString& path)
{
    return reinterpret_cast<const wchar_t*>(path.utf16());
}

bool lockAtOnce(HANDLE handle)
{
    OVERLAPPED start = {};
    return LockFileEx(handle, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &start);
}

constexpr DWORD ShareAll = FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE;

} // namespace

qintptr SessionLock::createHeld(const QString& path)
{
    const QString native = QDir::toNativeSeparators(path);
    const HANDLE handle =
        CreateFileW(nativePath(native), GENERIC_READ | GENERIC_WRITE | DELETE, ShareAll, nullptr, CREATE_NEW,
                    FILE_ATTRIBUTE_NORMAL | FILE_FLAG_DELETE_ON_CLOSE, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return -1;
    if (!lockAtOnce(handle)) {
        CloseHandle(handle);
        return -1;
    }
    return reinterpret_cast<qintptr>(handle);
}

void SessionLock::releaseHeld(qintptr handle, const QString&)
{
    CloseHandle(reinterpret_cast<HANDLE>(handle));
}

SessionLock::Probe SessionLock::probe(const QString& path)
{
    const QString native = QDir::toNativeSeparators(path);
    const HANDLE handle = CreateFileW(nativePath(native), GENERIC_READ, ShareAll, nullptr, OPEN_EXISTING,
                                      FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        const DWORD error = GetLastError();
        // Anything else that cannot be opened (a file pending deletion included) is not judged gone
        // now; the next opener asks again.
        return error == ERROR_FILE_NOT_FOUND || error == ERROR_PATH_NOT_FOUND ? Probe::Missing : Probe::Held;
    }
    const bool taken = lockAtOnce(handle);
    CloseHandle(handle);
    if (!taken)
        return Probe::Held;
    DeleteFileW(nativePath(native));
    return Probe::Ended;
}
