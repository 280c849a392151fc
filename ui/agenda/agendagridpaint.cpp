#include "core/access/session.h"
#include "ui/agenda/agendacolors.h"
#include "ui/agenda/agendagrid.h"
#include "ui/agenda/agendagrid_p.h"

#include <QPainter>
#include <QStaticText>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

// The grid's painting: the background and the blocks written straight into the pixels of
// a cached image, the labels and titles over them, the drag ghost and the time line on top.
namespace guichet {

void AgendaGrid::paintGhost(QPainter &p) const
{
    const QRect r = ghostRect();
    if (r.isNull())
        return;
    const QColor accent = AgendaColors::surface(palette()).accent;
    QColor veil = accent;
    veil.setAlpha(60);
    p.fillRect(r, veil);
    p.setPen(QPen(accent, 1, Qt::DashLine));
    p.drawRect(r.adjusted(0, 0, -1, -1));
    const int from = m_firstMinute + std::min(m_dragStart, m_dragEnd);
    const int to = m_firstMinute + std::max(m_dragStart, m_dragEnd);
    auto hhmm = [](int m) {
        return QStringLiteral("%1:%2").arg((m / 60) % 24, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0'));
    };
    const QString label = hhmm(from) + u" – "_s + hhmm(to);
    const QFontMetrics fm = fontMetrics();
    const QRect tag(r.left(), r.top() - fm.height() - 2, fm.horizontalAdvance(label) + 8, fm.height() + 2);
    p.fillRect(tag, accent);
    p.setPen(Tones::isDarkColor(accent) ? QColor(Qt::white) : QColor(Qt::black));
    p.drawText(tag, Qt::AlignCenter, label);
}

const QStaticText &AgendaGrid::title(const QString &text, int maxWidth, bool bold, const QString &shortText) const
{
    // Column titles repeat (the same practitioners every day of the week) and rarely
    // change: measured and shaped once, then drawn from the cache.
    const QString key =
        text + QChar(0x1f) + shortText + QChar(0x1f) + QString::number(maxWidth) + (bold ? u"b"_s : u"r"_s);
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
    const AgendaColors::Surface surface = AgendaColors::surface(palette());
    const QRgb closed = surface.closed.rgb();
    const QRgb open = surface.open.rgb();
    const QRgb hourLine = surface.hourLine.rgb();
    const QRgb halfLine = surface.halfLine.rgb();
    const QRgb dayLine = surface.dayLine.rgb();
    const QRgb window = surface.header.rgb();

    // Which columns are open on each device row, the device span of each column, the lines.
    std::vector<quint8> openAt(size_t(h) * size_t(std::max(1, columns)), 0);
    std::vector<std::pair<int, int>> spans(size_t(columns), {0, -1}); // device x, first and last
    for (int c = 0; c < columns; ++c) {
        const QRectF r = columnRect(c);
        for (const OpeningRange &range : m_columns.at(c).ranges) {
            const int a = range.start.hour() * 60 + range.start.minute() - m_firstMinute;
            const int b = range.end.hour() * 60 + range.end.minute() - m_firstMinute;
            const QRect d =
                toDevice(QRectF(r.left(), yOf(a), r.width(), yOf(b) - yOf(a)).toRect(), dpr).intersected(image.rect());
            if (d.isEmpty())
                continue;
            spans[size_t(c)] = {d.left(), d.right()};
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
            separators.push_back({d.left(), d.right(), week && c % m_perDay == 0});
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
    const AgendaColors::Surface surface = AgendaColors::surface(palette());
    const int columns = int(m_columns.size());
    const QBrush hatch(surface.hourLine, Qt::BDiagPattern);
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
            const int b =
                std::min(m_lastMinute - m_firstMinute, minuteOf(std::min(absence.end, dayEnd.toUTC()), col.day));
            p.fillRect(QRectF(r.left(), yOf(a), r.width(), yOf(b) - yOf(a)).toRect(), hatch);
        }
    }
    p.setPen(surface.hint);
    for (int m = 0; m < m_lastMinute - m_firstMinute; m += 60) {
        const QStaticText &hour = title(QString::number((m + m_firstMinute) / 60) + u" h"_s, kGutter - 6, false);
        p.drawStaticText(QPointF(kGutter - 6 - hour.size().width(), int(yOf(m)) + 1), hour);
    }
    const bool week = m_mode == Mode::Week;
    const QColor text = surface.text;
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
            const QStaticText &day =
                title(QLocale().toString(col.day, u"dddd d MMMM"_s), int(r.width() * m_perDay), true);
            p.setPen(text);
            p.setFont(bold); // a static text is drawn with the painter's font
            p.drawStaticText(QPointF(r.left() + (r.width() * m_perDay - day.size().width()) / 2,
                                     1 + (half - 1 - day.size().height()) / 2),
                             day);
            p.setFont(font());
        }
        // Below the day, each practitioner by name, or a short label when the column is narrow,
        // never the same for two (Jean André and Benoît André are not both "BA").
        const QStaticText &label =
            title(col.practitioner.lastName, int(r.width() - 2), false, m_shortLabels.value(col.practitioner.id));
        p.setPen(AgendaColors::readableText(
            QColor(col.practitioner.color.isEmpty() ? u"#5f6b7a"_s : col.practitioner.color), surface.header));
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
    {}
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

void AgendaGrid::paintItems(QImage &image, const QList<int> *only) const
{
    const qreal dpr = image.devicePixelRatio();
    const QFont base = font();
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.9);
    const QFontMetrics sfm(small);
    // Blocks lower than a line of the small font (10 minutes on a full day) still say whose
    // they are, in a smaller one.
    QFont tiny = base;
    tiny.setPixelSize(std::max(8, int(sfm.height() * 0.62)));
    const QFontMetrics tfm(tiny);
    const int timeWidth = sfm.horizontalAdvance(u"00:00"_s) + 8; // below this, colour only
    QList<int> labelled; // blocks large enough for a line of text
    {
        PixelWriter pixels(image);
        const int count = only ? int(only->size()) : int(m_items.size());
        for (int k = 0; k < count; ++k) {
            const int i = only ? only->at(k) : k;
            const Look &look = m_looks.at(i);
            const QRect r = itemRect(i);
            // A border on a sliver only blurs it.
            pixels.block(toDevice(r, dpr), look.fill, r.width() >= 6 ? look.border : 0, look.status,
                         int(std::min(4, r.width() / 3 + 1) * dpr));
            if (r.height() >= tfm.height() && r.width() >= timeWidth)
                labelled << i;
        }
    }
    if (labelled.isEmpty())
        return;
    QPainter p(&image);
    QFont struck = small;
    struck.setStrikeOut(true);
    QFont tinyStruck = tiny;
    tinyStruck.setStrikeOut(true);
    const bool week = m_mode == Mode::Week;
    for (const int i : std::as_const(labelled)) {
        const AgendaRow &row = m_rows.rows.at(i);
        const Look &look = m_looks.at(i);
        const int minute = m_items.at(i).startMinute + m_firstMinute;
        const QString time =
            QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
        QString motif = row.motif < 0 ? QString() : m_rows.motifs.at(row.motif).name;
        if (row.motif >= 0 && m_rows.motifs.at(row.motif).video)
            motif += u" · "_s + tr("video");
        const QRect inner = itemRect(i).adjusted(6, 1, -2, -1);
        p.setPen(look.cancelled ? AgendaColors::CancelledText : AgendaColors::Text); // 4.5:1 on its fill
        const bool fits = itemRect(i).height() >= sfm.height();
        const QFontMetrics &fm = fits ? sfm : tfm;
        p.setFont(fits ? (look.cancelled ? struck : small) : (look.cancelled ? tinyStruck : tiny));
        // The week is read by the block's place for the time: the patient first; the day says both.
        const QString who = statusMark(row.status) + BookingChannels::mark(row.channel) + row.patientName()
            + (row.hasNote ? u" ✎"_s : QString());
        const QString first = fm.elidedText(week ? who : time + u' ' + who, Qt::ElideRight, inner.width());
        p.drawText(QRect(inner.left(), inner.top(), inner.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   first);
        if (fits && inner.height() >= 2 * sfm.height() && !motif.isEmpty())
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
        m_repaintItems.clear();
    } else if (!m_repaintItems.isEmpty()) {
        paintItems(m_background, &m_repaintItems);
        m_repaintItems.clear();
    }
    QPainter p(this);
    p.drawImage(0, 0, m_background);
    // The current time, across today's columns (never cached: it moves).
    const int columns = int(m_columns.size());
    const QDateTime now = m_session.now().toTimeZone(m_zone);
    const int nowMinute = now.time().hour() * 60 + now.time().minute() - m_firstMinute;
    const bool todayShown =
        std::any_of(m_columns.begin(), m_columns.end(), [&now](const Column &c) { return c.day == now.date(); });
    if (todayShown && nowMinute >= 0 && nowMinute <= m_lastMinute - m_firstMinute) {
        // Drawn between the appointments under way, never across their text, with a mark at the
        // column's edge so the time still reads where blocks cover it all.
        const QColor red = AgendaColors::surface(palette()).alert;
        const double y = yOf(nowMinute);
        QHash<int, QList<std::pair<double, double>>> covered; // today's columns: the blocks the line meets
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            const GridItem &item = m_items.at(i);
            if (m_columns.at(item.column).day != now.date() || item.startMinute > nowMinute
                || item.endMinute <= nowMinute)
                continue;
            const QRect r = itemRect(int(i));
            covered[item.column].append({double(r.left()), double(r.right() + 1)});
        }
        p.setPen(QPen(red, 2));
        for (int c = 0; c < columns; ++c) {
            if (m_columns.at(c).day != now.date())
                continue;
            const QRectF r = columnRect(c);
            QList<std::pair<double, double>> blocks = covered.value(c);
            std::sort(blocks.begin(), blocks.end());
            double from = r.left();
            for (const auto &[left, right] : std::as_const(blocks)) {
                if (left > from)
                    p.drawLine(QPointF(from, y), QPointF(left, y));
                from = std::max(from, right);
            }
            if (from < r.right())
                p.drawLine(QPointF(from, y), QPointF(r.right(), y));
            p.setBrush(red);
            p.setPen(Qt::NoPen);
            p.drawPolygon(QPolygonF{QPointF(r.left(), y - 4), QPointF(r.left() + 5, y), QPointF(r.left(), y + 4)});
            p.setPen(QPen(red, 2));
            p.setBrush(Qt::NoBrush);
        }
    }
    paintGhost(p);
    const AgendaColors::Surface surface = AgendaColors::surface(palette());
    // The selected appointment, outlined; the keyboard cursor while the grid has the focus.
    if (const int selected = selectedIndex(); selected >= 0 && selected < m_items.size()) {
        p.setPen(QPen(surface.accent, 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(itemRect(selected).adjusted(0, 0, -1, -1));
    }
    if (hasFocus() && m_cursorColumn >= 0 && m_cursorColumn < columns) {
        const QRectF col = columnRect(m_cursorColumn).adjusted(1, 0, -1, 0);
        const QRectF cell(col.left(), yOf(m_cursorMinute), col.width(),
                          yOf(m_cursorMinute + KeyStepMinutes) - yOf(m_cursorMinute));
        QColor veil = surface.accent;
        veil.setAlpha(28);
        p.setPen(QPen(surface.accent, 1, Qt::DashLine));
        p.setBrush(veil);
        p.drawRect(cell);
    }
    if (!m_loadError.isEmpty()) {
        const QRectF band(0, 0, width(), p.fontMetrics().height() + 8);
        p.fillRect(band, surface.alertGround);
        p.setPen(Tones::on(Tone::Error, surface.alertGround));
        p.drawText(band.adjusted(8, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   tr("Opening hours or absences could not be read: %1").arg(m_loadError));
    }
}

} // namespace guichet
