#pragma once

#include <QCoreApplication>

class QDialog;
class QLayout;
class QLineEdit;
class QWidget;

namespace guichet {

// Small behaviours every screen's controls share.
class Controls final
{
    Q_DECLARE_TR_FUNCTIONS(Controls)
public:
    // The clear button inside a field, with a name a screen reader can say (Qt leaves it unnamed).
    static void addClearButton(QLineEdit *edit);
    // A tall dialog's body in a scroll area, its buttons below it and always visible: whole on a
    // screen with room (the body's own size), scrolling where the screen is short (200 % text on
    // a 1920x1080 screen leaves 540 logical pixels). Gives the dialog its layout.
    static void setScrollingBody(QDialog *dialog, QLayout *body, QWidget *buttons);
    // `page` in a scroll area of its own (a tab's page that may be larger than a small screen).
    static QWidget *inScrollArea(QWidget *page);
    // The page a scroll area made by inScrollArea holds (`widget` itself otherwise).
    static QWidget *pageOf(QWidget *widget);
    // A window's preferred size, within the screen's available room.
    static void resizeWithinScreen(QWidget *window, const QSize &preferred);
};

} // namespace guichet
