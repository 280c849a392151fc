#include "core/agenda/daycounts.h"

#include "core/access/session.h"
#include "core/base/timeutil.h"
#include "core/store/database.h"
#include "core/store/practicerepository.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace guichet {

Result<DayCounts> DayCounts::load(const Database &db, const QDate &first, int days, const QStringList &practitionerIds)
{
    const QTimeZone zone = PracticeRepository(db).displayZone();
    const ZoneDays zoneDays(zone, first, days);
    DayCounts out;
    out.appointments = QList<int>(days, 0);
    out.noShows = QList<int>(days, 0);
    QString sql = u"SELECT start_utc, status FROM appointments WHERE start_utc >= ? AND start_utc < ? "
                  "AND status NOT IN ('cancelled', 'entered-in-error')"_s;
    QVariantList values{toStored(QDateTime(first, QTime(0, 0), zone)),
                        toStored(QDateTime(first.addDays(days), QTime(0, 0), zone))};
    if (!practitionerIds.isEmpty()) {
        sql += u" AND practitioner_id IN ("_s + QStringList(practitionerIds.size(), u"?"_s).join(u", "_s) + u')';
        for (const QString &id : practitionerIds)
            values << id;
    }
    auto r = db.exec(sql, values);
    if (!r)
        return r.error();
    while (r->next()) {
        const int day = zoneDays.dayIndex(fromStored(r->value(0).toLongLong()));
        if (day < 0)
            continue;
        ++out.appointments[day];
        if (r->value(1).toString() == u"noshow"_s)
            ++out.noShows[day];
    }
    return out;
}

Result<DayCounts> DayCounts::load(const Session &session, const QDate &first, int days,
                                  const QStringList &practitionerIds)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    return load(session.database(), first, days, practitionerIds);
}

} // namespace guichet
