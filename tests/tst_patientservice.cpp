#include "core/access/directory.h"
#include "core/agenda/appointmentservice.h"
#include "core/base/uuid.h"
#include "core/domain/patientfields.h"
#include "core/domain/text.h"
#include "core/identity/patientcsv.h"
#include "core/identity/patientservice.h"
#include "core/store/auditlog.h"
#include "core/store/changejournal.h"
#include "core/store/patientrepository.h"
#include "core/store/practicesettings.h"
#include "core/sync/fhirmapping.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guichet;
using namespace guichet::test;

class TestPatientService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void addWritesPatientAndJournalTogether();
    void invalidInputWritesNothing();
    void failedJournalRollsBackPatient();
    void searchFoldsAccentsCaseAndHyphens_data();
    void searchFoldsAccentsCaseAndHyphens();
    void searchByBirthDatePhoneAndIds();
    void searchRanksByClosenessWithBirthDates();
    void identityFieldsReadAsWords();
    void relatives();
    void relativeOfRelativeRefused();
    void unknownHolderRefused();
    void updateCorrectsAndJournals();
    void strictTraitChangeMakesIdentityProvisionalAgain();
    void identityDocumentRaisesStatus();
    void hiddenCharactersNeverKeptFromAnyDoor();
    void nirIsAnInsOnlyWhenQualified();
    void medicalContentOnlyForWhoMayReadIt();

private:
    Patient add(const QString &birthName, const QString &first, const QString &birth, const QString &sex,
                const QString &usage = {}, const QStringList &phones = {}, const QString &niss = {});
    std::unique_ptr<TempDatabase> m_t;
};

void TestPatientService::init()
{
    m_t = std::make_unique<TempDatabase>();
    addMiniPractice(m_t->db());
}

void TestPatientService::cleanup()
{
    m_t.reset();
}

Patient TestPatientService::add(const QString &birthName, const QString &first, const QString &birth,
                                const QString &sex, const QString &usage, const QStringList &phones,
                                const QString &niss)
{
    PatientInput in;
    in.birthName = birthName;
    in.firstNames = first;
    in.birthDate = birth;
    in.sex = sex;
    in.usageName = usage;
    in.phones = phones;
    in.niss = niss;
    const Session s = m_t->session(Role::Secretary);
    auto r = PatientService::add(s, in);
    if (!r)
        qFatal("add failed: %s", qPrintable(r.error().message));
    return r.value();
}

void TestPatientService::addWritesPatientAndJournalTogether()
{
    const Patient p = add(u"Dupont"_s, u"Marie"_s, u"1985-07-30"_s, u"female"_s);
    QVERIFY(isUuid(p.id));
    QCOMPARE(p.createdAt, m_t->clock().now());
    auto stored = PatientRepository(m_t->db()).byId(p.id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->birthName, u"Dupont"_s);
    QCOMPARE(stored->origin, PatientOrigin::Desk);
    const QList<JournalEntry> journal = ChangeJournal::forEntity(m_t->db(), u"patient"_s, p.id);
    QCOMPARE(journal.size(), 1);
    QCOMPARE(journal.first().operation, u"create"_s);
    QCOMPARE(journal.first().state, u"pending"_s);
    QCOMPARE(journal.first().payload.value(u"birth_name"_s).toString(), u"Dupont"_s);
}

void TestPatientService::invalidInputWritesNothing()
{
    PatientInput in;
    in.birthName = u"Dupont"_s;
    in.firstNames = u"Marie"_s;
    in.birthDate = u"1985-07-30"_s;
    in.sex = u"female"_s;
    in.niss = u"85073003329"_s;
    auto r = PatientService::add(m_t->session(), in);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Invalid);
    QCOMPARE(PatientRepository(m_t->db()).count(), 0);
    QCOMPARE(ChangeJournal::pendingCount(m_t->db()), 0);
}

void TestPatientService::failedJournalRollsBackPatient()
{
    // Make the journal refuse writes: the patient must not land without its journal entry.
    QVERIFY(m_t->db().exec(u"CREATE TRIGGER refuse_journal BEFORE INSERT ON change_journal "
                           "BEGIN SELECT RAISE(ABORT, 'journal unavailable'); END"_s));
    PatientInput in;
    in.birthName = u"Martin"_s;
    in.firstNames = u"Paul"_s;
    in.birthDate = u"1970-01-01"_s;
    in.sex = u"male"_s;
    auto r = PatientService::add(m_t->session(), in);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Io);
    QCOMPARE(PatientRepository(m_t->db()).count(), 0);
}

void TestPatientService::searchFoldsAccentsCaseAndHyphens_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("prefix") << u"dup"_s;
    QTest::newRow("upper case") << u"DUPONT"_s;
    QTest::newRow("second part of compound") << u"martin"_s;
    QTest::newRow("compound without hyphen") << u"dupont martin"_s;
    QTest::newRow("first name accent-less") << u"elodie"_s;
    QTest::newRow("first name with accent") << u"Élo"_s;
    QTest::newRow("name and first name") << u"dupont elo"_s;
    QTest::newRow("usage name") << u"lefe"_s;
}

void TestPatientService::searchFoldsAccentsCaseAndHyphens()
{
    QFETCH(QString, typed);
    const Patient p = add(u"Dupont-Martin"_s, u"Élodie"_s, u"1990-04-02"_s, u"female"_s, u"Lefèvre"_s);
    add(u"Peeters"_s, u"Jan"_s, u"1960-01-01"_s, u"male"_s);
    const QList<Patient> found = PatientRepository(m_t->db()).search(typed);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().id, p.id);
}

void TestPatientService::searchByBirthDatePhoneAndIds()
{
    const Patient p =
        add(u"Janssens"_s, u"Luc"_s, u"1985-07-30"_s, u"male"_s, QString(), {u"0470 12 34 56"_s}, u"85073003328"_s);
    add(u"Peeters"_s, u"Jan"_s, u"1960-01-01"_s, u"male"_s, QString(), {u"0499 11 22 33"_s});
    PatientRepository repo(m_t->db());
    for (const auto &typed : {u"30/07/1985"_s, u"0470 12"_s, u"+32 470"_s, u"850730"_s, u"85.07.30-033.28"_s}) {
        const QList<Patient> found = repo.search(typed);
        QVERIFY2(found.size() == 1 && found.first().id == p.id, qPrintable(typed));
    }
    QVERIFY(repo.search(u"zzz"_s).isEmpty());
    QVERIFY(repo.search(u"  "_s).isEmpty());
    QVERIFY(repo.search(u"\"dup*"_s).size() <= 1); // FTS syntax typed by a person is neutralised, not an error
}

// What the secretary typed whole comes first: "lejeune marc" lists LEJEUNE Marc before Marcel
// and before a name that only starts so; a year or a birth date typed with the name narrows it.
void TestPatientService::searchRanksByClosenessWithBirthDates()
{
    const Patient marc = add(u"Lejeune"_s, u"Marc"_s, u"1980-03-12"_s, u"male"_s);
    const Patient marcel = add(u"Lejeune"_s, u"Marcel"_s, u"1980-06-01"_s, u"male"_s);
    const Patient ville = add(u"Lejeuneville"_s, u"Marc"_s, u"1975-01-01"_s, u"male"_s);
    const Patient other = add(u"Abel"_s, u"Marc"_s, u"1980-02-02"_s, u"male"_s, u"Lejeune-Dufour"_s);
    for (int i = 0; i < 30; ++i) // many earlier records that match the beginnings only
        add(u"Lejeunesse%1"_s.arg(QChar(u'a' + i % 26)), u"Marcelin"_s, u"1980-01-01"_s, u"male"_s);
    PatientRepository repo(m_t->db());
    const QList<Patient> ranked = repo.search(u"lejeune marc"_s, 50);
    QVERIFY(ranked.size() >= 4);
    QCOMPARE(ranked.at(0).id, marc.id);
    // Then a name typed whole (the usage name too), then names that only start so.
    QCOMPARE(ranked.at(1).id, other.id);
    QCOMPARE(ranked.at(2).id, marcel.id);
    auto ids = [](const QList<Patient> &list) {
        QStringList out;
        for (const Patient &p : list)
            out << p.id;
        return out;
    };
    QVERIFY(ids(ranked).indexOf(ville.id) > 2);
    for (const Patient &p : repo.search(u"lejeune 1980"_s, 50))
        QCOMPARE(p.birthDate.year(), 1980);
    QCOMPARE(ids(repo.search(u"lejeune 1980"_s, 50)).mid(0, 2), (QStringList{marc.id, marcel.id}));
    QVERIFY(!ids(repo.search(u"lejeune 1980"_s, 50)).contains(ville.id));
    QCOMPARE(ids(repo.search(u"lej 12/03/1980"_s, 50)), QStringList{marc.id});
    QCOMPARE(ids(repo.search(u"lejeune 1980-03-12"_s, 50)), QStringList{marc.id});
    QCOMPARE(repo.search(u"lejeune marc 1980"_s, 50).first().id, marc.id);
}

// What the duplicates page compares reads as the desk reads: four-digit years, phones as
// dialled from the desk's country, countries and languages in words (never "BE", "fr", "8/04/05").
void TestPatientService::identityFieldsReadAsWords()
{
    Patient p;
    p.birthDate = QDate(2005, 4, 8);
    p.mobilePhone = u"+32479174631"_s;
    p.otherPhone = u"+33680608056"_s;
    p.country = u"BE"_s;
    p.language = u"nl"_s;
    QCOMPARE(PatientFields::displayValue(p, PatientField::BirthDate), u"08/04/2005"_s);
    QCOMPARE(PatientFields::displayValue(p, PatientField::MobilePhone, u"BE"_s), u"0479 17 46 31"_s);
    QVERIFY(
        PatientFields::displayValue(p, PatientField::OtherPhone, u"BE"_s).startsWith(u"+33"_s)); // abroad: as dialled
    QCOMPARE(PatientFields::displayValue(p, PatientField::Country), u"Belgium"_s); // GUICHET_LANGUAGE=en in the suite
    QCOMPARE(PatientFields::displayValue(p, PatientField::Language), u"Dutch"_s);
    QCOMPARE(PatientFields::countryLabel(u"ZZ"_s), u"ZZ"_s); // unknown: the code rather than nothing
}

void TestPatientService::relatives()
{
    const Patient holder = add(u"Lambert"_s, u"Sophie"_s, u"1980-03-12"_s, u"female"_s);
    PatientInput child;
    child.birthName = u"Lambert"_s;
    child.firstNames = u"Noah"_s;
    child.birthDate = u"2018-06-01"_s;
    child.sex = u"male"_s;
    child.holderId = holder.id;
    child.relationship = u"child"_s;
    auto r = PatientService::add(m_t->session(), child);
    QVERIFY(r.ok());
    const QList<Patient> relatives = PatientRepository(m_t->db()).relativesOf(holder.id);
    QCOMPARE(relatives.size(), 1);
    QCOMPARE(relatives.first().relationship, u"child"_s);
}

void TestPatientService::relativeOfRelativeRefused()
{
    const Patient holder = add(u"Lambert"_s, u"Sophie"_s, u"1980-03-12"_s, u"female"_s);
    PatientInput child;
    child.birthName = u"Lambert"_s;
    child.firstNames = u"Noah"_s;
    child.birthDate = u"2018-06-01"_s;
    child.sex = u"male"_s;
    child.holderId = holder.id;
    auto r = PatientService::add(m_t->session(), child);
    QVERIFY(r.ok());
    child.firstNames = u"Léo"_s;
    child.holderId = r->id;
    auto nested = PatientService::add(m_t->session(), child);
    QVERIFY(!nested.ok());
    QCOMPARE(nested.error().rule, u"holder.nested"_s);
}

void TestPatientService::unknownHolderRefused()
{
    PatientInput child;
    child.birthName = u"Lambert"_s;
    child.firstNames = u"Noah"_s;
    child.birthDate = u"2018-06-01"_s;
    child.sex = u"male"_s;
    child.holderId = u"00000000-0000-4000-8000-000000000000"_s;
    auto r = PatientService::add(m_t->session(), child);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().rule, u"holder"_s);
}

void TestPatientService::updateCorrectsAndJournals()
{
    const Patient p = add(u"Dupont"_s, u"Marie"_s, u"1985-07-30"_s, u"female"_s, {}, {u"0470 12 34 56"_s});
    PatientInput in = PatientService::inputOf(p);
    in.usageName = u"Martin"_s;
    in.phones = QStringList{u"+32 471 00 00 01"_s};
    in.email = u"marie.martin@example.be"_s;
    PatientService::Preferences prefs = PatientService::preferencesOf(p);
    prefs.notifySms = false;
    auto done = PatientService::update(m_t->session(Role::Secretary), p.id, in, prefs);
    QVERIFY2(done.ok(), qPrintable(done ? QString() : done.error().message));
    auto stored = PatientRepository(m_t->db()).byId(p.id);
    QCOMPARE(stored->usageName, u"Martin"_s);
    QCOMPARE(stored->mobilePhone, u"+32471000001"_s);
    QCOMPARE(stored->notifySms, false);
    QCOMPARE(stored->createdAt, p.createdAt);
    QCOMPARE(stored->origin, p.origin);
    const QList<JournalEntry> journal = ChangeJournal::forEntity(m_t->db(), u"patient"_s, p.id);
    QCOMPARE(journal.size(), 2);
    QCOMPARE(journal.last().operation, u"update"_s);
    // Bad input: a clear message, nothing written.
    in.email = u"marie@"_s;
    auto refused = PatientService::update(m_t->session(Role::Secretary), p.id, in, prefs);
    QVERIFY(!refused);
    QVERIFY(!refused.error().message.isEmpty());
    QCOMPARE(PatientRepository(m_t->db()).byId(p.id)->email, u"marie.martin@example.be"_s);
    QCOMPARE(ChangeJournal::forEntity(m_t->db(), u"patient"_s, p.id).size(), 2);
    QVERIFY(!PatientService::update(m_t->session(), u"nobody"_s, in, prefs));
    in.email.clear();
    in.holderId = p.id; // their own holder
    QCOMPARE(PatientService::update(m_t->session(), p.id, in, prefs).error().rule, u"holder"_s);
    // An account holder with relatives cannot become someone's relative.
    PatientInput child;
    child.birthName = u"Dupont"_s;
    child.firstNames = u"Léa"_s;
    child.birthDate = u"2015-02-03"_s;
    child.sex = u"female"_s;
    child.holderId = p.id;
    QVERIFY(PatientService::add(m_t->session(), child));
    const Patient other = add(u"Martin"_s, u"Paul"_s, u"1950-01-01"_s, u"male"_s);
    in.holderId = other.id;
    QCOMPARE(PatientService::update(m_t->session(), p.id, in, prefs).error().rule, u"holder.nested"_s);
}

void TestPatientService::strictTraitChangeMakesIdentityProvisionalAgain()
{
    const Patient p = add(u"Lambert"_s, u"Jean"_s, u"1970-02-03"_s, u"male"_s);
    QVERIFY(PatientService::checkIdentityDocument(m_t->session(), p.id, u"id-card"_s));
    QCOMPARE(PatientRepository(m_t->db()).byId(p.id)->identityStatus, IdentityStatus::Validated);
    // A complementary trait: the status holds.
    PatientInput in = PatientService::inputOf(*PatientRepository(m_t->db()).byId(p.id));
    in.city = u"Namur"_s;
    in.postcode = u"5000"_s;
    in.country = u"BE"_s;
    auto kept = PatientService::update(m_t->session(), p.id, in, {});
    QVERIFY2(kept.ok(), qPrintable(kept ? QString() : kept.error().message));
    QCOMPARE(kept->identityStatus, IdentityStatus::Validated);
    // A strict trait: provisional again, and audited with before and after.
    in.birthDate = u"1970-03-02"_s;
    auto changed = PatientService::update(m_t->session(), p.id, in, {});
    QVERIFY(changed.ok());
    QCOMPARE(changed->identityStatus, IdentityStatus::Provisional);
    const QList<AuditEntry> audit = AuditLog::forEntity(m_t->db(), u"patient"_s, p.id);
    QVERIFY(std::any_of(audit.cbegin(), audit.cend(), [](const AuditEntry &e) {
        return e.action == u"patient.strict-traits"_s
            && e.details.value(u"before"_s).toObject().value(u"birth_date"_s).toString() == u"1970-02-03"_s
            && e.details.value(u"status_after"_s).toString() == u"provisional"_s;
    }));
}

void TestPatientService::identityDocumentRaisesStatus()
{
    const Patient adult = add(u"Peeters"_s, u"An"_s, u"1990-04-05"_s, u"female"_s);
    const Patient child = add(u"Peeters"_s, u"Lien"_s, u"2018-04-05"_s, u"female"_s);
    QCOMPARE(PatientService::checkIdentityDocument(m_t->session(), adult.id, u"library-card"_s).error().rule,
             u"identity.document"_s);
    QCOMPARE(PatientService::checkIdentityDocument(m_t->session(), adult.id, u"family-record-book"_s).error().rule,
             u"identity.document"_s);
    QCOMPARE(PatientService::checkIdentityDocument(m_t->session(), child.id, u"family-record-book"_s)->identityStatus,
             IdentityStatus::Validated);
    // Retrieved (from the national teleservice) and checked at the desk: qualified.
    QVERIFY(m_t->db().exec(u"UPDATE patients SET identity_status = 'retrieved' WHERE id = ?"_s, {adult.id}));
    QCOMPARE(PatientService::checkIdentityDocument(m_t->session(Role::Secretary), adult.id, u"eid"_s)->identityStatus,
             IdentityStatus::Qualified);
    const QList<AuditEntry> audit = AuditLog::forEntity(m_t->db(), u"patient"_s, adult.id);
    QVERIFY(std::any_of(audit.cbegin(), audit.cend(),
                        [](const AuditEntry &e) { return e.action == u"patient.identity-checked"_s; }));
    // A doubtful identity is not validated until the doubt is cleared.
    PatientService::Preferences doubt;
    doubt.doubtful = true;
    QVERIFY(PatientService::update(m_t->session(), child.id, PatientService::inputOf(child), doubt));
    QCOMPARE(PatientService::checkIdentityDocument(m_t->session(), child.id, u"passport"_s).error().rule,
             u"identity.doubtful"_s);
}

// Right-to-left overrides, zero-width characters and terminal escape codes never reach what
// people read: typed at the desk, imported from a file, received from the central agenda, in an
// appointment's note. Each is stored without them (or, in a name, refused when nothing is left).
void TestPatientService::hiddenCharactersNeverKeptFromAnyDoor()
{
    const QString rlo = QString(QChar(0x202E));
    const QString zwsp = QString(QChar(0x200B));
    const QString lri = QString(QChar(0x2066));
    const QString esc = u"\x1b[31m"_s;
    auto hasHidden = [](const QString &text) {
        for (const QChar c : text)
            if (Text::isHidden(c, true))
                return true;
        return false;
    };
    const Session s = m_t->session(Role::Secretary);

    // Typed.
    PatientInput in;
    in.birthName = u"Du"_s + zwsp + u"pont"_s;
    in.firstNames = u"Marie"_s + lri;
    in.birthDate = u"1980-02-03"_s;
    in.sex = u"female"_s;
    in.address = u"rue de la "_s + rlo + u"Gare 12"_s;
    in.city = esc + u"Namur"_s;
    auto typed = PatientService::add(s, in);
    QVERIFY2(typed.ok(), typed.ok() ? "" : qPrintable(typed.error().message));
    QCOMPARE(typed->birthName, u"Dupont"_s);
    QCOMPARE(typed->firstNames, u"Marie"_s);
    QCOMPARE(typed->address, u"rue de la Gare 12"_s);
    QCOMPARE(typed->city, u"[31mNamur"_s); // the escape removed; what is left is visible text
    QVERIFY(!hasHidden(typed->address + typed->city + typed->birthName + typed->firstNames));

    // Imported.
    QFile csv(m_t->dir() + u"/caches.csv"_s);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write((u"external_id,birth_name,first_names,sex,birth_date,address,city\n"
               "X-1,Pee"_s
               + zwsp + u"ters,Anne,F,1975-05-06,Grand-Place "_s + rlo + u"1,Li"_s + lri + u"ège\n"_s)
                  .toUtf8());
    csv.close();
    auto report = PatientCsv::import(m_t->session(), csv.fileName(), false);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QCOMPARE(report->imported, 1);
    auto imported = PatientRepository(m_t->db()).byId(PatientRepository(m_t->db()).resolveId(u"X-1"_s));
    QVERIFY(imported.ok());
    QCOMPARE(imported->birthName, u"Peeters"_s);
    QCOMPARE(imported->address, u"Grand-Place 1"_s);
    QCOMPARE(imported->city, u"Liège"_s);

    // Received.
    const QString family = u"Ja"_s + rlo + u"nssens"_s;
    const QString given = esc + u"Luc"_s;
    const QString line = u"Meir "_s + zwsp + u"2"_s;
    const QString town = u"Antwerpen"_s + lri;
    QJsonObject name{{u"family"_s, family}, {u"given"_s, QJsonArray{given}}};
    QJsonObject address{{u"line"_s, QJsonArray{line}}, {u"city"_s, town}};
    QJsonObject resource{{u"resourceType"_s, u"Patient"_s},
                         {u"id"_s, u"srv-1"_s},
                         {u"gender"_s, u"male"_s},
                         {u"birthDate"_s, u"1990-01-02"_s}};
    resource[u"name"_s] = QJsonArray{name};
    resource[u"address"_s] = QJsonArray{address};
    auto received = FhirMapping::readPatient(resource);
    QVERIFY(received.ok());
    QCOMPARE(received->patient.birthName, u"Janssens"_s);
    QCOMPARE(received->patient.firstNames, u"[31mLuc"_s);
    QCOMPARE(received->patient.address, u"Meir 2"_s);
    QCOMPARE(received->patient.city, u"Antwerpen"_s);
    // A name made only of hidden characters is no name: without its birth name the identity
    // is one to complete (kept, doubtful); with no name at all, refused.
    QJsonObject empty = resource;
    const QString invisible = rlo + zwsp;
    QJsonObject hiddenName{{u"family"_s, invisible}, {u"given"_s, QJsonArray{u"Luc"_s}}};
    empty[u"name"_s] = QJsonArray{hiddenName};
    auto toComplete = FhirMapping::readPatient(empty);
    QVERIFY(toComplete.ok());
    QCOMPARE(toComplete->patient.birthName, QString());
    QVERIFY(toComplete->patient.doubtful);
    empty[u"name"_s] = QJsonArray{QJsonObject{{u"family"_s, invisible}, {u"given"_s, QJsonArray{invisible}}}};
    QVERIFY(!FhirMapping::readPatient(empty).ok());
    in.birthName = rlo + zwsp;
    QCOMPARE(PatientService::add(s, in).error().rule, u"name.required"_s);
}

// FR Core's INS-NIR slice: the NIR goes under the INS OID, with use official and type INS-NIR,
// only for a qualified identity; otherwise under Guichet's own system, never as an INS. Both
// are read back.
void TestPatientService::nirIsAnInsOnlyWhenQualified()
{
    const FhirMapping mapping(u"urn:guichet:test"_s, [](const QString &, const QString &) { return QString(); });
    Patient p;
    p.id = newUuid();
    p.birthName = u"Martin"_s;
    p.firstNames = u"Léa"_s;
    p.birthDate = QDate(1985, 7, 3);
    p.sex = Sex::Female;
    p.nir = u"285076912345678"_s;
    auto identifierOf = [](const QJsonObject &resource, const QString &system) {
        for (const QJsonValue &v : resource.value(u"identifier"_s).toArray())
            if (v.toObject().value(u"system"_s).toString() == system)
                return v.toObject();
        return QJsonObject();
    };
    const QString ins = u"urn:oid:1.2.250.1.213.1.4.8"_s;
    for (const IdentityStatus status : {IdentityStatus::Provisional, IdentityStatus::Retrieved,
                                        IdentityStatus::Validated, IdentityStatus::Qualified}) {
        p.identityStatus = status;
        QJsonObject resource = mapping.patient(p);
        const QJsonObject asIns = identifierOf(resource, ins);
        if (status == IdentityStatus::Qualified) {
            QCOMPARE(asIns.value(u"value"_s).toString(), p.nir);
            QCOMPARE(asIns.value(u"use"_s).toString(), u"official"_s);
            const QJsonObject coding =
                asIns.value(u"type"_s).toObject().value(u"coding"_s).toArray().first().toObject();
            QCOMPARE(coding.value(u"system"_s).toString(),
                     u"https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203"_s);
            QCOMPARE(coding.value(u"code"_s).toString(), u"INS-NIR"_s);
            QVERIFY(identifierOf(resource, u"urn:guichet:nir"_s).isEmpty());
        } else {
            QVERIFY(asIns.isEmpty());
            QCOMPARE(identifierOf(resource, u"urn:guichet:nir"_s).value(u"value"_s).toString(), p.nir);
        }
        // Read back either way.
        resource[u"id"_s] = u"srv-nir"_s;
        auto back = FhirMapping::readPatient(resource);
        QVERIFY(back.ok());
        QCOMPARE(back->patient.nir, p.nir);
    }
}

QTEST_GUILESS_MAIN(TestPatientService)
// The usual medication (issue 35, part 4): practitioners read and write it; secretaries see that
// something is there, never what, through every door (the directory, show, a correction's
// answer); administrators only when the practice allows it; the audit keeps that it changed,
// not the text; a secretary's correction of the record never empties it.
void TestPatientService::medicalContentOnlyForWhoMayReadIt()
{
    const Patient p = add(u"Médicis"_s, u"Catherine"_s, u"1960-04-13"_s, u"female"_s);
    const Session practitioner = m_t->session(Role::Practitioner);
    const Session secretary = m_t->session(Role::Secretary);
    const Session admin = m_t->session(Role::Administrator);
    const QString text = u"Lévothyroxine 75 µg le matin\nAllergie : pénicilline"_s;

    // Only who may read it writes it.
    auto refused = PatientService::setMedication(secretary, p.id, text);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    QVERIFY(!PatientService::setMedication(admin, p.id, text));
    QVERIFY(PatientRepository(m_t->db()).byId(p.id)->medication.isEmpty());
    auto written = PatientService::setMedication(practitioner, p.id, text);
    QVERIFY(written);
    QCOMPARE(written->medication, text);
    QCOMPARE(PatientRepository(m_t->db()).byId(p.id)->medication, text);
    // Audited without its text.
    const QList<AuditEntry> audit = AuditLog::forEntity(m_t->db(), u"patient"_s, p.id);
    auto entry = std::find_if(audit.cbegin(), audit.cend(),
                              [](const AuditEntry &e) { return e.action == u"patient.medical"_s; });
    QVERIFY(entry != audit.cend());
    QCOMPARE(entry->entityId, p.id);
    QVERIFY(!QJsonDocument(entry->details).toJson().contains("thyrox"));
    QVERIFY(!entry->reason.contains(u"thyrox"_s));
    // Bad input: a clear refusal, nothing changed.
    QVERIFY(!PatientService::setMedication(practitioner, p.id, QString(2001, u'x')));
    QVERIFY(!PatientService::setMedication(practitioner, p.id, u"bad\u0007bell"_s));
    QCOMPARE(PatientRepository(m_t->db()).byId(p.id)->medication, text);

    // Read: the practitioner whole; the secretary and the administrator, withheld.
    QCOMPARE(PatientDirectory(practitioner).byId(p.id)->medication, text);
    QVERIFY(!PatientDirectory(practitioner).byId(p.id)->medicalWithheld);
    for (const Session *reader : {&secretary, &admin}) {
        const Patient seen = *PatientDirectory(*reader).byId(p.id);
        QVERIFY(seen.medication.isEmpty());
        QVERIFY(seen.medicalWithheld);
        QVERIFY(PatientService::show(*reader, p.id)->medicalWithheld);
        const QList<Patient> found = *PatientDirectory(*reader).search(u"Médicis"_s);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().medication.isEmpty() && found.first().medicalWithheld);
        const QList<Patient> everyone = PatientDirectory(*reader).list(1000).value();
        for (const Patient &listed : everyone)
            QVERIFY(listed.medication.isEmpty());
    }
    // Nothing recorded: nothing said to be withheld.
    const Patient other = add(u"Valois"_s, u"Marguerite"_s, u"1953-05-14"_s, u"female"_s);
    QVERIFY(!PatientDirectory(secretary).byId(other.id)->medicalWithheld);

    // A secretary corrects the record: the medication stays, and her answer does not show it.
    PatientInput in = PatientService::inputOf(*PatientDirectory(secretary).byId(p.id));
    in.email = u"catherine@example.org"_s;
    auto corrected = PatientService::update(secretary, p.id, in,
                                            PatientService::preferencesOf(*PatientRepository(m_t->db()).byId(p.id)));
    QVERIFY(corrected);
    QVERIFY(corrected->medication.isEmpty() && corrected->medicalWithheld);
    QCOMPARE(PatientRepository(m_t->db()).byId(p.id)->medication, text);
    QCOMPARE(PatientRepository(m_t->db()).byId(p.id)->email, u"catherine@example.org"_s);

    // The practice lets its administrators read it.
    QVERIFY(PracticeSettings(m_t->db()).write(QString::fromLatin1(PracticeSettings::AdministratorsSeeMedical), u"1"_s));
    QCOMPARE(PatientDirectory(admin).byId(p.id)->medication, text);
    QVERIFY(PatientService::setMedication(admin, p.id, QString()));
    QVERIFY(PatientDirectory(secretary).byId(p.id)->medication.isEmpty());
    QVERIFY(!PatientDirectory(secretary).byId(p.id)->medicalWithheld); // cleared: nothing left to withhold
}

#include "tst_patientservice.moc"
