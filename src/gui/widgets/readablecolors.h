#pragma once

#include <QColor>
#include <QPalette>

// Colours the app adds on top of the style's palette (problem text, the demo banner), chosen from the
// palette in use so that they stay readable in light and dark themes alike. Nothing here hard-codes
// a colour for one theme only: every result is checked against its background.
namespace ReadableColors {

// WCAG 2 minimum contrast for normal-size text.
inline constexpr double MinTextContrast = 4.5;

struct BannerColors
{
    QColor background;
    QColor text;
    QColor border;
};

// WCAG 2 relative luminance (0 = black, 1 = white) and contrast ratio (1:1 … 21:1).
double relativeLuminance(const QColor& color);
double contrastRatio(const QColor& a, const QColor& b);
// True when the palette's window colour is darker than its text colour (a dark theme).
bool isDark(const QPalette& palette);
// `preferred`, made lighter or darker (same hue) just enough to reach `minContrast` on `background`.
QColor readableOn(const QColor& preferred, const QColor& background, double minContrast = MinTextContrast);
// Red for an inline problem message ("⚠ too long"), on both the window and the base colour.
QColor problemText(const QPalette& palette);
// The amber "Demo mode" banner: light amber on light themes, dark amber on dark ones.
BannerColors demoBanner(const QPalette& palette);

} // namespace ReadableColors
