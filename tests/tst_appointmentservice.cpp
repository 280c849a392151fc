#include "core/agenda/absenceservice.h"
#include "core/agenda/appointmentservice.h"
#include "core/agenda/daylist.h"
#include "core/base/timeutil.h"
#include "core/identity/patientservice.h"
#include "core/store/appointmentrepository.h"
#include "core/store/changejournal.h"
#include "core/store/notificationrepository.h"
#include "core/store/practicerepository.h"
#include "tests/support/testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace guichet;
using namespace guichet::test;

class TestAppointmentService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createRecordsHistoryAndJournal();
    void createValidates();
    void statusMachineEnforced();
    void cancellationLateness_data();
    void cancellationLateness();
    void noShowNotBeforeStart();
    void storedInUtcShownInSiteZone();
    void rangeQuery();
    void dayListFollowsPatientNames();
    void rescheduleMovesAndResizes();
    void reinstateBooksACancelledAppointmentAgain();
    void absenceListsTheBookedPatientsToMove();

private:
    Appointment book(const QDateTime &start);
    std::unique_ptr<TempDatabase> m_t;
    MiniPractice m_practice;
    QString m_patientId;
};

void TestAppointmentService::init()
{
    m_t = std::make_unique<TempDatabase>();
    m_practice = addMiniPractice(m_t->db());
    PatientInput in;
    in.birthName = u"Dupont"_s;
    in.firstNames = u"Marie"_s;
    in.birthDate = u"1985-07-30"_s;
    in.sex = u"female"_s;
    auto p = PatientService::add(m_t->session(), in);
    QVERIFY(p.ok());
    m_patientId = p->id;
}

void TestAppointmentService::cleanup()
{
    m_t.reset();
}

Appointment TestAppointmentService::book(const QDateTime &start)
{
    AppointmentDraft d;
    d.practitionerId = m_practice.practitionerId;
    d.patientId = m_patientId;
    d.motifId = m_practice.consultationId;
    d.start = start;
    d.channel = BookingChannel::Phone;
    auto r = AppointmentService::create(m_t->session(Role::Secretary), d);
    if (!r)
        qFatal("book: %s", qPrintable(r.error().message));
    return r.value();
}

void TestAppointmentService::createRecordsHistoryAndJournal()
{
    const QDateTime start = m_t->clock().now().addDays(2);
    const Appointment a = book(start);
    QCOMPARE(a.end, start.addSecs(15 * 60));
    QCOMPARE(a.status, AppointmentStatus::Booked);
    AppointmentRepository repo(m_t->db());
    const auto history = repo.history(a.id).value();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().to, AppointmentStatus::Booked);
    QCOMPARE(history.first().user, u"secretary-test"_s);
    const auto journal = ChangeJournal::forEntity(m_t->db(), u"appointment"_s, a.id);
    QCOMPARE(journal.size(), 1);
    QCOMPARE(journal.first().payload.value(u"patient_id"_s).toString(), m_patientId);
}

void TestAppointmentService::createValidates()
{
    AppointmentDraft d;
    d.practitionerId = m_practice.practitionerId;
    d.patientId = m_patientId;
    d.start = m_t->clock().now();
    auto noDuration = AppointmentService::create(m_t->session(), d);
    QCOMPARE(noDuration.error().rule, u"appointment.duration"_s);
    d.motifId = m_practice.consultationId;
    d.patientId = u"nobody"_s;
    QCOMPARE(AppointmentService::create(m_t->session(), d).error().rule, u"appointment.patient"_s);
    d.patientId = m_patientId;
    QCOMPARE(AppointmentRepository(m_t->db()).count(), 0);
}

void TestAppointmentService::statusMachineEnforced()
{
    const Appointment a = book(m_t->clock().now().addSecs(-600));
    const Session s = m_t->session(Role::Secretary);
    QVERIFY(AppointmentService::changeStatus(s, a.id, AppointmentStatus::Arrived, QString()).ok());
    auto refused = AppointmentService::changeStatus(s, a.id, AppointmentStatus::Cancelled, u"x"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().rule, u"appointment.transition"_s);
    QVERIFY(AppointmentService::changeStatus(s, a.id, AppointmentStatus::InConsultation, QString()).ok());
    QVERIFY(AppointmentService::changeStatus(s, a.id, AppointmentStatus::Fulfilled, QString()).ok());
    const auto history = AppointmentRepository(m_t->db()).history(a.id).value();
    QStringList path;
    for (const auto &t : history)
        path << AppointmentStatuses::code(t.to);
    QCOMPARE(path, (QStringList{u"booked"_s, u"arrived"_s, u"in-consultation"_s, u"fulfilled"_s}));
    QCOMPARE(ChangeJournal::forEntity(m_t->db(), u"appointment"_s, a.id).size(), 4);
}

void TestAppointmentService::cancellationLateness_data()
{
    QTest::addColumn<qint64>("hoursBefore");
    QTest::addColumn<bool>("byPatient");
    QTest::addColumn<bool>("late");
    QTest::newRow("patient, 5 h before") << qint64(5) << true << false;
    QTest::newRow("patient, exactly 4 h before") << qint64(4) << true << false;
    QTest::newRow("patient, 3 h before") << qint64(3) << true << true;
    QTest::newRow("practice, 1 h before") << qint64(1) << false << false;
}

void TestAppointmentService::cancellationLateness()
{
    QFETCH(qint64, hoursBefore);
    QFETCH(bool, byPatient);
    QFETCH(bool, late);
    const Appointment a = book(m_t->clock().now().addSecs(hoursBefore * 3600));
    auto noReason = AppointmentService::changeStatus(m_t->session(), a.id, AppointmentStatus::Cancelled, u" "_s);
    QCOMPARE(noReason.error().rule, u"appointment.cancel-reason"_s);
    auto r = AppointmentService::changeStatus(m_t->session(), a.id, AppointmentStatus::Cancelled, u"Malade"_s,
                                              byPatient ? CancelledBy::Patient : CancelledBy::Practice);
    QVERIFY(r.ok());
    QCOMPARE(r->lateCancellation, late);
    QCOMPARE(r->cancelledBy, byPatient ? CancelledBy::Patient : CancelledBy::Practice);
    QCOMPARE(AppointmentRepository(m_t->db()).byId(a.id)->lateCancellation, late);
}

void TestAppointmentService::noShowNotBeforeStart()
{
    const Appointment a = book(m_t->clock().now().addSecs(3600));
    auto early = AppointmentService::changeStatus(m_t->session(), a.id, AppointmentStatus::NoShow, QString());
    QCOMPARE(early.error().rule, u"noshow.future"_s);
    m_t->clock().advance(3600 + 60);
    QVERIFY(AppointmentService::changeStatus(m_t->session(), a.id, AppointmentStatus::NoShow, QString()).ok());
}

void TestAppointmentService::storedInUtcShownInSiteZone()
{
    // 30 March 2026 09:00 in Brussels is after the change to summer time: UTC+2.
    const QTimeZone brussels(QByteArrayLiteral("Europe/Brussels"));
    const Appointment a = book(QDateTime(QDate(2026, 3, 30), QTime(9, 0), brussels));
    auto r = m_t->db().exec(u"SELECT start_utc FROM appointments WHERE id = ?"_s, {a.id});
    QVERIFY(r && r->next());
    QCOMPARE(r->value(0).toLongLong(), QDateTime(QDate(2026, 3, 30), QTime(7, 0), QTimeZone::utc()).toSecsSinceEpoch());
    QCOMPARE(toIsoInZone(a.start, brussels), u"2026-03-30T09:00:00+02:00"_s);
    QCOMPARE(toIsoInZone(a.start.addDays(-2), brussels), u"2026-03-28T08:00:00+01:00"_s);
}

void TestAppointmentService::rangeQuery()
{
    const QDateTime day(QDate(2026, 11, 24), QTime(0, 0), QTimeZone(QByteArrayLiteral("Europe/Brussels")));
    book(day.addSecs(9 * 3600));
    book(day.addSecs(23 * 3600 + 50 * 60)); // ends after midnight
    book(day.addDays(1).addSecs(9 * 3600));
    AppointmentRepository repo(m_t->db());
    QCOMPARE(repo.inRange(day.toUTC(), day.addDays(1).toUTC()).value().size(), 2);
    QCOMPARE(repo.inRange(day.addDays(1).toUTC(), day.addDays(2).toUTC()).value().size(), 2); // the overlap counts
    QCOMPARE(repo.inRange(day.toUTC(), day.addDays(2).toUTC(), {u"someone-else"_s}).value().size(), 0);
}

void TestAppointmentService::dayListFollowsPatientNames()
{
    // The agenda reads names from the appointment rows; triggers keep them current whoever writes.
    const QTimeZone brussels(QByteArrayLiteral("Europe/Brussels"));
    const QDateTime start(QDate(2026, 11, 24), QTime(9, 0), brussels);
    book(start);
    auto names = [&] {
        const QList<DayListEntry> day = DayList::load(m_t->db(), start.date(), brussels);
        return day.size() == 1 ? day.first().patientName() : u"<%1 rows>"_s.arg(day.size());
    };
    QCOMPARE(names(), u"DUPONT Marie"_s);
    QVERIFY(m_t->db().exec(u"UPDATE patients SET usage_name = 'Lefèvre', used_first_name = 'Mimi' WHERE id = ?"_s,
                           {m_patientId}));
    QCOMPARE(names(), u"DUPONT (LEFÈVRE) Mimi"_s);
    PatientInput other;
    other.birthName = u"Öztürk"_s;
    other.firstNames = u"Ayşe Nur"_s;
    other.birthDate = u"1990-01-02"_s;
    other.sex = u"female"_s;
    auto p = PatientService::add(m_t->session(), other);
    QVERIFY(p.ok());
    // Repointing (what a merge does) brings the other patient's names along.
    QVERIFY(m_t->db().exec(u"UPDATE appointments SET patient_id = ?"_s, {p->id}));
    QCOMPARE(names(), u"ÖZTÜRK Ayşe Nur"_s);
    QVERIFY(m_t->db().integrityProblems().isEmpty());
}

void TestAppointmentService::rescheduleMovesAndResizes()
{
    const QTimeZone brussels(QByteArrayLiteral("Europe/Brussels"));
    const QDateTime nine(QDate(2026, 11, 24), QTime(9, 0), brussels);
    const Appointment a = book(nine);
    const Appointment other = book(nine.addSecs(3600)); // 10:00-10:15
    const Session &desk = m_t->session(Role::Secretary);
    // Longer: 9:00-9:45, recorded in the history.
    auto longer = AppointmentService::reschedule(desk, a.id, nine, nine.addSecs(45 * 60));
    QVERIFY2(longer.ok(), longer.ok() ? "" : qPrintable(longer.error().message));
    QCOMPARE(longer->appointment.end, nine.addSecs(45 * 60).toUTC());
    QVERIFY(AppointmentRepository(m_t->db()).history(a.id).value().last().reason.contains(u"45"_s));
    // Onto the other appointment: refused by the overlap rule, nothing changed.
    auto onto = AppointmentService::reschedule(desk, a.id, nine.addSecs(50 * 60), nine.addSecs(80 * 60));
    QVERIFY(!onto.ok());
    QCOMPARE(onto.error().rule, u"agenda.overlap"_s);
    QCOMPARE(AppointmentRepository(m_t->db()).byId(a.id)->end, nine.addSecs(45 * 60).toUTC());
    // End before start, and an absurd length: invalid.
    auto backwards = AppointmentService::reschedule(desk, a.id, nine, nine.addSecs(-60));
    QCOMPARE(backwards.error().code, ErrorCode::Invalid);
    QCOMPARE(backwards.error().rule, u"appointment.end"_s);
    QCOMPARE(AppointmentService::reschedule(desk, a.id, nine, nine.addDays(1)).error().rule, u"appointment.duration"_s);
    // Moving keeps the length.
    auto moved = AppointmentService::move(desk, a.id, nine.addSecs(2 * 3600));
    QVERIFY(moved.ok());
    QCOMPARE(moved->appointment.start.secsTo(moved->appointment.end), 45 * 60);
    Q_UNUSED(other);
}

void TestAppointmentService::reinstateBooksACancelledAppointmentAgain()
{
    const QTimeZone brussels(QByteArrayLiteral("Europe/Brussels"));
    const Session &desk = m_t->session(Role::Secretary);
    // Cancelled late by the patient: a neutral notice is queued; reinstating withdraws it.
    QVERIFY(m_t->db().exec(u"UPDATE patients SET email = 'marie.dupont@example.be' WHERE id = ?"_s, {m_patientId}));
    const Appointment soon = book(m_t->clock().now().addSecs(3600));
    QVERIFY(AppointmentService::cancel(desk, soon.id, CancelledBy::Patient, u"Malade"_s).ok());
    QVERIFY(AppointmentRepository(m_t->db()).byId(soon.id)->lateCancellation);
    auto back = AppointmentService::reinstate(desk, soon.id, u"Finalement disponible"_s);
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
    QCOMPARE(back->status, AppointmentStatus::Booked);
    QVERIFY(!back->lateCancellation);
    // The notice and the cancellation's confirmation are withdrawn; the booking is confirmed anew.
    const QList<NotificationRequest> notices = NotificationRepository(m_t->db()).forAppointment(soon.id);
    QStringList revoked, pending;
    for (const NotificationRequest &n : notices)
        (n.state == u"revoked"_s ? revoked : pending) << n.kind;
    QVERIFY2(revoked.contains(u"late-cancellation-notice"_s), qPrintable(revoked.join(u',')));
    QVERIFY2(revoked.contains(u"cancellation"_s), qPrintable(revoked.join(u',')));
    QCOMPARE(pending, QStringList{u"confirmation"_s});
    // A slot taken since the cancellation cannot be given back.
    const QDateTime nine(QDate(2026, 11, 24), QTime(9, 0), brussels);
    const Appointment first = book(nine);
    QVERIFY(AppointmentService::cancel(desk, first.id, CancelledBy::Practice, u"Erreur"_s).ok());
    book(nine);
    auto taken = AppointmentService::reinstate(desk, first.id, u"?"_s);
    QVERIFY(!taken.ok());
    QCOMPARE(taken.error().rule, u"agenda.overlap"_s);
    QCOMPARE(AppointmentRepository(m_t->db()).byId(first.id)->status, AppointmentStatus::Cancelled);
    // Only a cancelled appointment.
    QCOMPARE(AppointmentService::reinstate(desk, soon.id, u"?"_s).error().rule, u"appointment.reinstate-status"_s);
}

void TestAppointmentService::absenceListsTheBookedPatientsToMove()
{
    const QTimeZone brussels(QByteArrayLiteral("Europe/Brussels"));
    const QDate day(2026, 11, 25);
    const Appointment in = book(QDateTime(day, QTime(9, 0), brussels));
    const Appointment cancelled = book(QDateTime(day, QTime(10, 0), brussels));
    const Appointment out = book(QDateTime(day.addDays(1), QTime(9, 0), brussels));
    const Session &desk = m_t->session(Role::Secretary);
    QVERIFY(AppointmentService::cancel(desk, cancelled.id, CancelledBy::Practice, u"Erreur"_s).ok());
    const QDateTime from(day, QTime(0, 0), brussels);
    auto declared = AbsenceService::declare(desk, m_practice.practitionerId, from, from.addDays(1), u"Formation"_s);
    QVERIFY2(declared.ok(), declared.ok() ? "" : qPrintable(declared.error().message));
    QCOMPARE(declared->affected.size(), 1); // the cancelled one and the next day's are not affected
    QCOMPARE(declared->affected.first().id, in.id);
    QCOMPARE(ChangeJournal::forEntity(m_t->db(), u"absence"_s, declared->absence.id).size(), 1);
    // Bad input: nothing written.
    const qsizetype absences =
        PracticeRepository(m_t->db()).absences(m_practice.practitionerId, from, from.addDays(1)).value().size();
    QCOMPARE(AbsenceService::declare(desk, m_practice.practitionerId, from, from.addSecs(-60), {}).error().rule,
             u"absence.times"_s);
    QCOMPARE(AbsenceService::declare(desk, u"nobody"_s, from, from.addDays(1), {}).error().code, ErrorCode::NotFound);
    QCOMPARE(PracticeRepository(m_t->db()).absences(m_practice.practitionerId, from, from.addDays(1)).value().size(),
             absences);
    Q_UNUSED(out);
}

QTEST_GUILESS_MAIN(TestAppointmentService)
#include "tst_appointmentservice.moc"
