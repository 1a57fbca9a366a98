#pragma once

#include "core/connections/environmenttype.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

// The colour of each environment, for the light and the dark palette: Production red, Staging amber,
// Development green, Demo purple. Colour is never the only sign: every view that uses these also
// says the environment in words. The text colour is checked against its background (WCAG 4.5:1).
namespace EnvironmentLook {

struct Colors
{
    QColor background;
    QColor text;
    QColor border;
};

// The band's colours for `type` on a window with `palette` (a dark palette gets darker shades, so
// that the band does not glare).
Colors colors(EnvironmentType type, const QPalette& palette);
// A small square of the environment's colour with a border that stands out from the palette's
// base colour (3:1), for lists and combo boxes, next to the environment's name.
QIcon chip(EnvironmentType type, const QPalette& palette, int size);

} // namespace EnvironmentLook
