// guichet-cli bench: the benchmark programs of tests/bench.
#include "bench.h"
#include "cli.h"
#include "clicontext.h"

#include <QCommandLineParser>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace guichet {

int runBench(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Runs a benchmark and prints its figures as JSON lines."));
    parser.addPositionalArgument(u"name"_s, u"search | agenda | duplicates | import | sync | reminders"_s);
    const QCommandLineOption patients(u"patients"_s, CliContext::tr("Patients in the generated database (default "
                                                                    "1,000,000)."),
                                      u"N"_s, u"1000000"_s);
    const QCommandLineOption repetitions(u"repetitions"_s, CliContext::tr("Measurements to take (default 200)."),
                                         u"N"_s, u"200"_s);
    const QCommandLineOption appointments(u"appointments"_s, CliContext::tr("Appointments in the generated agenda "
                                                                            "database (default 2,000,000)."),
                                          u"N"_s, u"2000000"_s);
    parser.addOptions({patients, repetitions, appointments});
    int code = 0;
    if (!parseCommand(ctx, parser, u"bench"_s, args, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(CliContext::tr("Usage: bench NAME [--patients N] [--repetitions N]"));
    BenchOptions options;
    bool ok1 = false;
    bool ok2 = false;
    options.patients = parser.value(patients).toLongLong(&ok1);
    options.repetitions = parser.value(repetitions).toInt(&ok2);
    if (!ok1 || !ok2 || options.patients < 1 || options.repetitions < 1)
        return ctx.fail(Error::invalid(CliContext::tr("--patients and --repetitions are positive whole numbers."),
                                       u"cli.number"_s));
    bool ok3 = false;
    options.appointments = parser.value(appointments).toLongLong(&ok3);
    if (!ok3 || options.appointments < 1)
        return ctx.fail(Error::invalid(CliContext::tr("--appointments is a positive whole number."), u"cli.number"_s));
    options.dbPath = ctx.dbPath;
    options.cacheDir = qEnvironmentVariable("GUICHET_BENCH_CACHE",
                                            QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
    return guichet::runBench(parser.positionalArguments().first(), options, *ctx.clock, ctx.out, ctx.err);
}

} // namespace guichet
