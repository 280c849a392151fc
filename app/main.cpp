#include "core/access/session.h"
#include "core/access/userservice.h"
#include "core/base/clock.h"
#include "core/base/i18n.h"
#include "core/base/timeutil.h"
#include "core/store/database.h"
#include "core/store/democlinic.h"
#include "core/store/userrepository.h"
#include "ui/admin/setupassistant.h"
#include "ui/settings/settingsdialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/screenshottour.h"
#include "ui/shell/signindialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimeZone>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace guichet;

namespace {

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(u"guichet.db"_s);
}

int report(bool headless, const QString &message, int code)
{
    if (headless)
        std::fprintf(stderr, "guichet: %s\n", qPrintable(message));
    else
        QMessageBox::critical(nullptr, QApplication::translate("main", "Guichet"), message);
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Guichet"_s);
    QApplication::setApplicationName(u"guichet"_s);
    QApplication::setApplicationDisplayName(u"Guichet"_s);
    QApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));
    QApplication::setDesktopFileName(u"org.guichet.Guichet"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/guichet.svg"_s));

    QSettings settings;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Guichet"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s, QApplication::translate("main", "Database file (or GUICHET_DB)."),
                                      u"PATH"_s);
    const QCommandLineOption shotsOption(
        u"screenshots"_s, QApplication::translate("main", "Save one PNG per main view into DIR and exit."), u"DIR"_s);
    const QCommandLineOption languageOption(
        u"language"_s, QApplication::translate("main", "fr, nl or en (default: the settings, then the system)."),
        u"LANG"_s);
    const QCommandLineOption nowOption(
        u"now"_s, QApplication::translate("main", "Fix the clock (ISO 8601; or GUICHET_NOW)."), u"ISO-8601"_s);
    parser.addOptions({dbOption, shotsOption, languageOption, nowOption});
    parser.process(app);

    installTranslations(parser.isSet(languageOption)
                            ? parser.value(languageOption)
                            : settings.value(SettingsDialog::languageKey(), u"system"_s).toString());

    const bool screenshots = parser.isSet(shotsOption);
    QString dbPath = parser.value(dbOption);
    if (dbPath.isEmpty())
        dbPath = qEnvironmentVariable("GUICHET_DB");
    if (dbPath.isEmpty())
        dbPath = defaultDatabasePath();

    std::unique_ptr<Clock> clock;
    const QString now = parser.isSet(nowOption) ? parser.value(nowOption) : qEnvironmentVariable("GUICHET_NOW");
    if (!now.isEmpty()) {
        const QDateTime at = parseIso(now, QTimeZone(QByteArrayLiteral("Europe/Brussels")));
        if (!at.isValid())
            return report(true, QApplication::translate("main", "--now \"%1\" is not an ISO 8601 date.").arg(now), 1);
        clock = std::make_unique<FixedClock>(at);
    } else {
        clock = std::make_unique<SystemClock>();
    }

    auto opened = Database::open(dbPath);
    if (!opened)
        return report(screenshots, opened.error().message, 2);
    Database &db = **opened;

    User user;
    if (screenshots && !DemoClinic::isDemo(db))
        return report(true,
                      QApplication::translate("main",
                                              "The screenshot tour opens only a demo clinic (made by "
                                              "guichet-cli demo): it signs in without a password, which a "
                                              "practice's database never allows."),
                      2);
    if (screenshots) {
        // A demo clinic: the tour signs in as its administrator, whose password is public.
        const QList<User> users = UserRepository(db).list();
        for (const User &u : users) {
            if (u.role == Role::Administrator && u.active) {
                user = u;
                break;
            }
        }
        if (user.login.isEmpty()) {
            user.login = u"screenshots"_s;
            user.displayName = QApplication::translate("main", "Screenshot tour");
            user.role = Role::Administrator;
        }
    } else {
        SignInDialog signIn(db, *clock);
        if (signIn.exec() != QDialog::Accepted)
            return 0;
        user = signIn.user();
    }
    Session session(db, *clock, user);
    MainWindow window(session, settings);

    if (screenshots) {
        window.resize(1600, 960);
        window.show();
        QString error;
        const QStringList files = takeScreenshots(window, parser.value(shotsOption), &error);
        if (!error.isEmpty())
            return report(true, error, 5);
        for (const QString &file : files)
            std::printf("%s\n", qPrintable(file));
        return 0;
    }
    window.show();
    // A new practice: its administrator describes it first (every step may be skipped).
    if (SetupAssistant::isNeeded(session))
        window.openSetupAssistant();
    return app.exec();
}
