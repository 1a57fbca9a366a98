#pragma once

#include <QtGlobal>

// This process's memory as the kernel counts it (Linux /proc; -1 elsewhere), for tests that prove a
// stream of any length leaves memory flat. A child process is measured with tests/tools/eba-peakrss.
namespace ProcessMemory {

// Resident set size now, in KiB.
qint64 currentRssKiB();
// The largest resident set size so far (VmHWM), in KiB.
qint64 peakRssKiB();
// Starts peakRssKiB() again from the current size; false where the kernel does not allow it.
bool resetPeak();
// False in a build with AddressSanitizer, whose quarantine keeps freed memory resident on purpose: a
// process's peak then says little about what the program itself held, and memory bounds cannot hold.
bool measuresWhatIsHeld();

} // namespace ProcessMemory
