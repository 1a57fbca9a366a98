#include "startupreport.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>
#include <QWindow>

#include <chrono>
#include <cstdio>

#ifdef Q_OS_LINUX
#include <QFile>

#include <ctime>
#include <unistd.h>
#endif

namespace {

// Prints to stderr, once, when the main window has been exposed and its first frame handled:
//   eba-startup: shown <ms> ms after process start; monotonic <ns> ns
// <ms> comes from the start time in /proc/self/stat (10 ms resolution; -1 where unknown); <ns> is
// CLOCK_MONOTONIC, so that a benchmark that noted the clock before starting the process can compute
// the exact figure. With EBA_EXIT_AFTER_SHOWN set as well the application then quits.
class StartupReport final : public QObject
{
public:
    explicit StartupReport(QWidget& window)
        : QObject(&window)
        , m_window(window)
    {}

    static void installIfAsked(QWidget& window)
    {
        if (qEnvironmentVariableIsSet("EBA_REPORT_STARTUP_MS"))
            qApp->installEventFilter(new StartupReport(window));
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Expose && !m_reported && watched == m_window.windowHandle() &&
            m_window.windowHandle()->isExposed()) {
            m_reported = true;
            // Queued: runs once the expose (and the first paint it triggers) has been handled.
            QMetaObject::invokeMethod(this, &StartupReport::report, Qt::QueuedConnection);
        }
        return false;
    }

private:
    void report()
    {
        const long long monotonicNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                          std::chrono::steady_clock::now().time_since_epoch())
                                          .count();
        double sinceStartMs = -1;
#ifdef Q_OS_LINUX
        timespec boot{};
        clock_gettime(CLOCK_BOOTTIME, &boot);
        QFile stat(QStringLiteral("/proc/self/stat"));
        if (stat.open(QIODevice::ReadOnly)) {
            // Field 22, counted after the ")" that ends the command name (which may contain spaces).
            const QByteArray line = stat.readAll();
            const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
            if (fields.size() > 19) {
                const double startSeconds = fields.at(19).toDouble() / double(sysconf(_SC_CLK_TCK));
                sinceStartMs = (double(boot.tv_sec) + boot.tv_nsec / 1e9 - startSeconds) * 1000.0;
            }
        }
#endif
        std::fprintf(stderr, "eba-startup: shown %.1f ms after process start; monotonic %lld ns\n",
                     sinceStartMs, monotonicNs);
        std::fflush(stderr);
        qApp->removeEventFilter(this);
        if (qEnvironmentVariableIsSet("EBA_EXIT_AFTER_SHOWN"))
            QCoreApplication::exit(0);
    }

    QWidget& m_window;
    bool m_reported = false;
};

} // namespace

void installStartupReportIfAsked(QWidget& window)
{
    StartupReport::installIfAsked(window);
}
