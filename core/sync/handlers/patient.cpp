// Patient (and the holder of a relative, as RelatedPerson): merged field by field with the
// desk's changes not sent yet; both sides changing one field waits for a person.
#include "core/base/clock.h"
#include "core/base/uuid.h"
#include "core/domain/phone.h"
#include "core/identity/patientinput.h"
#include "core/identity/patientservice.h"
#include "core/reminders/reminderservice.h"
#include "core/store/database.h"
#include "core/store/patientrepository.h"
#include "core/store/practicerepository.h"
#include "core/sync/fhirmapping.h"
#include "core/sync/synccontext.h"
#include "core/sync/syncengine_p.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace guichet {

using namespace syncdetail;

class PatientHandler final : public ResourceHandler
{
public:
    QString type() const override { return u"Patient"_s; }
    QString table() const override { return u"patients"_s; }
    QString journalEntity() const override { return u"patient"_s; }
    bool mergedOnPrecondition() const override { return true; }

    PushOutcome push(SyncContext &ctx, const QString &localId, SyncReport &report, int depth) const override
    {
        auto p = PatientRepository(ctx.db).byId(localId);
        if (!p)
            return ctx.refuse(p.error().message);
        for (const QString &id : {p->holderId, p->replacedBy})
            if (id != localId)
                if (const PushOutcome o = ctx.need(type(), id, report, depth); o != PushOutcome::Done)
                    return o;
        if (const PushOutcome o = ctx.pushResource(type(), localId, report);
            o != PushOutcome::Done || p->holderId.isEmpty())
            return o;
        return ctx.pushResource(u"RelatedPerson"_s, localId, report); // the holder, as the relative's RelatedPerson
    }

    Result<Outgoing> outgoing(SyncContext &ctx, const QString &localId) const override
    {
        auto p = PatientRepository(ctx.db).byId(localId);
        if (!p)
            return p.error();
        return Outgoing{ctx.mapping.patient(*p), FhirMapping::fields(*p), {}};
    }

    QJsonObject shadowOfServerCopy(const QJsonObject &resource, const QString &localId) const override
    {
        auto remote = FhirMapping::readPatient(resource);
        if (!remote)
            return {};
        Patient p = remote->patient;
        p.id = localId;
        return FhirMapping::fields(p);
    }

    Result<bool> apply(SyncContext &ctx, const QJsonObject &resource, SyncReport &report, int depth) const override
    {
        auto remote = FhirMapping::readPatient(resource);
        if (!remote)
            return remote.error();
        if (auto ok = screen(ctx, FhirMapping::serverId(resource), remote->patient, report); !ok)
            return ok.error();
        const QString serverId = FhirMapping::serverId(resource);
        const QString version = FhirMapping::versionOf(resource);
        PatientRepository patients(ctx.db);
        const QString carried = remote->patient.id;
        QString local = ctx.matchLocal(type(), serverId, carried);
        const auto l = local.isEmpty() ? std::nullopt : ctx.link(type(), local);
        if (l && l->version == version)
            return false;
        Patient incoming = remote->patient;
        if (!remote->holderServerId.isEmpty()) {
            auto holder = ctx.ensureLocal(type(), remote->holderServerId, report, depth);
            if (!holder)
                return holder.error();
            incoming.holderId = *holder;
        }
        if (!remote->replacedByServerId.isEmpty()) {
            auto survivor = ctx.ensureLocal(type(), remote->replacedByServerId, report, depth);
            if (!survivor)
                return survivor.error();
            incoming.replacedBy = *survivor;
        }
        const QDateTime now = ctx.clock.now();
        Transaction tx(ctx.db);
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
            if (!ctx.hasPending(journalEntity(), local)) {
                const QStringList keys = remoteFields.keys();
                FhirMapping::copyFields(merged, incoming, QSet<QString>(keys.begin(), keys.end()));
            } else {
                const ThreeWay diff = compare(l ? l->shadow : localFields, localFields, remoteFields);
                if (!diff.conflicting.isEmpty())
                    return ctx.holdForAPerson(tx, type(), local, u"fields"_s, diff.conflicting, localFields,
                                              remoteFields, resource, report);
                FhirMapping::copyFields(merged, incoming, diff.remoteOnly);
            }
            merged.updatedAt = now;
            if (FhirMapping::fields(merged) != localFields) {
                if (auto ok = patients.update(merged); !ok)
                    return ok.error();
                // New contacts or switches change who hears about the appointments to come.
                if (auto ok = ReminderService::replanPatient(ctx.db, local, now); !ok)
                    return ok.error();
            }
        }
        return ctx.commitApplied(tx, type(), local, serverId, version, FhirMapping::fields(incoming), report);
    }

private:
    // What is received passes the validators typed input passes (README: received patients).
    // A name or birth date given but not acceptable refuses the record; any other field that
    // fails (a number, a phone, an e-mail, an address part) is left out, and listed in the report.
    static Result<void> screen(SyncContext &ctx, const QString &serverId, Patient &p, SyncReport &report)
    {
        // The record as the editor would receive it: the same validators as typed input.
        const PatientInput in = PatientService::inputOf(p);
        const QString home = p.country.isEmpty() ? PracticeRepository(ctx.db).country() : p.country;
        Patient checked;
        const QList<FieldError> errors = PatientValidator::check(in, ctx.clock.now().date(), home, &checked);
        auto drop = [&](const QString &what, const QString &why) {
            report.log << SyncEngine::tr("Patient %1 received: %2 not kept (%3).").arg(serverId.left(64), what, why);
        };
        for (const FieldError &e : errors) {
            const PatientFieldSpec &spec = PatientFields::spec(e.field);
            if (spec.required || e.field == PatientField::UsageName || e.field == PatientField::UsedFirstName) {
                // A name or birth date given but impossible refuses the record; one missing (a
                // sex never given, received as unknown) is an identity to complete.
                if (e.field != PatientField::Sex && !PatientFields::text(p, e.field).isEmpty())
                    return Error::invalid(e.error.message, e.error.rule);
                continue;
            }
            if (e.field == PatientField::MobilePhone)
                continue; // each phone on its own below
            // Any other value that is not one is left out, and the log says so.
            if (PatientFields::text(p, e.field) != PatientFields::text(Patient{}, e.field))
                drop(PatientFields::labelInSentence(e.field), e.error.message);
            spec.copy(p, Patient{});
        }
        // Each phone on its own: a number that is not one is left out.
        for (QString *phone : {&p.mobilePhone, &p.otherPhone}) {
            if (phone->isEmpty())
                continue;
            auto parsed = Phone::parse(*phone, home, Phone::Formats::E164Only);
            if (!parsed) {
                drop(SyncEngine::tr("the phone number"), parsed.error().message);
                phone->clear();
            } else {
                *phone = parsed->e164;
            }
        }
        if (!p.email.isEmpty())
            p.email = checked.email;
        if (!p.niss.isEmpty())
            p.niss = checked.niss;
        if (!p.nir.isEmpty())
            p.nir = checked.nir;
        return {};
    }
};

// A relative's account holder, sent as the relative's RelatedPerson; never pulled (the
// Patient carries the link).
class RelatedPersonHandler final : public ResourceHandler
{
public:
    QString type() const override { return u"RelatedPerson"_s; }
    bool pulled() const override { return false; }

    Result<Outgoing> outgoing(SyncContext &ctx, const QString &localId) const override
    {
        PatientRepository patients(ctx.db);
        auto relative = patients.byId(localId);
        if (!relative)
            return relative.error();
        auto holder = patients.byId(relative->holderId);
        if (!holder)
            return holder.error();
        return Outgoing{
            ctx.mapping.relatedPerson(*relative, *holder), {}, FhirMapping::relatedPersonId(relative->id, holder->id)};
    }
};

const ResourceHandler &patientHandler()
{
    static const PatientHandler handler;
    return handler;
}

const ResourceHandler &relatedPersonHandler()
{
    static const RelatedPersonHandler handler;
    return handler;
}

} // namespace guichet
