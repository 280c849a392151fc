#include "ui/agenda/monthview.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/agenda/daycounts.h"
#include "core/base/timeutil.h"
#include "ui/agenda/agendacolors.h"
#include "ui/agenda/agendagridaccessible.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {
constexpr int kHeader = 26;
constexpr int kCells = 42;
} // namespace

MonthView::MonthView(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setMinimumSize(420, 320);
    setFocusPolicy(Qt::StrongFocus);
    static const bool accessible = (QAccessible::installFactory(&MonthViewAccessible::factory), true);
    Q_UNUSED(accessible);
    setDate(session.now().toTimeZone(PracticeDirectory(session).displayZone()).date());
}

void MonthView::setDate(const QDate &date)
{
    m_month = QDate(date.year(), date.month(), 1);
    m_first = m_month.addDays(1 - m_month.dayOfWeek());
    reloadWhenShown();
}

void MonthView::reloadWhenShown()
{
    // Hidden behind the day list or the grid, the month queries nothing until it is shown.
    m_stale = true;
    if (isVisible())
        reloadNow();
}

void MonthView::showEvent(QShowEvent *event)
{
    if (m_stale)
        reloadNow();
    QWidget::showEvent(event);
}

void MonthView::setPractitioners(const QStringList &ids)
{
    m_practitionerIds = ids;
    reloadWhenShown();
}

void MonthView::reloadNow()
{
    m_stale = false;
    auto counts = DayCounts::load(m_session, m_first, kCells, m_practitionerIds);
    // A failed read paints an empty month and says why, never a quiet one.
    m_error = counts ? QString() : counts.error().message;
    m_counts = counts ? counts->appointments : QList<int>(kCells, 0);
    m_noShows = counts ? counts->noShows : QList<int>(kCells, 0);
    setToolTip(m_error);
    update();
}

int MonthView::countOn(const QDate &day) const
{
    const qint64 index = m_first.daysTo(day);
    return index >= 0 && index < kCells ? m_counts.at(index) : 0;
}

QRectF MonthView::cellRect(int index) const
{
    const double w = width() / 7.0;
    const double h = (height() - kHeader) / 6.0;
    return QRectF((index % 7) * w, kHeader + (index / 7) * h, w, h);
}

QDate MonthView::dayAt(const QPoint &pos) const
{
    for (int i = 0; i < kCells; ++i) {
        if (cellRect(i).contains(pos))
            return m_first.addDays(i);
    }
    return {};
}

void MonthView::mousePressEvent(QMouseEvent *event)
{
    const QDate day = dayAt(event->position().toPoint());
    if (day.isValid())
        Q_EMIT dayClicked(day);
}

QString MonthView::spokenDay(int index) const
{
    if (index < 0 || index >= CellCount)
        return {};
    const QDate day = m_first.addDays(index);
    const int count = m_counts.value(index);
    const int missed = m_noShows.value(index);
    QString counts = count > 0 ? tr("%n appointment(s)", nullptr, count) : tr("no appointment");
    if (missed > 0)
        counts += u", "_s + tr("%n not honoured", nullptr, missed);
    return tr("%1: %2").arg(QLocale().toString(day, u"dddd d MMMM"_s), counts);
}

void MonthView::setCursor(int index)
{
    if (index < 0 || index >= CellCount)
        return;
    m_cursor = index;
    update();
    if (isVisible()) {
        // The screen reader follows the cursor.
        if (QAccessibleInterface *view = QAccessible::queryAccessibleInterface(this)) {
            if (QAccessibleInterface *focus = view->focusChild()) {
                QAccessibleEvent event(focus, QAccessible::Focus);
                QAccessible::updateAccessibility(&event);
            }
        }
    }
}

void MonthView::activateDay(int index)
{
    if (index >= 0 && index < CellCount)
        Q_EMIT dayClicked(m_first.addDays(index));
}

void MonthView::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    if (m_cursor < 0) {
        // Today when it is shown, else the first of the month.
        const QDate today = m_session.now().toTimeZone(PracticeDirectory(m_session).displayZone()).date();
        const qint64 index = m_first.daysTo(today);
        setCursor(index >= 0 && index < CellCount ? int(index) : int(m_first.daysTo(m_month)));
    } else {
        setCursor(m_cursor);
    }
}

void MonthView::keyPressEvent(QKeyEvent *event)
{
    const int at = std::max(0, m_cursor);
    switch (event->key()) {
    case Qt::Key_Left:
        setCursor(at - 1);
        return;
    case Qt::Key_Right:
        setCursor(at + 1);
        return;
    case Qt::Key_Up:
        setCursor(at - 7);
        return;
    case Qt::Key_Down:
        setCursor(at + 7);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        activateDay(at);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void MonthView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const AgendaColors::Surface surface = AgendaColors::surface(palette());
    p.fillRect(rect(), surface.open);
    if (m_counts.size() != kCells)
        return; // not loaded yet
    const QLocale locale;
    const double w = width() / 7.0;
    for (int d = 0; d < 7; ++d) {
        p.setPen(Tones::on(Tone::Hint, surface.open));
        p.drawText(QRectF(d * w, 0, w, kHeader), Qt::AlignCenter, locale.dayName(d + 1, QLocale::LongFormat));
    }
    if (!m_error.isEmpty()) {
        p.fillRect(QRectF(0, 0, width(), kHeader), surface.alertGround);
        p.setPen(Tones::on(Tone::Error, surface.alertGround));
        p.drawText(QRectF(8, 0, width() - 16, kHeader), Qt::AlignVCenter | Qt::AlignLeft,
                   tr("The month could not be read: %1").arg(m_error));
    }
    const QDate today = m_session.now().toTimeZone(PracticeDirectory(m_session).displayZone()).date();
    int busiest = 1;
    for (int c : std::as_const(m_counts))
        busiest = std::max(busiest, c);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    for (int i = 0; i < kCells; ++i) {
        const QDate day = m_first.addDays(i);
        const QRectF r = cellRect(i).adjusted(1, 1, -1, -1);
        const bool inMonth = day.month() == m_month.month();
        // The busier the day, the deeper the blue (opaque, so the text on it is measured).
        const QColor fill =
            inMonth ? Tones::mix(surface.open, surface.accent, 0.05 + 0.35 * m_counts.at(i) / busiest) : surface.closed;
        p.fillRect(r, fill);
        p.setPen(day == today ? QPen(surface.alert, 2) : QPen(surface.hourLine));
        p.drawRect(r);
        p.setPen(Tones::on(inMonth ? Tone::Plain : Tone::Hint, fill));
        p.drawText(r.adjusted(6, 4, -6, -4), Qt::AlignLeft | Qt::AlignTop, QString::number(day.day()));
        if (m_counts.at(i) > 0) {
            p.setFont(big);
            p.drawText(r, Qt::AlignCenter, tr("%n appt.", nullptr, m_counts.at(i)));
            p.setFont(font());
        }
        if (m_noShows.at(i) > 0) {
            p.setPen(Tones::on(Tone::Error, fill));
            p.drawText(r.adjusted(6, 4, -6, -4), Qt::AlignRight | Qt::AlignBottom,
                       tr("%n not honoured", nullptr, m_noShows.at(i)));
        }
        if (i == m_cursor && hasFocus()) {
            p.setPen(QPen(surface.accent, 2, Qt::DashLine)); // the keyboard cursor
            p.setBrush(Qt::NoBrush);
            p.drawRect(r.adjusted(3, 3, -3, -3));
        }
    }
}

} // namespace guichet
