// The reminder rules (DESIGN.md, issue 7): the pure planner with fixed times, then the plan
// kept in the database by every change, the templates, and the waiting list.
#include "core/agenda/appointmentservice.h"
#include "core/agenda/noshowservice.h"
#include "core/agenda/practicesetup.h"
#include "core/agenda/waitinglist.h"
#include "core/base/uuid.h"
#include "core/identity/patientinput.h"
#include "core/identity/patientservice.h"
#include "core/reminders/messagetemplates.h"
#include "core/reminders/practicerules.h"
#include "core/reminders/reminderplanner.h"
#include "core/reminders/reminderservice.h"
#include "core/store/appointmentrepository.h"
#include "core/store/notificationrepository.h"
#include "core/store/patientrepository.h"
#include "core/store/practicerepository.h"
#include "core/store/practicesettings.h"
#include "tests/support/testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace guichet;
using namespace guichet::test;

namespace {

const QTimeZone kBrussels(QByteArrayLiteral("Europe/Brussels"));
const QTimeZone kParis(QByteArrayLiteral("Europe/Paris"));
const QStringList kNames{u"Janssens"_s, u"Claes"_s, u"Wouters"_s, u"Dubois"_s, u"Lambert"_s, u"Martin"_s, u"Dumont"_s};

QDateTime at(const QDate &day, const QTime &time, const QTimeZone &zone = kBrussels)
{
    return QDateTime(day, time, zone).toUTC();
}

Patient person(const QString &id, const QString &email, const QString &mobile, const QString &language = u"fr"_s)
{
    Patient p;
    p.id = id;
    p.birthName = u"DUPONT"_s;
    p.firstNames = u"Marie Claire"_s;
    p.email = email;
    p.mobilePhone = mobile;
    p.language = language;
    return p;
}

// An appointment booked at `bookedAt` for `start`, by a patient with an e-mail and a mobile.
PlanInput input(const QDateTime &bookedAt, const QDateTime &start, const QTimeZone &zone = kBrussels)
{
    PlanInput in;
    in.site.id = u"site"_s;
    in.site.name = u"Cabinet du Parc"_s;
    in.site.address = u"Rue du Parc 3, 1000 Bruxelles"_s;
    in.site.phone = u"+3225551234"_s;
    in.site.timeZone = QString::fromUtf8(zone.id());
    in.site.country = zone == kParis ? u"FR"_s : u"BE"_s;
    Practitioner pr;
    pr.id = u"pr"_s;
    pr.title = u"Dr"_s;
    pr.firstName = u"Anne"_s;
    pr.lastName = u"Martin"_s;
    in.practitioner = pr;
    Motif m;
    m.id = u"m"_s;
    m.label = u"Suivi de grossesse"_s;
    m.notifications = true;
    in.motif = m;
    in.patient = person(u"p"_s, u"marie@example.be"_s, u"+32470123456"_s);
    Appointment &a = in.appointment;
    a.id = u"a"_s;
    a.patientId = u"p"_s;
    a.practitionerId = u"pr"_s;
    a.motifId = u"m"_s;
    a.siteId = u"site"_s;
    a.start = start.toUTC();
    a.end = a.start.addSecs(900);
    a.createdAt = bookedAt.toUTC();
    a.status = AppointmentStatus::Booked;
    in.history << AppointmentTransition{1,         a.id, std::nullopt, AppointmentStatus::Booked, bookedAt.toUTC(),
                                        u"desk"_s, {},   a.start};
    return in;
}

ReminderPlanner planner(ReminderRules rules = {})
{
    return ReminderPlanner(rules, MessageTemplates());
}

// "kind/channel/recipient@local due" for readable comparisons.
QStringList summary(const QList<PlannedMessage> &messages, const QTimeZone &zone = kBrussels)
{
    QStringList out;
    for (const PlannedMessage &m : messages)
        out << m.kind + u'/' + MessageChannels::code(m.channel) + u'/' + m.recipientPatientId + u'@'
                + m.due.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"_s);
    out.sort();
    return out;
}

QList<NotificationRequest> ofState(const QList<NotificationRequest> &all, const QString &state)
{
    QList<NotificationRequest> out;
    for (const NotificationRequest &n : all)
        if (n.state == state)
            out << n;
    return out;
}

QStringList kindsOf(const QList<NotificationRequest> &all)
{
    QStringList out;
    for (const NotificationRequest &n : all)
        out << n.kind + u'/' + MessageChannels::code(n.channel);
    out.sort();
    return out;
}

} // namespace

class TestReminders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The planner, pure.
    void bookedMoreThanAWeekAhead();
    void bookedWithinAWeek();
    void bookedExactlySevenDaysAhead();
    void bookedTheSameDay();
    void clockChangesKeepTheHour_data();
    void clockChangesKeepTheHour();
    void relativeWithOwnMobileAndEmail();
    void relativeWithoutContacts();
    void landlineOnly();
    void switchesOff_data();
    void switchesOff();
    void noHealthDetailInSms();
    void cancellationAndLateCancellation();
    void moveToldWithTheOldTime();
    void videoAndHomeVisitsSayWhere();
    void practicePhoneAsTheReaderDialsIt();
    void noShowNotice();
    void patientLanguage();
    void templateValidation();
    // The plan kept in the database.
    void bookingPlansAndPlanningTwiceChangesNothing();
    void moveRevokesAndReplacesButNeverTouchesSent();
    void moveWithdrawsThePendingConfirmation();
    void settingsChangesReplanAtOnce();
    void cancellationRevokesPendingReminders();
    void patientEditReplans();
    void templateEditRewordsPendingMessages();
    // The waiting list.
    void waitingListEligibility();
    void freedSlotOfferedToTheFirstFive();
    void offersOnlyWhatTheRulesAllow();
    void acceptingMovesTheAppointmentAndClosesTheOthers();
    void tenOffersNotTakenLeaveTheList();

private:
    struct Desk
    {
        std::unique_ptr<TempDatabase> t;
        MiniPractice practice;
    };
    static QString addPatient(TempDatabase &t, const QString &name, const QString &email, const QString &phone);
    static Appointment book(TempDatabase &t, const MiniPractice &p, const QString &patientId, const QDateTime &start);
};

QString TestReminders::addPatient(TempDatabase &t, const QString &name, const QString &email, const QString &phone)
{
    PatientInput in;
    in.birthName = name;
    in.firstNames = u"Alex"_s;
    in.birthDate = u"1980-05-05"_s;
    in.sex = u"other"_s;
    in.email = email;
    if (!phone.isEmpty())
        in.phones << phone;
    auto p = PatientService::add(t.session(), in);
    if (!p)
        qFatal("patient: %s", qPrintable(p.error().message));
    return p->id;
}

Appointment TestReminders::book(TempDatabase &t, const MiniPractice &p, const QString &patientId,
                                const QDateTime &start)
{
    AppointmentDraft d;
    d.patientId = patientId;
    d.practitionerId = p.practitionerId;
    d.motifId = p.consultationId;
    d.start = start;
    auto b = AppointmentService::book(t.session(Role::Secretary), d);
    if (!b)
        qFatal("book: %s", qPrintable(b.error().message));
    return b->appointment;
}

// ------------------------------------------------------------------ planner

void TestReminders::bookedMoreThanAWeekAhead()
{
    const QDateTime booked = at(QDate(2026, 11, 2), QTime(10, 12));
    const PlanInput in = input(booked, at(QDate(2026, 11, 20), QTime(14, 30)));
    const QList<PlannedMessage> plan = planner().plan(in);
    QCOMPARE(summary(plan),
             (QStringList{u"confirmation/email/p@2026-11-02 10:12"_s, u"reminder/email/p@2026-11-13 14:30"_s,
                          u"reminder/email/p@2026-11-19 14:30"_s, u"reminder/sms/p@2026-11-18 14:30"_s}));
    for (const PlannedMessage &m : plan) {
        QCOMPARE(m.appointmentId, u"a"_s);
        QCOMPARE(m.recipient, m.channel == MessageChannel::Sms ? u"+32470123456"_s : u"marie@example.be"_s);
        QVERIFY(!m.body.isEmpty());
    }
    // Pure: the same input, the same plan.
    QCOMPARE(summary(planner().plan(in)), summary(plan));
}

void TestReminders::bookedWithinAWeek()
{
    const PlanInput in = input(at(QDate(2026, 11, 17), QTime(8, 0)), at(QDate(2026, 11, 20), QTime(14, 30)));
    QCOMPARE(summary(planner().plan(in)),
             (QStringList{u"confirmation/email/p@2026-11-17 08:00"_s, u"reminder/email/p@2026-11-19 14:30"_s,
                          u"reminder/sms/p@2026-11-19 14:30"_s}));
}

void TestReminders::bookedExactlySevenDaysAhead()
{
    // "More than 7 days ahead" is strict: exactly a week is the short plan.
    const PlanInput in = input(at(QDate(2026, 11, 13), QTime(14, 30)), at(QDate(2026, 11, 20), QTime(14, 30)));
    QCOMPARE(summary(planner().plan(in)),
             (QStringList{u"confirmation/email/p@2026-11-13 14:30"_s, u"reminder/email/p@2026-11-19 14:30"_s,
                          u"reminder/sms/p@2026-11-19 14:30"_s}));
    const PlanInput later = input(at(QDate(2026, 11, 13), QTime(14, 29)), at(QDate(2026, 11, 20), QTime(14, 30)));
    QVERIFY(summary(planner().plan(later)).contains(u"reminder/sms/p@2026-11-18 14:30"_s));
    QVERIFY(summary(planner().plan(later)).contains(u"reminder/email/p@2026-11-13 14:30"_s));
}

void TestReminders::bookedTheSameDay()
{
    // Reminders due before the booking are not planned: the confirmation says it all.
    const PlanInput in = input(at(QDate(2026, 11, 20), QTime(9, 0)), at(QDate(2026, 11, 20), QTime(14, 30)));
    QCOMPARE(summary(planner().plan(in)), QStringList{u"confirmation/email/p@2026-11-20 09:00"_s});
    // Booked 30 hours ahead: the day-before reminders are due after the booking.
    const PlanInput dayAhead = input(at(QDate(2026, 11, 19), QTime(8, 30)), at(QDate(2026, 11, 20), QTime(14, 30)));
    QCOMPARE(planner().plan(dayAhead).size(), 3);
}

void TestReminders::clockChangesKeepTheHour_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("day");
    // Europe switches on the last Sundays of March and October (2026-10-25, 2027-03-28).
    QTest::newRow("Brussels, autumn, Monday after") << QByteArray("Europe/Brussels") << QDate(2026, 10, 26);
    QTest::newRow("Brussels, autumn, Tuesday after") << QByteArray("Europe/Brussels") << QDate(2026, 10, 27);
    QTest::newRow("Brussels, autumn, on the Sunday") << QByteArray("Europe/Brussels") << QDate(2026, 10, 25);
    QTest::newRow("Brussels, spring, Tuesday after") << QByteArray("Europe/Brussels") << QDate(2027, 3, 30);
    QTest::newRow("Brussels, spring, Monday after") << QByteArray("Europe/Brussels") << QDate(2027, 3, 29);
    QTest::newRow("Paris, autumn, Monday after") << QByteArray("Europe/Paris") << QDate(2026, 10, 26);
    QTest::newRow("Paris, spring, Tuesday after") << QByteArray("Europe/Paris") << QDate(2027, 3, 30);
    QTest::newRow("Paris, spring, on the Sunday") << QByteArray("Europe/Paris") << QDate(2027, 3, 28);
}

void TestReminders::clockChangesKeepTheHour()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, day);
    const QTimeZone tz(zone);
    const QDateTime start = at(day, QTime(9, 0), tz);
    const PlanInput in = input(start.addDays(-30), start, tz);
    const QList<PlannedMessage> plan = planner().plan(in);
    int reminders = 0;
    bool crossed = false;
    for (const PlannedMessage &m : plan) {
        if (m.kind != u"reminder"_s)
            continue;
        ++reminders;
        const QDateTime local = m.due.toTimeZone(tz);
        QCOMPARE(local.time(), QTime(9, 0)); // the hour the patient knows, whatever the offset
        const qint64 days = local.date().daysTo(day);
        QVERIFY(days == 1 || days == 2 || days == 7);
        QCOMPARE(days, m.channel == MessageChannel::Sms ? 2 : days);
        // Across the change the interval is not a whole number of 24-hour days.
        if (m.due.secsTo(start) % 86400 != 0)
            crossed = true;
        QCOMPARE(ReminderPlanner::daysBefore(start, int(days), tz), m.due);
    }
    QCOMPARE(reminders, 3);
    QVERIFY2(crossed, "one reminder at least falls on the other side of the clock change");
}

void TestReminders::relativeWithOwnMobileAndEmail()
{
    PlanInput in = input(at(QDate(2026, 11, 2), QTime(10, 0)), at(QDate(2026, 11, 20), QTime(14, 30)));
    in.patient = person(u"p"_s, u"lea@example.be"_s, u"+32471000001"_s);
    in.patient.holderId = u"h"_s;
    in.holder = person(u"h"_s, u"parent@example.be"_s, u"+32471000002"_s);
    const QList<PlannedMessage> plan = planner().plan(in);
    // The holder always gets the e-mails, the relative too with their own address; the SMS
    // goes to the relative's own mobile only.
    QCOMPARE(summary(plan),
             (QStringList{u"confirmation/email/h@2026-11-02 10:00"_s, u"confirmation/email/p@2026-11-02 10:00"_s,
                          u"reminder/email/h@2026-11-13 14:30"_s, u"reminder/email/h@2026-11-19 14:30"_s,
                          u"reminder/email/p@2026-11-13 14:30"_s, u"reminder/email/p@2026-11-19 14:30"_s,
                          u"reminder/sms/p@2026-11-18 14:30"_s}));
    for (const PlannedMessage &m : plan)
        if (m.channel == MessageChannel::Sms)
            QCOMPARE(m.recipient, u"+32471000001"_s);
}

void TestReminders::relativeWithoutContacts()
{
    PlanInput in = input(at(QDate(2026, 11, 17), QTime(10, 0)), at(QDate(2026, 11, 20), QTime(14, 30)));
    in.patient = person(u"p"_s, {}, {});
    in.patient.holderId = u"h"_s;
    in.holder = person(u"h"_s, u"parent@example.be"_s, u"+33612345678"_s);
    const QList<PlannedMessage> plan = planner().plan(in);
    QCOMPARE(summary(plan),
             (QStringList{u"confirmation/email/h@2026-11-17 10:00"_s, u"reminder/email/h@2026-11-19 14:30"_s,
                          u"reminder/sms/h@2026-11-19 14:30"_s}));
    // The holder's own switch counts for what reaches them.
    in.holder->notifySms = false;
    QCOMPARE(summary(planner().plan(in)).size(), 2);
    // No holder's mobile either: e-mails only.
    in.holder->notifySms = true;
    in.holder->mobilePhone.clear();
    QCOMPARE(summary(planner().plan(in)).size(), 2);
}

void TestReminders::landlineOnly()
{
    PlanInput in = input(at(QDate(2026, 11, 17), QTime(10, 0)), at(QDate(2026, 11, 20), QTime(14, 30)));
    // A landline is never texted, even when it was typed in the mobile field.
    in.patient = person(u"p"_s, {}, u"+3225551234"_s);
    in.patient.otherPhone = u"+33140000000"_s;
    QVERIFY(!ReminderPlanner::isMobile(u"+3225551234"_s));
    QVERIFY(!ReminderPlanner::isMobile(u"+33140000000"_s));
    QVERIFY(ReminderPlanner::isMobile(u"+33612345678"_s));
    QVERIFY(ReminderPlanner::isMobile(u"+32470123456"_s));
    QVERIFY(planner().plan(in).isEmpty());
    in.patient.email = u"fixe@example.fr"_s;
    QCOMPARE(summary(planner().plan(in)),
             (QStringList{u"confirmation/email/p@2026-11-17 10:00"_s, u"reminder/email/p@2026-11-19 14:30"_s}));
}

void TestReminders::switchesOff_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("expected");
    QTest::newRow("all on") << u"none"_s << 4;
    QTest::newRow("motif off") << u"motif"_s << 0;
    QTest::newRow("patient SMS off") << u"sms"_s << 3;
    QTest::newRow("patient e-mail off") << u"email"_s << 1;
    QTest::newRow("patient both off") << u"both"_s << 0;
    QTest::newRow("practice off") << u"practice"_s << 0;
    QTest::newRow("deceased") << u"deceased"_s << 0;
}

void TestReminders::switchesOff()
{
    QFETCH(QString, what);
    QFETCH(int, expected);
    PlanInput in = input(at(QDate(2026, 11, 2), QTime(10, 0)), at(QDate(2026, 11, 20), QTime(14, 30)));
    ReminderRules rules;
    if (what == u"motif"_s)
        in.motif->notifications = false;
    if (what == u"sms"_s || what == u"both"_s)
        in.patient.notifySms = false;
    if (what == u"email"_s || what == u"both"_s)
        in.patient.notifyEmail = false;
    if (what == u"practice"_s)
        rules.enabled = false;
    if (what == u"deceased"_s)
        in.patient.deceased = true;
    QCOMPARE(planner(rules).plan(in).size(), expected);
    // The same for the notices after a missed visit.
    in.appointment.status = AppointmentStatus::NoShow;
    in.history << AppointmentTransition{
        2,         u"a"_s, AppointmentStatus::Booked, AppointmentStatus::NoShow, in.appointment.end,
        u"desk"_s, {},     in.appointment.start};
    QCOMPARE(planner(rules).plan(in).size(), expected > 0 ? 1 : 0);
}

void TestReminders::noHealthDetailInSms()
{
    const PlanInput in = input(at(QDate(2026, 11, 2), QTime(10, 0)), at(QDate(2026, 11, 20), QTime(14, 30)));
    bool sawSms = false;
    for (const PlannedMessage &m : planner().plan(in)) {
        if (m.channel == MessageChannel::Sms) {
            sawSms = true;
            QVERIFY2(!m.body.contains(u"grossesse"_s, Qt::CaseInsensitive), qPrintable(m.body));
            QVERIFY(m.body.contains(u"14:30"_s));
            QVERIFY(m.body.contains(u"vendredi 20 novembre 2026"_s));
            QVERIFY(m.body.contains(u"Dr Anne Martin"_s));
            QVERIFY(m.body.size() <= MessageTemplates::MaxSmsLength);
        } else if (m.kind == u"reminder"_s) {
            QVERIFY2(m.body.contains(u"Suivi de grossesse"_s), qPrintable(m.body)); // e-mails may name it
        }
    }
    QVERIFY(sawSms);
    // Even a practice text with {motif} in an SMS leaves it out until the practice allows it.
    QCOMPARE(MessageTemplates::render(u"RDV {motif} le {date}"_s,
                                      MessageValues{{}, u"lundi"_s, {}, {}, {}, {}, {}, u"IVG"_s, {}, {}}, true, false),
             u"RDV le lundi"_s);
    QCOMPARE(MessageTemplates::render(u"RDV {motif} le {date}"_s,
                                      MessageValues{{}, u"lundi"_s, {}, {}, {}, {}, {}, u"IVG"_s, {}, {}}, true, true),
             u"RDV IVG le lundi"_s);
}

void TestReminders::cancellationAndLateCancellation()
{
    PlanInput in = input(at(QDate(2026, 11, 2), QTime(10, 0)), at(QDate(2026, 11, 20), QTime(14, 30)));
    in.appointment.status = AppointmentStatus::Cancelled;
    in.appointment.cancelledBy = CancelledBy::Practice;
    const QDateTime cancelledAt = at(QDate(2026, 11, 10), QTime(11, 0));
    in.history << AppointmentTransition{
        2,         u"a"_s, AppointmentStatus::Booked, AppointmentStatus::Cancelled, cancelledAt,
        u"desk"_s, {},     in.appointment.start};
    QCOMPARE(summary(planner().plan(in)),
             (QStringList{u"cancellation/email/p@2026-11-10 11:00"_s, u"cancellation/sms/p@2026-11-10 11:00"_s}));
    ReminderRules noSms;
    noSms.changeSms = false;
    QCOMPARE(summary(planner(noSms).plan(in)), QStringList{u"cancellation/email/p@2026-11-10 11:00"_s});
    // Late, by the patient: a neutral notice too, once, after the delay to undo a mistake; its
    // own, never the missed appointment's (the patient called).
    in.appointment.cancelledBy = CancelledBy::Patient;
    in.appointment.lateCancellation = true;
    QVERIFY(summary(planner().plan(in)).contains(u"late-cancellation-notice/email/p@2026-11-10 11:30"_s));
    for (const QString &line : summary(planner().plan(in)))
        QVERIFY2(!line.startsWith(u"noshow-notice"_s), qPrintable(line));
    QCOMPARE(planner().plan(in).size(), 3);
    // Entered in error: nothing at all.
    in.appointment.status = AppointmentStatus::EnteredInError;
    QVERIFY(planner().plan(in).isEmpty());
}

void TestReminders::moveToldWithTheOldTime()
{
    PlanInput in = input(at(QDate(2026, 11, 2), QTime(10, 0)), at(QDate(2026, 11, 20), QTime(14, 30)));
    const QDateTime newStart = at(QDate(2026, 11, 24), QTime(8, 45));
    const QDateTime movedAt = at(QDate(2026, 11, 19), QTime(16, 0));
    in.appointment.start = newStart;
    in.appointment.end = newStart.addSecs(900);
    in.history << AppointmentTransition{
        2, u"a"_s, AppointmentStatus::Booked, AppointmentStatus::Booked, movedAt, u"desk"_s, u"moved"_s, newStart};
    const QList<PlannedMessage> plan = planner().plan(in);
    // Five days ahead from the move: the short plan, counted from the move; the "moved" message
    // tells the new time, so no confirmation is planned any more (one sent stays what it was).
    QCOMPARE(summary(plan),
             (QStringList{u"move/email/p@2026-11-19 16:00"_s, u"move/sms/p@2026-11-19 16:00"_s,
                          u"reminder/email/p@2026-11-23 08:45"_s, u"reminder/sms/p@2026-11-23 08:45"_s}));
    for (const PlannedMessage &m : plan)
        if (m.kind == u"move"_s && m.channel == MessageChannel::Email) {
            QVERIFY2(m.body.contains(u"vendredi 20 novembre 2026 à 14:30"_s), qPrintable(m.body));
            QVERIFY2(m.body.contains(u"mardi 24 novembre 2026 à 08:45"_s), qPrintable(m.body));
        }
    // A length change alone is no move.
    PlanInput longer = input(at(QDate(2026, 11, 2), QTime(10, 0)), at(QDate(2026, 11, 20), QTime(14, 30)));
    longer.history << AppointmentTransition{
        2,         u"a"_s,      AppointmentStatus::Booked, AppointmentStatus::Booked, movedAt,
        u"desk"_s, u"length"_s, longer.appointment.start};
    QCOMPARE(planner().plan(longer).size(), 4);
}

void TestReminders::noShowNotice()
{
    PlanInput in = input(at(QDate(2026, 11, 2), QTime(10, 0)), at(QDate(2026, 11, 20), QTime(14, 30)));
    in.appointment.status = AppointmentStatus::NoShow;
    const QDateTime marked = at(QDate(2026, 11, 20), QTime(15, 10));
    in.history << AppointmentTransition{2,         u"a"_s, AppointmentStatus::Booked, AppointmentStatus::NoShow, marked,
                                        u"desk"_s, {},     in.appointment.start};
    ReminderRules rules;
    rules.noticeDelayMinutes = 45;
    QCOMPARE(summary(planner(rules).plan(in)), QStringList{u"noshow-notice/email/p@2026-11-20 15:55"_s});
    // One message only, by e-mail when there is one, else by SMS.
    in.patient.email.clear();
    QCOMPARE(summary(planner(rules).plan(in)), QStringList{u"noshow-notice/sms/p@2026-11-20 15:55"_s});
    in.appointment.excused = true;
    QVERIFY(planner(rules).plan(in).isEmpty());
    in.appointment.excused = false;
    in.appointment.noShowErased = true;
    QVERIFY(planner(rules).plan(in).isEmpty());
}

void TestReminders::patientLanguage()
{
    PlanInput in = input(at(QDate(2026, 11, 2), QTime(10, 0)), at(QDate(2026, 11, 20), QTime(14, 30)));
    in.patient.language = u"nl"_s;
    for (const PlannedMessage &m : planner().plan(in)) {
        QCOMPARE(m.language, u"nl"_s);
        QVERIFY2(m.body.contains(u"vrijdag 20 november 2026"_s), qPrintable(m.body));
    }
    in.patient.language = u"en"_s;
    for (const PlannedMessage &m : planner().plan(in))
        QVERIFY2(m.body.contains(u"Friday 20 November 2026"_s), qPrintable(m.body));
    // A language Guichet has no texts in falls back to French.
    in.patient.language = u"de"_s;
    for (const PlannedMessage &m : planner().plan(in)) {
        QCOMPARE(m.language, u"fr"_s);
        QVERIFY(m.body.contains(u"vendredi"_s));
    }
}

void TestReminders::templateValidation()
{
    QVERIFY(MessageTemplates::validate(u"reminder"_s, u"sms"_s, u"fr"_s, u"RDV le {date} à {time}"_s, false));
    QCOMPARE(MessageTemplates::validate(u"reminder"_s, u"sms"_s, u"fr"_s, u"RDV {motif}"_s, false).error().rule,
             u"template.sms-motif"_s);
    QVERIFY(MessageTemplates::validate(u"reminder"_s, u"sms"_s, u"fr"_s, u"RDV {motif}"_s, true));
    QVERIFY(MessageTemplates::validate(u"reminder"_s, u"email"_s, u"fr"_s, u"RDV {motif}"_s, false));
    QCOMPARE(MessageTemplates::validate(u"reminder"_s, u"sms"_s, u"fr"_s, u"RDV {heure}"_s, false).error().rule,
             u"template.placeholder"_s);
    QCOMPARE(MessageTemplates::validate(u"reminder"_s, u"sms"_s, u"fr"_s, u"RDV {date"_s, false).error().rule,
             u"template.brace"_s);
    QCOMPARE(MessageTemplates::validate(u"reminder"_s, u"sms"_s, u"fr"_s, u"RDV date}"_s, false).error().rule,
             u"template.brace"_s);
    QCOMPARE(MessageTemplates::validate(u"reminder"_s, u"sms"_s, u"fr"_s, u"   "_s, false).error().rule,
             u"template.empty"_s);
    QCOMPARE(MessageTemplates::validate(u"reminder"_s, u"sms"_s, u"fr"_s, QString(481, u'x'), false).error().rule,
             u"template.length"_s);
    QCOMPARE(MessageTemplates::validate(u"rappel"_s, u"sms"_s, u"fr"_s, u"x"_s, false).error().rule,
             u"template.kind"_s);
    QCOMPARE(MessageTemplates::validate(u"reminder"_s, u"fax"_s, u"fr"_s, u"x"_s, false).error().rule,
             u"template.channel"_s);
    QCOMPARE(MessageTemplates::validate(u"reminder"_s, u"sms"_s, u"de"_s, u"x"_s, false).error().rule,
             u"template.language"_s);
    // Guichet's own texts pass their own rules: no visit reason in any SMS.
    for (const QString &kind : MessageTemplates::kinds())
        for (const MessageChannel channel : MessageChannels::all())
            for (const QString &language : MessageTemplates::languages()) {
                const QString text = MessageTemplates::builtin(kind, channel, language);
                const QString code = MessageChannels::code(channel);
                QVERIFY2(!text.isEmpty(), qPrintable(kind + code + language));
                QVERIFY2(MessageTemplates::validate(kind, code, language, text, false),
                         qPrintable(kind + u' ' + code + u' ' + language));
            }
}

// ------------------------------------------------------------------ database

void TestReminders::videoAndHomeVisitsSayWhere()
{
    PlanInput in = input(at(QDate(2026, 11, 2), QTime(10, 0)), at(QDate(2026, 11, 20), QTime(14, 30)));
    in.patient.address = u"Avenue Louise 200"_s;
    in.patient.postcode = u"1050"_s;
    in.patient.city = u"Ixelles"_s;
    auto bodies = [&](const PlanInput &i) {
        QStringList out;
        for (const PlannedMessage &m : planner().plan(i))
            if (m.channel == MessageChannel::Email)
                out << m.body;
        return out;
    };
    // At the site: its address.
    for (const QString &body : bodies(in))
        QVERIFY2(body.contains(u"Rue du Parc 3"_s), qPrintable(body));
    // By video: no street, the link comes from the platform.
    in.motif->video = true;
    QStringList video = bodies(in);
    QVERIFY(!video.isEmpty());
    for (const QString &body : video) {
        QVERIFY2(!body.contains(u"Rue du Parc"_s) && !body.contains(u"Adresse"_s), qPrintable(body));
        QVERIFY2(body.contains(u"Consultation vidéo : la plateforme de rendez-vous vous envoie le lien"_s),
                 qPrintable(body));
    }
    in.patient.language = u"nl"_s;
    for (const QString &body : bodies(in))
        QVERIFY2(body.contains(u"Videoconsultatie"_s), qPrintable(body));
    // At home: the patient's address.
    in.patient.language = u"fr"_s;
    in.motif->video = false;
    in.motif->homeVisit = true;
    for (const QString &body : bodies(in)) {
        QVERIFY2(!body.contains(u"Rue du Parc"_s), qPrintable(body));
        QVERIFY2(body.contains(u"Visite à domicile : Avenue Louise 200, 1050 Ixelles."_s), qPrintable(body));
    }
}

void TestReminders::practicePhoneAsTheReaderDialsIt()
{
    // A Belgian practice: 02 555 12 34 for a Belgian mobile, +32 2 555 12 34 for a French one.
    PlanInput in = input(at(QDate(2026, 11, 2), QTime(10, 0)), at(QDate(2026, 11, 20), QTime(14, 30)));
    auto smsBody = [&] {
        for (const PlannedMessage &m : planner().plan(in))
            if (m.channel == MessageChannel::Sms)
                return m.body;
        return QString();
    };
    QVERIFY2(smsBody().contains(u"02 555 12 34"_s), qPrintable(smsBody()));
    in.patient.mobilePhone = u"+33612345678"_s;
    QVERIFY2(smsBody().contains(u"+32 2 555 12 34"_s), qPrintable(smsBody()));
    // An e-mail reader living in France.
    in.patient.country = u"FR"_s;
    for (const PlannedMessage &m : planner().plan(in))
        if (m.channel == MessageChannel::Email)
            QVERIFY2(m.body.contains(u"+32 2 555 12 34"_s), qPrintable(m.body));
}

void TestReminders::bookingPlansAndPlanningTwiceChangesNothing()
{
    TempDatabase t; // the clock reads 2026-11-23 09:00 UTC
    const MiniPractice p = addMiniPractice(t.db());
    const QString patient = addPatient(t, u"Peeters"_s, u"an@example.be"_s, u"+32470123456"_s);
    const Appointment a = book(t, p, patient, at(QDate(2026, 12, 10), QTime(10, 0)));
    const QList<NotificationRequest> planned = NotificationRepository(t.db()).forAppointment(a.id);
    QCOMPARE(kindsOf(planned),
             (QStringList{u"confirmation/email"_s, u"reminder/email"_s, u"reminder/email"_s, u"reminder/sms"_s}));
    for (const NotificationRequest &n : planned) {
        QCOMPARE(n.state, u"pending"_s);
        QCOMPARE(n.createdAt, t.clock().now());
        QVERIFY(!n.body.isEmpty());
    }
    for (const NotificationRequest &n : planned)
        if (n.kind == u"confirmation"_s)
            QCOMPARE(n.due, t.clock().now()); // at once
    t.clock().advance(3600);
    for (int i = 0; i < 2; ++i) {
        auto again = ReminderService::replan(t.db(), a.id, t.clock().now());
        QVERIFY(again);
        QCOMPARE(again->created, 0);
        QCOMPARE(again->revoked, 0);
        QCOMPARE(again->kept, 4);
    }
    QCOMPARE(NotificationRepository(t.db()).forAppointment(a.id).size(), 4);
}

void TestReminders::moveRevokesAndReplacesButNeverTouchesSent()
{
    TempDatabase t;
    const MiniPractice p = addMiniPractice(t.db());
    const QString patient = addPatient(t, u"Peeters"_s, u"an@example.be"_s, u"+32470123456"_s);
    const Appointment a = book(t, p, patient, at(QDate(2026, 12, 10), QTime(10, 0)));
    // The confirmation went out.
    QVERIFY(t.db().exec(u"UPDATE notification_requests SET state = 'sent' WHERE kind = 'confirmation'"_s));
    t.clock().advance(2 * 86400);
    auto moved = AppointmentService::move(t.session(Role::Secretary), a.id, at(QDate(2026, 12, 3), QTime(16, 15)));
    QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
    const QList<NotificationRequest> all = NotificationRepository(t.db()).forAppointment(a.id);
    QCOMPARE(kindsOf(ofState(all, u"sent"_s)), QStringList{u"confirmation/email"_s});
    QCOMPARE(kindsOf(ofState(all, u"revoked"_s)),
             (QStringList{u"reminder/email"_s, u"reminder/email"_s, u"reminder/sms"_s}));
    // Moved to 8 days after the move: a far-ahead plan counted from the move.
    QCOMPARE(
        kindsOf(ofState(all, u"pending"_s)),
        (QStringList{u"move/email"_s, u"move/sms"_s, u"reminder/email"_s, u"reminder/email"_s, u"reminder/sms"_s}));
    for (const NotificationRequest &n : ofState(all, u"pending"_s))
        if (n.kind == u"reminder"_s)
            QCOMPARE(n.due.toTimeZone(kBrussels).time(), QTime(16, 15));
    // Planning again changes nothing.
    auto again = ReminderService::replan(t.db(), a.id, t.clock().now());
    QVERIFY(again);
    QCOMPARE(again->created + again->revoked, 0);
}

void TestReminders::moveWithdrawsThePendingConfirmation()
{
    TempDatabase t;
    const MiniPractice p = addMiniPractice(t.db());
    const QString patient = addPatient(t, u"Peeters"_s, u"an@example.be"_s, u"+32470123456"_s);
    const Appointment a = book(t, p, patient, at(QDate(2026, 12, 10), QTime(10, 0)));
    t.clock().advance(600); // moved ten minutes later, the confirmation not sent yet
    auto moved = AppointmentService::move(t.session(Role::Secretary), a.id, at(QDate(2026, 12, 11), QTime(9, 0)));
    QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
    const QList<NotificationRequest> all = NotificationRepository(t.db()).forAppointment(a.id);
    QCOMPARE(kindsOf(ofState(all, u"revoked"_s)),
             (QStringList{u"confirmation/email"_s, u"reminder/email"_s, u"reminder/email"_s, u"reminder/sms"_s}));
    // One "moved" message per channel, no fresh confirmation.
    QCOMPARE(
        kindsOf(ofState(all, u"pending"_s)),
        (QStringList{u"move/email"_s, u"move/sms"_s, u"reminder/email"_s, u"reminder/email"_s, u"reminder/sms"_s}));
}

void TestReminders::settingsChangesReplanAtOnce()
{
    TempDatabase t;
    const MiniPractice p = addMiniPractice(t.db());
    const QString patient = addPatient(t, u"Peeters"_s, u"an@example.be"_s, u"+32470123456"_s);
    const Appointment a = book(t, p, patient, at(QDate(2026, 12, 10), QTime(10, 0)));
    QCOMPARE(ofState(NotificationRepository(t.db()).forAppointment(a.id), u"pending"_s).size(), 4);
    // No messages for this visit reason any more: withdrawn at once, not at the next replan.
    Motif m = *PracticeRepository(t.db()).motif(p.consultationId);
    m.notifications = false;
    QVERIFY(PracticeSetup::saveMotif(t.session(), m));
    QCOMPARE(ofState(NotificationRepository(t.db()).forAppointment(a.id), u"pending"_s).size(), 0);
    m.notifications = true;
    QVERIFY(PracticeSetup::saveMotif(t.session(), m));
    QCOMPARE(ofState(NotificationRepository(t.db()).forAppointment(a.id), u"pending"_s).size(), 4);
    // The practitioner's messages off, then the site's phone changed: the texts follow.
    Practitioner pr = *PracticeRepository(t.db()).practitioner(p.practitionerId);
    pr.messages = false;
    QVERIFY(PracticeSetup::savePractitioner(t.session(), pr));
    QCOMPARE(ofState(NotificationRepository(t.db()).forAppointment(a.id), u"pending"_s).size(), 0);
    pr.messages = true;
    QVERIFY(PracticeSetup::savePractitioner(t.session(), pr));
    Site site = *PracticeRepository(t.db()).site(p.siteId);
    site.phone = u"+3225550000"_s;
    QVERIFY(PracticeSetup::saveSite(t.session(), site));
    const QList<NotificationRequest> pending =
        ofState(NotificationRepository(t.db()).forAppointment(a.id), u"pending"_s);
    QCOMPARE(pending.size(), 4);
    for (const NotificationRequest &n : pending)
        QVERIFY2(n.body.contains(u"02 555 00 00"_s), qPrintable(n.body));
}

void TestReminders::cancellationRevokesPendingReminders()
{
    TempDatabase t;
    const MiniPractice p = addMiniPractice(t.db());
    const QString patient = addPatient(t, u"Peeters"_s, u"an@example.be"_s, u"+32470123456"_s);
    const Appointment a = book(t, p, patient, at(QDate(2026, 12, 10), QTime(10, 0)));
    t.clock().advance(86400);
    QVERIFY(
        AppointmentService::cancel(t.session(Role::Secretary), a.id, CancelledBy::Practice, u"Absence du médecin"_s));
    const QList<NotificationRequest> all = NotificationRepository(t.db()).forAppointment(a.id);
    QCOMPARE(kindsOf(ofState(all, u"pending"_s)), (QStringList{u"cancellation/email"_s, u"cancellation/sms"_s}));
    QCOMPARE(ofState(all, u"revoked"_s).size(), 4);
    for (const NotificationRequest &n : ofState(all, u"pending"_s))
        QCOMPARE(n.due, t.clock().now());
}

void TestReminders::patientEditReplans()
{
    TempDatabase t;
    const MiniPractice p = addMiniPractice(t.db());
    const QString patient = addPatient(t, u"Peeters"_s, u"an@example.be"_s, {});
    const Appointment a = book(t, p, patient, at(QDate(2026, 12, 10), QTime(10, 0)));
    QCOMPARE(kindsOf(NotificationRepository(t.db()).forAppointment(a.id)),
             (QStringList{u"confirmation/email"_s, u"reminder/email"_s, u"reminder/email"_s}));
    // The desk adds a mobile number: the SMS reminder appears.
    PatientInput in;
    in.birthName = u"Peeters"_s;
    in.firstNames = u"Alex"_s;
    in.birthDate = u"1980-05-05"_s;
    in.sex = u"other"_s;
    in.email = u"an@example.be"_s;
    in.phones << u"0470 12 34 56"_s;
    auto before = PatientRepository(t.db()).byId(patient);
    QVERIFY(before);
    auto updated =
        PatientService::update(t.session(Role::Secretary), patient, in, PatientService::preferencesOf(*before));
    QVERIFY2(updated, updated ? "" : qPrintable(updated.error().message));
    QCOMPARE(kindsOf(ofState(NotificationRepository(t.db()).forAppointment(a.id), u"pending"_s)),
             (QStringList{u"confirmation/email"_s, u"reminder/email"_s, u"reminder/email"_s, u"reminder/sms"_s}));
}

void TestReminders::templateEditRewordsPendingMessages()
{
    TempDatabase t;
    const MiniPractice p = addMiniPractice(t.db());
    const QString patient = addPatient(t, u"Peeters"_s, u"an@example.be"_s, u"+32470123456"_s);
    const Appointment a = book(t, p, patient, at(QDate(2026, 12, 10), QTime(10, 0)));
    // A secretary may not change the practice's wording; an administrator may.
    QCOMPARE(
        MessageTemplates::set(t.session(Role::Secretary), u"reminder"_s, u"sms"_s, u"fr"_s, u"x {date}"_s).error().code,
        ErrorCode::Forbidden);
    QCOMPARE(MessageTemplates::set(t.session(), u"reminder"_s, u"sms"_s, u"fr"_s, u"Votre {motif}"_s).error().rule,
             u"template.sms-motif"_s);
    QVERIFY(MessageTemplates::set(t.session(), u"reminder"_s, u"sms"_s, u"fr"_s,
                                  u"Cabinet {site} : RDV {date} {time}. Empêchement : {phone}"_s));
    const QList<NotificationRequest> all = NotificationRepository(t.db()).forAppointment(a.id);
    const QList<NotificationRequest> sms = [&] {
        QList<NotificationRequest> out;
        for (const NotificationRequest &n : all)
            if (n.kind == u"reminder"_s && n.channel == MessageChannel::Sms)
                out << n;
        return out;
    }();
    QCOMPARE(sms.size(), 2);
    QCOMPARE(ofState(sms, u"revoked"_s).size(), 1);
    QCOMPARE(ofState(sms, u"pending"_s).first().body,
             u"Cabinet Cabinet test : RDV jeudi 10 décembre 2026 10:00. Empêchement :"_s);
    // Back to Guichet's text.
    QVERIFY(MessageTemplates::set(t.session(), u"reminder"_s, u"sms"_s, u"fr"_s, QString()));
    QVERIFY(!MessageTemplates::load(t.db()).isCustom(u"reminder"_s, MessageChannel::Sms, u"fr"_s));
}

// ------------------------------------------------------------------ waiting list

namespace {

struct WaitingDesk
{
    std::unique_ptr<TempDatabase> t = std::make_unique<TempDatabase>();
    MiniPractice p;
    WaitingDesk()
    {
        p = addMiniPractice(t->db());
        // Away for the next two weeks: nothing free sooner.
        Absence away{newUuid(), p.practitionerId, t->clock().now().addSecs(-3600), t->clock().now().addDays(15),
                     u"Congé"_s};
        if (!PracticeRepository(t->db()).insertAbsence(away))
            qFatal("absence");
    }
};

} // namespace

void TestReminders::waitingListEligibility()
{
    WaitingDesk d;
    TempDatabase &t = *d.t;
    const QString patient = addPatient(t, u"Peeters"_s, u"an@example.be"_s, u"+32470123456"_s);
    const Appointment far = book(t, d.p, patient, at(QDate(2026, 12, 21), QTime(10, 0)));
    auto joined = WaitingList::join(t.session(Role::Secretary), far.id);
    QVERIFY2(joined, joined ? "" : qPrintable(joined.error().message));
    QCOMPARE(WaitingList::join(t.session(Role::Secretary), far.id).error().rule, u"waitlist.already"_s);
    // Too soon: the list is for appointments more than 14 days away.
    QVERIFY(PracticeRules::set(t.session(), u"waitlist.min_days"_s, u"40"_s));
    const Appointment other = book(t, d.p, addPatient(t, u"Maes"_s, {}, {}), at(QDate(2026, 12, 22), QTime(10, 0)));
    QCOMPARE(WaitingList::join(t.session(Role::Secretary), other.id).error().rule, u"waitlist.too-soon"_s);
    // A free slot sooner: offer it instead (no absence on this desk).
    TempDatabase open;
    const MiniPractice op = addMiniPractice(open.db());
    const Appointment late =
        book(open, op, addPatient(open, u"Jacobs"_s, {}, {}), at(QDate(2027, 1, 20), QTime(10, 0)));
    QCOMPARE(WaitingList::join(open.session(Role::Secretary), late.id).error().rule, u"waitlist.free-sooner"_s);
    QVERIFY(WaitingList::entries(open.db()).isEmpty());
}

void TestReminders::offersOnlyWhatTheRulesAllow()
{
    WaitingDesk d;
    TempDatabase &t = *d.t;
    // The visit reason keeps 8 days between two visits of a patient.
    QVERIFY(t.db().exec(u"UPDATE motifs SET spacing_rule = 1 WHERE id = ?"_s, {d.p.consultationId}));
    const QString close = addPatient(t, u"Proche"_s, u"proche@example.be"_s, u"+32470123450"_s);
    const QString free = addPatient(t, u"Libre"_s, u"libre@example.be"_s, u"+32470123451"_s);
    // Both wait for an earlier slot than January; one also comes on 12 December.
    const Appointment closeWaits = book(t, d.p, close, at(QDate(2027, 1, 11), QTime(8, 0)));
    QVERIFY(!book(t, d.p, close, at(QDate(2026, 12, 12), QTime(8, 0))).id.isEmpty());
    QVERIFY(WaitingList::join(t.session(Role::Secretary), closeWaits.id));
    t.clock().advance(60);
    const Appointment freeWaits = book(t, d.p, free, at(QDate(2027, 1, 11), QTime(9, 0)));
    QVERIFY(WaitingList::join(t.session(Role::Secretary), freeWaits.id));
    t.clock().advance(60);
    const Appointment freed = book(t, d.p, addPatient(t, u"Leroy"_s, {}, {}), at(QDate(2026, 12, 9), QTime(9, 0)));
    QVERIFY(AppointmentService::cancel(t.session(Role::Secretary), freed.id, CancelledBy::Patient, u"Guéri"_s));
    t.clock().advance(11 * 60);
    auto run = WaitingList::run(t.db(), t.clock().now(), true);
    QVERIFY(run);
    // 9 December is 3 days from the patient's 12 December visit: not offered to them, only to
    // the other, whose acceptance then moves the appointment without a refusal.
    QCOMPARE(run->offers, 1);
    QCOMPARE(WaitingList::entry(t.db(), run->made.first().entryId)->appointmentId, freeWaits.id);
    auto accepted = WaitingList::accept(t.session(Role::Secretary), run->made.first().id);
    QVERIFY2(accepted, accepted ? "" : qPrintable(accepted.error().message));
    QCOMPARE(accepted->start, at(QDate(2026, 12, 9), QTime(9, 0)));
}

void TestReminders::freedSlotOfferedToTheFirstFive()
{
    WaitingDesk d;
    TempDatabase &t = *d.t;
    // Seven patients wait for an earlier slot, joining one after the other.
    QList<Appointment> waiting;
    for (int i = 0; i < 7; ++i) {
        const QString patient = addPatient(t, kNames[i], u"p%1@example.be"_s.arg(i), u"+3247012345%1"_s.arg(i));
        waiting << book(t, d.p, patient, at(QDate(2027, 1, 11), QTime(8 + i, 0)));
        QVERIFY(WaitingList::join(t.session(Role::Secretary), waiting.last().id));
        t.clock().advance(60);
    }
    const Appointment freed = book(t, d.p, addPatient(t, u"Leroy"_s, {}, {}), at(QDate(2026, 12, 9), QTime(9, 0)));
    // Nothing freed yet: no offer.
    auto run = WaitingList::run(t.db(), t.clock().now(), true);
    QVERIFY(run);
    QCOMPARE(run->offers, 0);
    t.clock().advance(60);
    QVERIFY(AppointmentService::cancel(t.session(Role::Secretary), freed.id, CancelledBy::Patient, u"Guéri"_s));
    t.clock().advance(11 * 60);
    run = WaitingList::run(t.db(), t.clock().now());
    QVERIFY(run);
    QVERIFY(!run->skipped);
    QCOMPARE(run->offers, 5);
    QSet<QString> offered;
    for (const WaitlistOffer &o : run->made) {
        QCOMPARE(o.start, at(QDate(2026, 12, 9), QTime(9, 0)));
        offered.insert(WaitingList::entry(t.db(), o.entryId)->appointmentId);
        // Each offer goes by e-mail and SMS, telling the earlier time.
        const QList<NotificationRequest> messages = NotificationRepository(t.db()).forOffer(o.id);
        QCOMPARE(kindsOf(messages), (QStringList{u"waitlist-offer/email"_s, u"waitlist-offer/sms"_s}));
        QVERIFY2(messages.first().body.contains(u"mercredi 9 décembre 2026"_s), qPrintable(messages.first().body));
    }
    for (int i = 0; i < 5; ++i)
        QVERIFY(offered.contains(waiting.at(i).id));
    QVERIFY(!offered.contains(waiting.at(5).id));
    // Paced: looked again within 10 minutes, nothing happens; later, nothing new to offer.
    t.clock().advance(5 * 60);
    run = WaitingList::run(t.db(), t.clock().now());
    QVERIFY(run->skipped);
    t.clock().advance(10 * 60);
    run = WaitingList::run(t.db(), t.clock().now());
    QVERIFY(!run->skipped);
    QCOMPARE(run->offers, 0);
    // One of the five refuses: the sixth in line gets it at the next look.
    const auto firstEntry = WaitingList::forAppointment(t.db(), waiting.at(0).id);
    QVERIFY(firstEntry);
    const QList<WaitlistOffer> firstOffers = WaitingList::offers(t.db(), firstEntry->id);
    QCOMPARE(firstOffers.size(), 1);
    QVERIFY(WaitingList::decline(t.session(Role::Secretary), firstOffers.first().id));
    t.clock().advance(10 * 60);
    run = WaitingList::run(t.db(), t.clock().now());
    QCOMPARE(run->offers, 1);
    QCOMPARE(WaitingList::entry(t.db(), run->made.first().entryId)->appointmentId, waiting.at(5).id);
}

void TestReminders::acceptingMovesTheAppointmentAndClosesTheOthers()
{
    WaitingDesk d;
    TempDatabase &t = *d.t;
    QList<Appointment> waiting;
    for (int i = 0; i < 3; ++i) {
        const QString patient = addPatient(t, kNames[i], u"p%1@example.be"_s.arg(i), u"+3247012345%1"_s.arg(i));
        waiting << book(t, d.p, patient, at(QDate(2027, 1, 11), QTime(8 + i, 0)));
        QVERIFY(WaitingList::join(t.session(Role::Secretary), waiting.last().id));
    }
    const Appointment freed = book(t, d.p, addPatient(t, u"Leroy"_s, {}, {}), at(QDate(2026, 12, 9), QTime(9, 0)));
    t.clock().advance(60);
    QVERIFY(AppointmentService::cancel(t.session(Role::Secretary), freed.id, CancelledBy::Patient, u"Guéri"_s));
    auto run = WaitingList::run(t.db(), t.clock().now(), true);
    QCOMPARE(run->offers, 3);
    // The second patient phones and takes it.
    WaitlistOffer taken;
    for (const WaitlistOffer &o : run->made)
        if (WaitingList::entry(t.db(), o.entryId)->appointmentId == waiting.at(1).id)
            taken = o;
    QVERIFY(!taken.id.isEmpty());
    auto moved = WaitingList::accept(t.session(Role::Secretary), taken.id);
    QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
    QCOMPARE(moved->start, at(QDate(2026, 12, 9), QTime(9, 0)));
    QCOMPARE(moved->id, waiting.at(1).id);
    QCOMPARE(WaitingList::offer(t.db(), taken.id)->state, u"accepted"_s);
    QCOMPARE(WaitingList::entry(t.db(), taken.entryId)->state, u"accepted"_s);
    // The others' offers for that slot close, and their messages not sent yet are withdrawn.
    for (const WaitlistOffer &o : run->made) {
        if (o.id == taken.id)
            continue;
        QCOMPARE(WaitingList::offer(t.db(), o.id)->state, u"expired"_s);
        for (const NotificationRequest &n : NotificationRepository(t.db()).forOffer(o.id))
            QCOMPARE(n.state, u"revoked"_s);
        QCOMPARE(WaitingList::entry(t.db(), o.entryId)->state, u"waiting"_s);
    }
    // The patient who took it hears of the move; a closed offer cannot be taken again.
    QVERIFY(kindsOf(ofState(NotificationRepository(t.db()).forAppointment(moved->id), u"pending"_s))
                .contains(u"move/email"_s));
    QCOMPARE(WaitingList::accept(t.session(Role::Secretary), taken.id).error().rule, u"waitlist.offer-closed"_s);
}

void TestReminders::tenOffersNotTakenLeaveTheList()
{
    WaitingDesk d;
    TempDatabase &t = *d.t;
    QVERIFY(PracticeRules::set(t.session(), u"waitlist.max_offers"_s, u"3"_s));
    const QString patient = addPatient(t, u"Peeters"_s, u"an@example.be"_s, {});
    const Appointment mine = book(t, d.p, patient, at(QDate(2027, 1, 11), QTime(10, 0)));
    auto entry = WaitingList::join(t.session(Role::Secretary), mine.id);
    QVERIFY(entry);
    for (int i = 0; i < 3; ++i) {
        const Appointment other =
            book(t, d.p, addPatient(t, kNames[6 - i], {}, {}), at(QDate(2026, 12, 9 + i), QTime(9, 0)));
        t.clock().advance(60);
        QVERIFY(AppointmentService::cancel(t.session(Role::Secretary), other.id, CancelledBy::Patient, u"x"_s));
        auto run = WaitingList::run(t.db(), t.clock().now(), true);
        QCOMPARE(run->offers, 1);
        QVERIFY(WaitingList::decline(t.session(Role::Secretary), run->made.first().id));
    }
    QCOMPARE(WaitingList::entry(t.db(), entry->id)->offersSent, 3);
    auto run = WaitingList::run(t.db(), t.clock().now(), true);
    QCOMPARE(run->left, 1);
    QCOMPARE(WaitingList::entry(t.db(), entry->id)->state, u"left"_s);
    QVERIFY(WaitingList::entries(t.db()).isEmpty());
}

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
