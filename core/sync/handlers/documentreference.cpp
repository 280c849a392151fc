// DocumentReference (with its Binary): a document shared with the patient, or uploaded by
// the patient online; a removal here is marked entered in error there.
#include "core/base/clock.h"
#include "core/base/uuid.h"
#include "core/documents/documentvault.h"
#include "core/store/database.h"
#include "core/sync/fhirclient.h"
#include "core/sync/fhirmapping.h"
#include "core/sync/synccontext.h"
#include "core/sync/syncengine.h"

#include <QCryptographicHash>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace guichet {

class DocumentReferenceHandler final : public ResourceHandler
{
public:
    QString type() const override { return u"DocumentReference"_s; }
    QString table() const override { return u"documents"_s; }
    QString journalEntity() const override { return u"document"_s; }

    PushOutcome push(SyncContext &ctx, const QString &localId, SyncReport &report, int depth) const override
    {
        auto d = DocumentVault::byId(ctx.db, localId);
        if (!d) {
            // Removed at the desk: marked entered in error on the server, when it was ever sent.
            const auto l = ctx.link(type(), localId);
            if (!l)
                return PushOutcome::Done;
            QJsonObject gone = l->shadow;
            if (gone.value(u"status"_s).toString() == u"entered-in-error"_s)
                return PushOutcome::Done;
            gone.insert(u"status"_s, u"entered-in-error"_s);
            gone.insert(u"id"_s, l->serverId);
            gone.remove(u"meta"_s);
            const FhirResponse r = ctx.client.update(type(), l->serverId, gone, l->version);
            if (!r.ok())
                return ctx.failed(r.error, r.networkFailure(), r.serverFailure());
            if (auto ok = ctx.saveLink(type(), localId, l->serverId, r.version, gone); !ok) {
                ctx.lastError = ok.error().message;
                return PushOutcome::Failed;
            }
            ++report.pushed;
            return PushOutcome::Done;
        }
        if (!d->shared && d->origin == u"practice"_s)
            return PushOutcome::Done; // the practice's own paper: it stays here until shared
        if (const PushOutcome o = ctx.need(u"Patient"_s, d->patientId, report, depth); o != PushOutcome::Done)
            return o;
        if (const PushOutcome o = ctx.need(u"Appointment"_s, d->appointmentId, report, depth); o != PushOutcome::Done)
            return o;
        if (!ctx.link(u"Binary"_s, localId)) {
            auto bytes = DocumentVault::read(ctx.db, localId);
            if (!bytes)
                return ctx.refuse(bytes.error().message);
            const FhirResponse r = ctx.client.create(u"Binary"_s, FhirMapping::binary(d->contentType, *bytes), {});
            if (!r.ok())
                return ctx.failed(r.error, r.networkFailure(), r.serverFailure());
            if (auto ok = ctx.saveLink(u"Binary"_s, localId, FhirMapping::serverId(r.json), r.version, {}); !ok) {
                ctx.lastError = ok.error().message;
                return PushOutcome::Failed;
            }
        }
        return ctx.pushResource(type(), localId, report);
    }

    Result<Outgoing> outgoing(SyncContext &ctx, const QString &localId) const override
    {
        auto d = DocumentVault::byId(ctx.db, localId);
        if (!d)
            return d.error();
        const auto binary = ctx.link(u"Binary"_s, localId);
        if (!binary)
            return Error::invalid(SyncEngine::tr("the document's content is not on the central agenda yet"));
        const QJsonObject resource = ctx.mapping.documentReference(*d, binary->serverId);
        return Outgoing{resource, FhirMapping::pruned(resource), {}}; // the copy a removal is written from
    }

    Result<bool> apply(SyncContext &ctx, const QJsonObject &resource, SyncReport &report, int depth) const override
    {
        auto remote = FhirMapping::readDocumentReference(resource);
        if (!remote)
            return remote.error();
        const QString serverId = FhirMapping::serverId(resource);
        const QString version = FhirMapping::versionOf(resource);
        const QString carried = remote->document.id;
        QString local = ctx.matchLocal(u"DocumentReference"_s, serverId, carried); // this desk's own, shared earlier
        if (const auto l = local.isEmpty() ? std::nullopt : ctx.link(u"DocumentReference"_s, local);
            l && l->version == version)
            return false;
        if (!local.isEmpty() || remote->status != u"current"_s) {
            // Known here already. A patient's upload withdrawn online leaves this desk too.
            Transaction tx(ctx.db);
            if (auto ok = tx.begin(); !ok)
                return ok.error();
            if (!local.isEmpty() && remote->status == u"entered-in-error"_s)
                if (auto r = ctx.db.exec(u"DELETE FROM documents WHERE id = ? AND origin = 'patient'"_s, {local}); !r)
                    return r.error();
            if (!local.isEmpty())
                if (auto ok =
                        ctx.saveLink(u"DocumentReference"_s, local, serverId, version, FhirMapping::pruned(resource));
                    !ok)
                    return ok.error();
            if (auto ok = tx.commit(); !ok)
                return ok.error();
            return !local.isEmpty();
        }
        // A document the patient added online: fetched, checked, sealed into the vault as theirs.
        auto patient = ctx.ensureLocal(u"Patient"_s, remote->patientServerId, report, depth);
        if (!patient)
            return patient.error();
        QString appointment;
        if (!remote->appointmentServerId.isEmpty())
            if (auto a = ctx.ensureLocal(u"Appointment"_s, remote->appointmentServerId, report, depth))
                appointment = *a;
        const FhirResponse r =
            ctx.client.get(u"Binary/"_s + QString::fromUtf8(QUrl::toPercentEncoding(remote->binaryServerId)));
        if (!r.ok())
            return Error::io(
                SyncEngine::tr("Binary/%1 could not be read: %2").arg(remote->binaryServerId.left(64), r.error));
        auto bytes = FhirMapping::readBinary(r.json, DocumentVault::MaxBytes);
        if (!bytes)
            return bytes.error();
        if (remote->document.size > 0 && remote->document.size != bytes->size())
            return Error::invalid(SyncEngine::tr("the document's size does not match its description"),
                                  u"fhir.documentreference.size"_s);
        if (!remote->sha1.isEmpty() && QCryptographicHash::hash(*bytes, QCryptographicHash::Sha1) != remote->sha1)
            return Error::invalid(SyncEngine::tr("the document's content does not match its hash"),
                                  u"fhir.documentreference.hash"_s);
        DocumentMeta d = remote->document;
        d.id = isUuid(carried) ? carried : newUuid();
        d.patientId = *patient;
        d.appointmentId = appointment;
        if (!d.addedAt.isValid())
            d.addedAt = ctx.clock.now();
        d.addedBy = SyncEngine::tr("patient (online)");
        Transaction tx(ctx.db);
        if (auto ok = tx.begin(); !ok)
            return ok.error();
        auto stored = DocumentVault::store(ctx.db, d, *bytes, false, ctx.clock.now());
        if (!stored)
            return stored.error();
        if (auto ok = ctx.saveLink(u"Binary"_s, d.id, remote->binaryServerId, FhirMapping::versionOf(r.json), {}); !ok)
            return ok.error();
        return ctx.commitApplied(tx, u"DocumentReference"_s, d.id, serverId, version, FhirMapping::pruned(resource),
                                 report);
    }
};

const ResourceHandler &documentReferenceHandler()
{
    static const DocumentReferenceHandler handler;
    return handler;
}

} // namespace guichet
