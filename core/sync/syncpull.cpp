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
#include "core/sync/synccontext.h"
#include "core/sync/syncengine_p.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace guichet {

using namespace syncdetail;

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

void SyncEngine::pull(SyncReport &report, const QStringList &types)
{
    for (const QString &type : resourceTypes()) {
        if (types.contains(type) && !pullType(type, report))
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
    if (const ResourceHandler *handler = ResourceHandlers::of(type); handler && !handler->pullQuery().isEmpty())
        for (const QString &item : handler->pullQuery().split(u'&'))
            query.addQueryItem(item.section(u'=', 0, 0), item.section(u'=', 1));
    if (watermark.isValid())
        query.addQueryItem(u"_lastUpdated"_s,
                           u"gt"_s + watermark.addSecs(-m_overlapSecs).toUTC().toString(Qt::ISODateWithMs));
    const QString first = type + u'?' + query.toString(QUrl::FullyEncoded);
    QString url = first;
    QDateTime newest = watermark;
    QSet<QString> seen; // id/version: a page that repeats itself stops the loop
    // The next page is asked for before this one is applied: the server and the network work
    // while this desk writes.
    QNetworkReply *ahead = nullptr;
    const auto dropAhead = qScopeGuard([&] { m_client.abandon(ahead); });
    for (int page = 0, offset = 0; page < 100000; ++page) {
        const FhirResponse r = ahead ? m_client.collect(std::exchange(ahead, nullptr)) : m_client.get(url);
        if (!r.ok() || r.json.value(u"resourceType"_s).toString() != u"Bundle"_s) {
            if (r.networkFailure())
                report.offline = true;
            else
                report.serverError = true;
            report.log << tr("Receiving %1 failed: %2").arg(type, r.error.isEmpty() ? u"not a Bundle"_s : r.error);
            return false;
        }
        const QJsonArray entries = r.json.value(u"entry"_s).toArray();
        QList<QJsonObject> resources;
        resources.reserve(entries.size());
        for (const auto &e : entries) {
            QJsonObject resource = e.toObject().value(u"resource"_s).toObject();
            if (resource.value(u"resourceType"_s).toString() != type)
                continue; // OperationOutcome entries, included resources
            const QString tag = FhirMapping::serverId(resource) + u'/' + FhirMapping::versionOf(resource);
            if (seen.contains(tag))
                continue;
            seen.insert(tag);
            resources << std::move(resource);
        }
        const int fresh = int(resources.size());
        QString next;
        for (const auto &l : r.json.value(u"link"_s).toArray())
            if (l.toObject().value(u"relation"_s).toString() == u"next"_s)
                next = l.toObject().value(u"url"_s).toString();
        const bool last = next.isEmpty() && (entries.size() < m_pageSize || fresh == 0);
        if (!last) {
            if (next.isEmpty()) {
                offset += m_pageSize;
                next = first + u"&_offset="_s + QString::number(offset);
            }
            url = next;
            ahead = m_client.prefetch(url); // null when refused: get() below says why
        }
        // One transaction a page (each resource a savepoint in it): far fewer commits, and the
        // watermark moves with the rows it covers.
        Transaction pageTx(m_db);
        if (auto ok = pageTx.begin(); !ok) {
            report.log << ok.error().message;
            return false;
        }
        for (const QJsonObject &resource : std::as_const(resources)) {
            const QDateTime updated = QDateTime::fromString(
                resource.value(u"meta"_s).toObject().value(u"lastUpdated"_s).toString(), Qt::ISODateWithMs);
            auto applied = m_ctx->apply(resource, report);
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
        if (!m_ctx->plansDue.isEmpty()) {
            auto planned = ReminderService::replanMany(m_db, std::exchange(m_ctx->plansDue, {}), m_clock.now());
            if (!planned) {
                report.log << planned.error().message;
                return false;
            }
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
        if (last)
            break;
    }
    return true;
}

} // namespace guichet
