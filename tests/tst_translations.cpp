#include "core/base/i18n.h"
#include "core/domain/niss.h"

#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace guichet;

// French is the working language: every string must be translated, and the
// embedded catalogues must actually load.
class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void frenchIsComplete();
    void catalogueLoads_data();
    void catalogueLoads();
    void unknownLanguageFallsBackToFrench();
};

void TestTranslations::frenchIsComplete()
{
    QFile file(QStringLiteral(GUICHET_SOURCE_DIR "/translations/guichet_fr.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList unfinished;
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"message"_s) {
            numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
        } else if (xml.name() == u"source"_s) {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == u"translation"_s) {
            const auto type = xml.attributes().value(u"type"_s);
            const QString text =
                numerus ? xml.readElementText(QXmlStreamReader::IncludeChildElements) : xml.readElementText();
            if (type == u"unfinished"_s || type == u"vanished"_s || text.isEmpty())
                unfinished << source;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString() + u" at line "_s + QString::number(xml.lineNumber())));
    QVERIFY2(messages > 100, "the French catalogue looks empty");
    QVERIFY2(unfinished.isEmpty(), qPrintable(u"untranslated: "_s + unfinished.mid(0, 10).join(u" | "_s)));
}

void TestTranslations::catalogueLoads_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("needle");
    QTest::newRow("fr") << u"fr"_s << u"registre national"_s;
    QTest::newRow("nl") << u"nl"_s << u"rijksregisternummer"_s;
    QTest::newRow("en") << u"en"_s << u"national register number"_s;
}

void TestTranslations::catalogueLoads()
{
    QFETCH(QString, language);
    QFETCH(QString, needle);
    QCOMPARE(installTranslations(language), language);
    const auto r = Niss::parse(u"85073003329"_s);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(needle, Qt::CaseInsensitive), qPrintable(r.error().message));
}

void TestTranslations::unknownLanguageFallsBackToFrench()
{
    QCOMPARE(installTranslations(u"de"_s), u"fr"_s);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
