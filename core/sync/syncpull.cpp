// The pull half of SyncEngine: pages of resources by _lastUpdated, each applied locally
// (created, updated, or merged field by field with the desk's pending changes).
#include "core/agenda/appointmentwrite.h"
#include "core/agenda/noshowpolicy.h"
#include "core/agenda/waitinglist.h"
#include "core/base/clock.h"
#include "core/base/timeutil.h"
#include "core/base/uuid.h"
#include "core/documents/documentvault.h"
#include "core/reminders/reminderservice.h"
#include "core/store/appointmentrepository.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/patientrepository.h"
#include "core/store/practicerepository.h"
#include "core/sync/fhirclient.h"
#include "core/sync/fhirmapping.h"
#include "core/sync/syncengine_p.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace guichet {

using namespace syncdetail;

namespace {

constexpr int kMaxDepth = 4;

} // namespace

QString SyncEngine::matchLocal(const QString &type, const QString &serverId, const QString &carried) const
{
    const QString linked = localIdOf(type, serverId);
    if (!linked.isEmpty() || carried.isEmpty())
        return linked;
    auto r = m_db.exec(u"SELECT 1 FROM "_s + tableOf(type) + u" WHERE id = ?"_s, {carried});
    return r && r->next() ? carried : QString();
}

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
    if (type == u"Flag"_s)
        return applyFlag(resource, report, depth);
    if (type == u"DocumentReference"_s)
        return applyDocument(resource, report, depth);
    if (type == u"CommunicationRequest"_s)
        return applyCommunication(resource, report);
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
            if (auto r = m_db.exec(u"UPDATE practitioners SET specialty = ? WHERE id = ?"_s,
                                   {role->specialty, *practitioner});
                !r)
                return r.error();
        return commitApplied(tx, type, *practitioner, FhirMapping::serverId(resource), version, {}, report);
    }
    return Error::invalid(tr("resource type %1 is not synchronised").arg(type.left(40)), u"fhir.type"_s);
}

Result<bool> SyncEngine::applyPractice(const QJsonObject &resource)
{
    const QString type = resource.value(u"resourceType"_s).toString();
    const QString serverId = FhirMapping::serverId(resource);
    const QString version = FhirMapping::versionOf(resource);
    PracticeRepository practice(m_db);
    const QString carried = FhirMapping::guichetId(resource);
    const bool isSite = type == u"Location"_s;
    QString local = matchLocal(type, serverId, carried);
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
        } else if (auto r = m_db.exec(
                       u"UPDATE practitioners SET title = ?, first_name = ?, last_name = ?, specialty = ?, "
                       "registration = ?, color = ?, online_cancel_deadline_hours = ?, "
                       "accepts_new_patients_online = ?, active = ? WHERE id = ?"_s,
                       {bindable(p.title), bindable(p.firstName), p.lastName, p.specialty, bindable(p.registration),
                        p.color, p.onlineCancelDeadlineHours, p.acceptsNewPatientsOnline, p.active, local});
                   !r)
            return r.error();
    }
    if (auto ok = saveLink(type, local, serverId, version, {}); !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return true;
}

Result<bool> SyncEngine::commitApplied(Transaction &tx, const QString &type, const QString &local,
                                       const QString &serverId, const QString &version, const QJsonObject &shadow,
                                       SyncReport &report)
{
    if (auto ok = saveLink(type, local, serverId, version, shadow); !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    ++report.pulled;
    return true;
}

Result<bool> SyncEngine::holdForAPerson(Transaction &tx, const QString &type, const QString &local, const QString &kind,
                                        const QStringList &fields, const QJsonObject &localFields,
                                        const QJsonObject &remoteFields, const QJsonObject &resource,
                                        SyncReport &report)
{
    // The link keeps its older version: the desk's change is not pushed over the server's
    // until the conflict is settled.
    QJsonObject remoteShown = remoteFields;
    remoteShown.insert(u"_resource"_s, resource);
    if (auto ok = recordConflict(
            {{}, type, local, kind, fields, localFields, remoteShown, FhirMapping::versionOf(resource), {}, {}, {}, {}},
            report);
        !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return true;
}

Result<bool> SyncEngine::applyCommunication(const QJsonObject &resource, SyncReport &report)
{
    // Only this desk's requests matter here: the central agenda says when one was sent.
    const QString local =
        matchLocal(u"CommunicationRequest"_s, FhirMapping::serverId(resource), FhirMapping::guichetId(resource));
    if (local.isEmpty())
        return false;
    const QString version = FhirMapping::versionOf(resource);
    if (const auto l = link(u"CommunicationRequest"_s, local); l && l->version == version)
        return false;
    auto state = FhirMapping::readCommunicationState(resource);
    if (!state)
        return state.error();
    Transaction tx(m_db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    // Sent is final; a revocation decided here is not undone by an older server copy.
    if (*state == u"sent"_s)
        if (auto r = m_db.exec(u"UPDATE notification_requests SET state = 'sent' WHERE id = ? AND state = 'pending'"_s,
                               {local});
            !r)
            return r.error();
    return commitApplied(tx, u"CommunicationRequest"_s, local, FhirMapping::serverId(resource), version,
                         QJsonObject{{u"state"_s, *state}}, report);
}

Result<bool> SyncEngine::applyDocument(const QJsonObject &resource, SyncReport &report, int depth)
{
    auto remote = FhirMapping::readDocumentReference(resource);
    if (!remote)
        return remote.error();
    const QString serverId = FhirMapping::serverId(resource);
    const QString version = FhirMapping::versionOf(resource);
    const QString carried = remote->document.id;
    QString local = matchLocal(u"DocumentReference"_s, serverId, carried); // this desk's own, shared earlier
    if (const auto l = local.isEmpty() ? std::nullopt : link(u"DocumentReference"_s, local); l && l->version == version)
        return false;
    if (!local.isEmpty() || remote->status != u"current"_s) {
        // Known here already. A patient's upload withdrawn online leaves this desk too.
        Transaction tx(m_db);
        if (auto ok = tx.begin(); !ok)
            return ok.error();
        if (!local.isEmpty() && remote->status == u"entered-in-error"_s)
            if (auto r = m_db.exec(u"DELETE FROM documents WHERE id = ? AND origin = 'patient'"_s, {local}); !r)
                return r.error();
        if (!local.isEmpty())
            if (auto ok = saveLink(u"DocumentReference"_s, local, serverId, version, FhirMapping::pruned(resource));
                !ok)
                return ok.error();
        if (auto ok = tx.commit(); !ok)
            return ok.error();
        return !local.isEmpty();
    }
    // A document the patient added online: fetched, checked, sealed into the vault as theirs.
    auto patient = ensureLocal(u"Patient"_s, remote->patientServerId, report, depth);
    if (!patient)
        return patient.error();
    QString appointment;
    if (!remote->appointmentServerId.isEmpty())
        if (auto a = ensureLocal(u"Appointment"_s, remote->appointmentServerId, report, depth))
            appointment = *a;
    const FhirResponse r =
        m_client.get(u"Binary/"_s + QString::fromUtf8(QUrl::toPercentEncoding(remote->binaryServerId)));
    if (!r.ok())
        return Error::io(tr("Binary/%1 could not be read: %2").arg(remote->binaryServerId.left(64), r.error));
    auto bytes = FhirMapping::readBinary(r.json, DocumentVault::MaxBytes);
    if (!bytes)
        return bytes.error();
    if (remote->document.size > 0 && remote->document.size != bytes->size())
        return Error::invalid(tr("the document's size does not match its description"),
                              u"fhir.documentreference.size"_s);
    if (!remote->sha1.isEmpty() && QCryptographicHash::hash(*bytes, QCryptographicHash::Sha1) != remote->sha1)
        return Error::invalid(tr("the document's content does not match its hash"), u"fhir.documentreference.hash"_s);
    DocumentMeta d = remote->document;
    d.id = isUuid(carried) ? carried : newUuid();
    d.patientId = *patient;
    d.appointmentId = appointment;
    if (!d.addedAt.isValid())
        d.addedAt = m_clock.now();
    d.addedBy = tr("patient (online)");
    Transaction tx(m_db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    auto stored = DocumentVault::store(m_db, d, *bytes, false, m_clock.now());
    if (!stored)
        return stored.error();
    if (auto ok = saveLink(u"Binary"_s, d.id, remote->binaryServerId, FhirMapping::versionOf(r.json), {}); !ok)
        return ok.error();
    return commitApplied(tx, u"DocumentReference"_s, d.id, serverId, version, FhirMapping::pruned(resource), report);
}

Result<bool> SyncEngine::applyFlag(const QJsonObject &resource, SyncReport &report, int depth)
{
    auto remote = FhirMapping::readBookingFlag(resource);
    if (!remote)
        return remote.error().code == ErrorCode::NotFound ? Result<bool>(false) : Result<bool>(remote.error());
    auto patient = ensureLocal(u"Patient"_s, remote->patientServerId, report, depth);
    if (!patient)
        return patient.error();
    auto practitioner = ensureLocal(u"Practitioner"_s, remote->practitionerServerId, report, depth);
    if (!practitioner)
        return practitioner.error();
    const QString key = *patient + u'|' + *practitioner;
    const QString version = FhirMapping::versionOf(resource);
    if (const auto l = link(u"Flag"_s, key); l && l->version == version)
        return false;
    Transaction tx(m_db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    // A block or lift decided at this desk and not sent yet wins; it goes up next.
    auto pending = m_db.exec(u"SELECT 1 FROM change_journal WHERE entity = 'booking-block' AND entity_id = ? "
                             "AND state = 'pending' LIMIT 1"_s,
                             {key});
    const bool deskDecided = pending && pending->next();
    const NoShowStatus status = NoShowPolicy::status(m_db, *patient, *practitioner);
    if (!deskDecided && remote->blocked != status.blocked) {
        const QString action = remote->blocked ? u"block"_s : u"lift"_s;
        if (auto ok = m_db.exec(u"INSERT INTO booking_blocks(patient_id, practitioner_id, action, reason, at_utc, "
                                "user_name) VALUES (?, ?, ?, ?, ?, ?)"_s,
                                {*patient, *practitioner, action, tr("Decided on the central agenda"),
                                 toStored(m_clock.now()), tr("central agenda")});
            !ok)
            return ok.error();
        AuditEntry audit;
        audit.at = m_clock.now();
        audit.user = tr("central agenda");
        audit.action = remote->blocked ? u"booking.block"_s : u"booking.unblock"_s;
        audit.entity = u"patient"_s;
        audit.entityId = *patient;
        audit.reason = tr("Decided on the central agenda");
        audit.details = {{u"practitioner_id"_s, *practitioner}, {u"flag"_s, FhirMapping::serverId(resource)}};
        if (auto ok = AuditLog::append(m_db, audit); !ok)
            return ok.error();
    }
    return commitApplied(tx, u"Flag"_s, key, FhirMapping::serverId(resource), version,
                         QJsonObject{{u"blocked"_s, remote->blocked}}, report);
}

Result<void> SyncEngine::recordConflict(const SyncConflict &c, SyncReport &report) const
{
    // One open conflict per record and kind: a newer server version replaces the older one.
    auto r =
        m_db.exec(u"SELECT id FROM sync_conflicts WHERE resolved_at IS NULL AND resource_type = ? AND local_id = ? "
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
    auto ins =
        m_db.exec(u"INSERT INTO sync_conflicts(id, resource_type, local_id, kind, fields, local, remote, "
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
    auto r = db.exec(
        u"SELECT 1 FROM change_journal WHERE entity = ? AND entity_id = ? AND state IN ('pending', 'parked') LIMIT 1"_s,
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
    const QString carried = remote->patient.id;
    QString local = matchLocal(u"Patient"_s, serverId, carried);
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
            if (!diff.conflicting.isEmpty())
                return holdForAPerson(tx, u"Patient"_s, local, u"fields"_s, diff.conflicting, localFields, remoteFields,
                                      resource, report);
            FhirMapping::copyFields(merged, incoming, diff.remoteOnly);
        }
        merged.updatedAt = now;
        if (FhirMapping::fields(merged) != localFields) {
            if (auto ok = patients.update(merged); !ok)
                return ok.error();
            // New contacts or switches change who hears about the appointments to come.
            if (auto ok = ReminderService::replanPatient(m_db, local, now); !ok)
                return ok.error();
        }
    }
    return commitApplied(tx, u"Patient"_s, local, serverId, version, FhirMapping::fields(incoming), report);
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
    const QString carried = remote->appointment.id;
    QString local = matchLocal(u"Appointment"_s, serverId, carried);
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
    auto overlapping = [&](const Appointment &a) -> Result<QString> {
        if (!AppointmentStatuses::occupiesSlot(a.status))
            return QString();
        auto others = appointments.inRange(a.start, a.end, {a.practitionerId});
        if (!others)
            return others.error();
        for (const Appointment &other : *others)
            if (other.id != a.id && AppointmentStatuses::occupiesSlot(other.status) && other.start < a.end
                && a.start < other.end && other.patientId != a.patientId)
                return other.id;
        return QString();
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
        auto other = overlapping(incoming);
        if (!other)
            return other.error();
        otherId = *other;
        // Booked at another desk: that desk plans its messages. Booked online: the desk that
        // plans received changes does.
        AppointmentWrite::Step step{now, tr("central agenda"), {}, AppointmentWrite::Origin::CentralAgenda};
        step.plansMessages = !isUuid(carried) && ReminderService::plansReceivedChanges(m_db);
        if (auto ok = AppointmentWrite::create(m_db, incoming, step); !ok)
            return ok.error();
        statusChanged = false;
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
            const bool cancelledOnline =
                remoteFields.value(u"status"_s) == u"cancelled"_s && base.value(u"status"_s) != u"cancelled"_s;
            const bool movedHere = localFields.value(u"start"_s) != base.value(u"start"_s)
                || localFields.value(u"end"_s) != base.value(u"end"_s);
            if (cancelledOnline && movedHere && !diff.conflicting.contains(u"status"_s)) {
                kind = u"cancelled-moved"_s;
                diff.conflicting << u"status"_s << u"start"_s;
            }
            if (!diff.conflicting.isEmpty())
                return holdForAPerson(tx, u"Appointment"_s, local, kind, diff.conflicting, localFields, remoteFields,
                                      resource, report);
            FhirMapping::copyFields(merged, incoming, diff.remoteOnly);
        }
        const QJsonObject mergedFields = FhirMapping::fields(merged);
        if (mergedFields.value(u"start"_s) != localFields.value(u"start"_s)
            || mergedFields.value(u"end"_s) != localFields.value(u"end"_s)
            || mergedFields.value(u"practitioner_id"_s) != localFields.value(u"practitioner_id"_s)
            || (mergedFields.value(u"status"_s) != localFields.value(u"status"_s)
                && !AppointmentStatuses::occupiesSlot(fromStatus))) {
            auto other = overlapping(merged);
            if (!other)
                return other.error();
            otherId = *other;
        }
        statusChanged = merged.status != fromStatus;
        incoming.status = merged.status;
        if (auto ok = AppointmentWrite::change(m_db, *current, merged,
                                               {now, tr("central agenda"), statusChanged ? merged.reason : tr("moved"),
                                                AppointmentWrite::Origin::CentralAgenda});
            !ok)
            return ok.error();
    }
    // The messages followed what the central agenda changed (AppointmentWrite); a booking of a
    // slot offered from the waiting list replaces the patient's later appointment.
    if (incoming.status == AppointmentStatus::Booked && otherId.isEmpty())
        if (auto ok = WaitingList::acceptBooked(m_db, local, now); !ok)
            return ok.error();
    if (!otherId.isEmpty()) {
        Appointment mine;
        if (auto other = appointments.byId(otherId))
            mine = *other;
        QJsonObject remoteShown = FhirMapping::fields(incoming);
        remoteShown.insert(u"_resource"_s, resource);
        if (auto ok = recordConflict({{},
                                      u"Appointment"_s,
                                      local,
                                      u"double-booking"_s,
                                      {u"start"_s},
                                      FhirMapping::fields(mine),
                                      remoteShown,
                                      version,
                                      otherId,
                                      {},
                                      {},
                                      {}},
                                     report);
            !ok)
            return ok.error();
    }
    Appointment shadow = incoming;
    shadow.status = remote->appointment.status;
    return commitApplied(tx, u"Appointment"_s, local, serverId, version, FhirMapping::fields(shadow), report);
}

// ---------------------------------------------------------------- conflicts

} // namespace guichet
