// InterruptWatcher on Windows: a console control handler. Windows runs it on a thread of its own, so
// it only posts to the watcher's thread.
#include "interruptwatcher.h"

#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <windows.h>

namespace {

QMutex watcherMutex;
InterruptWatcher* currentWatcher = nullptr; // guarded by watcherMutex
std::atomic<bool> caught{false};

BOOL WINAPI onConsoleControl(DWORD event)
{
    // Closing the console, logging off and shutting down end the process whatever a handler does.
    if (event != CTRL_C_EVENT && event != CTRL_BREAK_EVENT)
        return FALSE;
    // The second interrupt goes on to the default handler, which ends the process at once.
    if (caught.exchange(true))
        return FALSE;
    const QMutexLocker lock(&watcherMutex);
    if (!currentWatcher)
        return FALSE;
    // Queued: runs on the watcher's thread, and not at all once the watcher is gone.
    QMetaObject::invokeMethod(currentWatcher, "report", Qt::QueuedConnection);
    return TRUE;
}

} // namespace

InterruptWatcher::InterruptWatcher(QObject* parent)
    : QObject(parent)
{
    const QMutexLocker lock(&watcherMutex);
    if (currentWatcher) {
        qWarning("InterruptWatcher: only one watcher at a time; this one watches nothing");
        return;
    }
    caught = false;
    if (!SetConsoleCtrlHandler(onConsoleControl, TRUE))
        return;
    currentWatcher = this;
    m_active = true;
}

InterruptWatcher::~InterruptWatcher()
{
    if (!m_active)
        return;
    {
        const QMutexLocker lock(&watcherMutex);
        currentWatcher = nullptr;
    }
    SetConsoleCtrlHandler(onConsoleControl, FALSE);
}

bool InterruptWatcher::wasInterrupted() const
{
    return m_active && caught.load();
}

void InterruptWatcher::endProcess()
{
    // Windows has no signal to raise again; 130 is what POSIX shells show for Ctrl+C.
    std::fflush(nullptr);
    std::_Exit(130);
}
