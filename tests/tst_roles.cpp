// The role × act table (issue 29): every guichet-cli command that signs in, run through the real
// sign-in (GUICHET_USER and an owner-only GUICHET_PASSWORD_FILE) as the demo's secretary,
// practitioner and administrator and as a disabled account, each on its own copy of the same
// demo clinic; every row says what each role gets.
#include "cli/cli.h"
#include "core/store/database.h"
#include "tests/support/testsupport.h"

#include "demo/democlinic.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace guichet;

namespace {

// What a role gets for one act:
//   Allowed  the command succeeds (exit 0);
//   Refused  refused for the person's rights (exit 3, rule right.*);
//   Reached  not refused for the rights, but fails for another reason this table does not set
//            up (no central agenda, no card reader, an unknown merge): the right check passed.
enum class Gets { Allowed, Refused, Reached };
constexpr Gets A = Gets::Allowed;
constexpr Gets R = Gets::Refused;
constexpr Gets N = Gets::Reached;

struct Act
{
    const char *name;
    QStringList args; // {P} patient, {P2} another, {D1} the practitioner's own, {D2} another
                      // practitioner, {M} a reason of D1, {NO1}/{NO2} a no-show of D1/D2,
                      // {DIR} a folder of the test
    Gets secretary;
    Gets practitioner;
    Gets administrator;
    QString input = {}; // standard input after the sign-in (a new user's password)
};

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args, const QString &input)
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

QString ruleOf(const Run &run)
{
    for (const QString &line : run.out.split(u'\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        if (o.contains(u"rule"_s))
            return o.value(u"rule"_s).toString();
    }
    return {};
}

QList<Act> acts()
{
    const QString strong = u"quatre mots pour un compte neuf\n"_s;
    const QStringList month{u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-11-30"_s};
    const QStringList week{u"--from"_s, u"2026-11-23"_s, u"--to"_s, u"2026-11-29"_s};
    return {
        {"patient list", {u"patient"_s, u"list"_s, u"--limit"_s, u"5"_s}, A, A, A},
        {"patient search", {u"patient"_s, u"search"_s, u"du"_s}, A, A, A},
        {"patient show", {u"patient"_s, u"show"_s, u"{P}"_s}, A, A, A},
        // Medical content: practitioners only (administrators when the practice allows it).
        {"patient medication --set", {u"patient"_s, u"medication"_s, u"{P}"_s, u"--set"_s, u"Paracétamol"_s}, R, A, R},
        {"patient medication", {u"patient"_s, u"medication"_s, u"{P}"_s}, R, A, R},
        {"patient edit", {u"patient"_s, u"edit"_s, u"{P}"_s, u"--sms"_s, u"no"_s}, A, A, A},
        {"patient block own",
         {u"patient"_s, u"block"_s, u"{P}"_s, u"--practitioner"_s, u"{D1}"_s, u"--reason"_s, u"Menaces"_s},
         R,
         A,
         A},
        {"patient block other's",
         {u"patient"_s, u"block"_s, u"{P2}"_s, u"--practitioner"_s, u"{D2}"_s, u"--reason"_s, u"Menaces"_s},
         R,
         R,
         A},
        {"noshow unblock own",
         {u"noshow"_s, u"unblock"_s, u"{P}"_s, u"--practitioner"_s, u"{D1}"_s, u"--reason"_s, u"Excuses"_s},
         R,
         A,
         A},
        {"appointment list", {u"appointment"_s, u"list"_s}, A, A, A},
        {"appointment search", {u"appointment"_s, u"search"_s, u"--patient"_s, u"{P}"_s}, A, A, A},
        {"appointment show", {u"appointment"_s, u"show"_s, u"{NO1}"_s}, A, A, A},
        {"noshow status", {u"noshow"_s, u"status"_s, u"{P}"_s}, A, A, A},
        {"noshow erase own", {u"noshow"_s, u"erase"_s, u"{NO1}"_s, u"--reason"_s, u"Hospitalisé"_s}, R, A, A},
        {"noshow erase other's", {u"noshow"_s, u"erase"_s, u"{NO2}"_s, u"--reason"_s, u"Hospitalisé"_s}, R, R, A},
        {"stats", QStringList{u"stats"_s, u"noshow"_s} + month, A, A, A},
        // Counts by practitioner and month, no patient: every role; the export is audited.
        {"stats --csv", QStringList{u"stats"_s, u"noshow"_s} + month + QStringList{u"--csv"_s, u"{DIR}/stats.csv"_s}, A,
         A, A},
        {"export-patients", {u"export-patients"_s, u"{DIR}/patients.csv"_s}, R, R, A},
        {"export-ics", QStringList{u"export-ics"_s, u"{DIR}/agenda.ics"_s, u"--practitioner"_s, u"{D1}"_s} + week, A, A,
         A},
        {"import-patients", {u"import-patients"_s, u"{DIR}/import.csv"_s}, A, A, A},
        {"duplicates", {u"duplicates"_s}, A, A, A},
        {"merges", {u"merges"_s}, A, A, A},
        {"merge", {u"merge"_s, u"{P}"_s, u"{P2}"_s, u"--reason"_s, u"Doublon"_s}, R, N, N},
        {"unmerge", {u"unmerge"_s, u"no-such-merge"_s}, R, N, N},
        {"not-duplicate", {u"not-duplicate"_s, u"{P}"_s, u"{P2}"_s}, A, A, A},
        {"audit list", {u"audit"_s, u"list"_s}, R, R, A},
        {"audit export", {u"audit"_s, u"list"_s, u"--csv"_s, u"{DIR}/audit.csv"_s}, R, R, A},
        {"server show", {u"server"_s, u"show"_s}, N, N, N}, // none set: said so, not refused
        {"server set", {u"server"_s, u"set"_s, u"https://agenda.example.org/fhir"_s}, R, R, A},
        {"settings list", {u"settings"_s, u"list"_s}, A, A, A},
        {"settings set", {u"settings"_s, u"set"_s, u"noshow.threshold"_s, u"4"_s}, R, R, A},
        {"user list", {u"user"_s, u"list"_s}, R, R, A},
        {"user add",
         {u"user"_s, u"add"_s, u"nouveau"_s, u"--name"_s, u"Nouveau"_s, u"--role"_s, u"secretary"_s},
         R,
         R,
         A,
         strong},
        {"user disable", {u"user"_s, u"disable"_s, u"ancien"_s}, R, R, A},
        {"backup", {u"backup"_s, u"{DIR}/copie.db"_s}, R, R, A},
        {"check", {u"check"_s}, A, A, A},
        {"site list", {u"site"_s, u"list"_s}, A, A, A},
        {"practitioner list", {u"practitioner"_s, u"list"_s}, A, A, A},
        {"motif list", {u"motif"_s, u"list"_s, u"--practitioner"_s, u"{D1}"_s}, A, A, A},
        {"hours show", {u"hours"_s, u"show"_s, u"--practitioner"_s, u"{D1}"_s}, A, A, A},
        {"absence list", {u"absence"_s, u"list"_s}, A, A, A},
        {"slots", {u"slots"_s, u"--practitioner"_s, u"{D1}"_s, u"--motif"_s, u"{M}"_s}, A, A, A},
        {"waitlist list", {u"waitlist"_s, u"list"_s}, A, A, A},
        {"reminders templates", {u"reminders"_s, u"templates"_s, u"list"_s}, A, A, A},
        {"document list", {u"document"_s, u"list"_s, u"{P}"_s}, A, A, A},
        {"message send",
         {u"message"_s, u"send"_s, u"--patient"_s, u"{P2}"_s, u"--text"_s, u"Le cabinet sera fermé lundi."_s},
         A,
         A,
         A},
        {"conflicts", {u"conflicts"_s}, A, A, A},
        {"sync review", {u"sync"_s, u"review"_s}, A, A, A},
        {"sync review settle",
         {u"sync"_s, u"review"_s, u"settle"_s, u"no-such-item"_s, u"--keep"_s, u"--reason"_s, u"Vu"_s},
         N,
         N,
         N},
        {"check-id", {u"check-id"_s, u"niss"_s, u"80210500424"_s}, A, A, A},
        {"vault export-key",
         {u"vault"_s, u"export-key"_s, u"{DIR}/cle.guichet"_s},
         R,
         R,
         N,
         u"phrase de passe longue\n"_s},
        {"eid read", {u"eid"_s, u"read"_s, u"--reader"_s, u"aucun lecteur"_s}, N, N, N},
        // The desk's own sign-in to the central agenda (audited); no central agenda is set here.
        {"login", {u"login"_s, u"--token-stdin"_s}, N, N, N, u"jeton\n"_s},
        {"logout", {u"logout"_s}, N, N, N},
        {"sync", {u"sync"_s, u"--once"_s}, N, N, N},
    };
}

} // namespace

class TestRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyCommandHasARow();
    void table_data();
    void table();
    void filesAreTheOwnersOnly();
    void medicalContentWithheldFromTheCommandLine();

private:
    QTemporaryDir m_dir;
    QString m_template; // the demo clinic every role starts from
    QHash<QString, QString> m_ids;
    QString copyFor(const QString &role);
};

void TestRoles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(u"demo.db"_s);
    {
        auto db = Database::open(m_template);
        QVERIFY(db.ok());
        test::MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone::utc()));
        DemoOptions options;
        options.patients = 60;
        options.practitioners = 2;
        options.weeks = 2;
        QVERIFY(DemoClinic::create(**db, clock, options).ok());
        Database &d = **db;
        // A disabled account, as an administrator leaves it when someone leaves the practice.
        QVERIFY(d.exec(u"INSERT INTO users(id, login, display_name, role, practitioner_id, password_hash, active, "
                       "created_at) SELECT 'gone', 'ancien', 'Ancien collègue', 'secretary', NULL, password_hash, 0, "
                       "created_at FROM users WHERE login = 'secretariat'"_s)
                    .ok());
        auto q = d.exec(u"SELECT practitioner_id FROM users WHERE login = 'praticien'"_s);
        QVERIFY(q && q->next());
        m_ids[u"{D1}"_s] = q->value(0).toString();
        q = d.exec(u"SELECT id FROM practitioners WHERE id <> ? ORDER BY id LIMIT 1"_s, {m_ids[u"{D1}"_s]});
        QVERIFY(q && q->next());
        m_ids[u"{D2}"_s] = q->value(0).toString();
        q = d.exec(u"SELECT id FROM motifs WHERE practitioner_id = ? ORDER BY id LIMIT 1"_s, {m_ids[u"{D1}"_s]});
        QVERIFY(q && q->next());
        m_ids[u"{M}"_s] = q->value(0).toString();
        q = d.exec(u"SELECT id FROM patients ORDER BY id LIMIT 2"_s);
        QVERIFY(q && q->next());
        m_ids[u"{P}"_s] = q->value(0).toString();
        QVERIFY(q->next());
        m_ids[u"{P2}"_s] = q->value(0).toString();
        for (const auto &[key, practitioner] : {std::pair{u"{NO1}"_s, u"{D1}"_s}, std::pair{u"{NO2}"_s, u"{D2}"_s}}) {
            // A no-show of each practitioner (made one when the demo has none for them).
            q = d.exec(u"SELECT id FROM appointments WHERE practitioner_id = ? AND start_utc < ? "
                       "ORDER BY start_utc DESC LIMIT 1"_s,
                       {m_ids[practitioner],
                        QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone::utc()).toString(Qt::ISODate)});
            QVERIFY2(q && q->next(), qPrintable(key));
            m_ids[key] = q->value(0).toString();
            QVERIFY(d.exec(u"UPDATE appointments SET status = 'noshow', noshow_erased = 0 WHERE id = ?"_s, {m_ids[key]})
                        .ok());
        }
    }
}

QString TestRoles::copyFor(const QString &role)
{
    const QString dir = m_dir.filePath(role);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(u"practice.db"_s);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        QFile::remove(path + suffix);
        if (QFile::exists(m_template + suffix))
            QFile::copy(m_template + suffix, path + suffix);
    }
    QFile csv(QDir(dir).filePath(u"import.csv"_s));
    if (csv.open(QIODevice::WriteOnly))
        csv.write("external_id,birth_name,first_names,birth_date,sex\nOLD-77,VERMEULEN,Anke,12/03/1990,female\n");
    return path;
}

void TestRoles::everyCommandHasARow()
{
    // Every command that signs in has at least one row; init, demo and restore sign in otherwise
    // (tst_cli covers them).
    QSet<QString> covered;
    for (const Act &act : acts())
        covered.insert(act.args.first());
    for (const QString &command : Cli::commandNames()) {
        if (command == u"init"_s || command == u"demo"_s || command == u"restore"_s)
            continue;
        QVERIFY2(covered.contains(command), qPrintable(u"no row for "_s + command));
    }
}

void TestRoles::table_data()
{
    QTest::addColumn<QString>("login");
    for (const char *login : {"secretariat", "praticien", "admin", "ancien"})
        QTest::newRow(login) << QString::fromLatin1(login);
}

void TestRoles::table()
{
    QFETCH(QString, login);
    const QString path = copyFor(login);
    const QString dir = QFileInfo(path).absolutePath();
    test::useCliCredentials(m_dir.path(), login, QString::fromLatin1(DemoClinic::Password));
    QStringList wrong;
    for (const Act &act : acts()) {
        QStringList args{u"--db"_s, path, u"--json"_s, u"--now"_s, u"2026-11-23T09:00:00+01:00"_s};
        for (QString a : act.args) {
            for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
                a.replace(it.key(), it.value());
            args << a.replace(u"{DIR}"_s, dir);
        }
        const Run run = cli(args, act.input);
        const QString rule = ruleOf(run);
        const Gets expected = login == u"secretariat"_s ? act.secretary
            : login == u"praticien"_s                   ? act.practitioner
                                                        : act.administrator;
        QString problem;
        if (login == u"ancien"_s) {
            // A disabled account is refused at the door, whatever the act.
            if (run.code != 3 || rule != u"access.disabled"_s)
                problem = u"not refused as disabled"_s;
        } else if (expected == Gets::Allowed) {
            if (run.code != 0)
                problem = u"refused or failed"_s;
        } else if (expected == Gets::Refused) {
            if (run.code != 3 || !rule.startsWith(u"right."_s))
                problem = u"not refused for the rights"_s;
        } else if (rule.startsWith(u"right."_s) || rule.startsWith(u"access."_s) || run.code == 0) {
            problem = u"refused for the rights, or succeeded where it cannot"_s;
        }
        if (!problem.isEmpty())
            wrong << u"%1: %2 (exit %3, rule \"%4\"): %5"_s.arg(QString::fromLatin1(act.name), problem)
                         .arg(run.code)
                         .arg(rule, run.err.trimmed().left(300));
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
}

// The usual medication through the command line: the practitioner writes and reads it; the
// secretary's and the administrator's `patient show --json` have it empty and say it is
// withheld; the practice's rule lets the administrator read it.
void TestRoles::medicalContentWithheldFromTheCommandLine()
{
    const QString path = copyFor(u"medical"_s);
    const QString patient = m_ids.value(u"{P}"_s);
    QVERIFY(!patient.isEmpty());
    auto as = [&](const char *login, const QStringList &args) {
        test::useCliCredentials(m_dir.path(), QString::fromLatin1(login), QString::fromLatin1(DemoClinic::Password));
        return cli(QStringList{u"--db"_s, path, u"--json"_s} + args, QString());
    };
    auto shown = [&](const char *login) {
        const Run run = as(login, {u"patient"_s, u"show"_s, patient});
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    };
    const QString text = u"Metformine 1000 mg matin et soir"_s;
    const Run set = as("praticien", {u"patient"_s, u"medication"_s, patient, u"--set"_s, text});
    QVERIFY2(set.code == 0, qPrintable(set.err));
    QCOMPARE(shown("praticien").value(u"medication"_s).toString(), text);
    QCOMPARE(shown("praticien").value(u"medical_withheld"_s).toBool(), false);
    for (const char *login : {"secretariat", "admin"}) {
        const QJsonObject o = shown(login);
        QCOMPARE(o.value(u"medication"_s).toString(), QString());
        QCOMPARE(o.value(u"medical_withheld"_s).toBool(), true);
        const Run list = as(login, {u"patient"_s, u"list"_s, u"--limit"_s, u"10000"_s});
        QCOMPARE(list.code, 0);
        QVERIFY(!list.out.contains(u"Metformine"_s));
    }
    const Run allow = as("admin", {u"settings"_s, u"set"_s, u"medical.administrators_see"_s, u"yes"_s});
    QVERIFY2(allow.code == 0, qPrintable(allow.err));
    QCOMPARE(shown("admin").value(u"medication"_s).toString(), text);
    QCOMPARE(shown("secretariat").value(u"medication"_s).toString(), QString());
}

void TestRoles::filesAreTheOwnersOnly()
{
    // A fresh practice, its backup and its export: no group or other permission bit on any file
    // (the database, its WAL and shared memory, the backup, the CSV) nor on the folder made for them.
    // A permissive creation mask, as many desks have: the modes come from Guichet, not from it.
    const mode_t before = ::umask(022);
    const auto restore = qScopeGuard([before] { ::umask(before); });
    const QString dir = m_dir.filePath(u"fresh/practice"_s);
    const QString path = QDir(dir).filePath(u"cabinet.db"_s);
    QVERIFY(QDir().mkpath(QFileInfo(dir).absolutePath()));
    const Run init =
        cli({u"--db"_s, path, u"init"_s, u"--admin"_s, u"direction"_s}, u"une phrase longue pour le cabinet\n"_s);
    // The folder of a new database must exist: guichet-cli does not guess one.
    QCOMPARE(init.code, 2);
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    QCOMPARE(
        cli({u"--db"_s, path, u"init"_s, u"--admin"_s, u"direction"_s}, u"une phrase longue pour le cabinet\n"_s).code,
        0);
    test::useCliCredentials(m_dir.path(), u"direction"_s, u"une phrase longue pour le cabinet"_s);
    QCOMPARE(
        cli({u"--db"_s, path, u"import-patients"_s, copyFor(u"import"_s).replace(u"practice.db"_s, u"import.csv"_s)},
            {})
            .code,
        0);
    QCOMPARE(cli({u"--db"_s, path, u"backup"_s, QDir(dir).filePath(u"copie.db"_s)}, {}).code, 0);
    QCOMPARE(cli({u"--db"_s, path, u"export-patients"_s, QDir(dir).filePath(u"patients.csv"_s)}, {}).code, 0);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QStringList files = QDir(dir).entryList(QDir::Files | QDir::Hidden);
    QVERIFY2(files.contains(u"cabinet.db"_s) && files.contains(u"copie.db"_s) && files.contains(u"patients.csv"_s),
             qPrintable(files.join(u", "_s)));
    for (const QString &name : files) {
        const QFileInfo info(QDir(dir).filePath(name));
        QVERIFY2(!(info.permissions() & others), qPrintable(name + u" is readable or writable by others"_s));
    }
}

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
