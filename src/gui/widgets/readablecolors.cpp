#include "readablecolors.h"

#include <QtMath>

#include <algorithm>

namespace ReadableColors {

namespace {

double linearChannel(double value)
{
    return value <= 0.04045 ? value / 12.92 : qPow((value + 0.055) / 1.055, 2.4);
}

// The darker of the two backgrounds decides for a light colour, the lighter one for a dark colour.
QColor hardestBackground(const QPalette& palette, bool dark)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    const bool windowIsHarder = dark ? relativeLuminance(window) > relativeLuminance(base)
                                     : relativeLuminance(window) < relativeLuminance(base);
    return windowIsHarder ? window : base;
}

} // namespace

double relativeLuminance(const QColor& color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linearChannel(rgb.redF()) + 0.7152 * linearChannel(rgb.greenF()) +
           0.0722 * linearChannel(rgb.blueF());
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QPalette& palette)
{
    return relativeLuminance(palette.color(QPalette::Window)) <
           relativeLuminance(palette.color(QPalette::WindowText));
}

QColor readableOn(const QColor& preferred, const QColor& background, double minContrast)
{
    // Moving away from the background's lightness raises the contrast step by step; the hue stays,
    // so red still reads as red. Black or white is the fallback when no shade of the hue is enough.
    // Above ~0.18 black contrasts more than white with the background, below it white does.
    const bool goDarker = relativeLuminance(background) > 0.18;
    QColor candidate = preferred.toHsl();
    for (int step = 0; step < 100 && contrastRatio(candidate, background) < minContrast; ++step) {
        const int lightness = candidate.lightness();
        const int next = goDarker ? std::max(0, lightness - 4) : std::min(255, lightness + 4);
        if (next == lightness)
            break;
        candidate.setHsl(candidate.hslHue(), candidate.hslSaturation(), next);
    }
    if (contrastRatio(candidate, background) < minContrast)
        return goDarker ? QColor(Qt::black) : QColor(Qt::white);
    return candidate.toRgb();
}

QColor problemText(const QPalette& palette)
{
    const bool dark = isDark(palette);
    const QColor preferred = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c);
    return readableOn(preferred, hardestBackground(palette, dark));
}

BannerColors demoBanner(const QPalette& palette)
{
    BannerColors colors;
    if (isDark(palette)) {
        colors.background = QColor(0x4a, 0x3b, 0x00);
        colors.border = QColor(0xb8, 0x96, 0x00);
        colors.text = readableOn(QColor(0xff, 0xe0, 0x8a), colors.background);
    } else {
        colors.background = QColor(0xff, 0xf3, 0xc4);
        colors.border = QColor(0xd9, 0xb2, 0x00);
        colors.text = readableOn(QColor(0x4a, 0x38, 0x00), colors.background);
    }
    return colors;
}

} // namespace ReadableColors
