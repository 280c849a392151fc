#include "core/agenda/icsexport.h"

#include "core/access/session.h"
#include "core/agenda/daylist.h"
#include "core/store/database.h"
#include "core/store/practicerepository.h"

#include <QSaveFile>

#include <libical/ical.h>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

icaltimetype utcTime(const QDateTime &utc)
{
    return icaltime_from_timet_with_zone(time_t(utc.toSecsSinceEpoch()), 0, icaltimezone_get_utc_timezone());
}

} // namespace

Result<int> IcsExport::write(const Session &session, const QString &practitionerId, const QDate &from, const QDate &to,
                             const QString &file)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    const Database &db = session.database();
    PracticeRepository practice(db);
    auto practitioner = practice.practitioner(practitionerId);
    if (!practitioner)
        return Error::invalid(practitioner.error().message, u"ics.practitioner"_s);
    if (!from.isValid() || !to.isValid() || to < from)
        return Error::invalid(tr("The last day cannot come before the first."), u"ics.dates"_s);
    const QTimeZone zone = practice.displayZone();
    const QList<DayListEntry> entries = DayList::loadRange(
        db, QDateTime(from, QTime(0, 0), zone), QDateTime(to.addDays(1), QTime(0, 0), zone), {practitionerId});
    icalcomponent *calendar =
        icalcomponent_vanew(ICAL_VCALENDAR_COMPONENT, icalproperty_new_version("2.0"),
                            icalproperty_new_prodid("-//Guichet//Agenda//FR"), static_cast<void *>(nullptr));
    const QByteArray calendarName = practitioner->displayName().toUtf8();
    icalcomponent_add_property(calendar, icalproperty_new_x(calendarName.constData()));
    icalproperty_set_x_name(icalcomponent_get_first_property(calendar, ICAL_X_PROPERTY), "X-WR-CALNAME");
    int written = 0;
    const icaltimetype stamp = utcTime(session.now());
    for (const DayListEntry &e : entries) {
        const Appointment &a = e.appointment;
        if (!AppointmentStatuses::occupiesSlot(a.status))
            continue;
        icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        const QByteArray uid = (a.id + u"@guichet"_s).toUtf8();
        const QByteArray summary =
            (e.motifLabel.isEmpty() ? e.patientName() : e.patientName() + u" — "_s + e.motifLabel).toUtf8();
        const QByteArray status = AppointmentStatuses::label(a.status).toUtf8();
        icalcomponent_add_property(event, icalproperty_new_uid(uid.constData()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
        icalcomponent_add_property(event, icalproperty_new_dtstart(utcTime(a.start)));
        icalcomponent_add_property(event, icalproperty_new_dtend(utcTime(a.end)));
        icalcomponent_add_property(event, icalproperty_new_summary(summary.constData()));
        icalcomponent_add_property(event, icalproperty_new_description(status.constData()));
        icalcomponent_add_property(event, icalproperty_new_status(ICAL_STATUS_CONFIRMED));
        icalcomponent_add_component(calendar, event);
        ++written;
    }
    char *text = icalcomponent_as_ical_string_r(calendar);
    const QByteArray data(text);
    icalmemory_free_buffer(text);
    icalcomponent_free(calendar);

    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size())
        return Error::io(tr("The file %1 could not be written.").arg(file));
    // An export that cannot be audited does not leave: the file is committed only after.
    if (auto audited = session.audit(u"agenda.export-ics"_s, u"practitioner"_s, practitionerId, QString(),
                                     QJsonObject{{u"file"_s, file},
                                                 {u"appointments"_s, written},
                                                 {u"from"_s, from.toString(Qt::ISODate)},
                                                 {u"to"_s, to.toString(Qt::ISODate)}});
        !audited)
        return audited.error();
    if (!out.commit())
        return Error::io(tr("The file %1 could not be written.").arg(file));
    return written;
}

} // namespace guichet
