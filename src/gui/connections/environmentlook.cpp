#include "environmentlook.h"

#include "gui/widgets/readablecolors.h"

#include <QPainter>
#include <QPixmap>

namespace EnvironmentLook {

namespace {

// WCAG 2 minimum contrast for graphical objects: a shape someone can make out.
constexpr double MinShapeContrast = 3.0;

struct Shades
{
    QColor background;
    QColor preferredText;
    QColor border;
};

// Light themes: a strong band with white or black text. Dark themes: a deep shade of the same hue
// with light text.
Shades shades(EnvironmentType type, bool dark)
{
    switch (type) {
    case EnvironmentType::Production:
        return dark ? Shades{QColor(0x7f, 0x1d, 0x1d), QColor(0xff, 0xe4, 0xe1), QColor(0xef, 0x53, 0x50)}
                    : Shades{QColor(0xb4, 0x23, 0x18), Qt::white, QColor(0x7f, 0x13, 0x0c)};
    case EnvironmentType::Staging:
        return dark ? Shades{QColor(0x5c, 0x43, 0x00), QColor(0xff, 0xe0, 0x8a), QColor(0xd9, 0xa4, 0x00)}
                    : Shades{QColor(0xf6, 0xc3, 0x44), QColor(0x2e, 0x22, 0x00), QColor(0xb0, 0x80, 0x00)};
    case EnvironmentType::Development:
        return dark ? Shades{QColor(0x1b, 0x4d, 0x25), QColor(0xd4, 0xf5, 0xd8), QColor(0x5c, 0xb8, 0x6a)}
                    : Shades{QColor(0x2e, 0x7d, 0x32), Qt::white, QColor(0x1b, 0x5e, 0x20)};
    case EnvironmentType::Demo:
        break;
    }
    return dark ? Shades{QColor(0x4a, 0x23, 0x7a), QColor(0xee, 0xe2, 0xff), QColor(0xa7, 0x7b, 0xe0)}
                : Shades{QColor(0x6a, 0x1b, 0x9a), Qt::white, QColor(0x4a, 0x12, 0x6b)};
}

} // namespace

Colors colors(EnvironmentType type, const QPalette& palette)
{
    const Shades chosen = shades(type, ReadableColors::isDark(palette));
    return {chosen.background, ReadableColors::readableOn(chosen.preferredText, chosen.background),
            chosen.border};
}

QIcon chip(EnvironmentType type, const QPalette& palette, int size)
{
    const Colors shown = colors(type, palette);
    // The outline must stand out from the list it sits in, whatever the fill does.
    const QColor outline =
        ReadableColors::readableOn(shown.border, palette.color(QPalette::Base), MinShapeContrast);
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    const QRect square(1, 1, size - 2, size - 2);
    painter.fillRect(square, outline);
    painter.fillRect(square.adjusted(1, 1, -1, -1), shown.background);
    painter.end();
    // The same colour in a selected row: a faded chip would read as another environment.
    QIcon icon;
    for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Active, QIcon::Selected})
        icon.addPixmap(pixmap, mode);
    return icon;
}

} // namespace EnvironmentLook
