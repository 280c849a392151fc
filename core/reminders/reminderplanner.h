#pragma once

#include "core/domain/appointment.h"
#include "core/domain/notification.h"
#include "core/domain/patient.h"
#include "core/domain/practice.h"
#include "core/reminders/messagetemplates.h"

#include <QList>
#include <QTimeZone>

#include <optional>

namespace guichet {

// The practice's switches for messages (PracticeSettings keys reminders.*, noshow.*).
struct ReminderRules
{
    bool enabled = true; // reminders.enabled
    bool smsMotifAllowed = false; // reminders.sms_motif: the visit reason may appear in an SMS
    bool changeSms = true; // reminders.change_sms: cancellations and moves also go by SMS
    int noticeDelayMinutes = 30; // noshow.notice_delay_minutes
};

// One message the central agenda is to send.
struct PlannedMessage
{
    QString kind;
    MessageChannel channel = MessageChannel::Sms;
    QString recipient; // E.164 mobile or e-mail address
    QString recipientPatientId; // whose contact it is (the patient or the account holder)
    QString patientId; // whom it is about
    QString appointmentId;
    QString language;
    QDateTime due; // UTC
    QString body;
    QString offerId;

    // Two plans say the same message when this is equal (planning twice changes nothing).
    QString identity() const;
};

// What the planner reads about one appointment; nothing else, no clock of its own.
struct PlanInput
{
    Appointment appointment;
    QList<AppointmentTransition> history; // oldest first
    Patient patient;
    std::optional<Patient> holder; // when the patient is a relative of an account holder
    std::optional<Motif> motif;
    std::optional<Practitioner> practitioner;
    Site site;
    // Messages due before it are listed without their text: too late to send, they are only
    // matched with what was planned before (a received history of past visits).
    QDateTime renderFrom;
};

// A way to reach a person: whose contact, which address or number, in which language.
struct Contact
{
    QString patientId;
    QString address;
    QString language;
};

struct Recipients
{
    QList<Contact> emails; // the holder always, and a relative with their own address
    std::optional<Contact> sms; // one number: the relative's own mobile, else the holder's
};

// DESIGN.md's reminder rules, pure: from an appointment's life (booked, moved, cancelled,
// missed) and who the patient is, the messages it calls for and when they are due.
//  - confirmation e-mail at booking (also after a cancellation is undone);
//  - reminder e-mails 7 days before (only when booked more than 7 days ahead) and 1 day before;
//  - one SMS 2 days before when booked more than 7 days ahead, otherwise 1 day before;
//    "N days before" keeps the local wall-clock time in the site's zone across DST changes;
//  - cancellation and move confirmations (e-mail, and SMS when the practice wants it);
//  - the neutral notice after a no-show or a late cancellation, once, after the undo delay;
//  - nothing when messages are off for the practice, the motif or the patient; SMS only to
//    mobile numbers; messages due before the event that caused them or after the start are
//    not planned.
class ReminderPlanner final
{
public:
    ReminderPlanner(ReminderRules rules, MessageTemplates templates);

    QList<PlannedMessage> plan(const PlanInput &input) const;
    // A waiting-list offer of an earlier slot: by e-mail and SMS, due now.
    QList<PlannedMessage> waitlistOffer(const PlanInput &input, const QDateTime &slotStart, const QDateTime &now,
                                        const QString &offerId) const;
    // The kinds plan() decides; the others (document notices, waiting-list offers) are
    // planned when their event happens and are left alone when an appointment is replanned.
    static QStringList appointmentKinds();
    // Who hears about a patient's appointments, respecting each person's switches and the
    // patient's own (a relative whose messages are off gets none, through nobody).
    // A relative under 18 on `day` (the appointment's, or today) is reached only through the
    // account holder, whatever contacts of their own the record holds.
    static Recipients recipients(const Patient &patient, const std::optional<Patient> &holder, const QDate &day);
    static bool reachedThroughHolder(const Patient &patient, const std::optional<Patient> &holder, const QDate &day);
    // What the desk is told: the holder is the only one reached (a relative under 18, or one
    // without a mobile and an e-mail of their own).
    static bool onlyThroughHolder(const Patient &patient, const std::optional<Patient> &holder, const QDate &day);
    // One message by the single-notice rule: the first e-mail, else the SMS.
    static std::optional<std::pair<MessageChannel, Contact>> singleNotice(const Recipients &recipients);
    // The same wall-clock time `days` days earlier in `zone`.
    static QDateTime daysBefore(const QDateTime &startUtc, int days, const QTimeZone &zone);
    static bool isMobile(const QString &e164);

    // Texts for one reader. `oldStart` names a previous time (moves, waiting-list offers).
    QString render(const QString &kind, MessageChannel channel, const QString &language, const PlanInput &input,
                   const QDateTime &start, const QDateTime &oldStart = {}, const QString &recipientRegion = {}) const;

    // The placeholders' values for one reader, formatted in their language and the site's zone;
    // the practice's phone as dialled from `recipientRegion` (the reader's country; empty: the
    // site's). A video visit names no street; a home visit, the patient's address.
    static MessageValues values(const PlanInput &input, const QString &language, const QDateTime &start,
                                const QDateTime &oldStart = {}, const QString &recipientRegion = {});
    // The country a message's reader dials from: an SMS's number's, else the reader's address's.
    static QString regionOf(const PlanInput &input, MessageChannel channel, const Contact &to);

    const ReminderRules &rules() const { return m_rules; }

private:
    void add(QList<PlannedMessage> &out, const PlanInput &input, const QString &kind, MessageChannel channel,
             const Contact &to, const QDateTime &due, const QDateTime &oldStart = {},
             const QDateTime &shownStart = {}) const;

    ReminderRules m_rules;
    MessageTemplates m_templates;
};

} // namespace guichet
