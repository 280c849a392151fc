#include "cli/cli.h"
#include "core/identity/patientcsv.h"
#include "core/store/practicesettings.h"
#include "tests/support/testsupport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guichet;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

Run cli(const QStringList &args, const QString &input = {})
{
    Run run;
    QString in = input;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    QTextStream inStream(&in);
    Cli c(out, err, inStream);
    run.code = c.run(QStringList{u"guichet-cli"_s} + args);
    out.flush();
    err.flush();
    return run;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void everySettingReadIsSettable();
    void userAdministration();
    void practiceSetUpFromAnEmptyDatabase();
    void screenshotTourRefusesARealDatabase();
    void importExportAndDuplicates();
    void versionAndUsage();
    void checkId_data();
    void checkId();
    void checkIdJson();
    void patientLifecycle();
    void patientAddRefusesBadInput();
    void demoAndListings();
    void remindersPlanAndTemplates();
    void nowOption();
    void badDatabaseRefusedUntouched();
    void backupAndRestore();
    void restoreRefusesWhatIsNotWhole();
    void checkSeesRecordsLostSinceTheLastBackup();
    void restoreRefusesGarbageAndKeepsDatabase();
    void rightsFollowUser();
    void signInRequired();
    void parallelWrongPasswordsCount();
    void environmentGivesDatabase();
    void noShowStory();
    void agendaStory();
    void deskCorrectionsStory();

private:
    void initDb();
    QString db() const { return m_dir->filePath(u"cli.db"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    // Every command but init and demo signs in: as the demo's (and initDb's) administrator.
    test::useCliCredentials(m_dir->path());
}

void TestCli::cleanup()
{
    qunsetenv("GUICHET_DB");
}

void TestCli::initDb()
{
    const Run made = cli({u"--db"_s, db(), u"init"_s, u"--admin"_s, u"admin"_s, u"--test"_s},
                         QString::fromLatin1(test::CliPassword) + u'\n');
    QVERIFY2(made.code == 0, qPrintable(made.err));
}

void TestCli::versionAndUsage()
{
    QCoreApplication::setApplicationVersion(u"9.8.7"_s);
    const Run v = cli({u"--version"_s});
    QCOMPARE(v.code, 0);
    QVERIFY(v.out.contains(u"9.8.7"_s));
    QCOMPARE(cli({}).code, 1);
    const Run unknown = cli({u"frobnicate"_s});
    QCOMPARE(unknown.code, 1);
    QVERIFY(unknown.err.contains(u"frobnicate"_s));
    QCOMPARE(cli({u"--help"_s}).code, 0);
    QCOMPARE(cli({u"--bogus"_s}).code, 1);
}

void TestCli::checkId_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("out");
    QTest::newRow("niss ok") << QStringList{u"niss"_s, u"85.07.30-033.28"_s} << 0 << u"85073003328"_s;
    QTest::newRow("niss bad") << QStringList{u"niss"_s, u"85073003329"_s} << 2 << QString();
    // Born on 31 July 1985, a woman's counter 998 (the register gives 002 to 998 to women).
    QTest::newRow("niss woman 998") << QStringList{u"niss"_s, u"85073199803"_s} << 0 << u"85073199803"_s;
    QTest::newRow("nir ok 2B") << QStringList{u"nir"_s, u"1 78 10 2B 123 045 21"_s} << 0 << u"178102B12304521"_s;
    QTest::newRow("nir bad") << QStringList{u"nir"_s, u"178102B12304522"_s} << 2 << QString();
    QTest::newRow("phone FR") << QStringList{u"phone"_s, u"06 12 34 56 78"_s} << 0 << u"+33612345678"_s;
    QTest::newRow("phone BE region") << QStringList{u"phone"_s, u"--region"_s, u"BE"_s, u"0470 12 34 56"_s} << 0
                                     << u"+32470123456"_s;
    QTest::newRow("phone bad") << QStringList{u"phone"_s, u"06 12"_s} << 2 << QString();
    QTest::newRow("email ok") << QStringList{u"email"_s, u"Marie@Example.FR"_s} << 0 << u"Marie@example.fr"_s;
    QTest::newRow("email bad") << QStringList{u"email"_s, u"marie@"_s} << 2 << QString();
    QTest::newRow("unknown kind") << QStringList{u"iban"_s, u"BE68539007547034"_s} << 1 << QString();
    QTest::newRow("missing value") << QStringList{u"niss"_s} << 1 << QString();
}

void TestCli::checkId()
{
    initDb();
    qputenv("GUICHET_DB", db().toUtf8());
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, out);
    const Run r = cli(QStringList{u"check-id"_s} + args);
    QCOMPARE(r.code, code);
    if (code == 0)
        QCOMPARE(r.out.trimmed(), out);
    else
        QVERIFY(!r.err.isEmpty());
}

void TestCli::checkIdJson()
{
    initDb();
    qputenv("GUICHET_DB", db().toUtf8());
    const Run r = cli({u"--json"_s, u"check-id"_s, u"niss"_s, u"80210500424"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(u"normalized"_s).toString(), u"80210500424"_s);
    QCOMPARE(o.value(u"bis"_s).toBool(), true);
    QCOMPARE(o.value(u"birth_date"_s).toString(), u"1980-01-05"_s);
    // Month and day 00: the register knows the year only, and says so.
    const Run partial = cli({u"--json"_s, u"check-id"_s, u"niss"_s, u"62000000140"_s});
    QCOMPARE(partial.code, 0);
    QCOMPARE(partial.json().object().value(u"birth_date"_s).toString(), u"1962"_s);
    const Run bad = cli({u"--json"_s, u"check-id"_s, u"nir"_s, u"1"_s});
    QCOMPARE(bad.code, 2);
    QCOMPARE(bad.json().object().value(u"rule"_s).toString(), u"nir.length"_s);
}

void TestCli::patientLifecycle()
{
    initDb();
    const Run added = cli({u"--db"_s, db(), u"--json"_s, u"patient"_s, u"add"_s, u"--birth-name"_s, u"Dupont-Martin"_s,
                           u"--first-names"_s, u"Élodie Anne"_s, u"--birth-date"_s, u"12/03/1980"_s, u"--sex"_s, u"F"_s,
                           u"--phone"_s, u"06 12 34 56 78"_s, u"--email"_s, u"elodie@example.fr"_s});
    QCOMPARE(added.code, 0);
    const QJsonObject patient = added.json().object();
    const QString id = patient.value(u"id"_s).toString();
    QCOMPARE(id.size(), 36);
    QCOMPARE(patient.value(u"mobile_phone"_s).toString(), u"+33612345678"_s);
    QCOMPARE(patient.value(u"birth_date"_s).toString(), u"1980-03-12"_s);

    // Corrected: the options given change, the rest stays; a checked document validates the identity.
    const Run edited = cli({u"--db"_s, db(), u"--json"_s, u"patient"_s, u"edit"_s, id, u"--usage-name"_s, u"Leroy"_s,
                            u"--sms"_s, u"no"_s});
    QCOMPARE(edited.code, 0);
    QCOMPARE(edited.json().object().value(u"usage_name"_s).toString(), u"Leroy"_s);
    QCOMPARE(edited.json().object().value(u"email"_s).toString(), u"elodie@example.fr"_s);
    QCOMPARE(cli({u"--db"_s, db(), u"patient"_s, u"edit"_s, id, u"--birth-date"_s, u"31/02/1980"_s}).code, 2);
    QCOMPARE(cli({u"--db"_s, db(), u"patient"_s, u"edit"_s, id, u"--sms"_s, u"maybe"_s}).code, 2);
    const Run checked =
        cli({u"--db"_s, db(), u"--json"_s, u"patient"_s, u"check-identity"_s, id, u"--document"_s, u"passport"_s});
    QCOMPARE(checked.code, 0);
    QCOMPARE(checked.json().object().value(u"identity_status"_s).toString(), u"validated"_s);
    QCOMPARE(cli({u"--db"_s, db(), u"patient"_s, u"check-identity"_s, id, u"--document"_s, u"library-card"_s}).code, 2);

    const Run shown = cli({u"--db"_s, db(), u"--json"_s, u"patient"_s, u"show"_s, id});
    QCOMPARE(shown.code, 0);
    QCOMPARE(shown.json().object().value(u"first_names"_s).toString(), u"Élodie Anne"_s);

    const Run listed = cli({u"--db"_s, db(), u"--json"_s, u"patient"_s, u"list"_s});
    QCOMPARE(listed.json().array().size(), 1);
    QCOMPARE(listed.json().array().first().toObject().value(u"id"_s).toString(), id);

    const Run found = cli({u"--db"_s, db(), u"--json"_s, u"patient"_s, u"search"_s, u"elo"_s});
    QCOMPARE(found.json().array().size(), 1);
    const Run none = cli({u"--db"_s, db(), u"--json"_s, u"patient"_s, u"search"_s, u"peeters"_s});
    QCOMPARE(none.code, 0);
    QCOMPARE(none.json().array().size(), 0);

    const Run missing = cli({u"--db"_s, db(), u"patient"_s, u"show"_s, u"nobody"_s});
    QCOMPARE(missing.code, 2);
    const Run text = cli({u"--db"_s, db(), u"patient"_s, u"show"_s, id});
    QVERIFY(text.out.contains(u"DUPONT-MARTIN"_s));
    // A birth date known by its year only is stored and given as such.
    const Run yearOnly = cli({u"--db"_s, db(), u"--json"_s, u"patient"_s, u"add"_s, u"--birth-name"_s, u"Haddad"_s,
                              u"--first-names"_s, u"Samir"_s, u"--birth-date"_s, u"1962"_s, u"--sex"_s, u"M"_s});
    QCOMPARE(yearOnly.code, 0);
    const Run shownYear = cli(
        {u"--db"_s, db(), u"--json"_s, u"patient"_s, u"show"_s, yearOnly.json().object().value(u"id"_s).toString()});
    QCOMPARE(shownYear.code, 0);
    QCOMPARE(shownYear.json().object().value(u"birth_date"_s).toString(), u"1962"_s);
    QVERIFY(cli({u"--db"_s, db(), u"patient"_s, u"show"_s, yearOnly.json().object().value(u"id"_s).toString()})
                .out.contains(u"1962"_s));
}

void TestCli::patientAddRefusesBadInput()
{
    initDb();
    const Run r =
        cli({u"--db"_s, db(), u"patient"_s, u"add"_s, u"--birth-name"_s, u"Dupont"_s, u"--first-names"_s, u"Marie"_s,
             u"--birth-date"_s, u"1985-07-30"_s, u"--sex"_s, u"F"_s, u"--niss"_s, u"85073003329"_s});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(u"national register"_s));
    QVERIFY(r.out.isEmpty());
    const Run listed = cli({u"--db"_s, db(), u"--json"_s, u"patient"_s, u"list"_s});
    QCOMPARE(listed.json().array().size(), 0);
    QCOMPARE(cli({u"--db"_s, db(), u"patient"_s, u"add"_s, u"stray"_s}).code, 1);
}

void TestCli::demoAndListings()
{
    const Run demo = cli({u"--db"_s, db(), u"--json"_s, u"--now"_s, u"2026-11-23T09:00:00+01:00"_s, u"demo"_s,
                          u"--patients"_s, u"300"_s, u"--practitioners"_s, u"3"_s, u"--weeks"_s, u"1"_s});
    QCOMPARE(demo.code, 0);
    const QJsonObject summary = demo.json().object();
    QCOMPARE(summary.value(u"patients"_s).toInt(), 300);
    QVERIFY(!summary.value(u"password"_s).toString().isEmpty());

    const Run again = cli({u"--db"_s, db(), u"demo"_s});
    QCOMPARE(again.code, 3);
    QVERIFY(again.err.contains(u"demo.not-empty"_s));

    const Run practitioners = cli({u"--db"_s, db(), u"--json"_s, u"practitioner"_s, u"list"_s});
    const QJsonArray ps = practitioners.json().array();
    QCOMPARE(ps.size(), 3);
    const QString pid = ps.first().toObject().value(u"id"_s).toString();
    const Run motifs = cli({u"--db"_s, db(), u"--json"_s, u"motif"_s, u"list"_s, u"--practitioner"_s, pid});
    QVERIFY(!motifs.json().array().isEmpty());
    for (const QJsonValue &m : motifs.json().array())
        QCOMPARE(m.toObject().value(u"practitioner_id"_s).toString(), pid);
    QCOMPARE(cli({u"--db"_s, db(), u"motif"_s, u"list"_s, u"--practitioner"_s, u"nobody"_s}).code, 2);

    const Run day =
        cli({u"--db"_s, db(), u"--json"_s, u"--now"_s, u"2026-11-23T09:00:00+01:00"_s, u"appointment"_s, u"list"_s});
    QCOMPARE(day.code, 0);
    const QJsonArray appts = day.json().array();
    QVERIFY(!appts.isEmpty());
    QVERIFY(appts.first().toObject().value(u"start"_s).toString().startsWith(u"2026-11-23T"_s));
    QVERIFY(appts.first().toObject().value(u"start"_s).toString().endsWith(u"+01:00"_s));

    const Run check = cli({u"--db"_s, db(), u"--json"_s, u"check"_s});
    QCOMPARE(check.code, 0);
    QCOMPARE(check.json().object().value(u"sound"_s).toBool(), true);
}

void TestCli::remindersPlanAndTemplates()
{
    const QString now = u"2026-11-23T09:00:00+01:00"_s;
    QCOMPARE(cli({u"--db"_s, db(), u"--now"_s, now, u"demo"_s, u"--patients"_s, u"120"_s, u"--practitioners"_s, u"2"_s,
                  u"--weeks"_s, u"2"_s})
                 .code,
             0);
    const Run plan = cli({u"--db"_s, db(), u"--json"_s, u"--now"_s, now, u"reminders"_s, u"plan"_s, u"--from"_s,
                          u"2026-11-24"_s, u"--to"_s, u"2026-12-04"_s});
    QCOMPARE(plan.code, 0);
    const QJsonArray messages = plan.json().array();
    QVERIFY2(!messages.isEmpty(), qPrintable(plan.err));
    const QStringList kinds{u"confirmation"_s,    u"reminder"_s,
                            u"cancellation"_s,    u"move"_s,
                            u"noshow-notice"_s,   u"late-cancellation-notice"_s,
                            u"document-notice"_s, u"waitlist-offer"_s};
    const QRegularExpression iso(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d$"_s);
    QSet<QString> ids;
    int sms = 0;
    for (const QJsonValue &v : messages) {
        const QJsonObject m = v.toObject();
        for (const QString &key :
             {u"id"_s, u"kind"_s, u"channel"_s, u"recipient"_s, u"due"_s, u"appointment_id"_s, u"state"_s})
            QVERIFY2(m.contains(key), qPrintable(key));
        QVERIFY(kinds.contains(m.value(u"kind"_s).toString()));
        QVERIFY(m.value(u"channel"_s) == u"sms"_s || m.value(u"channel"_s) == u"email"_s);
        QVERIFY2(iso.match(m.value(u"due"_s).toString()).hasMatch(), qPrintable(m.value(u"due"_s).toString()));
        QCOMPARE(m.value(u"state"_s).toString(), u"pending"_s);
        if (m.value(u"channel"_s) == u"sms"_s) {
            ++sms;
            QVERIFY(m.value(u"recipient"_s).toString().startsWith(u'+'));
        }
        ids.insert(m.value(u"id"_s).toString());
    }
    QVERIFY(sms > 0);
    // Planning again: the very same messages.
    const Run again = cli({u"--db"_s, db(), u"--json"_s, u"--now"_s, now, u"reminders"_s, u"plan"_s, u"--from"_s,
                           u"2026-11-24"_s, u"--to"_s, u"2026-12-04"_s});
    QSet<QString> idsAgain;
    for (const QJsonValue &v : again.json().array())
        idsAgain.insert(v.toObject().value(u"id"_s).toString());
    QCOMPARE(idsAgain, ids);
    QVERIFY(again.err.contains(u"0 created, 0 withdrawn"_s));
    QCOMPARE(cli({u"--db"_s, db(), u"reminders"_s, u"plan"_s, u"--from"_s, u"24/11/2026"_s}).code, 2);

    // Templates: the visit reason stays out of an SMS; a good text is taken.
    const Run motif = cli({u"--db"_s, db(), u"--json"_s, u"reminders"_s, u"templates"_s, u"set"_s, u"reminder"_s,
                           u"sms"_s, u"fr"_s, u"--text"_s, u"RDV {motif} le {date}"_s});
    QCOMPARE(motif.code, 2);
    QCOMPARE(motif.json().object().value(u"rule"_s).toString(), u"template.sms-motif"_s);
    const Run set = cli({u"--db"_s, db(), u"reminders"_s, u"templates"_s, u"set"_s, u"reminder"_s, u"sms"_s, u"fr"_s,
                         u"--text"_s, u"RDV le {date} à {time}, {site}."_s});
    QCOMPARE(set.code, 0);
    const Run list = cli({u"--db"_s, db(), u"--json"_s, u"reminders"_s, u"templates"_s, u"list"_s});
    int custom = 0;
    for (const QJsonValue &v : list.json().array())
        custom += v.toObject().value(u"custom"_s).toBool() ? 1 : 0;
    QCOMPARE(custom, 1);
    QCOMPARE(list.json().array().size(),
             9 * 2 * 3); // nine kinds (a late cancellation has its own), two channels, three languages

    // The waiting list refuses an appointment too soon, with the rule named.
    const QString first = messages.first().toObject().value(u"appointment_id"_s).toString();
    const Run soon = cli({u"--db"_s, db(), u"--json"_s, u"--now"_s, now, u"waitlist"_s, u"add"_s, first});
    QCOMPARE(soon.code, 3);
    QVERIFY2(soon.json().object().value(u"rule"_s).toString().startsWith(u"waitlist."_s), qPrintable(soon.out));
    QCOMPARE(cli({u"--db"_s, db(), u"--json"_s, u"waitlist"_s, u"list"_s}).json().array().size(), 0);
}

void TestCli::nowOption()
{
    initDb();
    QCOMPARE(cli({u"--db"_s, db(), u"--now"_s, u"yesterday"_s, u"check"_s}).code, 2);
    qputenv("GUICHET_NOW", "not-a-date");
    const int code = cli({u"--db"_s, db(), u"check"_s}).code;
    qunsetenv("GUICHET_NOW");
    QCOMPARE(code, 2);
}

void TestCli::badDatabaseRefusedUntouched()
{
    const QString path = m_dir->filePath(u"agenda.txt"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("Lundi : Mme Dupont 9h, M. Peeters 9h15\n").repeated(20));
    f.close();
    const QByteArray before = fileHash(path);
    const Run r = cli({u"--db"_s, path, u"check"_s});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(u"agenda.txt"_s));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + u"-wal"_s));
    QCOMPARE(cli({u"--db"_s, m_dir->filePath(u"no/such/dir/x.db"_s), u"check"_s}).code, 2);
}

void TestCli::backupAndRestore()
{
    initDb();
    QCOMPARE(cli({u"--db"_s, db(), u"patient"_s, u"add"_s, u"--birth-name"_s, u"Avant"_s, u"--first-names"_s, u"Anne"_s,
                  u"--birth-date"_s, u"1970-01-01"_s, u"--sex"_s, u"F"_s})
                 .code,
             0);
    const QString backup = m_dir->filePath(u"backup.db"_s);
    QCOMPARE(cli({u"--db"_s, db(), u"backup"_s, backup}).code, 0);
    QCOMPARE(cli({u"--db"_s, db(), u"backup"_s, backup}).code, 2); // never overwrites
    QCOMPARE(cli({u"--db"_s, db(), u"patient"_s, u"add"_s, u"--birth-name"_s, u"Apres"_s, u"--first-names"_s, u"Paul"_s,
                  u"--birth-date"_s, u"1971-01-01"_s, u"--sex"_s, u"M"_s})
                 .code,
             0);
    QCOMPARE(cli({u"--db"_s, db(), u"--json"_s, u"patient"_s, u"list"_s}).json().array().size(), 2);
    const Run restored =
        cli({u"--db"_s, db(), u"--json"_s, u"--now"_s, u"2026-11-23T10:00:00Z"_s, u"restore"_s, backup});
    QCOMPARE(restored.code, 0);
    const QString previous = restored.json().object().value(u"previous"_s).toString();
    QVERIFY(QFile::exists(previous));
    const QJsonArray after = cli({u"--db"_s, db(), u"--json"_s, u"patient"_s, u"list"_s}).json().array();
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().toObject().value(u"birth_name"_s).toString(), u"Avant"_s);
    QCOMPARE(cli({u"--db"_s, db(), u"check"_s}).code, 0);
}

// Restore verifies the backup whole before touching anything: an empty, truncated or altered
// file, a backup without its manifest, another practice's backup and a newer schema are each
// refused with exit 2 and their rule, and the practice is left as it was.
void TestCli::restoreRefusesWhatIsNotWhole()
{
    initDb();
    QCOMPARE(cli({u"--db"_s, db(), u"patient"_s, u"add"_s, u"--birth-name"_s, u"Gardee"_s, u"--first-names"_s,
                  u"Anne"_s, u"--birth-date"_s, u"1970-01-01"_s, u"--sex"_s, u"F"_s})
                 .code,
             0);
    const QString backup = m_dir->filePath(u"bonne.db"_s);
    QCOMPARE(cli({u"--db"_s, db(), u"backup"_s, backup}).code, 0);
    QVERIFY(QFile::exists(backup + u".manifest"_s));
    QCOMPARE(QFileInfo(backup).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    QByteArray good;
    {
        QFile f(backup);
        QVERIFY(f.open(QIODevice::ReadOnly));
        good = f.readAll();
    }
    auto write = [&](const QString &name, const QByteArray &bytes, bool withManifest) {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return QString();
        f.close();
        if (withManifest)
            QFile::copy(backup + u".manifest"_s, path + u".manifest"_s);
        return path;
    };
    QByteArray altered = good;
    altered[altered.size() / 2] = char(altered.at(altered.size() / 2) ^ 0x20);

    // A backup of another practice, whole and sound.
    const QString otherDb = m_dir->filePath(u"autre.db"_s);
    QCOMPARE(cli({u"--db"_s, otherDb, u"init"_s, u"--admin"_s, u"admin"_s, u"--test"_s},
                 QString::fromLatin1(test::CliPassword) + u'\n')
                 .code,
             0);
    const QString otherBackup = m_dir->filePath(u"autre-sauvegarde.db"_s);
    QCOMPARE(cli({u"--db"_s, otherDb, u"backup"_s, otherBackup}).code, 0);

    // A whole backup whose database says a newer Guichet wrote it (manifest made to match).
    const QString newer = m_dir->filePath(u"future.db"_s);
    QVERIFY(QFile::copy(backup, newer));
    {
        const QString name = u"schema-bump"_s;
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            sql.setDatabaseName(newer);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(u"UPDATE meta SET value = '999' WHERE key = 'schema_version'"_s));
            QVERIFY(q.exec(u"PRAGMA journal_mode=DELETE"_s));
        }
        QSqlDatabase::removeDatabase(name);
        QFile f(newer);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QFile mf(backup + u".manifest"_s);
        QVERIFY(mf.open(QIODevice::ReadOnly));
        QJsonObject m = QJsonDocument::fromJson(mf.readAll()).object();
        m[u"database"_s] = QJsonObject{
            {u"sha256"_s, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())},
            {u"size"_s, bytes.size()}};
        QFile out(newer + u".manifest"_s);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(m).toJson());
    }

    const QList<std::pair<QString, QString>> refusals{
        {write(u"vide-seule.db"_s, {}, false), u"restore.incomplete"_s},
        {write(u"vide.db"_s, {}, true), u"restore.altered"_s},
        {write(u"tronquee.db"_s, good.left(good.size() / 2), true), u"restore.altered"_s},
        {write(u"un-octet.db"_s, altered, true), u"restore.altered"_s},
        {write(u"sans-manifeste.db"_s, good, false), u"restore.incomplete"_s},
        {otherBackup, u"restore.other-practice"_s},
        {newer, u"restore.newer"_s},
    };
    for (const auto &[file, rule] : refusals) {
        QVERIFY(!file.isEmpty());
        const Run refused = cli({u"--db"_s, db(), u"--json"_s, u"restore"_s, file});
        QVERIFY2(refused.code == 2, qPrintable(file + u": "_s + refused.err));
        QVERIFY2(refused.out.contains(rule), qPrintable(file + u": "_s + refused.out));
        // Nothing changed: the practice is there, sound, with its patient.
        const QJsonArray patients = cli({u"--db"_s, db(), u"--json"_s, u"patient"_s, u"list"_s}).json().array();
        QCOMPARE(patients.size(), 1);
        QCOMPARE(patients.first().toObject().value(u"birth_name"_s).toString(), u"Gardee"_s);
        QCOMPARE(cli({u"--db"_s, db(), u"check"_s}).code, 0);
        QVERIFY(!QFile::exists(db() + u".restoring"_s));
    }
    // The whole backup restores.
    QCOMPARE(cli({u"--db"_s, db(), u"restore"_s, backup}).code, 0);
}

// `check` compares the database with what its last backup held: a practice that lost most of
// its patients is not called healthy.
void TestCli::checkSeesRecordsLostSinceTheLastBackup()
{
    initDb();
    for (const QString &name : {u"Un"_s, u"Deux"_s, u"Trois"_s, u"Quatre"_s})
        QCOMPARE(cli({u"--db"_s, db(), u"patient"_s, u"add"_s, u"--birth-name"_s, name, u"--first-names"_s, u"Anne"_s,
                      u"--birth-date"_s, u"1970-01-01"_s, u"--sex"_s, u"F"_s})
                     .code,
                 0);
    QCOMPARE(cli({u"--db"_s, db(), u"backup"_s, m_dir->filePath(u"hier.db"_s)}).code, 0);
    QCOMPARE(cli({u"--db"_s, db(), u"check"_s}).code, 0);
    {
        const QString name = u"loss"_s;
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            sql.setDatabaseName(db());
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(u"DELETE FROM change_journal"_s));
            QVERIFY(q.exec(u"DELETE FROM patients WHERE birth_name <> 'Un'"_s));
        }
        QSqlDatabase::removeDatabase(name);
    }
    const Run checked = cli({u"--db"_s, db(), u"check"_s});
    QVERIFY(checked.code != 0);
    QVERIFY2(checked.err.contains(u"last backup"_s) && checked.err.contains(u"hier.db"_s), qPrintable(checked.err));
}

void TestCli::restoreRefusesGarbageAndKeepsDatabase()
{
    initDb();
    QCOMPARE(cli({u"--db"_s, db(), u"check"_s}).code, 0);
    const QString garbage = m_dir->filePath(u"garbage.db"_s);
    QFile f(garbage);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'z'));
    f.close();
    QCOMPARE(cli({u"--db"_s, db(), u"restore"_s, garbage}).code, 2);
    QCOMPARE(cli({u"--db"_s, db(), u"check"_s}).code, 0);
    QCOMPARE(cli({u"--db"_s, db(), u"restore"_s, m_dir->filePath(u"missing.db"_s)}).code, 2);
}

void TestCli::rightsFollowUser()
{
    QCOMPARE(
        cli({u"--db"_s, db(), u"demo"_s, u"--patients"_s, u"20"_s, u"--practitioners"_s, u"1"_s, u"--weeks"_s, u"0"_s})
            .code,
        0);
    const QString password = QString::fromLatin1(test::CliPassword) + u'\n';
    const QString strong = u"Marron tilleul ardoise 47\n"_s;
    // The secretary signs in (first line of standard input) and may not add users.
    const Run refused = cli({u"--db"_s, db(), u"--user"_s, u"secretariat"_s, u"--password-stdin"_s, u"user"_s, u"add"_s,
                             u"marc"_s, u"--name"_s, u"Marc"_s, u"--role"_s, u"secretary"_s},
                            password + strong);
    QCOMPARE(refused.code, 3);
    // An unknown login is refused before anything is read, even a check of an identifier.
    const Run ghost = cli({u"--db"_s, db(), u"--json"_s, u"--user"_s, u"ghost"_s, u"--password-stdin"_s, u"check-id"_s,
                           u"niss"_s, u"85073003328"_s},
                          password);
    QCOMPARE(ghost.code, 3);
    QCOMPARE(ghost.json().object().value(u"rule"_s).toString(), u"access.signin"_s);
    // A wrong password, the same.
    QCOMPARE(cli({u"--db"_s, db(), u"--user"_s, u"admin"_s, u"--password-stdin"_s, u"patient"_s, u"list"_s},
                 u"Guichet-Demo-2025\n"_s)
                 .code,
             3);
    const Run added = cli({u"--db"_s, db(), u"--json"_s, u"user"_s, u"add"_s, u"marc"_s, u"--name"_s, u"Marc"_s,
                           u"--role"_s, u"secretary"_s},
                          strong);
    QCOMPARE(added.code, 0);
    QVERIFY(!added.out.contains(u"tilleul"_s));
    const Run weak =
        cli({u"--db"_s, db(), u"user"_s, u"add"_s, u"luc"_s, u"--name"_s, u"Luc"_s, u"--role"_s, u"secretary"_s},
            u"Password1\n"_s);
    QCOMPARE(weak.code, 2);
    const QJsonArray users = cli({u"--db"_s, db(), u"--json"_s, u"user"_s, u"list"_s}).json().array();
    QCOMPARE(users.size(), 4);
    for (const QJsonValue &u : users)
        QVERIFY(!u.toObject().contains(u"password_hash"_s));
    // A disabled account is refused with its reason.
    QCOMPARE(cli({u"--db"_s, db(), u"user"_s, u"disable"_s, u"marc"_s}).code, 0);
    const Run disabled = cli(
        {u"--db"_s, db(), u"--json"_s, u"--user"_s, u"marc"_s, u"--password-stdin"_s, u"patient"_s, u"list"_s}, strong);
    QCOMPARE(disabled.code, 3);
    QCOMPARE(disabled.json().object().value(u"rule"_s).toString(), u"access.disabled"_s);
}

void TestCli::signInRequired()
{
    QCOMPARE(
        cli({u"--db"_s, db(), u"demo"_s, u"--patients"_s, u"10"_s, u"--practitioners"_s, u"1"_s, u"--weeks"_s, u"0"_s})
            .code,
        0);
    qunsetenv("GUICHET_USER");
    qunsetenv("GUICHET_PASSWORD_FILE");
    // Without credentials every command is refused with one sentence, but help, version, demo and init.
    for (const QString &command : Cli::commandNames()) {
        if (command == u"demo"_s || command == u"init"_s)
            continue;
        const Run r = cli({u"--db"_s, db(), u"--json"_s, command, u"list"_s});
        QVERIFY2(r.code == 3, qPrintable(command + u": "_s + r.err));
        QCOMPARE(r.json().object().value(u"rule"_s).toString(), u"access.signin"_s);
        QVERIFY(r.err.contains(u"--user"_s));
        // Each command has its own help, without signing in.
        const Run help = cli({command, u"--help"_s});
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.contains(command), qPrintable(help.out));
    }
    const Run help = cli({u"--help"_s});
    for (const QString &command : Cli::commandNames())
        QVERIFY2(help.out.contains(u"  "_s + command + u' '), qPrintable(command));
    // A password file others can read is refused.
    const QString file = m_dir->filePath(u"open-password"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(test::CliPassword) + "\n");
    f.close();
    QVERIFY(QFile::setPermissions(
        file, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    qputenv("GUICHET_USER", "admin");
    qputenv("GUICHET_PASSWORD_FILE", file.toUtf8());
    const Run open = cli({u"--db"_s, db(), u"patient"_s, u"list"_s});
    QCOMPARE(open.code, 3);
    QVERIFY(open.err.contains(u"chmod 600"_s));
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(cli({u"--db"_s, db(), u"patient"_s, u"list"_s}).code, 0);
    // --now moves the rules' clock on a demo or test database only; audit times stay real.
    QCOMPARE(cli({u"--db"_s, db(), u"--now"_s, u"2098-01-01T09:00:00+01:00"_s, u"patient"_s, u"list"_s}).code, 0);
    const QJsonArray audit = cli({u"--db"_s, db(), u"--json"_s, u"audit"_s, u"list"_s}).json().array();
    QVERIFY(!audit.isEmpty());
    for (const QJsonValue &line : audit)
        QVERIFY2(!line.toObject().value(u"at"_s).toString().startsWith(u"2098"_s), qPrintable(line.toString()));
    const QString practice = m_dir->filePath(u"practice.db"_s);
    QCOMPARE(
        cli({u"--db"_s, practice, u"init"_s, u"--admin"_s, u"admin"_s}, QString::fromLatin1(test::CliPassword)).code,
        0);
    const Run moved =
        cli({u"--db"_s, practice, u"--json"_s, u"--now"_s, u"2098-01-01T09:00:00+01:00"_s, u"patient"_s, u"list"_s});
    QCOMPARE(moved.code, 3);
    QCOMPARE(moved.json().object().value(u"rule"_s).toString(), u"cli.now"_s);
    // init refuses a database that has users, and a weak first password.
    QCOMPARE(
        cli({u"--db"_s, practice, u"init"_s, u"--admin"_s, u"other"_s}, QString::fromLatin1(test::CliPassword)).code,
        3);
    QCOMPARE(cli({u"--db"_s, m_dir->filePath(u"weak.db"_s), u"init"_s, u"--admin"_s, u"admin"_s}, u"Azerty123"_s).code,
             2);
    QVERIFY(!QFile::exists(m_dir->filePath(u"weak.db"_s)));
}

void TestCli::parallelWrongPasswordsCount()
{
    initDb();
    // Twenty wrong passwords at once, each from its own process as twenty scripts would.
    std::vector<std::unique_ptr<QProcess>> runs;
    for (int i = 0; i < 20; ++i) {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(GUICHET_CLI),
                 {u"--db"_s, db(), u"--user"_s, u"admin"_s, u"--password-stdin"_s, u"patient"_s, u"list"_s});
        p->write("Not-The-Password-2026\n");
        p->closeWriteChannel();
        runs.push_back(std::move(p));
    }
    for (auto &p : runs) {
        QVERIFY(p->waitForFinished(60000));
        QCOMPARE(p->exitCode(), 3);
    }
    // Every attempt counted: the account now waits, and the right password is refused until then.
    const Run right = cli({u"--db"_s, db(), u"--json"_s, u"patient"_s, u"list"_s});
    QCOMPARE(right.code, 3);
    QCOMPARE(right.json().object().value(u"rule"_s).toString(), u"access.locked"_s);
}

void TestCli::environmentGivesDatabase()
{
    initDb();
    qputenv("GUICHET_DB", db().toUtf8());
    const Run r = cli({u"--json"_s, u"check"_s});
    qunsetenv("GUICHET_DB");
    QCOMPARE(r.code, 0);
    QVERIFY(QFile::exists(db()));
    QCOMPARE(cli({u"check"_s}).code, 2); // neither --db nor GUICHET_DB
}

void TestCli::noShowStory()
{
    // A week played in seconds with --now, as a script would.
    const QString now = u"--now"_s;
    auto at = [](const QString &t) -> QString { return u"2026-11-"_s + t; };
    QCOMPARE(cli({u"--db"_s, db(), now, at(u"02T08:00:00+01:00"_s), u"demo"_s, u"--patients"_s, u"30"_s,
                  u"--practitioners"_s, u"2"_s, u"--weeks"_s, u"0"_s})
                 .code,
             0);
    const QJsonArray ps = cli({u"--db"_s, db(), u"--json"_s, u"practitioner"_s, u"list"_s}).json().array();
    const QString dr = ps.at(0).toObject().value(u"id"_s).toString();
    const QString other = ps.at(1).toObject().value(u"id"_s).toString();
    const Run added =
        cli({u"--db"_s, db(), u"--json"_s, u"patient"_s, u"add"_s, u"--birth-name"_s, u"Absent"_s, u"--first-names"_s,
             u"Paul"_s, u"--birth-date"_s, u"1975-01-01"_s, u"--sex"_s, u"M"_s, u"--email"_s, u"paul@example.be"_s});
    const QString patient = added.json().object().value(u"id"_s).toString();
    auto book = [&](const QString &when, const QString &channel, const QString &practitioner, const QString &clock) {
        return cli({u"--db"_s, db(), u"--json"_s, now, clock, u"appointment"_s, u"book"_s, u"--patient"_s, patient,
                    u"--practitioner"_s, practitioner, u"--start"_s, when, u"--duration"_s, u"20"_s, u"--channel"_s,
                    channel});
    };
    // Three missed appointments with one practitioner, each marked an hour after it started.
    for (const QString &day : {u"03"_s, u"05"_s, u"09"_s}) {
        const Run b = book(at(day + u"T09:00"_s), u"phone"_s, dr, at(u"02T08:00:00+01:00"_s));
        QCOMPARE(b.code, 0);
        const QString id = b.json().object().value(u"id"_s).toString();
        const Run early =
            cli({u"--db"_s, db(), now, at(day + u"T08:30:00+01:00"_s), u"appointment"_s, u"no-show"_s, id});
        QCOMPARE(early.code, 3); // not before it starts
        QVERIFY(early.err.contains(u"noshow.future"_s));
        const Run marked = cli(
            {u"--db"_s, db(), u"--json"_s, now, at(day + u"T10:00:00+01:00"_s), u"appointment"_s, u"no-show"_s, id});
        QCOMPARE(marked.code, 0);
        QCOMPARE(marked.json().object().value(u"status"_s).toString(), u"noshow"_s);
    }
    const QJsonObject status =
        cli({u"--db"_s, db(), u"--json"_s, u"noshow"_s, u"status"_s, patient, u"--practitioner"_s, dr}).json().object();
    QCOMPARE(status.value(u"count"_s).toInt(), 3);
    QCOMPARE(status.value(u"blocked"_s).toBool(), true);
    QCOMPARE(cli({u"--db"_s, db(), u"--json"_s, u"noshow"_s, u"status"_s, patient}).json().array().size(), 1);

    const Run online = book(at(u"20T09:00"_s), u"online"_s, dr, at(u"10T08:00:00+01:00"_s));
    QCOMPARE(online.code, 3);
    QVERIFY(online.err.contains(u"noshow.block"_s));
    const Run otherOnline = book(at(u"20T09:00"_s), u"online"_s, other, at(u"10T08:00:00+01:00"_s));
    QVERIFY2(otherOnline.code == 0, qPrintable(otherOnline.err));
    const Run desk = book(at(u"20T10:00"_s), u"desk"_s, dr, at(u"10T08:00:00+01:00"_s));
    QCOMPARE(desk.code, 0);
    QVERIFY(!desk.err.isEmpty()); // the warning

    // The secretary may not lift the block; the administrator may, with a reason.
    QCOMPARE(cli({u"--db"_s, db(), u"--user"_s, u"secretariat"_s, u"noshow"_s, u"unblock"_s, patient,
                  u"--practitioner"_s, dr, u"--reason"_s, u"x"_s})
                 .code,
             3);
    QCOMPARE(cli({u"--db"_s, db(), u"noshow"_s, u"unblock"_s, patient, u"--practitioner"_s, dr}).code, 2);
    const Run lifted = cli({u"--db"_s, db(), u"--json"_s, now, at(u"10T09:00:00+01:00"_s), u"noshow"_s, u"unblock"_s,
                            patient, u"--practitioner"_s, dr, u"--reason"_s, u"Accord du médecin"_s});
    QCOMPARE(lifted.code, 0);
    QCOMPARE(lifted.json().object().value(u"blocked"_s).toBool(), false);
    const Run again = book(at(u"23T09:00"_s), u"online"_s, dr, at(u"10T10:00:00+01:00"_s));
    QVERIFY2(again.code == 0, qPrintable(again.err));

    const Run blocked = cli({u"--db"_s, db(), u"--json"_s, u"patient"_s, u"block"_s, patient, u"--practitioner"_s,
                             other, u"--reason"_s, u"Propos injurieux"_s});
    QCOMPARE(blocked.code, 0);
    const Run refusedByBlock = book(at(u"24T09:00"_s), u"online"_s, other, at(u"10T10:00:00+01:00"_s));
    QCOMPARE(refusedByBlock.code, 3);
    QVERIFY(refusedByBlock.err.contains(u"noshow.block"_s));

    const QString csv = m_dir->filePath(u"noshow.csv"_s);
    const Run stats = cli({u"--db"_s, db(), u"--json"_s, u"stats"_s, u"noshow"_s, u"--from"_s, u"2026-11-01"_s,
                           u"--to"_s, u"2026-11-30"_s, u"--csv"_s, csv});
    QCOMPARE(stats.code, 0);
    int noShows = 0;
    for (const QJsonValue &row : stats.json().array())
        noShows += row.toObject().value(u"noshows"_s).toInt();
    QCOMPARE(noShows, 3);
    QVERIFY(QFile::exists(csv));
    QCOMPARE(cli({u"--db"_s, db(), u"settings"_s, u"set"_s, u"noshow.threshold"_s, u"99"_s}).code, 2);
    QCOMPARE(cli({u"--db"_s, db(), u"settings"_s, u"set"_s, u"noshow.threshold"_s, u"4"_s}).code, 0);
    QCOMPARE(cli({u"--db"_s, db(), u"--json"_s, u"settings"_s, u"get"_s, u"noshow.threshold"_s})
                 .json()
                 .object()
                 .value(u"noshow.threshold"_s)
                 .toString(),
             u"4"_s);
}

void TestCli::agendaStory()
{
    const QString now = u"--now"_s;
    const QString monday = u"2026-11-23T08:00:00+01:00"_s;
    QCOMPARE(cli({u"--db"_s, db(), now, monday, u"demo"_s, u"--patients"_s, u"40"_s, u"--practitioners"_s, u"1"_s,
                  u"--weeks"_s, u"0"_s})
                 .code,
             0);
    const QString dr = cli({u"--db"_s, db(), u"--json"_s, u"practitioner"_s, u"list"_s})
                           .json()
                           .array()
                           .first()
                           .toObject()
                           .value(u"id"_s)
                           .toString();
    const QJsonArray motifs =
        cli({u"--db"_s, db(), u"--json"_s, u"motif"_s, u"list"_s, u"--practitioner"_s, dr}).json().array();
    QString consult;
    for (const QJsonValue &m : motifs)
        if (m.toObject().value(u"duration_minutes"_s).toInt() == 15)
            consult = m.toObject().value(u"id"_s).toString();
    QVERIFY(!consult.isEmpty());
    const Run holder = cli({u"--db"_s, db(), u"--json"_s, u"patient"_s, u"add"_s, u"--birth-name"_s, u"Parent"_s,
                            u"--first-names"_s, u"Anne"_s, u"--birth-date"_s, u"1980-01-01"_s, u"--sex"_s, u"F"_s});
    const QString anne = holder.json().object().value(u"id"_s).toString();
    const Run child =
        cli({u"--db"_s, db(), u"--json"_s, u"patient"_s, u"add"_s, u"--birth-name"_s, u"Parent"_s, u"--first-names"_s,
             u"Léo"_s, u"--birth-date"_s, u"2019-01-01"_s, u"--sex"_s, u"M"_s, u"--holder"_s, anne});
    const QString leo = child.json().object().value(u"id"_s).toString();

    // The next free slots of Tuesday, then a booking for the child through the holder.
    const QJsonArray free = cli({u"--db"_s, db(), u"--json"_s, now, monday, u"slots"_s, u"--practitioner"_s, dr,
                                 u"--motif"_s, consult, u"--from"_s, u"2026-11-24"_s, u"--count"_s, u"3"_s})
                                .json()
                                .array();
    QCOMPARE(free.size(), 3);
    const QString first = free.at(0).toObject().value(u"start"_s).toString();
    QVERIFY(first.startsWith(u"2026-11-24T08:30:00"_s));
    auto book = [&](const QStringList &extra) {
        return cli(QStringList{u"--db"_s, db(), u"--json"_s, now, monday, u"appointment"_s, u"book"_s,
                               u"--practitioner"_s, dr, u"--motif"_s, consult}
                   + extra);
    };
    const Run booked = book({u"--patient"_s, anne, u"--relative"_s, leo, u"--start"_s, first});
    QCOMPARE(booked.code, 0);
    const QString appointment = booked.json().object().value(u"id"_s).toString();
    QCOMPARE(booked.json().object().value(u"patient_id"_s).toString(), leo);
    const QJsonArray after = cli({u"--db"_s, db(), u"--json"_s, now, monday, u"slots"_s, u"--practitioner"_s, dr,
                                  u"--motif"_s, consult, u"--from"_s, u"2026-11-24"_s, u"--count"_s, u"1"_s})
                                 .json()
                                 .array();
    QVERIFY(!after.first().toObject().value(u"start"_s).toString().startsWith(u"2026-11-24T08:30:00"_s));

    // The same slot again: refused, unless the desk gives a reason.
    const Run taken = book({u"--patient"_s, anne, u"--start"_s, first});
    QCOMPARE(taken.code, 3);
    QVERIFY(taken.err.contains(u"agenda.overlap"_s));
    QCOMPARE(book({u"--patient"_s, anne, u"--start"_s, first, u"--override-reason"_s, u"Urgence"_s}).code, 0);
    QCOMPARE(book({u"--patient"_s, anne, u"--start"_s, first, u"--channel"_s, u"online"_s}).code, 3);

    // Bad input: clear messages, nothing changed.
    QCOMPARE(book({u"--patient"_s, anne, u"--start"_s, u"2026-02-31T09:00"_s}).code, 2);
    const Run fax = book({u"--patient"_s, anne, u"--start"_s, u"2026-11-24T11:00"_s, u"--channel"_s, u"fax"_s});
    QCOMPARE(fax.code, 2);
    QVERIFY(fax.err.contains(u"--channel"_s));
    QCOMPARE(book({u"--patient"_s, u"nobody"_s, u"--start"_s, u"2026-11-24T11:00"_s}).code, 2);
    QCOMPARE(cli({u"--db"_s, db(), now, monday, u"appointment"_s, u"book"_s, u"--practitioner"_s, u"nobody"_s,
                  u"--patient"_s, anne, u"--start"_s, u"2026-11-24T11:00"_s})
                 .code,
             2);
    QCOMPARE(book({u"--patient"_s, anne, u"--relative"_s, anne, u"--start"_s, u"2026-11-24T11:00"_s}).code, 2);

    // Move onto a taken slot: refused; to a free one: done.
    const Run moved = cli({u"--db"_s, db(), u"--json"_s, now, monday, u"appointment"_s, u"move"_s, appointment,
                           u"--start"_s, u"2026-11-24T11:00"_s});
    QCOMPARE(moved.code, 0);
    QVERIFY(moved.json().object().value(u"start"_s).toString().startsWith(u"2026-11-24T11:00:00"_s));
    QCOMPARE(cli({u"--db"_s, db(), now, monday, u"appointment"_s, u"move"_s, appointment, u"--start"_s,
                  free.at(0).toObject().value(u"start"_s).toString()})
                 .code,
             3);

    // Online cancellation 2 hours before: refused; at the desk: done and recorded as late.
    const QString twoHoursBefore = u"2026-11-24T09:00:00+01:00"_s;
    const Run lateOnline = cli({u"--db"_s, db(), now, twoHoursBefore, u"appointment"_s, u"cancel"_s, appointment,
                                u"--by"_s, u"patient"_s, u"--channel"_s, u"online"_s});
    QCOMPARE(lateOnline.code, 3);
    QVERIFY(lateOnline.err.contains(u"agenda.cancel-deadline"_s));
    const Run desk = cli({u"--db"_s, db(), u"--json"_s, now, twoHoursBefore, u"appointment"_s, u"cancel"_s, appointment,
                          u"--by"_s, u"patient"_s});
    QCOMPARE(desk.code, 0);
    QCOMPARE(desk.json().object().value(u"late_cancellation"_s).toBool(), true);
    // Kept after all: booked again; then a longer appointment; an end before the start is refused.
    const Run back =
        cli({u"--db"_s, db(), u"--json"_s, now, twoHoursBefore, u"appointment"_s, u"reinstate"_s, appointment});
    QCOMPARE(back.code, 0);
    QCOMPARE(back.json().object().value(u"status"_s).toString(), u"booked"_s);
    QCOMPARE(back.json().object().value(u"late_cancellation"_s).toBool(), false);
    const Run longer = cli({u"--db"_s, db(), u"--json"_s, now, twoHoursBefore, u"appointment"_s, u"move"_s, appointment,
                            u"--start"_s, u"2026-11-24T11:00"_s, u"--end"_s, u"2026-11-24T11:40"_s});
    QCOMPARE(longer.code, 0);
    QVERIFY(longer.json().object().value(u"end"_s).toString().startsWith(u"2026-11-24T11:40:00"_s));
    const Run backwards = cli({u"--db"_s, db(), now, twoHoursBefore, u"appointment"_s, u"move"_s, appointment,
                               u"--start"_s, u"2026-11-24T11:00"_s, u"--end"_s, u"2026-11-24T10:00"_s});
    QCOMPARE(backwards.code, 2);
    QVERIFY(!backwards.err.isEmpty());
    QCOMPARE(cli({u"--db"_s, db(), now, twoHoursBefore, u"appointment"_s, u"cancel"_s, appointment, u"--by"_s,
                  u"practice"_s, u"--reason"_s, u"Absence du praticien"_s})
                 .code,
             0);

    // The front-desk flow on another one, and the day list with every status.
    const Run visit = book({u"--patient"_s, anne, u"--start"_s, u"2026-11-24T15:00"_s});
    const QString id = visit.json().object().value(u"id"_s).toString();
    const QString afternoon = u"2026-11-24T15:05:00+01:00"_s;
    for (const QString &verb : {u"arrive"_s, u"start"_s, u"finish"_s})
        QCOMPARE(cli({u"--db"_s, db(), now, afternoon, u"appointment"_s, verb, id}).code, 0);
    QCOMPARE(cli({u"--db"_s, db(), now, afternoon, u"appointment"_s, u"arrive"_s, id}).code, 3);
    const QJsonArray day = cli({u"--db"_s, db(), u"--json"_s, u"appointment"_s, u"list"_s, u"--date"_s, u"2026-11-24"_s,
                                u"--practitioner"_s, dr})
                               .json()
                               .array();
    QStringList statuses;
    for (const QJsonValue &a : day)
        statuses << a.toObject().value(u"status"_s).toString();
    QVERIFY(statuses.contains(u"cancelled"_s));
    QVERIFY(statuses.contains(u"fulfilled"_s));

    // An absence lists the booked patients it affects.
    const Run absence = cli({u"--db"_s, db(), u"--json"_s, u"absence"_s, u"add"_s, u"--practitioner"_s, dr, u"--from"_s,
                             u"2026-11-24"_s, u"--to"_s, u"2026-11-25"_s, u"--reason"_s, u"Formation"_s});
    QCOMPARE(absence.code, 0);
    QVERIFY(!absence.json().object().value(u"affected"_s).toArray().isEmpty());
    QCOMPARE(cli({u"--db"_s, db(), u"absence"_s, u"add"_s, u"--practitioner"_s, dr, u"--from"_s, u"2026-11-25"_s,
                  u"--to"_s, u"2026-11-24"_s})
                 .code,
             2);
    const Run online = book({u"--patient"_s, anne, u"--start"_s, u"2026-11-24T16:00"_s, u"--channel"_s, u"online"_s});
    QCOMPARE(online.code, 3);
    QVERIFY(online.err.contains(u"agenda.absence"_s));

    // Opening hours: Thursdays 09:00-12:00, then Thursday 26 closed for a public holiday.
    auto hours = [&](const QStringList &args) {
        return cli(QStringList{u"--db"_s, db(), u"--json"_s, now, monday, u"hours"_s} + args);
    };
    QCOMPARE(hours({u"set"_s, u"--practitioner"_s, dr, u"--weekday"_s, u"4"_s, u"--ranges"_s, u"9h-12h"_s}).code, 0);
    QCOMPARE(hours({u"set"_s, u"--practitioner"_s, dr, u"--weekday"_s, u"4"_s, u"--ranges"_s, u"12h-9h"_s}).code, 2);
    QCOMPARE(hours({u"set"_s, u"--practitioner"_s, dr, u"--weekday"_s, u"jeudi"_s, u"--ranges"_s, u"9h-12h"_s}).code,
             2);
    QVERIFY(book({u"--patient"_s, anne, u"--start"_s, u"2026-11-26T10:00"_s, u"--channel"_s, u"online"_s}).code == 0);
    const Run holiday = hours({u"exception"_s, u"--practitioner"_s, dr, u"--date"_s, u"2026-11-26"_s, u"--closed"_s,
                               u"--reason"_s, u"Jour férié"_s});
    QCOMPARE(holiday.code, 0);
    const QJsonObject closed = holiday.json().object();
    QVERIFY(!closed.value(u"id"_s).toString().isEmpty());
    QVERIFY(closed.value(u"ranges"_s).toArray().isEmpty());
    QCOMPARE(closed.value(u"outside"_s).toArray().size(), 1); // the patient booked at 10:00, to call
    const Run refused = book({u"--patient"_s, anne, u"--start"_s, u"2026-11-26T11:00"_s, u"--channel"_s, u"online"_s});
    QCOMPARE(refused.code, 3);
    QVERIFY(refused.err.contains(u"agenda.closed"_s));
    const QJsonArray days =
        hours({u"show"_s, u"--practitioner"_s, dr, u"--from"_s, u"2026-11-23"_s, u"--to"_s, u"2026-12-03"_s})
            .json()
            .object()
            .value(u"days"_s)
            .toArray();
    QCOMPARE(days.size(), 11);
    QCOMPARE(days.at(3).toObject().value(u"date"_s).toString(), u"2026-11-26"_s);
    QVERIFY(days.at(3).toObject().value(u"ranges"_s).toArray().isEmpty());
    QCOMPARE(days.at(3).toObject().value(u"exception"_s).toObject().value(u"label"_s).toString(), u"Jour férié"_s);
    QCOMPARE(days.at(10).toObject().value(u"ranges"_s).toArray().first().toObject().value(u"start"_s).toString(),
             u"09:00"_s); // the next Thursday: the usual week
    QCOMPARE(hours({u"exception"_s, u"--practitioner"_s, dr, u"--date"_s, u"2026-11-31"_s, u"--closed"_s}).code, 2);
    QCOMPARE(hours({u"exception"_s, u"--practitioner"_s, dr, u"--date"_s, u"2026-11-27"_s}).code,
             1); // hours or closed
    QCOMPARE(hours({u"remove-exception"_s, closed.value(u"id"_s).toString()}).code, 0);
    QCOMPARE(hours({u"remove-exception"_s, closed.value(u"id"_s).toString()}).code, 2);
}

void TestCli::importExportAndDuplicates()
{
    QVERIFY(cli({u"--db"_s, db(), u"demo"_s, u"--patients"_s, u"30"_s, u"--weeks"_s, u"0"_s}).code == 0);
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(m_dir->filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write(bytes);
        return f.fileName();
    };
    auto count = [&] {
        return cli({u"--db"_s, db(), u"--json"_s, u"patient"_s, u"list"_s, u"--limit"_s, u"1000"_s})
            .json()
            .array()
            .size();
    };
    const qsizetype before = count();
    // A missing required column, a Latin-1 file: refused, nothing written.
    const Run columns =
        cli({u"--db"_s, db(), u"import-patients"_s, write(u"cols.csv"_s, "birth_name,first_names\nDupont,Marie\n")});
    QCOMPARE(columns.code, 2);
    QVERIFY(columns.err.contains(u"external_id"_s));
    const Run latin = cli({u"--db"_s, db(), u"import-patients"_s,
                           write(u"latin.csv"_s, "external_id,birth_name,first_names\nA1,M\xe9lanie,Zo\xe9\n")});
    QCOMPARE(latin.code, 2);
    QVERIFY(latin.err.contains(u"UTF-8"_s));
    QCOMPARE(count(), before);
    // Three bad rows among good ones: reported with their lines; good rows and good values kept.
    const QByteArray file = "external_id,birth_name,usage_name,first_names,sex,birth_date,niss,nir,phone,email,address,"
                            "postcode,city,legacy_column\n"
                            "OLD-1,Dupont,,Marie Claire,F,1985-07-03,,,0470 11 22 33,marie@example.be,\"Rue Haute 12, "
                            "bte 3\",1000,Bruxelles,x\n"
                            "OLD-2,,,Jean,M,1950-01-01,,,,,,,,\n"
                            "OLD-3,Martin,,L\xc3\xa9o,M,1999-02-31,,,,not-an-email,,,,\n"
                            "OLD-4,Peeters,,Jan,M,1985-07-30,85073003328,,,,,,,\n";
    const QString path = write(u"patients.csv"_s, file);
    // --strict refuses the file whole.
    QCOMPARE(cli({u"--db"_s, db(), u"import-patients"_s, u"--strict"_s, path}).code, 2);
    QCOMPARE(count(), before);
    const Run imported = cli({u"--db"_s, db(), u"--json"_s, u"import-patients"_s, path});
    QCOMPARE(imported.code, 0);
    // Nobody lost: the row without a birth name and the one with an impossible birth date are
    // incomplete identities, doubtful, to complete.
    QCOMPARE(imported.json().object().value(u"rows"_s).toInt(), 4);
    QCOMPARE(imported.json().object().value(u"imported"_s).toInt(), 4);
    QCOMPARE(imported.json().object().value(u"incomplete"_s).toInt(), 2);
    QCOMPARE(imported.json().object().value(u"refused"_s).toInt(), 0);
    QVERIFY(imported.err.contains(u"line 3"_s));
    QVERIFY(imported.err.contains(u"line 4"_s));
    QCOMPARE(count(), before + 4);
    const QJsonArray incomplete = cli({u"--db"_s, db(), u"--json"_s, u"patient"_s, u"incomplete"_s}).json().array();
    QJsonObject jean;
    for (const auto &i : incomplete)
        if (i.toObject().value(u"external_id"_s).toString() == u"OLD-2"_s)
            jean = i.toObject();
    QCOMPARE(jean.value(u"missing"_s).toArray(), QJsonArray{u"birth_name"_s});
    QVERIFY(jean.value(u"doubtful"_s).toBool());
    QJsonObject leo;
    for (const auto &i : incomplete)
        if (i.toObject().value(u"external_id"_s).toString() == u"OLD-3"_s)
            leo = i.toObject();
    QCOMPARE(leo.value(u"missing"_s).toArray(), QJsonArray{u"birth_date"_s});
    QVERIFY(leo.value(u"doubtful"_s).toBool());
    const QJsonObject jeanShown =
        cli({u"--db"_s, db(), u"--json"_s, u"patient"_s, u"show"_s, u"OLD-2"_s}).json().object();
    QCOMPARE(jeanShown.value(u"identity_status"_s).toString(), u"provisional"_s);
    QCOMPARE(jeanShown.value(u"first_names"_s).toString(), u"Jean"_s);
    // The external identifier is accepted where a patient is expected.
    const Run shown = cli({u"--db"_s, db(), u"--json"_s, u"patient"_s, u"show"_s, u"OLD-3"_s});
    QCOMPARE(shown.code, 0);
    QCOMPARE(shown.json().object().value(u"first_names"_s).toString(), u"Léo"_s);
    QCOMPARE(shown.json().object().value(u"birth_date"_s).toString(), QString()); // the invalid date left out
    QCOMPARE(shown.json().object().value(u"email"_s).toString(), QString());
    // The same file again: every row already known, said so.
    const QJsonObject again = cli({u"--db"_s, db(), u"--json"_s, u"import-patients"_s, path}).json().object();
    QCOMPARE(again.value(u"imported"_s).toInt(), 0);
    QCOMPARE(again.value(u"already_known"_s).toInt(), 4);
    // Unreadable rows are refused with their line, repeated and empty identifiers kept apart:
    // rows read = imported + already known + refused.
    const Run mixed = cli({u"--db"_s, db(), u"--json"_s, u"import-patients"_s,
                           write(u"mixed.csv"_s,
                                 "external_id,birth_name,first_names\n"
                                 "N-1,Lambert,Anne\n"
                                 "N-1,Lambert,Paul\n"
                                 ",Servais,Luc\n"
                                 "N-2,Dumont,Eva,extra,cells\n"
                                 "N-3,,\n")});
    QCOMPARE(mixed.code, 0);
    const QJsonObject m = mixed.json().object();
    QCOMPARE(m.value(u"rows"_s).toInt(), 5);
    QCOMPARE(m.value(u"imported"_s).toInt(), 4);
    QCOMPARE(m.value(u"refused"_s).toInt(), 1);
    QCOMPARE(m.value(u"incomplete"_s).toInt(), 1);
    QVERIFY(mixed.err.contains(u"line 5"_s));
    QCOMPARE(count(), before + 8);
    // Export: the same columns in a stable order; the quoted address survives.
    const QString out = m_dir->filePath(u"out.csv"_s);
    QCOMPARE(cli({u"--db"_s, db(), u"export-patients"_s, out}).code, 0);
    QFile exported(out);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(exported.readAll());
    QVERIFY(text.startsWith(u"external_id,birth_name,usage_name,first_names,used_first_name,sex,birth_date,"
                            "birth_place_code,niss,nir,phone,email,address,postcode,city,country,language\n"_s));
    QVERIFY(
        text.contains(u"OLD-1,Dupont,,Marie Claire,,female,1985-07-03,,,,'+32470112233,marie@example.be,\"Rue Haute "
                      "12, bte 3\",1000,Bruxelles,BE,fr"_s));
    // No cell a spreadsheet would run: a hostile value typed at the desk leaves with an apostrophe,
    // and the export is audited with its count, written for its owner only.
    QCOMPARE(cli({u"--db"_s, db(), u"patient"_s, u"add"_s, u"--birth-name"_s, u"Formule"_s, u"--first-names"_s,
                  u"Anne"_s, u"--birth-date"_s, u"1970-01-01"_s, u"--sex"_s, u"F"_s, u"--address"_s,
                  u"=HYPERLINK(\"http://x\")"_s, u"--city"_s, u"@SUM(A1)"_s})
                 .code,
             0);
    const QString hostile = m_dir->filePath(u"hostile.csv"_s);
    QCOMPARE(cli({u"--db"_s, db(), u"export-patients"_s, hostile}).code, 0);
    QFile hostileFile(hostile);
    QVERIFY(hostileFile.open(QIODevice::ReadOnly));
    const QString cells = QString::fromUtf8(hostileFile.readAll());
    QVERIFY2(cells.contains(u"'@SUM(A1)"_s) || !cells.contains(u"@SUM"_s), qPrintable(cells.right(300)));
    // Read back by Guichet, the apostrophe goes: an export imports again as it was.
    QVERIFY(PatientCsv::splitLine(u"OLD-1,'+32470112233,'=1+1"_s)
            == QStringList({u"OLD-1"_s, u"+32470112233"_s, u"=1+1"_s}));
    QVERIFY(!cells.contains(u",=HYPERLINK"_s) && !cells.contains(u",@SUM"_s) && !cells.contains(u",+32"_s));
    QCOMPARE(QFileInfo(hostile).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    const QJsonArray exports =
        cli({u"--db"_s, db(), u"--json"_s, u"audit"_s, u"list"_s, u"--kind"_s, u"patient.export"_s}).json().array();
    QCOMPARE(exports.size(), 2);
    QVERIFY(exports.first().toObject().value(u"details"_s).toObject().value(u"rows"_s).toInt() > 8);
    // A duplicate typed at the desk is found, merged and unmerged through the CLI.
    QCOMPARE(cli({u"--db"_s, db(), u"patient"_s, u"add"_s, u"--birth-name"_s, u"DUPONT"_s, u"--first-names"_s,
                  u"Marie"_s, u"--birth-date"_s, u"1985-07-03"_s, u"--sex"_s, u"F"_s, u"--phone"_s, u"0470112233"_s})
                 .code,
             0);
    const Run pairs = cli({u"--db"_s, db(), u"--json"_s, u"duplicates"_s, u"check"_s, u"OLD-1"_s});
    QCOMPARE(pairs.code, 0);
    QCOMPARE(pairs.json().array().size(), 1);
    QCOMPARE(pairs.json().array().first().toObject().value(u"band"_s).toString(), u"probable"_s);
    const QString other = pairs.json().array().first().toObject().value(u"patient_b"_s).toString();
    // For another tool: id_a, id_b, score, band, the imported record named by its external id.
    const Run csvPairs = cli({u"--db"_s, db(), u"duplicates"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(csvPairs.code, 0);
    const QStringList csvLines = csvPairs.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(csvLines.size(), 2);
    QCOMPARE(csvLines.first(), u"id_a,id_b,score,band"_s);
    const QStringList csvRow = csvLines.at(1).split(u',');
    QCOMPARE(csvRow.size(), 4);
    QVERIFY(QSet<QString>({csvRow.at(0), csvRow.at(1)}) == QSet<QString>({u"OLD-1"_s, other}));
    QCOMPARE(csvRow.at(3), u"probable"_s);
    const Run jsonPairs = cli({u"--db"_s, db(), u"duplicates"_s, u"--format"_s, u"json"_s});
    QCOMPARE(jsonPairs.code, 0);
    const QJsonObject jsonPair = jsonPairs.json().array().first().toObject();
    QCOMPARE(QSet<QString>({jsonPair.value(u"id_a"_s).toString(), jsonPair.value(u"id_b"_s).toString()}),
             QSet<QString>({u"OLD-1"_s, other}));
    QCOMPARE(jsonPair.value(u"score"_s).toDouble(), csvRow.at(2).toDouble());
    QCOMPARE(cli({u"--db"_s, db(), u"duplicates"_s, u"--format"_s, u"xml"_s}).code, 2);
    QCOMPARE(cli({u"--db"_s, db(), u"merge"_s, u"OLD-1"_s, other}).code, 2); // no reason
    const Run merged = cli({u"--db"_s, db(), u"--json"_s, u"merge"_s, u"OLD-1"_s, other, u"--reason"_s, u"Doublon"_s});
    QCOMPARE(merged.code, 0);
    const QString mergeId = merged.json().object().value(u"id"_s).toString();
    QCOMPARE(cli({u"--db"_s, db(), u"--json"_s, u"duplicates"_s, u"check"_s, u"OLD-1"_s}).json().array().size(), 0);
    auto history = [&](const QStringList &extra) {
        return cli(QStringList{u"--db"_s, db(), u"--json"_s, u"merges"_s} + extra).json().array();
    };
    QCOMPARE(history({}).size(), 1);
    QCOMPARE(history({}).first().toObject().value(u"id"_s).toString(), mergeId);
    QCOMPARE(history({}).first().toObject().value(u"state"_s).toString(), u"done"_s);
    QCOMPARE(history({}).first().toObject().value(u"reason"_s).toString(), u"Doublon"_s);
    QCOMPARE(history({u"--patient"_s, u"OLD-1"_s}).size(), 1); // by external id
    QCOMPARE(cli({u"--db"_s, db(), u"unmerge"_s, mergeId}).code, 0);
    QCOMPARE(cli({u"--db"_s, db(), u"unmerge"_s, mergeId}).code, 3);
    QCOMPARE(history({}).first().toObject().value(u"state"_s).toString(), u"undone"_s);
    QCOMPARE(cli({u"--db"_s, db(), u"not-duplicate"_s, u"OLD-1"_s, other}).code, 0);
    QCOMPARE(cli({u"--db"_s, db(), u"--json"_s, u"duplicates"_s}).json().array().size(), 0);
    QCOMPARE(cli({u"--db"_s, db(), u"check"_s}).code, 0);
}

void TestCli::everySettingReadIsSettable()
{
    initDb();
    // Every practice setting the code reads can be set with `settings set`, validated; the
    // others are the database's own state, each named here with why it is not a rule.
    const QSet<QString> state = {
        u"database.id"_s, // the installation's identity (identifier system, vault key)
        u"waitlist.last_check"_s, // when freed slots were last looked for
        u"sync.reminders_sweep"_s, // when the hourly sweep last ran
        u"sync.uploaded_to"_s, // which server got the first full upload
        u"sync.server_url"_s, // set by `server set` (validated there: https except loopback)
        u"sync.account"_s, // set by `server set`
        u"sync.oauth_client_id"_s, // set by `server set --oauth-client` (validated there)
        u"practice.name"_s, // the practice's identity (practice setup)
        u"practice.country"_s, // idem
        u"demo.seed"_s, // marks a demo clinic (made by `demo`)
        u"database.purpose"_s, // marks a database made for tests (`init --test`), for good
        u"backup.last"_s, // what the last backup held (`check` compares), written by `backup`
        u"backup.folder"_s, // set by `backup schedule --folder` (validated there, audited)
        u"backup.state"_s, // the last good backup and the last failed attempt
    };
    const QStringList settable = PracticeSettings::keys();
    const QRegularExpression read(u"\\bsetting\\(u\"([a-z_.]+)\"_s"_s);
    QStringList unsettable;
    int found = 0;
    for (const QString &folder : {u"core"_s, u"cli"_s, u"ui"_s}) {
        QDirIterator it(QStringLiteral(GUICHET_SOURCE_DIR) + u'/' + folder, {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (auto m = read.globalMatch(text); m.hasNext();) {
                const QString key = m.next().captured(1);
                ++found;
                if (!settable.contains(key) && !state.contains(key))
                    unsettable << key + u" ("_s + file.fileName() + u')';
            }
        }
    }
    QVERIFY(found > 10); // the scan sees the code
    QVERIFY2(unsettable.isEmpty(), qPrintable(unsettable.join(u", "_s)));
    // The desk settings IT was told to change are accepted, validated and read back.
    for (const auto &[key, good, bad] :
         {std::tuple{u"sync.plan_received"_s, u"0"_s, u"2"_s}, std::tuple{u"sync.slot_days"_s, u"0"_s, u"-1"_s},
          std::tuple{u"sync.interval_minutes"_s, u"2"_s, u"0"_s},
          std::tuple{u"documents.retention_months"_s, u"3"_s, u"0"_s}}) {
        QCOMPARE(cli({u"--db"_s, db(), u"settings"_s, u"set"_s, key, bad}).code, 2);
        QCOMPARE(cli({u"--db"_s, db(), u"settings"_s, u"set"_s, key, good}).code, 0);
        QCOMPARE(
            cli({u"--db"_s, db(), u"--json"_s, u"settings"_s, u"get"_s, key}).json().object().value(key).toString(),
            good);
    }
}

void TestCli::userAdministration()
{
    initDb();
    QCOMPARE(cli({u"--db"_s, db(), u"user"_s, u"add"_s, u"sophie"_s, u"--name"_s, u"Sophie Lambert"_s, u"--role"_s,
                  u"secretary"_s},
                 u"Tilleul vert ardoise 47\n"_s)
                 .code,
             0);
    auto check = [&](const QString &password) {
        return cli({u"--db"_s, db(), u"user"_s, u"check-password"_s, u"sophie"_s}, password + u'\n');
    };
    QCOMPARE(check(u"Tilleul vert ardoise 47"_s).code, 0);
    for (int i = 1; i < 5; ++i)
        QCOMPARE(check(u"wrong"_s).code, 2);
    const Run fifth = check(u"wrong"_s);
    QCOMPARE(fifth.code, 3); // the account waits
    QVERIFY(fifth.err.contains(u"access.locked"_s));
    QCOMPARE(check(u"Tilleul vert ardoise 47"_s).code, 3);
    // An administrator's new password ends the wait.
    QCOMPARE(cli({u"--db"_s, db(), u"user"_s, u"passwd"_s, u"sophie"_s}, u"court\n"_s).code, 2);
    QCOMPARE(cli({u"--db"_s, db(), u"user"_s, u"passwd"_s, u"sophie"_s}, u"Nouvelle clef des champs 9\n"_s).code, 0);
    QCOMPARE(check(u"Nouvelle clef des champs 9"_s).code, 0);
    QCOMPARE(cli({u"--db"_s, db(), u"user"_s, u"disable"_s, u"sophie"_s}).code, 0);
    const Run disabled = check(u"Nouvelle clef des champs 9"_s);
    QCOMPARE(disabled.code, 3);
    QVERIFY(disabled.err.contains(u"access.disabled"_s));
    QCOMPARE(cli({u"--db"_s, db(), u"user"_s, u"enable"_s, u"sophie"_s}).code, 0);
    QCOMPARE(check(u"Nouvelle clef des champs 9"_s).code, 0);
    QCOMPARE(
        cli({u"--db"_s, db(), u"user"_s, u"role"_s, u"sophie"_s, u"practitioner"_s, u"--practitioner"_s, u"nobody"_s})
            .code,
        2);
    const Run promoted = cli({u"--db"_s, db(), u"--json"_s, u"user"_s, u"role"_s, u"sophie"_s, u"administrator"_s});
    QCOMPARE(promoted.code, 0);
    QCOMPARE(promoted.json().object().value(u"role"_s).toString(), u"administrator"_s);
    QCOMPARE(cli({u"--db"_s, db(), u"user"_s, u"disable"_s, u"nobody"_s}).code, 2);
    const Run renamed =
        cli({u"--db"_s, db(), u"--json"_s, u"user"_s, u"rename"_s, u"sophie"_s, u"Sophie Lambert-Dubois"_s});
    QCOMPARE(renamed.code, 0);
    QCOMPARE(renamed.json().object().value(u"display_name"_s).toString(), u"Sophie Lambert-Dubois"_s);
    QCOMPARE(cli({u"--db"_s, db(), u"user"_s, u"rename"_s, u"sophie"_s, u"  "_s}).code, 2);
}

void TestCli::practiceSetUpFromAnEmptyDatabase()
{
    initDb();
    // Issue 18's story: only guichet-cli, an empty database, Monday 7 December 2026 09:00.
    const QStringList base = {u"--db"_s, db(), u"--now"_s, u"2026-12-07T09:00:00"_s};
    auto run = [&](const QStringList &args, const QString &input = {}) { return cli(base + args, input); };
    auto id = [&](const QStringList &args) {
        const Run r = run(QStringList{u"--json"_s} + args);
        if (r.code != 0)
            qWarning("%s: %s", qPrintable(args.join(u' ')), qPrintable(r.err));
        return r.json().object().value(u"id"_s).toString();
    };
    const QString site = id({u"site"_s, u"add"_s, u"--name"_s, u"Cabinet des Lilas"_s, u"--address"_s,
                             u"Rue des Lilas 4"_s, u"--postcode"_s, u"1050"_s, u"--city"_s, u"Ixelles"_s, u"--phone"_s,
                             u"02 555 12 34"_s, u"--access-info"_s, u"Rez-de-chaussée, tram 81"_s});
    QVERIFY(!site.isEmpty());
    // Bad input exits 2 with the reason; nothing is written.
    const Run badPostcode = run({u"site"_s, u"add"_s, u"--name"_s, u"X"_s, u"--postcode"_s, u"123"_s});
    QCOMPARE(badPostcode.code, 2);
    QVERIFY(badPostcode.err.contains(u"postcode"_s));
    const Run wrongInami = run({u"practitioner"_s, u"add"_s, u"--last-name"_s, u"Peeters"_s, u"--specialty"_s,
                                u"general-practice"_s, u"--inami"_s, u"1-23456-26-004"_s});
    QCOMPARE(wrongInami.code, 2);
    QVERIFY(wrongInami.err.contains(u"INAMI"_s));
    const Run rppsInBelgium = run({u"practitioner"_s, u"add"_s, u"--last-name"_s, u"Peeters"_s, u"--specialty"_s,
                                   u"general-practice"_s, u"--rpps"_s, u"10003456786"_s});
    QCOMPARE(rppsInBelgium.code, 2);
    QVERIFY(rppsInBelgium.err.contains(u"--inami"_s));
    QCOMPARE(run({u"--json"_s, u"practitioner"_s, u"list"_s, u"--all"_s}).json().array().size(), 0);
    // Two practitioners with their online rules.
    const QString gp =
        id({u"practitioner"_s, u"add"_s, u"--title"_s, u"Dr"_s, u"--first-name"_s, u"Anne"_s, u"--last-name"_s,
            u"Peeters"_s, u"--specialty"_s, u"general-practice"_s, u"--inami"_s, u"1-23456-25-004"_s,
            u"--online-days"_s, u"30"_s, u"--online-notice-hours"_s, u"2"_s, u"--cancel-deadline-days"_s, u"1"_s});
    const QString paed = id({u"practitioner"_s, u"add"_s, u"--title"_s, u"Dr"_s, u"--first-name"_s, u"Luc"_s,
                             u"--last-name"_s, u"Janssens"_s, u"--specialty"_s, u"pediatrics"_s, u"--inami"_s,
                             u"10000106004"_s, u"--new-patients"_s, u"no"_s, u"--colour"_s, u"#2e7d32"_s});
    QVERIFY(!gp.isEmpty() && !paed.isEmpty());
    const QJsonObject anne = run({u"--json"_s, u"practitioner"_s, u"list"_s}).json().array().at(1).toObject();
    QCOMPARE(anne.value(u"online_cancel_deadline_hours"_s).toInt(), 24);
    QCOMPARE(anne.value(u"site_id"_s).toString(), site); // the only site
    // Visit reasons: plain, age limits, phone-only, desk-only; a bad one refused.
    const QString consult =
        id({u"motif"_s, u"add"_s, u"--practitioner"_s, gp, u"--label"_s, u"Consultation"_s, u"--duration"_s, u"15"_s});
    const QString vaccine = id({u"motif"_s, u"add"_s, u"--practitioner"_s, paed, u"--label"_s, u"Vaccination"_s,
                                u"--duration"_s, u"15"_s, u"--min-age"_s, u"0"_s, u"--max-age"_s, u"16"_s,
                                u"--instructions"_s, u"Apportez le carnet de vaccination."_s});
    const QString certificate = id({u"motif"_s, u"add"_s, u"--practitioner"_s, gp, u"--label"_s, u"Certificat"_s,
                                    u"--duration"_s, u"10"_s, u"--booking"_s, u"phone-only"_s});
    const QString surgery = id({u"motif"_s, u"add"_s, u"--practitioner"_s, gp, u"--label"_s, u"Petite chirurgie"_s,
                                u"--duration"_s, u"30"_s, u"--booking"_s, u"desk-only"_s});
    QVERIFY(!consult.isEmpty() && !vaccine.isEmpty() && !certificate.isEmpty() && !surgery.isEmpty());
    QCOMPARE(run({u"motif"_s, u"add"_s, u"--practitioner"_s, gp, u"--label"_s, u"X"_s, u"--booking"_s, u"fax"_s}).code,
             2);
    QCOMPARE(run({u"motif"_s, u"add"_s, u"--practitioner"_s, gp, u"--label"_s, u"X"_s, u"--min-age"_s, u"ten"_s}).code,
             2);
    // Hours and users.
    for (int day = 1; day <= 5; ++day) {
        QCOMPARE(run({u"hours"_s, u"set"_s, u"--practitioner"_s, gp, u"--weekday"_s, QString::number(day),
                      u"--ranges"_s, u"08:30-12:30, 14:00-18:00"_s})
                     .code,
                 0);
        QCOMPARE(run({u"hours"_s, u"set"_s, u"--practitioner"_s, paed, u"--weekday"_s, QString::number(day),
                      u"--ranges"_s, u"09:00-12:00"_s})
                     .code,
                 0);
    }
    // Monday mornings offer the consultation only (the certificate is phone-only anyway).
    QCOMPARE(run({u"hours"_s, u"reasons"_s, u"--practitioner"_s, gp, u"--weekday"_s, u"1"_s, u"--range"_s,
                  u"08:30-12:30"_s, u"--motif"_s, consult})
                 .code,
             0);
    QCOMPARE(
        run({u"hours"_s, u"reasons"_s, u"--practitioner"_s, gp, u"--weekday"_s, u"1"_s, u"--range"_s, u"09:00-12:30"_s})
            .code,
        2);
    QCOMPARE(run({u"hours"_s, u"reasons"_s, u"--practitioner"_s, gp, u"--weekday"_s, u"1"_s, u"--range"_s,
                  u"08:30-12:30"_s, u"--motif"_s, vaccine})
                 .code,
             2); // another practitioner's reason
    QCOMPARE(run({u"user"_s, u"add"_s, u"marie"_s, u"--name"_s, u"Marie Dubois"_s, u"--role"_s, u"secretary"_s},
                 u"Secretariat lanterne 2026\n"_s)
                 .code,
             0);
    QCOMPARE(run({u"user"_s, u"add"_s, u"anne"_s, u"--name"_s, u"Dr Anne Peeters"_s, u"--role"_s, u"practitioner"_s,
                  u"--practitioner"_s, gp},
                 u"Consultation du lundi 2026\n"_s)
                 .code,
             0);
    const QString adult = id({u"patient"_s, u"add"_s, u"--birth-name"_s, u"Dupont"_s, u"--first-names"_s, u"Jean"_s,
                              u"--birth-date"_s, u"1950-03-01"_s, u"--sex"_s, u"male"_s});
    const QString child = id({u"patient"_s, u"add"_s, u"--birth-name"_s, u"Lambert"_s, u"--first-names"_s, u"Emma"_s,
                              u"--birth-date"_s, u"2015-06-01"_s, u"--sex"_s, u"female"_s});
    // Online bookings refused by exactly the configured rules (exit 3, the rule named).
    auto online = [&](const QString &patient, const QString &practitioner, const QString &motif, const QString &start) {
        return run({u"appointment"_s, u"book"_s, u"--patient"_s, patient, u"--practitioner"_s, practitioner,
                    u"--motif"_s, motif, u"--start"_s, start, u"--channel"_s, u"online"_s});
    };
    const QList<std::tuple<QString, QString, QString, QString, QString>> refusals = {
        {adult, gp, consult, u"2026-12-07T10:00"_s, u"agenda.online-notice"_s},
        {adult, gp, consult, u"2027-01-18T10:00"_s, u"agenda.online-window"_s},
        {adult, gp, certificate, u"2026-12-08T11:00"_s, u"agenda.phone-only"_s},
        {adult, gp, surgery, u"2026-12-08T11:00"_s, u"agenda.desk-only"_s},
        {adult, paed, vaccine, u"2026-12-08T09:00"_s, u"agenda.age"_s},
        {child, paed, vaccine, u"2026-12-08T09:00"_s, u"agenda.new-patients"_s},
    };
    for (const auto &[patient, practitioner, motif, start, rule] : refusals) {
        const Run r = online(patient, practitioner, motif, start);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(rule), qPrintable(r.err));
    }
    const Run mondayMorning =
        run({u"appointment"_s, u"book"_s, u"--patient"_s, adult, u"--practitioner"_s, gp, u"--motif"_s, surgery,
             u"--start"_s, u"2026-12-14T09:00"_s, u"--channel"_s, u"desk"_s});
    QCOMPARE(mondayMorning.code, 0); // the desk is warned
    QVERIFY2(mondayMorning.err.contains(u"not planned at this time"_s), qPrintable(mondayMorning.err));
    const Run phoneNumber = online(adult, gp, certificate, u"2026-12-08T11:00"_s);
    QVERIFY2(phoneNumber.err.contains(u"02 555 12 34"_s), qPrintable(phoneNumber.err)); // the number to call
    QCOMPARE(online(adult, gp, consult, u"2026-12-08T10:00"_s).code, 0);
    // The desk is warned, not refused.
    const Run desk = run({u"appointment"_s, u"book"_s, u"--patient"_s, adult, u"--practitioner"_s, paed, u"--motif"_s,
                          vaccine, u"--start"_s, u"2026-12-08T09:30"_s, u"--channel"_s, u"desk"_s});
    QCOMPARE(desk.code, 0);
    QVERIFY(desk.err.contains(u"16"_s));
    // Deactivated: kept, no longer bookable; reactivated.
    QCOMPARE(run({u"motif"_s, u"deactivate"_s, consult}).code, 0);
    QCOMPARE(online(adult, gp, consult, u"2026-12-09T10:00"_s).code, 3);
    QCOMPARE(run({u"--json"_s, u"motif"_s, u"list"_s, u"--practitioner"_s, gp}).json().array().size(), 2);
    QCOMPARE(run({u"--json"_s, u"motif"_s, u"list"_s, u"--practitioner"_s, gp, u"--all"_s}).json().array().size(), 3);
    QCOMPARE(run({u"motif"_s, u"activate"_s, consult}).code, 0);
    // Edited: a longer window, the same booking now accepted.
    QCOMPARE(run({u"practitioner"_s, u"edit"_s, gp, u"--online-days"_s, u"60"_s}).code, 0);
    QCOMPARE(online(adult, gp, consult, u"2027-01-18T10:00"_s).code, 0);
    // Absences edited and removed, the booked patients listed.
    const Run absence = run({u"--json"_s, u"absence"_s, u"add"_s, u"--practitioner"_s, gp, u"--from"_s, u"2026-12-08"_s,
                             u"--to"_s, u"2026-12-09"_s, u"--reason"_s, u"Formation"_s});
    QCOMPARE(absence.code, 0);
    const QString absenceId = absence.json().object().value(u"id"_s).toString();
    QCOMPARE(absence.json().object().value(u"affected"_s).toArray().size(), 1);
    const Run moved = run(
        {u"--json"_s, u"absence"_s, u"edit"_s, absenceId, u"--from"_s, u"2026-12-09"_s, u"--to"_s, u"2026-12-10"_s});
    QCOMPARE(moved.code, 0);
    QCOMPARE(moved.json().object().value(u"affected"_s).toArray().size(), 0);
    QCOMPARE(run({u"--json"_s, u"absence"_s, u"list"_s, u"--practitioner"_s, gp}).json().array().size(), 1);
    QCOMPARE(run({u"absence"_s, u"remove"_s, absenceId, u"--reason"_s, u"annulée"_s}).code, 0);
    QCOMPARE(run({u"--json"_s, u"absence"_s, u"list"_s, u"--practitioner"_s, gp}).json().array().size(), 0);
    // Every act is in the audit log, which a secretary may not read.
    const QJsonArray acts = run({u"--json"_s, u"audit"_s, u"list"_s, u"--kind"_s, u"motif"_s}).json().array();
    QCOMPARE(acts.size(), 6); // four added (not the refused ones), one deactivated, then activated
    const Run forbidden = run({u"--user"_s, u"marie"_s, u"audit"_s, u"list"_s});
    QCOMPARE(forbidden.code, 3);
    const QString csv = m_dir->filePath(u"audit.csv"_s);
    QCOMPARE(run({u"audit"_s, u"list"_s, u"--from"_s, u"2026-12-07"_s, u"--csv"_s, csv}).code, 0);
    QVERIFY(QFile(csv).size() > 200);
    QCOMPARE(run({u"audit"_s, u"list"_s, u"--from"_s, u"7/12/2026"_s}).code, 2);
    // The rules the code reads, described.
    const QJsonArray rules = run({u"--json"_s, u"settings"_s, u"describe"_s}).json().array();
    QCOMPARE(rules.size(), PracticeSettings::keys().size());
    QVERIFY(!rules.first().toObject().value(u"meaning"_s).toString().isEmpty());
}

void TestCli::screenshotTourRefusesARealDatabase()
{
    initDb();
    // The tour signs in without a password: never on a practice's database.
    QCOMPARE(cli({u"--db"_s, db(), u"user"_s, u"add"_s, u"sophie"_s, u"--name"_s, u"Sophie"_s, u"--role"_s,
                  u"administrator"_s},
                 u"Tilleul vert ardoise 47\n"_s)
                 .code,
             0);
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    gui.setProcessEnvironment(env);
    const QString shots = m_dir->filePath(u"shots"_s);
    gui.start(QStringLiteral(GUICHET_TOUR), {u"--db"_s, db(), u"--screenshots"_s, shots, u"--language"_s, u"en"_s});
    QVERIFY(gui.waitForFinished(120000));
    QCOMPARE(gui.exitCode(), 2);
    QVERIFY2(QString::fromUtf8(gui.readAllStandardError()).contains(u"only a demo clinic"_s), "the refusal says why");
    QVERIFY(!QDir(shots).exists() || QDir(shots).isEmpty());
    // The desktop program that ships has no tour, no demo generator and no password-less path.
    QFile shipped(QStringLiteral(GUICHET_GUI));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    const QByteArray binary = shipped.readAll();
    for (const char *absent : {"takeScreenshots", "TourStaging", "DemoClinic", "--screenshots", "screenshot tour"})
        QVERIFY2(!binary.contains(absent), absent);
    // Nor does the start-up benchmark.
    QProcess bench;
    bench.setProcessEnvironment(env);
    bench.start(QStringLiteral(GUICHET_BENCH), {u"startup"_s, u"--db"_s, db()});
    QVERIFY(bench.waitForFinished(120000));
    QCOMPARE(bench.exitCode(), 2);
    QVERIFY2(QString::fromUtf8(bench.readAllStandardError()).contains(u"only on a demo database"_s),
             "the refusal says why");
}

// The desk's day through the command line: corrections, series, search, messages now, relatives.
void TestCli::deskCorrectionsStory()
{
    const QString now = u"--now"_s;
    const QString monday = u"2026-11-23T08:00:00+01:00"_s;
    QCOMPARE(cli({u"--db"_s, db(), now, monday, u"demo"_s, u"--patients"_s, u"20"_s, u"--practitioners"_s, u"1"_s,
                  u"--weeks"_s, u"0"_s})
                 .code,
             0);
    auto run = [&](const QStringList &args) {
        return cli(QStringList{u"--db"_s, db(), u"--json"_s, now, monday, u"--user"_s, u"secretariat"_s} + args);
    };
    const QJsonObject dr = run({u"practitioner"_s, u"list"_s}).json().array().first().toObject();
    const QString drId = dr.value(u"id"_s).toString();
    QString consult;
    for (const QJsonValue &m : run({u"motif"_s, u"list"_s, u"--practitioner"_s, drId}).json().array())
        if (m.toObject().value(u"duration_minutes"_s).toInt() == 15)
            consult = m.toObject().value(u"id"_s).toString();
    QVERIFY(!consult.isEmpty());
    auto addPatient = [&](const QString &name, const QString &email, const QString &phone) {
        QStringList args{u"patient"_s, u"add"_s,          u"--birth-name"_s, name,       u"--first-names"_s,
                         u"Alex"_s,    u"--birth-date"_s, u"1980-01-01"_s,   u"--sex"_s, u"F"_s};
        if (!email.isEmpty())
            args << u"--email"_s << email;
        if (!phone.isEmpty())
            args << u"--phone"_s << phone;
        const Run r = run(args);
        if (r.code != 0)
            qWarning("%s", qPrintable(r.err));
        return r.json().object().value(u"id"_s).toString();
    };
    const QString wrong = addPatient(u"Wrong"_s, u"wrong@example.org"_s, u"+32470112233"_s);
    const QString right = addPatient(u"Right"_s, u"right@example.org"_s, QString());
    QVERIFY(!wrong.isEmpty() && !right.isEmpty());
    auto book = [&](const QString &patient, const QString &start, const QStringList &extra = {}) {
        return run(QStringList{u"appointment"_s, u"book"_s, u"--practitioner"_s, drId, u"--motif"_s, consult,
                               u"--patient"_s, patient, u"--start"_s, start}
                   + extra);
    };

    // Given to the wrong patient, then corrected: the wrong one's messages are withdrawn.
    const Run booked = book(wrong, u"2026-12-01T09:00"_s);
    QCOMPARE(booked.code, 0);
    const QString id = booked.json().object().value(u"id"_s).toString();
    QCOMPARE(run({u"appointment"_s, u"change-patient"_s, id, u"--patient"_s, right}).code, 1); // --reason needed
    const Run changed =
        run({u"appointment"_s, u"change-patient"_s, id, u"--patient"_s, right, u"--reason"_s, u"Homonyme"_s});
    QCOMPARE(changed.code, 0);
    QCOMPARE(changed.json().object().value(u"patient_id"_s).toString(), right);
    const QJsonObject shown = run({u"appointment"_s, u"show"_s, id}).json().object();
    int toWrong = 0, toRight = 0;
    for (const QJsonValue &n : shown.value(u"notifications"_s).toArray()) {
        const QJsonObject o = n.toObject();
        if (o.value(u"recipient"_s).toString() == u"wrong@example.org"_s
            || o.value(u"recipient"_s).toString() == u"+32470112233"_s) {
            QCOMPARE(o.value(u"state"_s).toString(), u"revoked"_s);
            ++toWrong;
        } else if (o.value(u"recipient"_s).toString() == u"right@example.org"_s) {
            QCOMPARE(o.value(u"state"_s).toString(), u"pending"_s);
            ++toRight;
        }
    }
    QVERIFY(toWrong > 0);
    QVERIFY(toRight > 0);
    QCOMPARE(shown.value(u"history"_s).toArray().last().toObject().value(u"kind"_s).toString(), u"patient"_s);

    // Note, visit reason, entered in error: nothing pending is left for it.
    QCOMPARE(run({u"appointment"_s, u"note"_s, id, u"--text"_s, u"Apporter la radio"_s}).code, 0);
    QCOMPARE(run({u"appointment"_s, u"show"_s, id}).json().object().value(u"note"_s).toString(),
             u"Apporter la radio"_s);
    const Run badMotif = run({u"appointment"_s, u"set-motif"_s, id, u"--motif"_s, u"nope"_s});
    QCOMPARE(badMotif.code, 2);
    QCOMPARE(badMotif.json().object().value(u"rule"_s).toString(), u"appointment.motif"_s);
    QCOMPARE(run({u"appointment"_s, u"entered-in-error"_s, id, u"--reason"_s, u"Saisi deux fois"_s}).code, 0);
    for (const QJsonValue &n :
         run({u"appointment"_s, u"show"_s, id}).json().object().value(u"notifications"_s).toArray())
        QVERIFY(n.toObject().value(u"state"_s).toString() != u"pending"_s);

    // A weekly series of four, the third Tuesday taken: three booked, one refused with its rule.
    QCOMPARE(book(right, u"2026-12-15T10:00"_s).code, 0);
    const Run series = book(wrong, u"2026-12-01T10:00"_s, {u"--every-weeks"_s, u"1"_s, u"--count"_s, u"4"_s});
    QCOMPARE(series.code, 3);
    const QJsonObject report = series.json().object();
    QCOMPARE(report.value(u"booked"_s).toArray().size(), 3);
    const QJsonArray refused = report.value(u"refused"_s).toArray();
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().toObject().value(u"rule"_s).toString(), u"agenda.overlap"_s);
    QVERIFY(refused.first().toObject().value(u"start"_s).toString().startsWith(u"2026-12-15T10:00"_s));
    QVERIFY(refused.first().toObject().value(u"alternative"_s).toObject().contains(u"start"_s));
    QCOMPARE(book(wrong, u"2026-12-01T10:00"_s, {u"--every-weeks"_s, u"1"_s}).code, 2); // no count nor until
    const QString second = report.value(u"booked"_s).toArray().at(1).toObject().value(u"id"_s).toString();
    const Run stopped = run({u"appointment"_s, u"cancel-series"_s, second, u"--reason"_s, u"Fin des séances"_s});
    QCOMPARE(stopped.code, 0);
    QCOMPARE(stopped.json().object().value(u"changed"_s).toArray().size(), 2);

    // Search: the wrong patient's booked appointments (the first of the series only).
    const QJsonArray found =
        run({u"appointment"_s, u"search"_s, u"--patient"_s, wrong, u"--status"_s, u"booked"_s}).json().array();
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().toObject().value(u"start"_s).toString().startsWith(u"2026-12-01T10:00"_s));
    QCOMPARE(run({u"appointment"_s, u"search"_s, u"--status"_s, u"lost"_s}).code, 2);

    // Free slots by specialty, on Wednesday afternoons, second page.
    const QString specialty = dr.value(u"specialty"_s).toString();
    auto findSlots = [&](const QStringList &extra) {
        return run(QStringList{u"slots"_s, u"--specialty"_s, specialty, u"--motif"_s, consult, u"--from"_s,
                               u"2026-11-30"_s, u"--half"_s, u"afternoon"_s, u"--weekday"_s, u"3"_s}
                   + extra);
    };
    const QJsonArray pageOne = findSlots({u"--count"_s, u"4"_s}).json().array();
    const QJsonArray pageTwo = findSlots({u"--count"_s, u"2"_s, u"--offset"_s, u"2"_s}).json().array();
    QCOMPARE(pageOne.size(), 4);
    QCOMPARE(pageTwo.size(), 2);
    QCOMPARE(pageTwo.at(0).toObject().value(u"start"_s), pageOne.at(2).toObject().value(u"start"_s));
    for (const QJsonValue &s : pageOne) {
        const QDateTime start = QDateTime::fromString(s.toObject().value(u"start"_s).toString(), Qt::ISODate);
        QCOMPARE(start.date().dayOfWeek(), 3);
        QVERIFY(s.toObject().value(u"start"_s).toString().mid(11, 2).toInt() >= 12);
    }
    QCOMPARE(findSlots({u"--half"_s, u"evening"_s}).code, 2);

    // Spacing rule: the desk keeps both with a reason.
    auto asAdmin = [&](const QStringList &args) {
        return cli(QStringList{u"--db"_s, db(), u"--json"_s, now, monday, u"--user"_s, u"admin"_s} + args);
    };
    QCOMPARE(asAdmin({u"motif"_s, u"edit"_s, consult, u"--spacing"_s, u"yes"_s}).code, 0);
    QCOMPARE(book(right, u"2026-12-03T09:00"_s).code, 0);
    const Run tooClose = book(right, u"2026-12-07T09:00"_s);
    QCOMPARE(tooClose.code, 3);
    QCOMPARE(tooClose.json().object().value(u"rule"_s).toString(), u"agenda.spacing"_s);
    const Run kept = book(right, u"2026-12-07T09:00"_s, {u"--override-reason"_s, u"Contrôle demandé"_s});
    QCOMPARE(kept.code, 0);
    QVERIFY(kept.err.contains(u"Contrôle demandé"_s));
    QCOMPARE(asAdmin({u"motif"_s, u"edit"_s, consult, u"--spacing"_s, u"no"_s}).code, 0);

    // Running late: a preview sends nothing; then the expected patients of the day are told.
    QCOMPARE(book(wrong, u"2026-11-23T15:00"_s).code, 0);
    const Run preview =
        run({u"message"_s, u"late"_s, u"--practitioner"_s, drId, u"--minutes"_s, u"20"_s, u"--preview"_s});
    QCOMPARE(preview.code, 0);
    QCOMPARE(preview.json().object().value(u"sent"_s).toBool(), false);
    bool toldWrong = false;
    for (const QJsonValue &p : preview.json().object().value(u"patients"_s).toArray())
        if (p.toObject().value(u"patient_id"_s).toString() == wrong) {
            toldWrong = true;
            QCOMPARE(p.toObject().value(u"channel"_s).toString(), u"sms"_s);
            QVERIFY(p.toObject().value(u"body"_s).toString().contains(u"15:20"_s));
        }
    QVERIFY(toldWrong);
    QCOMPARE(run({u"message"_s, u"late"_s, u"--practitioner"_s, drId, u"--minutes"_s, u"20"_s})
                 .json()
                 .object()
                 .value(u"sent"_s)
                 .toBool(),
             true);
    QCOMPARE(run({u"message"_s, u"late"_s, u"--practitioner"_s, drId, u"--minutes"_s, u"999"_s}).code, 2);
    const Run free =
        run({u"message"_s, u"send"_s, u"--patient"_s, right, u"--text"_s, u"Votre ordonnance est prête"_s});
    QCOMPARE(free.code, 0);
    QCOMPARE(free.json().object().value(u"channel"_s).toString(), u"email"_s);
    QCOMPARE(run({u"message"_s, u"send"_s, u"--patient"_s, right, u"--text"_s, u"x"_s, u"--channel"_s, u"sms"_s}).code,
             3); // no mobile

    // Relatives: linked, then their own account holder again.
    const Run linked = run({u"patient"_s, u"link"_s, right, u"--holder"_s, wrong, u"--relationship"_s, u"spouse"_s});
    QCOMPARE(linked.code, 0);
    QCOMPARE(linked.json().object().value(u"holder_id"_s).toString(), wrong);
    QCOMPARE(run({u"patient"_s, u"link"_s, wrong, u"--holder"_s, right}).code, 2); // nested
    const Run unlinked = run({u"patient"_s, u"unlink"_s, right, u"--reason"_s, u"Séparation"_s});
    QCOMPARE(unlinked.code, 0);
    QVERIFY(unlinked.json().object().value(u"holder_id"_s).isNull()
            || unlinked.json().object().value(u"holder_id"_s).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
