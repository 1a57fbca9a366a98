#include "firstframe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace {

// Watches the whole application's events until the frame: the native window a QWidget gets only
// exists once it is shown, so a filter on it could not be installed before show().
class FirstFrameWatcher final : public QObject
{
public:
    FirstFrameWatcher(QWidget& window, std::function<void()> then, std::chrono::milliseconds fallback)
        : QObject(&window)
        , m_window(window)
        , m_then(std::move(then))
    {
        QCoreApplication::instance()->installEventFilter(this);
        // Already on the screen: its first frame is painted.
        if (window.windowHandle() && window.windowHandle()->isExposed())
            QMetaObject::invokeMethod(this, &FirstFrameWatcher::fire, Qt::QueuedConnection);
        // Counted from the event loop's first turn, not from the call: a slow show() (fontconfig
        // building its cache on a first start) must not let the fallback overtake the frame.
        if (fallback.count() > 0) {
            QMetaObject::invokeMethod(
                this, [this, fallback] { QTimer::singleShot(fallback, this, &FirstFrameWatcher::fire); },
                Qt::QueuedConnection);
        }
    }

    ~FirstFrameWatcher() override
    {
        if (QCoreApplication::instance())
            QCoreApplication::instance()->removeEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // Queued: runs once this expose, and the paint it triggers, have been handled (a second
        // expose before that queues a call that finds it done).
        if (event->type() == QEvent::Expose && watched == m_window.windowHandle() &&
            m_window.windowHandle()->isExposed())
            QMetaObject::invokeMethod(this, &FirstFrameWatcher::fire, Qt::QueuedConnection);
        return false;
    }

private:
    void fire()
    {
        if (m_fired)
            return;
        m_fired = true;
        QCoreApplication::instance()->removeEventFilter(this);
        deleteLater();
        m_then();
    }

    QWidget& m_window;
    std::function<void()> m_then;
    bool m_fired = false;
};

} // namespace

void runAfterFirstFrame(QWidget& window, std::function<void()> then, std::chrono::milliseconds fallback)
{
    new FirstFrameWatcher(window, std::move(then), fallback);
}
