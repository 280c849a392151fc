#include "core/agenda/practicesetup.h"

#include "core/access/session.h"
#include "core/base/timeutil.h"
#include "core/base/uuid.h"
#include "core/domain/jsonformat.h"
#include "core/domain/phone.h"
#include "core/domain/registration.h"
#include "core/domain/text.h"
#include "core/reminders/reminderservice.h"
#include "core/store/changejournal.h"
#include "core/store/database.h"
#include "core/store/practicerepository.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

Error bad(const QString &field, const QString &message)
{
    return Error::invalid(message, u"setup."_s + field);
}

bool isColour(const QString &text)
{
    static const QRegularExpression re(u"^#[0-9a-fA-F]{6}$"_s);
    return re.match(text).hasMatch();
}

// A text a person typed: trimmed, at most `max` characters, no control characters but new lines.
Result<QString> text(const QString &field, const QString &label, const QString &value, int max, bool required,
                     bool multiline = false)
{
    const QString t = Text::withoutHidden(value, multiline).trimmed();
    if (required && t.isEmpty())
        return bad(field, PracticeSetup::tr("%1 is required.").arg(label));
    if (t.size() > max)
        return bad(field, PracticeSetup::tr("%1 is too long (at most %2 characters).").arg(label).arg(max));
    return t;
}

Result<void> within(const QString &field, const QString &label, int value, int min, int max)
{
    if (value < min || value > max)
        return bad(field, PracticeSetup::tr("%1 must be between %2 and %3.").arg(label).arg(min).arg(max));
    return {};
}

Result<QString> phone(const QString &field, const QString &label, const QString &value, const QString &country)
{
    if (value.trimmed().isEmpty())
        return QString();
    auto p = Phone::parse(value, country.isEmpty() ? u"BE"_s : country);
    if (!p)
        return bad(field, PracticeSetup::tr("%1: %2").arg(label, p.error().message));
    return p->e164;
}

QString countryOfSite(const Database &db, const QString &siteId)
{
    auto site = PracticeRepository(db).site(siteId);
    return site ? site->country : u"BE"_s;
}

// Audited and journalled with the act, in the caller's transaction.
Result<void> record(const Session &session, const QString &entity, const QString &id, const QString &action,
                    const QJsonObject &payload, const QString &reason = {})
{
    if (auto ok = session.audit(entity + u'.' + action, entity, id, reason, payload); !ok)
        return ok;
    return ChangeJournal::record(session.database(), entity, id, action == u"create"_s ? action : u"update"_s, payload,
                                 session.now());
}

// What differs between the practice's three kinds of records; the acts below are the same.
struct SiteRecord
{
    using Type = Site;
    static QString entity() { return u"site"_s; }
    static Result<Site> load(const PracticeRepository &r, const QString &id) { return r.site(id); }
    static Result<void> insert(PracticeRepository &r, const Site &s) { return r.insertSite(s); }
    static Result<void> update(PracticeRepository &r, const Site &s) { return r.updateSite(s); }
    static QJsonObject json(const Site &s) { return Json::site(s); }
    // The messages name the site (address, phone): every appointment ahead.
    static Result<ReplanReport> replan(const Database &db, const Site &, const QDateTime &now)
    {
        return ReminderService::replanFuture(db, now);
    }
};

struct PractitionerRecord
{
    using Type = Practitioner;
    static QString entity() { return u"practitioner"_s; }
    static Result<Practitioner> load(const PracticeRepository &r, const QString &id) { return r.practitioner(id); }
    static Result<void> insert(PracticeRepository &r, const Practitioner &p) { return r.insertPractitioner(p); }
    static Result<void> update(PracticeRepository &r, const Practitioner &p) { return r.updatePractitioner(p); }
    static QJsonObject json(const Practitioner &p) { return Json::practitioner(p); }
    static Result<ReplanReport> replan(const Database &db, const Practitioner &p, const QDateTime &now)
    {
        return ReminderService::replanPractitioner(db, p.id, now);
    }
};

struct MotifRecord
{
    using Type = Motif;
    static QString entity() { return u"motif"_s; }
    static Result<Motif> load(const PracticeRepository &r, const QString &id) { return r.motif(id); }
    static Result<void> insert(PracticeRepository &r, const Motif &m) { return r.insertMotif(m); }
    static Result<void> update(PracticeRepository &r, const Motif &m) { return r.updateMotif(m); }
    static QJsonObject json(const Motif &m) { return Json::motif(m); }
    static Result<ReplanReport> replan(const Database &db, const Motif &m, const QDateTime &now)
    {
        return ReminderService::replanPractitioner(db, m.practitionerId, now);
    }
};

// Adds (empty id) or replaces a record once validated; audited and journalled in one transaction.
template <typename R>
Result<typename R::Type> save(const Session &session, const Result<typename R::Type> &checked)
{
    if (auto ok = session.require(Right::ChangePracticeSettings); !ok)
        return ok.error();
    if (!checked)
        return checked.error();
    typename R::Type saved = *checked;
    const bool creating = saved.id.isEmpty();
    if (creating)
        saved.id = newUuid();
    const Database &db = session.database();
    PracticeRepository practice(db);
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    if (!creating)
        if (auto existing = R::load(practice, saved.id); !existing)
            return existing.error();
    if (auto ok = creating ? R::insert(practice, saved) : R::update(practice, saved); !ok)
        return ok.error();
    if (auto ok = record(session, R::entity(), saved.id, creating ? u"create"_s : u"update"_s, R::json(saved)); !ok)
        return ok.error();
    // What is sent follows at once (messages on or off, the address, the phone), in the same act.
    if (!creating)
        if (auto ok = R::replan(db, saved, session.now()); !ok)
            return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return saved;
}

// Deactivated (kept, no longer bookable) or active again; audited and journalled.
template <typename R>
Result<typename R::Type> setActive(const Session &session, const QString &id, bool active)
{
    if (auto ok = session.require(Right::ChangePracticeSettings); !ok)
        return ok.error();
    const Database &db = session.database();
    PracticeRepository practice(db);
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    auto current = R::load(practice, id);
    if (!current)
        return current.error();
    if (current->active == active)
        return current.value();
    current->active = active;
    if (auto ok = R::update(practice, *current); !ok)
        return ok.error();
    if (auto ok = record(session, R::entity(), id, active ? u"activate"_s : u"deactivate"_s, R::json(*current)); !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return current.value();
}

} // namespace

Result<Site> PracticeSetup::validate(Site s)
{
    auto name = text(u"name"_s, tr("The site's name"), s.name, 120, true);
    if (!name)
        return name.error();
    s.name = *name;
    s.country = s.country.trimmed().toUpper();
    if (s.country != u"BE"_s && s.country != u"FR"_s)
        return bad(u"country"_s,
                   tr("Guichet serves practices in Belgium (BE) and France (FR); \"%1\" is neither.").arg(s.country));
    s.timeZone = s.timeZone.trimmed();
    if (s.timeZone.isEmpty())
        s.timeZone = s.country == u"FR"_s ? u"Europe/Paris"_s : u"Europe/Brussels"_s;
    if (!QTimeZone(s.timeZone.toUtf8()).isValid())
        return bad(u"time_zone"_s, tr("\"%1\" is not a time zone (for example Europe/Brussels).").arg(s.timeZone));
    for (auto [field, label, value, max] :
         {std::tuple{u"address"_s, tr("The address"), &s.address, 200}, {u"city"_s, tr("The city"), &s.city, 100}}) {
        auto t = text(field, label, *value, max, false);
        if (!t)
            return t.error();
        *value = *t;
    }
    s.postcode = s.postcode.trimmed();
    static const QRegularExpression be(u"^[1-9][0-9]{3}$"_s), fr(u"^(?:[0-9]{2}|2[AB])[0-9]{3}$"_s);
    if (!s.postcode.isEmpty() && !(s.country == u"BE"_s ? be : fr).match(s.postcode).hasMatch())
        return bad(u"postcode"_s,
                   s.country == u"BE"_s
                       ? tr("A Belgian postcode has 4 digits (for example 1000); \"%1\" does not.").arg(s.postcode)
                       : tr("A French postcode has 5 digits (for example 75011); \"%1\" does not.").arg(s.postcode));
    auto ph = phone(u"phone"_s, tr("The site's phone"), s.phone, s.country);
    if (!ph)
        return ph.error();
    s.phone = *ph;
    auto access = text(u"access_info"_s, tr("The access information"), s.accessInfo, 1000, false, true);
    if (!access)
        return access.error();
    s.accessInfo = *access;
    return s;
}

Result<Practitioner> PracticeSetup::validate(const Database &db, Practitioner p)
{
    PracticeRepository practice(db);
    for (auto [field, label, value, max, required] : {std::tuple{u"title"_s, tr("The title"), &p.title, 20, false},
                                                      {u"first_name"_s, tr("The first name"), &p.firstName, 80, false},
                                                      {u"last_name"_s, tr("The last name"), &p.lastName, 80, true},
                                                      {u"specialty"_s, tr("The specialty"), &p.specialty, 80, true}}) {
        auto t = text(field, label, *value, max, required);
        if (!t)
            return t.error();
        *value = *t;
    }
    auto site = practice.site(p.siteId);
    if (!site) {
        if (site.error().code != ErrorCode::NotFound)
            return site.error();
        return bad(u"site"_s,
                   p.siteId.isEmpty() ? tr("Choose the site where the practitioner consults.")
                                      : tr("No site has the identifier %1.").arg(p.siteId));
    }
    QStringList others;
    for (const QString &id : std::as_const(p.otherSiteIds)) {
        if (id == p.siteId || others.contains(id))
            continue;
        auto other = practice.site(id);
        if (!other)
            return bad(u"site"_s, tr("No site has the identifier %1.").arg(id));
        others << id;
    }
    p.otherSiteIds = others;
    auto registration = Registration::forCountry(site->country, p.registration);
    if (!registration)
        return registration.error();
    p.registration = *registration;
    if (p.color.isEmpty())
        p.color = u"#4a90d9"_s;
    if (!isColour(p.color))
        return bad(u"colour"_s, tr("The colour is written #rrggbb (for example #4a90d9); \"%1\" is not.").arg(p.color));
    p.color = p.color.toLower();
    for (auto [field, label, value, min, max] :
         {std::tuple{u"cancel_deadline_hours"_s, tr("The online cancellation deadline (hours)"),
                     p.onlineCancelDeadlineHours, 0, 24 * 14},
          {u"online_days"_s, tr("The online booking window (days ahead)"), p.onlineDays, 0, 365},
          {u"online_notice_hours"_s, tr("The minimum notice for online bookings (hours)"), p.onlineNoticeHours, 0,
           24 * 14},
          {u"last_visit_months"_s, tr("The months after the last visit"), p.phoneOnlyAfterMonths, 0, 120}}) {
        if (auto ok = within(field, label, value, min, max); !ok)
            return ok.error();
    }
    return p;
}

Result<Motif> PracticeSetup::validate(const Database &db, Motif m)
{
    auto practitioner = PracticeRepository(db).practitioner(m.practitionerId);
    if (!practitioner) {
        if (practitioner.error().code != ErrorCode::NotFound)
            return practitioner.error();
        return bad(u"practitioner"_s,
                   m.practitionerId.isEmpty() ? tr("Choose the practitioner of this visit reason.")
                                              : tr("No practitioner has the identifier %1.").arg(m.practitionerId));
    }
    auto label = text(u"label"_s, tr("The visit reason's label"), m.label, 120, true);
    if (!label)
        return label.error();
    m.label = *label;
    if (auto ok = within(u"duration"_s, tr("The duration (minutes)"), m.durationMinutes, 5, 480); !ok)
        return ok.error();
    if (m.color.isEmpty())
        m.color = u"#7fb3e6"_s;
    if (!isColour(m.color))
        return bad(u"colour"_s, tr("The colour is written #rrggbb (for example #7fb3e6); \"%1\" is not.").arg(m.color));
    m.color = m.color.toLower();
    if (m.bookableOnline)
        m.deskOnly = false;
    if (m.bookableOnline || m.deskOnly) {
        m.bookingPhone.clear();
    } else {
        auto ph = phone(u"booking_phone"_s, tr("The number patients must call"), m.bookingPhone,
                        countryOfSite(db, practitioner->siteId));
        if (!ph)
            return ph.error();
        m.bookingPhone = *ph;
    }
    for (auto [field, label, value, max] :
         {std::tuple{u"min_age"_s, tr("The minimum age"), m.minAgeYears, 120},
          {u"max_age"_s, tr("The maximum age"), m.maxAgeYears, 120},
          {u"last_visit_months"_s, tr("The months after the last visit"), m.lastVisitMonths, 120}}) {
        if (auto ok = within(field, label, value, 0, max); !ok)
            return ok.error();
    }
    if (m.video && m.homeVisit)
        return bad(u"home_visit"_s, tr("A visit is either by video or at the patient's home, not both."));
    if (m.maxAgeYears > 0 && m.maxAgeYears < m.minAgeYears)
        return bad(u"max_age"_s,
                   tr("The maximum age (%1) is below the minimum age (%2).").arg(m.maxAgeYears).arg(m.minAgeYears));
    auto instructions = text(u"instructions"_s, tr("The instructions"), m.instructions, 1000, false, true);
    if (!instructions)
        return instructions.error();
    m.instructions = *instructions;
    return m;
}

Result<Site> PracticeSetup::saveSite(const Session &session, const Site &site)
{
    return save<SiteRecord>(session, validate(site));
}

Result<Practitioner> PracticeSetup::savePractitioner(const Session &session, const Practitioner &practitioner)
{
    return save<PractitionerRecord>(session, validate(session.database(), practitioner));
}

Result<Motif> PracticeSetup::saveMotif(const Session &session, const Motif &motif)
{
    return save<MotifRecord>(session, validate(session.database(), motif));
}

Result<Practitioner> PracticeSetup::setPractitionerActive(const Session &session, const QString &id, bool active,
                                                          int *bookedAhead)
{
    auto p = setActive<PractitionerRecord>(session, id, active);
    if (p && bookedAhead) {
        auto r = session.database().exec(u"SELECT count(*) FROM appointments WHERE practitioner_id = ? "
                                         "AND status = 'booked' AND start_utc >= ?"_s,
                                         {id, toStored(session.now())});
        if (!r)
            return r.error();
        *bookedAhead = r->next() ? r->value(0).toInt() : 0;
    }
    return p;
}

Result<Motif> PracticeSetup::setMotifActive(const Session &session, const QString &id, bool active)
{
    return setActive<MotifRecord>(session, id, active);
}

bool PracticeSetup::isSetUp(const Database &db)
{
    auto r = db.exec(u"SELECT EXISTS (SELECT 1 FROM sites) AND EXISTS (SELECT 1 FROM practitioners) "
                     "AND EXISTS (SELECT 1 FROM motifs)"_s);
    return r && r->next() && r->value(0).toBool();
}

bool PracticeSetup::isSetUp(const Session &session)
{
    if (!session.can(Right::ViewAgenda))
        return true;
    return isSetUp(session.database());
}

} // namespace guichet
