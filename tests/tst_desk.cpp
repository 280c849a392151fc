// The desk's day in core: corrections, series, searches, messages sent now, relatives.
#include "core/agenda/appointmentseries.h"
#include "core/agenda/appointmentservice.h"
#include "core/agenda/freeslots.h"
#include "core/base/timeutil.h"
#include "core/base/uuid.h"
#include "core/identity/patientservice.h"
#include "core/reminders/deskmessages.h"
#include "core/store/appointmentrepository.h"
#include "core/store/auditlog.h"
#include "core/store/changejournal.h"
#include "core/store/notificationrepository.h"
#include "core/store/practicerepository.h"
#include "tests/support/testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace guichet;
using namespace guichet::test;

// The error's message only when there is one (QVERIFY2 reads its message either way).
#define QVERIFY_OK(result) QVERIFY2(result, (result) ? "" : qPrintable((result).error().message))

class TestDesk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void changePatientMovesTheMessages();
    void changePatientChecksThePatientsRules();
    void setMotifChecksTheRulesAgain();
    void noteIsKeptWithItsHistory();
    void enteredInErrorSendsNothing();
    void spacingKeptAtTheDeskWithAReason();
    void seriesBooksAndListsRefusals();
    void seriesRequestValidated();
    void seriesRestCancelledOrMoved();
    void slotSearchFilters();
    void slotSearchBySpecialty();
    void appointmentSearch();
    void runningLateTellsTheExpectedPatients();
    void freeMessageToOnePatient();
    void relativesReachedThroughTheHolderUntil18();
    void linkAndUnlinkRelatives();

private:
    QString addPatient(const QString &name, const QString &email, const QString &mobile,
                       const QString &birthDate = u"1980-05-05"_s, const QString &holderId = {});
    Result<Booking> book(const QString &patientId, const QDateTime &start, const QString &motifId = {});
    QList<NotificationRequest> pending(const QString &appointmentId) const;
    QDateTime local(int day, int hour, int minute = 0) const; // December 2026, Brussels time
    std::unique_ptr<TempDatabase> m_t;
    MiniPractice m_practice;
};

void TestDesk::init()
{
    m_t = std::make_unique<TempDatabase>();
    m_practice = addMiniPractice(m_t->db());
}

void TestDesk::cleanup()
{
    m_t.reset();
}

QString TestDesk::addPatient(const QString &name, const QString &email, const QString &mobile, const QString &birthDate,
                             const QString &holderId)
{
    PatientInput in;
    in.birthName = name;
    in.firstNames = u"Alex"_s;
    in.birthDate = birthDate;
    in.sex = u"other"_s;
    in.email = email;
    if (!mobile.isEmpty())
        in.phones << mobile;
    in.holderId = holderId;
    if (!holderId.isEmpty())
        in.relationship = u"child"_s;
    auto p = PatientService::add(m_t->session(), in);
    if (!p)
        qFatal("patient: %s", qPrintable(p.error().message));
    return p->id;
}

Result<Booking> TestDesk::book(const QString &patientId, const QDateTime &start, const QString &motifId)
{
    AppointmentDraft d;
    d.patientId = patientId;
    d.practitionerId = m_practice.practitionerId;
    d.motifId = motifId.isEmpty() ? m_practice.consultationId : motifId;
    d.start = start;
    d.channel = BookingChannel::Phone;
    return AppointmentService::book(m_t->session(Role::Secretary), d);
}

QList<NotificationRequest> TestDesk::pending(const QString &appointmentId) const
{
    QList<NotificationRequest> out;
    for (const NotificationRequest &n : NotificationRepository(m_t->db()).forAppointment(appointmentId))
        if (n.state == u"pending"_s)
            out << n;
    return out;
}

QDateTime TestDesk::local(int day, int hour, int minute) const
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, minute), QTimeZone(QByteArrayLiteral("Europe/Brussels")));
}

void TestDesk::changePatientMovesTheMessages()
{
    const QString wrong = addPatient(u"Martin"_s, u"martin@example.org"_s, u"+32470112233"_s);
    const QString right = addPatient(u"Peeters"_s, u"peeters@example.org"_s, QString());
    auto booked = book(wrong, local(10, 10));
    QVERIFY_OK(booked);
    const QString id = booked->appointment.id;
    for (const NotificationRequest &n : pending(id))
        QCOMPARE(n.recipientPatientId, wrong);
    QVERIFY(!pending(id).isEmpty());
    const Session desk = m_t->session(Role::Secretary);

    QCOMPARE(AppointmentService::changePatient(desk, id, right, u"  "_s).error().rule, u"appointment.patient-reason"_s);
    QCOMPARE(AppointmentService::changePatient(desk, id, wrong, u"x"_s).error().rule, u"appointment.patient"_s);
    QCOMPARE(AppointmentService::changePatient(desk, id, u"nobody"_s, u"x"_s).error().rule, u"appointment.patient"_s);

    m_t->clock().advance(3600);
    auto changed = AppointmentService::changePatient(desk, id, right, u"Homonyme au téléphone"_s);
    QVERIFY_OK(changed);
    QCOMPARE(changed->appointment.patientId, right);
    QCOMPARE(AppointmentRepository(m_t->db()).byId(id)->patientId, right);
    // The first patient hears nothing more; the right one gets a confirmation now and reminders.
    const auto now = pending(id);
    QVERIFY(!now.isEmpty());
    QStringList kinds;
    for (const NotificationRequest &n : now) {
        QCOMPARE(n.recipientPatientId, right);
        QCOMPARE(n.recipient, u"peeters@example.org"_s);
        kinds << n.kind;
    }
    QVERIFY(kinds.contains(u"confirmation"_s));
    QVERIFY(kinds.contains(u"reminder"_s));
    int revoked = 0;
    for (const NotificationRequest &n : NotificationRepository(m_t->db()).forAppointment(id))
        if (n.recipientPatientId == wrong) {
            QCOMPARE(n.state, u"revoked"_s);
            ++revoked;
        }
    QVERIFY(revoked >= 2);
    // History line, journal entry for the central agenda, audit line with both patients.
    auto history = AppointmentRepository(m_t->db()).history(id);
    QVERIFY(history);
    QCOMPARE(history->last().kind, u"patient"_s);
    QVERIFY(history->last().reason.contains(u"Homonyme au téléphone"_s));
    QVERIFY(history->last().reason.contains(u"MARTIN"_s));
    const auto journal = ChangeJournal::forEntity(m_t->db(), u"appointment"_s, id);
    QVERIFY(std::any_of(journal.begin(), journal.end(), [&](const JournalEntry &e) {
        return e.entityId == id && e.operation == u"update"_s && e.payload.value(u"patient_id"_s).toString() == right;
    }));
    AuditFilter filter;
    filter.kind = u"appointment.change-patient"_s;
    auto audit = AuditLog::query(m_t->db(), filter);
    QVERIFY(audit);
    QCOMPARE(audit->size(), 1);
    QCOMPARE(audit->first().details.value(u"from_patient_id"_s).toString(), wrong);
    QCOMPARE(audit->first().details.value(u"patient_id"_s).toString(), right);

    // A cancelled appointment is not given to anyone.
    QVERIFY(AppointmentService::cancel(desk, id, CancelledBy::Practice, u"x"_s));
    QCOMPARE(AppointmentService::changePatient(desk, id, wrong, u"x"_s).error().rule, u"appointment.patient-status"_s);
}

void TestDesk::changePatientChecksThePatientsRules()
{
    // The right patient already has an appointment 3 days away for a reason with the spacing rule.
    PracticeRepository practice(m_t->db());
    Motif spaced = *practice.motif(m_practice.longMotifId);
    spaced.spacingRule = true;
    QVERIFY(practice.updateMotif(spaced));
    const QString wrong = addPatient(u"Martin"_s, QString(), QString());
    const QString right = addPatient(u"Peeters"_s, QString(), QString());
    QVERIFY(book(right, local(7, 9), spaced.id));
    auto booked = book(wrong, local(10, 9), spaced.id);
    QVERIFY(booked);
    auto refused = AppointmentService::changePatient(m_t->session(Role::Secretary), booked->appointment.id, right,
                                                     u"Erreur de dossier"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.error().rule, u"agenda.spacing"_s);
    QCOMPARE(AppointmentRepository(m_t->db()).byId(booked->appointment.id)->patientId, wrong);
}

void TestDesk::setMotifChecksTheRulesAgain()
{
    const QString patient = addPatient(u"Martin"_s, QString(), QString());
    const QString other = addPatient(u"Peeters"_s, QString(), QString());
    auto first = book(patient, local(10, 9));
    QVERIFY(first);
    QVERIFY(book(other, local(10, 9, 15)));
    const Session desk = m_t->session(Role::Secretary);
    // 30 minutes would run over the next patient.
    auto refused = AppointmentService::setMotif(desk, first->appointment.id, m_practice.longMotifId);
    QVERIFY(!refused);
    QCOMPARE(refused.error().rule, u"agenda.overlap"_s);
    QCOMPARE(AppointmentRepository(m_t->db()).byId(first->appointment.id)->motifId, m_practice.consultationId);
    QCOMPARE(AppointmentService::setMotif(desk, first->appointment.id, u"nope"_s).error().rule, u"appointment.motif"_s);

    auto later = book(patient, local(11, 9));
    QVERIFY(later);
    auto changed = AppointmentService::setMotif(desk, later->appointment.id, m_practice.longMotifId);
    QVERIFY_OK(changed);
    QCOMPARE(changed->appointment.motifId, m_practice.longMotifId);
    QCOMPARE(changed->appointment.start.secsTo(changed->appointment.end), 30 * 60);
    auto history = AppointmentRepository(m_t->db()).history(later->appointment.id);
    QCOMPARE(history->last().kind, u"motif"_s);
    QVERIFY(history->last().reason.contains(u"Première consultation"_s));
}

void TestDesk::noteIsKeptWithItsHistory()
{
    const QString patient = addPatient(u"Martin"_s, QString(), QString());
    auto booked = book(patient, local(10, 9));
    QVERIFY(booked);
    const Session desk = m_t->session(Role::Secretary);
    auto noted = AppointmentService::setNote(desk, booked->appointment.id, u"  Apporter la radio  "_s);
    QVERIFY(noted);
    QCOMPARE(AppointmentRepository(m_t->db()).byId(booked->appointment.id)->note, u"Apporter la radio"_s);
    QCOMPARE(AppointmentService::setNote(desk, booked->appointment.id, QString(2001, u'x')).error().rule,
             u"appointment.note"_s);
    auto history = AppointmentRepository(m_t->db()).history(booked->appointment.id);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->last().kind, u"note"_s);
    QCOMPARE(history->last().user, desk.actor());
    // The same note again writes nothing; escape codes and a right-to-left override typed or
    // pasted in are not kept, the line breaks of the note are.
    const QString pasted = u"Apporter\x1b[2J la radio"_s + QChar(0x202E) + u"\nà jeun"_s;
    QVERIFY(AppointmentService::setNote(desk, booked->appointment.id, u"Apporter la radio"_s));
    QCOMPARE(AppointmentRepository(m_t->db()).history(booked->appointment.id)->size(), 2);
    QVERIFY(AppointmentService::setNote(desk, booked->appointment.id, pasted));
    QCOMPARE(AppointmentRepository(m_t->db()).byId(booked->appointment.id)->note, u"Apporter[2J la radio\nà jeun"_s);
}

void TestDesk::enteredInErrorSendsNothing()
{
    const QString patient = addPatient(u"Martin"_s, u"martin@example.org"_s, u"+32470112233"_s);
    auto booked = book(patient, local(10, 9));
    QVERIFY(booked);
    const QString id = booked->appointment.id;
    QVERIFY(!pending(id).isEmpty());
    const Session desk = m_t->session(Role::Secretary);
    QCOMPARE(AppointmentService::markEnteredInError(desk, id, QString()).error().rule, u"appointment.error-reason"_s);
    auto marked = AppointmentService::markEnteredInError(desk, id, u"Saisi deux fois"_s);
    QVERIFY_OK(marked);
    QCOMPARE(marked->status, AppointmentStatus::EnteredInError);
    // Nothing pending, and no cancellation notice either.
    QVERIFY(pending(id).isEmpty());
    for (const NotificationRequest &n : NotificationRepository(m_t->db()).forAppointment(id))
        QVERIFY(n.kind != u"cancellation"_s);
    AuditFilter filter;
    filter.kind = u"appointment.entered-in-error"_s;
    QCOMPARE(AuditLog::query(m_t->db(), filter)->size(), 1);
}

void TestDesk::spacingKeptAtTheDeskWithAReason()
{
    PracticeRepository practice(m_t->db());
    Motif spaced = *practice.motif(m_practice.longMotifId);
    spaced.spacingRule = true;
    QVERIFY(practice.updateMotif(spaced));
    const QString patient = addPatient(u"Martin"_s, QString(), QString());
    QVERIFY(book(patient, local(7, 9), spaced.id));
    AppointmentDraft d;
    d.patientId = patient;
    d.practitionerId = m_practice.practitionerId;
    d.motifId = spaced.id;
    d.start = local(10, 9);
    const Session desk = m_t->session(Role::Secretary);
    QCOMPARE(AppointmentService::book(desk, d).error().rule, u"agenda.spacing"_s);
    // Online, a reason changes nothing.
    d.channel = BookingChannel::Online;
    d.spacingReason = u"Contrôle demandé par le médecin"_s;
    QCOMPARE(AppointmentService::book(desk, d).error().rule, u"agenda.spacing"_s);
    d.channel = BookingChannel::Desk;
    auto kept = AppointmentService::book(desk, d);
    QVERIFY_OK(kept);
    QVERIFY(kept->warnings.join(u' ').contains(u"Contrôle demandé par le médecin"_s));
    QVERIFY(kept->replaced.isEmpty());
    AuditFilter filter;
    filter.kind = u"appointment.spacing-kept"_s;
    auto audit = AuditLog::query(m_t->db(), filter);
    QCOMPARE(audit->size(), 1);
    QCOMPARE(audit->first().reason, u"Contrôle demandé par le médecin"_s);
    QCOMPARE(audit->first().entityId, kept->appointment.id);
}

void TestDesk::seriesBooksAndListsRefusals()
{
    const QString patient = addPatient(u"Martin"_s, QString(), QString());
    const QString other = addPatient(u"Peeters"_s, QString(), QString());
    // The third Thursday is taken at 17:00.
    QVERIFY(book(other, local(17, 17)));
    SeriesRequest request;
    request.first.patientId = patient;
    request.first.practitionerId = m_practice.practitionerId;
    request.first.motifId = m_practice.consultationId;
    request.first.start = local(3, 17);
    request.everyWeeks = 1;
    request.count = 4;
    auto report = AppointmentSeries::book(m_t->session(Role::Secretary), request);
    QVERIFY_OK(report);
    QCOMPARE(report->occurrences.size(), 4);
    QCOMPARE(report->booked(), 3);
    QCOMPARE(report->refused(), 1);
    const SeriesOccurrence &refused = report->occurrences.at(2);
    QVERIFY(!refused.appointment);
    QCOMPARE(refused.start, local(17, 17).toUTC());
    QCOMPARE(refused.refusal->rule, u"agenda.overlap"_s);
    QVERIFY(refused.alternative);
    // The nearest free slot is right before or right after the taken one.
    QVERIFY(refused.alternative->start == local(17, 16, 45).toUTC()
            || refused.alternative->start == local(17, 17, 15).toUTC());
    // Same wall-clock time every week, each one linked to the series.
    AppointmentRepository repo(m_t->db());
    for (int i : {0, 1, 3}) {
        const Appointment &a = *report->occurrences.at(i).appointment;
        QCOMPARE(a.start, local(3 + 7 * i, 17).toUTC());
        auto link = repo.seriesOf(a.id);
        QCOMPARE(link->seriesId, report->seriesId);
        QCOMPARE(link->position, i + 1);
    }
    QCOMPARE(repo.series(report->seriesId)->size(), 3);
    AuditFilter filter;
    filter.kind = u"appointment.series"_s;
    QCOMPARE(AuditLog::query(m_t->db(), filter)->size(), 1);

    // Until a date: every 3 days from the 1st to the 10th: the 1st, 4th, 7th and 10th.
    SeriesRequest until = request;
    until.first.start = local(1, 8);
    until.everyWeeks = 0;
    until.everyDays = 3;
    until.count = 0;
    until.until = QDate(2026, 12, 10);
    auto times = AppointmentSeries::starts(until, QTimeZone(QByteArrayLiteral("Europe/Brussels")));
    QVERIFY(times);
    QCOMPARE(*times,
             (QList<QDateTime>{local(1, 8).toUTC(), local(4, 8).toUTC(), local(7, 8).toUTC(), local(10, 8).toUTC()}));
}

void TestDesk::seriesRequestValidated()
{
    const QTimeZone zone(QByteArrayLiteral("Europe/Brussels"));
    SeriesRequest r;
    r.first.start = local(3, 17);
    r.count = 3;
    QCOMPARE(AppointmentSeries::starts(r, zone).error().rule, u"series.interval"_s); // no interval
    r.everyDays = 2;
    r.everyWeeks = 1;
    QCOMPARE(AppointmentSeries::starts(r, zone).error().rule, u"series.interval"_s); // both
    r.everyWeeks = 0;
    r.until = QDate(2027, 1, 1);
    QCOMPARE(AppointmentSeries::starts(r, zone).error().rule, u"series.end"_s); // count and until
    r.count = 0;
    r.until = QDate(2026, 12, 1);
    QCOMPARE(AppointmentSeries::starts(r, zone).error().rule, u"series.end"_s); // until before the start
    r.until = QDate(2027, 12, 1);
    QCOMPARE(AppointmentSeries::starts(r, zone).error().rule, u"series.count"_s); // 183 occurrences
    r.until = QDate();
    r.count = AppointmentSeries::MaxOccurrences + 1;
    QCOMPARE(AppointmentSeries::starts(r, zone).error().rule, u"series.count"_s);
    // Across the change to summer time the wall-clock time stays.
    r.count = 2;
    r.everyDays = 7;
    r.first.start = QDateTime(QDate(2027, 3, 25), QTime(17, 0), zone);
    auto times = AppointmentSeries::starts(r, zone);
    QVERIFY(times);
    QCOMPARE(times->at(1).toTimeZone(zone).time(), QTime(17, 0));
    QCOMPARE(times->at(0).secsTo(times->at(1)), 7 * 86400 - 3600);
}

void TestDesk::seriesRestCancelledOrMoved()
{
    const QString patient = addPatient(u"Martin"_s, QString(), QString());
    SeriesRequest request;
    request.first.patientId = patient;
    request.first.practitionerId = m_practice.practitionerId;
    request.first.motifId = m_practice.consultationId;
    request.first.start = local(1, 10);
    request.everyWeeks = 1;
    request.count = 4;
    const Session desk = m_t->session(Role::Secretary);
    auto report = AppointmentSeries::book(desk, request);
    QVERIFY(report);
    QCOMPARE(report->booked(), 4);
    QStringList ids;
    for (const SeriesOccurrence &o : report->occurrences)
        ids << o.appointment->id;
    // The rest from the second: one day later and half an hour earlier.
    auto moved = AppointmentSeries::moveRest(desk, ids.at(1), local(9, 9, 30));
    QVERIFY_OK(moved);
    QVERIFY(moved->refused.isEmpty());
    QCOMPARE(moved->changed.size(), 3);
    AppointmentRepository repo(m_t->db());
    QCOMPARE(repo.byId(ids.at(0))->start, local(1, 10).toUTC());
    QCOMPARE(repo.byId(ids.at(1))->start, local(9, 9, 30).toUTC());
    QCOMPARE(repo.byId(ids.at(2))->start, local(16, 9, 30).toUTC());
    QCOMPARE(repo.byId(ids.at(3))->start, local(23, 9, 30).toUTC());
    // Cancel from the third on: the first two stay.
    QCOMPARE(AppointmentSeries::cancelRest(desk, ids.at(2), u" "_s).error().rule, u"appointment.cancel-reason"_s);
    auto cancelled = AppointmentSeries::cancelRest(desk, ids.at(2), u"Fin de la rééducation"_s);
    QVERIFY(cancelled);
    QCOMPARE(cancelled->changed.size(), 2);
    QCOMPARE(repo.byId(ids.at(1))->status, AppointmentStatus::Booked);
    QCOMPARE(repo.byId(ids.at(2))->status, AppointmentStatus::Cancelled);
    QCOMPARE(repo.byId(ids.at(3))->status, AppointmentStatus::Cancelled);
    // An appointment outside any series.
    auto single = book(patient, local(5, 10));
    QCOMPARE(AppointmentSeries::rest(desk, single->appointment.id).error().rule, u"series.none"_s);
}

void TestDesk::slotSearchFilters()
{
    const QTimeZone zone(QByteArrayLiteral("Europe/Brussels"));
    SlotQuery q;
    q.practitionerId = m_practice.practitionerId;
    q.motifId = m_practice.consultationId;
    q.from = QDate(2026, 12, 1);
    q.to = QDate(2026, 12, 31);
    q.count = 20;
    auto any = FreeSlots::search(m_t->db(), m_t->clock().now(), q);
    QVERIFY(any);
    QCOMPARE(any->size(), 20);
    QCOMPARE(any->first().start, local(1, 7).toUTC());
    q.half = SlotQuery::Half::Afternoon;
    q.weekdays = {2, 4}; // Tuesdays and Thursdays
    auto afternoons = FreeSlots::search(m_t->db(), m_t->clock().now(), q);
    QVERIFY(afternoons);
    QCOMPARE(afternoons->size(), 20);
    QCOMPARE(afternoons->first().start, local(1, 12).toUTC());
    for (const FreeSlot &s : *afternoons) {
        const QDateTime l = s.start.toTimeZone(zone);
        QVERIFY(l.time() >= QTime(12, 0));
        QVERIFY(l.date().dayOfWeek() == 2 || l.date().dayOfWeek() == 4);
    }
    q.half = SlotQuery::Half::Morning;
    q.weekdays.clear();
    auto mornings = FreeSlots::search(m_t->db(), m_t->clock().now(), q);
    for (const FreeSlot &s : *mornings)
        QVERIFY(s.end.toTimeZone(zone).time() <= QTime(12, 0));
    // Paging: the second page of 5 is the 6th to the 10th.
    q.half = SlotQuery::Half::Any;
    q.count = 5;
    q.offset = 5;
    auto page = FreeSlots::search(m_t->db(), m_t->clock().now(), q);
    QCOMPARE(page->size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(page->at(i).start, any->at(5 + i).start);
    // Across the fortnights the search reads one after the other: in order, none twice, none
    // over an appointment.
    const QString patient = addPatient(u"Martin"_s, QString(), QString());
    QVERIFY(book(patient, local(15, 7)));
    q.offset = 0;
    q.count = 1000;
    q.to = QDate(2027, 1, 31);
    auto many = FreeSlots::search(m_t->db(), m_t->clock().now(), q);
    QVERIFY(many);
    QCOMPARE(many->size(), 1000);
    for (qsizetype i = 1; i < many->size(); ++i)
        QVERIFY(many->at(i - 1).end <= many->at(i).start);
    for (const FreeSlot &s : *many)
        QVERIFY(s.start != local(15, 7).toUTC());
    QVERIFY(many->last().start.toTimeZone(zone).date() > QDate(2026, 12, 14));
    q.weekdays = {8};
    QCOMPARE(FreeSlots::search(m_t->db(), m_t->clock().now(), q).error().rule, u"slots.weekday"_s);
    q.weekdays.clear();
    q.count = 0;
    QCOMPARE(FreeSlots::search(m_t->db(), m_t->clock().now(), q).error().rule, u"slots.count"_s);
    QCOMPARE(SlotQuery::halfFromCode(u"afternoon"_s), SlotQuery::Half::Afternoon);
    QVERIFY(!SlotQuery::halfFromCode(u"evening"_s));
}

void TestDesk::slotSearchBySpecialty()
{
    // A second general practitioner, open only in the afternoon, with a "consultation" of 20 minutes.
    PracticeRepository practice(m_t->db());
    Practitioner second = *practice.practitioner(m_practice.practitionerId);
    second.id = newUuid();
    second.lastName = u"Claes"_s;
    second.registration.clear();
    QVERIFY(practice.insertPractitioner(second));
    Motif consultation;
    consultation.id = newUuid();
    consultation.practitionerId = second.id;
    consultation.label = u"consultation"_s;
    consultation.durationMinutes = 20;
    QVERIFY(practice.insertMotif(consultation));
    OpeningRange r;
    r.id = newUuid();
    r.practitionerId = second.id;
    r.siteId = m_practice.siteId;
    r.weekday = 2;
    r.start = QTime(6, 0);
    r.end = QTime(8, 0);
    QVERIFY(practice.insertOpeningRange(r));
    SlotQuery q;
    q.specialty = u"general-practice"_s;
    q.motifId = m_practice.consultationId; // its name is looked for with the others
    q.from = QDate(2026, 12, 1);
    q.to = QDate(2026, 12, 1);
    q.count = 50;
    auto both = FreeSlots::search(m_t->db(), m_t->clock().now(), q);
    QVERIFY_OK(both);
    QCOMPARE(both->first().practitionerId, second.id); // 06:00, before the first one opens
    QCOMPARE(both->first().motifId, consultation.id);
    QCOMPARE(both->first().start.secsTo(both->first().end), 20 * 60);
    bool sawFirst = false;
    for (qsizetype i = 1; i < both->size(); ++i) {
        QVERIFY(both->at(i - 1).start <= both->at(i).start);
        sawFirst = sawFirst || both->at(i).practitionerId == m_practice.practitionerId;
    }
    QVERIFY(sawFirst);
    // No specialty: every practitioner of the practice offering a reason of that name.
    q.specialty.clear();
    auto every = FreeSlots::search(m_t->db(), m_t->clock().now(), q);
    QVERIFY(every);
    QCOMPARE(every->size(), both->size());
    q.specialty = u"general-practice"_s;
    q.motifId = u"Échographie"_s;
    QCOMPARE(FreeSlots::search(m_t->db(), m_t->clock().now(), q).error().rule, u"slots.specialty"_s);
}

void TestDesk::appointmentSearch()
{
    const QString patient = addPatient(u"Martin"_s, QString(), QString());
    const QString other = addPatient(u"Peeters"_s, QString(), QString());
    auto a = book(patient, local(2, 9));
    auto b = book(patient, local(9, 9));
    auto c = book(other, local(3, 9));
    QVERIFY(a && b && c);
    const Session desk = m_t->session(Role::Secretary);
    QVERIFY(AppointmentService::cancel(desk, b->appointment.id, CancelledBy::Patient, u"x"_s));
    AppointmentFilter f;
    f.patientId = patient;
    auto mine = AppointmentService::search(desk, f);
    QVERIFY(mine);
    QCOMPARE(mine->size(), 2);
    QCOMPARE(mine->first().id, a->appointment.id);
    f.statuses = {u"cancelled"_s};
    QCOMPARE(AppointmentService::search(desk, f)->size(), 1);
    f = {};
    f.from = local(3, 0);
    f.to = local(4, 0);
    auto day = AppointmentService::search(desk, f);
    QCOMPARE(day->size(), 1);
    QCOMPARE(day->first().patientId, other);
    f.to = f.from;
    QCOMPARE(AppointmentService::search(desk, f).error().rule, u"appointment.search-dates"_s);
}

void TestDesk::runningLateTellsTheExpectedPatients()
{
    // Today is Monday 23 November 2026, 10:00 in Brussels.
    const QTimeZone zone(QByteArrayLiteral("Europe/Brussels"));
    auto today = [&](int h, int m = 0) { return QDateTime(QDate(2026, 11, 23), QTime(h, m), zone); };
    const QString mobile = addPatient(u"Martin"_s, u"martin@example.org"_s, u"+32470112233"_s);
    const QString mailOnly = addPatient(u"Peeters"_s, u"peeters@example.org"_s, u"+3225551234"_s);
    const QString unreachable = addPatient(u"Janssens"_s, QString(), QString());
    const QString holder = addPatient(u"Claes"_s, u"claes@example.org"_s, u"+32470998877"_s);
    const QString child = addPatient(u"Claes"_s, u"enfant@example.org"_s, u"+32470000001"_s, u"2016-04-01"_s, holder);
    const QString arrived = addPatient(u"Dubois"_s, u"dubois@example.org"_s, u"+32470555555"_s);
    auto a1 = book(mobile, today(11));
    auto a2 = book(mailOnly, today(11, 15));
    auto a3 = book(unreachable, today(11, 30));
    auto a4 = book(child, today(11, 45));
    auto a5 = book(arrived, today(10, 15));
    auto tomorrow = book(mobile, today(11).addDays(1));
    QVERIFY(a1 && a2 && a3 && a4 && a5 && tomorrow);
    const Session desk = m_t->session(Role::Secretary);
    QVERIFY(AppointmentService::changeStatus(desk, a5->appointment.id, AppointmentStatus::Arrived, QString()));

    QCOMPARE(DeskMessages::previewLate(desk, m_practice.practitionerId, QDate(2026, 11, 23), 0).error().rule,
             u"message.late-minutes"_s);
    auto preview = DeskMessages::previewLate(desk, m_practice.practitionerId, QDate(2026, 11, 23), 30);
    QVERIFY_OK(preview);
    QCOMPARE(preview->size(), 4); // not the arrived patient, not tomorrow's
    QCOMPARE(preview->at(0).message->channel, MessageChannel::Sms);
    QCOMPARE(preview->at(0).message->recipient, u"+32470112233"_s);
    QVERIFY(preview->at(0).message->body.contains(u"30 minutes"_s));
    QVERIFY(preview->at(0).message->body.contains(u"11:30"_s)); // 11:00 becomes about 11:30
    QCOMPARE(preview->at(1).message->channel, MessageChannel::Email); // a landline only
    QCOMPARE(preview->at(1).message->recipient, u"peeters@example.org"_s);
    QVERIFY(!preview->at(2).message);
    QCOMPARE(preview->at(3).message->recipientPatientId, holder); // a child: the holder's mobile
    QCOMPARE(preview->at(3).message->recipient, u"+32470998877"_s);
    // A preview sends nothing.
    const auto isLate = [](const NotificationRequest &n) { return n.kind == u"running-late"_s; };
    const auto before = pending(a1->appointment.id);
    QVERIFY(std::none_of(before.begin(), before.end(), isLate));

    auto sent = DeskMessages::sendLate(desk, m_practice.practitionerId, QDate(2026, 11, 23), 30);
    QVERIFY(sent);
    int late = 0;
    for (const auto &booked : {a1, a2, a3, a4, a5, tomorrow})
        for (const NotificationRequest &n : pending(booked->appointment.id))
            if (n.kind == u"running-late"_s) {
                QCOMPARE(n.due, m_t->clock().now());
                ++late;
            }
    QCOMPARE(late, 3);
    // A replan of the appointment keeps what the desk sent.
    QVERIFY(AppointmentService::setNote(desk, a1->appointment.id, u"retard prévenu"_s));
    const auto after = pending(a1->appointment.id);
    QVERIFY(std::any_of(after.begin(), after.end(), isLate));
    AuditFilter filter;
    filter.kind = u"message.late"_s;
    auto audit = AuditLog::query(m_t->db(), filter);
    QCOMPARE(audit->size(), 1);
    QCOMPARE(audit->first().details.value(u"told"_s).toInt(), 3);
}

void TestDesk::freeMessageToOnePatient()
{
    const QString mobile = addPatient(u"Martin"_s, u"martin@example.org"_s, u"+32470112233"_s);
    const QString none = addPatient(u"Janssens"_s, QString(), QString());
    const Session desk = m_t->session(Role::Secretary);
    auto sms = DeskMessages::sendFree(desk, mobile, u"Votre ordonnance est prête à l'accueil."_s, QString());
    QVERIFY_OK(sms);
    QCOMPARE(sms->channel, MessageChannel::Sms);
    QCOMPARE(sms->kind, u"free"_s);
    QCOMPARE(sms->state, u"pending"_s);
    auto mail = DeskMessages::sendFree(desk, mobile, u"Bonjour"_s, u"email"_s);
    QCOMPARE(mail->recipient, u"martin@example.org"_s);
    QCOMPARE(DeskMessages::sendFree(desk, none, u"Bonjour"_s, QString()).error().rule, u"message.unreachable"_s);
    QCOMPARE(DeskMessages::sendFree(desk, mobile, u"  "_s, QString()).error().rule, u"message.empty"_s);
    QCOMPARE(DeskMessages::sendFree(desk, mobile, QString(481, u'x'), u"sms"_s).error().rule, u"message.length"_s);
    QCOMPARE(DeskMessages::sendFree(desk, mobile, u"x"_s, u"fax"_s).error().rule, u"message.channel"_s);
    auto booked = book(none, local(10, 9));
    QCOMPARE(DeskMessages::sendFree(desk, mobile, u"x"_s, QString(), booked->appointment.id).error().rule,
             u"message.appointment"_s);
    // About an appointment: listed with its messages.
    auto mine = book(mobile, local(11, 9));
    auto about = DeskMessages::sendFree(desk, mobile, u"Pensez à votre carte"_s, QString(), mine->appointment.id);
    QVERIFY(about);
    bool listed = false;
    for (const NotificationRequest &n : NotificationRepository(m_t->db()).forAppointment(mine->appointment.id))
        listed = listed || (n.kind == u"free"_s && n.body == u"Pensez à votre carte"_s);
    QVERIFY(listed);
}

void TestDesk::relativesReachedThroughTheHolderUntil18()
{
    const QString holder = addPatient(u"Claes"_s, u"parent@example.org"_s, u"+32470998877"_s);
    // 10 years old with a phone and an address of their own.
    const QString child = addPatient(u"Claes"_s, u"enfant@example.org"_s, u"+32470000001"_s, u"2016-04-01"_s, holder);
    auto booked = book(child, local(10, 9));
    QVERIFY(booked);
    for (const NotificationRequest &n : pending(booked->appointment.id)) {
        QCOMPARE(n.recipientPatientId, holder);
        QVERIFY(n.recipient == u"parent@example.org"_s || n.recipient == u"+32470998877"_s);
    }
    QVERIFY(!pending(booked->appointment.id).isEmpty());
    // 18 on the day of the appointment: their own mobile, both addresses.
    const QString adult = addPatient(u"Claes"_s, u"grand@example.org"_s, u"+32470000002"_s, u"2008-12-10"_s, holder);
    auto booked18 = book(adult, local(10, 10));
    QVERIFY(booked18);
    QSet<QString> to;
    for (const NotificationRequest &n : pending(booked18->appointment.id))
        to << n.recipient;
    QVERIFY(to.contains(u"+32470000002"_s));
    QVERIFY(!to.contains(u"+32470998877"_s));
    QVERIFY(to.contains(u"grand@example.org"_s));
    QVERIFY(to.contains(u"parent@example.org"_s));
    // Pure rule.
    Patient p;
    p.birthDate = QDate(2010, 6, 1);
    Patient h;
    h.id = u"h"_s;
    QVERIFY(ReminderPlanner::reachedThroughHolder(p, h, QDate(2028, 5, 31)));
    QVERIFY(!ReminderPlanner::reachedThroughHolder(p, h, QDate(2028, 6, 1)));
    QVERIFY(!ReminderPlanner::reachedThroughHolder(p, std::nullopt, QDate(2020, 1, 1)));
}

void TestDesk::linkAndUnlinkRelatives()
{
    const QString holder = addPatient(u"Claes"_s, u"parent@example.org"_s, u"+32470998877"_s);
    const QString spouse = addPatient(u"Peeters"_s, QString(), QString());
    auto booked = book(spouse, local(10, 9));
    QVERIFY(booked);
    QVERIFY(pending(booked->appointment.id).isEmpty()); // no contact at all
    const Session desk = m_t->session(Role::Secretary);
    QCOMPARE(PatientService::linkRelative(desk, spouse, holder, u"cousin"_s).error().rule, u"holder.relationship"_s);
    auto linked = PatientService::linkRelative(desk, spouse, holder, u"spouse"_s);
    QVERIFY_OK(linked);
    QCOMPARE(linked->holderId, holder);
    // The holder's contacts now reach the relative who has none.
    QVERIFY(!pending(booked->appointment.id).isEmpty());
    for (const NotificationRequest &n : pending(booked->appointment.id))
        QCOMPARE(n.recipientPatientId, holder);
    // A relative holds no relatives; the holder cannot become one.
    const QString third = addPatient(u"Dubois"_s, QString(), QString());
    QCOMPARE(PatientService::linkRelative(desk, third, spouse, u"child"_s).error().rule, u"holder.nested"_s);
    QCOMPARE(PatientService::linkRelative(desk, holder, third, u"child"_s).error().rule, u"holder.nested"_s);
    auto unlinked = PatientService::unlinkRelative(desk, spouse, u"Divorce"_s);
    QVERIFY(unlinked);
    QVERIFY(unlinked->holderId.isEmpty());
    QVERIFY(pending(booked->appointment.id).isEmpty());
    QCOMPARE(PatientService::unlinkRelative(desk, spouse, QString()).error().rule, u"holder.none"_s);
    AuditFilter filter;
    filter.patientId = spouse;
    auto audit = AuditLog::query(m_t->db(), filter);
    QStringList actions;
    for (const AuditEntry &e : *audit)
        actions << e.action;
    QVERIFY(actions.contains(u"patient.link-relative"_s));
    QVERIFY(actions.contains(u"patient.unlink-relative"_s));
}

QTEST_GUILESS_MAIN(TestDesk)
#include "tst_desk.moc"
