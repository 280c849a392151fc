#include "core/base/i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace guichet {

QString installTranslations(const QString &preference)
{
    static QTranslator *guichet = nullptr;
    static QTranslator *qtbase = nullptr;
    QString language = preference.trimmed().toLower();
    if (language.isEmpty() || language == u"system"_s) {
        language = u"fr"_s;
        for (const QString &ui : QLocale::system().uiLanguages()) {
            const QString code = ui.left(2).toLower();
            if (code == u"fr"_s || code == u"nl"_s || code == u"en"_s) {
                language = code;
                break;
            }
            // Any other explicit language: French, the practice's working language.
            if (code != u"c"_s)
                break;
        }
    }
    if (language != u"fr"_s && language != u"nl"_s && language != u"en"_s)
        language = u"fr"_s;

    auto *app = QCoreApplication::instance();
    if (!app)
        return language;
    if (guichet) {
        app->removeTranslator(guichet);
        delete guichet;
        guichet = nullptr;
    }
    if (qtbase) {
        app->removeTranslator(qtbase);
        delete qtbase;
        qtbase = nullptr;
    }
    guichet = new QTranslator(app);
    if (guichet->load(u":/i18n/guichet_"_s + language + u".qm"_s))
        app->installTranslator(guichet);
    qtbase = new QTranslator(app);
    if (qtbase->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qtbase);
    QLocale::setDefault(QLocale(language == u"fr"_s ? u"fr_BE"_s : language == u"nl"_s ? u"nl_BE"_s : u"en_GB"_s));
    return language;
}

} // namespace guichet
