// guichet-cli site, practitioner, motif (setting up the practice) and audit.
#include "cli/cli.h"
#include "cli/clicontext.h"
#include "core/access/audittrail.h"
#include "core/access/directory.h"
#include "core/agenda/practicesetup.h"
#include "core/base/timeutil.h"
#include "core/domain/jsonformat.h"
#include "core/domain/registration.h"

#include <QCommandLineParser>

#include <optional>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

// Options read one by one; the first bad value stops with exit code 2 and its reason.
class Options
{
public:
    explicit Options(const QCommandLineParser &parser)
        : m_parser(parser)
    {}

    void text(const QString &name, QString &field) const
    {
        if (m_parser.isSet(name))
            field = m_parser.value(name);
    }

    void number(const QString &name, int &field)
    {
        if (!m_parser.isSet(name) || m_error)
            return;
        bool ok = false;
        const int v = m_parser.value(name).trimmed().toInt(&ok);
        if (!ok)
            m_error =
                Error::invalid(CliContext::tr("--%1 takes a whole number, not \"%2\".").arg(name, m_parser.value(name)),
                               u"cli.number"_s);
        else
            field = v;
    }

    void yesNo(const QString &name, bool &field)
    {
        if (!m_parser.isSet(name) || m_error)
            return;
        if (const std::optional<bool> v = guichet::yesNo(m_parser.value(name)))
            field = *v;
        else
            m_error = Error::invalid(
                CliContext::tr("--%1 takes yes or no, not \"%2\".").arg(name, m_parser.value(name)), u"cli.yes-no"_s);
    }

    void fail(Error error)
    {
        if (!m_error)
            m_error = std::move(error);
    }
    const std::optional<Error> &error() const { return m_error; }

private:
    const QCommandLineParser &m_parser;
    std::optional<Error> m_error;
};

QCommandLineOption option(const QString &name, const QString &help, const QString &value = u"VALUE"_s)
{
    return QCommandLineOption(name, help, value);
}

// ------------------------------------------------------------------------------------ site

int printSite(CliContext &ctx, const Site &s)
{
    if (ctx.json)
        ctx.print(Json::site(s));
    else
        ctx.out << s.id << Qt::endl;
    return Cli::Done;
}

int siteAddOrEdit(CliContext &ctx, const QStringList &args, bool edit)
{
    QCommandLineParser parser;
    parser.addOptions({option(u"name"_s, CliContext::tr("The site's name.")),
                       option(u"address"_s, CliContext::tr("Street and number.")),
                       option(u"postcode"_s, CliContext::tr("Postcode.")), option(u"city"_s, CliContext::tr("City.")),
                       option(u"country"_s, CliContext::tr("BE or FR (default BE).")),
                       option(u"phone"_s, CliContext::tr("The public phone number.")),
                       option(u"time-zone"_s, CliContext::tr("IANA time zone (default by the country).")),
                       option(u"access-info"_s, CliContext::tr("For patients: floor, parking, transport."))});
    int code = 0;
    QString id;
    if (edit ? !parseWithId(ctx, parser, u"site edit"_s, args, code, id)
             : !parseCommand(ctx, parser, u"site add"_s, args, code))
        return code;
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    Site s;
    if (edit) {
        auto existing = PracticeDirectory(**session).site(id);
        if (!existing)
            return ctx.fail(existing.error());
        s = *existing;
    } else {
        s.timeZone.clear(); // from the country unless given
    }
    Options o(parser);
    o.text(u"name"_s, s.name);
    o.text(u"address"_s, s.address);
    o.text(u"postcode"_s, s.postcode);
    o.text(u"city"_s, s.city);
    o.text(u"country"_s, s.country);
    o.text(u"phone"_s, s.phone);
    o.text(u"time-zone"_s, s.timeZone);
    o.text(u"access-info"_s, s.accessInfo);
    auto saved = PracticeSetup::saveSite(**session, s);
    if (!saved)
        return ctx.fail(saved.error());
    return printSite(ctx, *saved);
}

// ---------------------------------------------------------------------------- practitioner

int practitionerAddOrEdit(CliContext &ctx, const QStringList &args, bool edit)
{
    QCommandLineParser parser;
    parser.addOptions(
        {option(u"title"_s, CliContext::tr("Dr, Mme, M. ...")), option(u"first-name"_s, CliContext::tr("First name.")),
         option(u"last-name"_s, CliContext::tr("Last name.")),
         option(u"specialty"_s, CliContext::tr("Specialty code (general-practice, dermatology, ...).")),
         option(u"rpps"_s, CliContext::tr("RPPS number (France, 11 digits).")),
         option(u"inami"_s, CliContext::tr("INAMI/RIZIV number (Belgium, 11 digits).")),
         option(u"colour"_s, CliContext::tr("Colour in the agenda, #rrggbb.")),
         option(u"site"_s, CliContext::tr("A site's ID; repeat for several, the first is the main one.")),
         option(u"cancel-deadline-hours"_s, CliContext::tr("Online cancellation closes this many hours before.")),
         option(u"cancel-deadline-days"_s, CliContext::tr("The same in days.")),
         option(u"online-days"_s, CliContext::tr("Online booking window, days ahead (0: no limit).")),
         option(u"online-notice-hours"_s, CliContext::tr("Minimum notice for online bookings, hours.")),
         option(u"last-visit-months"_s,
                CliContext::tr("A last visit older than this means a phone booking (0: never).")),
         option(u"new-patients"_s, CliContext::tr("New patients online: yes or no.")),
         option(u"messages"_s, CliContext::tr("Reminders and notices: yes or no."))});
    int code = 0;
    QString id;
    if (edit ? !parseWithId(ctx, parser, u"practitioner edit"_s, args, code, id)
             : !parseCommand(ctx, parser, u"practitioner add"_s, args, code))
        return code;
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    PracticeDirectory practice(**session);
    Practitioner p;
    if (edit) {
        auto existing = practice.practitioner(id);
        if (!existing)
            return ctx.fail(existing.error());
        p = *existing;
    }
    Options o(parser);
    o.text(u"title"_s, p.title);
    o.text(u"first-name"_s, p.firstName);
    o.text(u"last-name"_s, p.lastName);
    o.text(u"specialty"_s, p.specialty);
    o.text(u"colour"_s, p.color);
    if (parser.isSet(u"site"_s)) {
        const QStringList sites = parser.values(u"site"_s);
        p.siteId = sites.first();
        p.otherSiteIds = sites.mid(1);
    } else if (!edit) {
        // One site: it is the practitioner's.
        const QList<Site> sites = practice.sites();
        if (sites.size() == 1)
            p.siteId = sites.first().id;
    }
    if (parser.isSet(u"rpps"_s) && parser.isSet(u"inami"_s))
        o.fail(Error::invalid(CliContext::tr("Give --rpps (France) or --inami (Belgium), not both."),
                              u"cli.registration"_s));
    const QString country = practice.site(p.siteId) ? practice.site(p.siteId)->country : QString();
    if (parser.isSet(u"rpps"_s)) {
        if (country == u"BE"_s)
            o.fail(Error::invalid(CliContext::tr("This practitioner's site is in Belgium: give the INAMI number "
                                                 "with --inami."),
                                  u"setup.registration"_s));
        else if (auto r = Registration::rpps(parser.value(u"rpps"_s)); !r)
            o.fail(r.error());
        p.registration = parser.value(u"rpps"_s);
    }
    if (parser.isSet(u"inami"_s)) {
        if (country == u"FR"_s)
            o.fail(Error::invalid(CliContext::tr("This practitioner's site is in France: give the RPPS number with "
                                                 "--rpps."),
                                  u"setup.registration"_s));
        else if (auto r = Registration::inami(parser.value(u"inami"_s)); !r)
            o.fail(r.error());
        p.registration = parser.value(u"inami"_s);
    }
    o.number(u"cancel-deadline-hours"_s, p.onlineCancelDeadlineHours);
    if (parser.isSet(u"cancel-deadline-days"_s)) {
        int days = 0;
        o.number(u"cancel-deadline-days"_s, days);
        p.onlineCancelDeadlineHours = days * 24;
    }
    o.number(u"online-days"_s, p.onlineDays);
    o.number(u"online-notice-hours"_s, p.onlineNoticeHours);
    o.number(u"last-visit-months"_s, p.phoneOnlyAfterMonths);
    o.yesNo(u"new-patients"_s, p.acceptsNewPatientsOnline);
    o.yesNo(u"messages"_s, p.messages);
    if (o.error())
        return ctx.fail(*o.error());
    auto saved = PracticeSetup::savePractitioner(**session, p);
    if (!saved)
        return ctx.fail(saved.error());
    if (ctx.json)
        ctx.print(Json::practitioner(*saved));
    else
        ctx.out << saved->id << Qt::endl;
    return Cli::Done;
}

int practitionerActive(CliContext &ctx, const QStringList &args, bool active)
{
    QCommandLineParser parser;
    int code = 0;
    QString id;
    if (!parseWithId(ctx, parser, active ? u"practitioner activate"_s : u"practitioner deactivate"_s, args, code, id))
        return code;
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    int booked = 0;
    auto p = PracticeSetup::setPractitionerActive(**session, id, active, &booked);
    if (!p)
        return ctx.fail(p.error());
    if (!active && booked > 0)
        ctx.err << CliContext::tr("%n booked appointment(s) ahead stay in the agenda: move or cancel them.", nullptr,
                                  booked)
                << Qt::endl;
    if (ctx.json) {
        QJsonObject o = Json::practitioner(*p);
        o.insert(u"booked_ahead"_s, booked);
        ctx.print(o);
    } else {
        ctx.out << p->id << Qt::endl;
    }
    return Cli::Done;
}

int practitionerList(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption all(u"all"_s, CliContext::tr("Also the deactivated ones."));
    parser.addOption(all);
    int code = 0;
    if (!parseCommand(ctx, parser, u"practitioner list"_s, args, code))
        return code;
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    const QList<Practitioner> practitioners = PracticeDirectory(**session).practitioners(!parser.isSet(all));
    if (ctx.json) {
        QJsonArray array;
        for (const Practitioner &p : practitioners)
            array << Json::practitioner(p);
        ctx.print(array);
        return Cli::Done;
    }
    QList<QStringList> rows;
    for (const Practitioner &p : practitioners)
        rows << QStringList{p.id, p.displayName(), p.specialty, p.registration,
                            p.active ? QString() : CliContext::tr("deactivated")};
    ctx.printTable({CliContext::tr("ID"), CliContext::tr("Name"), CliContext::tr("Specialty"),
                    CliContext::tr("Registration"), CliContext::tr("State")},
                   rows);
    return Cli::Done;
}

// ----------------------------------------------------------------------------------- motif

int motifAddOrEdit(CliContext &ctx, const QStringList &args, bool edit)
{
    QCommandLineParser parser;
    parser.addOptions(
        {option(u"practitioner"_s, CliContext::tr("The practitioner's ID; repeat to add the reason to several."),
                u"ID"_s),
         option(u"label"_s, CliContext::tr("What patients read.")), option(u"duration"_s, CliContext::tr("Minutes.")),
         option(u"colour"_s, CliContext::tr("Colour in the agenda, #rrggbb.")),
         option(u"booking"_s, CliContext::tr("online, phone-only or desk-only.")),
         option(u"phone"_s, CliContext::tr("Phone-only: the number patients must call (default the site's).")),
         option(u"video"_s, CliContext::tr("A video consultation: yes or no.")),
         option(u"home-visit"_s, CliContext::tr("A visit at the patient's home: yes or no.")),
         option(u"new-patients"_s, CliContext::tr("New patients online: yes or no.")),
         option(u"min-age"_s, CliContext::tr("Minimum age in years (0: none).")),
         option(u"max-age"_s, CliContext::tr("Maximum age in years (0: none).")),
         option(u"last-visit-months"_s,
                CliContext::tr("A last visit older than this means a phone booking (0: the practitioner's rule).")),
         option(u"spacing"_s, CliContext::tr("The minimum spacing rule applies: yes or no.")),
         option(u"messages"_s, CliContext::tr("Reminders and notices: yes or no.")),
         option(u"instructions"_s, CliContext::tr("For the patient, sent with the confirmation."))});
    int code = 0;
    QString id;
    if (edit ? !parseWithId(ctx, parser, u"motif edit"_s, args, code, id)
             : !parseCommand(ctx, parser, u"motif add"_s, args, code))
        return code;
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    PracticeDirectory practice(**session);
    Motif m;
    if (edit) {
        auto existing = practice.motif(id);
        if (!existing)
            return ctx.fail(existing.error());
        m = *existing;
    }
    Options o(parser);
    o.text(u"label"_s, m.label);
    o.number(u"duration"_s, m.durationMinutes);
    o.text(u"colour"_s, m.color);
    if (parser.isSet(u"booking"_s) && !m.setBookingCode(parser.value(u"booking"_s).trimmed()))
        o.fail(Error::invalid(CliContext::tr("--booking takes online, phone-only or desk-only, not \"%1\".")
                                  .arg(parser.value(u"booking"_s)),
                              u"cli.booking"_s));
    o.text(u"phone"_s, m.bookingPhone);
    o.yesNo(u"video"_s, m.video);
    o.yesNo(u"home-visit"_s, m.homeVisit);
    o.yesNo(u"new-patients"_s, m.newPatients);
    o.number(u"min-age"_s, m.minAgeYears);
    o.number(u"max-age"_s, m.maxAgeYears);
    o.number(u"last-visit-months"_s, m.lastVisitMonths);
    o.yesNo(u"spacing"_s, m.spacingRule);
    o.yesNo(u"messages"_s, m.notifications);
    o.text(u"instructions"_s, m.instructions);
    if (o.error())
        return ctx.fail(*o.error());
    const QStringList practitioners = parser.values(u"practitioner"_s);
    if (edit && practitioners.size() > 1)
        return ctx.fail(Error::invalid(CliContext::tr("A visit reason belongs to one practitioner: give one "
                                                      "--practitioner to move it."),
                                       u"cli.practitioner"_s));
    // A reason for several practitioners is one reason each (their own durations and hours later).
    QList<Motif> saved;
    for (const QString &practitioner : practitioners.isEmpty() ? QStringList{m.practitionerId} : practitioners) {
        Motif one = m;
        one.practitionerId = practitioner;
        auto s = PracticeSetup::saveMotif(**session, one);
        if (!s)
            return ctx.fail(s.error());
        saved << *s;
    }
    if (ctx.json) {
        if (saved.size() == 1) {
            ctx.print(Json::motif(saved.first()));
        } else {
            QJsonArray array;
            for (const Motif &s : std::as_const(saved))
                array << Json::motif(s);
            ctx.print(array);
        }
    } else {
        for (const Motif &s : std::as_const(saved))
            ctx.out << s.id << Qt::endl;
    }
    return Cli::Done;
}

int motifActive(CliContext &ctx, const QStringList &args, bool active)
{
    QCommandLineParser parser;
    int code = 0;
    QString id;
    if (!parseWithId(ctx, parser, active ? u"motif activate"_s : u"motif deactivate"_s, args, code, id))
        return code;
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto m = PracticeSetup::setMotifActive(**session, id, active);
    if (!m)
        return ctx.fail(m.error());
    if (ctx.json)
        ctx.print(Json::motif(*m));
    else
        ctx.out << m->id << Qt::endl;
    return Cli::Done;
}

int motifList(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption practitioner(u"practitioner"_s, CliContext::tr("Only this practitioner's."), u"ID"_s);
    const QCommandLineOption all(u"all"_s, CliContext::tr("Also the deactivated ones."));
    parser.addOptions({practitioner, all});
    int code = 0;
    if (!parseCommand(ctx, parser, u"motif list"_s, args, code))
        return code;
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    PracticeDirectory practice(**session);
    const QString pid = parser.value(practitioner);
    if (!pid.isEmpty()) {
        if (auto p = practice.practitioner(pid); !p)
            return ctx.fail(p.error());
    }
    QList<Motif> motifs;
    for (const Motif &m : practice.motifs(pid))
        if (m.active || parser.isSet(all))
            motifs << m;
    if (ctx.json) {
        QJsonArray array;
        for (const Motif &m : std::as_const(motifs))
            array << Json::motif(m);
        ctx.print(array);
        return Cli::Done;
    }
    QList<QStringList> rows;
    for (const Motif &m : std::as_const(motifs))
        rows << QStringList{m.id, m.label, CliContext::tr("%1 min").arg(m.durationMinutes),
                            m.bookableOnline ? CliContext::tr("online")
                                : m.deskOnly ? CliContext::tr("desk only")
                                             : CliContext::tr("phone only"),
                            m.active ? QString() : CliContext::tr("deactivated")};
    ctx.printTable({CliContext::tr("ID"), CliContext::tr("Visit reason"), CliContext::tr("Duration"),
                    CliContext::tr("Booking"), CliContext::tr("State")},
                   rows);
    return Cli::Done;
}

} // namespace

int runSite(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"add"_s || sub == u"edit"_s)
        return siteAddOrEdit(ctx, args.mid(1), sub == u"edit"_s);
    if (sub == u"list"_s) {
        auto session = ctx.session();
        if (!session)
            return ctx.fail(session.error());
        const QList<Site> sites = PracticeDirectory(**session).sites();
        if (ctx.json) {
            QJsonArray array;
            for (const Site &s : sites)
                array << Json::site(s);
            ctx.print(array);
            return Cli::Done;
        }
        QList<QStringList> rows;
        for (const Site &s : sites)
            rows << QStringList{s.id, s.name, s.fullAddress(), s.phone};
        ctx.printTable(
            {CliContext::tr("ID"), CliContext::tr("Site"), CliContext::tr("Address"), CliContext::tr("Phone")}, rows);
        return Cli::Done;
    }
    return ctx.usage(CliContext::tr("Usage: site add|edit ID|list [--name --address --postcode --city --country "
                                    "--phone --time-zone --access-info]"));
}

int runPractitioner(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"add"_s || sub == u"edit"_s)
        return practitionerAddOrEdit(ctx, args.mid(1), sub == u"edit"_s);
    if (sub == u"deactivate"_s || sub == u"activate"_s)
        return practitionerActive(ctx, args.mid(1), sub == u"activate"_s);
    if (sub == u"list"_s)
        return practitionerList(ctx, args.mid(1));
    return ctx.usage(CliContext::tr("Usage: practitioner add|edit ID|deactivate ID|activate ID|list [--all]"));
}

int runMotif(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"add"_s || sub == u"edit"_s)
        return motifAddOrEdit(ctx, args.mid(1), sub == u"edit"_s);
    if (sub == u"deactivate"_s || sub == u"activate"_s)
        return motifActive(ctx, args.mid(1), sub == u"activate"_s);
    if (sub == u"list"_s)
        return motifList(ctx, args.mid(1));
    return ctx.usage(CliContext::tr("Usage: motif add|edit ID|deactivate ID|activate ID|list [--practitioner ID]"));
}

int runAudit(CliContext &ctx, const QStringList &args)
{
    if (args.value(0) != u"list"_s)
        return ctx.usage(CliContext::tr("Usage: audit list [--from DATE] [--to DATE] [--user LOGIN] [--patient ID] "
                                        "[--kind ACTION] [--limit N] [--csv FILE]"));
    QCommandLineParser parser;
    parser.addOptions({option(u"from"_s, CliContext::tr("First day (site time)."), u"DATE"_s),
                       option(u"to"_s, CliContext::tr("Last day, included."), u"DATE"_s),
                       option(u"user"_s, CliContext::tr("Acts of this login."), u"LOGIN"_s),
                       option(u"patient"_s, CliContext::tr("Acts on this patient."), u"ID"_s),
                       option(u"kind"_s, CliContext::tr("An action (user.create) or its family (user)."), u"KIND"_s),
                       option(u"limit"_s, CliContext::tr("At most this many, newest first (default 5000)."), u"N"_s),
                       option(u"csv"_s, CliContext::tr("Write them to this CSV file instead."), u"FILE"_s)});
    int code = 0;
    if (!parseCommand(ctx, parser, u"audit list"_s, args.mid(1), code))
        return code;
    const QTimeZone zone = ctx.siteZone();
    AuditFilter filter;
    for (auto [name, field, nextDay] : {std::tuple{u"from"_s, &filter.from, false}, {u"to"_s, &filter.to, true}}) {
        if (!parser.isSet(name))
            continue;
        const QDate d = QDate::fromString(parser.value(name), Qt::ISODate);
        if (!d.isValid())
            return ctx.fail(
                Error::invalid(CliContext::tr("--%1 is a date such as 2026-11-23.").arg(name), u"cli.dates"_s));
        *field = QDateTime(nextDay ? d.addDays(1) : d, QTime(0, 0), zone).toUTC();
    }
    filter.user = parser.value(u"user"_s).trimmed().toLower();
    filter.patientId = parser.value(u"patient"_s).trimmed();
    filter.kind = parser.value(u"kind"_s).trimmed();
    Options o(parser);
    o.number(u"limit"_s, filter.limit);
    if (o.error())
        return ctx.fail(*o.error());
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    if (parser.isSet(u"csv"_s)) {
        auto rows = AuditTrail::exportCsv(**session, filter, parser.value(u"csv"_s), zone);
        if (!rows)
            return ctx.fail(rows.error());
        if (ctx.json)
            ctx.print(QJsonObject{{u"id"_s, parser.value(u"csv"_s)}, {u"rows"_s, *rows}});
        else
            ctx.out << CliContext::tr("%n act(s) written.", nullptr, *rows) << Qt::endl;
        return Cli::Done;
    }
    auto entries = AuditTrail::list(**session, filter);
    if (!entries)
        return ctx.fail(entries.error());
    if (ctx.json) {
        QJsonArray array;
        for (const AuditEntry &e : std::as_const(*entries))
            array << QJsonObject{{u"id"_s, e.seq},        {u"at"_s, toIsoInZone(e.at, zone)},
                                 {u"user"_s, e.user},     {u"action"_s, e.action},
                                 {u"entity"_s, e.entity}, {u"entity_id"_s, e.entityId},
                                 {u"reason"_s, e.reason}, {u"details"_s, e.details}};
        ctx.print(array);
        return Cli::Done;
    }
    QList<QStringList> rows;
    for (const AuditEntry &e : std::as_const(*entries))
        rows << QStringList{toIsoInZone(e.at, zone), e.user, AuditTrail::actionLabel(e.action), e.entityId, e.reason};
    ctx.printTable({CliContext::tr("When"), CliContext::tr("User"), CliContext::tr("Act"), CliContext::tr("On"),
                    CliContext::tr("Reason")},
                   rows);
    return Cli::Done;
}

} // namespace guichet
