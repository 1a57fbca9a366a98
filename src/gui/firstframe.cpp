#include "firstframe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPointer>
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
        if (fallback.count() > 0)
            QTimer::singleShot(fallback, this, &FirstFrameWatcher::fire);
    }

    ~FirstFrameWatcher() override
    {
        if (QCoreApplication::instance())
            QCoreApplication::instance()->removeEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Expose && !m_frameSeen && watched == m_window.windowHandle() &&
            m_window.windowHandle()->isExposed()) {
            m_frameSeen = true;
            // Queued: runs once this expose, and the paint it triggers, have been handled.
            QMetaObject::invokeMethod(this, &FirstFrameWatcher::fire, Qt::QueuedConnection);
        }
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
    bool m_frameSeen = false;
    bool m_fired = false;
};

} // namespace

void runAfterFirstFrame(QWidget& window, std::function<void()> then, std::chrono::milliseconds fallback)
{
    new FirstFrameWatcher(window, std::move(then), fallback);
}
