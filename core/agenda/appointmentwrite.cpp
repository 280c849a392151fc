#include "core/agenda/appointmentwrite.h"

#include "core/domain/appointmentstatus.h"
#include "core/domain/jsonformat.h"
#include "core/reminders/reminderservice.h"
#include "core/store/appointmentrepository.h"
#include "core/store/changejournal.h"
#include "core/store/database.h"
#include "core/store/practicerepository.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

// The journal carries the appointment in its own site's zone, whatever the desk displays
// (the practice's zone for an appointment received without a site).
Result<QTimeZone> siteZone(const Database &db, const QString &siteId)
{
    PracticeRepository practice(db);
    if (siteId.isEmpty())
        return practice.displayZone();
    auto site = practice.site(siteId);
    if (!site)
        return site.error();
    const QTimeZone zone(site->timeZone.toUtf8());
    if (!zone.isValid())
        return Error::invalid(AppointmentWrite::tr("The site's time zone \"%1\" is not known.").arg(site->timeZone),
                              u"site.time-zone"_s);
    return zone;
}

Result<void> journal(const Database &db, const Appointment &a, const QString &operation, const QDateTime &at)
{
    auto zone = siteZone(db, a.siteId);
    if (!zone)
        return zone.error();
    return ChangeJournal::record(db, u"appointment"_s, a.id, operation, Json::appointment(a, *zone), at);
}

} // namespace

Result<void> AppointmentWrite::create(const Database &db, const Appointment &a, const Step &step)
{
    AppointmentRepository appointments(db);
    if (auto ok = appointments.insert(a); !ok)
        return ok;
    if (!step.plansMessages) {
        if (auto ok = appointments.setPlansMessages(a.id, false); !ok)
            return ok;
    }
    if (auto ok = appointments.addTransition({0, a.id, std::nullopt, a.status, step.at, step.actor, step.why}); !ok)
        return ok;
    if (step.planLater)
        step.planLater->append(a.id);
    else if (auto ok = ReminderService::replan(db, a.id, step.at); !ok)
        return ok.error();
    if (step.origin == Origin::Here)
        return journal(db, a, u"create"_s, step.at);
    return {};
}

Result<void> AppointmentWrite::change(const Database &db, const Appointment &before, const Appointment &after,
                                      const Step &step)
{
    AppointmentRepository appointments(db);
    if (after != before) {
        if (auto ok = appointments.update(after); !ok)
            return ok;
    }
    const bool statusChanged = after.status != before.status;
    if (statusChanged || after.start != before.start || after.end != before.end || !step.kind.isEmpty()) {
        AppointmentTransition line{0, after.id, before.status, after.status, step.at, step.actor, step.why};
        line.kind = step.kind;
        if (auto ok = appointments.addTransition(line); !ok)
            return ok;
    }
    // Pending reminders follow the new time or status; a cancellation, a move or a no-show
    // plans its own notice.
    if (step.planLater)
        step.planLater->append(after.id);
    else if (auto ok = ReminderService::replan(db, after.id, step.at); !ok)
        return ok.error();
    if (step.origin == Origin::Here)
        return journal(db, after, statusChanged ? u"status"_s : u"update"_s, step.at);
    return {};
}

} // namespace guichet
