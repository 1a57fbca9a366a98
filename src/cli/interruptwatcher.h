#pragma once

#include <QObject>

class QSocketNotifier;

// Turns Ctrl+C (SIGINT) and SIGTERM — on Windows Ctrl+C and Ctrl+Break — into the Qt signal
// interrupted(), delivered on the thread that created the watcher, so that a run can wind down instead
// of dying halfway. What winding down means is up to the caller; the watcher only reports.
//
// Only the first interrupt is reported. From then on the handling that was in force before is back
// (the system's default in this tool), so a second Ctrl+C ends the process at once. An interrupt that
// was ignored when the watcher was made (a job started in the background by a script) stays ignored.
// Destroying the watcher restores the previous handling too. One watcher at a time per process.
//
// The platform code lives in interruptwatcher_posix.cpp (a self-pipe written by the signal handler,
// read through a QSocketNotifier) and interruptwatcher_win.cpp (a console control handler, which runs
// on a thread of its own and posts to the watcher's thread).
class InterruptWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit InterruptWatcher(QObject* parent = nullptr);
    ~InterruptWatcher() override;
    InterruptWatcher(const InterruptWatcher&) = delete;
    InterruptWatcher& operator=(const InterruptWatcher&) = delete;

    // False when the handler could not be installed (or another watcher exists): interrupts then keep
    // their previous handling.
    bool isActive() const;
    // True once an interrupt arrived, even before interrupted() was delivered.
    bool wasInterrupted() const;

    // Ends the process the way the first interrupt would have ended it had nobody caught it: on POSIX
    // by that signal again, with its default handling, so that the shell reports 128+N (130 for
    // Ctrl+C, 143 for SIGTERM) and a shell script that ran this tool stops as well instead of going on
    // with its next command; on Windows with exit code 130. Flushes standard output and error first.
    // Call it last, once everything is written and closed.
    [[noreturn]] static void endProcess();

signals:
    void interrupted();

private:
    // Emits interrupted() the first time. Invokable for the Windows handler, which posts it.
    Q_INVOKABLE void report();

    bool m_active = false;
    bool m_reported = false;
    QSocketNotifier* m_notifier = nullptr; // POSIX only
};
