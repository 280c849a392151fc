#include "core/agenda/appointmentservice.h"
#include "core/agenda/noshowpolicy.h"
#include "core/agenda/noshowservice.h"
#include "core/agenda/noshowstats.h"
#include "core/base/uuid.h"
#include "core/identity/patientservice.h"
#include "core/reminders/practicerules.h"
#include "core/store/appointmentrepository.h"
#include "core/store/auditlog.h"
#include "core/store/notificationrepository.h"
#include "core/store/practicerepository.h"
#include "core/store/practicesettings.h"
#include "tests/support/testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace guichet;
using namespace guichet::test;

class TestNoShow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void threeUnexcusedBlockOnlineWithThatPractitionerOnly();
    void twoPlusTwoBlockNothing();
    void excusedDoNotCount();
    void lateCancellationsCountOnlyWhenTheSettingSaysSo_data();
    void lateCancellationsCountOnlyWhenTheSettingSaysSo();
    void eraseIsAuditedAndStopsCounting();
    void unblockIsAuditedAndCountsRestartFromIt();
    void manualBlock();
    void countsFollowTheAppointmentsAfterAMerge();
    void futureAppointmentRefused();
    void undoOnlyTheSameDayAndRevokesTheNotice();
    void noticeGoesToTheHolderOfARelative();
    void noNoticeWhenNotificationsAreOff();
    void rightsAreCheckedInCore();
    void thresholdIsAPracticeSetting();
    void statistics();

private:
    QString addPatient(const QString &name, const QString &email = {}, const QString &holder = {});
    QString addPractitioner(const QString &lastName);
    Appointment pastAppointment(const QString &patientId, const QString &practitionerId, int daysAgo);
    void noShow(const QString &patientId, const QString &practitionerId, int daysAgo, bool excused = false);
    Result<Appointment> bookOnline(const QString &patientId, const QString &practitionerId);

    std::unique_ptr<TempDatabase> m_t;
    MiniPractice m_practice;
    int m_onlineBookings = 0;
};

void TestNoShow::init()
{
    m_t = std::make_unique<TempDatabase>();
    m_practice = addMiniPractice(m_t->db());
}

void TestNoShow::cleanup()
{
    m_t.reset();
}

QString TestNoShow::addPatient(const QString &name, const QString &email, const QString &holder)
{
    PatientInput in;
    in.birthName = name;
    in.firstNames = u"Alex"_s;
    in.birthDate = holder.isEmpty() ? u"1980-05-05"_s : u"2015-05-05"_s;
    in.sex = u"other"_s;
    in.email = email;
    in.holderId = holder;
    auto p = PatientService::add(m_t->session(), in);
    if (!p)
        qFatal("patient: %s", qPrintable(p.error().message));
    return p->id;
}

QString TestNoShow::addPractitioner(const QString &lastName)
{
    Practitioner p;
    p.id = newUuid();
    p.firstName = u"Luc"_s;
    p.lastName = lastName;
    p.specialty = u"dermatology"_s;
    p.siteId = m_practice.siteId;
    if (!PracticeRepository(m_t->db()).insertPractitioner(p))
        qFatal("practitioner");
    addLongOpeningHours(m_t->db(), p.id, m_practice.siteId);
    return p.id;
}

Appointment TestNoShow::pastAppointment(const QString &patientId, const QString &practitionerId, int daysAgo)
{
    AppointmentDraft d;
    d.patientId = patientId;
    d.practitionerId = practitionerId;
    d.start = m_t->clock().now().addDays(-daysAgo).addSecs(-3600);
    d.durationMinutes = 20;
    auto a = AppointmentService::create(m_t->session(Role::Secretary), d);
    if (!a)
        qFatal("book: %s", qPrintable(a.error().message));
    return a.value();
}

void TestNoShow::noShow(const QString &patientId, const QString &practitionerId, int daysAgo, bool excused)
{
    const Appointment a = pastAppointment(patientId, practitionerId, daysAgo);
    auto marked = NoShowService::mark(m_t->session(Role::Secretary), a.id, excused);
    if (!marked)
        qFatal("mark: %s", qPrintable(marked.error().message));
}

Result<Appointment> TestNoShow::bookOnline(const QString &patientId, const QString &practitionerId)
{
    AppointmentDraft d;
    d.patientId = patientId;
    d.practitionerId = practitionerId;
    d.start = m_t->clock().now().addDays(10).addSecs(1800 * m_onlineBookings++); // a new slot each time
    d.durationMinutes = 20;
    d.channel = BookingChannel::Online;
    return AppointmentService::create(m_t->session(), d);
}

void TestNoShow::threeUnexcusedBlockOnlineWithThatPractitionerOnly()
{
    const QString patient = addPatient(u"Martin"_s, u"a.martin@example.be"_s);
    const QString other = addPractitioner(u"Autre"_s);
    noShow(patient, m_practice.practitionerId, 30);
    noShow(patient, m_practice.practitionerId, 20);
    QVERIFY(bookOnline(patient, m_practice.practitionerId).ok()); // two: still allowed
    noShow(patient, m_practice.practitionerId, 10);
    const NoShowStatus s = NoShowPolicy::status(m_t->db(), patient, m_practice.practitionerId);
    QCOMPARE(s.count, 3);
    QVERIFY(s.blocked);
    auto refused = bookOnline(patient, m_practice.practitionerId);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Refused);
    QCOMPARE(refused.error().rule, u"noshow.block"_s);
    QVERIFY(bookOnline(patient, other).ok()); // another practitioner: allowed
    // The desk still books, with a warning to show.
    AppointmentDraft d;
    d.patientId = patient;
    d.practitionerId = m_practice.practitionerId;
    d.start = m_t->clock().now().addDays(3);
    d.durationMinutes = 15;
    d.channel = BookingChannel::Phone;
    QVERIFY(AppointmentService::create(m_t->session(Role::Secretary), d).ok());
    QVERIFY(!NoShowPolicy::deskWarning(m_t->db(), patient, m_practice.practitionerId).isEmpty());
    QVERIFY(NoShowPolicy::deskWarning(m_t->db(), patient, other).isEmpty());
}

void TestNoShow::twoPlusTwoBlockNothing()
{
    const QString patient = addPatient(u"Dubois"_s);
    const QString other = addPractitioner(u"Autre"_s);
    noShow(patient, m_practice.practitionerId, 40);
    noShow(patient, m_practice.practitionerId, 30);
    noShow(patient, other, 20);
    noShow(patient, other, 10);
    QVERIFY(!NoShowPolicy::status(m_t->db(), patient, m_practice.practitionerId).blocked);
    QVERIFY(!NoShowPolicy::status(m_t->db(), patient, other).blocked);
    QVERIFY(bookOnline(patient, m_practice.practitionerId).ok());
    QVERIFY(bookOnline(patient, other).ok());
    QCOMPARE(NoShowPolicy::statuses(m_t->db(), patient).size(), 2);
}

void TestNoShow::excusedDoNotCount()
{
    const QString patient = addPatient(u"Lambert"_s, u"l@example.be"_s);
    noShow(patient, m_practice.practitionerId, 30, true);
    noShow(patient, m_practice.practitionerId, 20, true);
    noShow(patient, m_practice.practitionerId, 10, true);
    noShow(patient, m_practice.practitionerId, 5);
    const NoShowStatus s = NoShowPolicy::status(m_t->db(), patient, m_practice.practitionerId);
    QCOMPARE(s.count, 1);
    QVERIFY(!s.blocked);
    // Excused no-shows send no notice; the unexcused one does.
    QCOMPARE(NotificationRepository(m_t->db()).forPatient(patient).size(), 1);
}

void TestNoShow::lateCancellationsCountOnlyWhenTheSettingSaysSo_data()
{
    QTest::addColumn<bool>("counted");
    QTest::newRow("default: not counted") << false;
    QTest::newRow("practice counts them") << true;
}

void TestNoShow::lateCancellationsCountOnlyWhenTheSettingSaysSo()
{
    QFETCH(bool, counted);
    if (counted)
        QVERIFY(PracticeRules::set(m_t->session(), QString::fromLatin1(PracticeSettings::CountLateCancellations),
                                   u"yes"_s));
    const QString patient = addPatient(u"Peeters"_s, u"p@example.be"_s);
    noShow(patient, m_practice.practitionerId, 30);
    noShow(patient, m_practice.practitionerId, 20);
    // Cancelled by the patient 2 h before: later than the 4 h deadline.
    AppointmentDraft d;
    d.patientId = patient;
    d.practitionerId = m_practice.practitionerId;
    d.start = m_t->clock().now().addSecs(2 * 3600);
    d.durationMinutes = 20;
    auto a = AppointmentService::create(m_t->session(), d);
    QVERIFY(a.ok());
    auto cancelled = AppointmentService::changeStatus(m_t->session(), a->id, AppointmentStatus::Cancelled,
                                                      u"Empêchement"_s, CancelledBy::Patient);
    QVERIFY(cancelled.ok());
    QVERIFY(cancelled->lateCancellation);
    // Either way the late cancellation triggers the notice (beside the cancellation's confirmation).
    QList<NotificationRequest> notices;
    for (const NotificationRequest &n : NotificationRepository(m_t->db()).forAppointment(a->id))
        if (n.kind == u"late-cancellation-notice"_s)
            notices << n;
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.first().state, u"pending"_s);
    const NoShowStatus s = NoShowPolicy::status(m_t->db(), patient, m_practice.practitionerId);
    QCOMPARE(s.count, counted ? 3 : 2);
    QCOMPARE(s.blocked, counted);
}

void TestNoShow::eraseIsAuditedAndStopsCounting()
{
    const QString patient = addPatient(u"Janssens"_s, u"j@example.be"_s);
    noShow(patient, m_practice.practitionerId, 30);
    noShow(patient, m_practice.practitionerId, 20);
    const Appointment third = pastAppointment(patient, m_practice.practitionerId, 1);
    QVERIFY(NoShowService::mark(m_t->session(), third.id, false).ok());
    QVERIFY(NoShowPolicy::status(m_t->db(), patient, m_practice.practitionerId).blocked);
    const QString own = m_practice.practitionerId;
    QCOMPARE(NoShowService::erase(m_t->session(Role::Practitioner, own), third.id, u" "_s).error().rule,
             u"noshow.reason"_s);
    // Another practitioner may not erase it; only the one concerned or an administrator.
    const auto other =
        NoShowService::erase(m_t->session(Role::Practitioner, u"another-practitioner"_s), third.id, u"Pas le mien"_s);
    QCOMPARE(other.error().code, ErrorCode::Forbidden);
    QCOMPARE(other.error().rule, u"right.own"_s);
    auto erased = NoShowService::erase(m_t->session(Role::Practitioner, own), third.id, u"Hospitalisé ce jour-là"_s);
    QVERIFY(erased.ok());
    QVERIFY(erased->noShowErased);
    const NoShowStatus s = NoShowPolicy::status(m_t->db(), patient, m_practice.practitionerId);
    QCOMPARE(s.count, 2);
    QVERIFY(!s.blocked);
    const auto audit = AuditLog::forEntity(m_t->db(), u"appointment"_s, third.id);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().action, u"noshow.erase"_s);
    QCOMPARE(audit.first().reason, u"Hospitalisé ce jour-là"_s);
    QCOMPARE(audit.first().user, u"practitioner-test"_s);
    QCOMPARE(NoShowService::erase(m_t->session(), third.id, u"again"_s).error().rule, u"noshow.already-erased"_s);
}

void TestNoShow::unblockIsAuditedAndCountsRestartFromIt()
{
    const QString patient = addPatient(u"Maes"_s);
    for (int days : {50, 40, 30})
        noShow(patient, m_practice.practitionerId, days);
    QVERIFY(NoShowPolicy::status(m_t->db(), patient, m_practice.practitionerId).blocked);
    QCOMPARE(NoShowPolicy::lift(m_t->session(), patient, m_practice.practitionerId, QString()).error().rule,
             u"noshow.reason"_s);
    auto lifted = NoShowPolicy::lift(m_t->session(), patient, m_practice.practitionerId, u"Accord du Dr Lambert"_s);
    QVERIFY(lifted.ok());
    QVERIFY(!lifted->blocked);
    QCOMPARE(lifted->count, 0);
    QCOMPARE(lifted->total, 3);
    QVERIFY(bookOnline(patient, m_practice.practitionerId).ok());
    const auto audit = AuditLog::forEntity(m_t->db(), u"patient"_s, patient);
    QCOMPARE(audit.last().action, u"booking.unblock"_s);
    QCOMPARE(audit.last().reason, u"Accord du Dr Lambert"_s);
    // New no-shows after the lift count from zero.
    m_t->clock().advance(86400);
    noShow(patient, m_practice.practitionerId, 0);
    QCOMPARE(NoShowPolicy::status(m_t->db(), patient, m_practice.practitionerId).count, 1);
    QCOMPARE(NoShowPolicy::lift(m_t->session(), patient, m_practice.practitionerId, u"x"_s).error().rule,
             u"noshow.not-blocked"_s);
}

void TestNoShow::manualBlock()
{
    const QString patient = addPatient(u"Claes"_s);
    QCOMPARE(NoShowPolicy::block(m_t->session(Role::Practitioner, u"another-practitioner"_s), patient,
                                 m_practice.practitionerId, u"Comportement agressif"_s)
                 .error()
                 .rule,
             u"right.own"_s);
    auto blocked = NoShowPolicy::block(m_t->session(Role::Practitioner, m_practice.practitionerId), patient,
                                       m_practice.practitionerId, u"Comportement agressif"_s);
    QVERIFY(blocked.ok());
    QVERIFY(blocked->manualBlock);
    QVERIFY(blocked->blocked);
    QCOMPARE(bookOnline(patient, m_practice.practitionerId).error().rule, u"noshow.block"_s);
    QCOMPARE(AuditLog::forEntity(m_t->db(), u"patient"_s, patient).last().action, u"booking.block"_s);
    QVERIFY(NoShowPolicy::lift(m_t->session(), patient, m_practice.practitionerId, u"Excuses"_s).ok());
    QVERIFY(bookOnline(patient, m_practice.practitionerId).ok());
}

void TestNoShow::countsFollowTheAppointmentsAfterAMerge()
{
    // Two records of one person, two no-shows each: once the appointments are
    // repointed to the survivor (what a merge does), the count is 4, not 2 + a stale copy.
    const QString survivor = addPatient(u"Dupont"_s);
    const QString merged = addPatient(u"Dupond"_s);
    noShow(survivor, m_practice.practitionerId, 40);
    noShow(survivor, m_practice.practitionerId, 30);
    noShow(merged, m_practice.practitionerId, 20);
    noShow(merged, m_practice.practitionerId, 10);
    QVERIFY(!NoShowPolicy::status(m_t->db(), survivor, m_practice.practitionerId).blocked);
    QVERIFY(m_t->db().exec(u"UPDATE appointments SET patient_id = ? WHERE patient_id = ?"_s, {survivor, merged}));
    const NoShowStatus s = NoShowPolicy::status(m_t->db(), survivor, m_practice.practitionerId);
    QCOMPARE(s.count, 4);
    QVERIFY(s.blocked);
    QCOMPARE(NoShowPolicy::status(m_t->db(), merged, m_practice.practitionerId).count, 0);
}

void TestNoShow::futureAppointmentRefused()
{
    const QString patient = addPatient(u"Willems"_s);
    AppointmentDraft d;
    d.patientId = patient;
    d.practitionerId = m_practice.practitionerId;
    d.start = m_t->clock().now().addSecs(60);
    d.durationMinutes = 15;
    auto a = AppointmentService::create(m_t->session(), d);
    QVERIFY(a.ok());
    auto early = NoShowService::mark(m_t->session(), a->id, false);
    QCOMPARE(early.error().rule, u"noshow.future"_s);
    m_t->clock().advance(60);
    QVERIFY(NoShowService::mark(m_t->session(), a->id, false).ok());
    QCOMPARE(NoShowService::mark(m_t->session(), a->id, false).error().rule, u"noshow.already"_s);
}

void TestNoShow::undoOnlyTheSameDayAndRevokesTheNotice()
{
    const QString patient = addPatient(u"Wouters"_s, u"w@example.be"_s);
    const Appointment a = pastAppointment(patient, m_practice.practitionerId, 0);
    QVERIFY(NoShowService::mark(m_t->session(), a.id, false).ok());
    QCOMPARE(NotificationRepository(m_t->db()).forAppointment(a.id).first().state, u"pending"_s);
    auto undone = NoShowService::undo(m_t->session(), a.id);
    QVERIFY(undone.ok());
    QCOMPARE(undone->status, AppointmentStatus::Booked);
    QCOMPARE(NotificationRepository(m_t->db()).forAppointment(a.id).first().state, u"revoked"_s);
    // Marked again, then the next day: too late to undo.
    QVERIFY(NoShowService::mark(m_t->session(), a.id, false).ok());
    m_t->clock().advance(24 * 3600);
    QCOMPARE(NoShowService::undo(m_t->session(), a.id).error().rule, u"noshow.undo-day"_s);
    const auto history = AppointmentRepository(m_t->db()).history(a.id).value();
    QCOMPARE(history.size(), 4); // booked, noshow, booked (undo), noshow
    QCOMPARE(history.at(2).reason, u"undo"_s);
}

void TestNoShow::noticeGoesToTheHolderOfARelative()
{
    const QString holder = addPatient(u"Mertens"_s, u"parent@example.be"_s);
    const QString child = addPatient(u"Mertens"_s, QString(), holder);
    const Appointment a = pastAppointment(child, m_practice.practitionerId, 1);
    QVERIFY(NoShowService::mark(m_t->session(), a.id, false).ok());
    const auto notices = NotificationRepository(m_t->db()).forAppointment(a.id);
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.first().channel, MessageChannel::Email);
    QCOMPARE(notices.first().recipient, u"parent@example.be"_s);
    QCOMPARE(notices.first().recipientPatientId, holder);
    QCOMPARE(notices.first().patientId, child);
    QCOMPARE(notices.first().due, m_t->clock().now().addSecs(30 * 60)); // time to undo a mistake
}

void TestNoShow::noNoticeWhenNotificationsAreOff()
{
    const QString patient = addPatient(u"Goossens"_s, u"g@example.be"_s);
    QVERIFY(m_t->db().exec(u"UPDATE patients SET notify_email = 0, notify_sms = 0 WHERE id = ?"_s, {patient}));
    const Appointment a = pastAppointment(patient, m_practice.practitionerId, 1);
    QVERIFY(NoShowService::mark(m_t->session(), a.id, false).ok());
    QVERIFY(NotificationRepository(m_t->db()).forAppointment(a.id).isEmpty());
}

void TestNoShow::rightsAreCheckedInCore()
{
    const QString patient = addPatient(u"Jacobs"_s);
    const Appointment a = pastAppointment(patient, m_practice.practitionerId, 1);
    QVERIFY(NoShowService::mark(m_t->session(Role::Secretary), a.id, false).ok());
    QCOMPARE(NoShowService::erase(m_t->session(Role::Secretary), a.id, u"r"_s).error().code, ErrorCode::Forbidden);
    QCOMPARE(
        NoShowPolicy::block(m_t->session(Role::Secretary), patient, m_practice.practitionerId, u"r"_s).error().code,
        ErrorCode::Forbidden);
    QCOMPARE(PracticeRules::set(m_t->session(Role::Practitioner),
                                QString::fromLatin1(PracticeSettings::NoShowThreshold), u"5"_s)
                 .error()
                 .code,
             ErrorCode::Forbidden);
}

void TestNoShow::thresholdIsAPracticeSetting()
{
    const QString patient = addPatient(u"Hermans"_s);
    noShow(patient, m_practice.practitionerId, 20);
    noShow(patient, m_practice.practitionerId, 10);
    QVERIFY(!NoShowPolicy::status(m_t->db(), patient, m_practice.practitionerId).blocked);
    QCOMPARE(
        PracticeRules::set(m_t->session(), QString::fromLatin1(PracticeSettings::NoShowThreshold), u"0"_s).error().rule,
        u"setting.value"_s);
    QVERIFY(PracticeRules::set(m_t->session(), QString::fromLatin1(PracticeSettings::NoShowThreshold), u"2"_s));
    QVERIFY(NoShowPolicy::status(m_t->db(), patient, m_practice.practitionerId).blocked);
    QCOMPARE(AuditLog::forEntity(m_t->db(), u"setting"_s, u"noshow.threshold"_s).size(), 1);
}

void TestNoShow::statistics()
{
    const QString patient = addPatient(u"Simon"_s);
    // Three due appointments (20 min each), one unexcused no-show, one excused, one late cancellation.
    noShow(patient, m_practice.practitionerId, 3);
    noShow(patient, m_practice.practitionerId, 2, true);
    pastAppointment(patient, m_practice.practitionerId, 1);
    AppointmentDraft d;
    d.patientId = patient;
    d.practitionerId = m_practice.practitionerId;
    d.start = m_t->clock().now().addSecs(3600);
    d.durationMinutes = 30;
    auto late = AppointmentService::create(m_t->session(), d);
    QVERIFY(late.ok());
    QVERIFY(AppointmentService::changeStatus(m_t->session(), late->id, AppointmentStatus::Cancelled, u"r"_s,
                                             CancelledBy::Patient));
    const QTimeZone zone(QByteArrayLiteral("Europe/Brussels"));
    const QDate today = m_t->clock().now().toTimeZone(zone).date();
    const auto rows = NoShowStats::perPractitioner(NoShowStats::compute(m_t->db(), today.addDays(-10), today, zone));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().appointments, 4);
    QCOMPARE(rows.first().noShows, 2);
    QCOMPARE(rows.first().unexcused, 1);
    QCOMPARE(rows.first().lateCancellations, 1);
    QCOMPARE(rows.first().minutesLost, 20 + 20 + 30);
    QCOMPARE(rows.first().noShowRate(), 0.5);
    const QString csv = NoShowStats::toCsv(NoShowStats::compute(m_t->db(), today.addDays(-10), today, zone));
    QVERIFY(csv.startsWith(u"month,practitioner_id,practitioner,"_s));
    QCOMPARE(csv.count(u'\n'), 2); // header and one month/practitioner/reason line
}

QTEST_GUILESS_MAIN(TestNoShow)
#include "tst_noshow.moc"
