// live.propagation: three headless desks (guichet-cli sync --live) and the test peer on this
// machine; changes made on random desks (bookings, moves, arrivals, cancellations), each timed
// from its local commit to its presence in the two other desks' databases.
#include "core/access/session.h"
#include "core/agenda/appointmentservice.h"
#include "core/base/clock.h"
#include "core/base/uuid.h"
#include "core/identity/patientservice.h"
#include "core/store/appointmentrepository.h"
#include "core/store/database.h"
#include "core/store/practicerepository.h"
#include "core/sync/syncsettings.h"
#include "tests/bench/bench.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QString cliPath()
{
    const QString given = qEnvironmentVariable("GUICHET_CLI");
    if (!given.isEmpty())
        return given;
    return QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(u"../../app/guichet-cli"_s);
}

struct LiveDesk
{
    QString path;
    std::unique_ptr<Database> db; // the bench's own connection: changes and checks
    QProcess process;
    QByteArray out;

    bool waitFor(const QByteArray &event, int ms)
    {
        QElapsedTimer t;
        t.start();
        const QByteArray wanted = QByteArray("\"event\":\"") + event + '"';
        while (!out.contains(wanted)) {
            if (t.elapsed() > ms || process.state() != QProcess::Running)
                return false;
            process.waitForReadyRead(200);
            out += process.readAllStandardOutput();
        }
        return true;
    }
};

// The state a change leaves, as another desk's database shows it.
struct Expected
{
    QString id;
    AppointmentStatus status;
    QDateTime start;
};

bool shows(const Database &db, const Expected &e)
{
    auto a = AppointmentRepository(db).byId(e.id);
    return a && a->status == e.status && a->start == e.start;
}

} // namespace

int benchLivePropagation(const BenchOptions &options, const Clock &, QTextStream &out, QTextStream &err)
{
    const QString peerDir = qEnvironmentVariable("GUICHET_FHIR_PEER", QStringLiteral(GUICHET_PEER_DIR));
    if (!QFileInfo::exists(peerDir + u"/node_modules"_s) || !QFileInfo::exists(cliPath())) {
        err << "live.propagation needs the FHIR peer (npm ci in " << peerDir << ") and guichet-cli (" << cliPath()
            << ", or GUICHET_CLI)" << Qt::endl;
        return 1;
    }
    QProcess peer;
    peer.setWorkingDirectory(peerDir);
    peer.start(u"node"_s, {u"server.mjs"_s, u"--port"_s, u"0"_s});
    QByteArray listening;
    while (!listening.contains('\n') && peer.waitForReadyRead(60000))
        listening += peer.readAllStandardOutput();
    const int port = listening.startsWith("listening ") ? listening.mid(10).trimmed().toInt() : 0;
    if (port <= 0) {
        err << "the FHIR peer did not start" << Qt::endl;
        return 5;
    }
    const QString server = u"http://127.0.0.1:%1/fhir"_s.arg(port);
    QTemporaryDir dir;
    SystemClock clock;
    User admin;
    admin.login = u"bench"_s;
    admin.role = Role::Administrator;

    // Desk A: a practice with hours every day, 60 patients; B and C take it from the peer.
    std::array<LiveDesk, 3> desks;
    QString practitionerId, motifId;
    QStringList patients;
    for (int i = 0; i < 3; ++i) {
        desks[i].path = dir.filePath(u"desk-%1.db"_s.arg(i));
        auto db = Database::open(desks[i].path);
        if (!db) {
            err << db.error().message << Qt::endl;
            return 5;
        }
        desks[i].db = std::move(db).value();
        // Signed in as the peer's test client (client credentials, into the keychain).
        const Session session(*desks[i].db, clock, admin);
        (void)SyncSettings::setServer(session, server);
        if (auto ok = SyncSettings::signInWithClient(session, u"guichet-tests"_s, "tests-secret"); !ok) {
            err << "signing in to the FHIR peer failed (live.propagation needs a keychain): " << ok.error().message
                << Qt::endl;
            return 5;
        }
    }
    {
        const Session session(*desks[0].db, clock, admin);
        PracticeRepository practice(*desks[0].db);
        Site site;
        site.id = newUuid();
        site.name = u"Cabinet"_s;
        (void)practice.insertSite(site);
        Practitioner p;
        p.id = newUuid();
        p.lastName = u"Peeters"_s;
        p.specialty = u"general-practice"_s;
        p.siteId = site.id;
        (void)practice.insertPractitioner(p);
        practitionerId = p.id;
        Motif m;
        m.id = newUuid();
        m.practitionerId = p.id;
        m.label = u"Consultation"_s;
        (void)practice.insertMotif(m);
        motifId = m.id;
        for (int day = 1; day <= 7; ++day) {
            OpeningRange r;
            r.id = newUuid();
            r.practitionerId = p.id;
            r.siteId = site.id;
            r.weekday = day;
            r.start = QTime(0, 0);
            r.end = QTime(23, 59, 59);
            (void)practice.insertOpeningRange(r);
        }
        for (int i = 0; i < 60; ++i) {
            PatientInput in;
            in.birthName = u"Patient%1"_s.arg(QChar(u'A' + i % 26)) + QString(QChar(u'a' + i / 26));
            in.firstNames = u"Claire"_s;
            in.birthDate = u"1980-01-%1"_s.arg(1 + i % 28, 2, 10, QChar(u'0'));
            in.sex = u"female"_s;
            auto added = PatientService::add(session, in);
            if (added)
                patients << added->id;
        }
    }
    // The first exchanges (not measured): A uploads, B and C receive.
    for (LiveDesk &d : desks) {
        QProcess once;
        once.setProcessEnvironment([&] {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"GUICHET_DB"_s, d.path);
            return env;
        }());
        once.start(cliPath(), {u"sync"_s, u"--once"_s});
        once.waitForFinished(300000);
    }
    for (LiveDesk &d : desks) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GUICHET_DB"_s, d.path);
        d.process.setProcessEnvironment(env);
        d.process.start(cliPath(), {u"sync"_s, u"--live"_s});
        if (!d.process.waitForStarted(20000) || !d.waitFor("subscribed", 60000)) {
            err << "a desk did not go live: " << d.out << d.process.readAllStandardError() << Qt::endl;
            return 5;
        }
    }

    const int changes = qBound(10, options.repetitions, 1000);
    QRandomGenerator random(18);
    QList<Expected> known; // appointments every desk has
    QList<double> delays;
    QHash<QString, int> kinds;
    const QDateTime base = QDateTime(clock.now().toUTC().date().addDays(2), QTime(6, 0), QTimeZone::utc());
    int slot = 0;
    for (int i = 0; i < changes; ++i) {
        const int at = int(random.bounded(3));
        const Session session(*desks[at].db, clock, admin);
        // Bookings until there are some, then a mix of the four changes.
        const int kind = known.size() < 5 ? 0 : int(random.bounded(4));
        Expected e;
        QElapsedTimer committed;
        if (kind == 0 || known.isEmpty()) {
            AppointmentDraft d;
            d.patientId = patients.at(int(random.bounded(patients.size())));
            d.practitionerId = practitionerId;
            d.motifId = motifId;
            d.start = base.addSecs(qint64(slot++) * 15 * 60);
            auto booked = AppointmentService::book(session, d);
            committed.start();
            if (!booked) {
                err << booked.error().message << Qt::endl;
                continue;
            }
            e = {booked->appointment.id, AppointmentStatus::Booked, booked->appointment.start};
            known << e;
            ++kinds[u"book"_s];
        } else {
            const int index = int(random.bounded(known.size()));
            Expected &k = known[index];
            Result<Appointment> done = Error::invalid(QString());
            QString what;
            if (kind == 1) {
                auto moved = AppointmentService::move(session, k.id, base.addSecs(qint64(slot++) * 15 * 60));
                done = moved ? Result<Appointment>(moved->appointment) : Result<Appointment>(moved.error());
                what = u"move"_s;
            } else if (kind == 2) {
                done = AppointmentService::changeStatus(session, k.id, AppointmentStatus::Arrived, QString());
                what = u"arrival"_s;
            } else {
                done = AppointmentService::cancel(session, k.id, CancelledBy::Practice, u"bench"_s);
                what = u"cancellation"_s;
            }
            committed.start();
            if (!done) {
                --i; // not a change: another one instead
                continue;
            }
            k.status = done->status;
            k.start = done->start;
            e = k;
            if (done->status != AppointmentStatus::Booked)
                known.removeAt(index); // no further change on it
            ++kinds[what];
        }
        // Until both other desks show it: each is looked at when it reports what it received.
        QList<int> pending;
        for (int other = 0; other < 3; ++other)
            if (other != at)
                pending << other;
        QEventLoop loop;
        QList<QMetaObject::Connection> links;
        auto check = [&] {
            for (qsizetype j = pending.size() - 1; j >= 0; --j) {
                LiveDesk &d = desks[pending.at(j)];
                d.out += d.process.readAllStandardOutput();
                if (shows(*d.db, e)) {
                    delays << double(committed.nsecsElapsed()) / 1e6;
                    pending.removeAt(j);
                }
            }
            if (pending.isEmpty())
                loop.quit();
        };
        for (int other : std::as_const(pending))
            links << QObject::connect(&desks[other].process, &QProcess::readyReadStandardOutput, &loop, check);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        check();
        if (!pending.isEmpty())
            loop.exec();
        for (const auto &l : std::as_const(links))
            QObject::disconnect(l);
        desks[at].out += desks[at].process.readAllStandardOutput();
        for (qsizetype j = 0; j < pending.size(); ++j)
            delays << 30000.0; // not there after 30 s: counted as such
    }
    for (LiveDesk &d : desks) {
        d.process.terminate();
        d.process.waitForFinished(10000);
    }
    peer.terminate();
    peer.waitForFinished(10000);
    const Percentiles p = percentiles(delays);
    QJsonObject kindCounts;
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        kindCounts.insert(it.key(), it.value());
    out << QJsonDocument(QJsonObject{{u"bench"_s, u"live.propagation"_s},
                                     {u"n"_s, changes},
                                     {u"desks"_s, 3},
                                     {u"samples"_s, int(delays.size())},
                                     {u"p50_ms"_s, p.p50},
                                     {u"p95_ms"_s, p.p95},
                                     {u"max_ms"_s, p.max},
                                     {u"changes"_s, kindCounts}})
               .toJson(QJsonDocument::Compact)
        << Qt::endl;
    return 0;
}

} // namespace guichet
