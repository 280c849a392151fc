#include "ui/shell/controls.h"

#include <QAbstractButton>
#include <QDialog>
#include <QLineEdit>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace guichet {

void Controls::addClearButton(QLineEdit *edit)
{
    edit->setClearButtonEnabled(true);
    for (QAbstractButton *button : edit->findChildren<QAbstractButton *>()) {
        button->setAccessibleName(tr("Clear the field"));
        button->setToolTip(tr("Clear the field"));
    }
}

namespace {

// A scroll area that asks for its whole body, as far as the screen allows (a plain one asks for
// a fixed small size, which would make every dialog scroll).
class BodyScroll final : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;
    QSize sizeHint() const override
    {
        if (!widget())
            return QScrollArea::sizeHint();
        const QSize body = widget()->sizeHint() + QSize(verticalScrollBar()->sizeHint().width(), 0);
        const QScreen *where = screen();
        return where ? body.boundedTo(where->availableGeometry().size() - QSize(40, 160)) : body;
    }
};

} // namespace

void Controls::setScrollingBody(QDialog *dialog, QLayout *body, QWidget *buttons)
{
    auto *content = new QWidget;
    content->setLayout(body);
    auto *scroll = new BodyScroll(dialog);
    scroll->setObjectName(QStringLiteral("dialogBody"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(dialog);
    outer->addWidget(scroll, 1);
    outer->addWidget(buttons);
    // No horizontal scrolling: the body's width. Its height may shrink to little (a short screen
    // scrolls it); the dialog opens at the body's whole size where the screen has room.
    const QSize wanted = content->sizeHint();
    const int bar = scroll->verticalScrollBar()->sizeHint().width();
    scroll->setMinimumWidth(wanted.width() + bar);
    const QMargins m = outer->contentsMargins();
    resizeWithinScreen(dialog,
                       QSize(wanted.width() + bar + m.left() + m.right(),
                             wanted.height() + outer->spacing() + buttons->sizeHint().height() + m.top() + m.bottom()));
}

QWidget *Controls::inScrollArea(QWidget *page)
{
    auto *scroll = new QScrollArea(page->parentWidget());
    scroll->setObjectName(QStringLiteral("pageScroll"));
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

QWidget *Controls::pageOf(QWidget *widget)
{
    auto *scroll = qobject_cast<QScrollArea *>(widget);
    return scroll && scroll->objectName() == QLatin1String("pageScroll") ? scroll->widget() : widget;
}

void Controls::resizeWithinScreen(QWidget *window, const QSize &preferred)
{
    const QScreen *screen = window->screen();
    if (!screen) {
        window->resize(preferred);
        return;
    }
    const QSize room = screen->availableGeometry().size() - QSize(40, 80); // its frame and title bar
    window->resize(preferred.boundedTo(room).expandedTo(window->minimumSizeHint()));
}

} // namespace guichet
