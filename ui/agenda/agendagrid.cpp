#include "ui/agenda/agendagrid.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/agenda/appointmentdetails.h"
#include "core/agenda/openinghours.h"
#include "core/base/timeutil.h"
#include "ui/agenda/agendacolors.h"
#include "ui/agenda/agendagrid_p.h"
#include "ui/agenda/agendagridaccessible.h"

#include <QAccessible>
#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStaticText>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QColor statusColor(AppointmentStatus s)
{
    switch (s) {
    case AppointmentStatus::Arrived:
        return QColor(u"#1b7f3b"_s);
    case AppointmentStatus::InConsultation:
        return QColor(u"#1f5fa8"_s);
    case AppointmentStatus::Fulfilled:
        return QColor(u"#8a949e"_s);
    case AppointmentStatus::NoShow:
        return QColor(u"#b00020"_s);
    default:
        return QColor(u"#ffffff"_s);
    }
}

// `colour` at 35 % over white, opaque: how the grid shows what no longer takes the slot.
QRgb faint(const QColor &colour)
{
    auto mix = [](int c) { return (c * 35 + 255 * 65) / 100; };
    return qRgb(mix(colour.red()), mix(colour.green()), mix(colour.blue()));
}

} // namespace

AgendaGrid::AgendaGrid(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_zone(PracticeDirectory(session).displayZone())
    , m_date(session.now().toTimeZone(m_zone).date())
{
    // A screen reader reads the painted grid through AgendaGridAccessible.
    static const bool accessible = (QAccessible::installFactory(&AgendaGridAccessible::factory), true);
    Q_UNUSED(accessible);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true); // the resize cursor on the lower edge of a block
    setMinimumSize(400, 300);
    m_reload.setSingleShot(true);
    m_reload.setInterval(30);
    connect(&m_reload, &QTimer::timeout, this, &AgendaGrid::reloadNow);
}

void AgendaGrid::setMode(Mode mode)
{
    m_mode = mode;
    scheduleReload();
}

void AgendaGrid::setDate(const QDate &date)
{
    m_date = date;
    scheduleReload();
}

void AgendaGrid::setPractitioners(const QStringList &ids)
{
    m_practitionerIds = ids;
    scheduleReload();
}

void AgendaGrid::setShowCancelled(bool show)
{
    m_showCancelled = show;
    scheduleReload();
}

void AgendaGrid::scheduleReload()
{
    // A hidden grid (the day list or the month is shown) queries nothing until it is shown.
    m_stale = true;
    if (isVisible())
        m_reload.start();
}

void AgendaGrid::showEvent(QShowEvent *event)
{
    if (m_stale)
        reloadNow();
    QWidget::showEvent(event);
}

void AgendaGrid::reloadNow()
{
    m_reload.stop();
    m_stale = false;
    m_drag = Drag::None; // the items a drag pointed at are gone
    m_dragging = false;
    PracticeDirectory practice(m_session);
    const QDate first = m_mode == Mode::Week ? m_date.addDays(1 - m_date.dayOfWeek()) : m_date;
    const int days = m_mode == Mode::Week ? 7 : 1;
    const QDateTime from(first, QTime(0, 0), m_zone);
    const QDateTime to(first.addDays(days), QTime(0, 0), m_zone);
    const QString contextKey =
        QString::number(int(m_mode)) + u'|' + first.toString(Qt::ISODate) + u'|' + m_practitionerIds.join(u',');
    const bool reuse = m_appointmentsOnly && contextKey == m_contextKey;
    m_appointmentsOnly = false;
    if (!reuse) {
        m_contextPractitioners.clear();
        for (const Practitioner &p : practice.practitioners()) {
            if (m_practitionerIds.isEmpty() || m_practitionerIds.contains(p.id))
                m_contextPractitioners << p;
        }
    }
    const QList<Practitioner> &practitioners = m_contextPractitioners;

    // The weekly template and the days that differ, and the absences, by practitioner.
    QHash<QString, OpeningHours> &hours = m_contextHours;
    QHash<QString, QList<Absence>> &absences = m_contextAbsences;
    if (!reuse) {
        hours.clear();
        absences.clear();
        // What cannot be read is painted as unknown (no hours, no absence) and said on the grid.
        m_loadError.clear();
        for (const Practitioner &p : std::as_const(practitioners)) {
            auto loaded = OpeningHours::load(m_session, p.id, first, first.addDays(days - 1));
            auto away = practice.absences(p.id, from.toUTC(), to.toUTC());
            if (!loaded || !away)
                m_loadError = (!loaded ? loaded.error() : away.error()).message;
            hours.insert(p.id, loaded ? *loaded : OpeningHours());
            absences.insert(p.id, away ? *away : QList<Absence>());
        }
        m_contextKey = contextKey;
    }
    auto rows = DayList::loadRows(m_session, from.toSecsSinceEpoch(), to.toSecsSinceEpoch(), m_practitionerIds);
    if (!rows)
        m_loadError = rows.error().message;
    m_rows = rows.valueOr({});
    if (!m_showCancelled)
        m_rows.rows.removeIf([](const AgendaRow &row) { return !AppointmentStatuses::occupiesSlot(row.status); });
    layOut();
}

namespace {

// Each practitioner's label for a narrow column: the initials, made longer only where two of
// those shown would share them (Jean André "JAn", Benoît André "BAn"; then more letters).
QHash<QString, QString> shortLabels(const QList<Practitioner> &practitioners)
{
    auto labelAt = [](const Practitioner &p, int level) -> QString {
        const QString first = p.firstName.trimmed();
        const QString last = p.lastName.trimmed();
        switch (level) {
        case 0:
            return first.left(1) + last.left(1);
        case 1:
            return first.left(1) + last.left(2);
        case 2:
            return first.left(2) + last.left(2);
        default:
            return first.left(1) + u". "_s + last;
        }
    };
    QHash<QString, int> level;
    QHash<QString, QString> out;
    for (int round = 0; round < 4; ++round) {
        out.clear();
        QHash<QString, int> uses;
        for (const Practitioner &p : practitioners) {
            out.insert(p.id, labelAt(p, level.value(p.id)));
            ++uses[out.value(p.id)];
        }
        bool clash = false;
        for (const Practitioner &p : practitioners)
            if (uses.value(out.value(p.id)) > 1 && level.value(p.id) < 3) {
                level[p.id] = level.value(p.id) + 1;
                clash = true;
            }
        if (!clash)
            break;
    }
    return out;
}

} // namespace

void AgendaGrid::layOut()
{
    const QList<Practitioner> &practitioners = m_contextPractitioners;
    m_shortLabels = shortLabels(practitioners);
    const QHash<QString, OpeningHours> &hours = m_contextHours;
    const QHash<QString, QList<Absence>> &absences = m_contextAbsences;
    const QDate first = m_mode == Mode::Week ? m_date.addDays(1 - m_date.dayOfWeek()) : m_date;
    const int days = m_mode == Mode::Week ? 7 : 1;
    m_columns.clear();
    // The grid spans the earliest opening to the latest closing, at least 8:00-18:00.
    int firstMinute = 8 * 60;
    int lastMinute = 18 * 60;
    // A week shows the days somebody works or has an appointment (Sunday usually goes).
    const ZoneDays zoneDays(m_zone, first, days);
    QList<int> dayOf; // the range's day index of each appointment, computed once
    dayOf.reserve(m_rows.rows.size());
    for (const AgendaRow &row : std::as_const(m_rows.rows))
        dayOf << zoneDays.dayIndex(row.start);
    QList<QDate> visibleDays;
    QList<int> visibleIndex(days, -1);
    for (int d = 0; d < days; ++d) {
        const QDate day = first.addDays(d);
        bool used = days == 1 || dayOf.contains(d);
        for (const Practitioner &p : std::as_const(practitioners))
            used = used || !hours.value(p.id).on(day).isEmpty();
        if (used) {
            visibleIndex[d] = int(visibleDays.size());
            visibleDays << day;
        }
    }
    for (const QDate &day : std::as_const(visibleDays)) {
        for (const Practitioner &p : std::as_const(practitioners)) {
            Column c;
            c.day = day;
            c.practitioner = p;
            for (const OpeningRange &r : hours.value(p.id).on(day)) {
                c.ranges << r;
                firstMinute = std::min(firstMinute, r.start.hour() * 60 + r.start.minute());
                lastMinute = std::max(lastMinute, r.end.hour() * 60 + r.end.minute());
            }
            c.absences = absences.value(p.id);
            m_columns << c;
        }
    }

    // The place of each of the practice's practitioners among the columns of a day.
    QList<int> practitionerIndex(m_rows.practitioners.size(), 0);
    for (int i = 0; i < practitioners.size(); ++i) {
        for (int k = 0; k < m_rows.practitioners.size(); ++k)
            if (m_rows.practitioners.at(k).id == practitioners.at(i).id)
                practitionerIndex[k] = i;
    }
    m_items.clear();
    m_items.reserve(m_rows.rows.size());
    m_perDay = std::max<int>(1, int(practitioners.size()));
    for (int i = 0; i < m_rows.rows.size(); ++i) {
        const AgendaRow &row = m_rows.rows.at(i);
        const int day = std::max(0, dayOf.at(i));
        const int column = std::max(0, visibleIndex.value(day)) * m_perDay
            + (row.practitioner < 0 ? 0 : practitionerIndex.at(row.practitioner));
        const int endDay = zoneDays.dayIndex(row.end);
        const int start = zoneDays.minuteOfDay(row.start);
        const int end = (endDay < 0 ? days - day : endDay - day) * 24 * 60 + zoneDays.minuteOfDay(row.end);
        m_items << GridItem{column, start, end}; // absolute minutes for now
    }
    // The grid also covers appointments booked outside the opening hours.
    for (const GridItem &item : std::as_const(m_items)) {
        firstMinute = std::min(firstMinute, item.startMinute);
        lastMinute = std::max(lastMinute, std::min(24 * 60, item.endMinute));
    }
    m_firstMinute = firstMinute / 60 * 60;
    m_lastMinute = std::min(24 * 60, (lastMinute + 59) / 60 * 60);
    for (GridItem &item : m_items) {
        item.startMinute -= m_firstMinute;
        item.endMinute -= m_firstMinute;
    }
    m_places = AgendaLayout::place(m_items);
    // Colours parsed once per practitioner and visit reason, not once per appointment.
    m_borders.clear();
    for (const AgendaRows::Name &p : std::as_const(m_rows.practitioners))
        m_borders << QColor(p.color.isEmpty() ? u"#4a90d9"_s : p.color).darker(110).rgb();
    m_fills.clear();
    for (const AgendaRows::Name &m : std::as_const(m_rows.motifs))
        m_fills << AgendaColors::readableFill(QColor(m.color.isEmpty() ? u"#7fb3e6"_s : m.color).lighter(125));
    m_looks.clear();
    m_looks.reserve(m_rows.rows.size());
    for (const AgendaRow &row : std::as_const(m_rows.rows))
        m_looks << lookOf(row);
    m_repaintItems.clear();
    m_backgroundDirty = true;
    update();
    if (QAccessible::isActive()) {
        // Other blocks: a screen reader reads the children again.
        QAccessibleEvent changed(this, QAccessible::ObjectReorder);
        QAccessible::updateAccessibility(&changed);
    }
}

AgendaGrid::Look AgendaGrid::lookOf(const AgendaRow &row) const
{
    static const QColor defaultFill = AgendaColors::readableFill(QColor(u"#7fb3e6"_s).lighter(125));
    static const QRgb defaultBorder = QColor(u"#4a90d9"_s).darker(110).rgb();
    Look look;
    look.cancelled = !AppointmentStatuses::occupiesSlot(row.status);
    const QColor &fill = row.motif < 0 ? defaultFill : m_fills.at(row.motif);
    // Cancelled and done appointments are faint: the colour at 35 % over the white of open hours.
    look.fill = look.cancelled || row.status == AppointmentStatus::Fulfilled
        ? AgendaColors::readableFill(QColor(faint(fill)), AgendaColors::CancelledText).rgb()
        : fill.rgb();
    look.border = row.practitioner < 0 ? defaultBorder : m_borders.at(row.practitioner);
    if (row.status != AppointmentStatus::Booked)
        look.status = statusColor(row.status).rgb();
    return look;
}

void AgendaGrid::refreshAppointments(const QStringList &ids)
{
    // Beyond a few dozen, one read of the week costs less than reading them one by one.
    // The drag guard: a drag holds item indexes, which a patch would shift.
    if (m_stale || m_reload.isActive() || m_contextKey.isEmpty() || ids.isEmpty() || ids.size() > 64
        || m_drag != Drag::None) {
        reloadAppointments();
        return;
    }
    const QDate first = m_mode == Mode::Week ? m_date.addDays(1 - m_date.dayOfWeek()) : m_date;
    const int days = m_mode == Mode::Week ? 7 : 1;
    const qint64 from = QDateTime(first, QTime(0, 0), m_zone).toSecsSinceEpoch();
    const qint64 to = QDateTime(first.addDays(days), QTime(0, 0), m_zone).toSecsSinceEpoch();
    const AgendaRows fresh = DayList::loadRows(m_session, from, to, m_practitionerIds, false, ids).valueOr({});
    auto sameNames = [](const QList<AgendaRows::Name> &a, const QList<AgendaRows::Name> &b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i)
            if (a.at(i).id != b.at(i).id || a.at(i).color != b.at(i).color || a.at(i).name != b.at(i).name)
                return false;
        return true;
    };
    if (!sameNames(fresh.practitioners, m_rows.practitioners) || !sameNames(fresh.motifs, m_rows.motifs)) {
        reloadAppointments();
        return;
    }
    QHash<QString, const AgendaRow *> found;
    for (const AgendaRow &row : fresh.rows)
        found.insert(row.id, &row);
    QList<int> changed; // painted again in place
    bool moved = false; // a block appeared, went or moved: the others may change lanes
    for (const QString &id : ids) {
        const int index = indexOf(id);
        const AgendaRow *row = found.value(id);
        const bool shown = row && (m_showCancelled || AppointmentStatuses::occupiesSlot(row->status));
        if (index < 0 && !shown)
            continue; // neither shown before nor now: another week, another practitioner
        const AgendaRow *old = index < 0 ? nullptr : &m_rows.rows.at(index);
        if (old && shown && old->start == row->start && old->end == row->end
            && old->practitioner == row->practitioner) {
            m_rows.rows[index] = *row; // its colours follow below, once the indexes are final
            if (!changed.contains(index))
                changed << index;
            continue;
        }
        // The rows are patched in memory (kept by start) and laid out again: no read of the week.
        if (old)
            m_rows.rows.removeAt(index);
        if (shown) {
            const auto at = std::upper_bound(m_rows.rows.begin(), m_rows.rows.end(), row->start,
                                             [](qint64 start, const AgendaRow &r) { return start < r.start; });
            m_rows.rows.insert(at, *row);
        }
        moved = true;
    }
    if (moved) {
        m_drag = Drag::None;
        m_dragging = false;
        layOut(); // every block painted again
        return;
    }
    for (const int index : std::as_const(changed)) {
        m_looks[index] = lookOf(m_rows.rows.at(index));
        if (!m_repaintItems.contains(index))
            m_repaintItems << index;
    }
    if (!changed.isEmpty())
        update();
}

void AgendaGrid::reloadAppointments()
{
    m_appointmentsOnly = true;
    reloadNow();
}

void AgendaGrid::invalidatePaintCache()
{
    m_backgroundDirty = true;
    update();
}

void AgendaGrid::resizeEvent(QResizeEvent *event)
{
    m_backgroundDirty = true;
    m_titles.clear();
    QWidget::resizeEvent(event);
}

int AgendaGrid::minuteOf(const QDateTime &utc, const QDate &day) const
{
    const QDateTime local = utc.toTimeZone(m_zone);
    const int minute = int(day.daysTo(local.date())) * 24 * 60 + local.time().hour() * 60 + local.time().minute();
    return minute - m_firstMinute;
}

double AgendaGrid::yOf(int minute) const
{
    const double body = height() - kHeader;
    return kHeader + body * minute / double(std::max(1, m_lastMinute - m_firstMinute));
}

QRectF AgendaGrid::columnRect(int column) const
{
    const double w = double(width() - kGutter) / std::max<qsizetype>(1, m_columns.size());
    return QRectF(kGutter + column * w, kHeader, w, height() - kHeader);
}

QRect AgendaGrid::itemRect(int index) const
{
    const GridItem &item = m_items.at(index);
    const GridPlacement &place = m_places.at(index);
    const QRectF col = columnRect(item.column).adjusted(2, 0, -2, 0);
    const double laneWidth = col.width() / place.lanes;
    const double top = yOf(item.startMinute);
    const double bottom = yOf(item.endMinute);
    return QRectF(col.left() + place.lane * laneWidth, top, laneWidth - 1, std::max(3.0, bottom - top - 1)).toRect();
}

QString AgendaGrid::appointmentIdAt(int index) const
{
    return m_rows.rows.value(index).id;
}

QString AgendaGrid::appointmentAt(const QPoint &pos) const
{
    for (int i = int(m_items.size()) - 1; i >= 0; --i) {
        if (itemRect(i).contains(pos))
            return m_rows.rows.at(i).id;
    }
    return {};
}

int AgendaGrid::indexOf(const QString &appointmentId) const
{
    for (int i = 0; i < m_rows.rows.size(); ++i) {
        if (m_rows.rows.at(i).id == appointmentId)
            return i;
    }
    return -1;
}

QPoint AgendaGrid::pointAt(const QString &practitionerId, const QDate &day, const QTime &time) const
{
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column &col = m_columns.at(c);
        if (col.day == day && col.practitioner.id == practitionerId) {
            const QRectF r = columnRect(c);
            const int minute = time.hour() * 60 + time.minute() - m_firstMinute;
            return QPointF(r.center().x(), yOf(minute) + 1).toPoint();
        }
    }
    return {-1, -1};
}

int AgendaGrid::columnAt(double x) const
{
    if (m_columns.isEmpty() || x < kGutter)
        return -1;
    const double w = double(width() - kGutter) / m_columns.size();
    const int c = int((x - kGutter) / w);
    return c < m_columns.size() ? c : -1;
}

int AgendaGrid::snappedMinuteAt(double y) const
{
    const double body = std::max(1, height() - kHeader);
    const double minute = (y - kHeader) * (m_lastMinute - m_firstMinute) / body;
    const int snapped = int(std::floor(minute / SnapMinutes)) * SnapMinutes;
    return std::clamp(snapped, 0, m_lastMinute - m_firstMinute);
}

QDateTime AgendaGrid::timeOf(int column, int minute) const
{
    const int local = m_firstMinute + minute;
    const QDate day = m_columns.at(column).day.addDays(local / (24 * 60));
    const int inDay = local % (24 * 60);
    return QDateTime(day, QTime(inDay / 60, inDay % 60), m_zone).toUTC();
}

QRect AgendaGrid::ghostRect() const
{
    if (!m_dragging || m_dragColumn < 0)
        return {};
    const QRectF col = columnRect(m_dragColumn).adjusted(2, 0, -2, 0);
    const int from = std::min(m_dragStart, m_dragEnd);
    const int to = std::max(m_dragStart, m_dragEnd);
    return QRectF(col.left(), yOf(from), col.width() - 1, std::max(3.0, yOf(to) - yOf(from) - 1)).toRect();
}

void AgendaGrid::mousePressEvent(QMouseEvent *event)
{
    QWidget::mousePressEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint pos = event->position().toPoint();
    m_pressPos = pos;
    m_dragging = false;
    m_drag = Drag::None;
    m_dragItem = -1;
    for (int i = int(m_items.size()) - 1; i >= 0; --i) {
        const QRect r = itemRect(i);
        if (!r.contains(pos))
            continue;
        Q_EMIT appointmentClicked(m_rows.rows.at(i).id);
        // Only what is still booked moves; the rest is history.
        if (m_rows.rows.at(i).status != AppointmentStatus::Booked)
            return;
        m_dragItem = i;
        m_dragColumn = m_items.at(i).column;
        m_dragStart = m_items.at(i).startMinute;
        m_dragEnd = m_items.at(i).endMinute;
        m_drag = pos.y() >= r.bottom() - 4 ? Drag::Resize : Drag::Move;
        m_grabOffset = snappedMinuteAt(pos.y()) - m_dragStart;
        return;
    }
    m_dragColumn = columnAt(pos.x());
    if (m_dragColumn >= 0 && pos.y() > kHeader) {
        m_drag = Drag::Create;
        m_dragStart = snappedMinuteAt(pos.y());
        m_dragEnd = m_dragStart + SnapMinutes;
    }
}

void AgendaGrid::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::None) {
        // The lower edge of a booked block changes its length.
        Qt::CursorShape shape = Qt::ArrowCursor;
        for (int i = int(m_items.size()) - 1; i >= 0; --i) {
            const QRect r = itemRect(i);
            if (r.contains(pos)) {
                if (m_rows.rows.at(i).status == AppointmentStatus::Booked && pos.y() >= r.bottom() - 4)
                    shape = Qt::SizeVerCursor;
                break;
            }
        }
        setCursor(shape);
        return;
    }
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true;
    const int minute = snappedMinuteAt(pos.y());
    const int span = m_lastMinute - m_firstMinute;
    switch (m_drag) {
    case Drag::Create:
        m_dragEnd = minute == m_dragStart ? minute + SnapMinutes : minute;
        break;
    case Drag::Resize: {
        // The lower edge follows the pointer to the nearest step.
        const int nearest = snappedMinuteAt(pos.y() + (yOf(SnapMinutes) - yOf(0)) / 2);
        m_dragEnd = std::max(m_dragStart + SnapMinutes, nearest);
        break;
    }
    case Drag::Move: {
        const int length = m_items.at(m_dragItem).endMinute - m_items.at(m_dragItem).startMinute;
        m_dragStart = std::clamp(minute - m_grabOffset, 0, std::max(0, span - length));
        m_dragEnd = m_dragStart + length;
        // Another day, the same practitioner: the column of that day for them.
        const int hovered = columnAt(pos.x());
        if (hovered >= 0)
            m_dragColumn = hovered / m_perDay * m_perDay + m_items.at(m_dragItem).column % m_perDay;
        break;
    }
    case Drag::None:
        break;
    }
    update();
}

void AgendaGrid::mouseReleaseEvent(QMouseEvent *event)
{
    QWidget::mouseReleaseEvent(event);
    const Drag drag = m_drag;
    const bool dragged = m_dragging;
    m_drag = Drag::None;
    m_dragging = false;
    update();
    if (!dragged || event->button() != Qt::LeftButton || m_dragColumn < 0)
        return;
    const int from = std::min(m_dragStart, m_dragEnd);
    const int to = std::max(m_dragStart, m_dragEnd);
    if (drag == Drag::Create) {
        Q_EMIT slotChosen(m_columns.at(m_dragColumn).practitioner.id, timeOf(m_dragColumn, from),
                          timeOf(m_dragColumn, to));
    } else if (drag == Drag::Move || drag == Drag::Resize) {
        const GridItem &item = m_items.at(m_dragItem);
        if (item.column == m_dragColumn && item.startMinute == from && item.endMinute == to)
            return;
        Q_EMIT appointmentDragged(m_rows.rows.at(m_dragItem).id, timeOf(m_dragColumn, from), timeOf(m_dragColumn, to));
    }
}

void AgendaGrid::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (event->button() != Qt::LeftButton || !appointmentAt(pos).isEmpty())
        return;
    const int column = columnAt(pos.x());
    if (column < 0 || pos.y() <= kHeader)
        return;
    m_drag = Drag::None;
    Q_EMIT slotChosen(m_columns.at(column).practitioner.id, timeOf(column, snappedMinuteAt(pos.y())), QDateTime());
}

void AgendaGrid::setSelectedAppointment(const QString &appointmentId)
{
    if (m_selected == appointmentId)
        return;
    m_selected = appointmentId;
    update();
}

QDateTime AgendaGrid::cursorTime() const
{
    if (m_cursorColumn < 0 || m_cursorColumn >= m_columns.size())
        return {};
    return timeOf(m_cursorColumn, m_cursorMinute);
}

void AgendaGrid::setKeyboardCursor(int column, const QTime &time)
{
    moveCursorTo(column, time.hour() * 60 + time.minute() - m_firstMinute);
}

int AgendaGrid::selectedIndex() const
{
    if (m_selected.isEmpty())
        return -1;
    if (m_selectedIndex < 0 || m_selectedIndex >= m_rows.rows.size()
        || m_rows.rows.at(m_selectedIndex).id != m_selected)
        m_selectedIndex = indexOf(m_selected);
    return m_selectedIndex;
}

int AgendaGrid::itemAtCursor() const
{
    if (m_cursorColumn < 0)
        return -1;
    for (int i = int(m_items.size()) - 1; i >= 0; --i) {
        const GridItem &item = m_items.at(i);
        if (item.column == m_cursorColumn && item.startMinute <= m_cursorMinute && item.endMinute > m_cursorMinute)
            return i;
    }
    return -1;
}

void AgendaGrid::moveCursorTo(int column, int minute)
{
    if (m_columns.isEmpty())
        return;
    m_cursorColumn = std::clamp(column, 0, int(m_columns.size()) - 1);
    m_cursorMinute = std::clamp(minute, 0, std::max(0, m_lastMinute - m_firstMinute - KeyStepMinutes));
    const int item = itemAtCursor();
    const QString id = item >= 0 ? m_rows.rows.at(item).id : QString();
    if (id != m_selected) {
        m_selected = id;
        Q_EMIT appointmentClicked(id);
    }
    update();
    announceCursor();
}

void AgendaGrid::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    // The cursor starts on the selected appointment, else at the current time of the first
    // column; taking the focus never changes what is selected.
    if (const int selected = selectedIndex(); selected >= 0) {
        m_cursorColumn = m_items.at(selected).column;
        m_cursorMinute = std::max(0, m_items.at(selected).startMinute);
    } else if (m_cursorColumn < 0 && !m_columns.isEmpty()) {
        const QDateTime now = m_session.now().toTimeZone(m_zone);
        const int minute = now.time().hour() * 60 + now.time().minute() - m_firstMinute;
        m_cursorColumn = 0;
        m_cursorMinute = std::clamp((minute / KeyStepMinutes) * KeyStepMinutes, 0,
                                    std::max(0, m_lastMinute - m_firstMinute - KeyStepMinutes));
    }
    update();
    announceCursor();
}

void AgendaGrid::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_drag != Drag::None) {
        m_drag = Drag::None;
        m_dragging = false;
        update();
        return;
    }
    if (m_columns.isEmpty() || event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (m_cursorColumn < 0)
        moveCursorTo(0, 0);
    const int item = itemAtCursor();
    switch (event->key()) {
    case Qt::Key_Down:
        // Over an appointment, to the time just after it; otherwise one slot down.
        moveCursorTo(m_cursorColumn,
                     item >= 0 ? m_items.at(item).endMinute : (m_cursorMinute / KeyStepMinutes + 1) * KeyStepMinutes);
        return;
    case Qt::Key_Up: {
        int minute = item >= 0 ? m_items.at(item).startMinute - 1 : m_cursorMinute - 1;
        minute = std::max(0, minute);
        // Landing in an appointment: its start; in free time: the slot's start.
        m_cursorMinute = minute;
        const int above = itemAtCursor();
        moveCursorTo(m_cursorColumn,
                     above >= 0 ? m_items.at(above).startMinute : (minute / KeyStepMinutes) * KeyStepMinutes);
        return;
    }
    case Qt::Key_Left:
        moveCursorTo(m_cursorColumn - 1, m_cursorMinute);
        return;
    case Qt::Key_Right:
        moveCursorTo(m_cursorColumn + 1, m_cursorMinute);
        return;
    case Qt::Key_Home:
        moveCursorTo(m_cursorColumn, 0);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (item >= 0)
            Q_EMIT appointmentActivated(m_rows.rows.at(item).id);
        else
            Q_EMIT slotChosen(m_columns.at(m_cursorColumn).practitioner.id, cursorTime(), QDateTime());
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool AgendaGrid::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString id = appointmentAt(help->pos());
        const int index = id.isEmpty() ? -1 : indexOf(id);
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        QToolTip::showText(help->globalPos(), toolTipFor(index), this, itemRect(index));
        return true;
    }
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        invalidatePaintCache(); // a theme chosen while the grid is shown: its grounds follow
    return QWidget::event(event);
}

} // namespace guichet
