#include "ui/agenda/agendacolors.h"

#include <algorithm>
#include <cmath>

namespace guichet::AgendaColors {

namespace {

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// `c` mixed with `towards` by `share` (0 to 1).
QColor mix(const QColor &c, const QColor &towards, double share)
{
    auto one = [share](int a, int b) { return int(std::lround(a + (b - a) * share)); };
    return QColor(one(c.red(), towards.red()), one(c.green(), towards.green()), one(c.blue(), towards.blue()));
}

} // namespace

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

namespace {

// `c` moved towards `end` (white or black) in twentieths, hue kept, until it reads against `other`.
QColor mixedUntilReadable(const QColor &c, const QColor &end, const QColor &other)
{
    for (int step = 0; step <= 20; ++step) {
        const QColor candidate = mix(c, end, step / 20.0);
        if (contrast(candidate, other) >= MinimumContrast)
            return candidate;
    }
    return end;
}

} // namespace

QColor readableFill(const QColor &fill, const QColor &text)
{
    return mixedUntilReadable(fill, Qt::white, text);
}

QColor readableText(const QColor &text, const QColor &background)
{
    return mixedUntilReadable(text, Qt::black, background);
}

} // namespace guichet::AgendaColors
