#include "core/agenda/appointmentservice.h"
#include "core/agenda/noshowservice.h"
#include "core/identity/duplicatefinder.h"
#include "core/identity/mergeservice.h"
#include "core/identity/patientservice.h"
#include "core/store/appointmentrepository.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/patientrepository.h"
#include "tests/support/testsupport.h"

#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guichet;
using namespace guichet::test;

template <typename T>
QString ruleOf(const Result<T> &r)
{
    return r ? u"<done>"_s : r.error().rule;
}

class TestMerge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void everyPatientReferenceIsCovered();
    void mergeThenUnmergeRestoresEveryTable();
    void mergeMovesEverythingAndLinks();
    void refusals();
    void unmergeRefusesWhenChangedSinceAndChainsInReverse();
    void aFailedMergeLeavesNothing();
    void notTheSamePersonIsRemembered();
    void splitMovesChosenAppointments();
    void keptRecordStaysCoherent();
    void medicalContentMergedUnseen();

private:
    QString addPatient(const QString &birthName, const QString &firstNames, const QString &birth,
                       const QString &sex = u"female"_s, const QString &extraPhone = {}, const QString &holder = {});
    Appointment book(const QString &patientId, int dayOffset, int hour);
    QMap<QString, QStringList> dumpTables();
    std::unique_ptr<TempDatabase> m_t;
    MiniPractice m_practice;
};

void TestMerge::init()
{
    m_t = std::make_unique<TempDatabase>();
    m_practice = addMiniPractice(m_t->db());
}

void TestMerge::cleanup()
{
    m_t.reset();
}

QString TestMerge::addPatient(const QString &birthName, const QString &firstNames, const QString &birth,
                              const QString &sex, const QString &extraPhone, const QString &holder)
{
    PatientInput in;
    in.birthName = birthName;
    in.firstNames = firstNames;
    in.birthDate = birth;
    in.sex = sex;
    if (!extraPhone.isEmpty())
        in.phones << extraPhone;
    in.holderId = holder;
    if (!holder.isEmpty())
        in.relationship = u"child"_s;
    auto p = PatientService::add(m_t->session(), in);
    if (!p)
        qFatal("addPatient: %s", qPrintable(p.error().message));
    return p->id;
}

Appointment TestMerge::book(const QString &patientId, int dayOffset, int hour)
{
    AppointmentDraft d;
    d.practitionerId = m_practice.practitionerId;
    d.patientId = patientId;
    d.motifId = m_practice.consultationId;
    d.start = QDateTime(QDate(2026, 11, 24).addDays(dayOffset), QTime(hour, 0),
                        QTimeZone(QByteArrayLiteral("Europe/Brussels")));
    auto a = AppointmentService::create(m_t->session(Role::Secretary), d);
    if (!a)
        qFatal("book: %s", qPrintable(a.error().message));
    return *a;
}

// Every table a merge may touch, whole, except the journals that record the acts themselves.
QMap<QString, QStringList> TestMerge::dumpTables()
{
    static const QStringList skipped = {u"audit_log"_s, u"change_journal"_s, u"patient_merges"_s, u"merge_moves"_s,
                                        u"sqlite_sequence"_s};
    QMap<QString, QStringList> out;
    auto tables =
        m_t->db().exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'patient_search%'"_s);
    QStringList names;
    while (tables && tables->next())
        names << tables->value(0).toString();
    names << u"patient_search"_s; // its text, not the FTS shadow tables' layout
    for (const QString &table : std::as_const(names)) {
        if (skipped.contains(table))
            continue;
        const QString sql = table == u"patient_search"_s
            ? u"SELECT rowid, search_text FROM patient_search ORDER BY rowid"_s
            : u"SELECT * FROM "_s + table + u" ORDER BY 1, 2"_s;
        auto r = m_t->db().exec(sql);
        QStringList rows;
        while (r && r->next()) {
            QStringList cells;
            for (int i = 0; i < r->record().count(); ++i)
                cells << (r->value(i).isNull() ? u"NULL"_s : r->value(i).toString());
            rows << cells.join(u'|');
        }
        out.insert(table, rows);
    }
    return out;
}

void TestMerge::everyPatientReferenceIsCovered()
{
    QSet<QString> covered;
    for (const PatientReference &r : MergeService::repointed() + MergeService::keptWithRecord())
        covered.insert(r.table + u'.' + r.column);
    auto refs = m_t->db().exec(uR"(SELECT m.name, p."from" FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) p
        WHERE m.type = 'table' AND p."table" = 'patients')"_s);
    QVERIFY(refs.ok());
    int found = 0;
    while (refs->next()) {
        const QString column = refs->value(0).toString() + u'.' + refs->value(1).toString();
        QVERIFY2(covered.contains(column),
                 qPrintable(u"%1 references a patient: repoint it in a merge, or say why it "
                            "stays with its record"_s.arg(column)));
        ++found;
    }
    QVERIFY(found >= 10);
    // And the lists name real columns.
    for (const PatientReference &r : MergeService::repointed())
        QVERIFY2(m_t->db().exec(u"SELECT "_s + r.column + u", "_s + r.key + u" FROM "_s + r.table + u" LIMIT 0"_s).ok(),
                 qPrintable(r.table + u'.' + r.column));
}

void TestMerge::mergeThenUnmergeRestoresEveryTable()
{
    const QString holder = addPatient(u"Dupont"_s, u"Marie Claire"_s, u"1985-07-03"_s, u"female"_s, u"+32470112233"_s);
    const QString child = addPatient(u"Dupont"_s, u"Léo"_s, u"2015-02-01"_s, u"male"_s, {}, holder);
    const QString online = addPatient(u"DUPONT-MARTIN"_s, u"Marie"_s, u"1985-07-03"_s, u"female"_s, u"+32470112233"_s);
    const QString childOnline = addPatient(u"Dupont"_s, u"Lina"_s, u"2017-05-05"_s, u"female"_s, {}, online);
    book(holder, 0, 9);
    const Appointment a = book(online, 1, 10);
    book(online, 2, 11);
    book(childOnline, 3, 12);
    m_t->clock().set(a.end.addSecs(3600));
    QVERIFY(NoShowService::mark(m_t->session(Role::Secretary), a.id, false).ok());
    const QMap<QString, QStringList> before = dumpTables();

    auto plan = MergeService::plan(m_t->session(), holder, online);
    QVERIFY(plan.ok());
    QVERIFY2(plan->refusals.isEmpty(), qPrintable(plan->refusals.join(u"; "_s)));
    MergeRequest request;
    request.survivorId = plan->survivorId;
    request.mergedId = plan->mergedId;
    request.fromMerged = QSet<QString>{u"usage_name"_s};
    request.reason = u"Même personne, inscrite en ligne"_s;
    auto merged = MergeService::merge(m_t->session(), request);
    QVERIFY2(merged.ok(), merged.ok() ? "" : qPrintable(merged.error().message));
    QVERIFY(dumpTables() != before);
    Q_UNUSED(child);

    auto undone = MergeService::unmerge(m_t->session(), *merged);
    QVERIFY2(undone.ok(), undone.ok() ? "" : qPrintable(undone.error().message));
    const QMap<QString, QStringList> after = dumpTables();
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QVERIFY2(after.value(it.key()) == it.value(), qPrintable(u"table %1 differs after unmerge"_s.arg(it.key())));
    QCOMPARE(after.keys(), before.keys());
    QVERIFY(m_t->db().integrityProblems().isEmpty());
    // Undone once, not twice.
    QCOMPARE(ruleOf(MergeService::unmerge(m_t->session(), *merged)), u"identity.unmerge-undone"_s);
}

void TestMerge::mergeMovesEverythingAndLinks()
{
    const QString desk = addPatient(u"Lefèvre"_s, u"Anne"_s, u"1970-01-20"_s);
    const QString online = addPatient(u"LEFEBVRE"_s, u"Anne"_s, u"1970-01-20"_s);
    const QString relative = addPatient(u"Lefèvre"_s, u"Hugo"_s, u"2010-03-03"_s, u"male"_s, {}, online);
    book(online, 0, 9);
    book(online, 1, 9);
    auto plan = MergeService::plan(m_t->session(), desk, online);
    QVERIFY(plan.ok());
    QCOMPARE(plan->survivorId, desk); // the older record
    QVERIFY(plan->match.band >= MatchBand::Probable);
    MergeRequest request{desk, online, std::nullopt, u"Doublon"_s};
    auto merged = MergeService::merge(m_t->session(), request);
    QVERIFY2(merged.ok(), merged.ok() ? "" : qPrintable(merged.error().message));
    PatientRepository patients(m_t->db());
    QCOMPARE(patients.byId(online)->active, false);
    QCOMPARE(patients.byId(online)->replacedBy, desk);
    QCOMPARE(patients.byId(relative)->holderId, desk);
    QCOMPARE(AppointmentRepository(m_t->db()).forPatient(desk).value().size(), 2);
    QCOMPARE(AppointmentRepository(m_t->db()).forPatient(online).value().size(), 0);
    // Audited with the evidence; the merged record leaves the finder's pairs.
    const QList<AuditEntry> audit = AuditLog::forEntity(m_t->db(), u"patient"_s, desk);
    QVERIFY(!audit.isEmpty());
    QCOMPARE(audit.last().action, u"patient.merge"_s);
    QVERIFY(audit.last().details.value(u"survivor_before"_s).isObject());
    auto pairs = DuplicateFinder::scan(m_t->db());
    QVERIFY(pairs.ok());
    for (const DuplicatePair &p : *pairs)
        QVERIFY(p.a != online && p.b != online);
}

void TestMerge::refusals()
{
    const QString a = addPatient(u"Lambert"_s, u"Lucas"_s, u"1990-05-12"_s, u"male"_s);
    const QString twin = addPatient(u"Lambert"_s, u"Hugo"_s, u"1990-05-12"_s, u"male"_s);
    auto plan = MergeService::plan(m_t->session(), a, twin);
    QVERIFY(plan.ok());
    QVERIFY(!plan->refusals.isEmpty());
    const auto refused = MergeService::merge(m_t->session(), {a, twin, std::nullopt, u"?"_s});
    QCOMPARE(ruleOf(refused), u"identity.merge-refused"_s);
    QVERIFY(refused.error().message.contains(u"twins"_s));
    const QString woman = addPatient(u"Lambert"_s, u"Lucas"_s, u"1990-05-12"_s, u"female"_s);
    QCOMPARE(ruleOf(MergeService::merge(m_t->session(), {a, woman, std::nullopt, u"?"_s})),
             u"identity.merge-refused"_s);
    const QString same = addPatient(u"Lambert"_s, u"Lucas"_s, u"1990-05-12"_s, u"male"_s);
    // The survivor is decided by the rules; a reason is required; a secretary may not merge.
    QCOMPARE(ruleOf(MergeService::merge(m_t->session(), {same, a, std::nullopt, u"x"_s})),
             u"identity.merge-survivor"_s);
    QCOMPARE(ruleOf(MergeService::merge(m_t->session(), {a, same, std::nullopt, u" "_s})), u"identity.merge-reason"_s);
    const auto secretary = MergeService::merge(m_t->session(Role::Secretary), {a, same, std::nullopt, u"x"_s});
    QVERIFY(!secretary.ok());
    QCOMPARE(secretary.error().code, ErrorCode::Forbidden);
    QVERIFY(PatientRepository(m_t->db()).byId(same)->active);
}

void TestMerge::unmergeRefusesWhenChangedSinceAndChainsInReverse()
{
    const QString a = addPatient(u"Peeters"_s, u"Jan"_s, u"1960-06-06"_s, u"male"_s);
    const QString b = addPatient(u"PEETERS"_s, u"Jan"_s, u"1960-06-06"_s, u"male"_s);
    const QString c = addPatient(u"Peters"_s, u"Jan"_s, u"1960-06-06"_s, u"male"_s);
    auto first = MergeService::merge(m_t->session(), {a, b, std::nullopt, u"Doublon"_s});
    QVERIFY(first.ok());
    auto second = MergeService::merge(m_t->session(), {a, c, std::nullopt, u"Doublon"_s});
    QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().message));
    // The first merge cannot be undone before the second.
    QCOMPARE(ruleOf(MergeService::unmerge(m_t->session(), *first)), u"identity.unmerge-chain"_s);
    QVERIFY(MergeService::unmerge(m_t->session(), *second).ok());
    // The survivor edited since: refused with guidance.
    QVERIFY(m_t->db().exec(u"UPDATE patients SET email = 'jan@example.be' WHERE id = ?"_s, {a}));
    const auto changed = MergeService::unmerge(m_t->session(), *first);
    QCOMPARE(ruleOf(changed), u"identity.unmerge-changed"_s);
    QVERIFY(changed.error().message.contains(u"email"_s));
    QVERIFY(!PatientRepository(m_t->db()).byId(b)->active);
}

void TestMerge::aFailedMergeLeavesNothing()
{
    const QString a = addPatient(u"Simon"_s, u"Inès"_s, u"1988-08-08"_s);
    const QString b = addPatient(u"SIMON"_s, u"Ines"_s, u"1988-08-08"_s);
    book(b, 0, 9);
    book(b, 1, 9);
    const QMap<QString, QStringList> before = dumpTables();
    // A failure in the middle of the merge (the second row moved): the whole merge rolls back.
    QVERIFY(
        m_t->db().exec(u"CREATE TEMP TRIGGER fail_midway AFTER INSERT ON merge_moves "
                       "WHEN (SELECT count(*) FROM merge_moves) >= 2 BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
    QVERIFY(!MergeService::merge(m_t->session(), {a, b, std::nullopt, u"Doublon"_s}).ok());
    QVERIFY(m_t->db().exec(u"DROP TRIGGER fail_midway"_s));
    QCOMPARE(dumpTables(), before);
    auto merges = m_t->db().exec(u"SELECT count(*) FROM patient_merges"_s);
    QVERIFY(merges && merges->next());
    QCOMPARE(merges->value(0).toInt(), 0);
}

void TestMerge::notTheSamePersonIsRemembered()
{
    const QString a = addPatient(u"Roux"_s, u"François"_s, u"1955-09-09"_s, u"male"_s);
    const QString b = addPatient(u"ROUX"_s, u"Francois"_s, u"1955-09-09"_s, u"male"_s);
    auto pairs = DuplicateFinder::scan(m_t->db());
    QCOMPARE(pairs->size(), 1);
    QVERIFY(MergeService::markDifferent(m_t->session(Role::Secretary), a, b).ok());
    QVERIFY(DuplicateFinder::scan(m_t->db())->isEmpty());
    QVERIFY(!AuditLog::forEntity(m_t->db(), u"patient"_s, std::min(a, b)).isEmpty());
}

void TestMerge::splitMovesChosenAppointments()
{
    const QString shared = addPatient(u"Martin"_s, u"Camille"_s, u"2000-01-01"_s);
    const Appointment mine = book(shared, 0, 9);
    const Appointment theirs = book(shared, 1, 9);
    Patient other;
    other.birthName = u"Martin"_s;
    other.firstNames = u"Camille"_s;
    other.birthDate = QDate(2003, 4, 4);
    other.sex = Sex::Male;
    auto split = MergeService::split(m_t->session(), shared, other, {theirs.id}, {});
    QVERIFY2(split.ok(), split.ok() ? "" : qPrintable(split.error().message));
    QCOMPARE(AppointmentRepository(m_t->db()).byId(theirs.id)->patientId, split->id);
    QCOMPARE(AppointmentRepository(m_t->db()).byId(mine.id)->patientId, shared);
    QCOMPARE(ruleOf(MergeService::split(m_t->session(), shared, other, {u"nope"_s}, {})), u"identity.split-row"_s);
}

void TestMerge::keptRecordStaysCoherent()
{
    // The NISS of one record with the birth date of the other: refused.
    const QString a = addPatient(u"Peeters"_s, u"Jan"_s, u"1985-07-31"_s, u"male"_s);
    PatientInput in;
    in.birthName = u"PEETERS"_s;
    in.firstNames = u"Jan"_s;
    in.birthDate = u"1985-07-30"_s;
    in.sex = u"male"_s;
    in.niss = u"85073003328"_s;
    auto b = PatientService::add(m_t->session(), in, PatientOrigin::Online);
    QVERIFY(b.ok());
    auto plan = MergeService::plan(m_t->session(), a, b->id);
    QVERIFY(plan.ok());
    QCOMPARE(plan->survivorId, a);
    const auto incoherent = MergeService::merge(m_t->session(), {a, b->id, QSet<QString>{u"niss"_s}, u"Doublon"_s});
    QCOMPARE(ruleOf(incoherent), u"identity.merge-incoherent"_s);
    QVERIFY(PatientRepository(m_t->db()).byId(b->id)->active);
}

QTEST_GUILESS_MAIN(TestMerge)
// An administrator without the right to medical content merges two records: the plan says a
// medical difference exists without its text, and the merged record's medication fills the kept
// one's empty field whatever was ticked; a practitioner sees the texts.
void TestMerge::medicalContentMergedUnseen()
{
    const QString a = addPatient(u"Dubois"_s, u"Claire"_s, u"1981-06-02"_s);
    const QString b = addPatient(u"Dubois"_s, u"Claire"_s, u"1981-06-02"_s);
    const Session practitioner = m_t->session(Role::Practitioner);
    const Session admin = m_t->session(Role::Administrator);
    auto first = MergeService::plan(admin, a, b);
    QVERIFY(first.ok());
    const QString mergedId = first->mergedId;
    QVERIFY(PatientService::setMedication(practitioner, mergedId, u"Ramipril 5 mg"_s).ok());
    auto plan = MergeService::plan(admin, a, b);
    QVERIFY(plan.ok());
    auto medical = std::find_if(plan->differences.cbegin(), plan->differences.cend(),
                                [](const FieldDifference &d) { return d.field == u"medication"_s; });
    QVERIFY(medical != plan->differences.cend());
    QVERIFY(!medical->mergedValue.contains(u"Ramipril"_s));
    QVERIFY(!medical->mergedValue.isEmpty()); // something is there
    QVERIFY(medical->survivorValue.isEmpty());
    QVERIFY(medical->takeMerged);
    auto seen = MergeService::plan(practitioner, a, b);
    QVERIFY(seen.ok());
    QVERIFY(std::any_of(seen->differences.cbegin(), seen->differences.cend(),
                        [](const FieldDifference &d) { return d.mergedValue == u"Ramipril 5 mg"_s; }));
    MergeRequest request{plan->survivorId, plan->mergedId, QSet<QString>{}, u"Doublon"_s}; // nothing ticked
    auto merged = MergeService::merge(admin, request);
    QVERIFY(merged.ok());
    QCOMPARE(PatientRepository(m_t->db()).byId(plan->survivorId)->medication, u"Ramipril 5 mg"_s);
}

#include "tst_merge.moc"
