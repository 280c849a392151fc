// guichet-cli patient, practitioner, motif, appointment.
#include "cli/cli.h"
#include "cli/clicontext.h"
#include "core/access/directory.h"
#include "core/base/timeutil.h"
#include "core/domain/jsonformat.h"
#include "core/eid/eidreader.h"
#include "core/identity/patientcsv.h"
#include "core/identity/patientservice.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QStringList patientRow(const Patient &p)
{
    return {p.id,
            p.displayName(),
            PartialDates::display(p.birth()),
            sexCode(p.sex),
            p.mobilePhone.isEmpty() ? p.otherPhone : p.mobilePhone,
            p.niss.isEmpty() ? p.nir : p.niss};
}

void printPatients(CliContext &ctx, const QList<Patient> &patients)
{
    if (ctx.json) {
        QJsonArray array;
        for (const Patient &p : patients)
            array << Json::patient(p);
        ctx.print(array);
        return;
    }
    QList<QStringList> rows;
    for (const Patient &p : patients)
        rows << patientRow(p);
    ctx.printTable({CliContext::tr("ID"), CliContext::tr("Name"), CliContext::tr("Born"), CliContext::tr("Sex"),
                    CliContext::tr("Phone"), CliContext::tr("NISS/NIR")},
                   rows);
}

// The options of a patient's traits, shared by add and edit.
QList<std::pair<QString, QString>> patientFields()
{
    return {
        {u"birth-name"_s, CliContext::tr("Birth name (required).")},
        {u"first-names"_s, CliContext::tr("First names as given at birth (required).")},
        {u"birth-date"_s, CliContext::tr("Birth date, 1980-03-12 or 12/03/1980 (required).")},
        {u"sex"_s, CliContext::tr("female, male, other or unknown (required).")},
        {u"usage-name"_s, CliContext::tr("Usage name.")},
        {u"used-first-name"_s, CliContext::tr("First name used.")},
        {u"birth-place"_s, CliContext::tr("Birth place code.")},
        {u"niss"_s, CliContext::tr("Belgian national register number.")},
        {u"nir"_s, CliContext::tr("French social security number.")},
        {u"email"_s, CliContext::tr("E-mail address.")},
        {u"address"_s, CliContext::tr("Street and number.")},
        {u"postcode"_s, CliContext::tr("Postcode.")},
        {u"city"_s, CliContext::tr("City.")},
        {u"country"_s, CliContext::tr("Country code (FR, BE, ...).")},
        {u"language"_s, CliContext::tr("fr, nl or en.")},
        {u"holder"_s, CliContext::tr("ID of the account holder this patient is a relative of.")},
        {u"relationship"_s, CliContext::tr("child, spouse, parent or other.")},
    };
}

// A record just changed: JSON, or its id and identity status.
int printWithStatus(CliContext &ctx, const Patient &p)
{
    if (ctx.json)
        ctx.print(Json::patient(p));
    else
        ctx.out << p.id << u"  "_s << IdentityStatuses::label(p.identityStatus) << Qt::endl;
    return Cli::Done;
}

// Each option given replaces that trait of `in`; the others stay.
void applyPatientOptions(const QCommandLineParser &parser, PatientInput &in)
{
    const QList<std::pair<QString, QString *>> fields = {
        {u"birth-name"_s, &in.birthName},
        {u"first-names"_s, &in.firstNames},
        {u"birth-date"_s, &in.birthDate},
        {u"sex"_s, &in.sex},
        {u"usage-name"_s, &in.usageName},
        {u"used-first-name"_s, &in.usedFirstName},
        {u"birth-place"_s, &in.birthPlaceCode},
        {u"niss"_s, &in.niss},
        {u"nir"_s, &in.nir},
        {u"email"_s, &in.email},
        {u"address"_s, &in.address},
        {u"postcode"_s, &in.postcode},
        {u"city"_s, &in.city},
        {u"country"_s, &in.country},
        {u"language"_s, &in.language},
        {u"holder"_s, &in.holderId},
        {u"relationship"_s, &in.relationship},
    };
    for (const auto &[name, target] : fields)
        if (parser.isSet(name))
            *target = parser.value(name);
    if (parser.isSet(u"phone"_s))
        in.phones = parser.values(u"phone"_s);
}

int patientEdit(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Corrects a patient's record: the options given replace those "
                                                    "traits, the others stay."));
    parser.addPositionalArgument(u"id"_s, CliContext::tr("The patient's ID."));
    for (const auto &[name, description] : patientFields())
        parser.addOption(QCommandLineOption(name, description, u"VALUE"_s));
    parser.addOption(QCommandLineOption(u"phone"_s, CliContext::tr("Phone number (repeat for several)."), u"NUMBER"_s));
    const QList<std::pair<QString, QString>> switches = {
        {u"sms"_s, CliContext::tr("Reminders by SMS: yes or no.")},
        {u"email-reminders"_s, CliContext::tr("Reminders by e-mail: yes or no.")},
        {u"homonym"_s, CliContext::tr("A known homonym: yes or no.")},
        {u"doubtful"_s, CliContext::tr("A doubtful identity: yes or no.")},
    };
    for (const auto &[name, description] : switches)
        parser.addOption(QCommandLineOption(name, description, u"yes|no"_s));
    int code = 0;
    if (!parseCommand(ctx, parser, u"patient edit"_s, args, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(CliContext::tr("Usage: patient edit ID [--usage-name NAME] [--phone NUMBER] ..."));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto patient = PatientService::show(**session, parser.positionalArguments().first());
    if (!patient)
        return ctx.fail(patient.error());
    PatientInput in = PatientService::inputOf(*patient);
    applyPatientOptions(parser, in);
    PatientService::Preferences prefs = PatientService::preferencesOf(*patient);
    const QList<std::pair<QString, bool *>> flags = {{u"sms"_s, &prefs.notifySms},
                                                     {u"email-reminders"_s, &prefs.notifyEmail},
                                                     {u"homonym"_s, &prefs.homonym},
                                                     {u"doubtful"_s, &prefs.doubtful}};
    for (const auto &[name, target] : flags) {
        if (!parser.isSet(name))
            continue;
        const std::optional<bool> v = yesNo(parser.value(name));
        if (!v)
            return ctx.fail(Error::invalid(CliContext::tr("--%1 is yes or no.").arg(name), u"cli.flag"_s));
        *target = *v;
    }
    auto saved = PatientService::update(**session, patient->id, in, prefs);
    if (!saved)
        return ctx.fail(saved.error());
    return printWithStatus(ctx, *saved);
}

QJsonObject eidJson(const EidIdentity &e, const QString &reader)
{
    return QJsonObject{{u"reader"_s, reader},
                       {u"card_number"_s, e.cardNumber},
                       {u"valid_from"_s, e.validFrom.toString(Qt::ISODate)},
                       {u"valid_until"_s, e.validUntil.toString(Qt::ISODate)},
                       {u"national_number"_s, e.nationalNumber},
                       {u"birth_name"_s, e.surname},
                       {u"first_names"_s, e.firstNames},
                       {u"third_initial"_s, e.thirdInitial},
                       {u"nationality"_s, e.nationality},
                       {u"birth_place"_s, e.birthPlace},
                       {u"birth_date"_s, e.birthDate.toIso()},
                       {u"sex"_s, sexCode(e.sex)},
                       {u"address"_s, e.street},
                       {u"postcode"_s, e.postcode},
                       {u"city"_s, e.municipality}};
}

int patientCheckIdentity(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    QString id;
    const QCommandLineOption document(
        u"document"_s, CliContext::tr("id-card, eid, passport, residence-permit or family-record-book."), u"KIND"_s);
    const QCommandLineOption eid(u"eid"_s, CliContext::tr("Read the Belgian eID in the reader and compare it."));
    const QCommandLineOption reader(u"reader"_s, CliContext::tr("The card reader (default: the first with a card)."),
                                    u"NAME"_s);
    parser.addOptions({document, eid, reader});
    int code = 0;
    if (!parseWithId(ctx, parser, u"patient check-identity"_s, args, code, id))
        return code;
    if (parser.isSet(document) == parser.isSet(eid))
        return ctx.usage(CliContext::tr("Usage: patient check-identity ID --document KIND | --eid [--reader NAME]"));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    PatientDirectory patients(**session);
    if (parser.isSet(eid)) {
        const QDate today = ctx.clock->now().toTimeZone(ctx.siteZone()).date();
        auto card = EidReader::read(parser.value(reader), today);
        if (!card)
            return ctx.fail(card.error());
        auto checked = PatientService::checkIdentityWithEid(**session, patients.resolveId(id), *card);
        if (!checked)
            return ctx.fail(checked.error());
        return printWithStatus(ctx, *checked);
    }
    auto checked = PatientService::checkIdentityDocument(**session, patients.resolveId(id), parser.value(document));
    if (!checked)
        return ctx.fail(checked.error());
    return printWithStatus(ctx, *checked);
}

int patientAdd(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Adds a patient after checking every field."));
    for (const auto &[name, description] : patientFields())
        parser.addOption(QCommandLineOption(name, description, u"VALUE"_s));
    const QCommandLineOption phone(u"phone"_s, CliContext::tr("Phone number (repeat for several)."), u"NUMBER"_s);
    parser.addOption(phone);
    int code = 0;
    if (!parseCommand(ctx, parser, u"patient add"_s, args, code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(CliContext::tr("patient add takes options only, such as --birth-name DUPONT."));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    PatientInput in;
    applyPatientOptions(parser, in);
    auto added = PatientService::add(**session, in);
    if (!added)
        return ctx.fail(added.error());
    if (ctx.json)
        ctx.print(Json::patient(*added));
    else
        ctx.out << added->id << Qt::endl;
    return Cli::Done;
}

int patientShow(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"id"_s, CliContext::tr("The patient's ID."));
    int code = 0;
    if (!parseCommand(ctx, parser, u"patient show"_s, args, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(CliContext::tr("Usage: patient show ID"));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto patient = PatientService::show(**session, parser.positionalArguments().first());
    if (!patient)
        return ctx.fail(patient.error());
    auto related = PatientDirectory(**session).relativesOf(patient->id);
    if (!related)
        return ctx.fail(related.error());
    const QList<Patient> &relatives = *related;
    auto visits = AppointmentDirectory(**session).forPatient(patient->id);
    if (!visits)
        return ctx.fail(visits.error());
    const QList<Appointment> &appointments = *visits;
    if (ctx.json) {
        QJsonObject o = Json::patient(*patient);
        // Medical content read without the right: emptied, and said to be there.
        o[u"medical_withheld"_s] = patient->medicalWithheld;
        QJsonArray rel;
        for (const Patient &r : relatives)
            rel << r.id;
        o[u"relative_ids"_s] = rel;
        o[u"appointment_count"_s] = appointments.size();
        ctx.print(o);
        return Cli::Done;
    }
    const QJsonObject o = Json::patient(*patient);
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue v = it.value();
        const QString text = v.isBool() ? (v.toBool() ? u"yes"_s : u"no"_s) : v.toVariant().toString();
        if (!text.isEmpty())
            ctx.out << it.key().leftJustified(18) << text << Qt::endl;
    }
    if (patient->medicalWithheld)
        ctx.out << u"medical"_s.leftJustified(18) << CliContext::tr("withheld (practitioners only)") << Qt::endl;
    for (const Patient &r : relatives)
        ctx.out << u"relative"_s.leftJustified(18) << r.id << u"  "_s << r.displayName() << Qt::endl;
    ctx.out << u"appointments"_s.leftJustified(18) << appointments.size() << Qt::endl;
    return Cli::Done;
}

// `patient medication ID [--set TEXT]`: the usual medication, read or written by who may read
// medical content (practitioners; administrators when the practice allows it).
int patientMedication(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"id"_s, CliContext::tr("The patient's ID."));
    const QCommandLineOption set(u"set"_s, CliContext::tr("The new text (empty: none)."), u"TEXT"_s);
    parser.addOption(set);
    int code = 0;
    if (!parseCommand(ctx, parser, u"patient medication"_s, args, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(CliContext::tr("Usage: patient medication ID [--set TEXT]"));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    const QString id = parser.positionalArguments().first();
    Result<Patient> patient = Error::invalid(QString());
    if (parser.isSet(set)) {
        patient = PatientService::setMedication(**session, id, parser.value(set));
    } else {
        if (auto ok = (*session)->require(Right::ViewMedicalNotes); !ok)
            return ctx.fail(ok.error());
        patient = PatientService::show(**session, id);
    }
    if (!patient)
        return ctx.fail(patient.error());
    if (ctx.json)
        ctx.print(QJsonObject{{u"id"_s, patient->id}, {u"medication"_s, patient->medication}});
    else
        ctx.out << patient->medication << Qt::endl;
    return Cli::Done;
}

int patientList(CliContext &ctx, const QStringList &args, bool search)
{
    QCommandLineParser parser;
    if (search)
        parser.addPositionalArgument(u"text"_s, CliContext::tr("Name, birth date, phone, NISS or NIR (prefixes)."));
    const QCommandLineOption limit(u"limit"_s, CliContext::tr("At most this many (default 50)."), u"N"_s, u"50"_s);
    const QCommandLineOption offset(u"offset"_s, CliContext::tr("Skip this many first."), u"N"_s, u"0"_s);
    parser.addOption(limit);
    if (!search)
        parser.addOption(offset);
    int code = 0;
    if (!parseCommand(ctx, parser, search ? u"patient search"_s : u"patient list"_s, args, code))
        return code;
    bool okLimit = false;
    bool okOffset = false;
    const int n = parser.value(limit).toInt(&okLimit);
    const int skip = search ? 0 : parser.value(offset).toInt(&okOffset);
    okOffset = okOffset || search;
    if (!okLimit || n < 1 || n > 10000 || !okOffset || skip < 0)
        return ctx.fail(Error::invalid(CliContext::tr("--limit is between 1 and 10000 and --offset is 0 or more."),
                                       u"cli.limit"_s));
    if (search && parser.positionalArguments().isEmpty())
        return ctx.usage(CliContext::tr("Usage: patient search TEXT"));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    PatientDirectory patients(**session);
    auto found = search ? patients.search(parser.positionalArguments().join(u' '), n) : patients.list(n, skip);
    if (!found)
        return ctx.fail(found.error());
    printPatients(ctx, *found);
    return Cli::Done;
}

} // namespace

int patientIncomplete(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption limit(u"limit"_s, CliContext::tr("At most N records (default 1000)."), u"N"_s);
    parser.addOption(limit);
    int code = 0;
    if (!parseCommand(ctx, parser, u"patient incomplete"_s, args, code))
        return code;
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto list = PatientCsv::incomplete(**session, parser.isSet(limit) ? parser.value(limit).toInt() : 1000);
    if (!list)
        return ctx.fail(list.error());
    if (ctx.json) {
        QJsonArray rows;
        for (const auto &i : std::as_const(*list))
            rows << QJsonObject{{u"id"_s, i.id},
                                {u"external_id"_s, i.externalId},
                                {u"name"_s, i.name},
                                {u"missing"_s, QJsonArray::fromStringList(i.missing)},
                                {u"doubtful"_s, i.doubtful}};
        ctx.print(rows);
        return Cli::Done;
    }
    QList<QStringList> rows;
    for (const auto &i : std::as_const(*list))
        rows << QStringList{i.id, i.externalId, i.name, i.missing.join(u", "_s),
                            i.doubtful ? CliContext::tr("doubtful") : QString()};
    ctx.printTable({CliContext::tr("id"), CliContext::tr("external id"), CliContext::tr("name"),
                    CliContext::tr("missing"), QString()},
                   rows);
    return Cli::Done;
}

int runEid(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"action"_s, CliContext::tr("read"));
    const QCommandLineOption reader(u"reader"_s, CliContext::tr("The card reader (default: the first with a card)."),
                                    u"NAME"_s);
    parser.addOption(reader);
    int code = 0;
    if (!parseCommand(ctx, parser, u"eid"_s, args, code))
        return code;
    if (parser.positionalArguments() != QStringList{u"read"_s})
        return ctx.usage(CliContext::tr("Usage: eid read [--reader NAME]"));
    auto files = EidReader::readFiles(parser.value(reader));
    if (!files)
        return ctx.fail(files.error());
    const QDate today = ctx.clock->now().toTimeZone(ctx.siteZone()).date();
    auto card = EidIdentity::fromFiles(files->identity, files->address, today);
    if (!card)
        return ctx.fail(card.error());
    const QJsonObject o = eidJson(*card, files->reader);
    if (ctx.json) {
        ctx.print(o);
    } else {
        for (auto it = o.begin(); it != o.end(); ++it)
            ctx.out << it.key() << u": "_s << it.value().toString() << Qt::endl;
    }
    return Cli::Done;
}

int runPatient(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"block"_s)
        return patientBlock(ctx, rest);
    if (sub == u"link"_s || sub == u"unlink"_s)
        return patientRelative(ctx, args.mid(1), sub == u"link"_s);
    if (sub == u"add"_s)
        return patientAdd(ctx, rest);
    if (sub == u"edit"_s)
        return patientEdit(ctx, rest);
    if (sub == u"check-identity"_s)
        return patientCheckIdentity(ctx, rest);
    if (sub == u"show"_s)
        return patientShow(ctx, rest);
    if (sub == u"medication"_s)
        return patientMedication(ctx, rest);
    if (sub == u"list"_s)
        return patientList(ctx, rest, false);
    if (sub == u"search"_s)
        return patientList(ctx, rest, true);
    if (sub == u"incomplete"_s)
        return patientIncomplete(ctx, rest);
    return ctx.usage(
        CliContext::tr("Usage: patient add|edit|check-identity|show|medication|list|search|incomplete|block|link|"
                       "unlink ..."));
}

int appointmentList(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption date(u"date"_s, CliContext::tr("One day (default today)."), u"DATE"_s);
    const QCommandLineOption from(u"from"_s, CliContext::tr("First day (default today)."), u"DATE"_s);
    const QCommandLineOption to(u"to"_s, CliContext::tr("Last day, included (default the first day)."), u"DATE"_s);
    const QCommandLineOption practitioner(u"practitioner"_s, CliContext::tr("Only this practitioner's."), u"ID"_s);
    parser.addOptions({date, from, to, practitioner});
    int code = 0;
    if (!parseCommand(ctx, parser, u"appointment list"_s, args, code))
        return code;
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    const QTimeZone zone = ctx.siteZone();
    const QDate today = ctx.clock->now().toTimeZone(zone).date();
    const QDate first = parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate)
        : parser.isSet(from)               ? QDate::fromString(parser.value(from), Qt::ISODate)
                                           : today;
    const QDate last = parser.isSet(to) ? QDate::fromString(parser.value(to), Qt::ISODate) : first;
    if (!first.isValid() || !last.isValid() || last < first)
        return ctx.fail(Error::invalid(CliContext::tr("--from and --to are dates such as 2026-11-23, --to not "
                                                      "before --from."),
                                       u"cli.dates"_s));
    const QStringList practitioners =
        parser.isSet(practitioner) ? QStringList{parser.value(practitioner)} : QStringList{};
    auto found =
        AppointmentDirectory(**session).inRange(QDateTime(first, QTime(0, 0), zone).toUTC(),
                                                QDateTime(last.addDays(1), QTime(0, 0), zone).toUTC(), practitioners);
    if (!found)
        return ctx.fail(found.error());
    const QList<Appointment> &list = *found;
    if (ctx.json) {
        QJsonArray array;
        for (const Appointment &a : list)
            array << Json::appointment(a, zone);
        ctx.print(array);
        return Cli::Done;
    }
    QList<QStringList> rows;
    for (const Appointment &a : list)
        rows << QStringList{a.id, toIsoInZone(a.start, zone), a.practitionerId.left(8), a.patientId.left(8),
                            AppointmentStatuses::code(a.status)};
    ctx.printTable({CliContext::tr("ID"), CliContext::tr("Start"), CliContext::tr("Practitioner"),
                    CliContext::tr("Patient"), CliContext::tr("Status")},
                   rows);
    return Cli::Done;
}

} // namespace guichet
