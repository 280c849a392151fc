#include "core/reminders/reminderservice.h"

#include "core/access/session.h"
#include "core/base/timeutil.h"
#include "core/base/uuid.h"
#include "core/store/appointmentrepository.h"
#include "core/store/database.h"
#include "core/store/notificationrepository.h"
#include "core/store/patientrepository.h"
#include "core/store/practicerepository.h"
#include "core/store/practicesettings.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

// Planning many appointments reads the same practice rows again and again.
class Cache
{
public:
    explicit Cache(const Database &db)
        : m_db(db)
    {}

    ReminderPlanner planner() const
    {
        return ReminderPlanner(ReminderService::rules(m_db), MessageTemplates::load(m_db));
    }

    Site site(const QString &id)
    {
        if (!m_sites.contains(id)) {
            auto s = PracticeRepository(m_db).site(id);
            if (!s) {
                const QList<Site> all = PracticeRepository(m_db).sites();
                m_sites.insert(id, all.isEmpty() ? Site{} : all.first());
            } else {
                m_sites.insert(id, *s);
            }
        }
        return m_sites.value(id);
    }
    std::optional<Motif> motif(const QString &id)
    {
        if (id.isEmpty())
            return std::nullopt;
        if (!m_motifs.contains(id)) {
            auto m = PracticeRepository(m_db).motif(id);
            m_motifs.insert(id, m ? std::optional<Motif>(*m) : std::nullopt);
        }
        return m_motifs.value(id);
    }
    std::optional<Practitioner> practitioner(const QString &id)
    {
        if (!m_practitioners.contains(id)) {
            auto p = PracticeRepository(m_db).practitioner(id);
            m_practitioners.insert(id, p ? std::optional<Practitioner>(*p) : std::nullopt);
        }
        return m_practitioners.value(id);
    }

private:
    const Database &m_db;
    QHash<QString, Site> m_sites;
    QHash<QString, std::optional<Motif>> m_motifs;
    QHash<QString, std::optional<Practitioner>> m_practitioners;
};

Result<PlanInput> loadInput(const Database &db, Cache &cache, const Appointment &a)
{
    PlanInput in;
    in.appointment = a;
    auto history = AppointmentRepository(db).history(a.id);
    if (!history)
        return history.error();
    in.history = *history;
    PatientRepository patients(db);
    auto patient = patients.byId(a.patientId);
    if (!patient)
        return patient.error();
    in.patient = *patient;
    if (!in.patient.holderId.isEmpty() && in.patient.holderId != in.patient.id)
        if (auto holder = patients.byId(in.patient.holderId))
            in.holder = *holder;
    in.motif = cache.motif(a.motifId);
    in.practitioner = cache.practitioner(a.practitionerId);
    in.site = cache.site(a.siteId);
    return in;
}

Result<ReplanReport> reconcile(const Database &db, Cache &cache, const ReminderPlanner &planner, const Appointment &a,
                               const QDateTime &now)
{
    auto in = loadInput(db, cache, a);
    if (!in)
        return in.error();
    // Another desk plans this appointment's messages: here they are only withdrawn.
    bool withdrawOnly = false;
    {
        auto owner = db.lookup(u"SELECT plans_messages FROM appointments WHERE id = ?"_s, {a.id});
        if (!owner)
            return owner.error();
        withdrawOnly = owner->next() && owner->value(0).toInt() == 0;
    }
    const QDateTime tooLate = now.addSecs(-qint64(ReminderService::GraceMinutes) * 60);
    in->renderFrom = tooLate;
    QList<PlannedMessage> wanted = planner.plan(*in);
    const QStringList kinds = ReminderPlanner::appointmentKinds();
    NotificationRepository repository(db);
    ReplanReport report;
    QList<bool> matched(wanted.size(), false);
    for (const NotificationRequest &e : repository.forAppointment(a.id)) {
        if (!kinds.contains(e.kind) || e.state == u"revoked"_s)
            continue;
        PlannedMessage same;
        same.kind = e.kind;
        same.channel = e.channel;
        same.recipient = e.recipient;
        same.recipientPatientId = e.recipientPatientId;
        same.due = e.due;
        const QString identity = same.identity();
        qsizetype found = -1;
        for (qsizetype i = 0; i < wanted.size(); ++i)
            if (!matched.at(i) && wanted.at(i).identity() == identity
                && (e.state == u"sent"_s || wanted.at(i).body.isNull() || wanted.at(i).body == e.body)) {
                found = i;
                break;
            }
        if (found >= 0) {
            matched[found] = true;
            ++report.kept;
        } else if (e.state == u"pending"_s) {
            if (auto ok = repository.revoke(e.id); !ok)
                return ok.error();
            ++report.revoked;
        }
    }
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const PlannedMessage &m = wanted.at(i);
        if (matched.at(i) || m.due < tooLate || withdrawOnly)
            continue;
        if (auto ok = ReminderService::record(db, m, now); !ok)
            return ok.error();
        ++report.created;
    }
    return report;
}

Result<ReplanReport> reconcileAll(const Database &db, const QList<Appointment> &appointments, const QDateTime &now)
{
    ReplanReport total;
    if (appointments.isEmpty())
        return total;
    Cache cache(db);
    const ReminderPlanner planner = cache.planner();
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    for (const Appointment &a : appointments) {
        auto r = reconcile(db, cache, planner, a, now);
        if (!r)
            return r.error();
        total += *r;
    }
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return total;
}

} // namespace

ReminderRules ReminderService::rules(const Database &db)
{
    const PracticeSettings settings(db);
    ReminderRules r;
    r.enabled = settings.remindersEnabled();
    r.smsMotifAllowed = settings.smsMotifAllowed();
    r.changeSms = settings.changeSms();
    r.noticeDelayMinutes = settings.noticeDelayMinutes();
    return r;
}

Result<PlanInput> ReminderService::input(const Database &db, const QString &appointmentId)
{
    auto a = AppointmentRepository(db).byId(appointmentId);
    if (!a)
        return a.error();
    Cache cache(db);
    return loadInput(db, cache, *a);
}

bool ReminderService::plansReceivedChanges(const Database &db)
{
    return db.setting(u"sync.plan_received"_s, u"1"_s) != u"0"_s;
}

Result<ReplanReport> ReminderService::replan(const Database &db, const QString &appointmentId, const QDateTime &now)
{
    auto a = AppointmentRepository(db).byId(appointmentId);
    if (!a)
        return a.error();
    return reconcileAll(db, {*a}, now);
}

Result<ReplanReport> ReminderService::replanMany(const Database &db, const QStringList &appointmentIds,
                                                 const QDateTime &now)
{
    QList<Appointment> appointments;
    AppointmentRepository repository(db);
    QSet<QString> done;
    for (const QString &id : appointmentIds) {
        if (done.contains(id))
            continue;
        done.insert(id);
        auto a = repository.byId(id);
        if (a)
            appointments << *a;
        else if (a.error().code != ErrorCode::NotFound)
            return a.error();
    }
    return reconcileAll(db, appointments, now);
}

Result<ReplanReport> ReminderService::replanPatient(const Database &db, const QString &patientId, const QDateTime &now)
{
    QStringList ids{patientId};
    for (const Patient &relative : PatientRepository(db).relativesOf(patientId))
        ids << relative.id;
    QList<Appointment> appointments;
    AppointmentRepository repository(db);
    for (const QString &id : std::as_const(ids)) {
        auto r = db.exec(u"SELECT id FROM appointments WHERE patient_id = ? AND start_utc >= ?"_s,
                         {id, toStored(now.addDays(-1))});
        while (r && r->next())
            if (auto a = repository.byId(r->value(0).toString()))
                appointments << *a;
    }
    return reconcileAll(db, appointments, now);
}

Result<ReplanReport> ReminderService::replanPractitioner(const Database &db, const QString &practitionerId,
                                                         const QDateTime &now)
{
    auto inRange = AppointmentRepository(db).inRange(now.addDays(-1), now.addYears(5), {practitionerId});
    if (!inRange)
        return inRange.error();
    return reconcileAll(db, *inRange, now);
}

Result<ReplanReport> ReminderService::replanFuture(const Database &db, const QDateTime &now)
{
    return replanRange(db, now.addDays(-1), now.addYears(5), now);
}

Result<ReplanReport> ReminderService::replanRange(const Database &db, const QDateTime &from, const QDateTime &to,
                                                  const QDateTime &now)
{
    // In short transactions (unless the caller holds one): a desk's booking never waits long
    // on a sweep of thousands of appointments (5 s busy timeout).
    auto inRange = AppointmentRepository(db).inRange(from, to);
    if (!inRange)
        return inRange.error();
    const QList<Appointment> &appointments = *inRange;
    ReplanReport report;
    constexpr qsizetype kChunk = 100;
    for (qsizetype i = 0; i < appointments.size(); i += kChunk) {
        auto part = reconcileAll(db, appointments.mid(i, kChunk), now);
        if (!part)
            return part;
        report += *part;
    }
    return report;
}

Result<ReplanReport> ReminderService::sweep(const Database &db, const QDateTime &now)
{
    const QString last = db.setting(u"sync.reminders_sweep"_s);
    if (!last.isEmpty()) {
        const QDateTime at = fromStored(last.toLongLong());
        if (at <= now && at.secsTo(now) < 3600)
            return ReplanReport{};
    }
    auto report = replanRange(db, now.addSecs(-3600), now.addDays(15), now);
    if (!report)
        return report;
    if (auto ok = db.setSetting(u"sync.reminders_sweep"_s, QString::number(toStored(now))); !ok)
        return ok.error();
    return report;
}

Result<std::optional<NotificationRequest>> ReminderService::documentNotice(const Database &db, const QString &patientId,
                                                                           const QString &appointmentId,
                                                                           const QDateTime &now)
{
    PatientRepository patients(db);
    auto patient = patients.byId(patientId);
    if (!patient)
        return patient.error();
    std::optional<Patient> holder;
    if (!patient->holderId.isEmpty())
        if (auto h = patients.byId(patient->holderId))
            holder = *h;
    const ReminderRules r = rules(db);
    const auto one = ReminderPlanner::singleNotice(ReminderPlanner::recipients(*patient, holder, now.date()));
    if (!r.enabled || !one)
        return std::optional<NotificationRequest>{};
    Cache cache(db);
    PlanInput in;
    in.patient = *patient;
    in.holder = holder;
    if (!appointmentId.isEmpty())
        if (auto a = AppointmentRepository(db).byId(appointmentId)) {
            in.appointment = *a;
            in.practitioner = cache.practitioner(a->practitionerId);
            in.motif = cache.motif(a->motifId);
        }
    in.site = cache.site(in.appointment.siteId);
    PlannedMessage m;
    m.kind = u"document-notice"_s;
    m.channel = one->first;
    m.recipient = one->second.address;
    m.recipientPatientId = one->second.patientId;
    m.patientId = patientId;
    m.appointmentId = appointmentId;
    m.language = MessageTemplates::languages().contains(one->second.language) ? one->second.language : u"fr"_s;
    m.due = now;
    m.body = cache.planner().render(m.kind, m.channel, m.language, in,
                                    in.appointment.start.isValid() ? in.appointment.start : now);
    auto n = record(db, m, now);
    if (!n)
        return n.error();
    return std::optional<NotificationRequest>(*n);
}

Result<NotificationRequest> ReminderService::record(const Database &db, const PlannedMessage &m, const QDateTime &now)
{
    NotificationRequest n;
    n.id = newUuid();
    n.patientId = m.patientId;
    n.appointmentId = m.appointmentId;
    n.kind = m.kind;
    n.channel = m.channel;
    n.recipient = m.recipient;
    n.recipientPatientId = m.recipientPatientId;
    n.due = m.due;
    n.createdAt = now;
    n.body = m.body;
    n.language = m.language;
    n.offerId = m.offerId;
    if (auto ok = NotificationRepository(db).insert(n); !ok)
        return ok.error();
    return n;
}

Result<ReplanReport> ReminderService::replanRange(const Session &session, const QDateTime &from, const QDateTime &to)
{
    if (auto ok = session.require(Right::Book); !ok)
        return ok.error();
    return replanRange(session.database(), from, to, session.now());
}

} // namespace guichet
