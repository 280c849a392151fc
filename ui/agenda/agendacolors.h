#pragma once

#include <QColor>

namespace guichet::AgendaColors {

// The grid's text: dark on the blocks, grey (and struck out) on what no longer takes the slot.
inline const QColor Text{0x1d, 0x27, 0x33};
inline const QColor CancelledText{0x5f, 0x6b, 0x7a};
// WCAG 2.x: normal text needs 4.5:1 against what it is written on.
inline constexpr double MinimumContrast = 4.5;

// The contrast ratio of two colours (1 to 21), from their relative luminance (WCAG 2.x).
double contrast(const QColor &a, const QColor &b);
// `fill` lightened (its hue kept) until `text` reads on it at MinimumContrast.
QColor readableFill(const QColor &fill, const QColor &text = Text);
// `text` darkened (its hue kept) until it reads on `background` at MinimumContrast.
QColor readableText(const QColor &text, const QColor &background);

} // namespace guichet::AgendaColors
