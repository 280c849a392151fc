#pragma once

#include "ui/shell/tones.h"

#include <QColor>

class QPalette;

namespace guichet::AgendaColors {

// The grid's text: dark on the blocks, grey (and struck out) on what no longer takes the slot.
inline const QColor Text{0x1d, 0x27, 0x33};
inline const QColor CancelledText{0x5f, 0x6b, 0x7a};
// Contrast ratios and WCAG's minimum: Tones::contrast, Tones::MinimumContrast.
// `fill` lightened (its hue kept) until `text` reads on it at Tones::MinimumContrast.
QColor readableFill(const QColor &fill, const QColor &text = Text);
// `text` darkened on a light ground, lightened on a dark one (its hue kept), until it reads on
// `background` at Tones::MinimumContrast.
QColor readableText(const QColor &text, const QColor &background);

// The grounds and lines of the grid and the month: the house greys on a light palette, the
// palette's own colours on a dark or high-contrast one (the blocks keep their colours and their
// dark text, readable on any ground).
struct Surface
{
    QColor open; // opening hours, a day of the month shown
    QColor closed; // outside them, a day of another month
    QColor hourLine;
    QColor halfLine;
    QColor dayLine; // between the days of a week
    QColor header; // behind the column titles
    QColor text; // titles, day numbers
    QColor hint; // the hours in the gutter, the other months' days
    QColor accent; // the keyboard cursor, the selection, the hour of now's label
    QColor alert; // the line of now, today, closed-day warnings
    QColor alertGround; // behind a warning band
};
Surface surface(const QPalette &palette);

} // namespace guichet::AgendaColors
