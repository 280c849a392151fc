// guichet-cli check-id: validate and normalise identifiers without a database.
#include "cli/cli.h"
#include "cli/clicontext.h"
#include "core/domain/email.h"
#include "core/domain/nir.h"
#include "core/domain/niss.h"
#include "core/domain/partialdate.h"
#include "core/domain/phone.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace guichet {

bool parseCommand(CliContext &ctx, QCommandLineParser &parser, const QString &name, const QStringList &args,
                  int &exitCode)
{
    const QCommandLineOption help({u"h"_s, u"help"_s}, CliContext::tr("Print this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{ctx.program + u' ' + name} + args)) {
        exitCode = ctx.usage(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        ctx.out << parser.helpText();
        ctx.out.flush();
        exitCode = Cli::Done;
        return false;
    }
    return true;
}

int runCheckId(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Checks an identifier and prints it normalised."));
    parser.addPositionalArgument(u"kind"_s, u"niss | nir | phone | email"_s);
    parser.addPositionalArgument(u"value"_s, CliContext::tr("The value to check."));
    const QCommandLineOption region(u"region"_s,
                                    CliContext::tr("Country of a phone number typed without +prefix "
                                                   "(default FR)."),
                                    u"CC"_s, u"FR"_s);
    parser.addOption(region);
    int code = 0;
    if (!parseCommand(ctx, parser, u"check-id"_s, args, code))
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2)
        return ctx.usage(CliContext::tr("Usage: check-id niss|nir|phone|email VALUE"));
    const QString kind = pos.at(0).toLower();
    const QString value = pos.at(1);
    QJsonObject result{{u"kind"_s, kind}, {u"input"_s, value}, {u"valid"_s, true}};
    QString normalized;
    if (kind == u"niss"_s) {
        auto r = Niss::parse(value);
        if (!r)
            return ctx.fail(r.error());
        normalized = r->digits;
        result[u"formatted"_s] = r->formatted();
        // What the register knows: "1962", "1962-03" or the full date (month or day 00 unknown).
        const PartialDate birth = r->birth();
        result[u"birth_date"_s] = birth.isValid() ? QJsonValue(birth.toIso()) : QJsonValue();
        result[u"sex"_s] = sexCode(r->sex);
        result[u"bis"_s] = r->bis;
    } else if (kind == u"nir"_s) {
        auto r = Nir::parse(value);
        if (!r)
            return ctx.fail(r.error());
        normalized = r->value;
        result[u"formatted"_s] = r->formatted();
        result[u"sex"_s] = sexCode(r->sex);
        result[u"department"_s] = r->department;
        result[u"provisional"_s] = r->provisional;
    } else if (kind == u"phone"_s) {
        auto r = Phone::parse(value, parser.value(region));
        if (!r)
            return ctx.fail(r.error());
        normalized = r->e164;
        result[u"national"_s] = r->national;
        result[u"international"_s] = r->international;
        result[u"region"_s] = r->region;
        result[u"type"_s] = phoneKindCode(r->kind);
    } else if (kind == u"email"_s) {
        auto r = Email::normalize(value);
        if (!r)
            return ctx.fail(r.error());
        normalized = r.value();
    } else {
        return ctx.usage(CliContext::tr("Unknown identifier kind \"%1\": niss, nir, phone or email.").arg(kind));
    }
    result[u"normalized"_s] = normalized;
    if (ctx.json)
        ctx.print(result);
    else
        ctx.out << normalized << Qt::endl;
    return Cli::Done;
}

} // namespace guichet
