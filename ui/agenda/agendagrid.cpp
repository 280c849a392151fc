#include "agendagrid.h"

#include "access/session.h"
#include "agenda/openinghours.h"
#include "store/practicerepository.h"
#include "timeutil.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStaticText>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

constexpr int kHeader = 38;
constexpr int kGutter = 48;

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
    auto mix = [](int c) {
        return (c * 35 + 255 * 65) / 100;
    };
    return qRgb(mix(colour.red()), mix(colour.green()), mix(colour.blue()));
}

} // namespace

AgendaGrid::AgendaGrid(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_zone(PracticeRepository(session.database()).displayZone())
    , m_date(session.now().toTimeZone(m_zone).date())
{
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
    const Database &db = m_session.database();
    PracticeRepository practice(db);
    QList<Practitioner> practitioners;
    for (const Practitioner &p : practice.practitioners()) {
        if (m_practitionerIds.isEmpty() || m_practitionerIds.contains(p.id))
            practitioners << p;
    }
    const QDate first = m_mode == Mode::Week ? m_date.addDays(1 - m_date.dayOfWeek()) : m_date;
    const int days = m_mode == Mode::Week ? 7 : 1;
    const QDateTime from(first, QTime(0, 0), m_zone);
    const QDateTime to(first.addDays(days), QTime(0, 0), m_zone);

    m_columns.clear();
    const QStringList ids = m_practitionerIds;
    m_rows = DayList::loadRows(db, from.toSecsSinceEpoch(), to.toSecsSinceEpoch(), ids);
    if (!m_showCancelled)
        m_rows.rows.removeIf([](const AgendaRow &row) { return !AppointmentStatuses::occupiesSlot(row.status); });
    QHash<QString, OpeningHours> hours; // the weekly template, and the days that differ
    QHash<QString, QList<Absence>> absences;
    for (const Practitioner &p : std::as_const(practitioners)) {
        hours.insert(p.id, OpeningHours::load(db, p.id, first, first.addDays(days - 1)));
        absences.insert(p.id, practice.absences(p.id, from.toUTC(), to.toUTC()));
    }
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
        m_items << GridItem { column, start, end }; // absolute minutes for now
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
    QList<QRgb> borders;
    for (const AgendaRows::Name &p : std::as_const(m_rows.practitioners))
        borders << QColor(p.color.isEmpty() ? u"#4a90d9"_s : p.color).darker(110).rgb();
    QList<QColor> fills;
    for (const AgendaRows::Name &m : std::as_const(m_rows.motifs))
        fills << QColor(m.color.isEmpty() ? u"#7fb3e6"_s : m.color).lighter(125);
    const QColor defaultFill = QColor(u"#7fb3e6"_s).lighter(125);
    const QRgb defaultBorder = QColor(u"#4a90d9"_s).darker(110).rgb();
    m_looks.clear();
    m_looks.reserve(m_rows.rows.size());
    for (const AgendaRow &row : std::as_const(m_rows.rows)) {
        Look look;
        look.cancelled = !AppointmentStatuses::occupiesSlot(row.status);
        const QColor &fill = row.motif < 0 ? defaultFill : fills.at(row.motif);
        // Cancelled and done appointments are faint: the colour at 35 % over the white of open hours.
        look.fill = look.cancelled || row.status == AppointmentStatus::Fulfilled ? faint(fill) : fill.rgb();
        look.border = row.practitioner < 0 ? defaultBorder : borders.at(row.practitioner);
        if (row.status != AppointmentStatus::Booked)
            look.status = statusColor(row.status).rgb();
        m_looks << look;
    }
    m_backgroundDirty = true;
    update();
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
    return { -1, -1 };
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

void AgendaGrid::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_drag != Drag::None) {
        m_drag = Drag::None;
        m_dragging = false;
        update();
        return;
    }
    QWidget::keyPressEvent(event);
}

void AgendaGrid::paintGhost(QPainter &p) const
{
    const QRect r = ghostRect();
    if (r.isNull())
        return;
    p.fillRect(r, QColor(31, 95, 168, 60));
    p.setPen(QPen(QColor(u"#1f5fa8"_s), 1, Qt::DashLine));
    p.drawRect(r.adjusted(0, 0, -1, -1));
    const int from = m_firstMinute + std::min(m_dragStart, m_dragEnd);
    const int to = m_firstMinute + std::max(m_dragStart, m_dragEnd);
    auto hhmm = [](int m) {
        return QStringLiteral("%1:%2").arg((m / 60) % 24, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0'));
    };
    const QString label = hhmm(from) + u" – "_s + hhmm(to);
    const QFontMetrics fm = fontMetrics();
    const QRect tag(r.left(), r.top() - fm.height() - 2, fm.horizontalAdvance(label) + 8, fm.height() + 2);
    p.fillRect(tag, QColor(u"#1f5fa8"_s));
    p.setPen(Qt::white);
    p.drawText(tag, Qt::AlignCenter, label);
}

const QStaticText &AgendaGrid::title(const QString &text, int maxWidth, bool bold, const QString &shortText) const
{
    // Column titles repeat (the same practitioners every day of the week) and rarely
    // change: measured and shaped once, then drawn from the cache.
    const QString key = text + QChar(0x1f) + QString::number(maxWidth) + (bold ? u"b"_s : u"r"_s);
    auto it = m_titles.find(key);
    if (it == m_titles.end()) {
        QFont f = font();
        f.setBold(bold);
        const QFontMetrics fm(f);
        const QString shown = !shortText.isEmpty() && fm.horizontalAdvance(text) > maxWidth - 2 ? shortText : text;
        QStaticText st(fm.elidedText(shown, Qt::ElideRight, std::max(0, maxWidth)));
        st.setTextFormat(Qt::PlainText);
        st.prepare(QTransform(), f);
        it = m_titles.insert(key, st);
    }
    return *it;
}

namespace {

QRect toDevice(const QRect &r, qreal dpr)
{
    if (dpr == 1.0)
        return r;
    return QRectF(r.x() * dpr, r.y() * dpr, r.width() * dpr, r.height() * dpr).toAlignedRect();
}

} // namespace

void AgendaGrid::paintGridPixels(QImage &image) const
{
    // Closed time, opening hours, hour lines and column separators, straight into the
    // pixels. Rows are alike between two boundaries (a range opening or closing, a line):
    // each row is made once and copied down, instead of thousands of rectangles painted.
    const qreal dpr = image.devicePixelRatio();
    const int w = image.width();
    const int h = image.height();
    const int columns = int(m_columns.size());
    if (w <= 0 || h <= 0)
        return;
    const QRgb closed = qRgb(0xf3, 0xf4, 0xf6);
    const QRgb open = qRgb(0xff, 0xff, 0xff);
    const QRgb hourLine = qRgb(0xd5, 0xd9, 0xde);
    const QRgb halfLine = qRgb(0xec, 0xee, 0xf1);
    const QRgb dayLine = qRgb(0x7d, 0x87, 0x93);
    const QRgb window = palette().color(QPalette::Window).rgb();

    // Which columns are open on each device row, the device span of each column, the lines.
    std::vector<quint8> openAt(size_t(h) * size_t(std::max(1, columns)), 0);
    std::vector<std::pair<int, int>> spans(size_t(columns), { 0, -1 }); // device x, first and last
    for (int c = 0; c < columns; ++c) {
        const QRectF r = columnRect(c);
        for (const OpeningRange &range : m_columns.at(c).ranges) {
            const int a = range.start.hour() * 60 + range.start.minute() - m_firstMinute;
            const int b = range.end.hour() * 60 + range.end.minute() - m_firstMinute;
            const QRect d = toDevice(QRectF(r.left(), yOf(a), r.width(), yOf(b) - yOf(a)).toRect(), dpr)
                                .intersected(image.rect());
            if (d.isEmpty())
                continue;
            spans[size_t(c)] = { d.left(), d.right() };
            for (int y = d.top(); y <= d.bottom(); ++y)
                openAt[size_t(y) * size_t(columns) + size_t(c)] = 1;
        }
    }
    std::vector<quint8> lineAt(size_t(h), 0); // 1 hour, 2 half-hour
    for (int m = 0; m <= m_lastMinute - m_firstMinute; m += 30) {
        const QRect d = toDevice(QRect(kGutter, int(yOf(m)), width() - kGutter, 1), dpr).intersected(image.rect());
        for (int y = d.top(); y <= d.bottom(); ++y)
            lineAt[size_t(y)] = m % 60 == 0 ? 1 : 2;
    }
    const int header = std::min(h, toDevice(QRect(0, 0, 1, kHeader), dpr).bottom() + 1);
    const int gutter = std::min(w, toDevice(QRect(kGutter, 0, 1, 1), dpr).left());
    const bool week = m_mode == Mode::Week;
    struct Separator
    {
        int left;
        int right;
        bool day;
    };
    std::vector<Separator> separators;
    separators.reserve(size_t(columns));
    for (int c = 0; c < columns; ++c) {
        const QRect d = toDevice(QRect(int(columnRect(c).left()), 0, 1, 1), dpr).intersected(QRect(0, 0, w, 1));
        if (!d.isEmpty())
            separators.push_back({ d.left(), d.right(), week && c % m_perDay == 0 });
    }

    auto *bits = reinterpret_cast<QRgb *>(image.bits());
    const qsizetype stride = image.bytesPerLine() / qsizetype(sizeof(QRgb));
    auto separate = [&](QRgb *row, bool inHeader) {
        for (const Separator &s : separators) {
            if (inHeader && !s.day)
                continue;
            std::fill(row + s.left, row + s.right + 1, s.day ? dayLine : hourLine);
        }
    };
    // The header: the window's colour and the lines between days.
    if (header > 0) {
        std::fill_n(bits, w, window);
        separate(bits, true);
        for (int y = 1; y < header; ++y)
            std::copy_n(bits, w, bits + y * stride);
    }
    const quint8 *previous = nullptr;
    int previousLine = -1;
    for (int y = header; y < h; ++y) {
        QRgb *row = bits + y * stride;
        const quint8 *flags = openAt.data() + size_t(y) * size_t(columns);
        const int line = lineAt[size_t(y)];
        if (previous && line == previousLine && std::equal(flags, flags + columns, previous)) {
            std::copy_n(row - stride, w, row);
            continue;
        }
        std::fill_n(row, w, closed);
        if (line) {
            std::fill(row + gutter, row + w, line == 1 ? hourLine : halfLine);
        } else {
            for (int c = 0; c < columns; ++c) {
                const auto [left, right] = spans[size_t(c)];
                if (flags[c] && right >= left)
                    std::fill(row + left, row + right + 1, open);
            }
        }
        separate(row, false);
        previous = flags;
        previousLine = line;
    }
}

void AgendaGrid::paintBackground(QPainter &p) const
{
    // Over the pixels: absences hatched, the hours in the gutter, the column titles.
    p.setFont(font());
    const QPalette pal = palette();
    const int columns = int(m_columns.size());
    const QBrush hatch(QColor(u"#c9ced6"_s), Qt::BDiagPattern);
    for (int c = 0; c < columns; ++c) {
        const Column &col = m_columns.at(c);
        if (col.absences.isEmpty())
            continue;
        const QRectF r = columnRect(c);
        const QDateTime dayStart(col.day, QTime(0, 0), m_zone);
        const QDateTime dayEnd(col.day.addDays(1), QTime(0, 0), m_zone);
        for (const Absence &absence : col.absences) {
            if (absence.end <= dayStart || absence.start >= dayEnd)
                continue;
            const int a = std::max(0, minuteOf(std::max(absence.start, dayStart.toUTC()), col.day));
            const int b
                = std::min(m_lastMinute - m_firstMinute, minuteOf(std::min(absence.end, dayEnd.toUTC()), col.day));
            p.fillRect(QRectF(r.left(), yOf(a), r.width(), yOf(b) - yOf(a)).toRect(), hatch);
        }
    }
    p.setPen(QColor(u"#5f6b7a"_s));
    for (int m = 0; m < m_lastMinute - m_firstMinute; m += 60) {
        const QStaticText &hour = title(QString::number((m + m_firstMinute) / 60) + u" h"_s, kGutter - 6, false);
        p.drawStaticText(QPointF(kGutter - 6 - hour.size().width(), int(yOf(m)) + 1), hour);
    }
    const bool week = m_mode == Mode::Week;
    const QColor text = pal.color(QPalette::WindowText);
    const int half = kHeader / 2;
    QFont bold = font();
    bold.setBold(true);
    for (int c = 0; c < columns; ++c) {
        const QRectF r = columnRect(c);
        const bool dayStart = c % m_perDay == 0;
        const Column &col = m_columns.at(c);
        if (!week) {
            const QStaticText &name = title(col.practitioner.displayName(), int(r.width() - 4), false);
            p.setPen(text);
            p.drawStaticText(QPointF(r.center().x() - name.size().width() / 2, (kHeader - name.size().height()) / 2),
                             name);
            continue;
        }
        if (dayStart) {
            const QStaticText &day
                = title(QLocale().toString(col.day, u"dddd d MMMM"_s), int(r.width() * m_perDay), true);
            p.setPen(text);
            p.setFont(bold); // a static text is drawn with the painter's font
            p.drawStaticText(QPointF(r.left() + (r.width() * m_perDay - day.size().width()) / 2,
                                     1 + (half - 1 - day.size().height()) / 2),
                             day);
            p.setFont(font());
        }
        // Below the day, each practitioner by name, or initials when the column is narrow.
        const QStaticText &label = title(col.practitioner.lastName, int(r.width() - 2), false,
                                         col.practitioner.firstName.left(1) + col.practitioner.lastName.left(1));
        p.setPen(QColor(col.practitioner.color.isEmpty() ? u"#5f6b7a"_s : col.practitioner.color));
        p.drawStaticText(
            QPointF(r.center().x() - label.size().width() / 2, half + (half - 1 - label.size().height()) / 2), label);
    }
}

namespace {

// Straight into the pixels: a week holds thousands of small blocks, and one QPainter call
// each costs more than the pixels themselves.
class PixelWriter
{
public:
    explicit PixelWriter(QImage &image)
        : m_bits(reinterpret_cast<QRgb *>(image.bits()))
        , m_stride(image.bytesPerLine() / int(sizeof(QRgb)))
        , m_bounds(image.rect())
    { }
    // One appointment in one pass over its rows: fill, a one-pixel border (0: none) and the
    // status strip on the left (0: none).
    void block(const QRect &rect, QRgb fill, QRgb border, QRgb strip, int stripWidth)
    {
        const QRect r = rect.intersected(m_bounds);
        if (r.isEmpty())
            return;
        const int w = r.width();
        for (int y = r.top(); y <= r.bottom(); ++y) {
            QRgb *row = m_bits + qsizetype(y) * m_stride + r.left();
            const bool edge = border && (y == rect.top() || y == rect.bottom());
            std::fill_n(row, w, edge ? border : fill);
            if (border && !edge) {
                if (r.left() == rect.left())
                    row[0] = border;
                if (r.right() == rect.right())
                    row[w - 1] = border;
            }
            if (strip)
                std::fill_n(row, std::min(w, stripWidth), strip);
        }
    }

private:
    QRgb *m_bits;
    int m_stride;
    QRect m_bounds;
};

} // namespace

void AgendaGrid::paintItems(QImage &image) const
{
    const qreal dpr = image.devicePixelRatio();
    const QFont base = font();
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.9);
    const QFontMetrics sfm(small);
    const int timeWidth = sfm.horizontalAdvance(u"00:00"_s) + 8; // below this, colour only
    QList<int> labelled; // blocks large enough for a line of text
    {
        PixelWriter pixels(image);
        for (int i = 0; i < m_items.size(); ++i) {
            const Look &look = m_looks.at(i);
            const QRect r = itemRect(i);
            // A border on a sliver only blurs it.
            pixels.block(toDevice(r, dpr), look.fill, r.width() >= 6 ? look.border : 0, look.status,
                         int(std::min(4, r.width() / 3 + 1) * dpr));
            if (r.height() >= sfm.height() && r.width() >= timeWidth)
                labelled << i;
        }
    }
    if (labelled.isEmpty())
        return;
    QPainter p(&image);
    QFont struck = small;
    struck.setStrikeOut(true);
    for (const int i : std::as_const(labelled)) {
        const AgendaRow &row = m_rows.rows.at(i);
        const Look &look = m_looks.at(i);
        const int minute = m_items.at(i).startMinute + m_firstMinute;
        const QString time = QStringLiteral("%1:%2")
                                 .arg(minute / 60, 2, 10, QLatin1Char('0'))
                                 .arg(minute % 60, 2, 10, QLatin1Char('0'));
        const QString motif = row.motif < 0 ? QString() : m_rows.motifs.at(row.motif).name;
        const QRect inner = itemRect(i).adjusted(6, 1, -2, -1);
        p.setPen(look.cancelled ? QColor(u"#8a949e"_s) : QColor(u"#1d2733"_s));
        p.setFont(look.cancelled ? struck : small);
        const QString first = sfm.elidedText(time + u' ' + row.patientName(), Qt::ElideRight, inner.width());
        p.drawText(QRect(inner.left(), inner.top(), inner.width(), sfm.height()), Qt::AlignLeft, first);
        if (inner.height() >= 2 * sfm.height() && !motif.isEmpty())
            p.drawText(QRect(inner.left(), inner.top() + sfm.height(), inner.width(), sfm.height()), Qt::AlignLeft,
                       sfm.elidedText(motif, Qt::ElideRight, inner.width()));
    }
}

void AgendaGrid::paintEvent(QPaintEvent *)
{
    const qreal dpr = devicePixelRatioF();
    if (m_background.size() != size() * dpr) {
        // Allocated again only when the size changes: a fresh image costs page faults.
        m_background = QImage(size() * dpr, QImage::Format_RGB32);
        m_background.setDevicePixelRatio(dpr);
        m_backgroundDirty = true;
    }
    if (m_backgroundDirty) {
        m_backgroundDirty = false;
        paintGridPixels(m_background);
        {
            QPainter bg(&m_background);
            paintBackground(bg);
        }
        paintItems(m_background);
    }
    QPainter p(this);
    p.drawImage(0, 0, m_background);
    // The current time, across today's columns (never cached: it moves).
    const int columns = int(m_columns.size());
    const QDateTime now = m_session.now().toTimeZone(m_zone);
    const int nowMinute = now.time().hour() * 60 + now.time().minute() - m_firstMinute;
    if (nowMinute >= 0 && nowMinute <= m_lastMinute - m_firstMinute) {
        p.setPen(QPen(QColor(u"#d93025"_s), 2));
        for (int c = 0; c < columns; ++c) {
            if (m_columns.at(c).day != now.date())
                continue;
            const QRectF r = columnRect(c);
            p.drawLine(QPointF(r.left(), yOf(nowMinute)), QPointF(r.right(), yOf(nowMinute)));
        }
    }
    paintGhost(p);
}

} // namespace guichet
