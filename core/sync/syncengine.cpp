#include "core/access/session.h"
#include "core/agenda/appointmentservice.h"
#include "core/agenda/noshowpolicy.h"
#include "core/agenda/waitinglist.h"
#include "core/base/clock.h"
#include "core/base/timeutil.h"
#include "core/base/uuid.h"
#include "core/documents/documentvault.h"
#include "core/reminders/reminderservice.h"
#include "core/store/appointmentrepository.h"
#include "core/store/auditlog.h"
#include "core/store/changejournal.h"
#include "core/store/database.h"
#include "core/store/notificationrepository.h"
#include "core/store/patientrepository.h"
#include "core/store/practicerepository.h"
#include "core/sync/fhirclient.h"
#include "core/sync/fhirmapping.h"
#include "core/sync/syncengine_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QUrlQuery>

#include <optional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSync, "guichet.sync")

namespace guichet {

using namespace syncdetail;

namespace {

constexpr int kMaxDepth = 4;
constexpr int kPermanentFailuresBeforeParking = 3; // refused by the server (4xx)
constexpr int kTransientFailuresBeforeParking = 12; // server errors (5xx, malformed answers)

QDateTime backoff(const QDateTime &now, int attempts)
{
    const qint64 secs = qMin<qint64>(3600, qint64(15) << qMin(attempts, 8));
    return now.addSecs(secs);
}

} // namespace

syncdetail::ThreeWay syncdetail::compare(const QJsonObject &base, const QJsonObject &local, const QJsonObject &remote)
{
    ThreeWay out;
    for (auto it = remote.constBegin(); it != remote.constEnd(); ++it) {
        const QString &key = it.key();
        const QJsonValue b = base.value(key);
        const QJsonValue l = local.value(key);
        const QJsonValue r = it.value();
        const bool localChanged = base.contains(key) ? l != b : false;
        const bool remoteChanged = base.contains(key) ? r != b : r != l;
        if (remoteChanged && localChanged && l != r)
            out.conflicting << key;
        else if (remoteChanged && !localChanged && l != r)
            out.remoteOnly.insert(key);
    }
    return out;
}

SyncEngine::SyncEngine(const Database &db, FhirClient &client, const Clock &clock)
    : m_db(db)
    , m_client(client)
    , m_clock(clock)
{
    const auto system = installationSystem(db);
    m_mapping = std::make_unique<FhirMapping>(system ? *system : u"urn:guichet:unknown"_s,
                                              [this](const QString &type, const QString &localId) {
                                                  const auto l = link(type, localId);
                                                  return l ? l->serverId : QString();
                                              });
}

SyncEngine::~SyncEngine() = default;

QStringList SyncEngine::resourceTypes()
{
    return {u"Location"_s,    u"Practitioner"_s, u"PractitionerRole"_s,  u"Patient"_s,
            u"Appointment"_s, u"Flag"_s,         u"DocumentReference"_s, u"CommunicationRequest"_s};
}

Result<QString> SyncEngine::installationSystem(const Database &db)
{
    QString id = db.setting(u"database.id"_s);
    if (id.isEmpty()) {
        id = newUuid();
        if (auto ok = db.setSetting(u"database.id"_s, id); !ok)
            return ok.error();
    }
    return QString(u"urn:guichet:"_s + id);
}

int SyncEngine::pendingCount(const Database &db)
{
    auto r = db.exec(u"SELECT count(*) FROM change_journal WHERE state = 'pending' "
                     "AND entity IN ('patient', 'appointment', 'booking-block', 'document', 'schedule', "
                     "'schedule-exception', 'absence')"_s);
    return r && r->next() ? r->value(0).toInt() : 0;
}

int SyncEngine::parkedCount(const Database &db)
{
    auto r = db.exec(u"SELECT count(*) FROM change_journal WHERE state = 'parked'"_s);
    return r && r->next() ? r->value(0).toInt() : 0;
}

int SyncEngine::openConflictCount(const Database &db)
{
    auto r = db.exec(u"SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL"_s);
    return r && r->next() ? r->value(0).toInt() : 0;
}

QList<SyncConflict> SyncEngine::conflicts(const Database &db, bool openOnly)
{
    QList<SyncConflict> out;
    auto r = db.exec(u"SELECT id, resource_type, local_id, kind, fields, local, remote, remote_version, other_id, "
                     "created_at, resolved_at, resolution FROM sync_conflicts "_s
                     + (openOnly ? u"WHERE resolved_at IS NULL "_s : QString()) + u"ORDER BY created_at, id"_s);
    if (!r)
        return out;
    while (r->next()) {
        SyncConflict c;
        c.id = r->value(0).toString();
        c.resourceType = r->value(1).toString();
        c.localId = r->value(2).toString();
        c.kind = r->value(3).toString();
        for (const auto &f : QJsonDocument::fromJson(r->value(4).toString().toUtf8()).array())
            c.fields << f.toString();
        c.local = parseObject(r->value(5).toString());
        c.remote = parseObject(r->value(6).toString());
        c.remoteVersion = r->value(7).toString();
        c.otherId = r->value(8).toString();
        c.createdAt = fromStored(r->value(9).toLongLong());
        if (!r->value(10).isNull())
            c.resolvedAt = fromStored(r->value(10).toLongLong());
        c.resolution = r->value(11).toString();
        out << c;
    }
    return out;
}

std::optional<SyncEngine::Link> SyncEngine::link(const QString &type, const QString &localId) const
{
    auto r = m_db.exec(u"SELECT server_id, version, shadow FROM sync_links WHERE resource_type = ? AND local_id = ?"_s,
                       {type, localId});
    if (!r || !r->next())
        return std::nullopt;
    return Link{r->value(0).toString(), r->value(1).toString(), parseObject(r->value(2).toString())};
}

QString SyncEngine::localIdOf(const QString &type, const QString &serverId) const
{
    auto r =
        m_db.exec(u"SELECT local_id FROM sync_links WHERE resource_type = ? AND server_id = ?"_s, {type, serverId});
    return r && r->next() ? r->value(0).toString() : QString();
}

Result<void> SyncEngine::saveLink(const QString &type, const QString &localId, const QString &serverId,
                                  const QString &version, const QJsonObject &shadow) const
{
    // A server id seen before under another local row (a lost link) moves to this one.
    if (auto r = m_db.exec(u"DELETE FROM sync_links WHERE resource_type = ? AND server_id = ? AND local_id <> ?"_s,
                           {type, serverId, localId});
        !r)
        return r.error();
    if (auto r = m_db.exec(u"INSERT INTO sync_links(resource_type, local_id, server_id, version, shadow, synced_at) "
                           "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(resource_type, local_id) DO UPDATE SET "
                           "server_id = excluded.server_id, version = excluded.version, shadow = excluded.shadow, "
                           "synced_at = excluded.synced_at"_s,
                           {type, localId, serverId, version, compact(shadow), toStored(m_clock.now())});
        !r)
        return r.error();
    const QString table = tableOf(type);
    if (!table.isEmpty())
        if (auto r = m_db.exec(u"UPDATE "_s + table + u" SET server_id = ?, version = ? WHERE id = ?"_s,
                               {serverId, version, localId});
            !r)
            return r.error();
    return {};
}

SyncReport SyncEngine::runOnce()
{
    SyncReport report;
    push(report);
    if (!report.offline)
        pull(report);
    // Bookings that escaped planning get their messages (paced: every hour).
    if (auto swept = ReminderService::sweep(m_db, m_clock.now()); !swept)
        report.log << tr("Messages not planned: %1").arg(swept.error().message);
    // Slots freed here or online are offered to the waiting list (paced: every 10 minutes).
    if (auto offered = WaitingList::run(m_db, m_clock.now()); !offered)
        report.log << tr("Waiting list not checked: %1").arg(offered.error().message);
    else if (offered->offers > 0)
        report.log << tr("%n waiting-list offer(s) made", nullptr, offered->offers);
    // What the pull merged into entities with pending changes goes up in the same run, and
    // the messages planned meanwhile.
    if (!report.offline && pendingCount(m_db) > 0)
        push(report);
    else if (!report.offline)
        pushNotifications(report);
    report.pending = pendingCount(m_db);
    report.parked = parkedCount(m_db);
    report.openConflicts = openConflictCount(m_db);
    return report;
}

// ---------------------------------------------------------------- push

void SyncEngine::markJournal(const QString &entity, const QString &localId, qint64 upToSeq, const QString &state,
                             const QString &error, bool countAttempt)
{
    if (state == u"sent"_s) {
        (void)m_db.exec(u"UPDATE change_journal SET state = 'sent', last_error = '', next_attempt_at = NULL "
                        "WHERE entity = ? AND entity_id = ? AND state = 'pending' AND seq <= ?"_s,
                        {entity, localId, upToSeq});
        return;
    }
    auto r = m_db.exec(
        u"SELECT max(attempts) FROM change_journal WHERE entity = ? AND entity_id = ? AND state = 'pending'"_s,
        {entity, localId});
    const int attempts = (r && r->next() ? r->value(0).toInt() : 0) + (countAttempt ? 1 : 0);
    const bool permanent = state == u"refused"_s;
    const int limit = permanent ? kPermanentFailuresBeforeParking : kTransientFailuresBeforeParking;
    const QString next = attempts >= limit ? u"parked"_s : u"pending"_s;
    (void)m_db.exec(
        u"UPDATE change_journal SET state = ?, attempts = ?, last_error = ?, next_attempt_at = ? "
        "WHERE entity = ? AND entity_id = ? AND state = 'pending' AND seq <= ?"_s,
        {next, attempts, error.left(500), toStored(backoff(m_clock.now(), attempts)), entity, localId, upToSeq});
}

void SyncEngine::push(SyncReport &report)
{
    struct Item
    {
        QString type;
        QString localId;
        qint64 maxSeq = 0;
    };
    QList<Item> items;
    QHash<QString, qsizetype> index;
    auto add = [&](const QString &type, const QString &id, qint64 seq) {
        const QString key = type + u'/' + id;
        const auto it = index.constFind(key);
        if (it != index.constEnd()) {
            items[*it].maxSeq = qMax(items[*it].maxSeq, seq);
            return;
        }
        index.insert(key, items.size());
        items.append({type, id, seq});
    };
    // Everything never sent to this server, once (a new installation, the demo clinic).
    const QString url = m_client.base().toString();
    const bool uploaded = m_db.setting(u"sync.uploaded_to"_s) == url;
    if (!uploaded) {
        // The practitioners first: patients book them online.
        if (auto r = m_db.exec(u"SELECT id FROM practitioners p WHERE NOT EXISTS (SELECT 1 FROM sync_links l WHERE "
                               "l.resource_type = 'Practitioner' AND l.local_id = p.id) ORDER BY rowid"_s))
            while (r->next())
                add(u"Practitioner"_s, r->value(0).toString(), 0);
        if (auto r =
                m_db.exec(u"SELECT id FROM patients p WHERE NOT EXISTS (SELECT 1 FROM sync_links l WHERE "
                          "l.resource_type = 'Patient' AND l.local_id = p.id) ORDER BY holder_id IS NOT NULL, rowid"_s))
            while (r->next())
                add(u"Patient"_s, r->value(0).toString(), 0);
        if (auto r = m_db.exec(u"SELECT id FROM appointments a WHERE NOT EXISTS (SELECT 1 FROM sync_links l WHERE "
                               "l.resource_type = 'Appointment' AND l.local_id = a.id) ORDER BY start_utc"_s))
            while (r->next())
                add(u"Appointment"_s, r->value(0).toString(), 0);
    }
    if (auto r = m_db.exec(u"SELECT seq, entity, entity_id FROM change_journal WHERE state = 'pending' "
                           "AND entity IN ('patient', 'appointment', 'booking-block', 'document') "
                           "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY seq"_s,
                           {toStored(m_clock.now())}))
        while (r->next()) {
            const QString entity = r->value(1).toString();
            add(entity == u"patient"_s           ? u"Patient"_s
                    : entity == u"appointment"_s ? u"Appointment"_s
                    : entity == u"document"_s    ? u"DocumentReference"_s
                                                 : u"Flag"_s,
                r->value(2).toString(), r->value(0).toLongLong());
        }
    QSet<QString> inConflict;
    if (auto r = m_db.exec(u"SELECT resource_type, local_id FROM sync_conflicts WHERE resolved_at IS NULL"_s))
        while (r->next())
            inConflict.insert(r->value(0).toString() + u'/' + r->value(1).toString());

    bool allDone = true;
    int done = 0;
    for (const Item &item : std::as_const(items)) {
        if (m_progress)
            m_progress(done, int(items.size()), tr("Sending changes"));
        ++done;
        if (inConflict.contains(item.type + u'/' + item.localId)) {
            allDone = false;
            continue;
        }
        m_lastError.clear();
        const Outcome outcome = pushEntity(item.type, item.localId, report);
        const QString entity = journalEntity(item.type);
        if (entity.isEmpty()) { // practitioners: not journalled, sent once
            if (outcome == Outcome::Offline) {
                report.offline = true;
                report.log << tr("The central agenda cannot be reached: %1").arg(m_lastError);
                return;
            }
            if (outcome != Outcome::Done) {
                allDone = false;
                report.log << tr("%1 %2 not sent: %3").arg(item.type, item.localId, m_lastError);
            }
            continue;
        }
        if (outcome == Outcome::Done) {
            markJournal(entity, item.localId, item.maxSeq > 0 ? item.maxSeq : std::numeric_limits<qint64>::max(),
                        u"sent"_s, {}, false);
            continue;
        }
        allDone = false;
        if (outcome == Outcome::Offline) {
            report.offline = true;
            report.log << tr("The central agenda cannot be reached: %1").arg(m_lastError);
            return;
        }
        if (outcome == Outcome::Conflict)
            continue;
        report.log << tr("%1 %2 not sent: %3").arg(item.type, item.localId, m_lastError);
        if (m_lastRefused)
            markJournal(entity, item.localId, item.maxSeq, u"refused"_s, m_lastError, true);
        else {
            report.serverError = true;
            markJournal(entity, item.localId, item.maxSeq, u"failed"_s, m_lastError, true);
        }
    }
    if (!uploaded && allDone)
        (void)m_db.setSetting(u"sync.uploaded_to"_s, url);
    pushNotifications(report);
    const bool failedBefore = report.offline || report.serverError;
    pushAvailability(report);
    // Opening hours, days with other hours and absences reach the server as free slots.
    if (!failedBefore && !report.offline && !report.serverError)
        (void)m_db.exec(u"UPDATE change_journal SET state = 'sent', next_attempt_at = NULL WHERE state = 'pending' "
                        "AND entity IN ('schedule', 'schedule-exception', 'absence')"_s);
}

void SyncEngine::pushNotifications(SyncReport &report)
{
    // Derived, not journalled: each request whose state the server has not seen yet (new,
    // revoked, sent). Old settled ones are not looked at again.
    auto r =
        m_db.exec(u"SELECT n.id, n.patient_id, n.recipient_patient_id, n.appointment_id FROM notification_requests n "
                  "WHERE (n.state = 'pending' OR n.created_at >= ?) AND NOT EXISTS (SELECT 1 FROM sync_links l "
                  "WHERE l.resource_type = 'CommunicationRequest' AND l.local_id = n.id "
                  "AND json_extract(l.shadow, '$.state') = n.state) "
                  // withdrawn before the server ever heard of it: nothing to tell
                  "AND NOT (n.state = 'revoked' AND NOT EXISTS (SELECT 1 FROM sync_links l2 "
                  "WHERE l2.resource_type = 'CommunicationRequest' AND l2.local_id = n.id)) "
                  "ORDER BY n.created_at, n.id"_s,
                  {toStored(m_clock.now().addDays(-30))});
    QList<QStringList> due;
    while (r && r->next())
        due << QStringList{r->value(0).toString(), r->value(1).toString(), r->value(2).toString(),
                           r->value(3).toString()};
    for (const QStringList &n : std::as_const(due)) {
        Outcome o = Outcome::Done;
        for (const auto &[type, id] :
             {std::pair{u"Patient"_s, n.at(1)}, std::pair{u"Patient"_s, n.at(2)}, std::pair{u"Appointment"_s, n.at(3)}})
            if (o == Outcome::Done && !id.isEmpty() && !link(type, id))
                o = pushEntity(type, id, report, 1);
        if (o == Outcome::Done)
            o = pushResource(u"CommunicationRequest"_s, n.first(), report);
        if (o == Outcome::Offline) {
            report.offline = true;
            report.log << tr("The central agenda cannot be reached: %1").arg(m_lastError);
            return;
        }
        if (o == Outcome::Failed)
            report.log << tr("%1 %2 not sent: %3").arg(u"CommunicationRequest"_s, n.first(), m_lastError);
    }
}

SyncEngine::Outcome SyncEngine::refuse(const QString &why)
{
    m_lastError = why;
    m_lastRefused = true;
    return Outcome::Failed;
}

SyncEngine::Outcome SyncEngine::pushEntity(const QString &type, const QString &localId, SyncReport &report, int depth)
{
    if (depth > kMaxDepth)
        return refuse(tr("references nested too deeply"));
    auto need = [&](const QString &depType, const QString &depId) -> Outcome {
        if (depId.isEmpty() || link(depType, depId))
            return Outcome::Done;
        return pushEntity(depType, depId, report, depth + 1);
    };
    if (type == u"Appointment"_s) {
        auto a = AppointmentRepository(m_db).byId(localId);
        if (!a)
            return refuse(a.error().message);
        for (const auto &[t, id] :
             {std::pair{u"Patient"_s, a->patientId}, std::pair{u"Practitioner"_s, a->practitionerId}})
            if (const Outcome o = need(t, id); o != Outcome::Done)
                return o;
        if (const Outcome o = pushResource(type, localId, report); o != Outcome::Done)
            return o;
        // A no-show or a late cancellation may block (or no longer block) online booking.
        const NoShowStatus status = NoShowPolicy::status(m_db, a->patientId, a->practitionerId);
        const QString key = a->patientId + u'|' + a->practitionerId;
        const auto flag = link(u"Flag"_s, key);
        if ((!flag && !status.blocked) || (flag && flag->shadow.value(u"blocked"_s).toBool() == status.blocked))
            return Outcome::Done;
        return pushResource(u"Flag"_s, key, report);
    } else if (type == u"DocumentReference"_s) {
        auto d = DocumentVault::byId(m_db, localId);
        if (!d) {
            // Removed at the desk: marked entered in error on the server, when it was ever sent.
            const auto l = link(type, localId);
            if (!l)
                return Outcome::Done;
            QJsonObject gone = l->shadow;
            if (gone.value(u"status"_s).toString() == u"entered-in-error"_s)
                return Outcome::Done;
            gone.insert(u"status"_s, u"entered-in-error"_s);
            gone.insert(u"id"_s, l->serverId);
            gone.remove(u"meta"_s);
            const FhirResponse r = m_client.update(type, l->serverId, gone, l->version);
            if (!r.ok()) {
                m_lastError = r.error;
                m_lastRefused = !r.serverFailure();
                return r.networkFailure() ? Outcome::Offline : Outcome::Failed;
            }
            if (auto ok = saveLink(type, localId, l->serverId, r.version, gone); !ok) {
                m_lastError = ok.error().message;
                return Outcome::Failed;
            }
            ++report.pushed;
            return Outcome::Done;
        }
        if (!d->shared && d->origin == u"practice"_s)
            return Outcome::Done; // the practice's own paper: it stays here until shared
        if (const Outcome o = need(u"Patient"_s, d->patientId); o != Outcome::Done)
            return o;
        if (const Outcome o = need(u"Appointment"_s, d->appointmentId); o != Outcome::Done)
            return o;
        if (!link(u"Binary"_s, localId)) {
            auto bytes = DocumentVault::read(m_db, localId);
            if (!bytes)
                return refuse(bytes.error().message);
            const FhirResponse r = m_client.create(u"Binary"_s, FhirMapping::binary(d->contentType, *bytes), {});
            if (!r.ok()) {
                m_lastError = r.error;
                m_lastRefused = !r.serverFailure();
                return r.networkFailure() ? Outcome::Offline : Outcome::Failed;
            }
            if (auto ok = saveLink(u"Binary"_s, localId, FhirMapping::serverId(r.json), r.version, {}); !ok) {
                m_lastError = ok.error().message;
                return Outcome::Failed;
            }
        }
    } else if (type == u"Flag"_s) {
        const QString patientId = localId.section(u'|', 0, 0);
        const QString practitionerId = localId.section(u'|', 1, 1);
        for (const auto &[t, id] : {std::pair{u"Patient"_s, patientId}, std::pair{u"Practitioner"_s, practitionerId}})
            if (const Outcome o = need(t, id); o != Outcome::Done)
                return o;
    } else if (type == u"Patient"_s) {
        auto p = PatientRepository(m_db).byId(localId);
        if (!p)
            return refuse(p.error().message);
        for (const QString &id : {p->holderId, p->replacedBy})
            if (id != localId)
                if (const Outcome o = need(u"Patient"_s, id); o != Outcome::Done)
                    return o;
        if (const Outcome o = pushResource(type, localId, report); o != Outcome::Done || p->holderId.isEmpty())
            return o;
        return pushResource(u"RelatedPerson"_s, localId, report); // the holder, as the relative's RelatedPerson
    } else if (type == u"Practitioner"_s) {
        auto p = PracticeRepository(m_db).practitioner(localId);
        if (!p)
            return refuse(p.error().message);
        if (const Outcome o = need(u"Location"_s, p->siteId); o != Outcome::Done)
            return o;
        if (const Outcome o = pushResource(type, localId, report); o != Outcome::Done)
            return o;
        return pushResource(u"PractitionerRole"_s, localId, report);
    }
    return pushResource(type, localId, report);
}

SyncEngine::Outcome SyncEngine::pushResource(const QString &type, const QString &localId, SyncReport &report)
{
    QJsonObject resource;
    QJsonObject fields;
    QString identifierId = localId; // Guichet's identifier on the server
    m_lastRefused = false;
    if (type == u"Patient"_s) {
        auto p = PatientRepository(m_db).byId(localId);
        if (!p)
            return refuse(p.error().message);
        resource = m_mapping->patient(*p);
        fields = FhirMapping::fields(*p);
    } else if (type == u"Appointment"_s) {
        auto a = AppointmentRepository(m_db).byId(localId);
        if (!a)
            return refuse(a.error().message);
        QString label;
        if (!a->motifId.isEmpty())
            if (auto m = PracticeRepository(m_db).motif(a->motifId))
                label = m->label;
        resource = m_mapping->appointment(*a, label);
        fields = FhirMapping::fields(*a);
    } else if (type == u"Practitioner"_s || type == u"PractitionerRole"_s) {
        auto p = PracticeRepository(m_db).practitioner(localId);
        if (!p)
            return refuse(p.error().message);
        resource = type == u"Practitioner"_s ? m_mapping->practitioner(*p) : m_mapping->practitionerRole(*p);
    } else if (type == u"DocumentReference"_s) {
        auto d = DocumentVault::byId(m_db, localId);
        const auto binary = link(u"Binary"_s, localId);
        if (!d || !binary)
            return refuse(d ? tr("the document's content is not on the central agenda yet") : d.error().message);
        resource = m_mapping->documentReference(*d, binary->serverId);
        fields = FhirMapping::pruned(resource); // the copy a removal is written from
    } else if (type == u"CommunicationRequest"_s) {
        auto n = NotificationRepository(m_db).byId(localId);
        if (!n)
            return refuse(n.error().message);
        resource = m_mapping->communicationRequest(*n);
        fields = QJsonObject{{u"state"_s, n->state}};
    } else if (type == u"RelatedPerson"_s) {
        auto relative = PatientRepository(m_db).byId(localId);
        auto holder = relative ? PatientRepository(m_db).byId(relative->holderId) : Result<Patient>(relative.error());
        if (!holder)
            return refuse(holder.error().message);
        resource = m_mapping->relatedPerson(*relative, *holder);
        identifierId = FhirMapping::relatedPersonId(relative->id, holder->id);
    } else if (type == u"Flag"_s) {
        const QString patientId = localId.section(u'|', 0, 0);
        const QString practitionerId = localId.section(u'|', 1, 1);
        const NoShowStatus status = NoShowPolicy::status(m_db, patientId, practitionerId);
        resource = m_mapping->bookingFlag(patientId, practitionerId, status.blocked, m_clock.now());
        identifierId = FhirMapping::flagId(patientId, practitionerId);
        fields = QJsonObject{{u"blocked"_s, status.blocked}};
    } else if (type == u"Location"_s) {
        auto s = PracticeRepository(m_db).site(localId);
        if (!s)
            return refuse(s.error().message);
        resource = m_mapping->location(*s);
    }

    resource = FhirMapping::pruned(resource);
    auto classify = [&](const FhirResponse &r) {
        m_lastError = r.error;
        if (r.networkFailure())
            return Outcome::Offline;
        m_lastRefused = !r.serverFailure();
        return Outcome::Failed;
    };
    auto store = [&](const FhirResponse &r, const QJsonObject &shadow) {
        const QString serverId = FhirMapping::serverId(r.json);
        const QString version = r.version.isEmpty() ? FhirMapping::versionOf(r.json) : r.version;
        if (serverId.isEmpty()) {
            m_lastError = tr("the central agenda's answer has no identifier");
            report.serverError = true;
            return Outcome::Failed;
        }
        Transaction tx(m_db);
        if (auto ok = tx.begin(); !ok) {
            m_lastError = ok.error().message;
            return Outcome::Failed;
        }
        if (auto ok = saveLink(type, localId, serverId, version, shadow); !ok) {
            m_lastError = ok.error().message;
            return Outcome::Failed;
        }
        if (auto ok = tx.commit(); !ok) {
            m_lastError = ok.error().message;
            return Outcome::Failed;
        }
        ++report.pushed;
        return Outcome::Done;
    };

    if (const auto l = link(type, localId)) {
        resource.insert(u"id"_s, l->serverId);
        const FhirResponse r = m_client.update(type, l->serverId, resource, l->version);
        if (r.ok())
            return store(r, fields);
        if (r.status == 412)
            return mergeAfterPrecondition(type, localId, report);
        if (r.status != 404 && r.status != 410)
            return classify(r);
        // Gone from the server (a reset test server, a purge): created again below.
        (void)m_db.exec(u"DELETE FROM sync_links WHERE resource_type = ? AND local_id = ?"_s, {type, localId});
        resource.remove(u"id"_s);
    }
    const FhirResponse r = m_client.create(type, resource, m_mapping->identifierQuery(identifierId));
    if (!r.ok())
        return classify(r);
    if (r.status == 200) {
        // Already there (a push replayed after a crash, before its link was written): link it
        // with what the server holds, then write this state over it with If-Match.
        QJsonObject shadow;
        if (type == u"Patient"_s)
            if (auto rp = FhirMapping::readPatient(r.json)) {
                Patient p = rp->patient;
                p.id = localId;
                shadow = FhirMapping::fields(p);
            }
        if (const Outcome o = store(r, shadow); o != Outcome::Done)
            return o;
        --report.pushed; // counted when the state is written below
        return pushResource(type, localId, report);
    }
    return store(r, fields);
}

SyncEngine::Outcome SyncEngine::mergeAfterPrecondition(const QString &type, const QString &localId, SyncReport &report)
{
    const auto l = link(type, localId);
    if (!l)
        return Outcome::Failed;
    const FhirResponse current = m_client.get(type + u'/' + l->serverId);
    if (!current.ok()) {
        m_lastError = current.error;
        if (current.networkFailure())
            return Outcome::Offline;
        m_lastRefused = !current.serverFailure();
        return Outcome::Failed;
    }
    const QString version = current.version.isEmpty() ? FhirMapping::versionOf(current.json) : current.version;
    if (type != u"Patient"_s && type != u"Appointment"_s) {
        // The practice's own records: this desk's copy wins (they are edited here, shown online).
        Transaction tx(m_db);
        if (!tx.begin() || !saveLink(type, localId, l->serverId, version, l->shadow) || !tx.commit())
            return Outcome::Failed;
        return pushResource(type, localId, report);
    }
    // Apply what the server changed (when nobody must choose), then push the merged record.
    auto applied = apply(current.json, report);
    if (!applied)
        return refuse(applied.error().message);
    const auto after = link(type, localId);
    if (!after || after->version != version)
        return Outcome::Conflict; // a conflict now waits for a person
    return pushResource(type, localId, report);
}

// ---------------------------------------------------------------- pull

} // namespace guichet
