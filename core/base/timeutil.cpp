#include "core/base/timeutil.h"

namespace guichet {

QString toIsoInZone(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.toTimeZone(zone).toString(Qt::ISODate);
}

QDateTime parseIso(const QString &text, const QTimeZone &zone)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return {};
        parsed = QDateTime(date, QTime(0, 0));
    }
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed = QDateTime(parsed.date(), parsed.time(), zone);
    return parsed.toUTC();
}

ZoneDays::ZoneDays(const QTimeZone &zone, const QDate &first, int days)
    : m_zone(zone)
    , m_first(first)
{
    for (int d = 0; d <= days; ++d)
        m_starts << QDateTime(first.addDays(d), QTime(0, 0), zone).toSecsSinceEpoch();
    for (int d = 0; d < days; ++d)
        m_regular << (m_starts.at(d + 1) - m_starts.at(d) == 86400);
}

int ZoneDays::dayIndex(const QDateTime &utc) const
{
    return dayIndex(utc.toSecsSinceEpoch());
}

int ZoneDays::dayIndex(qint64 t) const
{
    if (m_starts.isEmpty() || t < m_starts.first() || t >= m_starts.last())
        return -1;
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), t);
    return int(it - m_starts.begin()) - 1;
}

int ZoneDays::minuteOfDay(const QDateTime &utc) const
{
    return minuteOfDay(utc.toSecsSinceEpoch());
}

int ZoneDays::minuteOfDay(qint64 t) const
{
    const int day = dayIndex(t);
    if (day >= 0 && m_regular.at(day))
        return int((t - m_starts.at(day)) / 60);
    // A day with an offset change (or outside the range): the zone's wall clock.
    const QTime local = QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toTimeZone(m_zone).time();
    return local.hour() * 60 + local.minute();
}

} // namespace guichet
