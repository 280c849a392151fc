// The Belgian eID: its TLV and dates as data, then the whole reading through PC/SC against a
// virtual card (tests/eid/virtual_eid.py, python3-virtualsmartcard, served by vsmartcard's
// vpcd under pcscd, which the test starts when none runs): a card read, a BIS number, a
// record made and checked from it, a record that differs, and every failure with nothing
// written.
#include "core/base/i18n.h"
#include "core/eid/eidcard.h"
#include "core/eid/eidreader.h"
#include "core/identity/patientservice.h"
#include "core/store/database.h"
#include "core/store/patientrepository.h"
#include "tests/support/testsupport.h"
#include "ui/identity/newpatientdialog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace guichet;
using namespace guichet::test;

namespace {

const QString kReader = u"Virtual PCD 00 00"_s;

QByteArray tlv(int tag, const QByteArray &value)
{
    QByteArray out(1, char(tag));
    qsizetype length = value.size();
    while (length >= 255) {
        out += char(0xFF);
        length -= 255;
    }
    return out + char(length) + value;
}

// Waits on a process's output (its signal) until it prints `marker`.
bool waitForLine(QProcess &process, const QByteArray &marker, QByteArray &seen, int timeoutMs = 20000)
{
    QSignalSpy ready(&process, &QProcess::readyReadStandardOutput);
    while (!seen.contains(marker)) {
        if (process.state() == QProcess::NotRunning)
            return false;
        if (process.bytesAvailable() == 0 && !ready.wait(timeoutMs))
            return false;
        seen += process.readAllStandardOutput();
    }
    return true;
}

} // namespace

class TestEid : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tlvAndDates();
    void readsTheCard();
    void bisNumberOnADutchCard();
    void newRecordFromTheCardThenChecked();
    void aDifferingRecordIsNeverOverwritten();
    void partialDateAndNoFirstNameOnARealCard();
    void theCardsNewAddressIsOfferedAndAudited();
    void failuresWriteNothing_data();
    void failuresWriteNothing();
    void commandLine();
    void theDeskReadsTheCard();
    void noServiceSaysSo();

private:
    bool insert(const QString &holder, const QString &mode = u"normal"_s);
    bool pullOut();
    int patients(Database &db);

    QProcess m_pcscd;
    QProcess m_card;
    QTemporaryDir m_config; // the virtual reader's configuration for our own pcscd
    quint16 m_port = 35963; // where the virtual reader waits for the card
    bool m_ownService = false;
    bool m_ready = false;
};

void TestEid::initTestCase()
{
    if (!QFileInfo::exists(u"/usr/lib/pcsc/drivers/serial/libifdvpcd.so"_s) || !QFileInfo::exists(u"/usr/sbin/pcscd"_s))
        QSKIP("needs pcscd and vsmartcard-vpcd (./dev installs them)");
    auto readers = EidReader::readers();
    if (!readers || !readers->contains(kReader)) {
        // No service with the virtual reader: one of our own, in the foreground, its virtual
        // reader on a port of this run (a port of an earlier run may still be held by the
        // system for a minute).
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        m_port = probe.serverPort();
        probe.close();
        QVERIFY(QDir().mkpath(m_config.path()));
        QFile conf(m_config.filePath(u"vpcd"_s));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(QStringLiteral("FRIENDLYNAME \"Virtual PCD\"\nDEVICENAME /dev/null:0x%1\n"
                                  "LIBPATH /usr/lib/pcsc/drivers/serial/libifdvpcd.so\nCHANNELID 0x%1\n")
                       .arg(m_port, 0, 16)
                       .toUtf8());
        conf.close();
        m_pcscd.setProcessChannelMode(QProcess::MergedChannels);
        m_pcscd.start(u"/usr/sbin/pcscd"_s, {u"--foreground"_s, u"--info"_s, u"--config"_s, m_config.path()});
        QByteArray seen;
        QVERIFY2(waitForLine(m_pcscd, "daemon ready", seen),
                 qPrintable(u"pcscd did not start (it needs root): "_s + QString::fromUtf8(seen)));
        m_ownService = true;
        // "Ready" comes a moment before the socket answers: the daemon's output is watched
        // (a signal) between tries, for at most ten seconds.
        QSignalSpy output(&m_pcscd, &QProcess::readyReadStandardOutput);
        for (int tries = 0; tries < 100; ++tries) {
            readers = EidReader::readers();
            if (readers || readers.error().rule != u"eid.service"_s)
                break;
            output.wait(100);
        }
    }
    QVERIFY2(readers && readers->contains(kReader),
             qPrintable(readers ? readers->join(u", "_s) : readers.error().message));
    m_ready = true;
}

void TestEid::cleanupTestCase()
{
    pullOut();
    if (m_ownService && m_pcscd.state() != QProcess::NotRunning) {
        m_pcscd.terminate();
        m_pcscd.waitForFinished(10000);
    }
}

bool TestEid::insert(const QString &holder, const QString &mode)
{
    pullOut();
    m_card.setProcessChannelMode(QProcess::SeparateChannels);
    m_card.start(u"/usr/bin/python3"_s,
                 {QStringLiteral(GUICHET_SOURCE_DIR) + u"/tests/eid/virtual_eid.py"_s, u"--holder"_s, holder,
                  u"--mode"_s, mode, u"--port"_s, QString::number(m_port)});
    QByteArray seen;
    if (!waitForLine(m_card, "connected", seen)) {
        qWarning("%s", m_card.readAllStandardError().constData());
        return false;
    }
    const auto present = EidReader::waitForCard(kReader, true, 20000);
    return present && *present;
}

bool TestEid::pullOut()
{
    if (m_card.state() == QProcess::NotRunning)
        return true;
    m_card.kill();
    m_card.waitForFinished(10000);
    const auto gone = EidReader::waitForCard(kReader, false, 20000);
    return gone && *gone;
}

int TestEid::patients(Database &db)
{
    auto r = db.exec(u"SELECT count(*) FROM patients"_s);
    return r && r->next() ? r->value(0).toInt() : -1;
}

void TestEid::tlvAndDates()
{
    // A length of 300: 0xFF then 45.
    const QByteArray longValue(300, 'x');
    auto fields = EidTlv::parse(tlv(0x01, "A1") + tlv(0x1F, longValue) + tlv(0x07, "Claes") + QByteArray(8, '\0'));
    QVERIFY(fields);
    QCOMPARE(fields->value(0x1F), longValue);
    QCOMPARE(fields->value(0x07), QByteArray("Claes"));
    QVERIFY(!EidTlv::parse(QByteArray::fromHex("07FFFF"))); // the length cut short
    QVERIFY(!EidTlv::parse(QByteArray::fromHex("070A4142"))); // longer than the file
    QVERIFY(!EidTlv::parse(tlv(0x07, "A") + tlv(0x07, "B"))); // a field twice
    QVERIFY(!EidTlv::parse(QByteArray(EidTlv::MaxFileSize + 1, 1))); // larger than a card's file
    QCOMPARE(EidIdentity::parseBirthDate(u"30 JUIL 1985"_s).toIso(), u"1985-07-30"_s);
    QCOMPARE(EidIdentity::parseBirthDate(u"02.MAAR.1970"_s).toIso(), u"1970-03-02"_s);
    QCOMPARE(EidIdentity::parseBirthDate(u"17 MÄR 1961"_s).toIso(), u"1961-03-17"_s);
    QCOMPARE(EidIdentity::parseBirthDate(u"01 DEZ 2001"_s).toIso(), u"2001-12-01"_s);
    QCOMPARE(EidIdentity::parseBirthDate(u"12  JAN  1970"_s).toIso(), u"1970-01-12"_s); // double-spaced
    QVERIFY(!EidIdentity::parseBirthDate(u"31 FEV 1985"_s).isValid());
    // What real cards hold when the register knows the birth date only in part: the year alone
    // (three encodings: padded as in French and Dutch cards, bare, padded as in German ones), the
    // month and year (day unknown), in French, Dutch and German.
    for (const QString &yearOnly : {u"        1962"_s, u"1962"_s, u"       1962"_s}) {
        const PartialDate d = EidIdentity::parseBirthDate(yearOnly);
        QVERIFY2(d.isValid() && d.precision == DatePrecision::Year, qPrintable(yearOnly));
        QCOMPARE(d.toIso(), u"1962"_s);
    }
    QCOMPARE(EidIdentity::parseBirthDate(u"MARS 1962"_s).toIso(), u"1962-03"_s);
    QCOMPARE(EidIdentity::parseBirthDate(u"MAAR 1962"_s).toIso(), u"1962-03"_s);
    QCOMPARE(EidIdentity::parseBirthDate(u"00 MÄR 1962"_s).toIso(), u"1962-03"_s);
    QVERIFY(!EidIdentity::parseBirthDate(u"62"_s).isValid());
    QVERIFY(!EidIdentity::parseBirthDate(u"15 XYZ 1962"_s).isValid());
    // A birth date in the future: refused, nothing taken.
    const QByteArray identity = tlv(0x01, "592123456789") + tlv(0x04, "01.01.2030") + tlv(0x06, "85073003427")
        + tlv(0x07, "Claes") + tlv(0x08, "Anne") + tlv(0x0C, "30 JUIL 2085") + tlv(0x0D, "F");
    auto future = EidIdentity::fromFiles(identity, tlv(0x01, "Rue 1"), QDate(2026, 12, 3));
    QVERIFY(!future);
    QVERIFY(future.error().message.contains(u"future"_s));
}

void TestEid::readsTheCard()
{
    QVERIFY(m_ready);
    QVERIFY(insert(u"claes"_s));
    auto card = EidReader::read(QString(), QDate(2026, 12, 3));
    QVERIFY2(card, qPrintable(card ? QString() : card.error().message));
    QCOMPARE(card->surname, u"Claes-Van den Bossche"_s);
    QCOMPARE(card->firstNames, u"Anne-Sophie Élodie"_s);
    QCOMPARE(card->thirdInitial, u"M"_s);
    QCOMPARE(card->nationalNumber, u"85073003427"_s);
    QCOMPARE(card->birthDate.toIso(), u"1985-07-30"_s);
    QCOMPARE(card->sex, Sex::Female);
    QCOMPARE(card->street, u"Chaussée d'Ixelles 227 bte 4"_s);
    QCOMPARE(card->postcode, u"1050"_s);
    QCOMPARE(card->municipality, u"Ixelles"_s);
    QCOMPARE(card->validUntil, QDate(2032, 3, 12));
    QCOMPARE(card->cardNumber, u"592123456789"_s);
}

void TestEid::bisNumberOnADutchCard()
{
    QVERIFY(m_ready);
    QVERIFY(insert(u"nowak"_s));
    auto card = EidReader::read(kReader, QDate(2026, 12, 3));
    QVERIFY2(card, qPrintable(card ? QString() : card.error().message));
    QCOMPARE(card->nationalNumber, u"90271512351"_s); // month + 20: a BIS number
    QCOMPARE(card->birthDate.toIso(), u"1990-07-15"_s);
    QCOMPARE(card->firstNames, u"Łukasz Jan"_s);
    QCOMPARE(card->sex, Sex::Male);
    QCOMPARE(card->municipality, u"Gent"_s);
}

void TestEid::newRecordFromTheCardThenChecked()
{
    QVERIFY(m_ready);
    QVERIFY(insert(u"claes"_s));
    TempDatabase t;
    addMiniPractice(t.db());
    const Session session = t.session();
    auto card = EidReader::read(QString(), session.now().date());
    QVERIFY(card);
    auto added = PatientService::add(session, PatientService::inputFromEid(*card));
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    QCOMPARE(added->niss, u"85073003427"_s);
    QCOMPARE(added->identityStatus, IdentityStatus::Provisional);
    auto checked = PatientService::checkIdentityWithEid(session, added->id, *card);
    QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));
    QCOMPARE(checked->identityStatus, IdentityStatus::Validated);
    auto audited = t.db().exec(u"SELECT count(*) FROM audit_log WHERE action IN ('patient.eid-read', "
                               "'patient.identity-checked') AND entity_id = ?"_s,
                               {added->id});
    QVERIFY(audited && audited->next());
    QCOMPARE(audited->value(0).toInt(), 2);
    // The photo is never read, and no card data is kept beyond the record's fields.
    auto card2 = t.db().exec(u"SELECT count(*) FROM audit_log WHERE details LIKE '%photo%'"_s);
    QVERIFY(card2 && card2->next());
    QCOMPARE(card2->value(0).toInt(), 0);
}

void TestEid::aDifferingRecordIsNeverOverwritten()
{
    QVERIFY(m_ready);
    QVERIFY(insert(u"claes"_s));
    TempDatabase t;
    addMiniPractice(t.db());
    const Session session = t.session();
    PatientInput in;
    in.birthName = u"Claes"_s; // not the card's compound name
    in.firstNames = u"Anne-Sophie Élodie Marie"_s; // more first names than the card: fine
    in.birthDate = u"1985-07-03"_s; // day and month swapped
    in.sex = u"female"_s;
    auto added = PatientService::add(session, in);
    QVERIFY(added);
    auto card = EidReader::read(QString(), session.now().date());
    QVERIFY(card);
    const auto differences = card->differences(*added);
    QCOMPARE(differences.size(), 2);
    QCOMPARE(differences.at(0).field, u"birth_name"_s);
    QCOMPARE(differences.at(1).field, u"birth_date"_s);
    auto checked = PatientService::checkIdentityWithEid(session, added->id, *card);
    QVERIFY(!checked);
    QCOMPARE(checked.error().code, ErrorCode::Conflict);
    QVERIFY(checked.error().message.contains(u"Claes-Van den Bossche on the card, Claes on the record"_s));
    const Patient after = *PatientRepository(t.db()).byId(added->id);
    QCOMPARE(after.birthName, u"Claes"_s);
    QCOMPARE(after.birthDate, QDate(1985, 7, 3));
    QCOMPARE(after.identityStatus, IdentityStatus::Provisional);
    QVERIFY(after.niss.isEmpty());
}

// A refugee's card: no first name, the birth year alone (padded as real cards hold it). The card
// is read, a record without a first name agrees with it, and the country is the card's postcode's.
// A German-language card's double-spaced date is read too.
void TestEid::partialDateAndNoFirstNameOnARealCard()
{
    QVERIFY(m_ready);
    QVERIFY(insert(u"haddad"_s));
    auto card = EidReader::read(kReader, QDate(2026, 12, 3));
    QVERIFY2(card, qPrintable(card ? QString() : card.error().message));
    QCOMPARE(card->birthDate.toIso(), u"1962"_s);
    QCOMPARE(card->birthDate.precision, DatePrecision::Year);
    QVERIFY(card->firstNames.isEmpty());
    QCOMPARE(PatientService::inputFromEid(*card).country, u"BE"_s); // 1000: a Belgian postcode
    TempDatabase t;
    addMiniPractice(t.db());
    Patient known;
    known.id = u"haddad-record"_s;
    known.birthName = u"HADDAD"_s;
    known.setBirth(PartialDate::fromIso(u"1962"_s));
    known.sex = Sex::Male;
    known.address = u"Rue Haute 10"_s;
    known.postcode = u"1000"_s;
    known.city = u"Bruxelles"_s;
    known.createdAt = known.updatedAt = t.clock().now();
    QVERIFY(PatientRepository(t.db()).insert(known));
    QVERIFY(card->differences(known).isEmpty());
    auto checked = PatientService::checkIdentityWithEid(t.session(), known.id, *card);
    QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));
    QCOMPARE(checked->niss, u"62000000140"_s);
    QCOMPARE(checked->birth().toIso(), u"1962"_s);
    // A record with a first name is not this card's.
    known.firstNames = u"Samir"_s;
    QCOMPARE(card->differences(known).size(), 1);

    QVERIFY(insert(u"schmitz"_s)); // the first card pulled out first
    auto german = EidReader::read(kReader, QDate(2026, 12, 3));
    QVERIFY2(german, qPrintable(german ? QString() : german.error().message));
    QCOMPARE(german->birthDate.toIso(), u"1970-01-12"_s);
    QCOMPARE(german->municipality, u"Eupen"_s);
}

// The card read for a known record whose holder moved: the desk is offered the card's address,
// and taking it is audited with the address before and after.
void TestEid::theCardsNewAddressIsOfferedAndAudited()
{
    QVERIFY(m_ready);
    QVERIFY(insert(u"claes"_s));
    TempDatabase t;
    addMiniPractice(t.db());
    const Session session = t.session();
    auto card = EidReader::read(kReader, session.now().date());
    QVERIFY(card);
    PatientInput in = PatientService::inputFromEid(*card);
    in.address = u"Rue du Trône 4"_s; // where she lived before
    in.postcode = u"1000"_s;
    in.city = u"Bruxelles"_s;
    auto added = PatientService::add(session, in);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    QVERIFY(card->addressDiffers(*added));
    NewPatientDialog dialog(session, nullptr, added->id);
    dialog.checkWithCard(*card);
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems()));
    QVERIFY(!dialog.eidAddressButton()->isHidden());
    QVERIFY(dialog.eidAddressButton()->toolTip().contains(u"Chaussée d'Ixelles 227 bte 4"_s));
    dialog.eidAddressButton()->click();
    const Patient after = *PatientRepository(t.db()).byId(added->id);
    QCOMPARE(after.address, u"Chaussée d'Ixelles 227 bte 4"_s);
    QCOMPARE(after.postcode, u"1050"_s);
    QCOMPARE(after.city, u"Ixelles"_s);
    QVERIFY(dialog.eidAddressButton()->isHidden());
    auto audit = t.db().exec(u"SELECT details FROM audit_log WHERE action = 'patient.eid-address' AND entity_id = ?"_s,
                             {added->id});
    QVERIFY(audit && audit->next());
    const QJsonObject details = QJsonDocument::fromJson(audit->value(0).toString().toUtf8()).object();
    QCOMPARE(details.value(u"before"_s).toObject().value(u"address"_s).toString(), u"Rue du Trône 4"_s);
    QCOMPARE(details.value(u"after"_s).toObject().value(u"city"_s).toString(), u"Ixelles"_s);
    // Read again: the same address, nothing offered.
    dialog.checkWithCard(*card);
    QVERIFY(dialog.eidAddressButton()->isHidden());
}

void TestEid::failuresWriteNothing_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("said");
    QTest::newRow("expired card") << u"expired"_s << u"expired on 12/03/2020"_s;
    QTest::newRow("pulled out while read") << u"pull"_s << u"taken out while it was read"_s;
    QTest::newRow("unreadable data") << u"garbage"_s << u"cannot be read"_s;
    QTest::newRow("not an eID") << u"not-eid"_s << u"not a Belgian eID"_s;
    QTest::newRow("no card") << QString() << u"no card in the reader"_s;
}

void TestEid::failuresWriteNothing()
{
    QFETCH(QString, mode);
    QFETCH(QString, said);
    QVERIFY(m_ready);
    if (mode.isEmpty())
        QVERIFY(pullOut());
    else
        QVERIFY(insert(u"claes"_s, mode));
    TempDatabase t;
    addMiniPractice(t.db());
    PatientInput in;
    in.birthName = u"Claes-Van den Bossche"_s;
    in.firstNames = u"Anne-Sophie Élodie"_s;
    in.birthDate = u"1985-07-30"_s;
    in.sex = u"female"_s;
    auto added = PatientService::add(t.session(), in);
    QVERIFY(added);
    const int before = patients(t.db());
    auto card = EidReader::read(QString(), QDate(2026, 12, 3));
    QVERIFY(!card);
    QVERIFY2(card.error().message.contains(said), qPrintable(card.error().message));
    QCOMPARE(patients(t.db()), before);
    QCOMPARE(PatientRepository(t.db()).byId(added->id)->identityStatus, IdentityStatus::Provisional);
}

void TestEid::commandLine()
{
    QVERIFY(m_ready);
    QVERIFY(insert(u"claes"_s));
    TempDatabase t;
    addMiniPractice(t.db());
    PatientInput in;
    in.birthName = u"Claes-Van den Bossche"_s;
    in.firstNames = u"Anne-Sophie"_s; // the second given name missing: the card says otherwise
    in.birthDate = u"1985-07-30"_s;
    in.sex = u"F"_s;
    auto added = PatientService::add(t.session(), in);
    QVERIFY(added);
    signInCliAs(t.db(), t.dir());
    const QString path = t.path();
    t.reopen();
    auto cli = [&](const QStringList &args) {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(GUICHET_CLI), QStringList{u"--db"_s, path, u"--json"_s} + args);
        p->waitForFinished(60000);
        return p;
    };
    auto read = cli({u"eid"_s, u"read"_s, u"--reader"_s, kReader});
    QCOMPARE(read->exitCode(), 0);
    const QJsonObject o = QJsonDocument::fromJson(read->readAllStandardOutput()).object();
    QCOMPARE(o.value(u"national_number"_s).toString(), u"85073003427"_s);
    QCOMPARE(o.value(u"first_names"_s).toString(), u"Anne-Sophie Élodie"_s);
    QCOMPARE(o.value(u"reader"_s).toString(), kReader);
    QVERIFY(!o.contains(u"photo"_s));
    auto differs = cli({u"patient"_s, u"check-identity"_s, added->id, u"--eid"_s});
    QCOMPARE(differs->exitCode(), 4); // a conflict: the record is left as it is
    QVERIFY(differs->readAllStandardError().contains("First names"));
    in.firstNames = u"Anne-Sophie Élodie"_s;
    t.reopen();
    QVERIFY(PatientService::update(t.session(), added->id, in, PatientService::preferencesOf(*added)));
    auto check = cli({u"patient"_s, u"check-identity"_s, added->id, u"--eid"_s});
    QCOMPARE(check->exitCode(), 0);
    const QJsonObject checked = QJsonDocument::fromJson(check->readAllStandardOutput()).object();
    QCOMPARE(checked.value(u"identity_status"_s).toString(), u"validated"_s);
    QCOMPARE(checked.value(u"niss"_s).toString(), u"85073003427"_s); // taken from the card, it was empty
    QCOMPARE(cli({u"eid"_s, u"read"_s, u"--reader"_s, u"No such reader"_s})->exitCode(), 2);
}

void TestEid::noServiceSaysSo()
{
    if (!m_ownService)
        QSKIP("the smart card service was already running: not stopped by a test");
    pullOut();
    m_pcscd.terminate();
    QVERIFY(m_pcscd.waitForFinished(10000));
    auto readers = EidReader::readers();
    QVERIFY(!readers);
    QVERIFY2(readers.error().message.contains(u"service is not running"_s), qPrintable(readers.error().message));
}

void TestEid::theDeskReadsTheCard()
{
    QVERIFY(m_ready);
    QVERIFY(insert(u"claes"_s));
    TempDatabase t;
    addMiniPractice(t.db());
    const Session session = t.session();
    // A new record, filled from the card, checked by it once created.
    NewPatientDialog fresh(session);
    QTest::mouseClick(fresh.eidButton(), Qt::LeftButton);
    QCOMPARE(fresh.field(u"birth_name"_s)->text(), u"Claes-Van den Bossche"_s);
    QCOMPARE(fresh.field(u"first_names"_s)->text(), u"Anne-Sophie Élodie"_s);
    QCOMPARE(fresh.field(u"birth_date"_s)->text(), u"30/07/1985"_s);
    QCOMPARE(fresh.field(u"niss"_s)->text(), u"85073003427"_s);
    QCOMPARE(fresh.field(u"city"_s)->text(), u"Ixelles"_s);
    fresh.accept();
    QVERIFY2(!fresh.createdId().isEmpty(), qPrintable(fresh.problems()));
    QCOMPARE(PatientRepository(t.db()).byId(fresh.createdId())->identityStatus, IdentityStatus::Validated);
    // Another record of the desk, typed by hand with a mistake: compared, shown, left alone.
    PatientInput in;
    in.birthName = u"Claes"_s;
    in.firstNames = u"Anne-Sophie Élodie"_s;
    in.birthDate = u"1985-07-03"_s;
    in.sex = u"female"_s;
    auto typed = PatientService::add(session, in);
    QVERIFY(typed);
    NewPatientDialog record(session, nullptr, typed->id);
    record.resize(record.sizeHint());
    QTest::mouseClick(record.eidButton(), Qt::LeftButton);
    QVERIFY2(record.problems().contains(u"Birth name: Claes-Van den Bossche on the card, Claes on the record"_s),
             qPrintable(record.problems()));
    // Dates with their four-digit year, as the desk reads them (PatientFields::displayValue).
    QVERIFY2(record.problems().contains(u"Birth date: 30/07/1985 on the card, 03/07/1985 on the record"_s),
             qPrintable(record.problems()));
    if (const QString dir = qEnvironmentVariable("GUICHET_EID_SCREENSHOTS"); !dir.isEmpty()) {
        // As the desk sees it, in French.
        installTranslations(u"fr"_s);
        NewPatientDialog seen(session, nullptr, typed->id);
        QTest::mouseClick(seen.eidButton(), Qt::LeftButton);
        seen.show();
        seen.grab().save(dir + u"/eid-compare.png"_s);
        installTranslations(u"en"_s);
    }
    QCOMPARE(PatientRepository(t.db()).byId(typed->id)->birthName, u"Claes"_s);
    QCOMPARE(PatientRepository(t.db()).byId(typed->id)->identityStatus, IdentityStatus::Provisional);
    // No card: said in the dialog, nothing filled.
    QVERIFY(pullOut());
    NewPatientDialog empty(session);
    QTest::mouseClick(empty.eidButton(), Qt::LeftButton);
    QVERIFY(empty.problems().contains(u"no card in the reader"_s));
    QVERIFY(empty.field(u"birth_name"_s)->text().isEmpty());
}

QTEST_MAIN(TestEid)
#include "tst_eid.moc"
