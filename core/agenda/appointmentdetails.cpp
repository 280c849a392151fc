#include "core/agenda/appointmentdetails.h"

#include "core/access/session.h"
#include "core/reminders/messagetemplates.h"
#include "core/reminders/reminderplanner.h"
#include "core/store/appointmentrepository.h"
#include "core/store/database.h"
#include "core/store/notificationrepository.h"
#include "core/store/patientrepository.h"
#include "core/store/practicerepository.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace guichet {

QString AppointmentDetails::bookedBy() const
{
    for (const AppointmentTransition &t : history)
        if (!t.from)
            return t.user;
    return appointment.createdBy;
}

Result<AppointmentDetails> AppointmentDetailsReader::load(const Session &session, const QString &appointmentId)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    const Database &db = session.database();
    AppointmentRepository appointments(db);
    AppointmentDetails d;
    auto a = appointments.byId(appointmentId);
    if (!a)
        return a.error();
    d.appointment = *a;
    PatientRepository patients(db);
    auto patient = patients.byId(a->patientId);
    if (!patient)
        return patient.error();
    d.patient = *patient;
    if (!patient->holderId.isEmpty()) {
        auto holder = patients.byId(patient->holderId);
        if (!holder)
            return holder.error();
        d.holder = *holder;
    }
    const QDate day = a->start.date();
    d.throughHolder = ReminderPlanner::onlyThroughHolder(d.patient, d.holder, day);
    PracticeRepository practice(db);
    if (auto p = practice.practitioner(a->practitionerId))
        d.practitioner = *p;
    if (!a->motifId.isEmpty())
        if (auto m = practice.motif(a->motifId))
            d.motif = *m;
    if (auto s = practice.site(a->siteId))
        d.site = *s;
    auto history = appointments.history(appointmentId);
    if (!history)
        return history.error();
    d.history = *history;
    // Who did each step, as the desk knows them: a user's name, never a login or a code.
    {
        auto users = db.exec(u"SELECT login, display_name FROM users"_s);
        if (!users)
            return users.error();
        QHash<QString, QString> names;
        while (users->next())
            names.insert(users->value(0).toString(), users->value(1).toString());
        for (AppointmentTransition &t : d.history)
            t.user = authorLabel(t.user, names);
    }
    d.messages = NotificationRepository(db).forAppointment(appointmentId);
    auto documents =
        db.exec(u"SELECT count(*) FROM documents WHERE appointment_id = ? AND archived_at IS NULL"_s, {appointmentId});
    if (!documents)
        return documents.error();
    d.documents = documents->next() ? documents->value(0).toInt() : 0;
    d.waitlist = WaitingList::forAppointment(db, appointmentId);
    auto series = appointments.seriesOf(appointmentId);
    if (!series)
        return series.error();
    d.series = *series;
    if (!d.series.seriesId.isEmpty()) {
        auto all = appointments.series(d.series.seriesId);
        if (!all)
            return all.error();
        d.seriesSize = int(all->size());
    }
    return d;
}

QString AppointmentDetailsReader::authorLabel(const QString &actor, const QHash<QString, QString> &names)
{
    if (const QString name = names.value(actor); !name.isEmpty())
        return name;
    if (actor == u"online"_s)
        return tr("the patient, online");
    if (actor == u"practitioner"_s)
        return tr("the practitioner");
    if (actor == u"secretariat"_s)
        return tr("the secretariat");
    if (actor.isEmpty())
        return tr("unknown");
    return actor; // a former user's login, or a name written as such (the central agenda)
}

QString AppointmentDetailsReader::historyLabel(const AppointmentTransition &t)
{
    QString what;
    if (t.kind == u"patient"_s)
        what = tr("Given to another patient");
    else if (t.kind == u"motif"_s)
        what = tr("Visit reason changed");
    else if (t.kind == u"note"_s)
        what = tr("Note");
    else if (!t.from)
        what = tr("Booked");
    else if (t.from == t.to)
        what = tr("Changed");
    else if (t.from == AppointmentStatus::Cancelled && t.to == AppointmentStatus::Booked)
        what = tr("Booked again");
    else
        what = AppointmentStatuses::label(t.to);
    if (t.reason.isEmpty())
        return what;
    // A missed appointment's step records whether it was excused as a code: said in words.
    if (t.to == AppointmentStatus::NoShow && (t.reason == u"excused"_s || t.reason == u"unexcused"_s))
        return what + u" — "_s + (t.reason == u"excused"_s ? tr("excused") : tr("not excused"));
    // The channel a booking came through reads as words.
    QString reason = t.reason;
    const QString head = reason.section(u':', 0, 0);
    if (const auto channel = BookingChannels::fromCode(head); !t.from && channel)
        reason = BookingChannels::label(*channel) + reason.mid(head.size());
    return what + u" — "_s + reason;
}

QString AppointmentDetailsReader::messageKindLabel(const QString &kind)
{
    if (kind == u"free"_s)
        return tr("Message from the desk");
    return MessageTemplates::kindLabel(kind);
}

QString AppointmentDetailsReader::messageStateLabel(const QString &state)
{
    if (state == u"sent"_s)
        return tr("sent");
    if (state == u"revoked"_s)
        return tr("withdrawn");
    return tr("to send");
}

} // namespace guichet
