#pragma once

#include <QAccessibleWidget>
#include <QHash>

#include <functional>

namespace guichet {

class AgendaGrid;
class MonthView;

// A painted view whose parts are accessible children without widgets of their own: each made
// when first asked, kept (registered with Qt) and deleted with the view's interface.
class PaintedViewAccessible : public QAccessibleWidget
{
public:
    using QAccessibleWidget::QAccessibleWidget;
    ~PaintedViewAccessible() override;
    int indexOfChild(const QAccessibleInterface *child) const override;

protected:
    // The child at `index`: the one made before when `fits` still says yes, else one `make` makes.
    QAccessibleInterface *cachedChild(int index, const std::function<bool(QAccessibleInterface *)> &fits,
                                      const std::function<QAccessibleInterface *()> &make) const;

private:
    mutable QHash<int, QAccessible::Id> m_children;
};

// The painted agenda as a screen reader (Orca through AT-SPI, NVDA and Narrator through UI
// Automation) reads it: a list whose children are the practitioners' columns, the appointment
// blocks in the order of the day and the free-time cell under the keyboard cursor. A block's
// name says the time, the patient, the practitioner, the visit reason, the status and how it
// was booked; its state says whether it is selected and under the cursor; "press" opens it.
class AgendaGridAccessible final : public PaintedViewAccessible
{
public:
    explicit AgendaGridAccessible(AgendaGrid *grid);

    static QAccessibleInterface *factory(const QString &className, QObject *object);

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;
    QString text(QAccessible::Text t) const override;

private:
    AgendaGrid *grid() const;
};

// The month at a glance as a screen reader reads it: a list of the 42 days shown, each named
// with its date and how many appointments it has; the focus follows the keyboard cursor and
// "press" opens the day.
class MonthViewAccessible final : public PaintedViewAccessible
{
public:
    explicit MonthViewAccessible(MonthView *view);

    static QAccessibleInterface *factory(const QString &className, QObject *object);

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;
    QString text(QAccessible::Text t) const override;

private:
    MonthView *view() const;
};

} // namespace guichet
