#include "startupreport.h"

#include "firstframe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

#include <chrono>
#include <cstdio>

#ifdef Q_OS_LINUX
#include <QFile>

#include <ctime>
#include <unistd.h>
#endif

namespace {

const char* const ReportName = "eba-startup-report";

// Prints to stderr, once each:
//   eba-startup: shown <ms> ms after process start; monotonic <ns> ns
//   eba-startup: complete <ms> ms after process start; monotonic <ns> ns
// "shown" once the window's first frame has been handled, "complete" once the first frame with its
// complete contents has (for a window whose first frame is complete, both at once). <ms> comes from
// the start time in /proc/self/stat (10 ms resolution; -1 where unknown); <ns> is CLOCK_MONOTONIC, so
// that a benchmark that noted the clock before starting the process can compute the exact figure.
class StartupReport final : public QObject
{
public:
    StartupReport(QWidget& window, StartupContents contents)
        : QObject(&window)
        , m_window(window)
        , m_contents(contents)
    {
        setObjectName(QLatin1String(ReportName));
        // No fallback: a measurement waits for the real frame.
        runAfterFirstFrame(
            window, [this] { shown(); }, std::chrono::milliseconds(0));
    }

    void contentsBuilt()
    {
        if (m_contents != StartupContents::Later || m_contentsBuilt)
            return;
        m_contentsBuilt = true;
        // Built before the first frame, they are in it; after, building them asked for a repaint,
        // done when the window handles that request.
        if (m_shown)
            QCoreApplication::instance()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == &m_window && event->type() == QEvent::UpdateRequest) {
            QCoreApplication::instance()->removeEventFilter(this);
            // Queued: runs once the repaint has been handled.
            QMetaObject::invokeMethod(this, &StartupReport::complete, Qt::QueuedConnection);
        }
        return false;
    }

private:
    void shown()
    {
        m_shown = true;
        print("shown");
        if (m_contents == StartupContents::InFirstFrame || m_contentsBuilt)
            complete();
    }

    void complete()
    {
        print("complete");
        if (qEnvironmentVariableIsSet("EBA_EXIT_AFTER_SHOWN"))
            QCoreApplication::exit(0);
    }

    static void print(const char* what)
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
        std::fprintf(stderr, "eba-startup: %s %.1f ms after process start; monotonic %lld ns\n", what,
                     sinceStartMs, monotonicNs);
        std::fflush(stderr);
    }

    QWidget& m_window;
    const StartupContents m_contents;
    bool m_shown = false;
    bool m_contentsBuilt = false;
};

} // namespace

void installStartupReportIfAsked(QWidget& window, StartupContents contents)
{
    if (qEnvironmentVariableIsSet("EBA_REPORT_STARTUP_MS"))
        new StartupReport(window, contents);
}

void reportStartupContentsBuilt(QWidget& window)
{
    auto* report = dynamic_cast<StartupReport*>(
        window.findChild<QObject*>(QLatin1String(ReportName), Qt::FindDirectChildrenOnly));
    if (report)
        report->contentsBuilt();
}
