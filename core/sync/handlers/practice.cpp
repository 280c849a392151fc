// Location, Practitioner, PractitionerRole, HealthcareService (a visit reason): the practice's
// own records. Sent once and whenever they change here (journalled by PracticeSetup); received
// from a central agenda the practice is set up on.
#include "core/domain/practice.h"

#include "core/agenda/practicesetup.h"
#include "core/base/clock.h"
#include "core/base/uuid.h"
#include "core/domain/registration.h"
#include "core/domain/text.h"
#include "core/reminders/reminderservice.h"
#include "core/store/database.h"
#include "core/store/practicerepository.h"
#include "core/sync/fhirmapping.h"
#include "core/sync/synccontext.h"
#include "core/sync/syncengine.h"

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

// Received: already linked at this version means nothing to do.
bool unchanged(const SyncContext &ctx, const QString &type, const QString &local, const QString &version)
{
    if (local.isEmpty())
        return false;
    const auto l = ctx.link(type, local);
    return l && l->version == version;
}

// Location and Practitioner, received as they are (the practice's own records, no merge):
// matched by their link or the Guichet id they carry, written and linked in one step.
class PracticeRecordHandler : public ResourceHandler
{
public:
    Result<bool> apply(SyncContext &ctx, const QJsonObject &resource, SyncReport &, int) const final
    {
        const QString serverId = FhirMapping::serverId(resource);
        const QString version = FhirMapping::versionOf(resource);
        const QString carried = FhirMapping::guichetId(resource);
        const QString local = ctx.matchLocal(type(), serverId, carried);
        if (unchanged(ctx, type(), local, version))
            return false;
        Transaction tx(ctx.db);
        if (auto ok = tx.begin(); !ok)
            return ok.error();
        auto written = write(ctx, resource, local, carried);
        if (!written)
            return written.error();
        if (auto ok = ctx.saveLink(type(), *written, serverId, version, {}); !ok)
            return ok.error();
        // A changed record changes what the messages say or whether they go: they follow at once.
        if (!local.isEmpty())
            if (auto ok = replan(ctx, *written); !ok)
                return ok.error();
        if (auto ok = tx.commit(); !ok)
            return ok.error();
        return true;
    }

protected:
    virtual Result<ReplanReport> replan(SyncContext &ctx, const QString &id) const = 0;
    // Inserts the row (when `local` is empty, under the carried Guichet id when it is one) or
    // updates it; returns its id.
    virtual Result<QString> write(SyncContext &ctx, const QJsonObject &resource, const QString &local,
                                  const QString &carried) const = 0;
};

} // namespace

class LocationHandler final : public PracticeRecordHandler
{
public:
    QString type() const override { return u"Location"_s; }
    QString table() const override { return u"sites"_s; }
    QString journalEntity() const override { return u"site"_s; }

    Result<Outgoing> outgoing(SyncContext &ctx, const QString &localId) const override
    {
        auto s = PracticeRepository(ctx.db).site(localId);
        if (!s)
            return s.error();
        return Outgoing{ctx.mapping.location(*s), {}, {}};
    }

protected:
    Result<QString> write(SyncContext &ctx, const QJsonObject &resource, const QString &local,
                          const QString &carried) const override
    {
        auto remote = FhirMapping::readLocation(resource);
        if (!remote)
            return remote.error();
        // What the central agenda sends meets the rules of what is typed (names, lengths, country,
        // zone, phone): a site that fails them is refused and listed, the desk's kept.
        auto valid = PracticeSetup::validate(remote->site);
        if (!valid)
            return valid.error();
        Site s = *valid;
        if (local.isEmpty()) {
            s.id = isUuid(carried) ? carried : newUuid();
            if (auto ok = PracticeRepository(ctx.db).insertSite(s); !ok)
                return ok.error();
            return s.id;
        }
        s.id = local;
        if (auto ok = PracticeRepository(ctx.db).updateSite(s); !ok)
            return ok.error();
        return local;
    }
    Result<ReplanReport> replan(SyncContext &ctx, const QString &) const override
    {
        return ReminderService::replanFuture(ctx.db, ctx.clock.now());
    }
};

class PractitionerHandler final : public PracticeRecordHandler
{
public:
    QString type() const override { return u"Practitioner"_s; }
    QString table() const override { return u"practitioners"_s; }
    QString journalEntity() const override { return u"practitioner"_s; }

    PushOutcome push(SyncContext &ctx, const QString &localId, SyncReport &report, int depth) const override
    {
        auto p = PracticeRepository(ctx.db).practitioner(localId);
        if (!p)
            return ctx.refuse(p.error().message);
        for (const QString &site : QStringList{p->siteId} + p->otherSiteIds)
            if (const PushOutcome o = ctx.need(u"Location"_s, site, report, depth); o != PushOutcome::Done)
                return o;
        if (const PushOutcome o = ctx.pushResource(type(), localId, report); o != PushOutcome::Done)
            return o;
        return ctx.pushResource(u"PractitionerRole"_s, localId, report);
    }

    Result<Outgoing> outgoing(SyncContext &ctx, const QString &localId) const override
    {
        auto p = PracticeRepository(ctx.db).practitioner(localId);
        if (!p)
            return p.error();
        auto site = PracticeRepository(ctx.db).site(p->siteId);
        if (!site)
            return site.error();
        return Outgoing{ctx.mapping.practitioner(*p, site->country), {}, {}};
    }

protected:
    Result<QString> write(SyncContext &ctx, const QJsonObject &resource, const QString &local,
                          const QString &carried) const override
    {
        auto remote = FhirMapping::readPractitioner(resource);
        if (!remote)
            return remote.error();
        PracticeRepository practice(ctx.db);
        Practitioner p = remote->practitioner;
        if (local.isEmpty()) {
            const auto sites = practice.sites();
            if (sites.isEmpty()) {
                Site site;
                site.id = newUuid();
                site.name = SyncEngine::tr("Practice");
                if (auto ok = practice.insertSite(site); !ok)
                    return ok.error();
                p.siteId = site.id;
            } else {
                p.siteId = sites.first().id;
            }
        } else if (auto known = practice.practitioner(local)) {
            p.siteId = known->siteId; // the sites come with the PractitionerRole
            p.otherSiteIds = known->otherSiteIds;
        } else {
            return known.error();
        }
        // The rules of what is typed (names, lengths, colour, delays); the registration number by
        // the system it came under (INAMI, RPPS), not by a site the role has not placed yet.
        const QString registration = p.registration;
        p.registration.clear();
        auto valid = PracticeSetup::validate(ctx.db, p);
        if (!valid)
            return valid.error();
        p = *valid;
        if (!remote->registrationCountry.isEmpty()) {
            auto checked = Registration::forCountry(remote->registrationCountry, registration);
            if (!checked)
                return checked.error();
            p.registration = *checked;
        } else {
            p.registration = Text::withoutHidden(registration).simplified().left(40);
        }
        if (local.isEmpty()) {
            p.id = isUuid(carried) ? carried : newUuid();
            if (auto ok = practice.insertPractitioner(p); !ok)
                return ok.error();
            return p.id;
        }
        if (auto r =
                ctx.db.exec(u"UPDATE practitioners SET title = ?, first_name = ?, last_name = ?, specialty = ?, "
                            "registration = ?, color = ?, online_cancel_deadline_hours = ?, "
                            "accepts_new_patients_online = ?, active = ?, online_days = ?, "
                            "online_notice_hours = ?, phone_only_after_months = ?, messages = ? WHERE id = ?"_s,
                            {bindable(p.title), bindable(p.firstName), p.lastName, p.specialty,
                             bindable(p.registration), p.color, p.onlineCancelDeadlineHours, p.acceptsNewPatientsOnline,
                             p.active, p.onlineDays, p.onlineNoticeHours, p.phoneOnlyAfterMonths, p.messages, local});
            !r)
            return r.error();
        return local;
    }
    Result<ReplanReport> replan(SyncContext &ctx, const QString &id) const override
    {
        return ReminderService::replanPractitioner(ctx.db, id, ctx.clock.now());
    }
};

class PractitionerRoleHandler final : public ResourceHandler
{
public:
    QString type() const override { return u"PractitionerRole"_s; }

    Result<Outgoing> outgoing(SyncContext &ctx, const QString &localId) const override
    {
        auto p = PracticeRepository(ctx.db).practitioner(localId);
        if (!p)
            return p.error();
        return Outgoing{ctx.mapping.practitionerRole(*p), {}, {}};
    }

    Result<bool> apply(SyncContext &ctx, const QJsonObject &resource, SyncReport &report, int depth) const override
    {
        auto role = FhirMapping::readPractitionerRole(resource);
        if (!role)
            return role.error();
        auto practitioner = ctx.ensureLocal(u"Practitioner"_s, role->practitionerServerId, report, depth);
        if (!practitioner)
            return practitioner.error();
        const QString version = FhirMapping::versionOf(resource);
        if (unchanged(ctx, type(), *practitioner, version))
            return false;
        auto site = ctx.ensureLocal(u"Location"_s, role->locationServerId, report, depth);
        if (!site)
            return site.error();
        QStringList others; // the further sites, received like the main one
        for (const QString &serverId : std::as_const(role->otherLocationServerIds)) {
            auto other = ctx.ensureLocal(u"Location"_s, serverId, report, depth);
            if (!other)
                return other.error();
            if (!other->isEmpty())
                others << *other;
        }
        Transaction tx(ctx.db);
        if (auto ok = tx.begin(); !ok)
            return ok.error();
        if (!site->isEmpty())
            if (auto r = ctx.db.exec(u"UPDATE practitioners SET site_id = ? WHERE id = ?"_s, {*site, *practitioner});
                !r)
                return r.error();
        if (auto r = ctx.db.exec(u"DELETE FROM practitioner_sites WHERE practitioner_id = ?"_s, {*practitioner}); !r)
            return r.error();
        for (const QString &other : std::as_const(others))
            if (other != *site)
                if (auto r = ctx.db.exec(u"INSERT OR IGNORE INTO practitioner_sites(practitioner_id, site_id) "
                                         "VALUES (?, ?)"_s,
                                         {*practitioner, other});
                    !r)
                    return r.error();
        if (!role->specialty.isEmpty())
            if (auto r = ctx.db.exec(u"UPDATE practitioners SET specialty = ? WHERE id = ?"_s,
                                     {role->specialty, *practitioner});
                !r)
                return r.error();
        return ctx.commitApplied(tx, type(), *practitioner, FhirMapping::serverId(resource), version, {}, report);
    }
};

// A visit reason and its online rules (DESIGN.md mapping: HealthcareService).
class MotifHandler final : public ResourceHandler
{
public:
    QString type() const override { return u"HealthcareService"_s; }
    QString table() const override { return u"motifs"_s; }
    QString journalEntity() const override { return u"motif"_s; }

    PushOutcome push(SyncContext &ctx, const QString &localId, SyncReport &report, int depth) const override
    {
        auto m = PracticeRepository(ctx.db).motif(localId);
        if (!m)
            return ctx.refuse(m.error().message);
        if (const PushOutcome o = ctx.need(u"Practitioner"_s, m->practitionerId, report, depth); o != PushOutcome::Done)
            return o;
        return ctx.pushResource(type(), localId, report);
    }

    Result<Outgoing> outgoing(SyncContext &ctx, const QString &localId) const override
    {
        PracticeRepository practice(ctx.db);
        auto m = practice.motif(localId);
        if (!m)
            return m.error();
        auto p = practice.practitioner(m->practitionerId);
        if (!p)
            return p.error();
        return Outgoing{ctx.mapping.healthcareService(*m, p->siteId), {}, {}};
    }

    Result<bool> apply(SyncContext &ctx, const QJsonObject &resource, SyncReport &report, int depth) const override
    {
        auto remote = FhirMapping::readHealthcareService(resource);
        if (!remote)
            return remote.error();
        const QString serverId = FhirMapping::serverId(resource);
        const QString version = FhirMapping::versionOf(resource);
        const QString local = ctx.matchLocal(type(), serverId, remote->motif.id);
        if (unchanged(ctx, type(), local, version))
            return false;
        auto practitioner = ctx.ensureLocal(u"Practitioner"_s, remote->practitionerServerId, report, depth);
        if (!practitioner)
            return practitioner.error();
        Motif m = remote->motif;
        m.practitionerId = *practitioner;
        // The rules of what is typed (name, durations, ages, channels); a colour left to the
        // practitioner's stays so (the validator's default is for a reason typed here).
        auto valid = PracticeSetup::validate(ctx.db, m);
        if (!valid)
            return valid.error();
        valid->color = remote->motif.color.isEmpty() ? QString() : valid->color;
        m = *valid;
        PracticeRepository practice(ctx.db);
        Transaction tx(ctx.db);
        if (auto ok = tx.begin(); !ok)
            return ok.error();
        // A reason first met on an appointment is already here under its Guichet id.
        const QString existing =
            !local.isEmpty() ? local : (!m.id.isEmpty() && practice.motif(m.id) ? m.id : QString());
        if (existing.isEmpty()) {
            if (m.id.isEmpty())
                m.id = newUuid();
            if (auto ok = practice.insertMotif(m); !ok)
                return ok.error();
        } else {
            m.id = existing;
            if (auto ok = practice.updateMotif(m); !ok)
                return ok.error();
            if (auto ok = ReminderService::replanPractitioner(ctx.db, m.practitionerId, ctx.clock.now()); !ok)
                return ok.error();
        }
        return ctx.commitApplied(tx, type(), m.id, serverId, version, {}, report);
    }
};

const ResourceHandler &motifHandler()
{
    static const MotifHandler handler;
    return handler;
}

const ResourceHandler &locationHandler()
{
    static const LocationHandler handler;
    return handler;
}

const ResourceHandler &practitionerHandler()
{
    static const PractitionerHandler handler;
    return handler;
}

const ResourceHandler &practitionerRoleHandler()
{
    static const PractitionerRoleHandler handler;
    return handler;
}

} // namespace guichet
