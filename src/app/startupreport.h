#pragma once

#include <QByteArray>

#include <functional>

class QWidget;

// Measurement hook for docs/benchmarks.md, inert unless EBA_REPORT_STARTUP_MS is set. Reports on
// stderr when `window` showed its first frame and when it showed its complete contents, and with
// EBA_EXIT_AFTER_SHOWN quits after the latter. Shared by the app and the bare-window baseline so both
// are measured by the same code.
enum class StartupContents
{
    InFirstFrame, // the first frame is the complete window
    Later,        // the window builds its contents after its first frame and then calls
                  // reportStartupContentsBuilt()
};
void installStartupReportIfAsked(QWidget& window, StartupContents contents = StartupContents::InFirstFrame);
// The window's contents are built; the next frame it paints shows them.
void reportStartupContentsBuilt(QWidget& window);

// The same report, always on, each line handed to `print` instead of stderr (for tests).
void installStartupReport(QWidget& window, StartupContents contents,
                          std::function<void(const QByteArray& line)> print);
