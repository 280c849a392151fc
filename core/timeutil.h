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
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc());
}

// ISO 8601 with the zone's offset, e.g. 2026-11-23T09:30:00+01:00.
QString toIsoInZone(const QDateTime &utc, const QTimeZone &zone);

// Parses ISO 8601 with an offset, or a local date-time in `zone`.
QDateTime parseIso(const QString &text, const QTimeZone &zone);

} // namespace guichet
