#pragma once

#include <QColor>

class QLabel;
class QPalette;

namespace guichet {

// What a message says by its colour (always with its words too: colour is never the only carrier).
enum class Tone {
    Plain, // the palette's own text colour
    Error,
    Success,
    Warning,
    Info,
    Hint, // secondary text: explanations, what no longer counts
};

// Colours that read on whatever palette the desk has: the house colours on a light palette,
// moved towards white on a dark or high-contrast one, always at WCAG's 4.5:1 for text.
namespace Tones {

// WCAG 2.x: normal text needs 4.5:1 against what it is written on.
inline constexpr double MinimumContrast = 4.5;

// The contrast ratio of two colours (1 to 21), from their relative luminance (WCAG 2.x).
double contrast(const QColor &a, const QColor &b);
// `c` mixed with `towards` by `share` (0 to 1).
QColor mix(const QColor &c, const QColor &towards, double share);
// `c` moved towards `end` (white or black) in twentieths, hue kept, until it reads against `other`.
QColor movedUntilReadable(const QColor &c, const QColor &end, const QColor &other);
// Whether a palette writes light text on a dark ground (a dark or high-contrast theme).
bool isDark(const QPalette &palette);
// Whether light text, not dark, reads on this ground.
bool isDarkColor(const QColor &background);

// The tone's colour written on `background`: darkened on a light ground, lightened on a dark one.
QColor on(Tone tone, const QColor &background);
// The tone's colour on the application's palette (its Base: lists and tables).
QColor color(Tone tone);
// A label's text in the tone (and bold when asked), readable on the label's own background;
// Plain gives the label back its palette's colour.
void apply(QLabel *label, Tone tone, bool bold = false);

// White on black with a cyan highlight, as Windows' "High Contrast Black": for a desk whose
// system does not pass its own high-contrast theme to Guichet (the desk's settings choose it).
QPalette highContrastPalette();
// That palette on the whole application, with the frames of fields and boxes drawn white (the
// Fusion style draws them from the window's colour, invisible on black).
void useHighContrast();

} // namespace Tones

} // namespace guichet
