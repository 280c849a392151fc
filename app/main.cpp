#include "core/access/backupservice.h"
#include "core/access/practicefile.h"
#include "core/access/session.h"
#include "core/access/userservice.h"
#include "core/base/clock.h"
#include "core/base/i18n.h"
#include "core/base/ownerfiles.h"
#include "core/base/timeutil.h"
#include "ui/admin/setupassistant.h"
#include "ui/settings/settingsdialog.h"
#include "ui/shell/mainwindow.h"
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
    (void)PracticeFile::restrictToOwner(dir);
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
    restrictNewFilesToOwner();
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
    const QCommandLineOption languageOption(
        u"language"_s, QApplication::translate("main", "fr, nl or en (default: the settings, then the system)."),
        u"LANG"_s);
    const QCommandLineOption nowOption(
        u"now"_s, QApplication::translate("main", "Fix the clock (ISO 8601; or GUICHET_NOW)."), u"ISO-8601"_s);
    parser.addOptions({dbOption, languageOption, nowOption});
    parser.process(app);

    installTranslations(parser.isSet(languageOption)
                            ? parser.value(languageOption)
                            : settings.value(SettingsDialog::languageKey(), u"system"_s).toString());

    SettingsDialog::applyDisplay(settings); // before the first window: the sign-in too
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

    auto opened = PracticeFile::open(dbPath);
    if (!opened)
        return report(false, opened.error().message, 2);
    std::unique_ptr<PracticeFile> file = std::move(opened.value());
    // --now moves the rules' clock on a demo or test database only (audit times stay real).
    if (!now.isEmpty() && !file->acceptsFixedClock())
        return report(false,
                      QApplication::translate("main",
                                              "--now (or GUICHET_NOW) is accepted only on a demo clinic or a "
                                              "database created for tests, not on a practice's database."),
                      2);

    for (;;) {
        // Always signed in with a password: no database setting skips it.
        SignInDialog signIn(file->database(), *clock);
        if (signIn.exec() != QDialog::Accepted)
            return 0;
        QString restoreFrom;
        User restoringUser;
        bool switchUser = false;
        int code = 0;
        {
            Session session(file->database(), *clock, signIn.user());
            MainWindow window(session, settings);
            QObject::connect(&window, &MainWindow::restoreRequested, &window, [&](const QString &backup) {
                restoreFrom = backup;
                restoringUser = session.user();
            });
            QObject::connect(&window, &MainWindow::switchUserRequested, &window, [&] { switchUser = true; });
            window.show();
            window.raise();
            window.activateWindow(); // the sign-in window gone, the keyboard goes here
            // A new practice: its administrator describes it first (every step may be skipped).
            if (SetupAssistant::isNeeded(session))
                window.openSetupAssistant();
            code = app.exec();
        }
        if (switchUser)
            continue; // the sign-in window again, for the next person
        if (restoreFrom.isEmpty())
            return code;
        // The window is closed and the session gone: the database is restored, then reopened.
        const QString title = QApplication::translate("main", "Restore a backup");
        auto kept = BackupService::restoreOpen(file, restoreFrom, restoringUser, *clock);
        if (!file)
            return report(false, kept ? QString() : kept.error().message, 2);
        if (!kept)
            QMessageBox::critical(nullptr, title, kept.error().message);
        else
            QMessageBox::information(nullptr, title,
                                     QApplication::translate("main",
                                                             "The backup is in place. The database it replaced is "
                                                             "kept as %1. Sign in again.")
                                         .arg(*kept));
    }
}
