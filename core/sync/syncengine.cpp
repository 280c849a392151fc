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
#include "core/sync/resourcehandler.h"
#include "core/sync/slotpublisher.h"
#include "core/sync/synccontext.h"
#include "core/sync/syncengine_p.h"
#include "core/sync/syncreview.h"
#include "core/sync/syncsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSet>
#include <QUrlQuery>

#include <optional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSync, "guichet.sync")

namespace guichet {

using namespace syncdetail;

namespace {

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
                                                  const auto l = m_ctx->link(type, localId);
                                                  return l ? l->serverId : QString();
                                              });
    m_ctx = std::make_unique<SyncContext>(db, client, clock, *m_mapping);
}

SyncEngine::~SyncEngine() = default;

QStringList SyncEngine::resourceTypes()
{
    QStringList out;
    for (const ResourceHandler *handler : ResourceHandlers::all())
        if (handler->pulled())
            out << handler->type();
    return out;
}

QString syncdetail::journalEntity(const QString &type)
{
    const ResourceHandler *handler = ResourceHandlers::of(type);
    return handler ? handler->journalEntity() : QString();
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
                     "'schedule-exception', 'absence', 'site', 'practitioner', 'motif')"_s);
    return r && r->next() ? r->value(0).toInt() : 0;
}

int SyncEngine::parkedCount(const Database &db)
{
    auto r = db.exec(u"SELECT count(*) FROM change_journal WHERE state = 'parked'"_s);
    return r && r->next() ? r->value(0).toInt() : 0;
}

SyncReport SyncEngine::runOnce()
{
    SyncReport report;
    m_client.setDeadline(QDeadlineTimer(m_timeLimitMs));
    const auto unbounded = qScopeGuard([this] { m_client.setDeadline(QDeadlineTimer(QDeadlineTimer::Forever)); });
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
    report.openConflicts = SyncConflicts::openCount(m_db);
    report.openReviews = SyncReview::openCount(m_db).valueOr(0);
    // What was sent is forgotten (the journal's payloads, zeroed by secure_delete): the write-ahead
    // log is folded back and emptied so no earlier page image keeps it either. Readers of other
    // desks may hold some frames; the next run empties them.
    if (report.pushed > 0)
        (void)m_db.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    if (m_client.signInNeeded()) {
        report.signInNeeded = true;
        report.log.prepend(tr("The central agenda no longer accepts this desk's sign-in: nothing is lost, the "
                              "changes wait here. Sign in again (File, Central agenda)."));
    }
    if (!m_client.cancelled()) // a link stopped by the desk says nothing of the network
        SyncSettings::recordLink(m_db, report.offline, report.signInNeeded);
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
        // Their visit reasons and online rules.
        if (auto r = m_db.exec(u"SELECT id FROM motifs m WHERE NOT EXISTS (SELECT 1 FROM sync_links l WHERE "
                               "l.resource_type = 'HealthcareService' AND l.local_id = m.id) ORDER BY rowid"_s))
            while (r->next())
                add(u"HealthcareService"_s, r->value(0).toString(), 0);
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
    // The journal's entities, each sent as the resource type whose handler journals it.
    QHash<QString, QString> typeOfEntity;
    for (const ResourceHandler *handler : ResourceHandlers::all())
        if (!handler->journalEntity().isEmpty())
            typeOfEntity.insert(handler->journalEntity(), handler->type());
    const QStringList entities = typeOfEntity.keys();
    QVariantList values = {toStored(m_clock.now())};
    for (const QString &entity : entities)
        values << entity;
    if (auto r = m_db.exec(u"SELECT seq, entity, entity_id FROM change_journal WHERE state = 'pending' "
                           "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) AND entity IN ("_s
                               + QStringList(entities.size(), u"?"_s).join(u", "_s) + u") ORDER BY seq"_s,
                           values))
        while (r->next())
            add(typeOfEntity.value(r->value(1).toString()), r->value(2).toString(), r->value(0).toLongLong());
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
        m_ctx->lastError.clear();
        const PushOutcome outcome = m_ctx->pushEntity(item.type, item.localId, report);
        const QString entity = journalEntity(item.type);
        if (entity.isEmpty()) { // practitioners: not journalled, sent once
            if (outcome == PushOutcome::Offline) {
                report.offline = true;
                report.log << tr("The central agenda cannot be reached: %1").arg(m_ctx->lastError);
                return;
            }
            if (outcome != PushOutcome::Done) {
                allDone = false;
                report.log << tr("%1 %2 not sent: %3").arg(item.type, item.localId, m_ctx->lastError);
            }
            continue;
        }
        if (outcome == PushOutcome::Done) {
            markJournal(entity, item.localId, item.maxSeq > 0 ? item.maxSeq : std::numeric_limits<qint64>::max(),
                        u"sent"_s, {}, false);
            continue;
        }
        allDone = false;
        if (outcome == PushOutcome::Offline) {
            report.offline = true;
            report.log << tr("The central agenda cannot be reached: %1").arg(m_ctx->lastError);
            return;
        }
        if (outcome == PushOutcome::Conflict)
            continue;
        report.log << tr("%1 %2 not sent: %3").arg(item.type, item.localId, m_ctx->lastError);
        if (m_ctx->lastRefused)
            markJournal(entity, item.localId, item.maxSeq, u"refused"_s, m_ctx->lastError, true);
        else {
            report.serverError = true;
            markJournal(entity, item.localId, item.maxSeq, u"failed"_s, m_ctx->lastError, true);
        }
    }
    if (!uploaded && allDone)
        (void)m_db.setSetting(u"sync.uploaded_to"_s, url);
    pushNotifications(report);
    const bool failedBefore = report.offline || report.serverError;
    if (!report.offline)
        releaseEndedHolds(*m_ctx, report);
    SlotPublisher(*m_ctx).publish(report);
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
        PushOutcome o = PushOutcome::Done;
        for (const auto &[type, id] :
             {std::pair{u"Patient"_s, n.at(1)}, std::pair{u"Patient"_s, n.at(2)}, std::pair{u"Appointment"_s, n.at(3)}})
            if (o == PushOutcome::Done && !id.isEmpty() && !m_ctx->link(type, id))
                o = m_ctx->pushEntity(type, id, report, 1);
        if (o == PushOutcome::Done)
            o = m_ctx->pushResource(u"CommunicationRequest"_s, n.first(), report);
        if (o == PushOutcome::Offline) {
            report.offline = true;
            report.log << tr("The central agenda cannot be reached: %1").arg(m_ctx->lastError);
            return;
        }
        if (o == PushOutcome::Failed)
            report.log << tr("%1 %2 not sent: %3").arg(u"CommunicationRequest"_s, n.first(), m_ctx->lastError);
    }
}

// ---------------------------------------------------------------- pull

Result<int> SyncEngine::pendingCount(const Session &session)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    return pendingCount(session.database());
}

} // namespace guichet
