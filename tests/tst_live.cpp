// Several desks, one live practice (issue 19): desks linked to the test peer through LiveSync
// (each with its own connection to its database, as the desktop's sync thread), changes seen on
// the others as they happen, every message once, a cut socket recovered, the headless desk.
#include "core/access/session.h"
#include "core/agenda/appointmentservice.h"
#include "core/agenda/waitinglist.h"
#include "core/base/uuid.h"
#include "core/identity/patientservice.h"
#include "core/store/appointmentrepository.h"
#include "core/store/changejournal.h"
#include "core/store/database.h"
#include "core/store/notificationrepository.h"
#include "core/store/practicerepository.h"
#include "core/sync/fhirclient.h"
#include "core/sync/fhirmapping.h"
#include "core/sync/housekeeping.h"
#include "core/sync/livesync.h"
#include "core/sync/syncconflicts.h"
#include "core/sync/syncengine.h"
#include "core/sync/syncsettings.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guichet;
using namespace guichet::test;

namespace {

QString baseOf(int port)
{
    return u"http://127.0.0.1:%1/fhir/"_s.arg(port);
}

// One desk: its database, a second connection and the live link on it.
struct Desk
{
    explicit Desk(NodeServer &server, LiveSync::Options options = {})
        : client(server.base(), server.tokens())
    {
        connection = std::move(Database::open(t.path()).value());
        live = std::make_unique<LiveSync>(*connection, client, t.clock(), options);
        events = std::make_unique<QSignalSpy>(live.get(), &LiveSync::event);
    }

    // Waits (on the signal) for an event of this kind after the `from`-th one; its details.
    std::optional<QJsonObject> waitFor(const QString &kind, int timeoutMs = 15000)
    {
        QElapsedTimer clock;
        clock.start();
        while (true) {
            for (; seen < events->size(); ++seen) {
                if (events->at(seen).at(0).toString() == kind)
                    return events->at(seen++).at(1).toJsonObject();
            }
            const qint64 left = timeoutMs - clock.elapsed();
            if (left <= 0 || !events->wait(int(left)))
                return std::nullopt;
        }
    }

    TempDatabase t;
    FhirClient client;
    std::unique_ptr<Database> connection;
    std::unique_ptr<LiveSync> live;
    std::unique_ptr<QSignalSpy> events;
    int seen = 0;
};

int count(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto r = db.exec(sql, values);
    return r && r->next() ? r->value(0).toInt() : -1;
}

} // namespace

class TestLive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void threeDesksOnePractice();
    void sameSlotOnTwoDesksIsRaisedOnBoth();
    void socketCutRecoversWithNothingLost();
    void serverWithoutSubscriptionsIsPolled();
    void headlessDeskStopsCleanly();
    void housekeepingOneProcessAtATime();
    void waitingListWithoutACentralAgenda();

private:
    QString addPatient(TempDatabase &t, const QString &name, const QString &email = {});
    QString serverId(Database &db, const QString &type, const QString &local);
    std::unique_ptr<NodeServer> m_peer;
    std::unique_ptr<FhirClient> m_portal;
};

void TestLive::initTestCase()
{
    m_peer =
        std::make_unique<NodeServer>(QStringList{u"server.mjs"_s, u"--port"_s, u"0"_s, u"--heartbeat-ms"_s, u"500"_s});
    QVERIFY2(m_peer->port() > 0, qPrintable(u"the FHIR peer did not start: "_s + m_peer->errors()));
    m_portal = std::make_unique<FhirClient>(m_peer->base(), m_peer->tokens());
}

void TestLive::init()
{
    QCOMPARE(m_portal->create(u"../$reset"_s, QJsonObject{}, {}).status, 200);
}

void TestLive::cleanup()
{
    // Every resource the desks sent met the table of tests/fhir-peer/conformance.mjs.
    const FhirResponse r = m_portal->create(u"../$findings"_s, QJsonObject{}, {});
    QCOMPARE(r.status, 200);
    const QJsonArray findings = r.json.value(u"findings"_s).toArray();
    QVERIFY2(findings.isEmpty(), qPrintable(QString::fromUtf8(QJsonDocument(findings).toJson())));
}

QString TestLive::addPatient(TempDatabase &t, const QString &name, const QString &email)
{
    PatientInput in;
    in.birthName = name;
    in.firstNames = u"Claire"_s;
    in.birthDate = u"1984-05-06"_s;
    in.sex = u"female"_s;
    in.phones = {u"+32470123456"_s};
    in.email = email;
    auto p = PatientService::add(t.session(), in);
    return p ? p->id : QString();
}

QString TestLive::serverId(Database &db, const QString &type, const QString &local)
{
    auto r = db.exec(u"SELECT server_id FROM sync_links WHERE resource_type = ? AND local_id = ?"_s, {type, local});
    return r && r->next() ? r->value(0).toString() : QString();
}

void TestLive::threeDesksOnePractice()
{
    Desk a(*m_peer), b(*m_peer), c(*m_peer);
    const MiniPractice p = addMiniPractice(a.t.db());
    const QString claire = addPatient(a.t, u"Lambert"_s, u"claire@example.be"_s);
    for (Desk *d : {&a, &b, &c}) {
        d->live->start();
        QVERIFY2(d->waitFor(u"subscribed"_s), "a desk did not subscribe");
    }
    // The practice uploaded by A reached B and C when they started.
    QVERIFY(count(b.t.db(), u"SELECT count(*) FROM patients WHERE id = ?"_s, {claire}) == 1
            || b.waitFor(u"received"_s));
    QCOMPARE(count(c.t.db(), u"SELECT count(*) FROM practitioners WHERE id = ?"_s, {p.practitionerId}), 1);

    // A books (its own connection, as the desktop's views): pushed at once, seen on B and C.
    AppointmentDraft d;
    d.patientId = claire;
    d.practitionerId = p.practitionerId;
    d.motifId = p.consultationId;
    d.start = QDateTime(QDate(2026, 12, 10), QTime(9, 0), QTimeZone::utc());
    auto booked = AppointmentService::book(a.t.session(), d);
    QVERIFY(booked.ok());
    const QString id = booked->appointment.id;
    QVERIFY(a.waitFor(u"pushed"_s));
    for (Desk *other : {&b, &c}) {
        while (count(other->t.db(), u"SELECT count(*) FROM appointments WHERE id = ?"_s, {id}) != 1)
            QVERIFY2(other->waitFor(u"received"_s), "the booking did not reach another desk");
    }
    // The patient arrives, marked on B: A (the practitioner's room) sees it.
    QVERIFY(AppointmentService::changeStatus(b.t.session(), id, AppointmentStatus::Arrived, QString()).ok());
    QStringList named; // the views re-read only the appointments the events name
    while (AppointmentRepository(a.t.db()).byId(id)->status != AppointmentStatus::Arrived) {
        const auto received = a.waitFor(u"received"_s);
        QVERIFY2(received, "the arrival did not reach the practitioner's desk");
        for (const auto &v : received->value(u"appointments"_s).toArray())
            named << v.toString();
    }
    QVERIFY2(named.contains(id), "the received event does not name the appointment");

    // An online booking: every desk plans its messages, each is on the server once.
    auto participant = [](const QString &reference) {
        return QJsonObject{{u"actor"_s, QJsonObject{{u"reference"_s, reference}}}, {u"status"_s, u"accepted"_s}};
    };
    const QJsonObject online{
        {u"resourceType"_s, u"Appointment"_s},
        {u"status"_s, u"booked"_s},
        {u"start"_s, u"2026-12-14T10:00:00Z"_s},
        {u"end"_s, u"2026-12-14T10:15:00Z"_s},
        {u"participant"_s,
         QJsonArray{participant(u"Patient/"_s + serverId(a.t.db(), u"Patient"_s, claire)),
                    participant(u"Practitioner/"_s + serverId(a.t.db(), u"Practitioner"_s, p.practitionerId))}}};
    const FhirResponse created = m_portal->create(u"Appointment"_s, online, {});
    QCOMPARE(created.status, 201);
    const QString onlineServer = FhirMapping::serverId(created.json);
    auto planned = [&](Desk &desk) {
        return count(desk.t.db(),
                     u"SELECT count(*) FROM notification_requests n JOIN appointments a ON a.id = n.appointment_id "
                     "WHERE a.server_id = ? AND n.state = 'pending'"_s,
                     {onlineServer});
    };
    for (Desk *desk : {&a, &b, &c}) {
        while (planned(*desk) == 0)
            QVERIFY2(desk->waitFor(u"received"_s), "the online booking did not reach a desk");
    }
    const int messages = planned(a);
    QVERIFY(messages >= 2); // the confirmation e-mail, the reminders
    QCOMPARE(planned(b), messages);
    QCOMPARE(planned(c), messages);
    // Each desk pushes its plan: they meet on one CommunicationRequest per message.
    for (Desk *desk : {&a, &b, &c}) {
        SyncReport r;
        desk->live->engine().pushMessages(r);
        QVERIFY(!r.serverError && !r.offline);
    }
    const FhirResponse onServer = m_portal->get(u"CommunicationRequest?_count=500"_s);
    int aboutOnline = 0;
    for (const QJsonValue &e : onServer.json.value(u"entry"_s).toArray()) {
        const QString about = e[u"resource"_s][u"about"_s][0][u"reference"_s].toString();
        aboutOnline += about == u"Appointment/"_s + onlineServer;
    }
    QCOMPARE(aboutOnline, messages);
}

void TestLive::sameSlotOnTwoDesksIsRaisedOnBoth()
{
    Desk a(*m_peer), b(*m_peer);
    const MiniPractice p = addMiniPractice(a.t.db());
    const QString claire = addPatient(a.t, u"Lambert"_s);
    const QString marc = addPatient(a.t, u"Dubois"_s);
    a.live->start();
    QVERIFY(a.waitFor(u"subscribed"_s));
    b.live->start();
    QVERIFY(b.waitFor(u"subscribed"_s));
    // Both desks give 10:00 within the same second, before either hears of the other.
    a.live->stop();
    b.live->stop();
    AppointmentDraft d;
    d.practitionerId = p.practitionerId;
    d.motifId = p.consultationId;
    d.start = QDateTime(QDate(2026, 12, 11), QTime(10, 0), QTimeZone::utc());
    d.patientId = claire;
    QVERIFY(AppointmentService::book(a.t.session(), d).ok());
    d.patientId = marc;
    QVERIFY(AppointmentService::book(b.t.session(), d).ok());
    a.live->start();
    b.live->start();
    QVERIFY2(a.waitFor(u"conflict"_s) || SyncConflicts::openCount(a.t.db()) > 0, "desk A was not told");
    while (SyncConflicts::openCount(b.t.db()) == 0)
        QVERIFY2(b.waitFor(u"conflict"_s) || b.waitFor(u"received"_s), "desk B was not told");
    QVERIFY(SyncConflicts::openCount(a.t.db()) > 0);
    QVERIFY(SyncConflicts::openCount(b.t.db()) > 0);
}

void TestLive::socketCutRecoversWithNothingLost()
{
    Desk a(*m_peer), b(*m_peer);
    const MiniPractice p = addMiniPractice(a.t.db());
    const QString claire = addPatient(a.t, u"Lambert"_s);
    a.live->start();
    QVERIFY(a.waitFor(u"subscribed"_s));
    b.live->start();
    QVERIFY(b.waitFor(u"subscribed"_s));
    // The sockets are cut: both desks see it, make new subscriptions and bind again.
    QCOMPARE(m_portal->create(u"../$drop-sockets"_s, QJsonObject{}, {}).status, 200);
    QVERIFY(a.waitFor(u"offline"_s));
    QVERIFY(b.waitFor(u"offline"_s));
    // A change made on the server meanwhile (nobody bound to hear it) is caught up.
    QJsonObject patient = m_portal->get(u"Patient/"_s + serverId(a.t.db(), u"Patient"_s, claire)).json;
    patient.insert(u"telecom"_s,
                   QJsonArray{QJsonObject{{u"system"_s, u"email"_s}, {u"value"_s, u"claire.l@example.be"_s}}});
    QVERIFY(m_portal->update(u"Patient"_s, patient.value(u"id"_s).toString(), patient, {}).ok());
    QVERIFY(b.waitFor(u"subscribed"_s));
    QVERIFY(a.waitFor(u"subscribed"_s));
    auto emailOn = [&](Desk &d) {
        auto r = d.t.db().exec(u"SELECT email FROM patients WHERE id = ?"_s, {claire});
        return r && r->next() ? r->value(0).toString() : QString();
    };
    while (emailOn(b) != u"claire.l@example.be"_s)
        QVERIFY2(b.waitFor(u"received"_s), "the change made while cut was not caught up");
    // And the live link works again.
    AppointmentDraft d;
    d.patientId = claire;
    d.practitionerId = p.practitionerId;
    d.motifId = p.consultationId;
    d.start = QDateTime(QDate(2026, 12, 10), QTime(11, 0), QTimeZone::utc());
    auto booked = AppointmentService::book(a.t.session(), d);
    QVERIFY(booked.ok());
    while (count(b.t.db(), u"SELECT count(*) FROM appointments WHERE id = ?"_s, {booked->appointment.id}) != 1)
        QVERIFY2(b.waitFor(u"received"_s), "nothing arrives after the reconnection");
    QCOMPARE(ChangeJournal::pendingCount(a.t.db()), 0);
    // The subscriptions of the cut sockets were deleted: the server holds one per type and desk.
    const QJsonObject all = m_portal->get(u"Subscription?_count=1000"_s).json;
    QCOMPARE(all.value(u"entry"_s).toArray().size(), 2 * SyncEngine::resourceTypes().size());
}

void TestLive::serverWithoutSubscriptionsIsPolled()
{
    NodeServer plain({u"server.mjs"_s, u"--port"_s, u"0"_s, u"--no-subscriptions"_s});
    QVERIFY(plain.port() > 0);
    LiveSync::Options fast;
    fast.pollMs = 300;
    Desk a(plain, fast), b(plain, fast);
    const MiniPractice p = addMiniPractice(a.t.db());
    const QString claire = addPatient(a.t, u"Lambert"_s);
    a.live->start();
    const auto polling = a.waitFor(u"polling"_s);
    QVERIFY(polling);
    QCOMPARE(polling->value(u"every_ms"_s).toInt(), 300);
    b.live->start();
    QVERIFY(b.waitFor(u"polling"_s));
    AppointmentDraft d;
    d.patientId = claire;
    d.practitionerId = p.practitionerId;
    d.motifId = p.consultationId;
    d.start = QDateTime(QDate(2026, 12, 10), QTime(14, 0), QTimeZone::utc());
    auto booked = AppointmentService::book(a.t.session(), d);
    QVERIFY(booked.ok());
    while (count(b.t.db(), u"SELECT count(*) FROM appointments WHERE id = ?"_s, {booked->appointment.id}) != 1)
        QVERIFY2(b.waitFor(u"received"_s), "the polling desk did not receive the booking");
}

void TestLive::headlessDeskStopsCleanly()
{
    TempDatabase t;
    addMiniPractice(t.db());
    QVERIFY(SyncSettings::setServer(t.session(), baseOf(m_peer->port()), QString()).ok());
    m_peer->signIn(t.session());
    signInCliAs(t.db(), t.dir());
    QProcess desk;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GUICHET_DB"_s, t.path());
    desk.setProcessEnvironment(env);
    desk.start(QStringLiteral(GUICHET_CLI), {u"sync"_s, u"--live"_s});
    QVERIFY(desk.waitForStarted(10000));
    QByteArray out;
    QSignalSpy ready(&desk, &QProcess::readyReadStandardOutput);
    while (!out.contains("\"subscribed\"")) {
        if (desk.bytesAvailable() == 0 && !ready.wait(20000))
            QFAIL(qPrintable(u"no subscribed line: "_s + QString::fromUtf8(out + desk.readAllStandardError())));
        out += desk.readAllStandardOutput();
    }
    // Every line is one JSON object with its event.
    for (const QByteArray &line : out.trimmed().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QVERIFY2(!o.value(u"event"_s).toString().isEmpty(), line.constData());
    }
    desk.terminate(); // SIGTERM
    QVERIFY(desk.waitForFinished(10000));
    QCOMPARE(desk.exitStatus(), QProcess::NormalExit);
    QCOMPARE(desk.exitCode(), 0);
    QVERIFY(desk.readAllStandardOutput().contains("\"stopped\""));
}

void TestLive::housekeepingOneProcessAtATime()
{
    TempDatabase t;
    addMiniPractice(t.db());
    const QDateTime now = t.clock().now();
    // The desktop holds the waiting list's lease: a headless desk on the same database waits.
    QVERIFY(*Housekeeping::take(t.db(), u"waitlist"_s, u"desktop:1"_s, now));
    QVERIFY(!*Housekeeping::take(t.db(), u"waitlist"_s, u"live:2"_s, now));
    QVERIFY(*Housekeeping::take(t.db(), u"waitlist"_s, u"desktop:1"_s, now)); // its own, renewed
    const HousekeepingReport held = Housekeeping::run(t.db(), now, u"live:2"_s);
    QCOMPARE(held.skipped, QStringList{u"waitlist"_s});
    QCOMPARE(held.ran, (QStringList{u"reminders"_s, u"documents"_s, u"backup"_s}));
    QVERIFY2(held.log.isEmpty(), qPrintable(held.log.join(u'\n')));
    // Released, or expired after five minutes: the other one may.
    QVERIFY(Housekeeping::release(t.db(), u"waitlist"_s, u"desktop:1"_s).ok());
    QVERIFY(*Housekeeping::take(t.db(), u"waitlist"_s, u"live:2"_s, now));
    QVERIFY(*Housekeeping::take(t.db(), u"waitlist"_s, u"desktop:1"_s, now.addSecs(301)));
    // Everything runs when nobody else holds a piece; the leases are given back.
    QVERIFY(Housekeeping::release(t.db(), u"waitlist"_s, u"desktop:1"_s).ok());
    const HousekeepingReport all = Housekeeping::run(t.db(), now, u"desktop:1"_s);
    QCOMPARE(all.ran, (QStringList{u"reminders"_s, u"waitlist"_s, u"documents"_s, u"backup"_s}));
    QVERIFY(*Housekeeping::take(t.db(), u"reminders"_s, u"live:2"_s, now));
}

void TestLive::waitingListWithoutACentralAgenda()
{
    // No central agenda: the housekeeping alone finds the freed slot and makes the offer, which
    // the desk then phones (WaitingList::openOffers is its list).
    TempDatabase t;
    const MiniPractice p = addMiniPractice(t.db());
    QVERIFY(PracticeRepository(t.db()).insertAbsence(
        Absence{newUuid(), p.practitionerId, t.clock().now(), t.clock().now().addDays(15), u"Congé"_s}));
    const QString waiting = addPatient(t, u"Lambert"_s);
    AppointmentDraft d;
    d.practitionerId = p.practitionerId;
    d.motifId = p.consultationId;
    d.patientId = waiting;
    d.start = QDateTime(QDate(2027, 1, 11), QTime(9, 0), QTimeZone::utc());
    auto later = AppointmentService::book(t.session(), d);
    QVERIFY(later.ok());
    QVERIFY(WaitingList::join(t.session(), later->appointment.id).ok());
    d.patientId = addPatient(t, u"Peeters"_s);
    d.start = QDateTime(QDate(2026, 12, 9), QTime(9, 0), QTimeZone::utc());
    auto other = AppointmentService::book(t.session(), d);
    QVERIFY(other.ok());
    QVERIFY(!SyncSettings::server(t.db()));
    QVERIFY(AppointmentService::cancel(t.session(), other->appointment.id, CancelledBy::Patient, u"Guéri"_s).ok());
    t.clock().advance(11 * 60);
    const HousekeepingReport done = Housekeeping::run(t.db(), t.clock().now(), u"desktop:1"_s);
    QCOMPARE(done.offers, 1);
    auto toPhone = WaitingList::openOffers(t.db());
    QVERIFY(toPhone.ok());
    QCOMPARE(toPhone->size(), 1);
    QCOMPARE(toPhone->first().start, d.start);
    // A second desk process on the same database a moment later finds nothing more to do.
    QCOMPARE(Housekeeping::run(t.db(), t.clock().now(), u"live:2"_s).offers, 0);
}

QTEST_MAIN(TestLive)
#include "tst_live.moc"
