#include "ui/agenda/agendagridaccessible.h"

#include "ui/agenda/agendagrid.h"
#include "ui/agenda/monthview.h"

#include <QAction>
#include <QLocale>
#include <QPointer>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

// A painted part of a view (a grid's block, a month's day) as an accessible child without a
// widget of its own: its words, place and "press" come from the view, read live.
class PaintedElement
    : public QAccessibleInterface
    , public QAccessibleActionInterface
{
public:
    explicit PaintedElement(QWidget *view)
        : m_view(view)
    {}

    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_view.data()); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    void setText(QAccessible::Text, const QString &) override {}
    QString text(QAccessible::Text t) const override
    {
        return isValid() && t == QAccessible::Name ? name() : QString();
    }
    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect local = localRect();
        return QRect(m_view->mapToGlobal(local.topLeft()), local.size());
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!isValid()) {
            s.invalid = true;
            return s;
        }
        s.focusable = true;
        s.focused = underCursor() && m_view->hasFocus();
        return s;
    }
    void *interface_cast(QAccessible::InterfaceType t) override
    {
        return t == QAccessible::ActionInterface && !pressLabel().isEmpty()
            ? static_cast<QAccessibleActionInterface *>(this)
            : nullptr;
    }
    QStringList actionNames() const override { return {pressAction()}; }
    void doAction(const QString &action) override
    {
        if (action == pressAction() && isValid())
            press();
    }
    QString localizedActionDescription(const QString &action) const override
    {
        return action == pressAction() ? pressLabel() : QString();
    }
    QStringList keyBindingsForAction(const QString &action) const override
    {
        return action == pressAction() ? QStringList{u"Return"_s} : QStringList{};
    }

protected:
    virtual QString name() const = 0;
    virtual QRect localRect() const = 0;
    virtual bool underCursor() const = 0;
    virtual QString pressLabel() const = 0; // empty: nothing to press
    virtual void press() = 0;

    QPointer<QWidget> m_view;
};

// One child of the grid: a column, a block or the cursor's cell, by its place (the i-th block
// is whatever the grid shows i-th now).
class GridElement final : public PaintedElement
{
public:
    enum class Kind { Column, Block, Cursor };
    GridElement(AgendaGrid *grid, Kind kind, int index)
        : PaintedElement(grid)
        , m_kind(kind)
        , m_index(index)
    {}

    bool isValid() const override
    {
        if (!m_view)
            return false;
        switch (m_kind) {
        case Kind::Column:
            return m_index < grid()->columnCount();
        case Kind::Block:
            return m_index < grid()->itemCount();
        case Kind::Cursor:
            return grid()->cursorColumn() >= 0;
        }
        return false;
    }
    QAccessible::Role role() const override
    {
        return m_kind == Kind::Column ? QAccessible::ColumnHeader : QAccessible::ListItem;
    }
    QAccessible::State state() const override
    {
        QAccessible::State s = PaintedElement::state();
        if (m_kind == Kind::Column) {
            s.focusable = false;
            s.focused = false;
        } else if (m_kind == Kind::Block && isValid()) {
            s.selectable = true;
            s.selected = grid()->appointmentIdAt(m_index) == grid()->selectedAppointment();
        }
        return s;
    }
    Kind kind() const { return m_kind; }

protected:
    QString name() const override
    {
        return m_kind == Kind::Column ? grid()->spokenColumn(m_index)
            : m_kind == Kind::Block   ? grid()->spokenItem(m_index)
                                      : grid()->spokenCursor();
    }
    QRect localRect() const override
    {
        return m_kind == Kind::Column ? grid()->columnArea(m_index)
            : m_kind == Kind::Block   ? grid()->itemRect(m_index)
                                      : grid()->cursorRect();
    }
    bool underCursor() const override
    {
        return m_kind == Kind::Cursor ? grid()->itemUnderCursor() < 0 : grid()->itemUnderCursor() == m_index;
    }
    QString pressLabel() const override
    {
        return m_kind == Kind::Column ? QString()
            : m_kind == Kind::Block   ? AgendaGrid::tr("Open the appointment")
                                      : AgendaGrid::tr("Book here");
    }
    void press() override { grid()->activateItem(m_kind == Kind::Block ? m_index : -1); }

public:
    // A block offers the view's acts besides opening it (move, cancel), named as in its menu.
    QStringList actionNames() const override
    {
        QStringList names = PaintedElement::actionNames();
        if (m_kind == Kind::Block && m_view)
            for (QAction *act : grid()->blockActions())
                names << actName(act);
        return names;
    }
    void doAction(const QString &action) override
    {
        if (QAction *act = blockAction(action); act && isValid())
            grid()->actOnItem(m_index, act);
        else
            PaintedElement::doAction(action);
    }
    QString localizedActionDescription(const QString &action) const override
    {
        return blockAction(action) ? action : PaintedElement::localizedActionDescription(action);
    }
    QStringList keyBindingsForAction(const QString &action) const override
    {
        if (QAction *act = blockAction(action))
            return act->shortcut().isEmpty() ? QStringList{} : QStringList{act->shortcut().toString()};
        return PaintedElement::keyBindingsForAction(action);
    }

private:
    static QString actName(const QAction *act) { return QString(act->text()).remove(u'&'); }
    QAction *blockAction(const QString &name) const
    {
        if (m_kind != Kind::Block || !m_view)
            return nullptr;
        for (QAction *act : grid()->blockActions())
            if (actName(act) == name)
                return act;
        return nullptr;
    }
    AgendaGrid *grid() const { return static_cast<AgendaGrid *>(m_view.data()); }
    Kind m_kind;
    int m_index;
};

// One day of the month view.
class DayElement final : public PaintedElement
{
public:
    DayElement(MonthView *view, int index)
        : PaintedElement(view)
        , m_index(index)
    {}
    bool isValid() const override { return m_view && m_index < MonthView::CellCount; }

protected:
    QString name() const override { return month()->spokenDay(m_index); }
    QRect localRect() const override { return month()->dayRect(m_index); }
    bool underCursor() const override { return month()->cursor() == m_index; }
    QString pressLabel() const override { return MonthView::tr("Open the day"); }
    void press() override { month()->activateDay(m_index); }

private:
    MonthView *month() const { return static_cast<MonthView *>(m_view.data()); }
    int m_index;
};

} // namespace

PaintedViewAccessible::~PaintedViewAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
}

int PaintedViewAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it) {
        if (QAccessible::accessibleInterface(it.value()) == child)
            return it.key();
    }
    return -1;
}

QAccessibleInterface *PaintedViewAccessible::cachedChild(int index,
                                                         const std::function<bool(QAccessibleInterface *)> &fits,
                                                         const std::function<QAccessibleInterface *()> &make) const
{
    if (const auto it = m_children.constFind(index); it != m_children.cend()) {
        QAccessibleInterface *known = QAccessible::accessibleInterface(*it);
        if (known && fits(known))
            return known;
        QAccessible::deleteAccessibleInterface(*it);
        m_children.remove(index);
    }
    QAccessibleInterface *made = make();
    m_children.insert(index, QAccessible::registerAccessibleInterface(made));
    return made;
}

AgendaGridAccessible::AgendaGridAccessible(AgendaGrid *grid)
    : PaintedViewAccessible(grid, QAccessible::List)
{}

QAccessibleInterface *AgendaGridAccessible::factory(const QString &className, QObject *object)
{
    if (className == u"guichet::AgendaGrid"_s && object && object->isWidgetType())
        return new AgendaGridAccessible(static_cast<AgendaGrid *>(object));
    return nullptr;
}

AgendaGrid *AgendaGridAccessible::grid() const
{
    return static_cast<AgendaGrid *>(widget());
}

int AgendaGridAccessible::childCount() const
{
    return grid()->columnCount() + grid()->itemCount() + (grid()->cursorColumn() >= 0 ? 1 : 0);
}

QAccessibleInterface *AgendaGridAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    // The same place may now be another kind (a column more, a block fewer): made again then.
    const int columns = grid()->columnCount();
    const int items = grid()->itemCount();
    const auto kind = index < columns ? GridElement::Kind::Column
        : index < columns + items     ? GridElement::Kind::Block
                                      : GridElement::Kind::Cursor;
    return cachedChild(
        index, [kind](QAccessibleInterface *known) { return static_cast<GridElement *>(known)->kind() == kind; },
        [&] {
            return new GridElement(grid(), kind,
                                   kind == GridElement::Kind::Column      ? index
                                       : kind == GridElement::Kind::Block ? index - columns
                                                                          : 0);
        });
}

QAccessibleInterface *AgendaGridAccessible::childAt(int x, int y) const
{
    const QPoint local = grid()->mapFromGlobal(QPoint(x, y));
    const int columns = grid()->columnCount();
    for (int i = grid()->itemCount() - 1; i >= 0; --i) {
        if (grid()->itemRect(i).contains(local))
            return child(columns + i);
    }
    for (int c = 0; c < columns; ++c) {
        if (grid()->columnArea(c).contains(local))
            return child(c);
    }
    return nullptr;
}

QAccessibleInterface *AgendaGridAccessible::focusChild() const
{
    if (grid()->cursorColumn() < 0)
        return nullptr;
    const int item = grid()->itemUnderCursor();
    return child(item >= 0 ? grid()->columnCount() + item : childCount() - 1);
}

QString AgendaGridAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Name) {
        const QDate day = grid()->date();
        if (grid()->mode() == AgendaGrid::Mode::Week)
            return AgendaGrid::tr("Agenda of the week of %1")
                .arg(QLocale().toString(day.addDays(1 - day.dayOfWeek()), u"d MMMM yyyy"_s));
        return AgendaGrid::tr("Agenda of %1").arg(QLocale().toString(day, u"dddd d MMMM yyyy"_s));
    }
    if (t == QAccessible::Description)
        return AgendaGrid::tr("Arrows move between the practitioners and along the day; Enter opens the "
                              "appointment or books the free time.");
    return QAccessibleWidget::text(t);
}

MonthViewAccessible::MonthViewAccessible(MonthView *view)
    : PaintedViewAccessible(view, QAccessible::List)
{}

QAccessibleInterface *MonthViewAccessible::factory(const QString &className, QObject *object)
{
    if (className == u"guichet::MonthView"_s && object && object->isWidgetType())
        return new MonthViewAccessible(static_cast<MonthView *>(object));
    return nullptr;
}

MonthView *MonthViewAccessible::view() const
{
    return static_cast<MonthView *>(widget());
}

int MonthViewAccessible::childCount() const
{
    return MonthView::CellCount;
}

QAccessibleInterface *MonthViewAccessible::child(int index) const
{
    if (index < 0 || index >= MonthView::CellCount)
        return nullptr;
    return cachedChild(
        index, [](QAccessibleInterface *) { return true; }, [&] { return new DayElement(view(), index); });
}

QAccessibleInterface *MonthViewAccessible::childAt(int x, int y) const
{
    const QPoint local = view()->mapFromGlobal(QPoint(x, y));
    for (int i = 0; i < MonthView::CellCount; ++i) {
        if (view()->dayRect(i).contains(local))
            return child(i);
    }
    return nullptr;
}

QAccessibleInterface *MonthViewAccessible::focusChild() const
{
    return view()->cursor() >= 0 ? child(view()->cursor()) : nullptr;
}

QString MonthViewAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Name)
        return MonthView::tr("Month at a glance");
    if (t == QAccessible::Description)
        return MonthView::tr("Arrows move from day to day; Enter opens the day.");
    return QAccessibleWidget::text(t);
}

} // namespace guichet
