#pragma once

class QWidget;

// Keeps a window from being made smaller than its contents need. Qt drops a window's minimum size
// as soon as its layout holds a label that wraps (whose height depends on its width), so such a
// window could be shrunk until labels are clipped and buttons cut their text. This sets an explicit
// minimum instead: at least `minimumWidth` and the layout's own minimum width, and the height the
// contents need at that width (wider, they need no more). Call it again when the contents change.
void setMinimumSizeToFitContents(QWidget* window, int minimumWidth = 0);
