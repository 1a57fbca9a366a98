#include "windowminimumsize.h"

#include <QLayout>
#include <QWidget>

void setMinimumSizeToFitContents(QWidget* window, int minimumWidth)
{
    QLayout* layout = window->layout();
    if (!layout)
        return;
    layout->invalidate();
    const QSize least = layout->totalMinimumSize();
    const int width = qMax(minimumWidth, least.width());
    const int height = layout->hasHeightForWidth()
                           ? qMax(least.height(), layout->totalMinimumHeightForWidth(width))
                           : least.height();
    window->setMinimumSize(width, height);
}
