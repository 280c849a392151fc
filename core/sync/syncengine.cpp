#include "syncengine.h"

#include "access/session.h"
#include "agenda/appointmentservice.h"
#include "clock.h"
#include "fhirclient.h"
#include "fhirmapping.h"
#include "store/appointmentrepository.h"
#include "store/auditlog.h"
#include "store/changejournal.h"
#include "store/database.h"
#include "store/patientrepository.h"
#include "store/practicerepository.h"
#include "timeutil.h"
#include "uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QUrlQuery>

#include <optional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSync, "guichet.sync")

namespace guichet {

namespace {

constexpr int kMaxDepth = 4;
constexpr int kPermanentFailuresBeforeParking = 3; // refused by the server (4xx)
constexpr int kTransientFailuresBeforeParking = 12; // server errors (5xx, malformed answers)

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString journalEntity(const QString &type)
{
    return type == u"Patient"_s ? u"patient"_s : type == u"Appointment"_s ? u"appointment"_s : QString();
}

QString tableOf(const QString &type)
{
    if (type == u"Patient"_s)
        return u"patients"_s;
    if (type == u"Appointment"_s)
        return u"appointments"_s;
    if (type == u"Practitioner"_s)
        return u"practitioners"_s;
    if (type == u"Location"_s)
        return u"sites"_s;
    return {};
}

// Which fields changed on each side since the last synchronised copy.
struct ThreeWay
{
    QSet<QString> remoteOnly;
    QStringList conflicting;
    bool localChanged = false;
};

ThreeWay compare(const QJsonObject &base, const QJsonObject &local, const QJsonObject &remote)
{
    ThreeWay out;
    for (auto it = remote.constBegin(); it != remote.constEnd(); ++it) {
        const QString &key = it.key();
        const QJsonValue b = base.value(key);
        const QJsonValue l = local.value(key);
        const QJsonValue r = it.value();
        const bool localChanged = base.contains(key) ? l != b : false;
        const bool remoteChanged = base.contains(key) ? r != b : r != l;
        out.localChanged = out.localChanged || localChanged;
        if (remoteChanged && localChanged && l != r)
            out.conflicting << key;
        else if (remoteChanged && !localChanged && l != r)
            out.remoteOnly.insert(key);
    }
    return out;
}

QDateTime backoff(const QDateTime &now, int attempts)
{
    const qint64 secs = qMin<qint64>(3600, qint64(15) << qMin(attempts, 8));
    return now.addSecs(secs);
}

} // namespace

struct SyncEngine::Link
{
    QString serverId;
    QString version;
    QJsonObject shadow;
};

SyncEngine::SyncEngine(const Database &db, FhirClient &client, const Clock &clock)
    : m_db(db), m_client(client), m_clock(clock)
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
    return {u"Location"_s, u"Practitioner"_s, u"PractitionerRole"_s, u"Patient"_s, u"Appointment"_s};
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
                     "AND entity IN ('patient', 'appointment')"_s);
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
    auto r = m_db.exec(u"SELECT local_id FROM sync_links WHERE resource_type = ? AND server_id = ?"_s, {type, serverId});
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
    // What the pull merged into entities with pending changes goes up in the same run.
    if (!report.offline && pendingCount(m_db) > 0)
        push(report);
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
    auto r = m_db.exec(u"SELECT max(attempts) FROM change_journal WHERE entity = ? AND entity_id = ? AND state = 'pending'"_s,
                       {entity, localId});
    const int attempts = (r && r->next() ? r->value(0).toInt() : 0) + (countAttempt ? 1 : 0);
    const bool permanent = state == u"refused"_s;
    const int limit = permanent ? kPermanentFailuresBeforeParking : kTransientFailuresBeforeParking;
    const QString next = attempts >= limit ? u"parked"_s : u"pending"_s;
    (void)m_db.exec(u"UPDATE change_journal SET state = ?, attempts = ?, last_error = ?, next_attempt_at = ? "
                    "WHERE entity = ? AND entity_id = ? AND state = 'pending' AND seq <= ?"_s,
                    {next, attempts, error.left(500), toStored(backoff(m_clock.now(), attempts)), entity, localId,
                     upToSeq});
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
        if (auto r = m_db.exec(u"SELECT id FROM patients p WHERE NOT EXISTS (SELECT 1 FROM sync_links l WHERE "
                               "l.resource_type = 'Patient' AND l.local_id = p.id) ORDER BY holder_id IS NOT NULL, rowid"_s))
            while (r->next())
                add(u"Patient"_s, r->value(0).toString(), 0);
        if (auto r = m_db.exec(u"SELECT id FROM appointments a WHERE NOT EXISTS (SELECT 1 FROM sync_links l WHERE "
                               "l.resource_type = 'Appointment' AND l.local_id = a.id) ORDER BY start_utc"_s))
            while (r->next())
                add(u"Appointment"_s, r->value(0).toString(), 0);
    }
    if (auto r = m_db.exec(u"SELECT seq, entity, entity_id FROM change_journal WHERE state = 'pending' "
                           "AND entity IN ('patient', 'appointment') AND (next_attempt_at IS NULL OR next_attempt_at <= ?) "
                           "ORDER BY seq"_s,
                           {toStored(m_clock.now())}))
        while (r->next())
            add(r->value(1).toString() == u"patient"_s ? u"Patient"_s : u"Appointment"_s, r->value(2).toString(),
                r->value(0).toLongLong());
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
}

SyncEngine::Outcome SyncEngine::pushEntity(const QString &type, const QString &localId, SyncReport &report, int depth)
{
    if (depth > kMaxDepth) {
        m_lastError = u"references nested too deeply"_s;
        m_lastRefused = true;
        return Outcome::Failed;
    }
    auto need = [&](const QString &depType, const QString &depId) -> Outcome {
        if (depId.isEmpty() || link(depType, depId))
            return Outcome::Done;
        return pushEntity(depType, depId, report, depth + 1);
    };
    if (type == u"Appointment"_s) {
        auto a = AppointmentRepository(m_db).byId(localId);
        if (!a) {
            m_lastError = a.error().message;
            m_lastRefused = true;
            return Outcome::Failed;
        }
        for (const auto &[t, id] : {std::pair{u"Patient"_s, a->patientId}, std::pair{u"Practitioner"_s, a->practitionerId}})
            if (const Outcome o = need(t, id); o != Outcome::Done)
                return o;
    } else if (type == u"Patient"_s) {
        auto p = PatientRepository(m_db).byId(localId);
        if (!p) {
            m_lastError = p.error().message;
            m_lastRefused = true;
            return Outcome::Failed;
        }
        for (const QString &id : {p->holderId, p->replacedBy})
            if (id != localId)
                if (const Outcome o = need(u"Patient"_s, id); o != Outcome::Done)
                    return o;
    } else if (type == u"Practitioner"_s) {
        auto p = PracticeRepository(m_db).practitioner(localId);
        if (!p) {
            m_lastError = p.error().message;
            m_lastRefused = true;
            return Outcome::Failed;
        }
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
    m_lastRefused = false;
    if (type == u"Patient"_s) {
        auto p = PatientRepository(m_db).byId(localId);
        if (!p) {
            m_lastError = p.error().message;
            m_lastRefused = true;
            return Outcome::Failed;
        }
        resource = m_mapping->patient(*p);
        fields = FhirMapping::fields(*p);
    } else if (type == u"Appointment"_s) {
        auto a = AppointmentRepository(m_db).byId(localId);
        if (!a) {
            m_lastError = a.error().message;
            m_lastRefused = true;
            return Outcome::Failed;
        }
        QString label;
        if (!a->motifId.isEmpty())
            if (auto m = PracticeRepository(m_db).motif(a->motifId))
                label = m->label;
        resource = m_mapping->appointment(*a, label);
        fields = FhirMapping::fields(*a);
    } else if (type == u"Practitioner"_s || type == u"PractitionerRole"_s) {
        auto p = PracticeRepository(m_db).practitioner(localId);
        if (!p) {
            m_lastError = p.error().message;
            m_lastRefused = true;
            return Outcome::Failed;
        }
        resource = type == u"Practitioner"_s ? m_mapping->practitioner(*p) : m_mapping->practitionerRole(*p);
    } else if (type == u"Location"_s) {
        auto s = PracticeRepository(m_db).site(localId);
        if (!s) {
            m_lastError = s.error().message;
            m_lastRefused = true;
            return Outcome::Failed;
        }
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
            m_lastError = u"the server's answer has no id"_s;
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
    const FhirResponse r = m_client.create(type, resource, m_mapping->identifierQuery(localId));
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
    if (!applied) {
        m_lastError = applied.error().message;
        m_lastRefused = true;
        return Outcome::Failed;
    }
    const auto after = link(type, localId);
    if (!after || after->version != version)
        return Outcome::Conflict; // a conflict now waits for a person
    return pushResource(type, localId, report);
}

// ---------------------------------------------------------------- pull

void SyncEngine::pull(SyncReport &report)
{
    const QStringList types = resourceTypes();
    for (qsizetype i = 0; i < types.size(); ++i) {
        if (m_progress)
            m_progress(int(i), int(types.size()), tr("Receiving %1").arg(types.at(i)));
        if (!pullType(types.at(i), report))
            return;
    }
}

bool SyncEngine::pullType(const QString &type, SyncReport &report)
{
    const QString key = u"sync.watermark."_s + type;
    const QDateTime watermark = QDateTime::fromString(m_db.setting(key), Qt::ISODateWithMs);
    QUrlQuery query;
    query.addQueryItem(u"_sort"_s, u"_lastUpdated"_s);
    query.addQueryItem(u"_count"_s, QString::number(m_pageSize));
    if (watermark.isValid())
        query.addQueryItem(u"_lastUpdated"_s,
                           u"gt"_s + watermark.addSecs(-m_overlapSecs).toUTC().toString(Qt::ISODateWithMs));
    const QString first = type + u'?' + query.toString(QUrl::FullyEncoded);
    QString url = first;
    QDateTime newest = watermark;
    QSet<QString> seen; // id/version: a page that repeats itself stops the loop
    for (int page = 0, offset = 0; page < 100000; ++page) {
        const FhirResponse r = m_client.get(url);
        if (!r.ok() || r.json.value(u"resourceType"_s).toString() != u"Bundle"_s) {
            if (r.networkFailure())
                report.offline = true;
            else
                report.serverError = true;
            report.log << tr("Receiving %1 failed: %2").arg(type, r.error.isEmpty() ? u"not a Bundle"_s : r.error);
            return false;
        }
        const QJsonArray entries = r.json.value(u"entry"_s).toArray();
        int fresh = 0;
        // One transaction a page (each resource a savepoint in it): far fewer commits, and the
        // watermark moves with the rows it covers.
        Transaction pageTx(m_db);
        if (auto ok = pageTx.begin(); !ok) {
            report.log << ok.error().message;
            return false;
        }
        for (const auto &e : entries) {
            const QJsonObject resource = e.toObject().value(u"resource"_s).toObject();
            if (resource.value(u"resourceType"_s).toString() != type)
                continue; // OperationOutcome entries, included resources
            const QString tag = FhirMapping::serverId(resource) + u'/' + FhirMapping::versionOf(resource);
            if (seen.contains(tag))
                continue;
            seen.insert(tag);
            ++fresh;
            const QDateTime updated = QDateTime::fromString(
                resource.value(u"meta"_s).toObject().value(u"lastUpdated"_s).toString(), Qt::ISODateWithMs);
            auto applied = apply(resource, report);
            if (!applied) {
                ++report.rejected;
                const QString why = tr("%1/%2 refused: %3")
                                        .arg(type, FhirMapping::serverId(resource).left(64), applied.error().message);
                qCWarning(lcSync).noquote() << why;
                report.log << why;
            }
            if (updated.isValid() && (!newest.isValid() || updated > newest))
                newest = updated;
        }
        if (newest.isValid() && newest != watermark)
            (void)m_db.setSetting(key, newest.toUTC().toString(Qt::ISODateWithMs));
        if (auto ok = pageTx.commit(); !ok) {
            report.log << ok.error().message;
            return false;
        }
        if (m_progress)
            m_progress(int(seen.size()), int(seen.size()) + (entries.size() < m_pageSize ? 0 : m_pageSize),
                       tr("Receiving %1").arg(type));
        QString next;
        for (const auto &l : r.json.value(u"link"_s).toArray())
            if (l.toObject().value(u"relation"_s).toString() == u"next"_s)
                next = l.toObject().value(u"url"_s).toString();
        if (!next.isEmpty()) {
            url = next;
            continue;
        }
        if (entries.size() < m_pageSize || fresh == 0)
            break;
        offset += m_pageSize;
        url = first + u"&_offset="_s + QString::number(offset);
    }
    return true;
}

Result<QString> SyncEngine::ensureLocal(const QString &type, const QString &serverId, SyncReport &report, int depth)
{
    if (serverId.isEmpty())
        return QString();
    QString local = localIdOf(type, serverId);
    if (!local.isEmpty())
        return local;
    if (depth >= kMaxDepth)
        return Error::invalid(tr("references nested too deeply"), u"fhir.reference"_s);
    const FhirResponse r = m_client.get(type + u'/' + QString::fromUtf8(QUrl::toPercentEncoding(serverId)));
    if (!r.ok())
        return Error::io(tr("%1/%2 could not be read: %3").arg(type, serverId.left(64), r.error));
    auto applied = apply(r.json, report, depth + 1);
    if (!applied)
        return applied.error();
    local = localIdOf(type, serverId);
    if (local.isEmpty())
        return Error::invalid(tr("%1/%2 could not be linked").arg(type, serverId.left(64)), u"fhir.reference"_s);
    return local;
}

Result<bool> SyncEngine::apply(const QJsonObject &resource, SyncReport &report, int depth)
{
    const QString type = resource.value(u"resourceType"_s).toString();
    if (type == u"Patient"_s)
        return applyPatient(resource, report, depth);
    if (type == u"Appointment"_s)
        return applyAppointment(resource, report, depth);
    if (type == u"Location"_s || type == u"Practitioner"_s)
        return applyPractice(resource);
    if (type == u"PractitionerRole"_s) {
        auto role = FhirMapping::readPractitionerRole(resource);
        if (!role)
            return role.error();
        auto practitioner = ensureLocal(u"Practitioner"_s, role->practitionerServerId, report, depth);
        if (!practitioner)
            return practitioner.error();
        const auto l = link(type, *practitioner);
        const QString version = FhirMapping::versionOf(resource);
        if (l && l->version == version)
            return false;
        auto site = ensureLocal(u"Location"_s, role->locationServerId, report, depth);
        if (!site)
            return site.error();
        Transaction tx(m_db);
        if (auto ok = tx.begin(); !ok)
            return ok.error();
        if (!site->isEmpty())
            if (auto r = m_db.exec(u"UPDATE practitioners SET site_id = ? WHERE id = ?"_s, {*site, *practitioner}); !r)
                return r.error();
        if (!role->specialty.isEmpty())
            if (auto r = m_db.exec(u"UPDATE practitioners SET specialty = ? WHERE id = ?"_s, {role->specialty, *practitioner}); !r)
                return r.error();
        if (auto ok = saveLink(type, *practitioner, FhirMapping::serverId(resource), version, {}); !ok)
            return ok.error();
        if (auto ok = tx.commit(); !ok)
            return ok.error();
        ++report.pulled;
        return true;
    }
    return Error::invalid(tr("resource type %1 is not synchronised").arg(type.left(40)), u"fhir.type"_s);
}

Result<bool> SyncEngine::applyPractice(const QJsonObject &resource)
{
    const QString type = resource.value(u"resourceType"_s).toString();
    const QString serverId = FhirMapping::serverId(resource);
    const QString version = FhirMapping::versionOf(resource);
    PracticeRepository practice(m_db);
    QString local = localIdOf(type, serverId);
    const QString carried = FhirMapping::guichetId(resource);
    const bool isSite = type == u"Location"_s;
    auto exists = [&](const QString &id) {
        return isSite ? bool(practice.site(id)) : bool(practice.practitioner(id));
    };
    if (local.isEmpty() && !carried.isEmpty() && exists(carried))
        local = carried;
    if (!local.isEmpty())
        if (const auto l = link(type, local); l && l->version == version)
            return false;
    Transaction tx(m_db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    if (isSite) {
        auto remote = FhirMapping::readLocation(resource);
        if (!remote)
            return remote.error();
        Site s = remote->site;
        if (local.isEmpty()) {
            s.id = isUuid(carried) ? carried : newUuid();
            local = s.id;
            if (auto ok = practice.insertSite(s); !ok)
                return ok.error();
        } else if (auto r = m_db.exec(u"UPDATE sites SET name = ?, time_zone = ?, country = ?, address = ?, phone = ? "
                                      "WHERE id = ?"_s,
                                      {s.name, s.timeZone, s.country, s.address, s.phone, local});
                   !r)
            return r.error();
    } else {
        auto remote = FhirMapping::readPractitioner(resource);
        if (!remote)
            return remote.error();
        Practitioner p = remote->practitioner;
        if (local.isEmpty()) {
            const auto sites = practice.sites();
            if (sites.isEmpty()) {
                Site site;
                site.id = newUuid();
                site.name = tr("Practice");
                if (auto ok = practice.insertSite(site); !ok)
                    return ok.error();
                p.siteId = site.id;
            } else {
                p.siteId = sites.first().id;
            }
            p.id = isUuid(carried) ? carried : newUuid();
            local = p.id;
            if (auto ok = practice.insertPractitioner(p); !ok)
                return ok.error();
        } else if (auto r = m_db.exec(u"UPDATE practitioners SET title = ?, first_name = ?, last_name = ?, specialty = ?, "
                                      "registration = ?, color = ?, online_cancel_deadline_hours = ?, "
                                      "accepts_new_patients_online = ?, active = ? WHERE id = ?"_s,
                                      {bindable(p.title), bindable(p.firstName), p.lastName, p.specialty,
                                       bindable(p.registration), p.color, p.onlineCancelDeadlineHours,
                                       p.acceptsNewPatientsOnline, p.active, local});
                   !r)
            return r.error();
    }
    if (auto ok = saveLink(type, local, serverId, version, {}); !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return true;
}

Result<void> SyncEngine::recordConflict(const SyncConflict &c, SyncReport &report) const
{
    // One open conflict per record and kind: a newer server version replaces the older one.
    auto r = m_db.exec(u"SELECT id FROM sync_conflicts WHERE resolved_at IS NULL AND resource_type = ? AND local_id = ? "
                       "AND kind = ?"_s,
                       {c.resourceType, c.localId, c.kind});
    if (!r)
        return r.error();
    QJsonArray fields;
    for (const QString &f : c.fields)
        fields.append(f);
    const QString fieldsText = QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    if (r->next()) {
        auto u = m_db.exec(u"UPDATE sync_conflicts SET fields = ?, local = ?, remote = ?, remote_version = ?, "
                           "remote_resource = ?, other_id = ? WHERE id = ?"_s,
                           {fieldsText, compact(c.local), compact(c.remote), c.remoteVersion,
                            compact(c.remote.value(u"_resource"_s).toObject()), c.otherId, r->value(0)});
        if (!u)
            return u.error();
        return {};
    }
    QJsonObject remote = c.remote;
    const QJsonObject resource = remote.take(u"_resource"_s).toObject();
    auto ins = m_db.exec(u"INSERT INTO sync_conflicts(id, resource_type, local_id, kind, fields, local, remote, "
                         "remote_version, remote_resource, other_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                         {newUuid(), c.resourceType, c.localId, c.kind, fieldsText, compact(c.local), compact(remote),
                          c.remoteVersion, compact(resource), c.otherId, toStored(m_clock.now())});
    if (!ins)
        return ins.error();
    ++report.newConflicts;
    return {};
}

namespace {

bool hasPending(const Database &db, const QString &entity, const QString &id)
{
    auto r = db.exec(u"SELECT 1 FROM change_journal WHERE entity = ? AND entity_id = ? AND state IN ('pending', 'parked') LIMIT 1"_s,
                     {entity, id});
    return r && r->next();
}

} // namespace

Result<bool> SyncEngine::applyPatient(const QJsonObject &resource, SyncReport &report, int depth)
{
    auto remote = FhirMapping::readPatient(resource);
    if (!remote)
        return remote.error();
    const QString serverId = FhirMapping::serverId(resource);
    const QString version = FhirMapping::versionOf(resource);
    PatientRepository patients(m_db);
    QString local = localIdOf(u"Patient"_s, serverId);
    const QString carried = remote->patient.id;
    if (local.isEmpty() && !carried.isEmpty() && patients.byId(carried))
        local = carried;
    const auto l = local.isEmpty() ? std::nullopt : link(u"Patient"_s, local);
    if (l && l->version == version)
        return false;
    Patient incoming = remote->patient;
    if (!remote->holderServerId.isEmpty()) {
        auto holder = ensureLocal(u"Patient"_s, remote->holderServerId, report, depth);
        if (!holder)
            return holder.error();
        incoming.holderId = *holder;
    }
    if (!remote->replacedByServerId.isEmpty()) {
        auto survivor = ensureLocal(u"Patient"_s, remote->replacedByServerId, report, depth);
        if (!survivor)
            return survivor.error();
        incoming.replacedBy = *survivor;
    }
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    if (local.isEmpty()) {
        incoming.id = isUuid(carried) ? carried : newUuid();
        incoming.createdAt = now;
        incoming.updatedAt = now;
        local = incoming.id;
        if (auto ok = patients.insert(incoming); !ok)
            return ok.error();
    } else {
        auto current = patients.byId(local);
        if (!current)
            return current.error();
        incoming.id = local;
        const QJsonObject localFields = FhirMapping::fields(*current);
        const QJsonObject remoteFields = FhirMapping::fields(incoming);
        Patient merged = *current;
        if (!hasPending(m_db, u"patient"_s, local)) {
            const QStringList keys = remoteFields.keys();
            FhirMapping::copyFields(merged, incoming, QSet<QString>(keys.begin(), keys.end()));
        } else {
            const ThreeWay diff = compare(l ? l->shadow : localFields, localFields, remoteFields);
            if (!diff.conflicting.isEmpty()) {
                QJsonObject remoteShown = remoteFields;
                remoteShown.insert(u"_resource"_s, resource);
                if (auto ok = recordConflict({{}, u"Patient"_s, local, u"fields"_s, diff.conflicting, localFields,
                                              remoteShown, version, {}, {}, {}, {}},
                                             report);
                    !ok)
                    return ok.error();
                if (auto ok = tx.commit(); !ok)
                    return ok.error();
                return true;
            }
            FhirMapping::copyFields(merged, incoming, diff.remoteOnly);
        }
        merged.updatedAt = now;
        if (FhirMapping::fields(merged) != localFields)
            if (auto ok = patients.update(merged); !ok)
                return ok.error();
    }
    if (auto ok = saveLink(u"Patient"_s, local, serverId, version, FhirMapping::fields(incoming)); !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    ++report.pulled;
    return true;
}

Result<bool> SyncEngine::applyAppointment(const QJsonObject &resource, SyncReport &report, int depth)
{
    auto remote = FhirMapping::readAppointment(resource);
    if (!remote)
        return remote.error();
    const QString serverId = FhirMapping::serverId(resource);
    const QString version = FhirMapping::versionOf(resource);
    AppointmentRepository appointments(m_db);
    PracticeRepository practice(m_db);
    QString local = localIdOf(u"Appointment"_s, serverId);
    const QString carried = remote->appointment.id;
    if (local.isEmpty() && !carried.isEmpty() && appointments.byId(carried))
        local = carried;
    const auto l = local.isEmpty() ? std::nullopt : link(u"Appointment"_s, local);
    if (l && l->version == version)
        return false;
    Appointment incoming = remote->appointment;
    auto patient = ensureLocal(u"Patient"_s, remote->patientServerId, report, depth);
    if (!patient)
        return patient.error();
    auto practitionerId = ensureLocal(u"Practitioner"_s, remote->practitionerServerId, report, depth);
    if (!practitionerId)
        return practitionerId.error();
    auto practitioner = practice.practitioner(*practitionerId);
    if (!practitioner)
        return practitioner.error();
    incoming.patientId = *patient;
    incoming.practitionerId = *practitionerId;
    incoming.siteId = practitioner->siteId;

    Transaction tx(m_db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    if (!remote->motifId.isEmpty()) {
        auto motif = practice.motif(remote->motifId);
        if (motif && motif->practitionerId == incoming.practitionerId) {
            incoming.motifId = motif->id;
        } else if (!motif) {
            // A visit reason this desk has not seen yet: known by its code and label.
            Motif m;
            m.id = remote->motifId;
            m.practitionerId = incoming.practitionerId;
            m.label = remote->motifLabel.isEmpty() ? tr("Visit") : remote->motifLabel.left(120);
            m.durationMinutes = int(qMax<qint64>(5, incoming.start.secsTo(incoming.end) / 60));
            m.color = u"#7fb3e6"_s;
            if (auto ok = practice.insertMotif(m); !ok)
                return ok.error();
            incoming.motifId = m.id;
        }
    }
    const QDateTime now = m_clock.now();
    // Two bookings of one slot are always shown to a person, never resolved silently.
    auto overlapping = [&](const Appointment &a) -> QString {
        if (!AppointmentStatuses::occupiesSlot(a.status))
            return {};
        for (const Appointment &other : appointments.inRange(a.start, a.end, {a.practitionerId}))
            if (other.id != a.id && AppointmentStatuses::occupiesSlot(other.status) && other.start < a.end
                && a.start < other.end && other.patientId != a.patientId)
                return other.id;
        return {};
    };
    QString otherId;
    bool statusChanged = true;
    AppointmentStatus fromStatus = incoming.status;
    if (local.isEmpty()) {
        incoming.id = isUuid(carried) ? carried : newUuid();
        if (!incoming.createdAt.isValid())
            incoming.createdAt = now;
        incoming.createdBy = tr("central agenda");
        local = incoming.id;
        otherId = overlapping(incoming);
        if (auto ok = appointments.insert(incoming); !ok)
            return ok.error();
        statusChanged = false;
        if (auto ok = appointments.addTransition({0, local, {}, AppointmentStatuses::code(incoming.status), now,
                                                  tr("central agenda"), {}});
            !ok)
            return ok.error();
    } else {
        auto current = appointments.byId(local);
        if (!current)
            return current.error();
        incoming.id = local;
        incoming.createdAt = current->createdAt;
        incoming.createdBy = current->createdBy;
        fromStatus = current->status;
        const QJsonObject localFields = FhirMapping::fields(*current);
        const QJsonObject remoteFields = FhirMapping::fields(incoming);
        Appointment merged = *current;
        if (!hasPending(m_db, u"appointment"_s, local)) {
            const QStringList keys = remoteFields.keys();
            FhirMapping::copyFields(merged, incoming, QSet<QString>(keys.begin(), keys.end()));
        } else {
            const QJsonObject base = l ? l->shadow : localFields;
            ThreeWay diff = compare(base, localFields, remoteFields);
            QString kind = u"fields"_s;
            const bool cancelledOnline = remoteFields.value(u"status"_s) == u"cancelled"_s
                                         && base.value(u"status"_s) != u"cancelled"_s;
            const bool movedHere = localFields.value(u"start"_s) != base.value(u"start"_s)
                                   || localFields.value(u"end"_s) != base.value(u"end"_s);
            if (cancelledOnline && movedHere && !diff.conflicting.contains(u"status"_s)) {
                kind = u"cancelled-moved"_s;
                diff.conflicting << u"status"_s << u"start"_s;
            }
            if (!diff.conflicting.isEmpty()) {
                QJsonObject remoteShown = remoteFields;
                remoteShown.insert(u"_resource"_s, resource);
                if (auto ok = recordConflict({{}, u"Appointment"_s, local, kind, diff.conflicting, localFields,
                                              remoteShown, version, {}, {}, {}, {}},
                                             report);
                    !ok)
                    return ok.error();
                if (auto ok = tx.commit(); !ok)
                    return ok.error();
                return true;
            }
            FhirMapping::copyFields(merged, incoming, diff.remoteOnly);
        }
        const QJsonObject mergedFields = FhirMapping::fields(merged);
        if (mergedFields.value(u"start"_s) != localFields.value(u"start"_s)
            || mergedFields.value(u"end"_s) != localFields.value(u"end"_s)
            || mergedFields.value(u"practitioner_id"_s) != localFields.value(u"practitioner_id"_s)
            || (mergedFields.value(u"status"_s) != localFields.value(u"status"_s)
                && !AppointmentStatuses::occupiesSlot(fromStatus)))
            otherId = overlapping(merged);
        statusChanged = merged.status != fromStatus;
        if (mergedFields != localFields)
            if (auto ok = appointments.update(merged); !ok)
                return ok.error();
        incoming.status = merged.status;
        if (statusChanged)
            if (auto ok = appointments.addTransition({0, local, AppointmentStatuses::code(fromStatus),
                                                      AppointmentStatuses::code(merged.status), now,
                                                      tr("central agenda"), merged.reason});
                !ok)
                return ok.error();
    }
    if (!otherId.isEmpty()) {
        Appointment mine;
        if (auto other = appointments.byId(otherId))
            mine = *other;
        QJsonObject remoteShown = FhirMapping::fields(incoming);
        remoteShown.insert(u"_resource"_s, resource);
        if (auto ok = recordConflict({{}, u"Appointment"_s, local, u"double-booking"_s, {u"start"_s},
                                      FhirMapping::fields(mine), remoteShown, version, otherId, {}, {}, {}},
                                     report);
            !ok)
            return ok.error();
    }
    Appointment shadow = incoming;
    shadow.status = remote->appointment.status;
    if (auto ok = saveLink(u"Appointment"_s, local, serverId, version, FhirMapping::fields(shadow)); !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    ++report.pulled;
    return true;
}

// ---------------------------------------------------------------- conflicts

Result<void> SyncEngine::resolve(const Session &session, const QString &conflictId, const QString &choice)
{
    const Database &db = session.database();
    SyncConflict conflict;
    bool found = false;
    for (const SyncConflict &c : conflicts(db, false))
        if (c.id == conflictId || (conflictId.size() >= 8 && c.id.startsWith(conflictId))) {
            conflict = c;
            found = true;
            break;
        }
    if (!found)
        return Error::notFound(tr("No synchronisation conflict has the identifier %1.").arg(conflictId));
    if (conflict.resolvedAt.isValid())
        return Error::refused(tr("This conflict was already settled (%1).").arg(conflict.resolution),
                              u"sync.conflict.resolved"_s);
    const bool doubleBooking = conflict.kind == u"double-booking"_s;
    const QStringList allowed = doubleBooking ? QStringList{u"local"_s, u"remote"_s, u"both"_s}
                                              : QStringList{u"local"_s, u"remote"_s};
    if (!allowed.contains(choice))
        return Error::invalid(tr("Choose %1.").arg(allowed.join(u", "_s)), u"sync.conflict.choice"_s);

    if (doubleBooking && choice != u"both"_s) {
        // Keep one booking of the slot; the other is cancelled by the practice (and the
        // cancellation reaches the central agenda, which tells the patient).
        const QString cancelled = choice == u"local"_s ? conflict.localId : conflict.otherId;
        auto ok = AppointmentService::cancel(session, cancelled, CancelledBy::Practice,
                                             tr("Two bookings of the same slot"));
        if (!ok)
            return ok.error();
    }
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    if (!doubleBooking) {
        auto r = db.exec(u"SELECT remote_resource FROM sync_conflicts WHERE id = ?"_s, {conflict.id});
        const QJsonObject resource = r && r->next() ? parseObject(r->value(0).toString()) : QJsonObject();
        const QString serverId = FhirMapping::serverId(resource);
        auto linkRow = db.exec(u"SELECT server_id FROM sync_links WHERE resource_type = ? AND local_id = ?"_s,
                               {conflict.resourceType, conflict.localId});
        const QString linkedServer = linkRow && linkRow->next() ? linkRow->value(0).toString() : serverId;
        const QString entity = journalEntity(conflict.resourceType);
        if (choice == u"remote"_s) {
            // The server's version: every field as received, this desk's pending changes dropped.
            QSet<QString> all;
            for (auto it = conflict.remote.constBegin(); it != conflict.remote.constEnd(); ++it)
                all.insert(it.key());
            auto localOf = [&](const QString &type, const QString &sid) {
                auto q = db.exec(u"SELECT local_id FROM sync_links WHERE resource_type = ? AND server_id = ?"_s, {type, sid});
                return q && q->next() ? q->value(0).toString() : QString();
            };
            if (conflict.resourceType == u"Patient"_s) {
                auto remote = FhirMapping::readPatient(resource);
                auto current = PatientRepository(db).byId(conflict.localId);
                if (!remote || !current)
                    return !remote ? remote.error() : current.error();
                Patient incoming = remote->patient;
                incoming.holderId = localOf(u"Patient"_s, remote->holderServerId);
                incoming.replacedBy = localOf(u"Patient"_s, remote->replacedByServerId);
                Patient merged = *current;
                FhirMapping::copyFields(merged, incoming, all);
                merged.updatedAt = session.now();
                if (auto ok = PatientRepository(db).update(merged); !ok)
                    return ok.error();
            } else {
                auto remote = FhirMapping::readAppointment(resource);
                auto current = AppointmentRepository(db).byId(conflict.localId);
                if (!remote || !current)
                    return !remote ? remote.error() : current.error();
                Appointment incoming = remote->appointment;
                incoming.patientId = localOf(u"Patient"_s, remote->patientServerId);
                incoming.practitionerId = localOf(u"Practitioner"_s, remote->practitionerServerId);
                if (incoming.patientId.isEmpty() || incoming.practitionerId.isEmpty())
                    return Error::invalid(tr("The server's version refers to a patient or practitioner not "
                                             "received yet: synchronise first."),
                                          u"sync.conflict.reference"_s);
                incoming.motifId = current->motifId;
                Appointment merged = *current;
                FhirMapping::copyFields(merged, incoming, all);
                if (auto ok = AppointmentRepository(db).update(merged); !ok)
                    return ok.error();
                if (merged.status != current->status)
                    if (auto ok = AppointmentRepository(db).addTransition(
                            {0, merged.id, AppointmentStatuses::code(current->status),
                             AppointmentStatuses::code(merged.status), session.now(), session.actor(),
                             tr("Conflict settled: the central agenda's version")});
                        !ok)
                        return ok.error();
            }
            if (auto ok = db.exec(u"UPDATE change_journal SET state = 'sent', last_error = 'superseded by the server' "
                                  "WHERE entity = ? AND entity_id = ? AND state IN ('pending', 'parked')"_s,
                                  {entity, conflict.localId});
                !ok)
                return ok.error();
        } else if (auto ok = ChangeJournal::record(db, entity, conflict.localId, u"update"_s,
                                                   QJsonObject{{u"conflict"_s, conflict.id}}, session.now());
                   !ok) {
            return ok.error();
        }
        // Either way the next push starts from the server's version: as the base of "local",
        // as the agreed state of "remote".
        if (!linkedServer.isEmpty())
            if (auto ok = db.exec(u"INSERT INTO sync_links(resource_type, local_id, server_id, version, shadow, synced_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(resource_type, local_id) DO UPDATE SET "
                                  "version = excluded.version, shadow = excluded.shadow, synced_at = excluded.synced_at"_s,
                                  {conflict.resourceType, conflict.localId, linkedServer, conflict.remoteVersion,
                                   compact(conflict.remote), toStored(session.now())});
                !ok)
                return ok.error();
    }
    if (auto ok = db.exec(u"UPDATE sync_conflicts SET resolved_at = ?, resolution = ?, resolved_by = ? WHERE id = ?"_s,
                          {toStored(session.now()), choice, session.actor(), conflict.id});
        !ok)
        return ok.error();
    AuditEntry audit;
    audit.at = session.now();
    audit.user = session.actor();
    audit.action = u"sync.conflict.resolve"_s;
    audit.entity = journalEntity(conflict.resourceType);
    audit.entityId = conflict.localId;
    audit.details = {{u"conflict"_s, conflict.id}, {u"kind"_s, conflict.kind}, {u"choice"_s, choice},
                     {u"local"_s, conflict.local}, {u"remote"_s, conflict.remote}};
    if (auto ok = AuditLog::append(db, audit); !ok)
        return ok.error();
    return tx.commit();
}

} // namespace guichet
