#include "ui/shell/tones.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace guichet::Tones {

namespace {

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// The house colours, chosen on white.
QColor houseColor(Tone tone, const QColor &plain)
{
    switch (tone) {
    case Tone::Error:
        return QColor(0xb0, 0x00, 0x20);
    case Tone::Success:
        return QColor(0x1b, 0x7f, 0x3b);
    case Tone::Warning:
        return QColor(0x8a, 0x5a, 0x00);
    case Tone::Info:
        return QColor(0x1f, 0x5f, 0xa8);
    case Tone::Hint:
        return QColor(0x5f, 0x6b, 0x7a);
    case Tone::Plain:
        break;
    }
    return plain;
}

} // namespace

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor mix(const QColor &c, const QColor &towards, double share)
{
    auto one = [share](int a, int b) { return int(std::lround(a + (b - a) * share)); };
    return QColor(one(c.red(), towards.red()), one(c.green(), towards.green()), one(c.blue(), towards.blue()));
}

QColor movedUntilReadable(const QColor &c, const QColor &end, const QColor &other)
{
    for (int step = 0; step <= 20; ++step) {
        const QColor candidate = mix(c, end, step / 20.0);
        if (contrast(candidate, other) >= MinimumContrast)
            return candidate;
    }
    return end;
}

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Base)) < luminance(palette.color(QPalette::Text));
}

bool isDarkColor(const QColor &background)
{
    // Below this luminance white text contrasts more than black (both at about 4.6:1).
    return luminance(background) < 0.18;
}

QColor on(Tone tone, const QColor &background)
{
    const bool dark = isDarkColor(background);
    const QColor plain = dark ? QColor(Qt::white) : QColor(Qt::black);
    QColor c = houseColor(tone, plain);
    if (dark && tone != Tone::Plain)
        c = mix(c, Qt::white, 0.45); // the hue kept, the weight of a light text on a dark ground
    return movedUntilReadable(c, plain, background);
}

QColor color(Tone tone)
{
    const QPalette palette = QGuiApplication::palette();
    if (tone == Tone::Plain)
        return palette.color(QPalette::Text);
    return on(tone, palette.color(QPalette::Base));
}

void apply(QLabel *label, Tone tone, bool bold)
{
    QString sheet;
    if (tone != Tone::Plain)
        sheet = u"color: "_s + on(tone, label->palette().color(label->backgroundRole())).name() + u';';
    if (bold)
        sheet += u" font-weight: bold;"_s;
    label->setStyleSheet(sheet);
}

QPalette highContrastPalette()
{
    QPalette p;
    for (const QPalette::ColorRole role :
         {QPalette::Window, QPalette::Base, QPalette::Button, QPalette::ToolTipBase, QPalette::Shadow})
        p.setColor(role, Qt::black);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                                           QPalette::ToolTipText, QPalette::BrightText, QPalette::Light})
        p.setColor(role, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Mid, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Midlight, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Dark, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Highlight, QColor(0x1a, 0xeb, 0xff));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, QColor(0xff, 0xff, 0x00));
    p.setColor(QPalette::LinkVisited, QColor(0xff, 0xff, 0x00));
    p.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    // Greyed text (a disabled button) stays readable: 9:1 on black.
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0xa0, 0xa0, 0xa0));
    return p;
}

void useHighContrast()
{
    QApplication::setPalette(highContrastPalette());
    qApp->setStyleSheet(
        u"QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit, QAbstractItemView {"
        " border: 1px solid #c0c0c0; }"
        // Room for the arrows, which a styled frame no longer counts in the width.
        "QComboBox, QAbstractSpinBox { padding: 1px 18px 1px 3px; }"
        "QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus,"
        " QAbstractItemView:focus { border: 2px solid #1aebff; }"
        "QCheckBox::indicator, QRadioButton::indicator, QGroupBox::indicator { width: 12px; height: 12px;"
        " border: 2px solid white; background: black; }"
        "QRadioButton::indicator { border-radius: 8px; }"
        "QCheckBox::indicator:checked, QRadioButton::indicator:checked, QGroupBox::indicator:checked {"
        " background: #1aebff; }"
        "QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border-color: #a0a0a0; }"
        "QPushButton, QToolButton { border: 1px solid white; padding: 3px 8px; }"
        "QPushButton:focus, QToolButton:focus { border: 2px solid #1aebff; }"
        "QPushButton:disabled, QToolButton:disabled { border-color: #a0a0a0; }"_s);
}

} // namespace guichet::Tones
