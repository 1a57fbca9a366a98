#include "windowminimumsize.h"

#include <QEvent>
#include <QHeaderView>
#include <QLayout>
#include <QStyle>
#include <QTableView>
#include <QWidget>

namespace {

void applyMinimumSize(QWidget* window, int minimumWidth)
{
    const QLayout* layout = window->layout();
    if (!layout)
        return;
    const QSize least = layout->totalMinimumSize();
    const int width = qMax(minimumWidth, least.width());
    const int height = layout->hasHeightForWidth()
                           ? qMax(least.height(), layout->totalMinimumHeightForWidth(width))
                           : least.height();
    window->setMinimumSize(width, height);
}

// A layout request reaches the window whenever something in it asks for another size (a label got
// a longer text, a row appeared); the minimum follows before the layout is redone.
class MinimumSizeKeeper final : public QObject
{
public:
    MinimumSizeKeeper(QWidget* window, int minimumWidth)
        : QObject(window)
        , m_minimumWidth(minimumWidth)
    {}

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            applyMinimumSize(static_cast<QWidget*>(watched), m_minimumWidth);
        return false;
    }

private:
    int m_minimumWidth;
};

class MinimumHeightKeeper final : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Resize) {
            auto* part = static_cast<QWidget*>(watched);
            if (const QLayout* layout = part->layout(); layout && layout->hasHeightForWidth())
                part->setMinimumHeight(layout->totalMinimumHeightForWidth(part->width()));
        }
        return false;
    }
};

} // namespace

void keepMinimumHeightFittingContents(QWidget* part)
{
    part->installEventFilter(new MinimumHeightKeeper(part));
}

void keepMinimumSizeFittingContents(QWidget* window, int minimumWidth)
{
    window->installEventFilter(new MinimumSizeKeeper(window, minimumWidth));
    if (QLayout* layout = window->layout())
        layout->activate();
    applyMinimumSize(window, minimumWidth);
}

void keepRowsInSight(QTableView* view, int rows)
{
    const QHeaderView* header = view->horizontalHeader();
    view->setMinimumHeight((header->isHidden() ? 0 : header->sizeHint().height()) +
                           rows * view->verticalHeader()->defaultSectionSize() + 2 * view->frameWidth() +
                           view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, view));
}
