#include "agenda/appointmentservice.h"
#include "identity/patientservice.h"
#include "store/appointmentrepository.h"
#include "store/changejournal.h"
#include "testsupport.h"
#include "timeutil.h"

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
    d.channel = u"phone"_s;
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
    const auto history = repo.history(a.id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().to, u"booked"_s);
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
    d.channel = u"fax"_s;
    QCOMPARE(AppointmentService::create(m_t->session(), d).error().rule, u"appointment.channel"_s);
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
    const auto history = AppointmentRepository(m_t->db()).history(a.id);
    QStringList path;
    for (const auto &t : history)
        path << t.to;
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
    QCOMPARE(r->cancelledBy, byPatient ? u"patient"_s : u"practice"_s);
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
    QCOMPARE(repo.inRange(day.toUTC(), day.addDays(1).toUTC()).size(), 2);
    QCOMPARE(repo.inRange(day.addDays(1).toUTC(), day.addDays(2).toUTC()).size(), 2); // the overlap counts
    QCOMPARE(repo.inRange(day.toUTC(), day.addDays(2).toUTC(), {u"someone-else"_s}).size(), 0);
}

QTEST_GUILESS_MAIN(TestAppointmentService)
#include "tst_appointmentservice.moc"
