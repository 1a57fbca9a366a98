#pragma once

class QTableView;
class QWidget;

// Keeps a window from being made smaller than its contents need, from now on. Qt drops a window's
// minimum size as soon as its layout holds a label that wraps (whose height depends on its width),
// so such a window could be shrunk until labels are clipped and buttons cut their text. This keeps
// an explicit minimum instead, updated whenever the contents change: at least `minimumWidth` and
// the layout's own minimum width, and the height the contents need at that width (wider, they need
// no more).
void keepMinimumSizeFittingContents(QWidget* window, int minimumWidth = 0);

// The same for a part of a window (a panel in a splitter, a central widget): its minimum height
// follows the height its contents need at the width it has, so that a label wrapping into more
// lines as the window narrows pushes the window's minimum up instead of pushing a table out of
// sight.
void keepMinimumHeightFittingContents(QWidget* part);

// However small its window gets, `view` keeps room for its header, `rows` rows and a horizontal
// scroll bar; the rest scrolls.
void keepRowsInSight(QTableView* view, int rows);
