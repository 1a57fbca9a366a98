#pragma once

#include <chrono>
#include <functional>

class QWidget;

// Runs `then` once, right after `window` has shown its first frame: when the first expose of its
// native window has been handled (Qt paints a window while handling its first expose), or when
// `fallback` has passed without one (a window started minimised or on another desktop is not exposed
// until the user looks at it). A zero `fallback` waits for the frame however long it takes. May be
// called before or after show(). Nothing runs if the window is destroyed first.
//
// The app uses it to show its main window before building the parts that need the database.
void runAfterFirstFrame(QWidget& window, std::function<void()> then,
                        std::chrono::milliseconds fallback = std::chrono::milliseconds(500));
