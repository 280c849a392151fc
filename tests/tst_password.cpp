#include "core/domain/password.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace guichet;

class TestPassword : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void policy_data();
    void policy();
    void hashAndVerify();
    void hashIsSaltedArgon2id();
    void verifyRejectsGarbage();
};

void TestPassword::policy_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("rule"); // empty: accepted
    QTest::newRow("good") << u"Guichet2026"_s << QString();
    QTest::newRow("good, accents") << u"Élodie1985x"_s << QString();
    QTest::newRow("exactly 8") << u"Abcdefg1"_s << QString();
    QTest::newRow("with spaces") << u"Mon Cabinet 12"_s << QString();
    QTest::newRow("symbols") << u"P@ssw0rd!"_s << QString();
    QTest::newRow("long") << QString(u"Aa1"_s).repeated(50) << QString();
    QTest::newRow("empty") << u""_s << u"password.length"_s;
    QTest::newRow("7 characters") << u"Abcdef1"_s << u"password.length"_s;
    QTest::newRow("no upper") << u"guichet2026"_s << u"password.upper"_s;
    QTest::newRow("no lower") << u"GUICHET2026"_s << u"password.lower"_s;
    QTest::newRow("no digit") << u"Guichetdemo"_s << u"password.digit"_s;
    QTest::newRow("digits only") << u"12345678"_s << u"password.upper"_s;
    QTest::newRow("too long") << QString(u"Aa1"_s).repeated(90) << u"password.length"_s;
    QTest::newRow("spaces only") << u"         "_s << u"password.upper"_s;
    QTest::newRow("upper and digits") << u"ABCDEFG1"_s << u"password.lower"_s;
    QTest::newRow("lower and digits") << u"abcdefg1"_s << u"password.upper"_s;
    QTest::newRow("letters no digit accents") << u"Éléphantrose"_s << u"password.digit"_s;
    QTest::newRow("superscript two is no digit") << u"Abcdefg\u00b2"_s << u"password.digit"_s;
    QTest::newRow("upper lower symbols") << u"Abc!@#$%^"_s << u"password.digit"_s;
    QTest::newRow("short with all") << u"Ab1"_s << u"password.length"_s;
}

void TestPassword::policy()
{
    QFETCH(QString, password);
    QFETCH(QString, rule);
    const auto r = Password::checkPolicy(password);
    if (rule.isEmpty()) {
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    } else {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().rule, rule);
    }
}

void TestPassword::hashAndVerify()
{
    const auto hash = Password::hash(u"Guichet2026"_s);
    QVERIFY(hash.ok());
    QVERIFY(Password::verify(*hash, u"Guichet2026"_s));
    QVERIFY(!Password::verify(*hash, u"guichet2026"_s));
    QVERIFY(!Password::verify(*hash, u""_s));
}

void TestPassword::hashIsSaltedArgon2id()
{
    const auto a = Password::hash(u"Guichet2026"_s);
    const auto b = Password::hash(u"Guichet2026"_s);
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a->startsWith(u"$argon2id$"_s));
    QVERIFY(*a != *b); // salted
    QVERIFY(!a->contains(u"Guichet2026"_s));
}

void TestPassword::verifyRejectsGarbage()
{
    QVERIFY(!Password::verify(QString(), u"x"_s));
    QVERIFY(!Password::verify(u"$argon2id$broken"_s, u"x"_s));
}

QTEST_GUILESS_MAIN(TestPassword)
#include "tst_password.moc"
