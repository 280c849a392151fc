// The one table of a patient's fields (PatientFields): every member of Patient has its row or
// is named below as the record's own bookkeeping; each row reads and copies its own member; the
// CSV, the JSON, the three-way merge with the central agenda and the merge screen follow it.
#include "core/domain/jsonformat.h"
#include "core/domain/patientfields.h"
#include "core/identity/mergeservice.h"
#include "core/identity/patientcsv.h"
#include "core/identity/patientinput.h"
#include "core/identity/patientservice.h"
#include "core/store/migrations.h"
#include "core/store/patientrepository.h"
#include "core/sync/fhirmapping.h"

#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <cstddef>

using namespace Qt::StringLiterals;
using namespace guichet;

namespace {

// Counts an aggregate's members: the most values `T{...}` accepts, each convertible to anything.
struct AnyMember
{
    template <class T>
    operator T() const; // never called: only asked about in requires-expressions
};

template <class T, class... Members>
constexpr std::size_t memberCount()
{
    if constexpr (requires { T{Members{}..., AnyMember{}}; })
        return memberCount<T, Members..., AnyMember>();
    else
        return sizeof...(Members);
}

// What the record keeps about itself, not a field anyone fills: the table leaves them out.
// birthPrecision travels with birthDate (the BirthDate row reads and writes both).
const QStringList kBookkeeping = {u"id"_s,
                                  u"birthPrecision"_s,
                                  u"origin"_s,
                                  u"createdAt"_s,
                                  u"updatedAt"_s,
                                  u"serverId"_s,
                                  u"version"_s,
                                  u"externalId"_s,
                                  u"medicalWithheld"_s}; // how it was read (PatientFields::withholdMedical)

// Every row's member away from its default.
Patient everyFieldSet()
{
    Patient p;
    p.birthName = u"Dupont"_s;
    p.usageName = u"Martin"_s;
    p.firstNames = u"Marie Claire"_s;
    p.usedFirstName = u"Claire"_s;
    p.sex = Sex::Female;
    p.setBirth(PartialDate::of(1985, 7, 0));
    p.birthPlaceCode = u"99131"_s;
    p.niss = u"85073000259"_s;
    p.nir = u"285077510812345"_s;
    p.mobilePhone = u"+32470112233"_s;
    p.otherPhone = u"+3221234567"_s;
    p.email = u"marie@example.be"_s;
    p.address = u"Rue Haute 12"_s;
    p.postcode = u"1000"_s;
    p.city = u"Bruxelles"_s;
    p.country = u"BE"_s;
    p.language = u"nl"_s;
    p.treatingPhysician = u"Dr Lambert"_s;
    p.medication = u"Lévothyrox 50"_s;
    p.identityStatus = IdentityStatus::Validated;
    p.deceased = true;
    p.homonym = true;
    p.doubtful = true;
    p.notifySms = false;
    p.notifyEmail = false;
    p.holderId = u"holder"_s;
    p.relationship = u"child"_s;
    p.active = false;
    p.replacedBy = u"survivor"_s;
    return p;
}

} // namespace

class TestPatientFields : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyMemberHasItsRow();
    void rowsAreDeclaredOnce();
    void eachRowReadsAndCopiesItsOwnMember();
    void theJsonAndTheCentralAgendaCarryTheFields();
    void theMergeScreenListsTheChosenFields();
    void theValidatorReportsByRow();
    void csvCarriesItsColumnsBothWays();
    void oldSyncBasesAreRenamed();
};

void TestPatientFields::everyMemberHasItsRow()
{
    // A member added to Patient without its row in patientfields.cpp (or, for bookkeeping,
    // its name above) fails here: the CSV, the merge, the history and the sync would miss it.
    constexpr std::size_t members = memberCount<Patient>();
    static_assert(members > 30, "the member count reads the aggregate");
    QCOMPARE(qsizetype(members), PatientFields::all().size() + kBookkeeping.size());
}

void TestPatientFields::rowsAreDeclaredOnce()
{
    QSet<QString> codes;
    QSet<QString> columns;
    for (qsizetype i = 0; i < PatientFields::all().size(); ++i) {
        const PatientFieldSpec &s = PatientFields::all().at(i);
        QCOMPARE(qsizetype(s.field), i); // spec(field) indexes the table
        const QString code = QLatin1String(s.code);
        QVERIFY2(!codes.contains(code), qPrintable(code));
        codes.insert(code);
        QCOMPARE(PatientFields::byCode(code), &s);
        QVERIFY2(!PatientFields::label(s.field).isEmpty() && PatientFields::label(s.field) != code, s.code);
        QVERIFY2(s.get && s.copy, s.code);
        if (s.csv) {
            QVERIFY2(s.read, s.code); // a column is read back
            QVERIFY(!columns.contains(QLatin1String(s.csv)));
            columns.insert(QLatin1String(s.csv));
        } else {
            QVERIFY2(!s.read && !s.csvSql, s.code);
        }
    }
    QCOMPARE(PatientFields::byCode(u"birth_place"_s), nullptr); // one spelling: birth_place_code
    QCOMPARE(PatientFields::label(u"not_a_field"_s), u"not_a_field"_s);
}

void TestPatientFields::eachRowReadsAndCopiesItsOwnMember()
{
    const Patient full = everyFieldSet();
    const Patient blank;
    for (const PatientFieldSpec &row : PatientFields::all()) {
        QVERIFY2(row.get(full) != row.get(blank), row.code); // the test patient sets it
        Patient t;
        row.copy(t, full);
        QVERIFY2(row.get(t) == row.get(full), row.code);
        // Only its own member: every other row still reads the default.
        for (const PatientFieldSpec &other : PatientFields::all()) {
            if (other.field != row.field)
                QVERIFY2(other.get(t) == other.get(blank),
                         qPrintable(u"%1 touched %2"_s.arg(QLatin1String(row.code), QLatin1String(other.code))));
        }
    }
    // The birth date's row carries its precision.
    Patient t;
    PatientFields::spec(PatientField::BirthDate).copy(t, full);
    QCOMPARE(t.birth(), full.birth());
    QCOMPARE(PatientFields::text(full, PatientField::BirthDate), u"1985-07"_s);
    QCOMPARE(PatientFields::text(full, PatientField::Deceased), u"true"_s);
}

void TestPatientFields::theJsonAndTheCentralAgendaCarryTheFields()
{
    const Patient full = everyFieldSet();
    const QJsonObject json = Json::patient(full);
    const QJsonObject synced = FhirMapping::fields(full);
    QSet<QString> names;
    for (const PatientFieldSpec &s : PatientFields::all()) {
        const QString code = QLatin1String(s.code);
        QCOMPARE(json.value(code), s.get(full));
        QCOMPARE(synced.contains(code), s.synced);
        if (s.synced)
            names.insert(code);
    }
    QCOMPARE(json.value(u"birth_date"_s).toString(), u"1985-07"_s);
    QVERIFY(Json::patient(Patient{}).value(u"holder_id"_s).isNull()); // links: null when empty
    // What the three-way merge takes from the other side is every synchronised field, nothing else.
    Patient merged;
    FhirMapping::copyFields(merged, full, names);
    for (const PatientFieldSpec &s : PatientFields::all())
        QCOMPARE(s.get(merged) == s.get(full), s.synced || s.get(full) == s.get(Patient{}));
    QCOMPARE(FhirMapping::fields(merged), synced);
}

void TestPatientFields::theMergeScreenListsTheChosenFields()
{
    test::TempDatabase t;
    const Session session = t.session();
    Patient a = everyFieldSet();
    a.id = u"a"_s;
    a.active = true;
    a.replacedBy.clear();
    a.holderId.clear();
    a.doubtful = false;
    Patient b = a;
    b.id = u"b"_s;
    b.usedFirstName = u"Marie"_s;
    b.medication.clear();
    b.setBirth(PartialDate::of(1985, 7, 30));
    b.mobilePhone = u"+32470998877"_s;
    PatientRepository repository(t.db());
    QVERIFY(repository.insert(a));
    QVERIFY(repository.insert(b));
    const auto plan = MergeService::plan(session, a.id, b.id);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
    QStringList fields;
    for (const FieldDifference &d : plan->differences) {
        fields << d.field;
        QCOMPARE(d.label, PatientFields::label(d.field));
    }
    QCOMPARE(fields, (QStringList{u"used_first_name"_s, u"birth_date"_s, u"mobile_phone"_s, u"medication"_s}));
    QVERIFY(plan->differences.at(1).strict);
    QVERIFY(!plan->differences.at(0).strict);
}

void TestPatientFields::theValidatorReportsByRow()
{
    // Each wrong value is reported under its row, so the CSV import names the file's column,
    // the editor marks its field and a received record drops that field alone.
    PatientInput in;
    in.birthName = u"Dup0nt"_s;
    in.birthDate = u"31/02/1985"_s;
    in.sex = u"Z"_s;
    in.usageName = u"<b>Martin</b>"_s;
    in.niss = u"85073000258"_s; // check digits wrong
    in.phones = {u"12"_s};
    in.email = u"marie@"_s;
    in.country = u"Belgique"_s;
    in.postcode = u"10"_s;
    in.language = u"de"_s;
    Patient p;
    QList<PatientField> fields;
    QString countryMessage;
    for (const FieldError &e : PatientValidator::check(in, QDate(2026, 11, 23), u"BE"_s, &p)) {
        fields << e.field;
        if (e.field == PatientField::Country)
            countryMessage = e.error.message;
    }
    QCOMPARE(fields,
             (QList<PatientField>{PatientField::BirthName, PatientField::FirstNames, PatientField::BirthDate,
                                  PatientField::Sex, PatientField::UsageName, PatientField::Country, PatientField::Niss,
                                  PatientField::MobilePhone, PatientField::Email, PatientField::Postcode,
                                  PatientField::Language}));
    QVERIFY2(countryMessage.contains(u"Belgique"_s), qPrintable(countryMessage));
    QCOMPARE(p.country, u"BE"_s); // the site's, not "BELGIQUE"
}

void TestPatientFields::csvCarriesItsColumnsBothWays()
{
    // Every column the table gives CSV leaves in an export and comes back in an import.
    test::TempDatabase from;
    test::addMiniPractice(from.db());
    PatientInput in;
    in.birthName = u"Dupont"_s;
    in.usageName = u"Martin"_s;
    in.firstNames = u"Marie Claire"_s;
    in.usedFirstName = u"Claire"_s;
    in.sex = u"F"_s;
    in.birthDate = u"07/1985"_s;
    in.birthPlaceCode = u"99131"_s;
    in.niss = u"85073000259"_s;
    in.phones = {u"+32470112233"_s};
    in.email = u"marie@example.be"_s;
    in.address = u"Rue Haute 12, bte 3"_s;
    in.postcode = u"1000"_s;
    in.city = u"Bruxelles"_s;
    in.country = u"BE"_s;
    in.language = u"nl"_s;
    const auto added = PatientService::add(from.session(), in);
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    const QString file = from.dir() + u"/patients.csv"_s;
    QCOMPARE(PatientCsv::exportTo(from.session(), file).value(), 1);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(written.readLine()).trimmed(), PatientCsv::columns().join(u','));

    test::TempDatabase to;
    test::addMiniPractice(to.db());
    const auto report = PatientCsv::import(to.session(), file, false);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->imported, 1);
    QCOMPARE(report->problems.size(), 1); // only: a desk's patient has no external identifier
    QCOMPARE(report->problems.first().field, u"external_id"_s);
    const QList<Patient> back = PatientRepository(to.db()).list(10);
    QCOMPARE(back.size(), 1);
    int compared = 0;
    for (const PatientFieldSpec &s : PatientFields::all()) {
        if (!s.csv)
            continue;
        QVERIFY2(s.get(back.first()) == s.get(*added), s.code);
        QVERIFY2(s.get(back.first()) != s.get(Patient{}) || s.field == PatientField::Nir, s.code);
        ++compared;
    }
    QCOMPARE(compared, PatientFields::csvColumns().size());
}

void TestPatientFields::oldSyncBasesAreRenamed()
{
    // Bases of the three-way merge and conflicts written before the table said "birth_place" and
    // kept the birth date's precision apart: schema 14 renames them.
    test::TempDatabase t;
    const QJsonObject old{{u"birth_name"_s, u"Haddad"_s},
                          {u"birth_date"_s, u"1962-01-01"_s},
                          {u"birth_precision"_s, u"year"_s},
                          {u"birth_place"_s, u"99352"_s}};
    const QString text = QString::fromUtf8(QJsonDocument(old).toJson(QJsonDocument::Compact));
    QVERIFY(t.db().exec(u"INSERT INTO sync_links(resource_type, local_id, server_id, version, shadow, synced_at) "
                        "VALUES ('Patient', 'p1', 's1', '1', ?, 0)"_s,
                        {text}));
    QVERIFY(t.db().exec(u"INSERT INTO sync_conflicts(id, resource_type, local_id, kind, fields, local, remote, "
                        "created_at) VALUES ('c1', 'Patient', 'p1', 'fields', ?, ?, ?, 0)"_s,
                        {u"[\"birth_place\",\"birth_precision\",\"birth_date\"]"_s, text, text}));
    const auto statements = migrationStatements(14);
    QVERIFY(statements);
    for (const QString &statement : *statements)
        QVERIFY2(t.db().exec(statement), qPrintable(statement));
    const QJsonObject expected{
        {u"birth_name"_s, u"Haddad"_s}, {u"birth_date"_s, u"1962"_s}, {u"birth_place_code"_s, u"99352"_s}};
    auto read = [&t](const QString &sql) {
        auto r = t.db().exec(sql);
        return r && r->next() ? r->value(0).toString() : QString();
    };
    QCOMPARE(QJsonDocument::fromJson(read(u"SELECT shadow FROM sync_links"_s).toUtf8()).object(), expected);
    QCOMPARE(QJsonDocument::fromJson(read(u"SELECT local FROM sync_conflicts"_s).toUtf8()).object(), expected);
    QCOMPARE(QJsonDocument::fromJson(read(u"SELECT remote FROM sync_conflicts"_s).toUtf8()).object(), expected);
    QStringList fields;
    for (const QJsonValue v : QJsonDocument::fromJson(read(u"SELECT fields FROM sync_conflicts"_s).toUtf8()).array())
        fields << v.toString();
    fields.sort();
    QCOMPARE(fields, (QStringList{u"birth_date"_s, u"birth_place_code"_s}));
}

QTEST_GUILESS_MAIN(TestPatientFields)
#include "tst_patientfields.moc"
