#include "core/base/uuid.h"
#include "core/domain/matching.h"
#include "core/identity/duplicatefinder.h"
#include "core/identity/patientcsv.h"
#include "core/identity/patientservice.h"
#include "core/store/database.h"
#include "core/store/patientrepository.h"
#include "tests/bench/corruptionset.h"
#include "tests/bench/febrl.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guichet;
using namespace guichet::test;

class TestDuplicates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void phoneticCodes_data();
    void phoneticCodes();
    void jaroWinkler();
    void obviousDuplicates();
    void hardRulesNeverProbable();
    void corruptionSetQuality();
    void findsWhileTypingThroughStoredKeys();
    void storedKeysFollowEveryChange();
    void bulkImportStoresWhatRowByRowWould();
    void scoreSaidInWords();
    void partialBirthDatesArePartialEvidence();
    void febrlImportKeepsEveryoneAndFinds_data();
    void febrlImportKeepsEveryoneAndFinds();

private:
    static QList<qint64> storedKeys(const Database &db, const QString &patientId);
    static QStringList keyTable(const Database &db);
    static IdentityRecord record(const QString &id, const QString &birthName, const QString &firstNames,
                                 const QDate &birth, Sex sex, const QString &usage = {});
};

void TestDuplicates::febrlImportKeepsEveryoneAndFinds_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::newRow("FEBRL 1") << QStringList{u"dataset1.csv"_s};
    QTest::newRow("FEBRL 2") << QStringList{u"dataset2.csv"_s};
    QTest::newRow("FEBRL 3") << QStringList{u"dataset3.csv"_s};
    QTest::newRow("FEBRL 4a+4b") << QStringList{u"dataset4a.csv"_s, u"dataset4b.csv"_s};
}

void TestDuplicates::febrlImportKeepsEveryoneAndFinds()
{
    QFETCH(QStringList, files);
    const QString dir = QStringLiteral(GUICHET_SOURCE_DIR) + u"/../shared/data/febrl/"_s;
    for (QString &f : files) {
        f.prepend(dir);
        if (!QFileInfo::exists(f))
            QSKIP("the FEBRL sets are not beside the sources (../shared/data/febrl)");
    }
    TempDatabase t;
    const Session session = t.session();
    auto q = measureFebrl(session, t.dir() + u"/febrl.csv"_s, files);
    QVERIFY2(q, q ? "" : qPrintable(q.error().message));
    // Nobody lost: every row read is imported (those without a name as incomplete identities).
    QVERIFY(q->rows >= 1000);
    QCOMPARE(q->imported + q->refused, q->rows);
    QCOMPARE(q->refused, 0);
    QVERIFY(q->incomplete > 0);
    auto incomplete = PatientCsv::incomplete(session, 100000);
    QVERIFY(incomplete);
    qint64 doubtful = 0;
    for (const auto &i : std::as_const(*incomplete))
        doubtful += i.doubtful ? 1 : 0; // a name missing, or a birth date or sex given but impossible
    QCOMPARE(doubtful, q->incomplete);
    // The finder only proposes what is right in its strong bands...
    qInfo("%s: precision %.4f, recall strong %.4f, all %.4f, all transitive %.4f", QTest::currentDataTag(),
          q->precision(), q->recallStrong(), q->recallAll(), q->recallTransitive());
    QVERIFY(q->precision() >= 0.99);
    // ...and nearly every real duplicate is in some band, a person's records joined through them.
    QVERIFY(q->recallTransitive() >= 0.95);
}

IdentityRecord TestDuplicates::record(const QString &id, const QString &birthName, const QString &firstNames,
                                      const QDate &birth, Sex sex, const QString &usage)
{
    Patient p;
    p.id = id;
    p.birthName = birthName;
    p.usageName = usage;
    p.firstNames = firstNames;
    p.birthDate = birth;
    p.sex = sex;
    return IdentityRecord::from(p);
}

// A birth date known in part (a year, a month) agreeing with a full one is partial evidence: the
// pair is found (the year-only record meets the full date through the scan's keys) and shown for
// a person to judge, never blocked and never certain on its own; known parts that differ block.
void TestDuplicates::partialBirthDatesArePartialEvidence()
{
    IdentityRecord full = record(u"full"_s, u"Haddad"_s, u"Samir"_s, QDate(1962, 5, 12), Sex::Male);
    Patient partial;
    partial.id = u"year"_s;
    partial.birthName = u"HADDAD"_s;
    partial.firstNames = u"Samir"_s;
    partial.setBirth(PartialDate::fromIso(u"1962"_s));
    partial.sex = Sex::Male;
    const IdentityRecord year = IdentityRecord::from(partial);
    const MatchResult m = DuplicateFinder::compare(full, year);
    QVERIFY2(m.blockers.isEmpty(), qPrintable(m.blockers.join(u", "_s)));
    QVERIFY(m.band == MatchBand::Possible || m.band == MatchBand::Probable);
    QVERIFY(m.birthDate > 0 && m.birthDate < 0.85);
    QVERIFY(m.evidence.join(u' ').contains(u"as far as they are known"_s));
    // Found by a scan among strangers.
    QList<IdentityRecord> records{full, year,
                                  record(u"other"_s, u"Martin"_s, u"Paul"_s, QDate(1962, 5, 12), Sex::Male)};
    const QList<DuplicatePair> pairs = DuplicateFinder::scan(records, MatchBand::Possible);
    QCOMPARE(pairs.size(), 1);
    QCOMPARE(QSet<QString>({pairs.first().a, pairs.first().b}), QSet<QString>({u"full"_s, u"year"_s}));
    // Another year: the known part differs.
    partial.setBirth(PartialDate::fromIso(u"1963"_s));
    const MatchResult apart = DuplicateFinder::compare(full, IdentityRecord::from(partial));
    QCOMPARE(apart.birthDate, 0.0);
    QVERIFY(!apart.blockers.isEmpty());
    // The same month known on both sides: stronger, still short of a full date's agreement.
    partial.setBirth(PartialDate::fromIso(u"1962-05"_s));
    const MatchResult month = DuplicateFinder::compare(full, IdentityRecord::from(partial));
    QVERIFY(month.birthDate > 0 && month.birthDate < 0.85);
}

void TestDuplicates::phoneticCodes_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("Dupont/Dupond") << u"Dupont"_s << u"DUPOND"_s << true;
    QTest::newRow("Lefèvre/Lefebvre") << u"Lefèvre"_s << u"Lefebvre"_s << true;
    QTest::newRow("Philippe/Filipe") << u"Philippe"_s << u"Filipe"_s << true;
    QTest::newRow("Gauthier/Gautier") << u"Gauthier"_s << u"Gautier"_s << true;
    QTest::newRow("Schmitt/Chmit") << u"Schmitt"_s << u"Chmit"_s << true;
    QTest::newRow("Dupont/Durand") << u"Dupont"_s << u"Durand"_s << false;
    QTest::newRow("Martin/Marchal") << u"Martin"_s << u"Marchal"_s << false;
}

void TestDuplicates::phoneticCodes()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(Matching::phonetic(a) == Matching::phonetic(b), same);
    QVERIFY(!Matching::phonetic(a).isEmpty());
}

void TestDuplicates::jaroWinkler()
{
    QVERIFY(qAbs(Matching::jaroWinkler(u"martha"_s, u"marhta"_s) - 0.9611) < 0.001);
    QVERIFY(qAbs(Matching::jaroWinkler(u"dixon"_s, u"dicksonx"_s) - 0.8133) < 0.001);
    QCOMPARE(Matching::jaroWinkler(u"abc"_s, u"abc"_s), 1.0);
    QCOMPARE(Matching::jaroWinkler(QString(), u"abc"_s), 0.0);
}

void TestDuplicates::obviousDuplicates()
{
    const QDate birth(1985, 7, 3);
    // The desk's record against the online sign-up: usage name typed as the surname, hyphen, accents.
    const IdentityRecord desk = record(u"a"_s, u"Dupont"_s, u"Marie Claire"_s, birth, Sex::Female, u"Martin"_s);
    const IdentityRecord online = record(u"b"_s, u"DUPONT-MARTIN"_s, u"Marie"_s, birth, Sex::Female);
    QCOMPARE(DuplicateFinder::compare(desk, online).band, MatchBand::Probable);
    // Usage and birth names swapped and day and month swapped: two weaknesses, shown as
    // possible; the same mobile number corroborates: probable.
    IdentityRecord swapped =
        record(u"c"_s, u"MARTIN"_s, u"Marie-Claire"_s, QDate(1985, 3, 7), Sex::Female, u"Dupont"_s);
    QCOMPARE(DuplicateFinder::compare(desk, swapped).band, MatchBand::Possible);
    IdentityRecord deskWithPhone = desk;
    deskWithPhone.phone = swapped.phone = u"32470123456"_s;
    const MatchResult m = DuplicateFinder::compare(deskWithPhone, swapped);
    QCOMPARE(m.band, MatchBand::Probable);
    QVERIFY(m.evidence.join(u' ').contains(u"swapped"_s));
    const IdentityRecord typo = record(u"d"_s, u"Dupnot"_s, u"Marie Claire"_s, birth, Sex::Female);
    QVERIFY(DuplicateFinder::compare(desk, typo).band >= MatchBand::Probable);
    // Particles glued or dropped.
    const IdentityRecord x = record(u"e"_s, u"de la Fontaine"_s, u"Louise"_s, birth, Sex::Female);
    const IdentityRecord y = record(u"f"_s, u"DELAFONTAINE"_s, u"Louise"_s, birth, Sex::Female);
    QCOMPARE(DuplicateFinder::compare(x, y).band, MatchBand::Probable);
    // The same valid NISS with consistent traits: certain.
    Patient p;
    p.id = u"g"_s;
    p.birthName = u"Peeters"_s;
    p.firstNames = u"Jan"_s;
    p.birthDate = QDate(1985, 7, 30);
    p.sex = Sex::Male;
    p.niss = u"85073003328"_s;
    Patient q = p;
    q.id = u"h"_s;
    q.birthName = u"Peters"_s;
    QCOMPARE(DuplicateFinder::compare(IdentityRecord::from(p), IdentityRecord::from(q)).band, MatchBand::Certain);
}

void TestDuplicates::hardRulesNeverProbable()
{
    const QDate birth(1990, 5, 12);
    // Possible twins: same surname and birth date, different first names.
    const IdentityRecord a = record(u"a"_s, u"Lambert"_s, u"Lucas"_s, birth, Sex::Male);
    const IdentityRecord twin = record(u"b"_s, u"Lambert"_s, u"Hugo"_s, birth, Sex::Male);
    const MatchResult m = DuplicateFinder::compare(a, twin);
    QVERIFY(m.band < MatchBand::Probable);
    QVERIFY(m.blockers.join(u' ').contains(u"twins"_s));
    // Different sexes.
    const IdentityRecord other = record(u"c"_s, u"Lambert"_s, u"Lucas"_s, birth, Sex::Female);
    QVERIFY(DuplicateFinder::compare(a, other).band < MatchBand::Probable);
    // Different valid NISS numbers, everything else equal.
    Patient p;
    p.id = u"d"_s;
    p.birthName = u"Peeters"_s;
    p.firstNames = u"Jan"_s;
    p.birthDate = QDate(1985, 7, 30);
    p.sex = Sex::Male;
    p.niss = u"85073003328"_s;
    Patient q = p;
    q.id = u"e"_s;
    q.niss = u"85073003724"_s;
    QVERIFY2(!IdentityRecord::from(q).niss.isEmpty(), "the second NISS must be valid for this test");
    const MatchResult ids = DuplicateFinder::compare(IdentityRecord::from(p), IdentityRecord::from(q));
    QVERIFY(ids.band < MatchBand::Probable);
    QVERIFY(ids.blockers.join(u' ').contains(u"NISS"_s));
    // Parent and child with the same names: birth dates decades apart.
    const IdentityRecord father = record(u"f"_s, u"Dubois"_s, u"Jean"_s, QDate(1950, 2, 1), Sex::Male);
    const IdentityRecord son = record(u"g"_s, u"Dubois"_s, u"Jean"_s, QDate(1978, 6, 9), Sex::Male);
    QVERIFY(DuplicateFinder::compare(father, son).band < MatchBand::Probable);
}

void TestDuplicates::corruptionSetQuality()
{
    // 20,000 people, about 8,000 recorded twice, 1,600 hard negatives.
    const CorruptionSet set = makeCorruptionSet(20000, 2026);
    QVERIFY(set.duplicates.size() > 5000);
    QVERIFY(set.hardNegatives.size() > 1000);
    if (qEnvironmentVariableIsSet("GUICHET_DEBUG_MATCHING"))
        debugQuality(set);
    const MatchQuality q = measureQuality(set);
    qInfo("duplicates: %lld true pairs; certain+probable precision %.4f recall %.4f; with possible recall %.4f; "
          "hard negatives among certain+probable: %lld",
          q.truePairs, q.precision(), q.recall(), q.recallWithPossible(), q.hardNegativesStrong);
    QCOMPARE(q.hardNegativesStrong, 0);
    QVERIFY(q.precision() >= 0.99);
    QVERIFY(q.recall() >= 0.95);
    QVERIFY(q.recallWithPossible() >= 0.98);
}

void TestDuplicates::findsWhileTypingThroughStoredKeys()
{
    TempDatabase t;
    addMiniPractice(t.db());
    PatientInput in;
    in.birthName = u"Vandenberghe"_s;
    in.firstNames = u"Élodie Anne"_s;
    in.birthDate = u"1979-04-11"_s;
    in.sex = u"female"_s;
    auto stored = PatientService::add(t.session(), in);
    QVERIFY(stored.ok());
    in.birthName = u"Van den Berghe"_s;
    in.firstNames = u"Elodie"_s;
    in.birthDate = u"1979-11-04"_s; // day and month swapped
    auto found = DuplicateFinder::candidatesFor(t.db(), IdentityRecord::from(Patient{[&] {
                                                    Patient p;
                                                    p.id = u"typing"_s;
                                                    p.birthName = in.birthName;
                                                    p.firstNames = in.firstNames;
                                                    p.birthDate = QDate(1979, 11, 4);
                                                    p.sex = Sex::Female;
                                                    return p;
                                                }()}));
    QVERIFY(found.ok());
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().b, stored->id);
    // Shortened first names and a swapped date, nothing to corroborate: shown, for a person to judge.
    QVERIFY(found->first().match.band >= MatchBand::Possible);
    QVERIFY(found->first().match.evidence.join(u' ').contains(u"swapped"_s));
    // Living elsewhere weighs against a record that otherwise differs by one digit of the date.
    PatientInput near;
    near.birthName = u"Vandenberghe"_s;
    near.firstNames = u"Élodie Anne"_s;
    near.birthDate = u"1979-04-12"_s;
    near.sex = u"female"_s;
    near.postcode = u"4000"_s;
    auto elsewhere = PatientService::add(t.session(), near);
    QVERIFY(elsewhere.ok());
    QVERIFY(t.db().exec(u"UPDATE patients SET postcode = '1000' WHERE id = ?"_s, {stored->id}));
    auto scanned = DuplicateFinder::scan(t.db());
    QVERIFY(scanned.ok());
    bool seen = false;
    for (const DuplicatePair &p : *scanned) {
        if ((p.a == stored->id && p.b == elsewhere->id) || (p.b == stored->id && p.a == elsewhere->id)) {
            seen = true;
            QCOMPARE(p.match.band, MatchBand::Possible);
            QVERIFY(p.match.evidence.join(u' ').contains(u"contact"_s));
        }
    }
    QVERIFY(seen);
    // A stranger finds nothing.
    Patient stranger;
    stranger.id = u"x"_s;
    stranger.birthName = u"Yilmaz"_s;
    stranger.firstNames = u"Ayşe"_s;
    stranger.birthDate = QDate(2001, 1, 1);
    QVERIFY(DuplicateFinder::candidatesFor(t.db(), IdentityRecord::from(stranger))->isEmpty());
}

QList<qint64> TestDuplicates::storedKeys(const Database &db, const QString &patientId)
{
    QList<qint64> out;
    auto r = db.exec(u"SELECT key FROM patient_keys WHERE patient_rowid = (SELECT rowid FROM patients WHERE id = ?) "
                     "ORDER BY key"_s,
                     {patientId});
    while (r && r->next())
        out << r->value(0).toLongLong();
    return out;
}

QStringList TestDuplicates::keyTable(const Database &db)
{
    QStringList out;
    auto r = db.exec(u"SELECT key, patient_rowid FROM patient_keys ORDER BY key, patient_rowid"_s);
    while (r && r->next())
        out << r->value(0).toString() + u':' + r->value(1).toString();
    return out;
}

void TestDuplicates::storedKeysFollowEveryChange()
{
    // Keys are found again by recomputing them from the stored record (no index by patient):
    // after an edit, the record has exactly its new keys and none of its old ones.
    TempDatabase t;
    addMiniPractice(t.db());
    PatientInput in;
    in.birthName = u"Vandenberghe"_s;
    in.firstNames = u"Élodie"_s;
    in.birthDate = u"1979-04-11"_s;
    in.sex = u"female"_s;
    in.phones = {u"0470 11 22 33"_s};
    auto stored = PatientService::add(t.session(), in);
    QVERIFY(stored.ok());
    auto expected = [](const Patient &p) {
        const std::vector<qint64> keys = PatientRepository::identityKeys(p);
        return QList<qint64>(keys.begin(), keys.end());
    };
    QVERIFY(!expected(*stored).isEmpty());
    QCOMPARE(storedKeys(t.db(), stored->id), expected(*stored));
    const QStringList before = keyTable(t.db());

    in.birthName = u"Peeters"_s;
    in.birthDate = u"1981-02-20"_s;
    in.phones = {};
    auto edited = PatientService::update(t.session(), stored->id, in, PatientService::preferencesOf(*stored));
    QVERIFY2(edited.ok(), edited.ok() ? "" : qPrintable(edited.error().message));
    QCOMPARE(storedKeys(t.db(), stored->id), expected(*edited));
    QCOMPARE(keyTable(t.db()).size(), expected(*edited).size()); // nothing of the old record left
    Patient old = *stored;
    old.id = u"typing"_s;
    QVERIFY(DuplicateFinder::candidatesFor(t.db(), IdentityRecord::from(old))->isEmpty());

    // Back to what it was: the same rows as at first.
    in.birthName = u"Vandenberghe"_s;
    in.birthDate = u"1979-04-11"_s;
    in.phones = {u"0470 11 22 33"_s};
    QVERIFY(PatientService::update(t.session(), stored->id, in, PatientService::preferencesOf(*edited)).ok());
    QCOMPARE(keyTable(t.db()), before);
}

void TestDuplicates::bulkImportStoresWhatRowByRowWould()
{
    // Over 2,000 rows an import writes in chunks of 2,000 rows, each its own transaction, and
    // the duplicate finder's keys sorted at the end. The result is what rows written one by one give.
    TempDatabase t;
    addMiniPractice(t.db());
    const CorruptionSet people = makeCorruptionSet(2500, 11);
    QByteArray csv = "external_id,birth_name,usage_name,first_names,sex,birth_date,niss,nir,phone\n";
    qsizetype rows = 0;
    for (const IdentityRecord &r : people.records) {
        csv += QStringList{u"OLD-%1"_s.arg(rows++),
                           r.birthTokens.join(u' '),
                           r.usageTokens.join(u' '),
                           r.firstNames.join(u' '),
                           r.sex == Sex::Male ? u"M"_s : u"F"_s,
                           r.birthDate.toString(Qt::ISODate),
                           r.niss,
                           r.nir,
                           r.phone.isEmpty() ? QString() : u'+' + r.phone}
                   .join(u',')
                   .toUtf8()
            + "\n";
    }
    QVERIFY(rows > 2000);
    csv += "OLD-BAD,,,Jean,M,1950-01-01,,,\n"; // no birth name: kept, incomplete
    QFile file(t.dir() + u"/bulk.csv"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    auto report = PatientCsv::import(t.session(), file.fileName(), false);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QCOMPARE(report->refused, 0);
    // The row without a birth name, and those whose corrupted birth date is impossible: kept
    // without it, doubtful, counted incomplete.
    QVERIFY(report->incomplete >= 1);
    auto doubtful = t.db().exec(u"SELECT count(*) FROM patients WHERE doubtful = 1"_s);
    QVERIFY(doubtful && doubtful->next());
    QCOMPARE(doubtful->value(0).toLongLong(), report->incomplete);
    QCOMPARE(report->imported, rows + 1);

    // The keys: those computed again from every stored record.
    const QStringList bulk = keyTable(t.db());
    QVERIFY(bulk.size() > report->imported);
    QVERIFY(PatientRepository(t.db()).rebuildKeys().ok());
    QCOMPARE(keyTable(t.db()), bulk);
    // The search index: consistent with the records, and finds them.
    QVERIFY(t.db().exec(u"INSERT INTO patient_search(patient_search) VALUES ('integrity-check')"_s).ok());
    const IdentityRecord &last = people.records.last();
    const QList<Patient> found = PatientRepository(t.db()).search(last.birthTokens.join(u' '), 2000);
    QVERIFY(!found.isEmpty());
    // The secondary indexes are back.
    auto indexes = t.db().exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                               "('patients_holder', 'patients_inactive')"_s);
    QVERIFY(indexes && indexes->next());
    QCOMPARE(indexes->value(0).toInt(), 2);
    QVERIFY(t.db().integrityProblems().isEmpty());
    QCOMPARE(t.db().exec(u"SELECT count(*) FROM meta WHERE key = 'identity_keys_pending'"_s)->next(), true);
    auto pending = t.db().exec(u"SELECT count(*) FROM meta WHERE key = 'identity_keys_pending'"_s);
    QVERIFY(pending && pending->next());
    QCOMPARE(pending->value(0).toInt(), 0);

    // An import cut short after its rows, before its keys: its lease runs out, and the next
    // Guichet to open the database writes every key again.
    QVERIFY(t.db().exec(u"DELETE FROM patient_keys"_s));
    QVERIFY(t.db().exec(u"INSERT INTO meta(key, value) VALUES ('identity_keys_pending', '2020-01-01T00:00:00Z')"_s));
    t.reopen();
    QCOMPARE(keyTable(t.db()), bulk);
    pending = t.db().exec(u"SELECT count(*) FROM meta WHERE key = 'identity_keys_pending'"_s);
    QVERIFY(pending && pending->next());
    QCOMPARE(pending->value(0).toInt(), 0);
    // One still running (its lease ahead) writes its own: a desk opening meanwhile leaves them.
    QVERIFY(t.db().exec(u"DELETE FROM patient_keys"_s));
    QVERIFY(PatientRepository::markKeysPending(t.db()));
    t.reopen();
    QVERIFY(keyTable(t.db()).isEmpty());

    // An import cut short while its chunks filled the search index themselves (their trigger
    // set aside): a desk's patient added meanwhile is indexed and the trigger is back once the
    // next Guichet opens the database after the import's lease.
    QVERIFY(t.db().exec(u"DELETE FROM meta WHERE key = 'identity_keys_pending'"_s));
    {
        Transaction tx(t.db());
        QVERIFY(tx.begin());
        QVERIFY(PatientRepository(t.db()).suspendSearchTrigger());
        QVERIFY(tx.commit());
    }
    Patient late;
    late.id = newUuid();
    late.birthName = u"Zwischenzeit"_s;
    late.firstNames = u"Ilse"_s;
    late.sex = Sex::Female;
    late.birthDate = QDate(1971, 4, 2);
    QVERIFY(PatientRepository(t.db()).insert(late));
    QVERIFY(PatientRepository(t.db()).search(u"zwischenzeit"_s, 5).isEmpty()); // not indexed yet
    QVERIFY(t.db().exec(u"UPDATE meta SET value = '2020-01-01T00:00:00Z|' || substr(value, instr(value, '|') + 1) "
                        "WHERE key = 'search_trigger_suspended'"_s));
    t.reopen();
    QCOMPARE(PatientRepository(t.db()).search(u"zwischenzeit"_s, 5).size(), 1);
    auto trigger = t.db().exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND "
                               "name = 'patients_search_insert'"_s);
    QVERIFY(trigger && trigger->next());
    QCOMPARE(trigger->value(0).toInt(), 1);
    QVERIFY(t.db().exec(u"INSERT INTO patient_search(patient_search) VALUES ('integrity-check')"_s).ok());
}

// The duplicates page says how close two records are in words, not "1.00".
void TestDuplicates::scoreSaidInWords()
{
    QCOMPARE(DuplicateFinder::scoreLabel(1.0), u"identical traits"_s);
    QCOMPARE(DuplicateFinder::scoreLabel(0.93), u"very close"_s);
    QCOMPARE(DuplicateFinder::scoreLabel(0.85), u"close"_s);
    QCOMPARE(DuplicateFinder::scoreLabel(0.5), u"partly alike"_s);
    // Every band the finder gives reads as one of them.
    const QDate birth(1990, 5, 12);
    const MatchResult m = DuplicateFinder::compare(record(u"a"_s, u"Lambert"_s, u"Lucas"_s, birth, Sex::Male),
                                                   record(u"b"_s, u"Lambert"_s, u"Lucas"_s, birth, Sex::Male));
    QVERIFY(!DuplicateFinder::scoreLabel(m.score).isEmpty());
    QVERIFY(!DuplicateFinder::scoreLabel(m.score).contains(u'.'));
}

QTEST_GUILESS_MAIN(TestDuplicates)
#include "tst_duplicates.moc"
