#include "timeutil.h"

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

} // namespace guichet
