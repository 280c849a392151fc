// guichet-cli document: add, list, export, share, archive-expired (the vault of patients' documents).
#include "cli/cli.h"
#include "cli/clicontext.h"
#include "core/access/directory.h"
#include "core/base/timeutil.h"
#include "core/documents/documentvault.h"

#include <QCommandLineParser>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QJsonObject documentJson(const DocumentMeta &d, const QTimeZone &zone)
{
    QJsonObject o{{u"id"_s, d.id},
                  {u"patient_id"_s, d.patientId},
                  {u"type"_s, d.type},
                  {u"file_name"_s, d.fileName},
                  {u"content_type"_s, d.contentType},
                  {u"size"_s, d.size},
                  {u"sha1"_s, d.sha1},
                  {u"sha256"_s, d.sha256},
                  {u"page_count"_s, d.pageCount},
                  {u"origin"_s, d.origin},
                  {u"shared"_s, d.shared},
                  {u"added"_s, toIsoInZone(d.addedAt, zone)},
                  {u"added_by"_s, d.addedBy}};
    if (!d.appointmentId.isEmpty())
        o.insert(u"appointment_id"_s, d.appointmentId);
    if (d.archivedAt.isValid())
        o.insert(u"archived"_s, toIsoInZone(d.archivedAt, zone));
    return o;
}

int documentAdd(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"patient"_s, CliContext::tr("The patient's ID (or external ID)."));
    parser.addPositionalArgument(u"file"_s, CliContext::tr("A PDF, JPEG or PNG file."));
    const QCommandLineOption appointment(u"appointment"_s, CliContext::tr("The appointment it belongs to."), u"ID"_s);
    const QCommandLineOption type(u"type"_s, CliContext::tr("prescription, report, administrative or other."),
                                  u"TYPE"_s, u"other"_s);
    parser.addOptions({appointment, type});
    int code = 0;
    if (!parseCommand(ctx, parser, u"document add"_s, args, code))
        return code;
    if (parser.positionalArguments().size() != 2)
        return ctx.usage(CliContext::tr("Usage: document add PATIENT FILE [--appointment ID] [--type TYPE]"));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    const QString patient = PatientDirectory(**session).resolveId(parser.positionalArguments().at(0));
    auto added = DocumentVault::add(**session, patient, parser.positionalArguments().at(1), parser.value(type),
                                    parser.value(appointment));
    if (!added)
        return ctx.fail(added.error());
    if (ctx.json)
        ctx.print(documentJson(*added, ctx.siteZone()));
    else
        ctx.out << added->id << Qt::endl;
    return Cli::Done;
}

int documentList(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"patient"_s, CliContext::tr("The patient's ID (or external ID)."));
    const QCommandLineOption archived(u"archived"_s, CliContext::tr("The archived documents instead."));
    parser.addOption(archived);
    int code = 0;
    if (!parseCommand(ctx, parser, u"document list"_s, args, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(CliContext::tr("Usage: document list PATIENT [--archived]"));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    PatientDirectory patients(**session);
    auto patient = patients.byId(patients.resolveId(parser.positionalArguments().first()));
    if (!patient)
        return ctx.fail(patient.error());
    auto listed = DocumentVault::list(**session, patient->id, parser.isSet(archived));
    if (!listed)
        return ctx.fail(listed.error());
    const QList<DocumentMeta> &documents = *listed;
    const QTimeZone zone = ctx.siteZone();
    if (ctx.json) {
        QJsonArray array;
        for (const DocumentMeta &d : documents)
            array << documentJson(d, zone);
        ctx.print(array);
        return Cli::Done;
    }
    QList<QStringList> rows;
    for (const DocumentMeta &d : documents)
        rows << QStringList{d.id, QLocale().toString(d.addedAt.toTimeZone(zone), u"dd/MM/yyyy"_s), d.type, d.fileName,
                            QString::number(d.size)};
    ctx.printTable({CliContext::tr("ID"), CliContext::tr("Added"), CliContext::tr("Type"), CliContext::tr("File"),
                    CliContext::tr("Bytes")},
                   rows);
    return Cli::Done;
}

int documentExport(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"id"_s, CliContext::tr("The document's ID."));
    parser.addPositionalArgument(u"file"_s, CliContext::tr("Where to write the copy."));
    int code = 0;
    if (!parseCommand(ctx, parser, u"document export"_s, args, code))
        return code;
    if (parser.positionalArguments().size() != 2)
        return ctx.usage(CliContext::tr("Usage: document export ID FILE"));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    const QString id = parser.positionalArguments().at(0);
    if (auto ok = DocumentVault::exportTo(**session, id, parser.positionalArguments().at(1)); !ok)
        return ctx.fail(ok.error());
    if (ctx.json)
        ctx.print(QJsonObject{{u"id"_s, id}, {u"file"_s, parser.positionalArguments().at(1)}});
    else
        ctx.out << parser.positionalArguments().at(1) << Qt::endl;
    return Cli::Done;
}

int documentArchiveExpired(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    int code = 0;
    if (!parseCommand(ctx, parser, u"document archive-expired"_s, args, code))
        return code;
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto archived = DocumentVault::archiveExpired(**session);
    if (!archived)
        return ctx.fail(archived.error());
    if (ctx.json)
        ctx.print(QJsonObject{{u"id"_s, u"archive-expired"_s}, {u"archived"_s, *archived}});
    else
        ctx.out << CliContext::tr("%n document(s) archived.", nullptr, *archived) << Qt::endl;
    return Cli::Done;
}

int documentShare(CliContext &ctx, const QStringList &args)
{
    if (args.size() != 1)
        return ctx.usage(CliContext::tr("Usage: document share ID"));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto shared = DocumentVault::share(**session, args.first());
    if (!shared)
        return ctx.fail(shared.error());
    if (ctx.json)
        ctx.print(documentJson(*shared, ctx.siteZone()));
    else
        ctx.out << CliContext::tr("Shared with the patient: sent at the next synchronisation.") << Qt::endl;
    return Cli::Done;
}

} // namespace

int runDocument(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"add"_s)
        return documentAdd(ctx, args.mid(1));
    if (sub == u"list"_s)
        return documentList(ctx, args.mid(1));
    if (sub == u"export"_s)
        return documentExport(ctx, args.mid(1));
    if (sub == u"share"_s)
        return documentShare(ctx, args.mid(1));
    if (sub == u"archive-expired"_s)
        return documentArchiveExpired(ctx, args.mid(1));
    return ctx.usage(CliContext::tr("Usage: document add|list|export|share|archive-expired ..."));
}

int runVault(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if ((sub != u"export-key"_s && sub != u"import-key"_s) || args.size() != 2)
        return ctx.usage(CliContext::tr("Usage: vault export-key FILE | vault import-key FILE (the passphrase on "
                                        "standard input)"));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    // A passphrase is never an argument: it would show in the process list and the shell's history.
    const QByteArray passphrase = ctx.in.readLine().toUtf8();
    const Result<void> done = sub == u"export-key"_s ? DocumentVault::exportKey(**session, args.at(1), passphrase)
                                                     : DocumentVault::importKey(**session, args.at(1), passphrase);
    if (!done)
        return ctx.fail(done.error());
    if (ctx.json)
        ctx.print(QJsonObject{{u"id"_s, args.at(1)}, {u"done"_s, sub}});
    else
        ctx.out << (sub == u"export-key"_s
                        ? CliContext::tr("The vault's key is sealed in %1: keep it apart from the backups.")
                        : CliContext::tr("The vault's key is in this computer's keychain: the documents read here."))
                       .arg(args.at(1))
                << Qt::endl;
    return Cli::Done;
}

} // namespace guichet
