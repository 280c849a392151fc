// CommunicationRequest: a message Guichet asks the central agenda to send; the server says
// when it was sent.
#include "core/store/appointmentrepository.h"
#include "core/store/database.h"
#include "core/store/notificationrepository.h"
#include "core/sync/fhirmapping.h"
#include "core/sync/synccontext.h"
#include "core/sync/syncengine.h"

using namespace Qt::StringLiterals;

namespace guichet {

class CommunicationRequestHandler final : public ResourceHandler
{
public:
    QString type() const override { return u"CommunicationRequest"_s; }
    QString table() const override { return u"notification_requests"_s; }

    Result<Outgoing> outgoing(SyncContext &ctx, const QString &localId) const override
    {
        auto n = NotificationRepository(ctx.db).byId(localId);
        if (!n)
            return n.error();
        QDateTime start;
        if (!n->appointmentId.isEmpty()) {
            auto a = AppointmentRepository(ctx.db).byId(n->appointmentId);
            if (!a)
                return a.error();
            start = a->start;
        }
        // Named by what it is, practice-wide: desks that plan the same message meet on one resource.
        return Outgoing{ctx.mapping.communicationRequest(*n, start), QJsonObject{{u"state"_s, n->state}},
                        ctx.mapping.messageId(*n, start), FhirMapping::messageSystem()};
    }

    Result<bool> apply(SyncContext &ctx, const QJsonObject &resource, SyncReport &report, int) const override
    {
        // Only this desk's requests matter here: the central agenda says when one was sent.
        const QString local = ctx.matchLocal(u"CommunicationRequest"_s, FhirMapping::serverId(resource),
                                             FhirMapping::guichetId(resource));
        if (local.isEmpty())
            return false;
        const QString version = FhirMapping::versionOf(resource);
        if (const auto l = ctx.link(u"CommunicationRequest"_s, local); l && l->version == version)
            return false;
        auto state = FhirMapping::readCommunicationState(resource);
        if (!state)
            return state.error();
        Transaction tx(ctx.db);
        if (auto ok = tx.begin(); !ok)
            return ok.error();
        // Sent is final; a revocation decided here is not undone by an older server copy.
        if (*state == u"sent"_s)
            if (auto r = ctx.db.exec(
                    u"UPDATE notification_requests SET state = 'sent' WHERE id = ? AND state = 'pending'"_s, {local});
                !r)
                return r.error();
        return ctx.commitApplied(tx, u"CommunicationRequest"_s, local, FhirMapping::serverId(resource), version,
                                 QJsonObject{{u"state"_s, *state}}, report);
    }
};

const ResourceHandler &communicationRequestHandler()
{
    static const CommunicationRequestHandler handler;
    return handler;
}

} // namespace guichet
