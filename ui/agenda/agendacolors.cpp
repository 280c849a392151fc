#include "ui/agenda/agendacolors.h"

#include "ui/shell/tones.h"

#include <QPalette>

namespace guichet::AgendaColors {

QColor readableFill(const QColor &fill, const QColor &text)
{
    return Tones::movedUntilReadable(fill, Qt::white, text);
}

QColor readableText(const QColor &text, const QColor &background)
{
    return Tones::movedUntilReadable(text, Tones::isDarkColor(background) ? QColor(Qt::white) : QColor(Qt::black),
                                     background);
}

} // namespace guichet::AgendaColors

namespace guichet::AgendaColors {

Surface surface(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor ink = palette.color(QPalette::Text);
    Surface s;
    s.header = palette.color(QPalette::Window);
    s.text = palette.color(QPalette::WindowText);
    if (!Tones::isDark(palette)) {
        s.open = base;
        s.closed = QColor(0xf3, 0xf4, 0xf6);
        s.hourLine = QColor(0xd5, 0xd9, 0xde);
        s.halfLine = QColor(0xec, 0xee, 0xf1);
        s.dayLine = QColor(0x7d, 0x87, 0x93);
        s.alert = QColor(0xd9, 0x30, 0x25);
        s.alertGround = QColor(0xfd, 0xec, 0xea);
    } else {
        s.open = base;
        s.closed = Tones::mix(base, ink, 0.12);
        s.hourLine = Tones::mix(base, ink, 0.45);
        s.halfLine = Tones::mix(base, ink, 0.25);
        s.dayLine = ink;
        s.alert = Tones::on(Tone::Error, base);
        s.alertGround = base;
    }
    s.hint = Tones::on(Tone::Hint, s.closed);
    s.accent = Tones::on(Tone::Info, s.open);
    return s;
}

} // namespace guichet::AgendaColors
