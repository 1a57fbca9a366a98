#pragma once

#include <chrono>
#include <functional>

class QWidget;

// Runs `then` once, right after `window` has shown its first frame: when the first expose of its
// native window has been handled (Qt paints a window while handling its first expose), or when
// `fallback` has passed without one, counted from the event loop's first turn after the call (a
// window started minimised or on another desktop is not exposed until the user looks at it). A zero
// `fallback` waits for the frame however long it takes. May be called before or after show(); for a
// window already exposed it runs on the event loop's next turn. Nothing runs if the window is
// destroyed first.
//
// The frame counts as shown once Qt has painted and flushed it. On macOS the window server may put
// it on the screen only at the end of that run-loop pass (not checked: this project is built and
// tested on Linux).
//
// The app uses it to show its main window before building the parts that need the database.
void runAfterFirstFrame(QWidget& window, std::function<void()> then,
                        std::chrono::milliseconds fallback = std::chrono::milliseconds(500));
