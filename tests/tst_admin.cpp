// The administration in the desktop (issue 18): the first-start assistant on an empty database,
// each administration screen, one's own password from the sign-in. Real widgets, offscreen.
#include "core/access/session.h"
#include "core/access/userservice.h"
#include "core/agenda/absenceservice.h"
#include "core/agenda/openinghours.h"
#include "core/agenda/practicesetup.h"
#include "core/store/auditlog.h"
#include "core/store/practicerepository.h"
#include "core/store/practicesettings.h"
#include "core/store/userrepository.h"
#include "tests/support/testsupport.h"
#include "ui/admin/administrationdialog.h"
#include "ui/admin/auditpage.h"
#include "ui/admin/hourspage.h"
#include "ui/admin/motifspage.h"
#include "ui/admin/practitionerspage.h"
#include "ui/admin/rulespage.h"
#include "ui/admin/setupassistant.h"
#include "ui/admin/sitespage.h"
#include "ui/admin/userspage.h"
#include "ui/shell/changepassworddialog.h"
#include "ui/shell/signindialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace guichet;
using namespace guichet::test;

class TestAdmin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void assistantSetsUpAnEmptyPractice();
    void practitionersAndReasonsScreens();
    void hoursAndAbsencesScreen();
    void usersScreen();
    void rulesScreen();
    void auditScreen();
    void ownPasswordFromTheSignIn();

private:
    // The first administrator, signed in on the empty database.
    User administrator();
    // One site, one practitioner, one reason, through the assistant's own pages.
    void setUp(const Session &session);

    std::unique_ptr<TempDatabase> m_t;
};

void TestAdmin::init()
{
    m_t = std::make_unique<TempDatabase>();
}

void TestAdmin::cleanup()
{
    m_t.reset();
}

User TestAdmin::administrator()
{
    auto created = UserService::createFirstAdministrator(
        m_t->db(), m_t->clock(),
        NewUser{u"admin"_s, u"Administrateur"_s, Role::Administrator, {}, u"Hibou gris pommier 2026"_s});
    if (!created)
        qFatal("administrator: %s", qPrintable(created.error().message));
    return *created;
}

void TestAdmin::setUp(const Session &session)
{
    SitesPage sites(session);
    sites.startNew();
    sites.nameField()->setText(u"Cabinet des Lilas"_s);
    sites.postcodeField()->setText(u"1050"_s);
    sites.cityField()->setText(u"Ixelles"_s);
    sites.phoneField()->setText(u"02 555 12 34"_s);
    QVERIFY2(sites.save(), qPrintable(sites.message()));
    PractitionersPage practitioners(session);
    practitioners.startNew();
    practitioners.lastNameField()->setText(u"Peeters"_s);
    practitioners.registrationField()->setText(u"12345625004"_s);
    QVERIFY2(practitioners.save(), qPrintable(practitioners.message()));
    MotifsPage motifs(session);
    motifs.startNew();
    motifs.labelField()->setText(u"Consultation"_s);
    QVERIFY2(motifs.save(), qPrintable(motifs.message()));
}

void TestAdmin::assistantSetsUpAnEmptyPractice()
{
    const Session session(m_t->db(), m_t->clock(), administrator());
    QVERIFY(SetupAssistant::isNeeded(session));
    const Session secretary = m_t->session(Role::Secretary);
    QVERIFY(!SetupAssistant::isNeeded(secretary)); // only who may set the practice up is asked
    bool askedCentral = false;
    SetupAssistant assistant(session, [&] {
        askedCentral = true;
        return false; // the server dialog cancelled: nothing changes
    });
    assistant.show();
    QCOMPARE(assistant.currentId(), int(SetupAssistant::Welcome));
    auto *central = assistant.findChild<QPushButton *>(u"fromCentralAgenda"_s);
    QVERIFY(central);
    central->click();
    QVERIFY(askedCentral);
    // Site: a wrong postcode is refused in words, then saved.
    assistant.next();
    QCOMPARE(assistant.currentId(), int(SetupAssistant::Sites));
    SitesPage *sites = assistant.sitesPage();
    sites->nameField()->setText(u"Cabinet des Lilas"_s);
    sites->addressField()->setText(u"Rue des Lilas 4"_s);
    sites->postcodeField()->setText(u"105"_s);
    sites->cityField()->setText(u"Ixelles"_s);
    sites->phoneField()->setText(u"02 555 12 34"_s);
    sites->accessField()->setPlainText(u"Rez-de-chaussée"_s);
    QVERIFY(!sites->save());
    QVERIFY(sites->message().contains(u"4 digits"_s));
    QVERIFY(PracticeRepository(m_t->db()).sites().isEmpty());
    sites->postcodeField()->setText(u"1050"_s);
    QVERIFY2(sites->save(), qPrintable(sites->message()));
    const QList<Site> saved = PracticeRepository(m_t->db()).sites();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().phone, u"+3225551234"_s);
    QCOMPARE(saved.first().timeZone, u"Europe/Brussels"_s);
    QCOMPARE(sites->table()->rowCount(), 1);
    // Practitioners: a wrong INAMI number refused with the reason, the right one saved.
    assistant.next();
    PractitionersPage *practitioners = assistant.practitionersPage();
    QCOMPARE(practitioners->siteBox()->count(), 1); // the site just added
    practitioners->startNew();
    practitioners->titleField()->setText(u"Dr"_s);
    practitioners->firstNameField()->setText(u"Anne"_s);
    practitioners->lastNameField()->setText(u"Peeters"_s);
    practitioners->registrationField()->setText(u"1-23456-26-004"_s);
    practitioners->deadlineBox()->setValue(1);
    practitioners->deadlineUnitBox()->setCurrentIndex(1); // days
    practitioners->onlineDaysBox()->setValue(30);
    practitioners->newPatientsBox()->setChecked(false);
    QVERIFY(!practitioners->save());
    QVERIFY(practitioners->message().contains(u"INAMI"_s));
    QVERIFY(PracticeRepository(m_t->db()).practitioners(false).isEmpty());
    practitioners->registrationField()->setText(u"1-23456-25-004"_s);
    QVERIFY2(practitioners->save(), qPrintable(practitioners->message()));
    const Practitioner anne = PracticeRepository(m_t->db()).practitioners().first();
    QCOMPARE(anne.registration, u"12345625004"_s);
    QCOMPARE(anne.onlineCancelDeadlineHours, 24);
    QCOMPARE(anne.onlineDays, 30);
    QVERIFY(!anne.acceptsNewPatientsOnline);
    QCOMPARE(anne.specialty, u"general-practice"_s);
    // Visit reasons: phone-only with its number, ages, instructions.
    assistant.next();
    MotifsPage *motifs = assistant.motifsPage();
    QCOMPARE(motifs->practitionerBox()->count(), 1);
    motifs->startNew();
    motifs->labelField()->setText(u"Vaccination"_s);
    motifs->durationBox()->setValue(20);
    motifs->bookingBox()->setCurrentIndex(motifs->bookingBox()->findData(u"phone-only"_s));
    QVERIFY(motifs->phoneField()->isEnabled());
    motifs->phoneField()->setText(u"02 555 99 88"_s);
    motifs->minAgeBox()->setValue(12);
    motifs->maxAgeBox()->setValue(6);
    QVERIFY(!motifs->save());
    QVERIFY(motifs->message().contains(u"maximum age"_s));
    motifs->maxAgeBox()->setValue(16);
    motifs->instructionsField()->setPlainText(u"Apportez le carnet."_s);
    QVERIFY2(motifs->save(), qPrintable(motifs->message()));
    const Motif vaccine = PracticeRepository(m_t->db()).motifs(anne.id).first();
    QCOMPARE(vaccine.bookingCode(), u"phone-only"_s);
    QCOMPARE(vaccine.bookingPhone, u"+3225559988"_s);
    QCOMPARE(vaccine.durationMinutes, 20);
    QCOMPARE(vaccine.maxAgeYears, 16);
    QCOMPARE(vaccine.instructions, u"Apportez le carnet."_s);
    // The usual week's page knows the practitioner; users: a secretary added.
    assistant.next();
    QCOMPARE(assistant.hoursPage()->practitionerBox()->count(), 1);
    QCOMPARE(assistant.hoursPage()->weekTable()->rowCount(), 7);
    assistant.next();
    UsersPage *users = assistant.usersPage();
    users->startNew();
    users->loginField()->setText(u"marie"_s);
    users->nameField()->setText(u"Marie Dubois"_s);
    users->passwordField()->setText(u"Tilleul vert ardoise 47"_s);
    QVERIFY2(users->save(), qPrintable(users->message()));
    QVERIFY(UserService::signIn(m_t->db(), m_t->clock(), u"marie"_s, u"Tilleul vert ardoise 47"_s).ok());
    assistant.next();
    QCOMPARE(assistant.currentId(), int(SetupAssistant::Done));
    QVERIFY(!SetupAssistant::isNeeded(session));
    QStringList acts;
    AuditFilter created;
    const QList<AuditEntry> entries = AuditLog::query(m_t->db(), created).value();
    for (const AuditEntry &e : entries)
        acts << e.action;
    for (const QString &act : {u"site.create"_s, u"practitioner.create"_s, u"motif.create"_s, u"user.create"_s})
        QVERIFY2(acts.contains(act), qPrintable(act));
}

void TestAdmin::practitionersAndReasonsScreens()
{
    const Session session(m_t->db(), m_t->clock(), administrator());
    setUp(session);
    AdministrationDialog dialog(session);
    QSignalSpy changed(&dialog, &AdministrationDialog::practiceChanged);
    PractitionersPage *practitioners = dialog.practitionersPage();
    QCOMPARE(practitioners->table()->rowCount(), 1);
    practitioners->table()->selectRow(0);
    QCOMPARE(practitioners->lastNameField()->text(), u"Peeters"_s);
    QVERIFY(practitioners->toggleActive()); // deactivated, still listed
    QCOMPARE(changed.count(), 1);
    QVERIFY(!PracticeRepository(m_t->db()).practitioners(false).first().active);
    QCOMPARE(practitioners->table()->rowCount(), 1);
    QVERIFY(practitioners->message().contains(u"deactivated"_s));
    QVERIFY(practitioners->toggleActive());
    QVERIFY(PracticeRepository(m_t->db()).practitioners(false).first().active);
    // An edit keeps the record and changes the field.
    practitioners->table()->selectRow(0);
    practitioners->noticeBox()->setValue(12);
    QVERIFY(practitioners->save());
    QCOMPARE(PracticeRepository(m_t->db()).practitioners().first().onlineNoticeHours, 12);
    QCOMPARE(PracticeRepository(m_t->db()).practitioners(false).size(), 1);
    MotifsPage *motifs = dialog.motifsPage();
    motifs->reload();
    motifs->table()->selectRow(0);
    QCOMPARE(motifs->labelField()->text(), u"Consultation"_s);
    QVERIFY(motifs->toggleActive());
    QVERIFY(!PracticeRepository(m_t->db()).motifs().first().active);
    // A secretary cannot: the same screens answer with the refusal.
    const Session secretary = m_t->session(Role::Secretary);
    MotifsPage refused(secretary);
    refused.table()->selectRow(0);
    QVERIFY(!refused.toggleActive());
    QVERIFY(!refused.message().isEmpty());
    QVERIFY(!PracticeRepository(m_t->db()).motifs().first().active);
}

void TestAdmin::hoursAndAbsencesScreen()
{
    const Session session(m_t->db(), m_t->clock(), administrator());
    setUp(session);
    const QString practitioner = PracticeRepository(m_t->db()).practitioners().first().id;
    const QTimeZone zone(QByteArrayLiteral("Europe/Brussels"));
    auto declared = AbsenceService::declare(session, practitioner, QDateTime(QDate(2026, 11, 30), QTime(0, 0), zone),
                                            QDateTime(QDate(2026, 12, 2), QTime(0, 0), zone), u"Formation"_s);
    QVERIFY(declared.ok());
    HoursPage page(session);
    QCOMPARE(page.absencesTable()->rowCount(), 1);
    QVERIFY(page.editAbsence(0, QDateTime(QDate(2026, 12, 1), QTime(0, 0), zone),
                             QDateTime(QDate(2026, 12, 4), QTime(0, 0), zone), u"Congé"_s));
    QCOMPARE(PracticeRepository(m_t->db()).absence(declared->absence.id)->label, u"Congé"_s);
    QCOMPARE(page.absencesTable()->item(0, 2)->text(), u"Congé"_s);
    QVERIFY(!page.editAbsence(0, QDateTime(QDate(2026, 12, 4), QTime(0, 0), zone),
                              QDateTime(QDate(2026, 12, 1), QTime(0, 0), zone), QString()));
    QVERIFY(page.message().contains(u"end after"_s));
    // The usual week, one row per range; a range's reasons chosen here.
    QVERIFY(OpeningHoursService::setWeekday(session, practitioner, 1,
                                            *OpeningHoursService::parseRanges(u"08:30-12:30, 14:00-18:00"_s))
                .ok());
    page.reload();
    QCOMPARE(page.weekTable()->rowCount(), 8); // Monday's two ranges and six closed days
    QCOMPARE(page.weekTable()->item(0, 2)->text(), u"all"_s);
    const QString consult = PracticeRepository(m_t->db()).motifs(practitioner).first().id;
    QVERIFY2(page.setRangeReasons(1, {consult}), qPrintable(page.message()));
    QCOMPARE(page.weekTable()->item(1, 2)->text(), u"Consultation"_s);
    QCOMPARE(PracticeRepository(m_t->db()).openingRanges(practitioner)->at(1).motifIds, QStringList{consult});
    QVERIFY(!page.setRangeReasons(3, {consult})); // a closed day has no range
    QVERIFY(page.removeAbsence(0, u"annulée"_s));
    QCOMPARE(page.absencesTable()->rowCount(), 0);
    QVERIFY(page.message().contains(u"free again"_s));
}

void TestAdmin::usersScreen()
{
    const Session session(m_t->db(), m_t->clock(), administrator());
    setUp(session);
    UsersPage page(session);
    page.startNew();
    page.loginField()->setText(u"marie"_s);
    page.nameField()->setText(u"Marie Dubois"_s);
    page.passwordField()->setText(u"court"_s);
    QVERIFY(!page.save());
    QVERIFY2(page.message().contains(u"character"_s), qPrintable(page.message())); // the policy, in words
    QVERIFY(!UserRepository(m_t->db()).byLogin(u"marie"_s));
    page.passwordField()->setText(u"Tilleul vert ardoise 47"_s);
    QVERIFY2(page.save(), qPrintable(page.message()));
    // Role and practitioner, disabled and enabled, a new password.
    page.nameField()->setText(u"Marie Dubois-Lambert"_s); // married since
    page.roleBox()->setCurrentIndex(page.roleBox()->findData(u"practitioner"_s));
    page.practitionerBox()->setCurrentIndex(1);
    QVERIFY2(page.save(), qPrintable(page.message()));
    const User marie = *UserRepository(m_t->db()).byLogin(u"marie"_s);
    QCOMPARE(marie.role, Role::Practitioner);
    QCOMPARE(marie.displayName, u"Marie Dubois-Lambert"_s);
    QCOMPARE(marie.practitionerId, PracticeRepository(m_t->db()).practitioners().first().id);
    QVERIFY(page.toggleActive());
    QCOMPARE(UserService::signIn(m_t->db(), m_t->clock(), u"marie"_s, u"Tilleul vert ardoise 47"_s).error().rule,
             u"access.disabled"_s);
    QVERIFY(page.toggleActive());
    page.passwordField()->setText(u"Nouvelle clef des champs 9"_s);
    QVERIFY(page.setPassword());
    QVERIFY(UserService::signIn(m_t->db(), m_t->clock(), u"marie"_s, u"Nouvelle clef des champs 9"_s).ok());
    // Nobody disables the last administrator, even from here.
    for (int row = 0; row < page.table()->rowCount(); ++row)
        if (page.table()->item(row, 0)->text() == u"admin"_s)
            page.table()->selectRow(row);
    QVERIFY(!page.toggleActive());
    QVERIFY(UserRepository(m_t->db()).byLogin(u"admin"_s)->active);
}

void TestAdmin::rulesScreen()
{
    const Session session(m_t->db(), m_t->clock(), administrator());
    RulesPage page(session);
    QCOMPARE(page.table()->rowCount(), PracticeSettings::keys().size());
    auto *threshold = qobject_cast<QSpinBox *>(page.editorOf(QString::fromLatin1(PracticeSettings::NoShowThreshold)));
    auto *sms = qobject_cast<QCheckBox *>(page.editorOf(QString::fromLatin1(PracticeSettings::SmsMotif)));
    QVERIFY(threshold && sms);
    QCOMPARE(threshold->maximum(), 20); // the bounds are core's
    threshold->setValue(5);
    sms->setChecked(true);
    QVERIFY(page.save());
    QVERIFY(page.message().contains(u"2"_s));
    const PracticeSettings settings(m_t->db());
    QCOMPARE(settings.noShowThreshold(), 5);
    QVERIFY(settings.smsMotifAllowed());
    QCOMPARE(AuditLog::query(m_t->db(), AuditFilter{{}, {}, {}, {}, u"settings"_s, 10})->size(), 2);
    // A secretary's page refuses, nothing changes.
    const Session secretary = m_t->session(Role::Secretary);
    RulesPage refused(secretary);
    qobject_cast<QSpinBox *>(refused.editorOf(QString::fromLatin1(PracticeSettings::NoShowThreshold)))->setValue(7);
    QVERIFY(!refused.save());
    QCOMPARE(settings.noShowThreshold(), 5);
}

void TestAdmin::auditScreen()
{
    const Session session(m_t->db(), m_t->clock(), administrator());
    setUp(session);
    AuditPage page(session);
    const int all = page.table()->rowCount();
    QVERIFY(all >= 4); // the sign-up and the three records
    page.kindBox()->setCurrentIndex(page.kindBox()->findData(u"practitioner"_s));
    QCOMPARE(page.table()->rowCount(), 1);
    QCOMPARE(page.table()->item(0, 2)->text(), u"Practitioner added"_s);
    page.kindBox()->setCurrentIndex(0);
    // Audit times follow the real clock, whatever the mock clock of the rules says.
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Brussels")).date();
    page.fromEdit()->setDate(today.addDays(1));
    page.reload();
    QCOMPARE(page.table()->rowCount(), 0);
    page.fromEdit()->setDate(today.addDays(-1));
    page.reload();
    QCOMPARE(page.table()->rowCount(), all);
    const QString file = m_t->dir() + u"/audit.csv"_s;
    QVERIFY(page.exportTo(file));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count("\r\n"), all + 1);
    QVERIFY(page.message().contains(file));
    // Read-only for everybody else.
    const Session secretarySession = m_t->session(Role::Secretary); // the page keeps a reference
    AuditPage secretary(secretarySession);
    QCOMPARE(secretary.table()->rowCount(), 0);
    QVERIFY(!secretary.message().isEmpty());
}

void TestAdmin::ownPasswordFromTheSignIn()
{
    administrator();
    SignInDialog signIn(m_t->db(), m_t->clock());
    QVERIFY(!signIn.isFirstRun());
    QVERIFY(signIn.findChild<QPushButton *>(u"changePassword"_s));
    ChangePasswordDialog dialog(m_t->db(), m_t->clock(), QString());
    dialog.loginField()->setText(u"admin"_s);
    dialog.currentField()->setText(u"Hibou gris pommier 2026"_s);
    dialog.newField()->setText(u"Nouvelle clef des champs 9"_s);
    dialog.repeatField()->setText(u"Autre clef violette 2027"_s);
    dialog.accept();
    QVERIFY(dialog.message().contains(u"differ"_s));
    dialog.currentField()->setText(u"Mot de passe erroné 99"_s);
    dialog.repeatField()->setText(u"Nouvelle clef des champs 9"_s);
    dialog.accept();
    QVERIFY(dialog.message().contains(u"wrong password"_s));
    QCOMPARE(UserRepository(m_t->db()).byLogin(u"admin"_s)->failedSignIns, 1); // counted
    dialog.currentField()->setText(u"Hibou gris pommier 2026"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    signIn.loginField()->setText(u"admin"_s);
    signIn.passwordField()->setText(u"Nouvelle clef des champs 9"_s);
    signIn.accept();
    QCOMPARE(signIn.user().login, u"admin"_s);
}

QTEST_MAIN(TestAdmin)
#include "tst_admin.moc"
