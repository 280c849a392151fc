// guichet-cli import-patients, export-patients, duplicates, merge, unmerge, not-duplicate.
#include "cli/cli.h"
#include "cli/clicontext.h"
#include "core/access/directory.h"
#include "core/base/timeutil.h"
#include "core/domain/jsonformat.h"
#include "core/identity/duplicatefinder.h"
#include "core/identity/mergeservice.h"
#include "core/identity/patientcsv.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QJsonObject pairJson(const DuplicatePair &p)
{
    return {{u"id"_s, QString(p.a + u'|' + p.b)},
            {u"patient_a"_s, p.a},
            {u"patient_b"_s, p.b},
            {u"band"_s, DuplicateFinder::bandCode(p.match.band)},
            {u"score"_s, qRound(p.match.score * 1000) / 1000.0},
            {u"evidence"_s, QJsonArray::fromStringList(p.match.evidence)},
            {u"blockers"_s, QJsonArray::fromStringList(p.match.blockers)}};
}

std::optional<MatchBand> bandFrom(const QString &text)
{
    if (text == u"certain"_s)
        return MatchBand::Certain;
    if (text == u"probable"_s)
        return MatchBand::Probable;
    if (text == u"possible"_s)
        return MatchBand::Possible;
    return std::nullopt;
}

// --format csv|json: the pairs for another tool, each record named by its external id where
// it has one (the id of the system it was imported from), else Guichet's.
int exportPairs(CliContext &ctx, const Session &session, const QList<DuplicatePair> &pairs, const QString &format)
{
    auto external = PatientDirectory(session).externalIds();
    if (!external)
        return ctx.fail(external.error());
    auto name = [&](const QString &id) { return external->value(id, id); };
    auto score = [](const DuplicatePair &p) { return QString::number(p.match.score, 'f', 3); };
    if (format == u"json"_s) {
        QJsonArray array;
        for (const DuplicatePair &p : pairs)
            array << QJsonObject{{u"id_a"_s, name(p.a)},
                                 {u"id_b"_s, name(p.b)},
                                 {u"score"_s, qRound(p.match.score * 1000) / 1000.0},
                                 {u"band"_s, DuplicateFinder::bandCode(p.match.band)}};
        ctx.print(array);
        return Cli::Done;
    }
    auto field = [](const QString &text) -> QString {
        if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
            return text;
        return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
    };
    ctx.out << "id_a,id_b,score,band\n";
    for (const DuplicatePair &p : pairs)
        ctx.out << field(name(p.a)) << ',' << field(name(p.b)) << ',' << score(p) << ','
                << DuplicateFinder::bandCode(p.match.band) << '\n';
    ctx.out.flush();
    return Cli::Done;
}

int printPairs(CliContext &ctx, const QList<DuplicatePair> &pairs)
{
    if (ctx.json) {
        QJsonArray array;
        for (const DuplicatePair &p : pairs)
            array << pairJson(p);
        ctx.print(array);
        return Cli::Done;
    }
    QList<QStringList> rows;
    for (const DuplicatePair &p : pairs)
        rows << QStringList{DuplicateFinder::bandLabel(p.match.band), QString::number(p.match.score, 'f', 2), p.a, p.b,
                            (p.match.evidence + p.match.blockers).join(u", "_s)};
    ctx.printTable({CliContext::tr("Band"), CliContext::tr("Score"), CliContext::tr("Patient A"),
                    CliContext::tr("Patient B"), CliContext::tr("Why")},
                   rows);
    return Cli::Done;
}

} // namespace

int runImportPatients(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Imports patients from a CSV file (UTF-8, with a header)."));
    parser.addPositionalArgument(u"file"_s, CliContext::tr("The CSV file."));
    const QCommandLineOption strict(u"strict"_s, CliContext::tr("Refuse the whole file at the first invalid value."));
    parser.addOption(strict);
    int code = 0;
    if (!parseCommand(ctx, parser, u"import-patients"_s, args, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(CliContext::tr("Usage: import-patients FILE.csv [--strict]"));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto report = PatientCsv::import(**session, parser.positionalArguments().first(), parser.isSet(strict));
    if (!report)
        return ctx.fail(report.error());
    QJsonArray problems;
    for (const ImportProblem &p : std::as_const(report->problems)) {
        problems << QJsonObject{{u"line"_s, p.line},
                                {u"field"_s, p.field},
                                {u"message"_s, p.message},
                                {u"row_not_imported"_s, p.rowSkipped}};
        ctx.err << CliContext::tr("line %1").arg(p.line) << (p.field.isEmpty() ? QString() : u" ("_s + p.field + u')')
                << u": "_s << p.message << (p.rowSkipped ? CliContext::tr(" (row not imported)") : QString())
                << Qt::endl;
    }
    if (ctx.json) {
        ctx.print(QJsonObject{{u"rows"_s, report->rows},
                              {u"imported"_s, report->imported},
                              {u"incomplete"_s, report->incomplete},
                              {u"already_known"_s, report->alreadyKnown},
                              {u"refused"_s, report->refused},
                              {u"problems"_s, report->problemCount},
                              {u"details"_s, problems},
                              {u"seconds"_s, report->seconds}});
    } else {
        ctx.out << CliContext::tr("%1 rows: %2 imported (%3 incomplete identities to complete: patient incomplete), "
                                  "%4 already imported before, %5 unreadable; %6 problem(s) reported.")
                       .arg(report->rows)
                       .arg(report->imported)
                       .arg(report->incomplete)
                       .arg(report->alreadyKnown)
                       .arg(report->refused)
                       .arg(report->problemCount)
                << Qt::endl;
    }
    return Cli::Done;
}

int runExportPatients(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"file"_s, CliContext::tr("The CSV file to write."));
    int code = 0;
    if (!parseCommand(ctx, parser, u"export-patients"_s, args, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(CliContext::tr("Usage: export-patients FILE.csv"));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto rows = PatientCsv::exportTo(**session, parser.positionalArguments().first());
    if (!rows)
        return ctx.fail(rows.error());
    if (ctx.json)
        ctx.print(QJsonObject{{u"rows"_s, *rows}, {u"file"_s, parser.positionalArguments().first()}});
    else
        ctx.out << CliContext::tr("%1 patient(s) written.").arg(*rows) << Qt::endl;
    return Cli::Done;
}

int runDuplicates(CliContext &ctx, const QStringList &args)
{
    const bool check = args.value(0) == u"check"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(check ? CliContext::tr("Lists the records that may be this patient.")
                                           : CliContext::tr("Lists likely duplicate patient records."));
    const QCommandLineOption band(u"band"_s,
                                  CliContext::tr("The weakest band listed: certain, probable or possible "
                                                 "(default)."),
                                  u"BAND"_s, u"possible"_s);
    const QCommandLineOption format(u"format"_s,
                                    CliContext::tr("csv or json: the pairs as id_a, id_b, score, band, each record "
                                                   "named by its external id where it has one."),
                                    u"FORMAT"_s);
    parser.addOptions({band, format});
    if (check)
        parser.addPositionalArgument(u"patient"_s, CliContext::tr("The patient's ID or external ID."));
    int code = 0;
    if (!parseCommand(ctx, parser, u"duplicates"_s, args.mid(check || args.value(0) == u"scan"_s ? 1 : 0), code))
        return code;
    const auto minimum = bandFrom(parser.value(band));
    if (!minimum)
        return ctx.fail(Error::invalid(CliContext::tr("--band is certain, probable or possible."), u"cli.band"_s));
    const QString exportFormat = parser.value(format);
    if (parser.isSet(format) && exportFormat != u"csv"_s && exportFormat != u"json"_s)
        return ctx.fail(Error::invalid(CliContext::tr("--format is csv or json."), u"cli.format"_s));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    if (auto ok = (*session)->require(Right::EditPatients); !ok)
        return ctx.fail(ok.error());
    if (check) {
        if (parser.positionalArguments().size() != 1)
            return ctx.usage(CliContext::tr("Usage: duplicates check PATIENT [--band BAND]"));
        PatientDirectory patients(**session);
        auto p = patients.byId(patients.resolveId(parser.positionalArguments().first()));
        if (!p)
            return ctx.fail(p.error());
        auto found = DuplicateFinder::candidatesFor(**session, IdentityRecord::from(*p), *minimum);
        if (!found)
            return ctx.fail(found.error());
        return exportFormat.isEmpty() ? printPairs(ctx, *found) : exportPairs(ctx, **session, *found, exportFormat);
    }
    auto pairs = DuplicateFinder::scan(**session, *minimum);
    if (!pairs)
        return ctx.fail(pairs.error());
    return exportFormat.isEmpty() ? printPairs(ctx, *pairs) : exportPairs(ctx, **session, *pairs, exportFormat);
}

int runMerge(CliContext &ctx, const QStringList &args)
{
    const bool planOnly = args.value(0) == u"plan"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Merges two records of the same patient (the survivor is chosen "
                                                    "by the rules)."));
    parser.addPositionalArgument(u"a"_s, CliContext::tr("A patient's ID or external ID."));
    parser.addPositionalArgument(u"b"_s, CliContext::tr("The other patient's ID or external ID."));
    const QCommandLineOption reason(u"reason"_s, CliContext::tr("Why they are the same person (required)."), u"TEXT"_s);
    const QCommandLineOption take(u"take"_s,
                                  CliContext::tr("Fields taken from the merged record, comma separated "
                                                 "(default: the plan's choices)."),
                                  u"FIELDS"_s);
    parser.addOptions({reason, take});
    int code = 0;
    if (!parseCommand(ctx, parser, u"merge"_s, args.mid(planOnly ? 1 : 0), code))
        return code;
    if (parser.positionalArguments().size() != 2)
        return ctx.usage(CliContext::tr("Usage: merge [plan] A B --reason TEXT [--take FIELD,...]"));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    PatientDirectory patients(**session);
    const QString a = patients.resolveId(parser.positionalArguments().at(0));
    const QString b = patients.resolveId(parser.positionalArguments().at(1));
    auto plan = MergeService::plan(**session, a, b);
    if (!plan)
        return ctx.fail(plan.error());
    if (planOnly) {
        QJsonArray differences;
        for (const FieldDifference &d : std::as_const(plan->differences))
            differences << QJsonObject{{u"field"_s, d.field},
                                       {u"survivor"_s, d.survivorValue},
                                       {u"merged"_s, d.mergedValue},
                                       {u"take_merged"_s, d.takeMerged}};
        const QJsonObject o{{u"id"_s, QString(plan->survivorId + u'|' + plan->mergedId)},
                            {u"survivor_id"_s, plan->survivorId},
                            {u"merged_id"_s, plan->mergedId},
                            {u"band"_s, DuplicateFinder::bandCode(plan->match.band)},
                            {u"score"_s, plan->match.score},
                            {u"evidence"_s, QJsonArray::fromStringList(plan->match.evidence)},
                            {u"refusals"_s, QJsonArray::fromStringList(plan->refusals)},
                            {u"differences"_s, differences}};
        if (ctx.json)
            ctx.print(o);
        else
            ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return plan->refusals.isEmpty() ? Cli::Done : Cli::Refused;
    }
    MergeRequest request;
    request.survivorId = plan->survivorId;
    request.mergedId = plan->mergedId;
    request.reason = parser.value(reason);
    if (parser.isSet(take)) {
        QSet<QString> fields;
        for (const QString &f : parser.value(take).split(u',', Qt::SkipEmptyParts))
            fields.insert(f.trimmed());
        request.fromMerged = fields;
    }
    auto merged = MergeService::merge(**session, request);
    if (!merged)
        return ctx.fail(merged.error());
    if (ctx.json)
        ctx.print(
            QJsonObject{{u"id"_s, *merged}, {u"survivor_id"_s, plan->survivorId}, {u"merged_id"_s, plan->mergedId}});
    else
        ctx.out << *merged << Qt::endl;
    return Cli::Done;
}

int runUnmerge(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    QString id;
    int code = 0;
    if (!parseWithId(ctx, parser, u"unmerge"_s, args, code, id))
        return code;
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    if (auto ok = MergeService::unmerge(**session, id); !ok)
        return ctx.fail(ok.error());
    if (ctx.json)
        ctx.print(QJsonObject{{u"id"_s, id}, {u"state"_s, u"undone"_s}});
    else
        ctx.out << CliContext::tr("Merge %1 undone.").arg(id) << Qt::endl;
    return Cli::Done;
}

int runMerges(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption patient(u"patient"_s,
                                     CliContext::tr("Only the merges of this patient (ID or external ID)."), u"ID"_s);
    parser.addOption(patient);
    int code = 0;
    if (!parseCommand(ctx, parser, u"merges"_s, args, code))
        return code;
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    const QString who =
        parser.isSet(patient) ? PatientDirectory(**session).resolveId(parser.value(patient)) : QString();
    auto history = MergeService::history(**session, who);
    if (!history)
        return ctx.fail(history.error());
    const QList<MergeRecord> &merges = *history;
    const QTimeZone zone = ctx.siteZone();
    if (ctx.json) {
        QJsonArray array;
        for (const MergeRecord &m : merges) {
            QJsonObject o{{u"id"_s, m.id},
                          {u"survivor_id"_s, m.survivorId},
                          {u"merged_id"_s, m.mergedId},
                          {u"at"_s, toIsoInZone(m.at, zone)},
                          {u"user"_s, m.user},
                          {u"reason"_s, m.reason},
                          {u"score"_s, m.score},
                          {u"state"_s, m.undone ? u"undone"_s : u"done"_s}};
            if (m.undone)
                o.insert(u"undone_at"_s, toIsoInZone(m.undoneAt, zone));
            array << o;
        }
        ctx.print(array);
        return Cli::Done;
    }
    QList<QStringList> rows;
    for (const MergeRecord &m : merges)
        rows << QStringList{m.id,         QLocale().toString(m.at.toTimeZone(zone), u"dd/MM/yyyy HH:mm"_s),
                            m.survivorId, m.mergedId,
                            m.user,       m.undone ? CliContext::tr("undone") : CliContext::tr("done")};
    ctx.printTable({CliContext::tr("ID"), CliContext::tr("When"), CliContext::tr("Kept"), CliContext::tr("Merged"),
                    CliContext::tr("By"), CliContext::tr("State")},
                   rows);
    return Cli::Done;
}

int runNotDuplicate(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"a"_s, CliContext::tr("A patient's ID or external ID."));
    parser.addPositionalArgument(u"b"_s, CliContext::tr("The other patient's ID or external ID."));
    int code = 0;
    if (!parseCommand(ctx, parser, u"not-duplicate"_s, args, code))
        return code;
    if (parser.positionalArguments().size() != 2)
        return ctx.usage(CliContext::tr("Usage: not-duplicate A B"));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    PatientDirectory patients(**session);
    const QString a = patients.resolveId(parser.positionalArguments().at(0));
    const QString b = patients.resolveId(parser.positionalArguments().at(1));
    if (auto ok = MergeService::markDifferent(**session, a, b); !ok)
        return ctx.fail(ok.error());
    if (ctx.json)
        ctx.print(QJsonObject{{u"id"_s, QString(a + u'|' + b)}, {u"patient_a"_s, a}, {u"patient_b"_s, b}});
    return Cli::Done;
}

} // namespace guichet
