#include "interruptwatcher.h"

// The parts that do not depend on the platform; the rest is in interruptwatcher_posix.cpp or
// interruptwatcher_win.cpp.

bool InterruptWatcher::isActive() const
{
    return m_active;
}

void InterruptWatcher::report()
{
    // Only the first interrupt is reported: a second one meets the previous handling.
    if (m_reported)
        return;
    m_reported = true;
    emit interrupted();
}
