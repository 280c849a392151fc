#include "core/agenda/appointmentservice.h"
#include "core/agenda/bookingrules.h"
#include "core/agenda/freeslots.h"
#include "core/agenda/openinghours.h"
#include "core/base/uuid.h"
#include "core/identity/patientservice.h"
#include "core/store/appointmentrepository.h"
#include "core/store/changejournal.h"
#include "core/store/practicerepository.h"
#include "tests/support/testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace guichet;
using namespace guichet::test;

// Each booking rule of DESIGN.md, allowed and refused, with the mock clock.
// The clock stands on Monday 23 November 2026, 09:00 UTC (10:00 in Brussels).
class TestBookingRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void overlapNeedsARecordedOverride();
    void heldSlotsAndTheirExpiry();
    void openingHoursWarnTheDeskAndRefuseOnline();
    void absencesWarnTheDeskAndRefuseOnline();
    void newPatientsOnline();
    void ageLimits();
    void lastVisitOlderThanTwoYears();
    void phoneOnlyReason();
    void spacingKeepTheFirstOrReplaceIt();
    void spacingCountsTheSameSpecialty();
    void onlineCancellationDeadline_data();
    void onlineCancellationDeadline();
    void moveFollowsTheRules();
    void freeSlots();
    void endBeforeStartRefused();
    void openingRangesParsed_data();
    void openingRangesParsed();
    void weeklyHoursEdited();
    void daysThatDifferReplaceTheWeek();
    void unreadableAgendaRefusesTheBooking();

private:
    QString patient(const QString &birthDate = u"1980-05-05"_s);
    QString practitioner(const QString &specialty, bool newPatientsOnline = true, bool hours = true);
    QString motif(const QString &practitionerId, int minutes, bool spacing = false, int minAge = 0, int maxAge = 0,
                  bool online = true);
    Result<Booking> book(const QString &patientId, const QString &practitionerId, const QString &motifId,
                         const QDateTime &start, const QString &channel = u"desk"_s);
    QDateTime at(int dayOfNovember, int hour, int minute = 0) const
    {
        return QDateTime(QDate(2026, 11, dayOfNovember), QTime(hour, minute), m_zone);
    }

    std::unique_ptr<TempDatabase> m_t;
    MiniPractice m_practice;
    QTimeZone m_zone{QByteArrayLiteral("Europe/Brussels")};
};

void TestBookingRules::init()
{
    m_t = std::make_unique<TempDatabase>();
    m_practice = addMiniPractice(m_t->db());
}

void TestBookingRules::cleanup()
{
    m_t.reset();
}

QString TestBookingRules::patient(const QString &birthDate)
{
    PatientInput in;
    in.birthName = u"Lemaire"_s;
    in.firstNames = u"Anne"_s;
    in.birthDate = birthDate;
    in.sex = u"female"_s;
    auto p = PatientService::add(m_t->session(), in);
    if (!p)
        qFatal("patient");
    return p->id;
}

QString TestBookingRules::practitioner(const QString &specialty, bool newPatientsOnline, bool hours)
{
    Practitioner p;
    p.id = newUuid();
    p.firstName = u"Marc"_s;
    p.lastName = u"Thiry"_s;
    p.specialty = specialty;
    p.siteId = m_practice.siteId;
    p.acceptsNewPatientsOnline = newPatientsOnline;
    if (!PracticeRepository(m_t->db()).insertPractitioner(p))
        qFatal("practitioner");
    if (hours) {
        // Monday to Friday, 08:30-12:30 and 14:00-18:00.
        for (int day = 1; day <= 5; ++day) {
            for (const auto &[from, to] :
                 {std::pair{QTime(8, 30), QTime(12, 30)}, std::pair{QTime(14, 0), QTime(18, 0)}}) {
                OpeningRange r;
                r.id = newUuid();
                r.practitionerId = p.id;
                r.siteId = m_practice.siteId;
                r.weekday = day;
                r.start = from;
                r.end = to;
                if (!PracticeRepository(m_t->db()).insertOpeningRange(r))
                    qFatal("range");
            }
        }
    }
    return p.id;
}

QString TestBookingRules::motif(const QString &practitionerId, int minutes, bool spacing, int minAge, int maxAge,
                                bool online)
{
    Motif m;
    m.id = newUuid();
    m.practitionerId = practitionerId;
    m.label = u"Consultation"_s;
    m.durationMinutes = minutes;
    m.spacingRule = spacing;
    m.minAgeYears = minAge;
    m.maxAgeYears = maxAge;
    m.bookableOnline = online;
    if (!PracticeRepository(m_t->db()).insertMotif(m))
        qFatal("motif");
    return m.id;
}

Result<Booking> TestBookingRules::book(const QString &patientId, const QString &practitionerId, const QString &motifId,
                                       const QDateTime &start, const QString &channel)
{
    AppointmentDraft d;
    d.patientId = patientId;
    d.practitionerId = practitionerId;
    d.motifId = motifId;
    d.start = start;
    d.channel = *BookingChannels::fromCode(channel);
    return AppointmentService::book(m_t->session(Role::Secretary), d);
}

void TestBookingRules::overlapNeedsARecordedOverride()
{
    const QString dr = practitioner(u"general-practice"_s);
    const QString consult = motif(dr, 20);
    QVERIFY(book(patient(), dr, consult, at(24, 9)).ok());
    const QString second = patient();
    auto refused = book(second, dr, consult, at(24, 9, 10));
    QCOMPARE(refused.error().rule, u"agenda.overlap"_s);
    QVERIFY(book(second, dr, consult, at(24, 9, 20)).ok()); // right after: free
    AppointmentDraft d;
    d.patientId = second;
    d.practitionerId = dr;
    d.motifId = consult;
    d.start = at(24, 9, 10);
    d.overrideReason = u"Urgence, douleur thoracique"_s;
    auto forced = AppointmentService::book(m_t->session(), d);
    QVERIFY(forced.ok());
    const auto history = AppointmentRepository(m_t->db()).history(forced->appointment.id).value();
    QVERIFY(history.first().reason.contains(u"Urgence, douleur thoracique"_s));
    d.channel = BookingChannel::Online;
    QCOMPARE(AppointmentService::book(m_t->session(), d).error().rule, u"agenda.overlap"_s);
}

void TestBookingRules::heldSlotsAndTheirExpiry()
{
    const QString dr = practitioner(u"general-practice"_s);
    const QString consult = motif(dr, 20);
    auto hold = FreeSlots::hold(m_t->session(), dr, consult, at(24, 10));
    QVERIFY(hold.ok());
    QCOMPARE(hold->expiresAt, m_t->clock().now().addSecs(15 * 60));
    QCOMPARE(FreeSlots::hold(m_t->session(), dr, consult, at(24, 10, 10)).error().rule, u"agenda.held"_s);
    QCOMPARE(book(patient(), dr, consult, at(24, 10), u"online"_s).error().rule, u"agenda.held"_s);
    // The patient who holds it confirms.
    AppointmentDraft d;
    d.patientId = patient();
    d.practitionerId = dr;
    d.motifId = consult;
    d.start = at(24, 10);
    d.channel = BookingChannel::Online;
    d.holdId = hold->id;
    QVERIFY(AppointmentService::book(m_t->session(), d).ok());
    // Another hold expires after 15 minutes and frees its slot.
    auto other = FreeSlots::hold(m_t->session(), dr, consult, at(24, 11));
    QVERIFY(other.ok());
    QCOMPARE(book(patient(), dr, consult, at(24, 11), u"online"_s).error().rule, u"agenda.held"_s);
    m_t->clock().advance(15 * 60 + 1);
    QVERIFY(book(patient(), dr, consult, at(24, 11), u"online"_s).ok());
}

void TestBookingRules::openingHoursWarnTheDeskAndRefuseOnline()
{
    const QString dr = practitioner(u"general-practice"_s);
    const QString consult = motif(dr, 20);
    auto desk = book(patient(), dr, consult, at(24, 13));
    QVERIFY(desk.ok());
    QVERIFY(!desk->warnings.isEmpty());
    QCOMPARE(book(patient(), dr, consult, at(24, 13, 30), u"online"_s).error().rule, u"agenda.closed"_s);
    QCOMPARE(book(patient(), dr, consult, at(24, 12, 20), u"online"_s).error().rule, u"agenda.closed"_s); // ends 12:40
    QVERIFY(book(patient(), dr, consult, at(24, 12, 10), u"online"_s).ok()); // ends 12:30
    QCOMPARE(book(patient(), dr, consult, at(28, 10), u"online"_s).error().rule, u"agenda.closed"_s); // Saturday
}

void TestBookingRules::absencesWarnTheDeskAndRefuseOnline()
{
    const QString dr = practitioner(u"general-practice"_s);
    const QString consult = motif(dr, 20);
    Absence a;
    a.id = newUuid();
    a.practitionerId = dr;
    a.start = at(25, 0).toUTC();
    a.end = at(26, 0).toUTC();
    a.label = u"Formation"_s;
    QVERIFY(PracticeRepository(m_t->db()).insertAbsence(a));
    QCOMPARE(book(patient(), dr, consult, at(25, 9), u"online"_s).error().rule, u"agenda.absence"_s);
    auto desk = book(patient(), dr, consult, at(25, 9));
    QVERIFY(desk.ok());
    QVERIFY(desk->warnings.join(u' ').contains(u"Formation"_s));
}

void TestBookingRules::newPatientsOnline()
{
    const QString closed = practitioner(u"dermatology"_s, false);
    const QString consult = motif(closed, 20);
    const QString newcomer = patient();
    QCOMPARE(book(newcomer, closed, consult, at(24, 9), u"online"_s).error().rule, u"agenda.new-patients"_s);
    QVERIFY(book(newcomer, closed, consult, at(24, 9)).ok()); // the desk books new patients
    // Once seen, the patient books online.
    const QString known = patient();
    auto past = book(known, closed, consult, at(23, 9, 30));
    QVERIFY(past.ok());
    QVERIFY(AppointmentService::changeStatus(m_t->session(), past->appointment.id, AppointmentStatus::Arrived, {}));
    QVERIFY(book(known, closed, consult, at(24, 10), u"online"_s).ok());
}

void TestBookingRules::ageLimits()
{
    const QString dr = practitioner(u"pediatrics"_s);
    const QString child = motif(dr, 20, false, 0, 16);
    QVERIFY(book(patient(u"2015-01-01"_s), dr, child, at(24, 9), u"online"_s).ok());
    QCOMPARE(book(patient(u"1990-01-01"_s), dr, child, at(24, 10), u"online"_s).error().rule, u"agenda.age"_s);
    auto desk = book(patient(u"1990-01-01"_s), dr, child, at(24, 11));
    QVERIFY(desk.ok());
    QVERIFY(!desk->warnings.isEmpty());
    const QString adults = motif(dr, 20, false, 18, 0);
    QCOMPARE(book(patient(u"2015-01-01"_s), dr, adults, at(24, 14), u"online"_s).error().rule, u"agenda.age"_s);
    // Born in 2010, day and month unknown: 15 or 16 on 24 November 2026, within "up to 16".
    QVERIFY(book(patient(u"2010"_s), dr, child, at(24, 15), u"online"_s).ok());
    // Born in 2008: 17 or 18 for "18 and over": not guessed; refused online with the reason,
    // said to the desk.
    auto unknown = book(patient(u"2008"_s), dr, adults, at(24, 16), u"online"_s);
    QCOMPARE(unknown.error().rule, u"agenda.age-unknown"_s);
    QVERIFY2(unknown.error().message.contains(u"2008"_s), qPrintable(unknown.error().message));
    auto atDesk = book(patient(u"2008"_s), dr, adults, at(24, 17));
    QVERIFY(atDesk.ok());
    QVERIFY(atDesk->warnings.join(u' ').contains(u"cannot be told"_s));
    // Born in 1990 (36): the year alone decides "up to 16".
    QCOMPARE(book(patient(u"1990"_s), dr, child, at(25, 9), u"online"_s).error().rule, u"agenda.age"_s);
}

void TestBookingRules::lastVisitOlderThanTwoYears()
{
    const QString dr = practitioner(u"general-practice"_s);
    const QString consult = motif(dr, 20);
    const QString p = patient();
    auto old = book(p, dr, consult, at(23, 9));
    QVERIFY(old.ok());
    QVERIFY(m_t->db().exec(u"UPDATE appointments SET status = 'fulfilled', start_utc = start_utc - ?, "
                           "end_utc = end_utc - ? WHERE id = ?"_s,
                           {qint64(25) * 30 * 86400, qint64(25) * 30 * 86400, old->appointment.id}));
    QCOMPARE(book(p, dr, consult, at(24, 9), u"online"_s).error().rule, u"agenda.last-visit"_s);
    QVERIFY(book(p, dr, consult, at(24, 9)).ok()); // by phone or at the desk
    QVERIFY(m_t->db().exec(u"UPDATE appointments SET start_utc = start_utc + ?, end_utc = end_utc + ? WHERE id = ?"_s,
                           {qint64(6) * 30 * 86400, qint64(6) * 30 * 86400, old->appointment.id}));
    QVERIFY(book(p, dr, consult, at(24, 10), u"online"_s).ok()); // 19 months ago
}

void TestBookingRules::phoneOnlyReason()
{
    const QString dr = practitioner(u"dermatology"_s);
    const QString surgery = motif(dr, 45, false, 0, 0, false);
    QCOMPARE(book(patient(), dr, surgery, at(24, 9), u"online"_s).error().rule, u"agenda.phone-only"_s);
    QVERIFY(book(patient(), dr, surgery, at(24, 9), u"phone"_s).ok());
}

void TestBookingRules::spacingKeepTheFirstOrReplaceIt()
{
    const QString dr = practitioner(u"dermatology"_s);
    const QString consult = motif(dr, 20, true);
    const QString p = patient();
    auto first = book(p, dr, consult, at(24, 9));
    QVERIFY(first.ok());
    auto refused = book(p, dr, consult, at(30, 9)); // 6 days later
    QCOMPARE(refused.error().rule, u"agenda.spacing"_s);
    QVERIFY(refused.error().message.contains(u"8"_s));
    QVERIFY(book(p, dr, consult, at(24, 9).addDays(8)).ok()); // 8 days: allowed
    AppointmentDraft d;
    d.patientId = p;
    d.practitionerId = dr;
    d.motifId = consult;
    d.start = at(30, 9);
    d.replaceConflicts = true;
    auto replaced = AppointmentService::book(m_t->session(), d);
    QVERIFY2(replaced.ok(), replaced.ok() ? "" : qPrintable(replaced.error().message));
    QCOMPARE(replaced->replaced.size(), 2); // the 24th and 2 December are both within 8 days of the 30th
    QCOMPARE(AppointmentRepository(m_t->db()).byId(first->appointment.id)->status, AppointmentStatus::Cancelled);
    // Reasons without the rule are free.
    const QString unruled = motif(dr, 20, false);
    QVERIFY(book(p, dr, unruled, at(30, 10)).ok());
}

void TestBookingRules::spacingCountsTheSameSpecialty()
{
    const QString a = practitioner(u"cardiology"_s);
    const QString b = practitioner(u"cardiology"_s);
    const QString c = practitioner(u"general-practice"_s);
    const QString p = patient();
    QVERIFY(book(p, a, motif(a, 30, true), at(24, 9)).ok());
    QCOMPARE(book(p, b, motif(b, 30, true), at(26, 9)).error().rule, u"agenda.spacing"_s);
    QVERIFY(book(p, c, motif(c, 30, true), at(26, 9)).ok());
}

void TestBookingRules::onlineCancellationDeadline_data()
{
    QTest::addColumn<int>("hoursBefore");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("5 h before") << 5 << true;
    QTest::newRow("3 h before") << 3 << false;
}

void TestBookingRules::onlineCancellationDeadline()
{
    QFETCH(int, hoursBefore);
    QFETCH(bool, allowed);
    const QString p = patient();
    AppointmentDraft d;
    d.patientId = p;
    d.practitionerId = m_practice.practitionerId;
    d.motifId = m_practice.consultationId;
    d.start = m_t->clock().now().addSecs(hoursBefore * 3600);
    auto a = AppointmentService::create(m_t->session(), d);
    QVERIFY(a.ok());
    auto online = AppointmentService::cancel(m_t->session(), a->id, CancelledBy::Patient, u"Empêché"_s, true);
    QCOMPARE(online.ok(), allowed);
    if (!allowed) {
        QCOMPARE(online.error().rule, u"agenda.cancel-deadline"_s);
        // The desk still cancels, recorded as late.
        auto desk = AppointmentService::cancel(m_t->session(), a->id, CancelledBy::Patient, u"Appel"_s);
        QVERIFY(desk.ok());
        QVERIFY(desk->lateCancellation);
    } else {
        QVERIFY(!online->lateCancellation);
    }
}

void TestBookingRules::moveFollowsTheRules()
{
    const QString dr = practitioner(u"general-practice"_s);
    const QString consult = motif(dr, 20);
    auto first = book(patient(), dr, consult, at(24, 9));
    auto second = book(patient(), dr, consult, at(24, 10));
    QVERIFY(first.ok() && second.ok());
    auto onto = AppointmentService::move(m_t->session(), second->appointment.id, at(24, 9, 10));
    QCOMPARE(onto.error().rule, u"agenda.overlap"_s);
    QCOMPARE(AppointmentRepository(m_t->db()).byId(second->appointment.id)->start, at(24, 10).toUTC());
    auto moved = AppointmentService::move(m_t->session(), second->appointment.id, at(24, 11));
    QVERIFY(moved.ok());
    QCOMPARE(moved->appointment.end, at(24, 11, 20).toUTC());
    // Moving onto its own old place is no overlap with itself.
    QVERIFY(AppointmentService::move(m_t->session(), second->appointment.id, at(24, 11, 10)).ok());
    const auto history = AppointmentRepository(m_t->db()).history(second->appointment.id).value();
    QVERIFY(history.last().reason.contains(u"24/11/2026 11:00"_s));
}

void TestBookingRules::freeSlots()
{
    const QString dr = practitioner(u"general-practice"_s);
    const QString consult = motif(dr, 30);
    // Tuesday 24: 08:30-12:30 gives 8 found of 30 minutes; one is taken at 09:00.
    QVERIFY(book(patient(), dr, consult, at(24, 9)).ok());
    auto found =
        FreeSlots::find(m_t->db(), m_t->clock().now(), dr, consult, QDate(2026, 11, 24), QDate(2026, 11, 24), 50);
    QVERIFY(found.ok());
    QCOMPARE(found->size(), 7 + 8);
    QCOMPARE(found->first().start, at(24, 8, 30).toUTC());
    QCOMPARE(found->at(1).start, at(24, 9, 30).toUTC());
    // Today (Monday 23, 10:00 in Brussels): the morning's past found are left out.
    auto today =
        FreeSlots::find(m_t->db(), m_t->clock().now(), dr, consult, QDate(2026, 11, 23), QDate(2026, 11, 23), 50);
    QVERIFY(today.ok());
    QCOMPARE(today->first().start, at(23, 10).toUTC());
    // A count, a weekend and an unknown reason.
    auto three =
        FreeSlots::find(m_t->db(), m_t->clock().now(), dr, consult, QDate(2026, 11, 28), QDate(2026, 12, 4), 3);
    QCOMPARE(three->size(), 3);
    QCOMPARE(three->first().start, at(30, 8, 30).toUTC());
    QCOMPARE(FreeSlots::find(m_t->db(), m_t->clock().now(), dr, u"x"_s, QDate(2026, 11, 24), QDate(2026, 11, 24), 5)
                 .error()
                 .rule,
             u"slots.motif"_s);
}

void TestBookingRules::endBeforeStartRefused()
{
    BookingRequest r;
    r.patientId = patient();
    r.practitionerId = m_practice.practitionerId;
    r.start = at(24, 10).toUTC();
    r.end = at(24, 9).toUTC();
    const RuleCheck check = BookingRules::check(m_t->db(), m_t->clock().now(), r);
    QVERIFY(!check.allowed());
    QCOMPARE(check.refusals.first().rule, u"agenda.times"_s);
}

void TestBookingRules::openingRangesParsed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("ranges"); // formatted back, or the rule of the refusal
    QTest::newRow("usual") << u"08:30-12:30, 14:00-18:00"_s << u"08:30-12:30, 14:00-18:00"_s;
    QTest::newRow("French") << u"8h30 - 12h30 et 14h-18h"_s << u"08:30-12:30, 14:00-18:00"_s;
    QTest::newRow("unordered") << u"14:00-18:00; 8:30-12:30"_s << u"08:30-12:30, 14:00-18:00"_s;
    QTest::newRow("until midnight") << u"18:00-24:00"_s << u"18:00-24:00"_s;
    QTest::newRow("closed") << u"  "_s << QString();
    QTest::newRow("overlap") << u"08:30-12:30, 12:00-18:00"_s << u"hours.overlap"_s;
    QTest::newRow("odd minutes") << u"08:32-12:30"_s << u"hours.step"_s;
    QTest::newRow("backwards") << u"12:30-08:30"_s << u"hours.order"_s;
    QTest::newRow("no such time") << u"08:30-25:00"_s << u"hours.format"_s;
    QTest::newRow("not a range") << u"le matin"_s << u"hours.format"_s;
    QTest::newRow("too many") << u"8-9,9-10,10-11,11-12,12-13,13-14,14-15"_s << u"hours.count"_s;
}

void TestBookingRules::openingRangesParsed()
{
    QFETCH(QString, text);
    QFETCH(QString, ranges);
    auto parsed = OpeningHoursService::parseRanges(text);
    if (ranges.startsWith(u"hours."_s)) {
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().rule, ranges);
        QVERIFY(!parsed.error().message.isEmpty());
        return;
    }
    QVERIFY(parsed.ok());
    QList<OpeningRange> back;
    for (const TimeRange &t : *parsed) {
        OpeningRange r;
        r.start = t.start;
        r.end = t.end;
        back << r;
    }
    QCOMPARE(OpeningHoursService::formatRanges(back), ranges);
}

void TestBookingRules::weeklyHoursEdited()
{
    const QString dr = practitioner(u"general-practice"_s);
    const QString consult = motif(dr, 20);
    // Booked next Monday at 08:30 and 11:00; Monday becomes 09:00-12:00 only.
    const QString early = book(patient(), dr, consult, at(30, 8, 30))->appointment.id;
    QVERIFY(book(patient(), dr, consult, at(30, 11)).ok());
    // The Tuesday morning is for one reason only; redrawing the same range keeps it.
    QVERIFY(m_t->db().exec(u"INSERT INTO opening_range_motifs(range_id, motif_id) SELECT id, ? FROM opening_ranges "
                           "WHERE practitioner_id = ? AND weekday = 2 AND start_minute = 510"_s,
                           {consult, dr}));
    auto monday = OpeningHoursService::parseRanges(u"9h-12h"_s);
    QVERIFY(monday.ok());
    // Secretaries book; changing the usual week is for practitioners and administrators.
    QVERIFY(!OpeningHoursService::setWeekday(m_t->session(Role::Secretary), dr, 1, *monday));
    const int journal = ChangeJournal::pendingCount(m_t->db());
    auto done = OpeningHoursService::setWeekday(m_t->session(Role::Practitioner), dr, 1, *monday);
    QVERIFY(done.ok());
    QCOMPARE(done->outside.size(), 1);
    QCOMPARE(done->outside.first().id, early);
    QCOMPARE(ChangeJournal::pendingCount(m_t->db()), journal + 1);
    QCOMPARE(OpeningHours::load(m_t->db(), dr, QDate(2026, 11, 30), QDate(2026, 11, 30))
                 .value()
                 .on(QDate(2026, 11, 30))
                 .size(),
             1);
    // Online, the new hours hold; at the desk, a warning.
    QCOMPARE(book(patient(), dr, consult, at(30, 14), u"online"_s).error().rule, u"agenda.closed"_s);
    QVERIFY(book(patient(), dr, consult, at(30, 9, 20), u"online"_s).ok());
    auto tuesday = OpeningHoursService::parseRanges(u"08:30-12:30, 14:00-19:00"_s);
    QVERIFY(OpeningHoursService::setWeekday(m_t->session(), dr, 2, *tuesday));
    const QList<OpeningRange> after =
        OpeningHours::load(m_t->db(), dr, QDate(2026, 11, 24), QDate(2026, 11, 24)).value().on(QDate(2026, 11, 24));
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.at(0).motifIds, QStringList{consult});
    QVERIFY(after.at(1).motifIds.isEmpty());
    QCOMPARE(after.at(1).end, QTime(19, 0));
    QCOMPARE(OpeningHoursService::setWeekday(m_t->session(), dr, 8, *tuesday).error().rule, u"hours.weekday"_s);
    QVERIFY(!OpeningHoursService::setWeekday(m_t->session(), u"nobody"_s, 2, *tuesday));
}

void TestBookingRules::daysThatDifferReplaceTheWeek()
{
    const QString dr = practitioner(u"general-practice"_s);
    const QString consult = motif(dr, 30);
    const QString booked = book(patient(), dr, consult, at(25, 9))->appointment.id;
    // Wednesday 25 closed (training): its booked patient is listed, online refused, desk warned, no free slot.
    auto closed =
        OpeningHoursService::setException(m_t->session(Role::Secretary), dr, QDate(2026, 11, 25), {}, u"Formation"_s);
    QVERIFY(closed.ok());
    QCOMPARE(closed->outside.size(), 1);
    QCOMPARE(closed->outside.first().id, booked);
    QCOMPARE(book(patient(), dr, consult, at(25, 10), u"online"_s).error().rule, u"agenda.closed"_s);
    auto desk = book(patient(), dr, consult, at(25, 10));
    QVERIFY(desk.ok());
    QVERIFY(!desk->warnings.isEmpty());
    auto wednesday =
        FreeSlots::find(m_t->db(), m_t->clock().now(), dr, consult, QDate(2026, 11, 25), QDate(2026, 11, 25), 50);
    QVERIFY(wednesday.ok());
    QVERIFY(wednesday->isEmpty());
    // An exceptional Saturday morning, 09:00-11:00: four half-hours, bookable online.
    auto saturday = OpeningHoursService::parseRanges(u"09:00-11:00"_s);
    QVERIFY(OpeningHoursService::setException(m_t->session(), dr, QDate(2026, 11, 28), *saturday, u"Garde"_s));
    auto saturdaySlots =
        FreeSlots::find(m_t->db(), m_t->clock().now(), dr, consult, QDate(2026, 11, 28), QDate(2026, 11, 28), 50);
    QVERIFY(saturdaySlots.ok());
    QCOMPARE(saturdaySlots->size(), 4);
    QCOMPARE(saturdaySlots->first().start, at(28, 9).toUTC());
    QCOMPARE(saturdaySlots->last().end, at(28, 11).toUTC());
    QVERIFY(book(patient(), dr, consult, at(28, 10), u"online"_s).ok());
    // Saying it again replaces it (one exception a day); a past day cannot change.
    QVERIFY(
        OpeningHoursService::setException(m_t->session(), dr, QDate(2026, 11, 28), *saturday, u"Garde du samedi"_s));
    const QList<OpeningException> listed =
        PracticeRepository(m_t->db()).openingExceptions(dr, QDate(2026, 11, 1), QDate(2026, 12, 31)).value();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.last().label, u"Garde du samedi"_s);
    QCOMPARE(OpeningHoursService::setException(m_t->session(), dr, QDate(2026, 11, 20), {}, QString()).error().rule,
             u"hours.past"_s);
    QCOMPARE(OpeningHoursService::setException(m_t->session(), dr, QDate(), {}, QString()).error().rule,
             u"hours.day"_s);
    // Removed: the usual Wednesday again.
    auto removed = OpeningHoursService::removeException(m_t->session(Role::Secretary), listed.first().id);
    QVERIFY2(removed.ok(), qPrintable(removed ? QString() : removed.error().message));
    QVERIFY(book(patient(), dr, consult, at(25, 11), u"online"_s).ok());
    QVERIFY(!OpeningHoursService::removeException(m_t->session(), listed.first().id)); // already gone
    QVERIFY(m_t->db().integrityProblems().isEmpty());
}

void TestBookingRules::unreadableAgendaRefusesTheBooking()
{
    // A failed read of the practitioner's appointments is not "the slot is free".
    const QString dr = practitioner(u"general-practice"_s);
    const QString consult = motif(dr, 20);
    const QString someone = patient();
    QVERIFY(m_t->db().exec(u"ALTER TABLE appointments RENAME COLUMN note TO note_unreadable"_s));
    auto refused = book(someone, dr, consult, at(24, 9));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().rule, u"agenda.read"_s);
    QVERIFY(refused.error().message.contains(u"could not read the agenda"_s));
    auto count = m_t->db().exec(u"SELECT count(*) FROM appointments"_s);
    QVERIFY(count && count->next());
    QCOMPARE(count->value(0).toInt(), 0);
    // The same when the opening hours cannot be read: never "open", never "closed".
    QVERIFY(m_t->db().exec(u"ALTER TABLE appointments RENAME COLUMN note_unreadable TO note"_s));
    QVERIFY(m_t->db().exec(u"ALTER TABLE opening_ranges RENAME COLUMN start_minute TO start_unreadable"_s));
    auto closedOrNot = book(someone, dr, consult, at(24, 9));
    QVERIFY(!closedOrNot.ok());
    QCOMPARE(closedOrNot.error().rule, u"agenda.read"_s);
    QVERIFY(closedOrNot.error().message.contains(u"opening hours"_s));
    QVERIFY(m_t->db().exec(u"ALTER TABLE opening_ranges RENAME COLUMN start_unreadable TO start_minute"_s));
    QVERIFY(book(someone, dr, consult, at(24, 9)).ok());
}

QTEST_GUILESS_MAIN(TestBookingRules)
#include "tst_bookingrules.moc"
