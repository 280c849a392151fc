#include "core/reminders/deskmessages.h"

#include "core/access/session.h"
#include "core/reminders/messagetemplates.h"
#include "core/reminders/reminderservice.h"
#include "core/store/appointmentrepository.h"
#include "core/store/database.h"
#include "core/store/patientrepository.h"
#include "core/store/practicerepository.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QString delayText(int minutes, const QString &language)
{
    const int h = minutes / 60, m = minutes % 60;
    if (language == u"nl"_s)
        return h == 0 ? u"%1 minuten"_s.arg(m) : m == 0 ? u"%1 uur"_s.arg(h) : u"%1 uur %2"_s.arg(h).arg(m);
    if (language == u"en"_s)
        return h == 0 ? u"%1 minutes"_s.arg(m)
            : m == 0  ? (h == 1 ? u"1 hour"_s : u"%1 hours"_s.arg(h))
                      : u"%1 h %2"_s.arg(h).arg(m, 2, 10, QChar(u'0'));
    return h == 0 ? u"%1 minutes"_s.arg(m)
        : m == 0  ? u"%1 heure%2"_s.arg(h).arg(h > 1 ? u"s"_s : QString())
                  : u"%1 h %2"_s.arg(h).arg(m, 2, 10, QChar(u'0'));
}

// SMS to a mobile when there is one, e-mail otherwise; `channel` forces one.
std::optional<std::pair<MessageChannel, Contact>> pick(const Recipients &to, std::optional<MessageChannel> channel)
{
    if ((!channel || channel == MessageChannel::Sms) && to.sms)
        return std::pair{MessageChannel::Sms, *to.sms};
    if ((!channel || channel == MessageChannel::Email) && !to.emails.isEmpty())
        return std::pair{MessageChannel::Email, to.emails.first()};
    return std::nullopt;
}

Result<QList<LateNotice>> late(const Session &session, const QString &practitionerId, const QDate &day, int minutes)
{
    if (auto ok = session.require(Right::Book); !ok)
        return ok.error();
    if (minutes < 5 || minutes > DeskMessages::MaxLateMinutes)
        return Error::invalid(
            DeskMessages::tr("Give the delay in minutes, from 5 to %1.").arg(DeskMessages::MaxLateMinutes),
            u"message.late-minutes"_s);
    const Database &db = session.database();
    PracticeRepository practice(db);
    auto practitioner = practice.practitioner(practitionerId);
    if (!practitioner)
        return Error::invalid(practitioner.error().message, u"message.practitioner"_s);
    if (!day.isValid())
        return Error::invalid(DeskMessages::tr("Give the day of the delay."), u"message.late-day"_s);
    const ReminderRules rules = ReminderService::rules(db);
    if (!rules.enabled || !practitioner->messages)
        return Error::refused(DeskMessages::tr("Messages to patients are switched off for %1 (Administration, "
                                               "Messages).")
                                  .arg(practitioner->displayName()),
                              u"message.off"_s);
    const QTimeZone zone = practice.displayZone();
    const QDateTime from = std::max(session.now(), QDateTime(day, QTime(0, 0), zone).toUTC());
    const QDateTime to = QDateTime(day.addDays(1), QTime(0, 0), zone).toUTC();
    AppointmentFilter filter;
    filter.practitionerId = practitionerId;
    filter.from = from;
    filter.to = to;
    filter.statuses = {AppointmentStatuses::code(AppointmentStatus::Booked)};
    auto expected = AppointmentRepository(db).search(filter);
    if (!expected)
        return expected.error();
    const MessageTemplates templates = MessageTemplates::load(db);
    QList<LateNotice> out;
    for (const Appointment &a : std::as_const(*expected)) {
        auto in = ReminderService::input(db, a.id);
        if (!in)
            return in.error();
        LateNotice notice;
        notice.appointment = a;
        notice.patientName = in->patient.displayName();
        const auto one = in->motif && !in->motif->notifications
            ? std::nullopt
            : pick(ReminderPlanner::recipients(in->patient, in->holder, day), std::nullopt);
        if (one) {
            PlannedMessage m;
            m.kind = u"running-late"_s;
            m.channel = one->first;
            m.recipient = one->second.address;
            m.recipientPatientId = one->second.patientId;
            m.patientId = a.patientId;
            m.appointmentId = a.id;
            m.language = MessageTemplates::languages().contains(one->second.language) ? one->second.language : u"fr"_s;
            m.due = session.now();
            MessageValues v = ReminderPlanner::values(*in, m.language, a.start);
            v.delay = delayText(minutes, m.language);
            v.newTime = a.start.addSecs(qint64(minutes) * 60).toTimeZone(zone).toString(u"HH:mm"_s);
            m.body = MessageTemplates::render(templates.text(m.kind, m.channel, m.language), v,
                                              m.channel == MessageChannel::Sms, rules.smsMotifAllowed);
            notice.message = m;
        }
        out << notice;
    }
    return out;
}

} // namespace

Result<QList<LateNotice>> DeskMessages::previewLate(const Session &session, const QString &practitionerId,
                                                    const QDate &day, int minutes)
{
    return late(session, practitionerId, day, minutes);
}

Result<QList<LateNotice>> DeskMessages::sendLate(const Session &session, const QString &practitionerId,
                                                 const QDate &day, int minutes)
{
    auto notices = late(session, practitionerId, day, minutes);
    if (!notices)
        return notices.error();
    const Database &db = session.database();
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    int sent = 0;
    for (const LateNotice &n : std::as_const(*notices)) {
        if (!n.message)
            continue;
        if (auto ok = ReminderService::record(db, *n.message, session.now()); !ok)
            return ok.error();
        ++sent;
    }
    if (auto ok = session.audit(u"message.late"_s, u"practitioner"_s, practitionerId,
                                tr("%1 minutes late, %2 patient(s) told").arg(minutes).arg(sent),
                                {{u"day"_s, day.toString(Qt::ISODate)},
                                 {u"minutes"_s, minutes},
                                 {u"told"_s, sent},
                                 {u"expected"_s, int(notices->size())}});
        !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return notices;
}

Result<NotificationRequest> DeskMessages::sendFree(const Session &session, const QString &patientId,
                                                   const QString &text, const QString &channel,
                                                   const QString &appointmentId)
{
    if (auto ok = session.require(Right::Book); !ok)
        return ok.error();
    const Database &db = session.database();
    const std::optional<MessageChannel> forced = channel.isEmpty() ? std::nullopt : MessageChannels::fromCode(channel);
    if (!channel.isEmpty() && !forced)
        return Error::invalid(tr("The channel is sms or email."), u"message.channel"_s);
    const QString body = text.trimmed();
    if (body.isEmpty())
        return Error::invalid(tr("Write the message first."), u"message.empty"_s);
    PatientRepository patients(db);
    auto patient = patients.byId(patients.resolveId(patientId));
    if (!patient)
        return Error::invalid(patient.error().message, u"message.patient"_s);
    if (!patient->active || patient->deceased)
        return Error::refused(tr("This record is merged or the patient is deceased: no message."),
                              u"message.patient-inactive"_s);
    if (!appointmentId.isEmpty()) {
        auto a = AppointmentRepository(db).byId(appointmentId);
        if (!a)
            return Error::invalid(a.error().message, u"message.appointment"_s);
        if (a->patientId != patient->id)
            return Error::invalid(tr("This appointment is not this patient's."), u"message.appointment"_s);
    }
    if (!ReminderService::rules(db).enabled)
        return Error::refused(tr("Messages to patients are switched off for the practice (Administration, "
                                 "Messages)."),
                              u"message.off"_s);
    std::optional<Patient> holder;
    if (!patient->holderId.isEmpty())
        if (auto h = patients.byId(patient->holderId))
            holder = *h;
    const auto one = pick(ReminderPlanner::recipients(*patient, holder, session.now().date()), forced);
    if (!one)
        return Error::refused(
            forced == MessageChannel::Sms         ? tr("Nobody can receive this SMS: no mobile number, or SMS "
                                                               "switched off for this patient.")
                : forced == MessageChannel::Email ? tr("Nobody can receive this e-mail: no address, or e-mails "
                                                       "switched off for this patient.")
                                                  : tr("This patient can be reached neither by SMS nor by "
                                                       "e-mail."),
            u"message.unreachable"_s);
    const int limit =
        one->first == MessageChannel::Sms ? MessageTemplates::MaxSmsLength : MessageTemplates::MaxEmailLength;
    if (body.size() > limit)
        return Error::invalid(tr("The message is too long: %1 characters at most.").arg(limit), u"message.length"_s);
    PlannedMessage m;
    m.kind = u"free"_s;
    m.channel = one->first;
    m.recipient = one->second.address;
    m.recipientPatientId = one->second.patientId;
    m.patientId = patient->id;
    m.appointmentId = appointmentId;
    m.language = MessageTemplates::languages().contains(one->second.language) ? one->second.language : u"fr"_s;
    m.due = session.now();
    m.body = body;
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    auto recorded = ReminderService::record(db, m, session.now());
    if (!recorded)
        return recorded.error();
    if (auto ok = session.audit(u"message.free"_s, u"patient"_s, patient->id, QString(),
                                {{u"channel"_s, MessageChannels::code(m.channel)},
                                 {u"appointment_id"_s, appointmentId},
                                 {u"to_patient_id"_s, m.recipientPatientId}});
        !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return recorded;
}

} // namespace guichet
