#include "startupreport.h"

#include <QCoreApplication>
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

const char* const ReportName = "eba-startup-report";

// Since the process started, per the start time in /proc/self/stat (10 ms resolution); -1 where
// unknown.
double msSinceProcessStart()
{
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
            return (double(boot.tv_sec) + boot.tv_nsec / 1e9 - startSeconds) * 1000.0;
        }
    }
#endif
    return -1;
}

// Reports, once each:
//   eba-startup: shown <ms> ms after process start; monotonic <ns> ns
//   eba-startup: complete <ms> ms after process start; monotonic <ns> ns
// "shown" once the window's first expose, and the first paint it triggers, have been handled;
// "complete" once the first frame with the complete contents has been painted (for a window whose
// first frame is complete, right after "shown"). <ns> is CLOCK_MONOTONIC, so that a benchmark that
// noted the clock before starting the process can compute the exact figure.
class StartupReport final : public QObject
{
public:
    StartupReport(QWidget& window, StartupContents contents, std::function<void(const QByteArray&)> print)
        : QObject(&window)
        , m_window(window)
        , m_print(std::move(print))
        , m_contentsBuilt(contents == StartupContents::InFirstFrame)
    {
        setObjectName(QLatin1String(ReportName));
        QCoreApplication::instance()->installEventFilter(this);
    }

    ~StartupReport() override
    {
        if (QCoreApplication::instance())
            QCoreApplication::instance()->removeEventFilter(this);
    }

    void contentsBuilt()
    {
        if (m_contentsBuilt)
            return;
        m_contentsBuilt = true;
        // Built before the first expose, they are in the first frame; after, they are in the frame
        // painted when the window handles its next update request.
        m_contentsFrameAwaited = m_exposed;
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Expose && !m_exposed && watched == m_window.windowHandle() &&
            m_window.windowHandle()->isExposed()) {
            m_exposed = true;
            // Runs once this expose, and the paint it triggers, have been handled: posted with a high
            // priority, ahead of whatever else (the app's second step) was queued on this expose.
            QCoreApplication::postEvent(this, new QEvent(ShownEvent), Qt::HighEventPriority);
        } else if (event->type() == QEvent::UpdateRequest && m_contentsFrameAwaited && m_shownReported &&
                   watched == &m_window) {
            m_contentsFrameAwaited = false;
            QCoreApplication::postEvent(this, new QEvent(CompleteEvent), Qt::HighEventPriority);
        }
        return false;
    }

    bool event(QEvent* event) override
    {
        if (event->type() == ShownEvent) {
            m_shownReported = true;
            report("shown");
            if (m_contentsBuilt && !m_contentsFrameAwaited)
                complete();
            return true;
        }
        if (event->type() == CompleteEvent) {
            complete();
            return true;
        }
        return QObject::event(event);
    }

private:
    static constexpr QEvent::Type ShownEvent = QEvent::Type(QEvent::User + 1);
    static constexpr QEvent::Type CompleteEvent = QEvent::Type(QEvent::User + 2);

    void complete()
    {
        report("complete");
        QCoreApplication::instance()->removeEventFilter(this);
        if (qEnvironmentVariableIsSet("EBA_EXIT_AFTER_SHOWN"))
            QCoreApplication::exit(0);
    }

    void report(const char* what)
    {
        const long long monotonicNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                          std::chrono::steady_clock::now().time_since_epoch())
                                          .count();
        m_print(QByteArray("eba-startup: ") + what + ' ' + QByteArray::number(msSinceProcessStart(), 'f', 1) +
                " ms after process start; monotonic " + QByteArray::number(monotonicNs) + " ns\n");
    }

    QWidget& m_window;
    std::function<void(const QByteArray&)> m_print;
    bool m_contentsBuilt;
    bool m_contentsFrameAwaited = false;
    bool m_exposed = false;
    bool m_shownReported = false;
};

} // namespace

void installStartupReport(QWidget& window, StartupContents contents,
                          std::function<void(const QByteArray& line)> print)
{
    new StartupReport(window, contents, std::move(print));
}

void installStartupReportIfAsked(QWidget& window, StartupContents contents)
{
    if (!qEnvironmentVariableIsSet("EBA_REPORT_STARTUP_MS"))
        return;
    installStartupReport(window, contents, [](const QByteArray& line) {
        std::fputs(line.constData(), stderr);
        std::fflush(stderr);
    });
}

void reportStartupContentsBuilt(QWidget& window)
{
    auto* report = dynamic_cast<StartupReport*>(
        window.findChild<QObject*>(QLatin1String(ReportName), Qt::FindDirectChildrenOnly));
    if (report)
        report->contentsBuilt();
}
