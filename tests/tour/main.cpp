// guichet-tour: one PNG per main view of a demo clinic (./dev screenshots DIR). A development
// program, never installed: it signs in as the demo's administrator without a password, which is
// why it opens only a demo clinic made by `guichet-cli demo`, and why the desktop program has no
// such path.
#include "core/access/session.h"
#include "core/base/clock.h"
#include "core/base/i18n.h"
#include "core/base/ownerfiles.h"
#include "core/base/timeutil.h"
#include "core/store/database.h"
#include "core/store/userrepository.h"
#include "tests/tour/screenshottour.h"
#include "ui/agenda/agendagrid.h"
#include "ui/agenda/agendaview.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/tones.h"

#include "demo/democlinic.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimeZone>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace guichet;

namespace {
int fail(const QString &message, int code)
{
    std::fprintf(stderr, "guichet-tour: %s\n", qPrintable(message));
    return code;
}
} // namespace

int main(int argc, char *argv[])
{
    restrictNewFilesToOwner();
    QApplication app(argc, argv);
    // Settings of its own: the tour never changes a desk's.
    QApplication::setOrganizationName(u"Guichet"_s);
    QApplication::setApplicationName(u"guichet-tour"_s);
    QApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Screenshots of every main view of a demo clinic."_s);
    parser.addHelpOption();
    const QCommandLineOption dbOption(u"db"_s, u"The demo clinic's database (made by guichet-cli demo)."_s, u"PATH"_s);
    const QCommandLineOption shotsOption(u"screenshots"_s, u"Save one PNG per main view into DIR."_s, u"DIR"_s);
    const QCommandLineOption languageOption(u"language"_s, u"fr, nl or en."_s, u"LANG"_s, u"fr"_s);
    const QCommandLineOption nowOption(u"now"_s, u"Fix the clock (ISO 8601)."_s, u"ISO-8601"_s);
    // For the assistive-technology test (tests/a11y): the agenda shown, waiting to be read.
    const QCommandLineOption stayOption(u"stay"_s, u"Show the agenda and wait (no screenshots)."_s);
    const QCommandLineOption contrastOption(u"high-contrast"_s, u"The desk's high-contrast colours."_s);
    // The main window's size in logical pixels: 960x540 is a 1920x1080 screen at 200 %.
    const QCommandLineOption sizeOption(u"size"_s, u"The main window's size (default 1600x960)."_s, u"WxH"_s,
                                        u"1600x960"_s);
    parser.addOptions({dbOption, shotsOption, languageOption, nowOption, stayOption, contrastOption, sizeOption});
    parser.process(app);
    if (!parser.isSet(dbOption) || (!parser.isSet(shotsOption) && !parser.isSet(stayOption)))
        return fail(u"usage: guichet-tour --db DEMO.db --screenshots DIR|--stay [--language fr|nl|en] [--now ISO]"_s,
                    1);
    installTranslations(parser.value(languageOption));
    if (parser.isSet(contrastOption))
        Tones::useHighContrast();

    std::unique_ptr<Clock> clock;
    if (parser.isSet(nowOption)) {
        const QDateTime at = parseIso(parser.value(nowOption), QTimeZone(QByteArrayLiteral("Europe/Brussels")));
        if (!at.isValid())
            return fail(u"--now is not an ISO 8601 date"_s, 1);
        clock = std::make_unique<FixedClock>(at);
    } else {
        clock = std::make_unique<SystemClock>();
    }
    auto opened = Database::open(parser.value(dbOption));
    if (!opened)
        return fail(opened.error().message, 2);
    Database &db = **opened;
    if (!DemoClinic::isDemo(db))
        return fail(u"the screenshot tour opens only a demo clinic (made by guichet-cli demo): it signs in "
                    "without a password, which a practice's database never allows."_s,
                    2);
    // The demo's administrator, whose password is public.
    User user;
    for (const User &u : UserRepository(db).list()) {
        if (u.role == Role::Administrator && u.active) {
            user = u;
            break;
        }
    }
    if (user.login.isEmpty())
        return fail(u"the demo clinic has no active administrator."_s, 2);
    QSettings settings;
    Session session(db, *clock, user);
    MainWindow window(session, settings);
    const QStringList size = parser.value(sizeOption).split(u'x');
    window.resize(size.value(0).toInt() > 0 ? size.value(0).toInt() : 1600,
                  size.value(1).toInt() > 0 ? size.value(1).toInt() : 960);
    std::fprintf(stderr, "guichet-tour: main window %dx%d (at least %dx%d)\n", window.width(), window.height(),
                 window.minimumSizeHint().width(), window.minimumSizeHint().height());
    window.show();
    if (parser.isSet(stayOption)) {
        // The day read now, not behind the coalescing timer: the reader starts on "ready".
        window.agendaView()->setDisplay(AgendaView::Display::Day); // the painted grid
        window.activateWindow();
        QApplication::setActiveWindow(&window); // no window manager under Xvfb to give it
        for (AgendaGrid *grid : window.findChildren<AgendaGrid *>()) {
            grid->reloadNow();
            if (grid->isVisible())
                grid->setFocus(); // where the secretary's keyboard starts on the agenda
        }
        std::printf("ready\n");
        std::fflush(stdout);
        return app.exec();
    }
    QString error;
    const QStringList files = takeScreenshots(window, parser.value(shotsOption), &error);
    if (!error.isEmpty())
        return fail(error, 5);
    for (const QString &file : files)
        std::printf("%s\n", qPrintable(file));
    return 0;
}
