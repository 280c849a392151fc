// What patients can book online: each practitioner's Schedule and, for each visit reason
// bookable online, its free slots over the coming days (practice setting sync.slot_days,
// 14 by default; 0 sends none). Only the difference with what the server was last told is
// sent, in batch Bundles: new free slots created, slots no longer free marked busy. A batch
// sent but not recorded (a crash) is found again by the slots' identifiers before the next.
// Several desks of one practice compute the same slots: one of them publishes them (the
// others set sync.slot_days to 0).
#include "core/sync/slotpublisher.h"

#include "core/agenda/freeslots.h"
#include "core/base/clock.h"
#include "core/store/database.h"
#include "core/store/practicerepository.h"
#include "core/sync/fhirclient.h"
#include "core/sync/fhirmapping.h"
#include "core/sync/synccontext.h"
#include "core/sync/syncengine_p.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace guichet {

using namespace syncdetail;

namespace {

constexpr int kBatch = 200;

} // namespace

void SlotPublisher::publish(SyncReport &report)
{
    const int days = m_ctx.db.setting(u"sync.slot_days"_s, u"14"_s).toInt();
    if (days <= 0 || report.offline)
        return;
    const QDateTime now = m_ctx.clock.now();
    PracticeRepository practice(m_ctx.db);
    const QTimeZone zone = practice.displayZone();
    const QDate today = now.toTimeZone(zone).date();
    for (const Practitioner &p : practice.practitioners(true)) {
        if (!m_ctx.link(u"Practitioner"_s, p.id))
            continue; // sent with the practitioner first
        if (!ensureSchedule(p, report))
            return;
        // What should be free on the server, and what it was told.
        QHash<QString, SlotWanted> wanted;
        for (const Motif &m : practice.motifs(p.id)) {
            if (!m.active || !m.bookableOnline)
                continue;
            auto free = FreeSlots::find(m_ctx.db, now, p.id, m.id, today, today.addDays(days), 100000);
            if (!free)
                continue;
            for (const FreeSlot &f : *free) {
                const QString key = p.id + u'|' + m.id + u'|' + QString::number(f.start.toSecsSinceEpoch()) + u'|'
                    + QString::number(f.end.toSecsSinceEpoch());
                wanted.insert(key, {key, m.id, m.label, f.start, f.end});
            }
        }
        // A batch sent and not recorded here (the process stopped in between): the slots it made
        // are found by their identifiers and linked, so none is made twice.
        const QString pendingKey = u"sync.slots_unrecorded."_s + p.id;
        if (!m_ctx.db.setting(pendingKey).isEmpty()) {
            if (!recoverSlots(p, wanted, report))
                return;
            (void)m_ctx.db.setSetting(pendingKey, QString());
        }
        struct Known
        {
            QString serverId;
            bool free = false;
            qint64 start = 0;
        };
        QHash<QString, Known> known;
        auto r = m_ctx.db.exec(u"SELECT local_id, server_id, shadow FROM sync_links WHERE resource_type = 'Slot' "
                               "AND local_id >= ? AND local_id < ?"_s,
                               {QString(p.id + u'|'), QString(p.id + u'}')});
        while (r && r->next()) {
            const QJsonObject shadow = parseObject(r->value(2).toString());
            const QString key = r->value(0).toString();
            known.insert(key,
                         Known{r->value(1).toString(), shadow.value(u"status"_s).toString() == u"free"_s,
                               key.section(u'|', 2, 2).toLongLong()});
        }
        struct Change
        {
            QString key;
            QJsonObject resource;
            QString serverId; // empty: create
            bool free = false;
        };
        QList<Change> changes;
        for (const SlotWanted &w : std::as_const(wanted)) {
            const auto it = known.constFind(w.key);
            if (it != known.constEnd() && it->free)
                continue;
            QJsonObject resource =
                FhirMapping::pruned(m_ctx.mapping.slot(p.id, w.motifId, w.motifLabel, w.start, w.end, true));
            const QString serverId = it == known.constEnd() ? QString() : it->serverId;
            if (!serverId.isEmpty())
                resource.insert(u"id"_s, serverId);
            changes.append({w.key, resource, serverId, true});
        }
        for (auto it = known.constBegin(); it != known.constEnd(); ++it) {
            if (!it->free || wanted.contains(it.key()) || it->start <= now.toSecsSinceEpoch())
                continue; // past slots are left as they were
            const QString motifId = it.key().section(u'|', 1, 1);
            const QDateTime start = QDateTime::fromSecsSinceEpoch(it->start, QTimeZone::utc());
            const QDateTime end =
                QDateTime::fromSecsSinceEpoch(it.key().section(u'|', 3, 3).toLongLong(), QTimeZone::utc());
            QJsonObject resource = FhirMapping::pruned(m_ctx.mapping.slot(p.id, motifId, QString(), start, end, false));
            resource.insert(u"id"_s, it->serverId);
            changes.append({it.key(), resource, it->serverId, false});
        }
        for (qsizetype from = 0; from < changes.size(); from += kBatch) {
            const qsizetype to = qMin(changes.size(), from + kBatch);
            QJsonArray entries;
            for (qsizetype i = from; i < to; ++i) {
                const Change &c = changes.at(i);
                QJsonObject request = c.serverId.isEmpty()
                    ? QJsonObject{{u"method"_s, u"POST"_s}, {u"url"_s, u"Slot"_s}}
                    : QJsonObject{{u"method"_s, u"PUT"_s}, {u"url"_s, QString(u"Slot/"_s + c.serverId)}};
                entries.append(QJsonObject{{u"resource"_s, c.resource}, {u"request"_s, request}});
            }
            if (auto ok = m_ctx.db.setSetting(pendingKey, u"1"_s); !ok)
                return;
            const FhirResponse answer = m_ctx.client.create(
                QString(),
                QJsonObject{{u"resourceType"_s, u"Bundle"_s}, {u"type"_s, u"batch"_s}, {u"entry"_s, entries}}, {});
            const QJsonArray results = answer.json.value(u"entry"_s).toArray();
            if (!answer.ok() || results.size() != to - from) {
                report.offline = answer.networkFailure();
                report.serverError = report.serverError || !answer.networkFailure();
                report.log << tr("Free slots of %1 not sent: %2").arg(p.displayName(), answer.error);
                return;
            }
            Transaction tx(m_ctx.db);
            if (!tx.begin())
                return;
            for (qsizetype i = from; i < to; ++i) {
                const QJsonObject result = results.at(i - from).toObject();
                const QString status = result.value(u"response"_s).toObject().value(u"status"_s).toString();
                if (!status.startsWith(u'2'))
                    continue; // refused: tried again at the next exchange
                QString id = result.value(u"resource"_s).toObject().value(u"id"_s).toString();
                const QString location = result.value(u"response"_s).toObject().value(u"location"_s).toString();
                if (id.isEmpty())
                    id = location.section(u'/', 1, 1);
                if (id.isEmpty())
                    continue;
                const QString version = result.value(u"resource"_s)
                                            .toObject()
                                            .value(u"meta"_s)
                                            .toObject()
                                            .value(u"versionId"_s)
                                            .toString(location.section(u'/', 3, 3));
                const Change &c = changes.at(i);
                if (auto ok = m_ctx.saveLink(u"Slot"_s, c.key, id, version,
                                             QJsonObject{{u"status"_s, c.free ? u"free"_s : u"busy"_s}});
                    !ok)
                    return;
                ++report.pushed;
            }
            if (auto ok = m_ctx.db.setSetting(pendingKey, QString()); !ok)
                return;
            if (!tx.commit())
                return;
        }
    }
}

bool SlotPublisher::ensureSchedule(const Practitioner &p, SyncReport &report)
{
    if (m_ctx.link(u"Schedule"_s, p.id))
        return true;
    const QDateTime now = m_ctx.clock.now();
    const int days = qMax(1, m_ctx.db.setting(u"sync.slot_days"_s, u"14"_s).toInt());
    const QJsonObject schedule = FhirMapping::pruned(m_ctx.mapping.schedule(p, now, now.addDays(days)));
    const FhirResponse r = m_ctx.client.create(
        u"Schedule"_s, schedule, u"identifier=urn%3Aguichet%3Aschedule%7C"_s + FhirMapping::scheduleId(p.id));
    if (!r.ok()) {
        report.offline = r.networkFailure();
        report.serverError = report.serverError || !r.networkFailure();
        report.log << tr("%1 %2 not sent: %3").arg(u"Schedule"_s, p.id, r.error);
        return false;
    }
    if (auto ok = m_ctx.saveLink(u"Schedule"_s, p.id, FhirMapping::serverId(r.json), r.version, {}); !ok)
        return false;
    if (r.status == 201)
        ++report.pushed; // 200: another desk of the practice made it
    return true;
}

bool SlotPublisher::recoverSlots(const Practitioner &p, const QHash<QString, SlotWanted> &wanted, SyncReport &report)
{
    const auto schedule = m_ctx.link(u"Schedule"_s, p.id);
    if (!schedule)
        return true;
    QHash<QString, QString> keyOfIdentifier; // slotId -> key
    for (const SlotWanted &w : wanted)
        keyOfIdentifier.insert(FhirMapping::slotId(w.key), w.key);
    auto identifierOf = [](const QJsonObject &slot) {
        for (const auto &i : slot.value(u"identifier"_s).toArray())
            if (i.toObject().value(u"system"_s).toString() == u"urn:guichet:slot"_s)
                return i.toObject().value(u"value"_s).toString();
        return QString();
    };
    QString url = u"Slot?schedule=Schedule/%1&_count=500"_s.arg(schedule->serverId);
    for (int offset = 0;; offset += 500) {
        const FhirResponse r = m_ctx.client.get(offset == 0 ? url : url + u"&_offset="_s + QString::number(offset));
        if (!r.ok()) {
            report.offline = r.networkFailure();
            report.serverError = report.serverError || !r.networkFailure();
            report.log << tr("Free slots of %1 not checked: %2").arg(p.displayName(), r.error);
            return false;
        }
        const QJsonArray entries = r.json.value(u"entry"_s).toArray();
        Transaction tx(m_ctx.db);
        if (!tx.begin())
            return false;
        for (const auto &e : entries) {
            const QJsonObject slot = e.toObject().value(u"resource"_s).toObject();
            const QString key = keyOfIdentifier.value(identifierOf(slot));
            if (key.isEmpty() || m_ctx.link(u"Slot"_s, key))
                continue;
            if (!m_ctx.saveLink(u"Slot"_s, key, FhirMapping::serverId(slot), FhirMapping::versionOf(slot),
                                QJsonObject{{u"status"_s, slot.value(u"status"_s).toString()}}))
                return false;
        }
        if (!tx.commit())
            return false;
        if (entries.size() < 500)
            return true;
    }
}

} // namespace guichet
