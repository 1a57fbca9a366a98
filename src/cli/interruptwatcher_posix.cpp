// InterruptWatcher on POSIX systems: SIGINT and SIGTERM are caught with sigaction(); the handler
// writes one byte to a pipe, which a QSocketNotifier reads on the watcher's thread.
#include "interruptwatcher.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

namespace {

constexpr int WatchedSignals[] = {SIGINT, SIGTERM};
constexpr int WatchedCount = 2;

// Shared with the signal handler, which may run on any thread of the process.
int pipeFds[2] = {-1, -1};                   // [0] read by the watcher, [1] written by the handler
volatile std::sig_atomic_t caughtSignal = 0; // the first signal caught; 0 while none
struct sigaction previous[WatchedCount];     // the handling in force before the watcher
volatile std::sig_atomic_t installed[WatchedCount] = {0, 0};
bool watcherExists = false;

extern "C" void onSignal(int signal)
{
    // Only async-signal-safe calls here: sigaction() and write().
    const int savedErrno = errno;
    if (caughtSignal == 0)
        caughtSignal = signal;
    // The next interrupt meets the previous handling (the default: the process ends at once).
    for (int i = 0; i < WatchedCount; ++i) {
        if (installed[i])
            sigaction(WatchedSignals[i], &previous[i], nullptr);
    }
    const char byte = 1;
    // Non-blocking: when the pipe is full, a byte is already waiting to be read.
    [[maybe_unused]] const ssize_t written = write(pipeFds[1], &byte, 1);
    errno = savedErrno;
}

bool makePipe()
{
    if (pipe(pipeFds) != 0)
        return false;
    for (const int fd : pipeFds) {
        const int flags = fcntl(fd, F_GETFL);
        if (flags < 0 || fcntl(fd, F_SETFL, flags | O_NONBLOCK) != 0 || fcntl(fd, F_SETFD, FD_CLOEXEC) != 0) {
            close(pipeFds[0]);
            close(pipeFds[1]);
            pipeFds[0] = pipeFds[1] = -1;
            return false;
        }
    }
    return true;
}

} // namespace

InterruptWatcher::InterruptWatcher(QObject* parent)
    : QObject(parent)
{
    if (watcherExists) {
        qWarning("InterruptWatcher: only one watcher at a time; this one watches nothing");
        return;
    }
    if (!makePipe()) {
        qWarning("InterruptWatcher: no pipe for the signal handler; interrupts keep their default handling");
        return;
    }
    watcherExists = true;
    caughtSignal = 0;
    m_notifier = new QSocketNotifier(pipeFds[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char buffer[16];
        while (read(pipeFds[0], buffer, sizeof buffer) > 0) {
        }
        report();
    });

    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    for (const int signal : WatchedSignals)
        sigaddset(&action.sa_mask, signal);
    // Interrupted system calls (a write to a full pipe, a disk write of the audit trail) go on as if
    // nothing happened; the event loop wakes up through the pipe.
    action.sa_flags = SA_RESTART;
    for (int i = 0; i < WatchedCount; ++i) {
        // A signal ignored from the start (a background job of a script) stays ignored.
        if (sigaction(WatchedSignals[i], nullptr, &previous[i]) != 0 || previous[i].sa_handler == SIG_IGN)
            continue;
        installed[i] = sigaction(WatchedSignals[i], &action, nullptr) == 0 ? 1 : 0;
        m_active = m_active || installed[i] != 0;
    }
}

InterruptWatcher::~InterruptWatcher()
{
    if (!watcherExists || !m_notifier)
        return;
    // The handler must be gone before the pipe it writes to.
    for (int i = 0; i < WatchedCount; ++i) {
        if (installed[i])
            sigaction(WatchedSignals[i], &previous[i], nullptr);
        installed[i] = 0;
    }
    delete m_notifier;
    m_notifier = nullptr;
    close(pipeFds[0]);
    close(pipeFds[1]);
    pipeFds[0] = pipeFds[1] = -1;
    watcherExists = false;
}

bool InterruptWatcher::wasInterrupted() const
{
    return m_active && caughtSignal != 0;
}

void InterruptWatcher::endProcess()
{
    const int signal = caughtSignal != 0 ? static_cast<int>(caughtSignal) : SIGINT;
    std::fflush(nullptr);
    struct sigaction defaults = {};
    defaults.sa_handler = SIG_DFL;
    sigemptyset(&defaults.sa_mask);
    sigaction(signal, &defaults, nullptr);
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, signal);
    pthread_sigmask(SIG_UNBLOCK, &unblock, nullptr);
    raise(signal);
    // Not reached unless the signal could not end the process.
    std::_Exit(128 + signal);
}
