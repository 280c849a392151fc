#include "cli/cli.h"
#include "core/base/i18n.h"
#include "core/base/ownerfiles.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    guichet::restrictNewFilesToOwner();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Guichet"));
    QCoreApplication::setApplicationName(QStringLiteral("guichet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));
    guichet::installTranslations(qEnvironmentVariable("GUICHET_LANGUAGE"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    guichet::Cli cli(out, err, in);
    return cli.run(QCoreApplication::arguments());
}
