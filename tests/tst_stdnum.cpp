// Guichet's NISS and NIR validators against an independent implementation, python-stdnum
// (Debian's python3-stdnum, run from /usr/bin/python3), on random vectors drawn with a fixed
// seed. Guichet may refuse what stdnum accepts only for a reason named below; it must never
// accept what stdnum refuses.
#include "core/domain/nir.h"
#include "core/domain/niss.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guichet;

namespace {

// Why Guichet is stricter than python-stdnum 1.18, which checks the length and the check digits only.
const QSet<QString> kStricterNiss = {
    u"niss.month"_s, // the month (less 20 or 40 for BIS numbers) must exist
    u"niss.day"_s, // the day must exist
    u"niss.date"_s, // the whole date must exist (no 30 February)
    u"niss.counter"_s, // the serial numbers 000 and 999 are never attributed
    u"niss.future"_s, // a birth date after today (stdnum also refuses the 2000s checksum for a future year)
};
const QSet<QString> kStricterNir = {
    u"nir.sex"_s, // the first digit is 1 or 2 (men, women)
    u"nir.month"_s, // 01-12, or the conventional 20-42 and 50-99 for an unknown month
    u"nir.department"_s, // department 00 does not exist
    u"nir.order"_s, // the birth certificate number 000 does not exist
};

QString digits(QRandomGenerator &rng, int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += QChar(u'0' + rng.bounded(10));
    return out;
}

QString two(int n)
{
    return QString::number(n).rightJustified(2, u'0');
}

// A NISS with right check digits: mostly plausible, sometimes not (month 13, day 32, ...).
QString nissWithKey(QRandomGenerator &rng)
{
    const int yy = rng.bounded(100);
    int mm = rng.bounded(10) == 0 ? rng.bounded(100) : 1 + rng.bounded(12);
    if (rng.bounded(8) == 0)
        mm = (mm % 13) + (rng.bounded(2) ? 20 : 40); // BIS
    const int dd = rng.bounded(10) == 0 ? rng.bounded(100) : rng.bounded(32);
    const int counter = rng.bounded(1000);
    const QString first9 = two(yy) + two(mm) + two(dd) + QString::number(counter).rightJustified(3, u'0');
    const bool from2000 = rng.bounded(2) == 0;
    const qint64 n = first9.toLongLong() + (from2000 ? 2000000000LL : 0);
    return first9 + two(int(97 - n % 97));
}

QString nirWithKey(QRandomGenerator &rng)
{
    const int sex = rng.bounded(10) == 0 ? rng.bounded(10) : 1 + rng.bounded(2);
    const int yy = rng.bounded(100);
    const int month = rng.bounded(6) == 0 ? rng.bounded(100) : 1 + rng.bounded(12);
    QString dept;
    switch (rng.bounded(12)) {
    case 0:
        dept = u"2A"_s;
        break;
    case 1:
        dept = u"2B"_s;
        break;
    case 2:
        dept = u"00"_s;
        break;
    default:
        dept = two(1 + rng.bounded(99));
    }
    const QString order =
        rng.bounded(20) == 0 ? u"000"_s : QString::number(1 + rng.bounded(999)).rightJustified(3, u'0');
    const QString body = QString::number(sex) + two(yy) + two(month) + dept + digits(rng, 3) + order;
    QString numeric = body;
    if (dept == u"2A"_s)
        numeric.replace(5, 2, u"19"_s);
    else if (dept == u"2B"_s)
        numeric.replace(5, 2, u"18"_s);
    return body + two(int(97 - numeric.toLongLong() % 97));
}

// One digit changed: most such numbers fail the check digits.
QString mutated(QRandomGenerator &rng, QString value)
{
    int i = rng.bounded(int(value.size()));
    while (!value.at(i).isDigit())
        i = rng.bounded(int(value.size()));
    value[i] = QChar(u'0' + (value.at(i).digitValue() + 1 + rng.bounded(9)) % 10);
    return value;
}

} // namespace

class TestStdnum : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void agreesWithPythonStdnum();
};

void TestStdnum::agreesWithPythonStdnum()
{
    const QString python = u"/usr/bin/python3"_s;
    if (!QFile::exists(python))
        QSKIP("Debian's /usr/bin/python3 is not installed");
    QProcess probe;
    probe.start(python, {u"-c"_s, u"import stdnum.be.nn, stdnum.fr.nir"_s});
    QVERIFY(probe.waitForFinished(60000));
    if (probe.exitCode() != 0)
        QSKIP("python3-stdnum is not installed (./dev installs it)");

    QRandomGenerator rng(20261203);
    QStringList vectors; // "niss VALUE" or "nir VALUE"
    for (int i = 0; i < 4000; ++i) {
        const QString niss = nissWithKey(rng);
        vectors << u"niss "_s + niss << u"niss "_s + mutated(rng, niss) << u"niss "_s + digits(rng, 11);
        const QString nir = nirWithKey(rng);
        vectors << u"nir "_s + nir << u"nir "_s + mutated(rng, nir);
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"vectors.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(vectors.join(u'\n').toUtf8() + '\n');
    file.close();

    const QString script = uR"(
import sys, stdnum.be.nn, stdnum.fr.nir
for line in open(sys.argv[1]):
    kind, value = line.split()
    module = stdnum.be.nn if kind == 'niss' else stdnum.fr.nir
    print(1 if module.is_valid(value) else 0)
)"_s;
    QProcess stdnum;
    stdnum.start(python, {u"-c"_s, script, file.fileName()});
    QVERIFY(stdnum.waitForFinished(120000));
    QCOMPARE(stdnum.exitCode(), 0);
    const QList<QByteArray> verdicts = stdnum.readAllStandardOutput().split('\n');
    QVERIFY(verdicts.size() >= vectors.size());

    const QDate today = QDate::currentDate();
    int agreed = 0;
    int stricter = 0;
    int acceptedByBoth = 0;
    QStringList laxer;
    QStringList unexplained;
    for (qsizetype i = 0; i < vectors.size(); ++i) {
        const QString kind = vectors.at(i).section(u' ', 0, 0);
        const QString value = vectors.at(i).section(u' ', 1, 1);
        const bool theirs = verdicts.at(i) == "1";
        QString rule;
        bool ours = false;
        if (kind == u"niss"_s) {
            auto r = Niss::parse(value, today);
            ours = r.ok();
            rule = ours ? QString() : r.error().rule;
        } else {
            auto r = Nir::parse(value);
            ours = r.ok();
            rule = ours ? QString() : r.error().rule;
        }
        if (ours == theirs) {
            ++agreed;
            acceptedByBoth += ours ? 1 : 0;
        } else if (ours) {
            laxer << vectors.at(i);
        } else if ((kind == u"niss"_s ? kStricterNiss : kStricterNir).contains(rule)) {
            ++stricter;
        } else {
            unexplained << vectors.at(i) + u" ("_s + rule + u')';
        }
    }
    qInfo("%lld vectors: %d agree (%d valid for both), %d refused by Guichet for a stated reason", vectors.size(),
          agreed, acceptedByBoth, stricter);
    QVERIFY2(laxer.isEmpty(),
             qPrintable(u"accepted by Guichet, refused by stdnum: "_s + laxer.mid(0, 10).join(u", "_s)));
    QVERIFY2(unexplained.isEmpty(),
             qPrintable(u"refused by Guichet without a stated reason: "_s + unexplained.mid(0, 10).join(u", "_s)));
    QVERIFY(acceptedByBoth > 1000); // the vectors exercise the valid side too
}

QTEST_GUILESS_MAIN(TestStdnum)
#include "tst_stdnum.moc"
