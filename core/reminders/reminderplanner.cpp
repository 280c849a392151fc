#include "core/reminders/reminderplanner.h"

#include "core/domain/phone.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

constexpr qint64 kWeek = 7 * 86400;

bool isActive(AppointmentStatus s)
{
    return s == AppointmentStatus::Booked || s == AppointmentStatus::Arrived || s == AppointmentStatus::InConsultation
        || s == AppointmentStatus::Fulfilled;
}

QLocale localeFor(const QString &language, const QString &country)
{
    if (language == u"nl"_s)
        return QLocale(QLocale::Dutch, QLocale::Belgium);
    if (language == u"en"_s)
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale(QLocale::French, country == u"BE"_s ? QLocale::Belgium : QLocale::France);
}

QString personName(const Patient &p)
{
    const QString first = !p.usedFirstName.isEmpty() ? p.usedFirstName : p.firstNames.section(u' ', 0, 0);
    const QString last = !p.usageName.isEmpty() ? p.usageName : p.birthName;
    return QString(first + u' ' + last).trimmed();
}

// What the appointment's history says happened, in order.
struct Life
{
    QDateTime bookedAt; // the latest booking (creation, or a cancellation undone)
    QDateTime scheduledAt; // when the current start was chosen: booking or latest move
    QDateTime movedAt; // latest move, and the start before it
    QDateTime movedFrom;
    QDateTime cancelledAt;
    QDateTime noShowAt;
};

Life lifeOf(const PlanInput &in)
{
    Life life;
    QDateTime start;
    for (const AppointmentTransition &t : in.history) {
        const bool toBooked = t.to == AppointmentStatus::Booked;
        if (t.kind == u"patient"_s) {
            // Given to another patient: for them, it was booked then (confirmation, reminders);
            // the first patient's messages are no longer planned.
            life.bookedAt = t.at;
            life.scheduledAt = t.at;
            life.movedAt = QDateTime();
            life.movedFrom = QDateTime();
        } else if (toBooked && (!t.from || t.from == AppointmentStatus::Cancelled)) {
            life.bookedAt = t.at;
            life.scheduledAt = t.at;
        } else if (toBooked && t.from == AppointmentStatus::Booked && t.start.isValid() && start.isValid()
                   && t.start != start) {
            life.movedAt = t.at;
            life.movedFrom = start;
            life.scheduledAt = t.at;
        } else if (t.to == AppointmentStatus::Cancelled) {
            life.cancelledAt = t.at;
        } else if (t.to == AppointmentStatus::NoShow) {
            life.noShowAt = t.at;
        }
        if (t.start.isValid())
            start = t.start;
    }
    const Appointment &a = in.appointment;
    if (!life.bookedAt.isValid()) {
        life.bookedAt = a.createdAt.isValid() ? a.createdAt : a.start.addSecs(-kWeek);
        if (!life.scheduledAt.isValid())
            life.scheduledAt = life.bookedAt;
    }
    return life;
}

} // namespace

QString PlannedMessage::identity() const
{
    return kind + u'|' + MessageChannels::code(channel) + u'|' + recipientPatientId + u'|' + recipient.toLower() + u'|'
        + QString::number(due.toSecsSinceEpoch()) + u'|' + offerId;
}

ReminderPlanner::ReminderPlanner(ReminderRules rules, MessageTemplates templates)
    : m_rules(rules)
    , m_templates(std::move(templates))
{}

QStringList ReminderPlanner::appointmentKinds()
{
    return {u"confirmation"_s, u"reminder"_s,      u"cancellation"_s,
            u"move"_s,         u"noshow-notice"_s, u"late-cancellation-notice"_s};
}

bool ReminderPlanner::isMobile(const QString &e164)
{
    if (e164.isEmpty())
        return false;
    auto info = Phone::parse(e164, QStringLiteral("FR"), Phone::Formats::E164Only);
    return info && info->isMobile();
}

bool ReminderPlanner::reachedThroughHolder(const Patient &patient, const std::optional<Patient> &holder,
                                           const QDate &day)
{
    // A minor for sure: the oldest the partial birth date allows is under 18.
    return holder && patient.birthDate.isValid() && day.isValid()
        && PartialDates::ageRangeOn(patient.birth(), day).second < 18;
}

bool ReminderPlanner::onlyThroughHolder(const Patient &patient, const std::optional<Patient> &holder, const QDate &day)
{
    return holder
        && (reachedThroughHolder(patient, holder, day) || (patient.mobilePhone.isEmpty() && patient.email.isEmpty()));
}

Recipients ReminderPlanner::recipients(const Patient &patient, const std::optional<Patient> &holder, const QDate &day)
{
    Recipients out;
    if (patient.deceased)
        return out;
    const bool minor = reachedThroughHolder(patient, holder, day);
    const bool holderReachable = holder && !holder->deceased;
    if (patient.notifyEmail) {
        if (!patient.email.isEmpty() && !minor)
            out.emails << Contact{patient.id, patient.email, patient.language};
        if (holderReachable && holder->notifyEmail && !holder->email.isEmpty()
            && (minor || holder->email.compare(patient.email, Qt::CaseInsensitive) != 0))
            out.emails << Contact{holder->id, holder->email, holder->language};
    }
    if (patient.notifySms) {
        if (!minor && isMobile(patient.mobilePhone))
            out.sms = Contact{patient.id, patient.mobilePhone, patient.language};
        else if (holderReachable && holder->notifySms && isMobile(holder->mobilePhone))
            out.sms = Contact{holder->id, holder->mobilePhone, holder->language};
    }
    return out;
}

std::optional<std::pair<MessageChannel, Contact>> ReminderPlanner::singleNotice(const Recipients &recipients)
{
    if (!recipients.emails.isEmpty())
        return std::pair{MessageChannel::Email, recipients.emails.first()};
    if (recipients.sms)
        return std::pair{MessageChannel::Sms, *recipients.sms};
    return std::nullopt;
}

QDateTime ReminderPlanner::daysBefore(const QDateTime &startUtc, int days, const QTimeZone &zone)
{
    const QDateTime local = startUtc.toTimeZone(zone);
    return QDateTime(local.date().addDays(-days), local.time(), zone).toUTC();
}

QString ReminderPlanner::render(const QString &kind, MessageChannel channel, const QString &language,
                                const PlanInput &in, const QDateTime &start, const QDateTime &oldStart,
                                const QString &recipientRegion) const
{
    const bool sms = channel == MessageChannel::Sms;
    QString body =
        MessageTemplates::render(m_templates.text(kind, channel, language),
                                 values(in, language, start, oldStart, recipientRegion), sms, m_rules.smsMotifAllowed);
    // The visit reason's instructions for the patient go with the confirmation e-mail.
    if (kind == u"confirmation"_s && !sms && in.motif && !in.motif->instructions.isEmpty())
        body += u"\n\n"_s + in.motif->instructions;
    return body;
}

QString ReminderPlanner::regionOf(const PlanInput &in, MessageChannel channel, const Contact &to)
{
    if (channel == MessageChannel::Sms)
        if (auto number = Phone::parse(to.address, in.site.country.isEmpty() ? u"BE"_s : in.site.country,
                                       Phone::Formats::E164Only))
            return number->region;
    const Patient *reader = in.holder && to.patientId == in.holder->id ? &*in.holder : &in.patient;
    return reader->country.trimmed().toUpper();
}

MessageValues ReminderPlanner::values(const PlanInput &in, const QString &language, const QDateTime &start,
                                      const QDateTime &oldStart, const QString &recipientRegion)
{
    const QTimeZone zone(in.site.timeZone.toUtf8());
    const QTimeZone shown = zone.isValid() ? zone : QTimeZone(QByteArrayLiteral("Europe/Paris"));
    const QLocale locale = localeFor(language, in.site.country);
    MessageValues v;
    v.patient = personName(in.patient);
    const QDateTime local = start.toTimeZone(shown);
    v.date = locale.toString(local.date(), u"dddd d MMMM yyyy"_s);
    v.time = local.time().toString(u"HH:mm"_s);
    if (oldStart.isValid()) {
        const QDateTime before = oldStart.toTimeZone(shown);
        v.oldDate = locale.toString(before.date(), u"dddd d MMMM yyyy"_s);
        v.oldTime = before.time().toString(u"HH:mm"_s);
    }
    if (in.practitioner)
        v.practitioner = in.practitioner->displayName();
    v.site = in.site.name;
    v.address = in.site.fullAddress();
    v.phone = Phone::display(in.site.phone, recipientRegion.isEmpty() ? in.site.country : recipientRegion);
    if (in.motif)
        v.motif = in.motif->label;
    // Where the visit takes place, in the reader's language (the messages' own, not the desk's).
    if (in.motif && in.motif->video) {
        v.placeLine = language == u"nl"_s
            ? u"Videoconsultatie: het afsprakenplatform stuurt u de link, u hoeft niet naar de praktijk te komen."_s
            : language == u"en"_s
            ? u"Video consultation: the booking platform sends you the link; there is no need to come to the practice."_s
            : u"Consultation vidéo : la plateforme de rendez-vous vous envoie le lien, inutile de vous déplacer."_s;
    } else if (in.motif && in.motif->homeVisit) {
        const QString town = QStringList{in.patient.postcode, in.patient.city}.join(u' ').trimmed();
        const QString home = QStringList{in.patient.address.trimmed(), town}.join(u", "_s);
        const QString where = in.patient.address.trimmed().isEmpty() && town.isEmpty() ? QString() : home;
        v.placeLine = language == u"nl"_s ? (where.isEmpty() ? u"Huisbezoek."_s : u"Huisbezoek: %1."_s.arg(where))
            : language == u"en"_s
            ? (where.isEmpty() ? u"Home visit."_s : u"Home visit: %1."_s.arg(where))
            : (where.isEmpty() ? u"Visite à domicile."_s : u"Visite à domicile : %1."_s.arg(where));
    }
    return v;
}

void ReminderPlanner::add(QList<PlannedMessage> &out, const PlanInput &in, const QString &kind, MessageChannel channel,
                          const Contact &to, const QDateTime &due, const QDateTime &oldStart,
                          const QDateTime &shownStart) const
{
    PlannedMessage m;
    m.kind = kind;
    m.channel = channel;
    m.recipient = to.address;
    m.recipientPatientId = to.patientId;
    m.patientId = in.patient.id;
    m.appointmentId = in.appointment.id;
    m.language = MessageTemplates::languages().contains(to.language) ? to.language : u"fr"_s;
    m.due = due.toUTC();
    if (!in.renderFrom.isValid() || m.due >= in.renderFrom)
        m.body = render(kind, channel, m.language, in, shownStart.isValid() ? shownStart : in.appointment.start,
                        oldStart, regionOf(in, channel, to));
    out << m;
}

QList<PlannedMessage> ReminderPlanner::waitlistOffer(const PlanInput &in, const QDateTime &slotStart,
                                                     const QDateTime &now, const QString &offerId) const
{
    QList<PlannedMessage> out;
    if (!m_rules.enabled || (in.motif && !in.motif->notifications) || (in.practitioner && !in.practitioner->messages)
        || in.patient.deceased)
        return out;
    const Recipients to = recipients(in.patient, in.holder, in.appointment.start.date());
    for (const Contact &c : to.emails)
        add(out, in, u"waitlist-offer"_s, MessageChannel::Email, c, now, in.appointment.start, slotStart);
    if (to.sms)
        add(out, in, u"waitlist-offer"_s, MessageChannel::Sms, *to.sms, now, in.appointment.start, slotStart);
    for (PlannedMessage &m : out)
        m.offerId = offerId;
    return out;
}

QList<PlannedMessage> ReminderPlanner::plan(const PlanInput &in) const
{
    QList<PlannedMessage> out;
    const Appointment &a = in.appointment;
    if (!m_rules.enabled || (in.motif && !in.motif->notifications) || (in.practitioner && !in.practitioner->messages)
        || in.patient.deceased || !a.start.isValid())
        return out;
    const Recipients to = recipients(in.patient, in.holder, in.appointment.start.date());
    if (to.emails.isEmpty() && !to.sms)
        return out;
    const QTimeZone zone(in.site.timeZone.toUtf8());
    const QTimeZone local = zone.isValid() ? zone : QTimeZone(QByteArrayLiteral("Europe/Paris"));
    const Life life = lifeOf(in);
    auto everyone = [&](const QString &kind, const QDateTime &due, bool sms, const QDateTime &oldStart = {}) {
        for (const Contact &c : to.emails)
            add(out, in, kind, MessageChannel::Email, c, due, oldStart);
        if (sms && to.sms)
            add(out, in, kind, MessageChannel::Sms, *to.sms, due, oldStart);
    };

    if (isActive(a.status)) {
        // Booking confirmation, by e-mail, when the booking came before the visit. Once moved, the
        // "moved" message tells the new time: a confirmation not sent yet is withdrawn, not
        // written again (one sent stays what it was).
        const bool movedSinceBooking = life.movedAt.isValid() && life.movedAt >= life.bookedAt;
        if (life.bookedAt < a.start && !movedSinceBooking)
            everyone(u"confirmation"_s, life.bookedAt, false);
        // A move confirmation names the old time; only the latest move is told.
        if (life.movedAt.isValid() && life.movedAt < a.start && life.movedAt >= life.bookedAt)
            everyone(u"move"_s, life.movedAt, m_rules.changeSms, life.movedFrom);
        const bool farAhead = life.scheduledAt.secsTo(a.start) > kWeek;
        auto remind = [&](MessageChannel channel, int days) {
            const QDateTime due = daysBefore(a.start, days, local);
            if (due <= life.scheduledAt || due >= a.start)
                return;
            if (channel == MessageChannel::Sms) {
                if (to.sms)
                    add(out, in, u"reminder"_s, channel, *to.sms, due);
            } else {
                for (const Contact &c : to.emails)
                    add(out, in, u"reminder"_s, channel, c, due);
            }
        };
        if (farAhead)
            remind(MessageChannel::Email, 7);
        remind(MessageChannel::Email, 1);
        remind(MessageChannel::Sms, farAhead ? 2 : 1);
    } else if (a.status == AppointmentStatus::Cancelled && life.cancelledAt.isValid()) {
        if (life.cancelledAt < a.start)
            everyone(u"cancellation"_s, life.cancelledAt, m_rules.changeSms);
        // A late cancellation by the patient gets a neutral notice too (DESIGN), its own: the
        // patient called, nothing was missed.
        if (a.lateCancellation && a.cancelledBy == CancelledBy::Patient)
            if (const auto one = singleNotice(to))
                add(out, in, u"late-cancellation-notice"_s, one->first, one->second,
                    life.cancelledAt.addSecs(qint64(m_rules.noticeDelayMinutes) * 60));
    } else if (a.status == AppointmentStatus::NoShow && !a.excused && !a.noShowErased && life.noShowAt.isValid()) {
        if (const auto one = singleNotice(to))
            add(out, in, u"noshow-notice"_s, one->first, one->second,
                life.noShowAt.addSecs(qint64(m_rules.noticeDelayMinutes) * 60));
    }
    return out;
}

} // namespace guichet
