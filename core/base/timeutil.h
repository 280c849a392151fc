#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace guichet {

// Times are stored as UTC seconds since the epoch and shown in the site's zone.
inline qint64 toStored(const QDateTime &t)
{
    return t.toSecsSinceEpoch();
}

inline QDateTime fromStored(qint64 secs)
{
    // Qt::UTC, not QTimeZone::utc(): the same instant without a time-zone backend lookup per row.
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

// Local days of a site's zone, for painting many appointments: which day of the range an
// instant falls on and its local minute, without a time-zone conversion per appointment
// (a day with a daylight-saving change falls back to the zone's own conversion).
class ZoneDays final
{
public:
    ZoneDays(const QTimeZone &zone, const QDate &first, int days);
    int dayIndex(const QDateTime &utc) const; // -1 outside the range
    int minuteOfDay(const QDateTime &utc) const; // local wall-clock minute of that day
    int dayIndex(qint64 utcSeconds) const;
    int minuteOfDay(qint64 utcSeconds) const;
    QDate first() const { return m_first; }

private:
    QTimeZone m_zone;
    QDate m_first;
    QList<qint64> m_starts; // UTC seconds of each local midnight, and the end
    QList<bool> m_regular; // no offset change within the day
};

// ISO 8601 with the zone's offset, e.g. 2026-11-23T09:30:00+01:00.
QString toIsoInZone(const QDateTime &utc, const QTimeZone &zone);

// Parses ISO 8601 with an offset, or a local date-time in `zone`.
QDateTime parseIso(const QString &text, const QTimeZone &zone);

} // namespace guichet
