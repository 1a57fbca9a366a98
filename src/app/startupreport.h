#pragma once

class QWidget;

// Measurement hook for docs/benchmarks.md, inert unless EBA_REPORT_STARTUP_MS is set: reports on
// stderr when `window` first showed a frame (and quits with EBA_EXIT_AFTER_SHOWN). Shared by the app
// and the bare-window baseline so both are measured by the same code.
void installStartupReportIfAsked(QWidget& window);
