#include "core/access/audittrail.h"
#include "core/access/backupschedule.h"
#include "core/access/backupservice.h"
#include "core/access/directory.h"
#include "core/access/practicefile.h"
#include "core/access/userservice.h"
#include "core/agenda/appointmentservice.h"
#include "core/agenda/freeslots.h"
#include "core/agenda/noshowpolicy.h"
#include "core/agenda/noshowservice.h"
#include "core/agenda/openinghours.h"
#include "core/base/uuid.h"
#include "core/identity/mergeservice.h"
#include "core/identity/patientcsv.h"
#include "core/identity/patientservice.h"
#include "core/reminders/messagetemplates.h"
#include "core/reminders/practicerules.h"
#include "core/store/appointmentrepository.h"
#include "core/store/auditlog.h"
#include "core/store/notificationrepository.h"
#include "core/store/patientrepository.h"
#include "core/store/practicerepository.h"
#include "core/store/userrepository.h"
#include "core/sync/housekeeping.h"
#include "core/sync/syncengine.h"
#include "core/sync/syncsettings.h"
#include "tests/support/testsupport.h"
#include "tests/tour/screenshottour.h"
#include "ui/admin/administrationdialog.h"
#include "ui/admin/auditpage.h"
#include "ui/admin/rulespage.h"
#include "ui/admin/userspage.h"
#include "ui/agenda/absencedialog.h"
#include "ui/agenda/agendacolors.h"
#include "ui/agenda/agendagrid.h"
#include "ui/agenda/agendaview.h"
#include "ui/agenda/appointmentsearchdialog.h"
#include "ui/agenda/bookingdialog.h"
#include "ui/agenda/canceldialog.h"
#include "ui/agenda/daylistmodel.h"
#include "ui/agenda/monthview.h"
#include "ui/agenda/noshowstatsmodel.h"
#include "ui/agenda/noshowstatsview.h"
#include "ui/agenda/openinghoursdialog.h"
#include "ui/agenda/runninglatedialog.h"
#include "ui/agenda/waitlistcallsdialog.h"
#include "ui/identity/duplicatesview.h"
#include "ui/identity/newpatientdialog.h"
#include "ui/identity/splitdialog.h"
#include "ui/patients/patientpickerdialog.h"
#include "ui/patients/patientsearchmodel.h"
#include "ui/patients/patientsview.h"
#include "ui/reminders/messagesdialog.h"
#include "ui/reminders/templatesdialog.h"
#include "ui/settings/backupdialog.h"
#include "ui/settings/settingsdialog.h"
#include "ui/shell/changepassworddialog.h"
#include "ui/shell/idlewatcher.h"
#include "ui/shell/lockscreen.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/messagebox.h"
#include "ui/shell/signindialog.h"
#include "ui/shell/sitetimeedit.h"
#include "ui/shell/tones.h"
#include "ui/sync/serverdialog.h"
#include "ui/sync/syncview.h"

#include "demo/democlinic.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QUndoStack>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace guichet;
using namespace guichet::test;

class TestWidgets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void navigationAndStatusBar();
    void scheduledBackupsKeptAndMissed();
    void desktopRestoreReplacesAndReopens();
    void siteTimeWhateverTheComputersZone();
    void ctrlFFindsInTheAgendaAndElsewhere();
    void patientSearchModel();
    void patientsViewTypeAhead();
    void dayListModel();
    void lockScreenNeedsThePassword();
    void lockScreenMakesTheAccountWait();
    void noShowsJudgedFromTheDesktop();
    void idleWatcherLocksAfterSilence();
    void markAndUndoFromTheDayList();
    void paintedGrid();
    void theGridSpeaksToScreenReaders();
    void everyButtonHasAName();
    void blocksKeepTheirTextReadable();
    void followsAHighContrastPalette();
    void fitsAtTwiceTheTextSize();
    void medicalContentOnlyForPractitioners();
    void weekLabelsNeverShared();
    void bookingDialog();
    void bookingChoosesNobodyUntilTheDeskDoes();
    void pickerChoosesNobodyUntilTheDeskDoes();
    void typedRecordIsNeverDroppedByEscape();
    void dialogsOpenWhereTypingStarts();
    void monthView();
    void agendaChoicesAreRemembered();
    void markFromTheGrid();
    void gridRefreshesWhatWasReceived();
    void practitionerSeesTheirOwnDay();
    void bookMoveResizeCancelOnTheGridWithUndo();
    void severalPractitionersSideBySideRemembered();
    void printsAPractitionersDay();
    void dayListShowsWaitingTimes();
    void absenceDialogListsPatientsToMove();
    void openingHoursDialog();
    void duplicatesReviewQueue();
    void incompleteIdentitiesToComplete();
    void newPatientShowsKnownRecordsWhileTyping();
    void patientRecordEditor();
    void splitDialogMovesTheChosenVisits();
    void statisticsView();
    void markFromThePatientRecord();
    void noShowBadgeInSearch();
    void signInDialog();
    void firstRunCreatesAdministrator();
    void settingsDialogSaves();
    void desktopRoleTable();
    void idleDelayWithinThePracticesLongest();
    void appointmentMessagesDialog();
    void messageTemplatesDialog();
    void screenshotTour();

private:
    User admin();
    TempDatabase m_t;
    std::unique_ptr<QSettings> m_settings;
    QTemporaryDir m_settingsDir;
};

void TestWidgets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // 2026-11-23 is a Monday: the demo fills the day list.
    m_t.clock().set(QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone(QByteArrayLiteral("Europe/Brussels"))));
    auto demo = DemoClinic::create(m_t.db(), m_t.clock(), {400, 4, 1, 3});
    QVERIFY(demo.ok());
    m_settings = std::make_unique<QSettings>(m_settingsDir.filePath(u"guichet.ini"_s), QSettings::IniFormat);
}

User TestWidgets::admin()
{
    auto user = UserRepository(m_t.db()).byLogin(u"admin"_s);
    if (!user)
        qFatal("no admin");
    return user.value();
}

void TestWidgets::navigationAndStatusBar()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    MainWindow window(session, *m_settings);
    window.show();
    QCOMPARE(window.currentPage(), MainWindow::AgendaPage);
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        window.showPage(MainWindow::Page(page));
        QCOMPARE(int(window.currentPage()), page);
    }
    QVERIFY(window.syncStateText().contains(u"not configured"_s));
    const QList<QLabel *> labels = window.statusBar()->findChildren<QLabel *>();
    bool hasPatients = false;
    for (QLabel *l : labels)
        hasPatients = hasPatients || l->text().contains(u"400 patients"_s);
    QVERIFY(hasPatients);
}

void TestWidgets::scheduledBackupsKeptAndMissed()
{
    TempDatabase t; // the clock reads Monday 23 November 2026, 10:00 in Brussels
    addMiniPractice(t.db());
    QTemporaryDir folder;
    const Session admin = t.session();
    QCOMPARE(BackupSchedule::setFolder(admin, u"relative/folder"_s).error().rule, u"backup.folder"_s);
    QCOMPARE(BackupSchedule::setFolder(admin, folder.filePath(u"missing"_s)).error().rule, u"backup.folder"_s);
    QCOMPARE(BackupSchedule::setFolder(t.session(Role::Secretary), folder.path()).error().code, ErrorCode::Forbidden);
    QVERIFY(BackupSchedule::setFolder(admin, folder.path()));
    QVERIFY(t.db().setSetting(u"backup.daily_kept"_s, u"2"_s));
    QVERIFY(t.db().setSetting(u"backup.weekly_kept"_s, u"1"_s));
    const QDir dir(folder.path());
    auto made = [&] { return dir.entryList({u"guichet-*.db.manifest"_s}, QDir::Files, QDir::Name); };
    auto housekeeping = [&] { return Housekeeping::run(t.db(), t.clock().now(), u"desk-1"_s); };
    // Yesterday's 21:00 backup was never made: made at the first run, not again that morning.
    QCOMPARE(housekeeping().backup, dir.filePath(u"guichet-2026-11-23-1000.db"_s));
    t.clock().advance(60);
    QVERIFY(housekeeping().backup.isEmpty());
    // Today's after 21:00, then one each evening; two daily and one weekly are kept.
    t.clock().advance(11 * 3600 + 4 * 60);
    QCOMPARE(housekeeping().backup, dir.filePath(u"guichet-2026-11-23-2105.db"_s));
    for (int day = 0; day < 10; ++day) {
        t.clock().advance(24 * 3600);
        QVERIFY(!housekeeping().backup.isEmpty());
    }
    QCOMPARE(made(),
             (QStringList{u"guichet-2026-11-29-2105.db.manifest"_s, u"guichet-2026-12-02-2105.db.manifest"_s,
                          u"guichet-2026-12-03-2105.db.manifest"_s}));
    // Each kept backup restores (verified whole).
    QTemporaryDir restoreDir;
    auto restored = BackupService::restore(restoreDir.filePath(u"restored.db"_s),
                                           dir.filePath(u"guichet-2026-12-03-2105.db"_s), u"test"_s);
    QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));

    // Administration shows the folder and the last good backup.
    {
        const Session shown(t.db(), t.clock(), admin.user());
        RulesPage page(shown);
        QVERIFY2(page.backupStatusText().contains(u"Thursday 3 December 2026 21:05"_s),
                 qPrintable(page.backupStatusText()));
        QVERIFY(!page.saveBackupFolder(u"nowhere"_s));
    }
    // Three days without a desk running: the status bar says so, until the next backup.
    t.clock().advance(3 * 24 * 3600);
    QVERIFY(BackupSchedule::status(t.db(), t.clock().now()).missed);
    const Session session(t.db(), t.clock(), admin.user());
    MainWindow window(session, *m_settings);
    QVERIFY2(window.backupWarning().contains(u"No backup since Thursday 3 December 21:05"_s),
             qPrintable(window.backupWarning()));
    QVERIFY(!housekeeping().backup.isEmpty());
    QCOMPARE(window.backupWarning(), QString());
}

void TestWidgets::desktopRestoreReplacesAndReopens()
{
    QTemporaryDir dir;
    auto opened = PracticeFile::open(dir.filePath(u"cabinet.db"_s));
    QVERIFY(opened);
    std::unique_ptr<PracticeFile> file = std::move(opened.value());
    test::MockClock clock;
    User admin;
    admin.login = u"admin"_s;
    admin.displayName = u"Administratrice"_s;
    admin.role = Role::Administrator;
    auto addPatient = [&](const QString &name) {
        const Session s(file->database(), clock, admin);
        PatientInput in;
        in.birthName = name;
        in.firstNames = u"Anne"_s;
        in.birthDate = u"1970-01-02"_s;
        in.sex = u"female"_s;
        return PatientService::add(s, in).ok();
    };
    QVERIFY(addPatient(u"Avant"_s));
    const QString backup = dir.filePath(u"sauvegarde.db"_s);
    QVERIFY(BackupService::create(Session(file->database(), clock, admin), backup));
    QVERIFY(addPatient(u"Apres"_s));
    {
        // File ▸ Restore a backup: administrators only; confirmed, the window asks for it and closes.
        const Session session(file->database(), clock, admin);
        MainWindow window(session, *m_settings);
        auto *action = window.findChild<QAction *>(u"restoreAction"_s);
        QVERIFY(action && action->isEnabled());
        QSignalSpy asked(&window, &MainWindow::restoreRequested);
        window.show();
        window.requestRestore(backup);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().first().toString(), backup);
        QVERIFY(!window.isVisible());
        User secretary = admin;
        secretary.role = Role::Secretary;
        const Session desk(file->database(), clock, secretary);
        MainWindow deskWindow(desk, *m_settings);
        QVERIFY(!deskWindow.findChild<QAction *>(u"restoreAction"_s)->isEnabled());
    }
    auto patients = [&] { return PatientDirectory(Session(file->database(), clock, admin)).count().valueOr(-1); };
    // A secretary cannot; garbage is refused; the practice stays open as it was.
    User secretary = admin;
    secretary.role = Role::Secretary;
    QCOMPARE(BackupService::restoreOpen(file, backup, secretary, clock).error().code, ErrorCode::Forbidden);
    QFile garbage(dir.filePath(u"garbage.db"_s));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("not a backup");
    garbage.close();
    QVERIFY(!BackupService::restoreOpen(file, garbage.fileName(), admin, clock));
    QVERIFY(file);
    QCOMPARE(patients(), 2);
    // Restored, reopened, audited; the replaced database kept beside it.
    auto kept = BackupService::restoreOpen(file, backup, admin, clock);
    QVERIFY2(kept, kept ? "" : qPrintable(kept.error().message));
    QVERIFY(file);
    QCOMPARE(patients(), 1);
    QVERIFY(QFileInfo::exists(*kept));
    auto audit = AuditTrail::list(Session(file->database(), clock, admin), {});
    QVERIFY(audit);
    bool restoreAudited = false;
    for (const AuditEntry &e : *audit)
        restoreAudited = restoreAudited || e.action == u"backup.restore"_s;
    QVERIFY(restoreAudited);
}

void TestWidgets::siteTimeWhateverTheComputersZone()
{
    // The move window showed a 10:40 appointment at 09:40 on a computer in UTC, and "Move"
    // without a change moved it an hour earlier. Run by CI under Los Angeles and Auckland too.
    const QTimeZone brussels(QByteArrayLiteral("Europe/Brussels"));
    const QDateTime at(QDate(2026, 11, 24), QTime(10, 40), brussels);
    QWidget parent;
    QDateTimeEdit *edit = SiteTimeEdit::make(at, brussels, &parent);
    QCOMPARE(edit->date(), QDate(2026, 11, 24));
    QCOMPARE(edit->time(), QTime(10, 40));
    QCOMPARE(SiteTimeEdit::read(edit, brussels), at);
    // 02:30 on 14 March 2027 does not exist in Los Angeles (its clocks go forward); it does in
    // Brussels, and stays 02:30.
    const QDateTime gap(QDate(2027, 3, 14), QTime(2, 30), brussels);
    SiteTimeEdit::set(edit, gap, brussels);
    QCOMPARE(edit->time(), QTime(2, 30));
    QCOMPARE(SiteTimeEdit::read(edit, brussels).toUTC(), gap.toUTC());
    // A time typed is the site's.
    edit->setTime(QTime(16, 15));
    QCOMPARE(SiteTimeEdit::read(edit, brussels).toUTC(),
             QDateTime(QDate(2027, 3, 14), QTime(15, 15), QTimeZone::utc()));
}

void TestWidgets::ctrlFFindsInTheAgendaAndElsewhere()
{
    // Ctrl+F was defined twice (the main window and the agenda's button): Qt took it as ambiguous
    // and did nothing, though F1 lists it.
    const Session session(m_t.db(), m_t.clock(), admin());
    MainWindow window(session, *m_settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    int bound = 0;
    for (QAction *a : window.findChildren<QAction *>())
        bound += a->shortcut() == QKeySequence(QKeySequence::Find) ? 1 : 0;
    for (QAbstractButton *b : window.findChildren<QAbstractButton *>())
        bound += b->shortcut() == QKeySequence(QKeySequence::Find) ? 1 : 0;
    QCOMPARE(bound, 1);
    window.showPage(MainWindow::AgendaPage);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    auto *search = window.findChild<AppointmentSearchDialog *>();
    QVERIFY(search);
    QVERIFY(search->isVisible());
    search->close();
    window.showPage(MainWindow::SyncPage);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::PatientsPage);
}

void TestWidgets::patientSearchModel()
{
    const Session reader = m_t.session();
    PatientSearchModel model(reader);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(u"d"_s);
    QCOMPARE(model.rowCount(), 0); // one letter is not a search
    model.setQuery(u"du"_s);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowCount() <= 50);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString name = model.index(row, PatientSearchModel::Name).data().toString().toLower();
        QVERIFY2(name.contains(u"du"_s) || name.contains(u" d"_s), qPrintable(name));
        QVERIFY(!model.index(row, 0).data(PatientSearchModel::PatientIdRole).toString().isEmpty());
    }
    model.setQuery(u"qqqqq"_s);
    QCOMPARE(model.rowCount(), 0);
}

void TestWidgets::patientsViewTypeAhead()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    PatientsView view(session);
    view.show();
    auto *field = view.findChild<QLineEdit *>(u"patientSearchField"_s);
    QVERIFY(field);
    QTest::keyClicks(field, u"lamb"_s);
    // The search runs after a short pause in typing.
    QTRY_VERIFY(view.model()->rowCount() > 0);
    QCOMPARE(view.model()->query(), u"lamb"_s);
    view.selectRow(0);
    QCOMPARE(view.shownPatientId(), view.model()->patientAt(0)->id);

    // A new search whose list no longer holds the record shown: nothing shown, and "Book…"
    // books for nobody (it once opened a booking for GAUTHIER Margaux while the list showed
    // only LEJEUNE Marc). One match alone is shown at once.
    auto *book = view.findChild<QPushButton *>(u"bookPatient"_s);
    QVERIFY(book);
    QSignalSpy asked(&view, &PatientsView::bookingAsked);
    const QString before = view.shownPatientId();
    auto other = m_t.db().exec(u"SELECT birth_name FROM patients WHERE active = 1 AND birth_name NOT LIKE 'Lamb%' "
                               "GROUP BY birth_name HAVING count(*) >= 2 LIMIT 1"_s);
    QVERIFY(other && other->next());
    view.search(other->value(0).toString());
    QVERIFY(view.model()->rowCount() >= 2);
    QVERIFY(view.shownPatientId().isEmpty());
    book->click();
    QCOMPARE(asked.count(), 0);
    // Down goes from the search field into the results: the first one shown.
    QApplication::setActiveWindow(&view);
    QVERIFY(QTest::qWaitForWindowActive(&view));
    field->setFocus();
    QTest::keyClick(field, Qt::Key_Down);
    auto *table = view.findChild<QTableView *>(u"patientResults"_s);
    QVERIFY(table && table->hasFocus());
    QCOMPARE(view.shownPatientId(), view.model()->patientAt(0)->id);
    auto single = m_t.db().exec(u"SELECT birth_name || ' ' || first_names, id FROM patients p WHERE active = 1 AND "
                                "(SELECT count(*) FROM patients q WHERE q.birth_name = p.birth_name) = 1 LIMIT 1"_s);
    QVERIFY(single && single->next());
    view.search(single->value(0).toString());
    QCOMPARE(view.model()->rowCount(), 1);
    QCOMPARE(view.shownPatientId(), single->value(1).toString());
    book->click();
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().first().toString(), single->value(1).toString());
    QVERIFY(view.shownPatientId() != before);
}

void TestWidgets::dayListModel()
{
    const Session reader = m_t.session();
    DayListModel model(reader);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDay(QDate(2026, 11, 23));
    const int visible = model.rowCount();
    QVERIFY(visible > 10);
    model.setShowCancelled(true);
    QVERIFY(model.rowCount() >= visible);
    QTime previous(0, 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString time = model.index(row, DayListModel::Time).data().toString();
        const QTime start = QTime::fromString(time.left(5), u"HH:mm"_s);
        QVERIFY(start.isValid());
        QVERIFY(start >= previous); // by start time, in Brussels time
        QVERIFY(start >= QTime(8, 30));
        previous = start;
    }
    model.setDay(QDate(2026, 11, 22)); // a Sunday
    QCOMPARE(model.rowCount(), 0);

    // The lean rows the list is made from say what the appointments say; a same-start run is
    // ordered by practitioner name, as the desk reads it.
    const QTimeZone brussels(QByteArrayLiteral("Europe/Brussels"));
    const QList<DayListEntry> day = DayList::load(m_t.db(), QDate(2026, 11, 23), brussels);
    QVERIFY(day.size() > 10);
    AppointmentRepository appointments(m_t.db());
    int sameStart = 0;
    for (int i = 0; i < day.size(); ++i) {
        const Appointment &a = day.at(i).appointment;
        const auto stored = appointments.byId(a.id);
        QVERIFY(stored.ok());
        QCOMPARE(a.patientId, stored->patientId);
        QCOMPARE(a.practitionerId, stored->practitionerId);
        QCOMPARE(a.motifId, stored->motifId);
        QCOMPARE(a.start, stored->start);
        QCOMPARE(a.end, stored->end);
        QCOMPARE(a.status, stored->status);
        QVERIFY(!day.at(i).practitionerName.isEmpty());
        QVERIFY(!day.at(i).motifLabel.isEmpty());
        if (i > 0 && day.at(i - 1).appointment.start == a.start) {
            ++sameStart;
            QVERIFY(day.at(i - 1).practitionerName <= day.at(i).practitionerName);
        }
        if (i > 0)
            QVERIFY(day.at(i - 1).appointment.start <= a.start);
    }
    QVERIFY(sameStart > 0);
}

void TestWidgets::lockScreenNeedsThePassword()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    MainWindow window(session, *m_settings);
    window.show();
    window.lock();
    QVERIFY(window.lockScreen()->isLocked());
    QVERIFY(!window.centralWidget()->isEnabled());
    QVERIFY(!window.lockScreen()->tryUnlock(u"wrong"_s));
    QVERIFY(window.lockScreen()->isLocked());
    QSignalSpy unlocked(window.lockScreen(), &LockScreen::unlocked);
    QVERIFY(window.lockScreen()->tryUnlock(QString::fromLatin1(DemoClinic::Password)));
    QCOMPARE(unlocked.count(), 1);
    QVERIFY(window.centralWidget()->isEnabled());
    QStringList actions;
    for (const AuditEntry &e : AuditLog::recent(m_t.db(), 10))
        if (e.action.startsWith(u"screen."_s))
            actions.prepend(e.action);
    QCOMPARE(actions.mid(actions.size() - 3),
             (QStringList{u"screen.lock"_s, u"screen.unlock-failed"_s, u"screen.unlock"_s}));
}

void TestWidgets::lockScreenMakesTheAccountWait()
{
    // The password is checked as a sign-in: five wrong ones make the account wait, told in words.
    NewUser sophie{u"sophie.lock"_s, u"Sophie"_s, Role::Secretary, QString(), u"Tilleul vert ardoise 47"_s};
    const Session admins(m_t.db(), m_t.clock(), admin());
    auto created = UserService::create(admins, sophie);
    QVERIFY(created.ok());
    const Session session(m_t.db(), m_t.clock(), *created);
    MainWindow window(session, *m_settings);
    window.show();
    window.lock();
    for (int i = 1; i < UserService::FreeAttempts; ++i)
        QVERIFY(!window.lockScreen()->tryUnlock(u"wrong"_s));
    QVERIFY(!window.lockScreen()->tryUnlock(u"wrong"_s));
    auto *message = window.lockScreen()->findChildren<QLabel *>().last();
    QVERIFY2(message->text().contains(u"waits"_s), qPrintable(message->text()));
    QVERIFY(!window.lockScreen()->tryUnlock(u"Tilleul vert ardoise 47"_s)); // the right one waits too
    QVERIFY(window.lockScreen()->isLocked());
    QVERIFY(window.lockScreen()->findChild<QPushButton *>(u"lockChangePassword"_s));
    m_t.clock().advance(61);
    QVERIFY(window.lockScreen()->tryUnlock(u"Tilleul vert ardoise 47"_s));
    m_t.clock().advance(-61);
}

void TestWidgets::noShowsJudgedFromTheDesktop()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    const Practitioner practitioner = PracticeRepository(m_t.db()).practitioners().first();
    const Patient patient = PatientRepository(m_t.db()).list(5).last();
    AppointmentDraft d;
    d.practitionerId = practitioner.id;
    d.patientId = patient.id;
    d.durationMinutes = 10;
    d.overrideReason = u"urgence"_s;
    d.start = m_t.clock().now().addSecs(-7200);
    auto a = AppointmentService::create(session, d);
    QVERIFY(a.ok());
    QVERIFY(NoShowService::mark(session, a->id, false).ok());
    // From the patient's record: the links are there, the acts go through core.
    PatientsView view(session);
    view.showPatientById(patient.id);
    QVERIFY(view.findChild<QTextBrowser *>()->toHtml().contains(u"erase-noshow:"_s + a->id));
    QVERIFY(!view.eraseNoShow(a->id, QString())); // a reason is required
    QVERIFY(view.eraseNoShow(a->id, u"Le patient avait prévenu par téléphone"_s).ok());
    QVERIFY(AppointmentRepository(m_t.db()).byId(a->id)->noShowErased);
    QVERIFY(view.recordText().contains(u"erased by the practice"_s));
    QVERIFY(view.setOnlineBlock(practitioner.id, true, u"Insultes à l'accueil"_s).ok());
    QVERIFY(NoShowPolicy::status(m_t.db(), patient.id, practitioner.id).manualBlock);
    QVERIFY(view.recordText().contains(u"blocked online by the practice"_s));
    QVERIFY(view.setOnlineBlock(practitioner.id, false, u"Excuses présentées"_s).ok());
    QVERIFY(!NoShowPolicy::status(m_t.db(), patient.id, practitioner.id).blocked);
    // A secretary sees no such link and is refused by core.
    const Session secretary(m_t.db(), m_t.clock(), *UserRepository(m_t.db()).byLogin(u"secretariat"_s));
    PatientsView desk(secretary);
    desk.showPatientById(patient.id);
    QVERIFY(!desk.findChild<QTextBrowser *>()->toHtml().contains(u"block:"_s));
    QCOMPARE(desk.setOnlineBlock(practitioner.id, true, u"x"_s).error().code, ErrorCode::Forbidden);
    // From the day list: the actions on the current appointment.
    auto b = AppointmentService::create(session, [&] {
        AppointmentDraft e = d;
        e.start = d.start.addSecs(1200);
        return e;
    }());
    QVERIFY(b.ok());
    QVERIFY(NoShowService::mark(session, b->id, false).ok());
    AgendaView agenda(session);
    agenda.setDay(b->start.toTimeZone(PracticeRepository(m_t.db()).displayZone()).date());
    agenda.selectAppointment(b->id);
    QCOMPARE(agenda.currentAppointmentId(), b->id);
    QVERIFY(agenda.eraseNoShowAction()->isEnabled());
    QVERIFY(agenda.eraseCurrentNoShow(u"Certificat médical reçu"_s));
    QVERIFY(AppointmentRepository(m_t.db()).byId(b->id)->noShowErased);
    QVERIFY(!agenda.eraseNoShowAction()->isEnabled());
    QVERIFY(agenda.onlineBlockAction()->isEnabled());
    QVERIFY(agenda.setCurrentOnlineBlock(true, u"Trois absences"_s));
    QVERIFY(agenda.onlineBlockAction()->text().contains(u"Lift"_s));
    QVERIFY(agenda.setCurrentOnlineBlock(false, u"Levé"_s));
    QStringList acts;
    for (const AuditEntry &e : AuditLog::forEntity(m_t.db(), u"patient"_s, patient.id))
        acts << e.action;
    QCOMPARE(acts.count(u"booking.block"_s), 2);
    QCOMPARE(acts.count(u"booking.unblock"_s), 2);
}

void TestWidgets::idleWatcherLocksAfterSilence()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    MainWindow window(session, *m_settings);
    window.show();
    QSignalSpy idle(window.idleWatcher(), &IdleWatcher::idle);
    window.idleWatcher()->setIdleInterval(80);
    QVERIFY(idle.wait(5000));
    QVERIFY(window.lockScreen()->isLocked());
}

void TestWidgets::markAndUndoFromTheDayList()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    // A booked appointment at 9:00 this morning, and one this afternoon.
    const Practitioner practitioner = PracticeRepository(m_t.db()).practitioners().first();
    const Patient patient = PatientRepository(m_t.db()).list(1).first();
    const QTimeZone zone(QByteArrayLiteral("Europe/Brussels"));
    AppointmentDraft d;
    d.practitionerId = practitioner.id;
    d.patientId = patient.id;
    d.durationMinutes = 5;
    d.overrideReason = u"urgence"_s; // the demo day is full
    d.start = QDateTime(QDate(2026, 11, 23), QTime(9, 2), zone);
    auto morning = AppointmentService::create(session, d);
    d.start = QDateTime(QDate(2026, 11, 23), QTime(17, 2), zone);
    auto afternoon = AppointmentService::create(session, d);
    QVERIFY(morning.ok() && afternoon.ok());

    AgendaView view(session);
    view.show();
    QApplication::setActiveWindow(&view);
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.setDay(QDate(2026, 11, 23));
    auto rowOf = [&](const QString &id) {
        for (int r = 0; r < view.model()->rowCount(); ++r)
            if (view.model()->entryAt(r)->appointment.id == id)
                return r;
        return -1;
    };
    view.selectRow(rowOf(morning->id));
    QVERIFY(view.markNoShowAction()->isEnabled());
    QVERIFY(!view.undoNoShowAction()->isEnabled());
    QSignalSpy changed(&view, &AgendaView::appointmentChanged);
    // The keyboard shortcut, as the secretary would press it.
    view.table()->setFocus();
    QTest::keyClick(view.table(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(view.model()->entryAt(rowOf(morning->id))->appointment.status, AppointmentStatus::NoShow);
    QVERIFY(view.undoNoShowAction()->isEnabled());
    view.undoNoShowAction()->trigger();
    QCOMPARE(view.model()->entryAt(rowOf(morning->id))->appointment.status, AppointmentStatus::Booked);
    QCOMPARE(changed.count(), 2);
    // The afternoon has not started: refused with the reason, nothing changed.
    view.selectRow(rowOf(afternoon->id));
    view.markNoShowAction()->trigger();
    QVERIFY(view.message().contains(u"before it starts"_s));
    QCOMPARE(view.model()->entryAt(rowOf(afternoon->id))->appointment.status, AppointmentStatus::Booked);
    QCOMPARE(changed.count(), 2);
}

void TestWidgets::markFromThePatientRecord()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    const Practitioner practitioner = PracticeRepository(m_t.db()).practitioners().last();
    const Patient patient = PatientRepository(m_t.db()).list(3).last();
    AppointmentDraft d;
    d.practitionerId = practitioner.id;
    d.patientId = patient.id;
    d.durationMinutes = 10;
    d.overrideReason = u"urgence"_s;
    d.start = m_t.clock().now().addSecs(-1800);
    auto a = AppointmentService::create(session, d);
    QVERIFY(a.ok());
    PatientsView view(session);
    view.showPatientById(patient.id);
    QCOMPARE(view.shownPatientId(), patient.id);
    QSignalSpy changed(&view, &PatientsView::appointmentChanged);
    view.actOnAppointment(QUrl(u"noshow:"_s + a->id));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(AppointmentRepository(m_t.db()).byId(a->id)->status, AppointmentStatus::NoShow);
    QCOMPARE(view.shownPatientId(), patient.id);
    view.actOnAppointment(QUrl(u"undo-noshow:"_s + a->id));
    QCOMPARE(AppointmentRepository(m_t.db()).byId(a->id)->status, AppointmentStatus::Booked);
}

// Two practitioners with the same initials (Anne Lambert, Alain Lambert; Jean André, Benoît
// André are "BA" in both orders) get labels that tell them apart in narrow columns.
void TestWidgets::weekLabelsNeverShared()
{
    TempDatabase t;
    const MiniPractice mini = addMiniPractice(t.db());
    PracticeRepository practice(t.db());
    Practitioner same = *practice.practitioner(mini.practitionerId);
    same.id = newUuid();
    same.firstName = u"Alain"_s; // AL, as Anne Lambert
    QVERIFY(practice.insertPractitioner(same));
    Practitioner other = same;
    other.id = newUuid();
    other.firstName = u"Marc"_s;
    other.lastName = u"Dubois"_s;
    QVERIFY(practice.insertPractitioner(other));
    const Session session = t.session(); // the grid keeps a reference to it
    AgendaGrid grid(session);
    grid.resize(900, 700);
    grid.setDate(QDate(2026, 11, 23));
    grid.setMode(AgendaGrid::Mode::Week);
    grid.reloadNow();
    const QString anne = grid.shortLabel(mini.practitionerId);
    const QString alain = grid.shortLabel(same.id);
    QVERIFY(!anne.isEmpty() && !alain.isEmpty());
    QVERIFY2(anne != alain, qPrintable(anne + u" / "_s + alain));
    QCOMPARE(grid.shortLabel(other.id), u"MD"_s); // initials where nobody shares them
}

void TestWidgets::paintedGrid()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    AgendaGrid grid(session);
    grid.resize(1600, 900);
    grid.setDate(QDate(2026, 11, 23));
    grid.setMode(AgendaGrid::Mode::Day);
    grid.reloadNow();
    QCOMPARE(grid.columnCount(), 4); // one per practitioner
    const Session reader = m_t.session();
    DayListModel list(reader);
    list.setDay(QDate(2026, 11, 23));
    QCOMPARE(grid.itemCount(), list.rowCount()); // the same appointments, cancelled ones hidden in both
    QVERIFY(grid.itemCount() > 10);
    for (int i = 0; i < grid.itemCount(); ++i) {
        const QRect r = grid.itemRect(i);
        QVERIFY(grid.rect().contains(r.center()));
        QVERIFY(r.height() >= 3);
    }
    const QRect first = grid.itemRect(0);
    QSignalSpy clicked(&grid, &AgendaGrid::appointmentClicked);
    QTest::mouseClick(&grid, Qt::LeftButton, {}, first.center());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().first().toString(), grid.appointmentAt(first.center()));
    QImage image(grid.size(), QImage::Format_ARGB32);
    grid.render(&image);
    QVERIFY(image.pixel(first.center()) != image.pixel(5, grid.height() - 5)); // something is painted there
    // Opening hours white, closed time grey, where no appointment covers them; at twice the
    // pixel density too (the grid is written straight into device pixels).
    for (const qreal dpr : {1.0, 2.0}) {
        QImage dense(grid.size() * dpr, QImage::Format_ARGB32_Premultiplied);
        dense.setDevicePixelRatio(dpr);
        grid.invalidatePaintCache();
        grid.render(&dense);
        int openChecked = 0;
        int closedChecked = 0;
        for (const Practitioner &p : PracticeRepository(m_t.db()).practitioners()) {
            QList<OpeningRange> today;
            for (const OpeningRange &r : PracticeRepository(m_t.db()).openingRanges(p.id).value())
                if (r.weekday == 1)
                    today << r;
            for (QTime t(7, 0); t < QTime(19, 0); t = t.addSecs(5 * 60)) {
                const QPoint at = grid.pointAt(p.id, QDate(2026, 11, 23), t.addSecs(2 * 60)) + QPoint(3, 0);
                if (!grid.rect().adjusted(0, 40, 0, -2).contains(at) || !grid.appointmentAt(at).isEmpty()
                    || !grid.appointmentAt(at + QPoint(0, 3)).isEmpty()
                    || !grid.appointmentAt(at - QPoint(0, 3)).isEmpty())
                    continue;
                const bool open = std::any_of(today.cbegin(), today.cend(), [&](const OpeningRange &r) {
                    return r.start <= t && t.addSecs(5 * 60) <= r.end;
                });
                const bool closed = std::none_of(today.cbegin(), today.cend(), [&](const OpeningRange &r) {
                    return r.start < t.addSecs(5 * 60) && t < r.end;
                });
                // Away from the hour lines.
                if (t.minute() % 30 == 0 || t.minute() % 30 == 25 || (!open && !closed))
                    continue;
                const QRgb pixel = dense.pixel(QPoint(int(at.x() * dpr), int(at.y() * dpr)));
                if (open) {
                    QCOMPARE(QColor(pixel).name(), u"#ffffff"_s);
                    ++openChecked;
                } else {
                    QCOMPARE(QColor(pixel).name(), u"#f3f4f6"_s);
                    ++closedChecked;
                }
            }
        }
        QVERIFY(openChecked > 10);
        QVERIFY(closedChecked > 10);
    }
    // The week: the days someone works, one column per practitioner each.
    grid.setMode(AgendaGrid::Mode::Week);
    grid.reloadNow();
    QCOMPARE(grid.columnCount() % 4, 0);
    QVERIFY(grid.columnCount() >= 5 * 4);
    QVERIFY(grid.itemCount() > list.rowCount());
    // Only one practitioner.
    const QString one = PracticeRepository(m_t.db()).practitioners().first().id;
    grid.setPractitioners({one});
    grid.reloadNow();
    QVERIFY(grid.columnCount() >= 5 && grid.columnCount() <= 7);
}

// Typing in "Pour :" chooses nobody while several people match (a choice never outlives its
// list); Down or Enter goes into the list, Enter there goes on to the slots; one match alone is
// taken. A time chosen on the grid is the slot selected, the one "Réserver" books.
void TestWidgets::bookingChoosesNobodyUntilTheDeskDoes()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    auto common = m_t.db().exec(u"SELECT birth_name FROM patients WHERE active = 1 AND deceased = 0 AND holder_id IS "
                                "NULL GROUP BY birth_name HAVING count(*) >= 3 ORDER BY count(*) DESC LIMIT 2"_s);
    QVERIFY(common && common->next());
    const QString several = common->value(0).toString();
    QVERIFY(common->next());
    const QString others = common->value(0).toString();
    auto unique = m_t.db().exec(u"SELECT birth_name || ' ' || first_names FROM patients p WHERE active = 1 AND "
                                "deceased = 0 AND holder_id IS NULL AND (SELECT count(*) FROM patients q WHERE "
                                "q.birth_name = p.birth_name) = 1 LIMIT 1"_s);
    QVERIFY(unique && unique->next());

    BookingDialog dialog(session);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.patientField()->setText(several);
    dialog.searchPatients();
    QVERIFY(dialog.patientList()->model()->rowCount() >= 3);
    QCOMPARE(dialog.forWhom()->count(), 0); // nobody chosen for the secretary
    dialog.patientField()->setFocus();
    QTest::keyClick(dialog.patientField(), Qt::Key_Down);
    QVERIFY(dialog.patientList()->hasFocus());
    QVERIFY(dialog.forWhom()->count() > 0); // the row the keyboard went to
    QTest::keyClick(dialog.patientList(), Qt::Key_Down);
    const QString second =
        dialog.patientList()->model()->index(1, 0).data(PatientSearchModel::PatientIdRole).toString();
    QTest::keyClick(dialog.patientList(), Qt::Key_Return);
    QVERIFY(dialog.slotList()->hasFocus());
    QVERIFY(dialog.isVisible()); // Enter chose, it did not book
    QCOMPARE(dialog.forWhom()->itemData(0).toString(), second);
    // Another search: the earlier choice goes with its list.
    dialog.patientField()->setText(others);
    dialog.searchPatients();
    QCOMPARE(dialog.forWhom()->count(), 0);
    // Tab follows the form: from the name to the list it is chosen in, then "for whom".
    dialog.patientField()->setFocus();
    QTest::keyClick(dialog.patientField(), Qt::Key_Tab);
    QVERIFY(dialog.patientList()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // "New patient…"
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog.forWhom());
    // One match alone is taken; Enter goes on to the slots.
    dialog.patientField()->setText(unique->value(0).toString());
    dialog.patientField()->setFocus();
    QTest::keyClick(dialog.patientField(), Qt::Key_Return);
    QCOMPARE(dialog.patientList()->model()->rowCount(), 1);
    QVERIFY(dialog.forWhom()->count() > 0);
    QVERIFY(dialog.slotList()->hasFocus());

    // The grid's time, after the window listed its first free slots: that time is selected.
    BookingDialog fromGrid(session);
    QVERIFY(fromGrid.slotList()->count() > 0);
    const QString practitioner = fromGrid.practitionerBox()->currentData().toString();
    const QDateTime chosen =
        fromGrid.slotList()->item(fromGrid.slotList()->count() - 1)->data(Qt::UserRole).toDateTime();
    fromGrid.presetSlot(practitioner, chosen, chosen.addSecs(15 * 60));
    QVERIFY(fromGrid.slotList()->currentItem());
    QCOMPARE(fromGrid.slotList()->currentItem()->data(Qt::UserRole).toDateTime(), chosen);
    QCOMPARE(fromGrid.slotList()->currentRow(), 0); // the grid's line, listed first
}

// Escape or ✕ on a new-patient form with something typed asks first (Enregistrer, Abandonner,
// Annuler); an untouched form closes at once.
void TestWidgets::typedRecordIsNeverDroppedByEscape()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    int asked = 0;
    auto answer = [&asked](const QString &button) {
        QTimer::singleShot(0, [&asked, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->objectName(), u"unsavedForm"_s);
            ++asked;
            box->findChild<QPushButton *>(button)->click();
        });
    };
    NewPatientDialog untouched(session);
    untouched.show();
    QTest::keyClick(&untouched, Qt::Key_Escape);
    QVERIFY(!untouched.isVisible());
    QCOMPARE(asked, 0);

    NewPatientDialog dialog(session);
    dialog.show();
    dialog.field(u"birth_name"_s)->setText(u"Vandenberghe"_s);
    dialog.field(u"first_names"_s)->setText(u"Lotte"_s);
    answer(u"cancel"_s);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(asked, 1);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.field(u"birth_name"_s)->text(), u"Vandenberghe"_s);
    answer(u"cancel"_s);
    QVERIFY(!dialog.close()); // the window's ✕
    QCOMPARE(asked, 2);
    answer(u"discard"_s);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(asked, 3);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

// Every dialog opens with the keyboard where typing starts: the name of a new record, the
// patient search of a picker, the booking's patient.
void TestWidgets::dialogsOpenWhereTypingStarts()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    auto focusOn = [](QDialog &dialog) -> QWidget * {
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        if (!QTest::qWaitForWindowActive(&dialog))
            return nullptr;
        return QApplication::focusWidget();
    };
    NewPatientDialog record(session);
    QCOMPARE(focusOn(record), static_cast<QWidget *>(record.field(u"birth_name"_s)));
    record.hide();
    PatientPickerDialog picker(session, u"Choisir"_s, QString());
    QCOMPARE(focusOn(picker), static_cast<QWidget *>(picker.findChild<QLineEdit *>()));
    picker.hide();
    BookingDialog booking(session);
    QCOMPARE(focusOn(booking), static_cast<QWidget *>(booking.patientField()));
    booking.hide();
    // The agenda's other windows: where the desk types first is where the keyboard is.
    const QString practitioner = PracticeRepository(m_t.db()).practitioners().first().id;
    const QDate day(2026, 11, 23);
    auto typingField = [](QWidget *w) {
        return qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w)
            || (qobject_cast<QComboBox *>(w) && qobject_cast<QComboBox *>(w)->isEditable());
    };
    AbsenceDialog absence(session, practitioner, day);
    QWidget *absenceFocus = focusOn(absence);
    QVERIFY2(typingField(absenceFocus), absenceFocus ? absenceFocus->metaObject()->className() : "nothing");
    absence.hide();
    RunningLateDialog late(session, practitioner, day);
    QCOMPARE(focusOn(late), static_cast<QWidget *>(late.minutesBox()));
    late.hide();
    // Whose appointments first: the button that opens the picker, where the name is typed.
    AppointmentSearchDialog search(session);
    QWidget *searchFocus = focusOn(search);
    QVERIFY2(searchFocus && searchFocus->objectName() == u"choosePatient"_s,
             searchFocus ? searchFocus->metaObject()->className() : "nothing");
}

// The patient picker (merge, holder, relatives) follows the same rule as "Pour :".
void TestWidgets::pickerChoosesNobodyUntilTheDeskDoes()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    auto common = m_t.db().exec(u"SELECT birth_name FROM patients WHERE active = 1 GROUP BY birth_name "
                                "HAVING count(*) >= 3 LIMIT 1"_s);
    QVERIFY(common && common->next());
    PatientPickerDialog picker(session, u"Choisir"_s, QString());
    picker.show();
    QApplication::setActiveWindow(&picker);
    QVERIFY(QTest::qWaitForWindowActive(&picker));
    auto *field = picker.findChild<QLineEdit *>();
    auto *list = picker.findChild<QTableView *>();
    QVERIFY(field && list);
    field->setText(common->value(0).toString());
    field->setFocus();
    QTest::keyClick(field, Qt::Key_Return); // several: into the list, not OK with nobody
    QVERIFY(picker.isVisible());
    QVERIFY(list->hasFocus());
    QCOMPARE(picker.patientId(), list->model()->index(0, 0).data(PatientSearchModel::PatientIdRole).toString());
    field->setText(common->value(0).toString() + u" "_s);
    picker.search();
    QVERIFY(picker.patientId().isEmpty()); // the choice went with its list
}

void TestWidgets::bookingDialog()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    // A holder with a relative: the appointment is for the child.
    auto r = m_t.db().exec(u"SELECT h.id, h.birth_name, c.id FROM patients c JOIN patients h ON h.id = c.holder_id "
                           "WHERE h.deceased = 0 LIMIT 1"_s);
    QVERIFY(r && r->next());
    const QString holder = r->value(0).toString();
    const QString birthName = r->value(1).toString();
    const QString child = r->value(2).toString();
    BookingDialog dialog(session);
    dialog.show();
    dialog.patientField()->setText(birthName); // names have accents: keyClicks types ASCII only
    QTest::keyClick(dialog.patientField(), Qt::Key_Return); // Enter searches and goes to the slots
    QVERIFY(dialog.patientList()->model()->rowCount() > 0);
    int row = -1;
    for (int i = 0; i < dialog.patientList()->model()->rowCount(); ++i) {
        if (dialog.patientList()->model()->index(i, 0).data(PatientSearchModel::PatientIdRole).toString() == holder)
            row = i;
    }
    QVERIFY(row >= 0);
    dialog.patientList()->selectRow(row);
    QVERIFY(dialog.forWhom()->count() >= 2);
    dialog.forWhom()->setCurrentIndex(dialog.forWhom()->findData(child));
    QCOMPARE(dialog.forWhom()->currentData().toString(), child);
    QVERIFY(dialog.motifBox()->count() > 0);
    QVERIFY(dialog.slotList()->count() > 0);
    const QDateTime start = dialog.slotList()->item(0)->data(Qt::UserRole).toDateTime();
    QVERIFY(start >= m_t.clock().now());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto booked = AppointmentRepository(m_t.db()).byId(dialog.bookedAppointmentId());
    QVERIFY(booked.ok());
    QCOMPARE(booked->patientId, child);
    QCOMPARE(booked->start, start);
    QCOMPARE(booked->channel, BookingChannel::Phone); // the dialog's first channel: a secretary on the phone
    // The same slot again is refused with the rule's words, and the dialog stays open.
    BookingDialog again(session);
    again.patientField()->setText(birthName);
    again.searchPatients();
    again.patientList()->selectRow(row);
    again.practitionerBox()->setCurrentIndex(dialog.practitionerBox()->currentIndex());
    again.motifBox()->setCurrentIndex(dialog.motifBox()->currentIndex());
    QVERIFY(again.slotList()->count() > 0);
    QVERIFY(again.slotList()->item(0)->data(Qt::UserRole).toDateTime() != start); // no longer offered

    // Any practitioner: the first free slots of a visit reason across all who offer it, by time.
    BookingDialog any(session);
    any.practitionerBox()->setCurrentIndex(any.practitionerBox()->findData(QString()));
    QVERIFY(any.motifBox()->count() > 0);
    QVERIFY(any.slotList()->count() > 1);
    QSet<QString> practitioners;
    QDateTime previous;
    for (int i = 0; i < any.slotList()->count(); ++i) {
        const QListWidgetItem *item = any.slotList()->item(i);
        const QDateTime at = item->data(Qt::UserRole).toDateTime();
        QVERIFY(!previous.isValid() || previous <= at);
        previous = at;
        practitioners << item->data(BookingDialog::PractitionerRole).toString();
        QVERIFY(!item->data(BookingDialog::MotifRole).toString().isEmpty());
    }
    QVERIFY(!practitioners.contains(QString()));
    any.patientField()->setText(birthName);
    any.searchPatients();
    any.patientList()->selectRow(row);
    any.slotList()->setCurrentRow(0);
    const QString chosenPractitioner = any.slotList()->item(0)->data(BookingDialog::PractitionerRole).toString();
    any.accept();
    QVERIFY2(!any.bookedAppointmentId().isEmpty(), qPrintable(any.message()));
    QCOMPARE(AppointmentRepository(m_t.db()).byId(any.bookedAppointmentId())->practitionerId, chosenPractitioner);
}

void TestWidgets::monthView()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    MonthView month(session);
    month.resize(900, 600);
    month.show(); // a hidden month queries nothing
    month.setDate(QDate(2026, 11, 10));
    const Session reader = m_t.session();
    DayListModel list(reader);
    list.setDay(QDate(2026, 11, 23));
    QCOMPARE(month.countOn(QDate(2026, 11, 23)), list.rowCount()); // cancelled ones left out in both
    QCOMPARE(month.countOn(QDate(2026, 11, 22)), 0); // a Sunday
    QSignalSpy clicked(&month, &MonthView::dayClicked);
    const QDate under = month.dayAt(QPoint(450, 300));
    QVERIFY(under.isValid());
    QTest::mouseClick(&month, Qt::LeftButton, {}, QPoint(450, 300));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().first().toDate(), under);
    // The keyboard and a screen reader: the arrows move over the days, the reader follows and
    // says each day with its count; Enter opens it.
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&month);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::List);
    QCOMPARE(iface->childCount(), MonthView::CellCount);
    month.activateWindow();
    month.setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&month));
    QVERIFY(month.cursor() >= 0); // today, 23 November
    QAccessibleInterface *today = iface->focusChild();
    QVERIFY(today && today->state().focused);
    QVERIFY2(today->text(QAccessible::Name).startsWith(u"Monday 23 November: %1 appointment"_s.arg(list.rowCount())),
             qPrintable(today->text(QAccessible::Name)));
    QTest::keyClick(&month, Qt::Key_Right);
    QAccessibleInterface *tuesday = iface->focusChild();
    QVERIFY(tuesday != today && tuesday->text(QAccessible::Name).startsWith(u"Tuesday 24 November"_s));
    QCOMPARE(iface->indexOfChild(tuesday), iface->indexOfChild(today) + 1);
    QTest::keyClick(&month, Qt::Key_Return);
    QCOMPARE(clicked.count(), 2);
    QCOMPARE(clicked.last().first().toDate(), QDate(2026, 11, 24));
    tuesday->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(clicked.count(), 3);
}

void TestWidgets::agendaChoicesAreRemembered()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    QSettings settings(m_settingsDir.filePath(u"agenda.ini"_s), QSettings::IniFormat);
    const QString one = PracticeRepository(m_t.db()).practitioners().last().id;
    {
        AgendaView view(session);
        view.usePreferences(&settings);
        view.setDisplay(AgendaView::Display::Week);
        view.setPractitionerFilter(one);
    }
    AgendaView again(session);
    again.usePreferences(&settings);
    QCOMPARE(again.display(), AgendaView::Display::Week);
    QVERIFY(again.grid()->columnCount() >= 5 && again.grid()->columnCount() <= 7); // one practitioner's week
}

void TestWidgets::theGridSpeaksToScreenReaders()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    AgendaGrid grid(session);
    grid.resize(1600, 900);
    grid.setDate(QDate(2026, 11, 23));
    grid.setMode(AgendaGrid::Mode::Day);
    grid.reloadNow();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&grid);
    QVERIFY(iface && iface->isValid());
    QCOMPARE(iface->role(), QAccessible::List);
    QVERIFY2(iface->text(QAccessible::Name).contains(u"2026"_s), qPrintable(iface->text(QAccessible::Name)));
    // No keyboard cursor yet: the practitioners' columns, then every block in the order of the day.
    QCOMPARE(iface->childCount(), grid.columnCount() + grid.itemCount());
    for (int c = 0; c < grid.columnCount(); ++c) {
        QCOMPARE(iface->child(c)->role(), QAccessible::ColumnHeader);
        QVERIFY(iface->child(c)->text(QAccessible::Name).contains(u"Monday 23 November"_s));
    }
    QDateTime previous;
    AppointmentRepository appointments(m_t.db());
    const QList<Patient> everyone = PatientRepository(m_t.db()).list(100000);
    QHash<QString, QString> names;
    for (const Patient &p : everyone)
        names.insert(p.id, p.displayName());
    const QTimeZone zone = PracticeRepository(m_t.db()).displayZone();
    for (int i = 0; i < grid.itemCount(); ++i) {
        QAccessibleInterface *block = iface->child(grid.columnCount() + i);
        QVERIFY(block && block->isValid());
        QCOMPARE(block->role(), QAccessible::ListItem);
        QCOMPARE(iface->indexOfChild(block), grid.columnCount() + i);
        QCOMPARE(iface->child(grid.columnCount() + i), block); // the same object each time asked
        const Appointment a = appointments.byId(grid.appointmentIdAt(i)).value();
        const QString name = block->text(QAccessible::Name);
        QVERIFY2(name.startsWith(a.start.toTimeZone(zone).toString(u"HH:mm"_s) + u" to "_s
                                 + a.end.toTimeZone(zone).toString(u"HH:mm"_s)),
                 qPrintable(name));
        const QString patient = names.value(a.patientId);
        QVERIFY2(!patient.isEmpty() && name.contains(patient.section(u' ', 0, 0)), qPrintable(name));
        QVERIFY2(name.contains(AppointmentStatuses::label(a.status)), qPrintable(name));
        QVERIFY(a.start >= previous); // in the order of the day
        previous = a.start;
        QVERIFY(block->rect().isValid());
        QCOMPARE(iface->childAt(block->rect().center().x(), block->rect().center().y()), block);
    }
    // The keyboard cursor: the screen reader's focus follows it, onto a block and onto free time.
    // (The Focus event itself reaches a screen reader through the platform's bridge, which the
    // offscreen platform has not: the tree is what is checked here.)
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    grid.activateWindow();
    grid.setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&grid));
    const Appointment first = appointments.byId(grid.appointmentIdAt(0)).value();
    int column = 0;
    for (int c = 0; c < grid.columnCount(); ++c)
        if (grid.columnArea(c).contains(grid.itemRect(0).center()))
            column = c;
    grid.setKeyboardCursor(column, first.start.toTimeZone(zone).time());
    QAccessibleInterface *focused = iface->focusChild();
    QVERIFY(focused);
    QCOMPARE(focused, iface->child(grid.columnCount() + grid.itemUnderCursor()));
    QCOMPARE(focused->text(QAccessible::Name), grid.spokenItem(grid.itemUnderCursor()));
    QVERIFY(focused->state().selected);
    QVERIFY(focused->state().focused);
    QCOMPARE(iface->childCount(), grid.columnCount() + grid.itemCount() + 1); // the cursor's cell
    // "Press" on the block opens it, as Enter does.
    QSignalSpy opened(&grid, &AgendaGrid::appointmentActivated);
    QAccessibleActionInterface *actions = focused->actionInterface();
    QVERIFY(actions);
    actions->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toString(), grid.appointmentIdAt(grid.itemUnderCursor()));
    // Free time (the first quarter of the day nobody has): said with its hour and column.
    QTime free(8, 0);
    for (grid.setKeyboardCursor(column, free); grid.itemUnderCursor() >= 0 && free < QTime(19, 0);
         grid.setKeyboardCursor(column, free))
        free = free.addSecs(AgendaGrid::KeyStepMinutes * 60);
    QCOMPARE(grid.itemUnderCursor(), -1);
    QCOMPARE(iface->focusChild(), iface->child(iface->childCount() - 1));
    QVERIFY(iface->focusChild()->state().focused);
    QVERIFY(!focused->state().focused); // the block left
    const QString freeName = iface->focusChild()->text(QAccessible::Name);
    QVERIFY2(freeName.startsWith(u"Free time at "_s + free.toString(u"HH:mm"_s) + u", "_s)
                 && freeName.contains(u"Monday 23 November"_s),
             qPrintable(freeName));
    QSignalSpy book(&grid, &AgendaGrid::slotChosen);
    iface->focusChild()->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(book.count(), 1);
    // The view's acts offered on each block, by their menu names and keys: the act selects the
    // block (as a click does), then runs once the screen reader's call has returned.
    QAction cancel(u"&Cancel the appointment…"_s);
    cancel.setShortcut(QKeySequence(Qt::Key_Delete));
    grid.setBlockActions({&cancel});
    QAccessibleInterface *third = iface->child(grid.columnCount() + 2);
    QAccessibleActionInterface *thirdActs = third->actionInterface();
    QVERIFY(thirdActs);
    QCOMPARE(thirdActs->actionNames(),
             (QStringList{QAccessibleActionInterface::pressAction(), u"Cancel the appointment…"_s}));
    QCOMPARE(thirdActs->keyBindingsForAction(u"Cancel the appointment…"_s), QStringList{u"Del"_s});
    QVERIFY(iface->child(0)->actionInterface() == nullptr); // a column offers nothing
    QSignalSpy clicked(&grid, &AgendaGrid::appointmentClicked);
    QSignalSpy triggered(&cancel, &QAction::triggered);
    thirdActs->doAction(u"Cancel the appointment…"_s);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().first().toString(), grid.appointmentIdAt(2));
    QCOMPARE(triggered.count(), 0); // not inside the call
    QVERIFY(triggered.wait());
    QCOMPARE(triggered.count(), 1);
    // The agenda gives its grid its move and cancel acts.
    AgendaView view(session);
    auto *viewGrid = view.findChild<AgendaGrid *>();
    QVERIFY(viewGrid);
    QStringList acts;
    for (const QAction *act : viewGrid->blockActions())
        acts << act->text().remove(u'&');
    QCOMPARE(acts, (QStringList{u"Move or change the length…"_s, u"Cancel the appointment…"_s}));
}

namespace {
// The buttons of `root` a screen reader would announce without a name (an icon alone, a mark).
QStringList unnamedButtons(QWidget *root, const QString &where, int *checked)
{
    QStringList unnamed;
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(root))
            continue;
        ++*checked;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(button);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        // A name that is only a symbol ("☎", "…", "+") says nothing either.
        const bool says = std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.isLetter(); });
        if (!says)
            unnamed << u"%1: %2 \"%3\" (%4)"_s.arg(where, QString::fromLatin1(button->metaObject()->className()), name,
                                                   button->objectName());
    }
    return unnamed;
}
} // namespace

void TestWidgets::everyButtonHasAName()
{
    // Every push and tool button of every page of the main window and of the booking dialog has
    // a name a screen reader can say (36: icon-only buttons named).
    const Session session(m_t.db(), m_t.clock(), admin());
    MainWindow window(session, *m_settings);
    window.show();
    QStringList unnamed;
    int checked = 0;
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        window.showPage(MainWindow::Page(page));
        unnamed << unnamedButtons(&window, u"page %1"_s.arg(page), &checked);
    }
    BookingDialog booking(session);
    booking.show();
    const int beforeBooking = checked;
    unnamed << unnamedButtons(&booking, u"booking"_s, &checked);
    QVERIFY(beforeBooking > 20 && checked - beforeBooking > 5); // the walk reached them
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
}

void TestWidgets::blocksKeepTheirTextReadable()
{
    // WCAG's 4.5:1 for the text on every block, whatever colour the practice gave its reasons.
    QCOMPARE(qRound(Tones::contrast(Qt::white, Qt::black)), 21);
    for (const char *chosen : {"#8e44ad", "#c0392b", "#2c3e50", "#7fb3e6", "#f1c40f", "#000000"}) {
        const QColor fill = AgendaColors::readableFill(QColor(QLatin1String(chosen)).lighter(125));
        QVERIFY2(Tones::contrast(fill, AgendaColors::Text) >= Tones::MinimumContrast, chosen);
        QVERIFY2(Tones::contrast(AgendaColors::readableText(QColor(QLatin1String(chosen)), Qt::white), Qt::white)
                     >= Tones::MinimumContrast,
                 chosen);
    }
    // A reason painted very dark (a practice's choice) is lightened on the grid, its hue kept.
    Motif dark = PracticeRepository(m_t.db()).motifs().first();
    const QString before = dark.color;
    dark.color = u"#2c3e50"_s;
    QVERIFY(PracticeRepository(m_t.db()).updateMotif(dark));
    auto restore = qScopeGuard([&] {
        dark.color = before;
        QVERIFY(PracticeRepository(m_t.db()).updateMotif(dark));
    });
    const Session session(m_t.db(), m_t.clock(), admin());
    AgendaGrid grid(session);
    grid.resize(1600, 900);
    grid.setDate(QDate(2026, 11, 23));
    grid.reloadNow();
    QImage image(grid.size(), QImage::Format_ARGB32);
    grid.render(&image);
    const int line = grid.fontMetrics().height();
    int sampled = 0;
    for (int i = 0; i < grid.itemCount(); ++i) {
        const QRect r = grid.itemRect(i);
        if (r.height() < 3 * line + 6)
            continue; // text down to the bottom: no bare fill to sample
        const QColor fill = image.pixelColor(r.right() - 4, r.bottom() - 3);
        QVERIFY2(Tones::contrast(fill, AgendaColors::Text) >= Tones::MinimumContrast,
                 qPrintable(u"%1 on %2"_s.arg(grid.spokenItem(i), fill.name())));
        ++sampled;
    }
    QVERIFY(sampled > 5);
    // The status strip's colour is never the status's only sign: each coloured status has its
    // own mark before the patient's name, and the shortcuts' help says what each means.
    QSet<QString> marks;
    for (const AppointmentStatus status : {AppointmentStatus::Arrived, AppointmentStatus::InConsultation,
                                           AppointmentStatus::Fulfilled, AppointmentStatus::NoShow}) {
        const QString mark = AgendaGrid::statusMark(status).trimmed();
        QVERIFY(!mark.isEmpty());
        marks.insert(mark);
    }
    QCOMPARE(marks.size(), 4);
    QVERIFY(AgendaGrid::statusMark(AppointmentStatus::Booked).isEmpty());
}

void TestWidgets::followsAHighContrastPalette()
{
    // "High Contrast Black" as Windows hands it to Qt (or as the desk's settings choose it): Guichet's
    // own colours give way to the palette's, its messages and marks lightened until they read.
    const QPalette light = QApplication::palette();
    const QPalette contrast = Tones::highContrastPalette(); // what the desk's settings choose too
    QVERIFY(!Tones::isDark(light));
    QVERIFY(Tones::isDark(contrast));
    auto restore = qScopeGuard([&] { QApplication::setPalette(light); });
    const Session session(m_t.db(), m_t.clock(), admin());
    // Every tone, on each palette's grounds, at WCAG's 4.5:1; on black, not the house's dark red.
    const QList<Tone> tones{Tone::Plain, Tone::Error, Tone::Success, Tone::Warning, Tone::Info, Tone::Hint};
    for (const QPalette &palette : {light, contrast}) {
        for (const QPalette::ColorRole ground : {QPalette::Window, QPalette::Base}) {
            for (const Tone tone : tones)
                QVERIFY2(Tones::contrast(Tones::on(tone, palette.color(ground)), palette.color(ground))
                             >= Tones::MinimumContrast,
                         qPrintable(u"tone %1 on %2"_s.arg(int(tone)).arg(palette.color(ground).name())));
        }
    }
    QCOMPARE(Tones::on(Tone::Error, Qt::white).name(), u"#b00020"_s); // the house colour where it reads
    QVERIFY(Tones::on(Tone::Error, Qt::black).name() != u"#b00020"_s);

    // The house greys of the grid, counted in a picture of the day.
    auto houseGreys = [](const QImage &image) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QRgb p = image.pixel(x, y) & 0xffffff;
                n += p == 0xf3f4f6 || p == 0xd5d9de || p == 0xeceef1;
            }
        return n;
    };
    // A free moment in opening hours, away from lines and blocks.
    auto openPoint = [this](const AgendaGrid &grid) -> QPoint {
        for (const Practitioner &p : PracticeRepository(m_t.db()).practitioners())
            for (const OpeningRange &r : PracticeRepository(m_t.db()).openingRanges(p.id).value()) {
                if (r.weekday != 1)
                    continue;
                for (QTime t = r.start.addSecs(7 * 60); t.addSecs(5 * 60) < r.end; t = t.addSecs(10 * 60)) {
                    const QPoint at = grid.pointAt(p.id, QDate(2026, 11, 23), t) + QPoint(3, 0);
                    if (t.minute() % 30 != 0 && grid.rect().adjusted(0, 40, 0, -2).contains(at)
                        && grid.appointmentAt(at).isEmpty() && grid.appointmentAt(at + QPoint(0, 4)).isEmpty()
                        && grid.appointmentAt(at - QPoint(0, 4)).isEmpty())
                        return at;
                }
            }
        return {};
    };
    // The demo's Monday on a grid, and its picture.
    auto mondayGrid = [&session] {
        auto grid = std::make_unique<AgendaGrid>(session);
        grid->resize(1400, 900);
        grid->setDate(QDate(2026, 11, 23));
        grid->reloadNow();
        return grid;
    };
    auto painted = [](AgendaGrid &grid) {
        QImage image(grid.size(), QImage::Format_RGB32);
        grid.render(&image);
        return image;
    };
    QStringList grounds;
    for (const QPalette &palette : {light, contrast}) {
        QApplication::setPalette(palette);
        const auto owned = mondayGrid();
        AgendaGrid &grid = *owned;
        const QImage image = painted(grid);
        const QPoint open = openPoint(grid);
        QVERIFY(!open.isNull());
        grounds << image.pixelColor(open).name();
        if (palette == light)
            QVERIFY(houseGreys(image) > 1000); // the count below can fail
        else
            QCOMPARE(houseGreys(image), 0);
        // The blocks keep their colours and their dark text, readable on any ground.
        QVERIFY(grid.itemCount() > 10);
        const QRect block = grid.itemRect(0);
        QVERIFY(Tones::contrast(image.pixelColor(block.right() - 4, block.bottom() - 2), AgendaColors::Text)
                >= Tones::MinimumContrast);

        MonthView month(session);
        month.resize(900, 600);
        month.show();
        month.setDate(QDate(2026, 11, 10));
        QImage days(month.size(), QImage::Format_RGB32);
        month.render(&days);
        const QRgb corner = days.pixel(month.width() / 2, 5) & 0xffffff; // the weekdays' row
        QCOMPARE(corner, palette.color(QPalette::Base).rgb() & 0xffffff);
        if (palette == contrast)
            QCOMPARE(houseGreys(days), 0);

        // A message, the day list's marks and the navigation, in the palette's colours.
        QLabel message(u"Le créneau est pris."_s);
        Tones::apply(&message, Tone::Error);
        message.ensurePolished();
        QVERIFY(
            Tones::contrast(message.palette().color(QPalette::WindowText), message.palette().color(QPalette::Window))
            >= Tones::MinimumContrast);
        DayListModel list(session);
        list.setDay(QDate(2026, 11, 23));
        int marked = 0;
        for (int row = 0; row < list.rowCount(); ++row) {
            const QVariant brush = list.index(row, DayListModel::Status).data(Qt::ForegroundRole);
            if (!brush.isValid())
                continue;
            QVERIFY(Tones::contrast(brush.value<QBrush>().color(), palette.color(QPalette::Base))
                    >= Tones::MinimumContrast);
            ++marked;
        }
        QVERIFY(marked > 0);
        MainWindow window(session, *m_settings);
        window.resize(1200, 800);
        auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
        QVERIFY(navigation);
        QImage side(navigation->size(), QImage::Format_RGB32);
        navigation->render(&side);
        const QColor sideGround = side.pixelColor(side.width() - 3, side.height() - 3);
        const bool house = sideGround == QColor(0xee, 0xf2, 0xf6) || sideGround == QColor(0xd4, 0xe3, 0xf5);
        QVERIFY2(house == (palette == light), qPrintable(sideGround.name())); // its ground, or its chosen page
    }
    QCOMPARE(grounds, (QStringList{u"#ffffff"_s, u"#000000"_s}));
    // The palette changed under a grid already painted (the system's theme changed while the
    // desk works; the application's change reaches widgets only in a running event loop, so set
    // here on the widget, which sends the same PaletteChange): its grounds follow.
    QApplication::setPalette(light);
    const auto shown = mondayGrid();
    const QImage before = painted(*shown);
    shown->setPalette(contrast);
    const QImage after = painted(*shown);
    const QPoint open = openPoint(*shown);
    QCOMPARE(before.pixelColor(open).name(), u"#ffffff"_s);
    QCOMPARE(after.pixelColor(open).name(), u"#000000"_s);
}

namespace {
// An appointment of the demo's Monday, for the dialogs that open on one.
QString grid960AppointmentId(const Database &db)
{
    auto q = db.exec(u"SELECT id FROM appointments ORDER BY start LIMIT 1"_s);
    return q && q->next() ? q->value(0).toString() : QString();
}
} // namespace

void TestWidgets::fitsAtTwiceTheTextSize()
{
    // 200 % on a 1920x1080 screen leaves 960x540 logical pixels: the main window fits, and on
    // every page each button and field keeps at least its minimum width (no text cut), inside
    // the window (the bars wrap rather than push controls off the screen). In French, the
    // longest of the three languages.
    QTranslator french;
    QVERIFY(french.load(u":/i18n/guichet_fr.qm"_s));
    QCoreApplication::installTranslator(&french);
    auto english = qScopeGuard([&] { QCoreApplication::removeTranslator(&french); });
    const Session session(m_t.db(), m_t.clock(), admin());
    MainWindow window(session, *m_settings);
    QVERIFY2(window.minimumSizeHint().width() <= 960, qPrintable(QString::number(window.minimumSizeHint().width())));
    QVERIFY(window.minimumSizeHint().height() <= 540);
    window.resize(960, 540);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList cut;
    int checked = 0;
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        window.showPage(MainWindow::Page(page));
        QCoreApplication::sendPostedEvents(); // the layouts of the page shown
        QApplication::processEvents();
        for (QWidget *w : window.findChildren<QWidget *>()) {
            if (!w->isVisibleTo(&window) || !w->isVisible()
                || !(qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
                     || qobject_cast<QLineEdit *>(w)))
                continue;
            if (qobject_cast<QAbstractButton *>(w) && w->parentWidget()
                && (w->parentWidget()->inherits("QAbstractScrollArea") || w->parentWidget()->inherits("QScrollBar")
                    || w->parentWidget()->inherits("QHeaderView") || w->parentWidget()->inherits("QLineEdit")
                    || w->inherits("QTabBar")))
                continue; // corner buttons, tab scrollers, clear buttons: Qt's own sizes
            ++checked;
            const QRect inWindow(w->mapTo(&window, QPoint(0, 0)), w->size());
            const QString name = u"page %1: %2 '%3'"_s.arg(page).arg(
                QString::fromLatin1(w->metaObject()->className()),
                w->accessibleName().isEmpty() ? w->objectName() : w->accessibleName());
            // A button's text needs its size hint (a layout never narrows one below it unless
            // the window is too small for the layout); a field, its minimum.
            const int needed =
                qobject_cast<QAbstractButton *>(w) ? w->sizeHint().width() : w->minimumSizeHint().width();
            if (w->width() < needed)
                cut << name + u" narrower than its text (%1 < %2)"_s.arg(w->width()).arg(needed);
            if (!window.rect().contains(inWindow))
                cut << name + u" outside the window"_s;
        }
    }
    QVERIFY2(checked > 40, qPrintable(QString::number(checked)));
    cut.removeDuplicates();
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));

    // Every dialog of the desk asks for no more than 960x540.
    {
        const QString practitionerId = PracticeRepository(m_t.db()).practitioners().first().id;
        const QString patientId = PatientRepository(m_t.db()).list(1).first().id;
        const QString appointmentId = grid960AppointmentId(m_t.db());
        const QDate day(2026, 11, 23);
        std::vector<std::unique_ptr<QDialog>> dialogs;
        dialogs.emplace_back(new AdministrationDialog(session));
        dialogs.emplace_back(new AppointmentSearchDialog(session));
        dialogs.emplace_back(new WaitlistCallsDialog(session));
        dialogs.emplace_back(new MessageTemplatesDialog(session));
        dialogs.emplace_back(new BackupDialog(session));
        dialogs.emplace_back(new ChangePasswordDialog(session));
        dialogs.emplace_back(new ServerDialog(session));
        dialogs.emplace_back(new OpeningHoursDialog(session, practitionerId, day));
        dialogs.emplace_back(new RunningLateDialog(session, practitionerId, day));
        dialogs.emplace_back(new AbsenceDialog(session, practitionerId, day));
        dialogs.emplace_back(new SplitDialog(session, patientId));
        dialogs.emplace_back(new CancelDialog(session, appointmentId));
        dialogs.emplace_back(new AppointmentMessagesDialog(session, appointmentId));
        dialogs.emplace_back(new SettingsDialog(*m_settings, 15));
        QStringList large;
        for (const auto &dialog : dialogs) {
            const QSize needed = dialog->minimumSizeHint().expandedTo(dialog->minimumSize());
            if (needed.width() > 960 || needed.height() > 540)
                large << u"%1 needs %2x%3"_s.arg(QString::fromLatin1(dialog->metaObject()->className()))
                             .arg(needed.width())
                             .arg(needed.height());
        }
        QVERIFY2(large.isEmpty(), qPrintable(large.join(u'\n')));
    }

    // The tall dialogs (booking, the record) fit 960x540 too: their body scrolls, their buttons
    // stay in sight.
    BookingDialog booking(session);
    NewPatientDialog record(session, nullptr, PatientRepository(m_t.db()).list(1).first().id);
    for (QDialog *dialog : std::initializer_list<QDialog *>{&booking, &record}) {
        const QString name = QString::fromLatin1(dialog->metaObject()->className());
        QVERIFY2(dialog->minimumSizeHint().height() <= 540 && dialog->minimumSizeHint().width() <= 960,
                 qPrintable(u"%1 needs %2x%3"_s.arg(name)
                                .arg(dialog->minimumSizeHint().width())
                                .arg(dialog->minimumSizeHint().height())));
        dialog->resize(dialog->minimumSizeHint().width(), 540);
        dialog->show();
        QApplication::processEvents();
        auto *body = dialog->findChild<QScrollArea *>(u"dialogBody"_s);
        QVERIFY(body);
        auto *box = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(box && box->isVisible());
        QVERIFY2(dialog->rect().contains(QRect(box->mapTo(dialog, QPoint(0, 0)), box->size())), qPrintable(name));
        if (body->widget()->sizeHint().height() > body->viewport()->height())
            QVERIFY(body->verticalScrollBar()->maximum() > 0); // what does not fit scrolls
        dialog->hide();
    }
}

void TestWidgets::medicalContentOnlyForPractitioners()
{
    // The record on the patients page: the practitioner reads the usual medication and may change
    // it; the secretary sees that medical content is recorded, not what.
    const Patient p = PatientRepository(m_t.db()).list(3).last();
    const Session practitioner = m_t.session(Role::Practitioner);
    const Session secretary = m_t.session(Role::Secretary);
    QVERIFY(PatientService::setMedication(practitioner, p.id, u"Bisoprolol 2,5 mg"_s));
    auto restore = qScopeGuard([&] { QVERIFY(PatientService::setMedication(practitioner, p.id, QString())); });
    PatientsView forPractitioner(practitioner);
    forPractitioner.showPatientById(p.id);
    QVERIFY2(forPractitioner.recordText().contains(u"Bisoprolol 2,5 mg"_s), qPrintable(forPractitioner.recordText()));
    QVERIFY(forPractitioner.recordText().contains(u"change the usual medication"_s));
    PatientsView forSecretary(secretary);
    forSecretary.showPatientById(p.id);
    QVERIFY(!forSecretary.recordText().contains(u"Bisoprolol"_s));
    QVERIFY2(forSecretary.recordText().contains(u"Medical content is recorded"_s),
             qPrintable(forSecretary.recordText()));
    QVERIFY(!forSecretary.recordText().contains(u"change the usual medication"_s));
}

void TestWidgets::markFromTheGrid()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    const Practitioner practitioner = PracticeRepository(m_t.db()).practitioners().at(1);
    AppointmentDraft d;
    d.practitionerId = practitioner.id;
    d.patientId = PatientRepository(m_t.db()).list(5).last().id;
    d.durationMinutes = 30;
    d.overrideReason = u"urgence"_s;
    d.start = QDateTime(QDate(2026, 11, 23), QTime(7, 0), QTimeZone(QByteArrayLiteral("Europe/Brussels")));
    auto a = AppointmentService::create(session, d);
    QVERIFY(a.ok());
    AgendaView view(session);
    view.resize(1400, 900);
    view.show();
    view.setDay(QDate(2026, 11, 23));
    view.setPractitionerFilter(practitioner.id);
    view.setDisplay(AgendaView::Display::Day);
    int index = -1;
    for (int i = 0; i < view.grid()->itemCount(); ++i) {
        if (view.grid()->appointmentIdAt(i) == a->id)
            index = i;
    }
    QVERIFY(index >= 0);
    QVERIFY(view.grid()->itemRect(index).top() >= 30); // 07:00 is before the opening hours: the grid starts earlier
    QTest::mouseClick(view.grid(), Qt::LeftButton, {}, view.grid()->itemRect(index).center());
    QVERIFY(view.grid()->actions().contains(view.markNoShowAction()));
    QVERIFY(view.markNoShowAction()->isEnabled());
    view.markNoShowAction()->trigger();
    QCOMPARE(AppointmentRepository(m_t.db()).byId(a->id)->status, AppointmentStatus::NoShow);
    view.undoNoShowAction()->trigger();
    QCOMPARE(AppointmentRepository(m_t.db()).byId(a->id)->status, AppointmentStatus::Booked);
}

// A change received live re-reads only the appointments named; the grid then shows exactly
// what a full reload of the week shows, pixel for pixel.
void TestWidgets::gridRefreshesWhatWasReceived()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    const QDate monday(2026, 11, 23);
    auto gridOfTheWeek = [&](AgendaGrid &grid) {
        grid.resize(1400, 900);
        grid.setMode(AgendaGrid::Mode::Week);
        grid.setDate(monday);
        grid.reloadNow();
    };
    auto image = [](AgendaGrid &grid) {
        QImage out(grid.size(), QImage::Format_ARGB32_Premultiplied);
        grid.render(&out);
        return out;
    };
    auto sameAsAFreshReload = [&](AgendaGrid &grid) {
        AgendaGrid fresh(session);
        gridOfTheWeek(fresh);
        QCOMPARE(grid.itemCount(), fresh.itemCount());
        for (int i = 0; i < fresh.itemCount(); ++i) {
            QCOMPARE(grid.appointmentIdAt(i), fresh.appointmentIdAt(i));
            QCOMPARE(grid.itemRect(i), fresh.itemRect(i));
        }
        QVERIFY(image(grid) == image(fresh));
    };
    AgendaGrid grid(session);
    gridOfTheWeek(grid);
    QVERIFY(grid.itemCount() > 10);
    const QImage before = image(grid);
    // Written by another connection (the live link's thread): two arrivals, in place.
    const QString arrived = grid.appointmentIdAt(3);
    const QString alsoArrived = grid.appointmentIdAt(7);
    const QString cancelled = grid.appointmentIdAt(5);
    const QString moved = grid.appointmentIdAt(9);
    QHash<QString, QString> statuses; // put back at the end, for the other tests
    for (const QString &id : {arrived, alsoArrived, cancelled}) {
        auto r = m_t.db().exec(u"SELECT status FROM appointments WHERE id = ?"_s, {id});
        QVERIFY(r && r->next());
        statuses.insert(id, r->value(0).toString());
    }
    for (const QString &id : {arrived, alsoArrived})
        QVERIFY(m_t.db().exec(u"UPDATE appointments SET status = 'arrived' WHERE id = ?"_s, {id}).ok());
    grid.refreshAppointments({arrived, alsoArrived});
    QVERIFY(image(grid) != before);
    sameAsAFreshReload(grid);
    // A cancellation, a move and a new booking: blocks go, move and appear.
    QVERIFY(m_t.db().exec(u"UPDATE appointments SET status = 'cancelled' WHERE id = ?"_s, {cancelled}).ok());
    QVERIFY(m_t.db()
                .exec(u"UPDATE appointments SET start_utc = start_utc + 1800, end_utc = end_utc + 1800 WHERE id = ?"_s,
                      {moved})
                .ok());
    AppointmentDraft d;
    d.practitionerId = PracticeRepository(m_t.db()).practitioners().at(0).id;
    d.patientId = PatientRepository(m_t.db()).list(5).last().id;
    d.durationMinutes = 20;
    d.overrideReason = u"urgence"_s;
    d.start = QDateTime(monday.addDays(2), QTime(7, 10), QTimeZone(QByteArrayLiteral("Europe/Brussels")));
    auto booked = AppointmentService::create(session, d);
    QVERIFY2(booked.ok(), booked ? "" : qPrintable(booked.error().message));
    const int count = grid.itemCount();
    // The new booking first: the in-place change named after it must not use stale places.
    QVERIFY(m_t.db().exec(u"UPDATE appointments SET status = 'booked' WHERE id = ?"_s, {alsoArrived}).ok());
    grid.refreshAppointments({booked->id, cancelled, moved, alsoArrived, u"not-an-appointment"_s});
    QCOMPARE(grid.indexOf(cancelled), -1);
    QVERIFY(grid.indexOf(booked->id) >= 0);
    QCOMPARE(grid.itemCount(), count); // one went, one came
    sameAsAFreshReload(grid);
    // Put the week back for the other tests.
    QVERIFY(m_t.db()
                .exec(u"UPDATE appointments SET start_utc = start_utc - 1800, end_utc = end_utc - 1800 WHERE id = ?"_s,
                      {moved})
                .ok());
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        QVERIFY(m_t.db().exec(u"UPDATE appointments SET status = ? WHERE id = ?"_s, {it.value(), it.key()}).ok());
    QVERIFY(m_t.db().exec(u"UPDATE appointments SET status = 'cancelled' WHERE id = ?"_s, {booked->id}).ok());
}

void TestWidgets::practitionerSeesTheirOwnDay()
{
    auto user = UserRepository(m_t.db()).byLogin(u"praticien"_s);
    QVERIFY(user.ok());
    const Session session(m_t.db(), m_t.clock(), user.value());
    QSettings settings(m_settingsDir.filePath(u"practitioner.ini"_s), QSettings::IniFormat);
    MainWindow window(session, settings);
    QCOMPARE(window.agendaView()->display(), AgendaView::Display::Day);
    QCOMPARE(window.agendaView()->grid()->columnCount(), 1);
}

namespace {

// Free slots of one practitioner's day where two in a row are free (room to move and stretch).
std::pair<FreeSlot, FreeSlot> twoFreeSlotsInARow(const Database &db, const QDateTime &now, const QString &practitioner,
                                                 const QString &motif, const QDate &day)
{
    auto found = FreeSlots::find(db, now, practitioner, motif, day, day, 60);
    if (found) {
        for (qsizetype i = 0; i + 1 < found->size(); ++i) {
            if (found->at(i).end == found->at(i + 1).start)
                return {found->at(i), found->at(i + 1)};
        }
    }
    return {};
}

} // namespace

void TestWidgets::bookMoveResizeCancelOnTheGridWithUndo()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    const QTimeZone zone(QByteArrayLiteral("Europe/Brussels"));
    const QDate day(2026, 11, 26); // Thursday, ahead of the clock
    PracticeRepository practice(m_t.db());
    // A practitioner with two free slots in a row that day, and two more for the move.
    QString practitioner;
    QString motif;
    FreeSlot first;
    FreeSlot target;
    FreeSlot after;
    for (const Practitioner &p : practice.practitioners()) {
        const QList<Motif> motifs = practice.motifs(p.id);
        if (motifs.isEmpty())
            continue;
        auto [a, b] = twoFreeSlotsInARow(m_t.db(), m_t.clock().now(), p.id, motifs.first().id, day);
        auto found = FreeSlots::find(m_t.db(), m_t.clock().now(), p.id, motifs.first().id, day, day, 60);
        if (!a.start.isValid() || !found || found->size() < 4)
            continue;
        practitioner = p.id;
        motif = motifs.first().id;
        first = found->first().start == a.start ? found->at(1) : found->first();
        target = a;
        after = b;
        break;
    }
    QVERIFY2(!practitioner.isEmpty(), "no practitioner with free time on the day");
    const QString patient = PatientRepository(m_t.db()).list(20).at(7).id;
    const QString patientName = PatientRepository(m_t.db()).byId(patient)->birthName;

    AgendaView view(session);
    view.resize(1400, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setDay(day);
    view.setPractitionerFilter(practitioner);
    view.setDisplay(AgendaView::Display::Day);
    AgendaGrid *grid = view.grid();
    QCOMPARE(grid->columnCount(), 1);

    // 1. Click and drag over free time: the booking dialog opens on that time and length.
    const QTime from = first.start.toTimeZone(zone).time();
    const QPoint press = grid->pointAt(practitioner, day, from);
    const int length = int(first.start.secsTo(first.end));
    const QPoint release = grid->pointAt(practitioner, day, from.addSecs(length));
    QVERIFY(press.y() > 0 && release.y() > press.y() + QApplication::startDragDistance());
    QTest::mousePress(grid, Qt::LeftButton, {}, press);
    QTest::mouseMove(grid, press + QPoint(0, QApplication::startDragDistance() + 1));
    QTest::mouseMove(grid, release);
    QTest::mouseRelease(grid, Qt::LeftButton, {}, release);
    auto *dialog = view.findChild<BookingDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->practitionerBox()->currentData().toString(), practitioner);
    QCOMPARE(dialog->slotList()->currentRow(), 0);
    QCOMPARE(dialog->slotList()->item(0)->data(Qt::UserRole).toDateTime(), first.start);
    QCOMPARE(dialog->slotList()->item(0)->data(Qt::UserRole + 1).toInt(), length / 60); // the length dragged
    dialog->patientField()->setText(patientName);
    dialog->searchPatients();
    int row = -1;
    for (int i = 0; i < dialog->patientList()->model()->rowCount(); ++i) {
        if (dialog->patientList()->model()->index(i, 0).data(PatientSearchModel::PatientIdRole).toString() == patient)
            row = i;
    }
    QVERIFY(row >= 0);
    dialog->patientList()->selectRow(row);
    dialog->motifBox()->setCurrentIndex(dialog->motifBox()->findData(motif));
    dialog->slotList()->setCurrentRow(0);
    dialog->accept();
    QString id = dialog->bookedAppointmentId();
    QVERIFY2(!id.isEmpty(), qPrintable(dialog->message()));
    auto booked = AppointmentRepository(m_t.db()).byId(id);
    QCOMPARE(booked->start, first.start);
    QCOMPARE(booked->start.secsTo(booked->end), length); // the length dragged
    QCOMPARE(view.undoStack()->count(), 1);
    QVERIFY(grid->indexOf(id) >= 0 || grid->isStale());

    // 2. Undo the booking: entered in error, nothing deleted. Redo books it again.
    view.undoAction()->trigger();
    QCOMPARE(AppointmentRepository(m_t.db()).byId(id)->status, AppointmentStatus::EnteredInError);
    view.redoAction()->trigger();
    QVERIFY2(!view.lastActFailed(), qPrintable(view.message()));
    id = view.currentAppointmentId();
    QVERIFY(!id.isEmpty());
    QCOMPARE(AppointmentRepository(m_t.db()).byId(id)->status, AppointmentStatus::Booked);
    QCOMPARE(AppointmentRepository(m_t.db()).byId(id)->start, first.start);

    // 3. Drag the block to free time: moved, same length.
    grid->reloadNow();
    int index = grid->indexOf(id);
    QVERIFY(index >= 0);
    QPoint grab = grid->itemRect(index).topLeft() + QPoint(grid->itemRect(index).width() / 2, 2);
    QPoint drop = grid->pointAt(practitioner, day, target.start.toTimeZone(zone).time());
    QTest::mousePress(grid, Qt::LeftButton, {}, grab);
    QTest::mouseMove(grid, grab + QPoint(0, QApplication::startDragDistance() + 1));
    QTest::mouseMove(grid, drop);
    QTest::mouseRelease(grid, Qt::LeftButton, {}, drop);
    QVERIFY2(!view.lastActFailed(), qPrintable(view.message()));
    auto moved = AppointmentRepository(m_t.db()).byId(id);
    QCOMPARE(moved->start, target.start);
    QCOMPARE(moved->start.secsTo(moved->end), length);
    view.undoAction()->trigger();
    QCOMPARE(AppointmentRepository(m_t.db()).byId(id)->start, first.start);
    // The message says what was undone, whose and when to: never a bare "Done".
    {
        const QString patientName = PatientRepository(m_t.db()).byId(moved->patientId)->displayName();
        QVERIFY2(view.message().startsWith(u"Move undone"_s) && view.message().contains(patientName)
                     && view.message().contains(first.start.toTimeZone(zone).toString(u"HH:mm"_s)),
                 qPrintable(view.message()));
    }
    view.redoAction()->trigger();
    QCOMPARE(AppointmentRepository(m_t.db()).byId(id)->start, target.start);
    QVERIFY2(view.message().startsWith(u"Moved again"_s), qPrintable(view.message()));

    // 4. Drag the lower edge: a longer appointment, up to the end of the next free slot.
    grid->reloadNow();
    index = grid->indexOf(id);
    QVERIFY(index >= 0);
    grab = QPoint(grid->itemRect(index).center().x(), grid->itemRect(index).bottom() - 1);
    drop = grid->pointAt(practitioner, day, after.end.toTimeZone(zone).time());
    QTest::mousePress(grid, Qt::LeftButton, {}, grab);
    QTest::mouseMove(grid, grab + QPoint(0, QApplication::startDragDistance() + 1));
    QTest::mouseMove(grid, drop);
    QTest::mouseRelease(grid, Qt::LeftButton, {}, drop);
    QVERIFY2(!view.lastActFailed(), qPrintable(view.message()));
    QCOMPARE(AppointmentRepository(m_t.db()).byId(id)->start, target.start);
    QCOMPARE(AppointmentRepository(m_t.db()).byId(id)->end, after.end);

    // 5. A drop onto another appointment is refused with the rule's words; nothing moves.
    auto others = AppointmentRepository(m_t.db())
                      .inRange(QDateTime(day, QTime(0, 0), zone).toUTC(),
                               QDateTime(day.addDays(1), QTime(0, 0), zone).toUTC(), {practitioner})
                      .value();
    others.removeIf([&](const Appointment &a) { return a.id == id || a.status != AppointmentStatus::Booked; });
    QVERIFY(!others.isEmpty());
    grid->reloadNow();
    index = grid->indexOf(id);
    grab = grid->itemRect(index).topLeft() + QPoint(grid->itemRect(index).width() / 2, 2);
    drop = grid->pointAt(practitioner, day, others.first().start.toTimeZone(zone).time());
    QTest::mousePress(grid, Qt::LeftButton, {}, grab);
    QTest::mouseMove(grid, grab + QPoint(0, QApplication::startDragDistance() + 1));
    QTest::mouseMove(grid, drop);
    QTest::mouseRelease(grid, Qt::LeftButton, {}, drop);
    QVERIFY(view.lastActFailed());
    QVERIFY2(view.message().contains(u"occup"_s) || view.message().contains(u"taken"_s), qPrintable(view.message()));
    QCOMPARE(AppointmentRepository(m_t.db()).byId(id)->start, target.start);

    // 6. Cancel at the patient's request, then undo: booked again.
    view.selectAppointment(id);
    QVERIFY(view.cancelAction()->isEnabled());
    QVERIFY(view.cancelCurrent(CancelledBy::Patient, u"Grippe"_s));
    QCOMPARE(AppointmentRepository(m_t.db()).byId(id)->status, AppointmentStatus::Cancelled);
    QCOMPARE(AppointmentRepository(m_t.db()).byId(id)->cancelledBy, CancelledBy::Patient);
    view.undoAction()->trigger();
    QCOMPARE(AppointmentRepository(m_t.db()).byId(id)->status, AppointmentStatus::Booked);
    QVERIFY(view.undoStack()->count() >= 4);
}

void TestWidgets::severalPractitionersSideBySideRemembered()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    QSettings settings(m_settingsDir.filePath(u"several.ini"_s), QSettings::IniFormat);
    const QList<Practitioner> all = PracticeRepository(m_t.db()).practitioners();
    QVERIFY(all.size() >= 3);
    {
        AgendaView view(session);
        view.usePreferences(&settings);
        view.setDisplay(AgendaView::Display::Day);
        view.setPractitioners({all.at(0).id, all.at(2).id});
        QCOMPARE(view.grid()->columnCount(), 2);
    }
    AgendaView again(session);
    again.usePreferences(&settings);
    QCOMPARE(again.practitioners(), (QStringList{all.at(0).id, all.at(2).id}));
    QCOMPARE(again.display(), AgendaView::Display::Day);
    QCOMPARE(again.grid()->columnCount(), 2);
    // The practitioners' menu ticks them.
    auto *button = again.findChild<QToolButton *>(u"agendaPractitioners"_s);
    QVERIFY(button);
    int ticked = 0;
    for (QAction *a : button->menu()->actions())
        ticked += a->isChecked() ? 1 : 0;
    QCOMPARE(ticked, 2);
}

void TestWidgets::printsAPractitionersDay()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    AgendaView view(session);
    view.setDay(QDate(2026, 11, 23));
    const QString practitioner = PracticeRepository(m_t.db()).practitioners().first().id;
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(u"day.pdf"_s));
    QVERIFY(view.printDay(&printer, practitioner));
    QFile pdf(dir.filePath(u"day.pdf"_s));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.contains("/Type /Page"));
    QVERIFY(!view.printDay(&printer, u"nobody"_s));
}

void TestWidgets::dayListShowsWaitingTimes()
{
    // The demo has patients in the waiting room at 10:00 on Monday 23 November.
    const Session reader = m_t.session();
    DayListModel model(reader);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock(&m_t.clock());
    model.setDay(QDate(2026, 11, 23));
    int waiting = 0;
    int missed = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const DayListEntry *e = model.entryAt(r);
        const QString text = model.index(r, DayListModel::Waiting).data().toString();
        if (e->appointment.status == AppointmentStatus::Arrived) {
            QVERIFY(e->arrivedAt.isValid());
            QCOMPARE(text, u"%1 min"_s.arg(e->arrivedAt.secsTo(m_t.clock().now()) / 60));
            ++waiting;
        } else if (e->appointment.status == AppointmentStatus::Booked) {
            QVERIFY(text.isEmpty());
        }
        missed += e->noShows;
    }
    QVERIFY(waiting > 0);
    QVERIFY(missed > 0); // the habitual absentees
    QCOMPARE(model.headerData(DayListModel::Waiting, Qt::Horizontal, Qt::DisplayRole).toString(), u"Waiting"_s);
}

void TestWidgets::absenceDialogListsPatientsToMove()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    const QTimeZone zone(QByteArrayLiteral("Europe/Brussels"));
    const QDate day(2026, 11, 27);
    const Practitioner p = PracticeRepository(m_t.db()).practitioners().at(2);
    qsizetype booked = 0;
    for (const Appointment &a : AppointmentRepository(m_t.db())
                                    .inRange(QDateTime(day, QTime(0, 0), zone).toUTC(),
                                             QDateTime(day.addDays(1), QTime(0, 0), zone).toUTC(), {p.id})
                                    .value())
        booked += a.status == AppointmentStatus::Booked ? 1 : 0;
    QVERIFY(booked > 0);
    AbsenceDialog dialog(session, p.id, day);
    QCOMPARE(dialog.practitionerBox()->currentData().toString(), p.id);
    dialog.toEdit()->setDateTime(QDateTime(day, QTime(0, 0)).addSecs(-3600)); // before the start
    dialog.accept();
    QVERIFY(!dialog.declared());
    QVERIFY(!dialog.message().isEmpty());
    dialog.toEdit()->setDateTime(QDateTime(day.addDays(1), QTime(0, 0)));
    dialog.reasonField()->setText(u"Formation"_s);
    dialog.accept();
    QVERIFY2(dialog.declared(), qPrintable(dialog.message()));
    QCOMPARE(dialog.affectedTable()->rowCount(), int(booked));
    QVERIFY(!dialog.affectedTable()->item(0, 1)->text().isEmpty());
}

void TestWidgets::openingHoursDialog()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    const Practitioner p = PracticeRepository(m_t.db()).practitioners().at(1);
    const QDate from(2026, 11, 23);
    auto weekText = [&](int weekday) {
        QList<OpeningRange> ranges;
        const OpeningHours hours = OpeningHours::load(m_t.db(), p.id, from, from).value();
        for (const OpeningRange &r : hours.week())
            if (r.weekday == weekday)
                ranges << r;
        return OpeningHoursService::formatRanges(ranges);
    };
    const QString monday = weekText(1);
    const QString tuesday = weekText(2);
    OpeningHoursDialog dialog(session, p.id, QDate(2026, 12, 24));
    QCOMPARE(dialog.practitionerBox()->currentData().toString(), p.id);
    QCOMPARE(dialog.weekdayField(1)->text(), monday);
    // One wrong line saves nothing, not even the right one beside it.
    dialog.weekdayField(1)->setText(u"09:00-12:00"_s);
    dialog.weekdayField(2)->setText(u"12:00-09:00"_s);
    dialog.saveWeek();
    QVERIFY(dialog.message().contains(QLocale().standaloneDayName(2, QLocale::LongFormat)));
    QCOMPARE(weekText(1), monday);
    QVERIFY(!dialog.changed());
    dialog.weekdayField(2)->setText(tuesday);
    dialog.saveWeek();
    QVERIFY(dialog.changed());
    QCOMPARE(weekText(1), u"09:00-12:00"_s);
    QCOMPARE(dialog.weekdayField(1)->text(), u"09:00-12:00"_s);
    // The demo's public holidays are listed; Christmas Eve closed is added, then removed.
    const int holidays = dialog.exceptionsTable()->rowCount();
    QVERIFY(holidays >= 5);
    dialog.exceptionReason()->setText(u"Réveillon"_s);
    dialog.addException();
    QCOMPARE(dialog.exceptionsTable()->rowCount(), holidays + 1);
    int eve = -1;
    for (int r = 0; r < dialog.exceptionsTable()->rowCount(); ++r)
        if (dialog.exceptionsTable()->item(r, 2)->text() == u"Réveillon"_s)
            eve = r;
    QVERIFY(eve >= 0);
    QVERIFY(OpeningHours::load(m_t.db(), p.id, QDate(2026, 12, 24), QDate(2026, 12, 24))
                .value()
                .on(QDate(2026, 12, 24))
                .isEmpty());
    dialog.exceptionsTable()->setCurrentCell(eve, 0);
    dialog.removeSelectedException();
    QCOMPARE(dialog.exceptionsTable()->rowCount(), holidays);
    // The demo's Monday again, for the tests that follow.
    dialog.weekdayField(1)->setText(monday);
    dialog.saveWeek();
    QCOMPARE(weekText(1), monday);
}

void TestWidgets::incompleteIdentitiesToComplete()
{
    // A migration's row without a birth name: imported all the same, listed to complete.
    TempDatabase t;
    addMiniPractice(t.db());
    const Session session(t.db(), t.clock(), admin());
    QFile csv(t.dir() + u"/old.csv"_s);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write(
        "external_id,birth_name,first_names,birth_date\nOLD-9,,Jeanne,1950-04-02\nOLD-10,Lemaire,Paul,1961-01-20\n");
    csv.close();
    auto report = PatientCsv::import(session, csv.fileName(), false);
    QVERIFY(report);
    QCOMPARE(report->imported, 2);
    QCOMPARE(report->incomplete, 1);
    DuplicatesView view(session);
    view.reload();
    QTableWidget *table = view.incompleteTable();
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text().contains(u"OLD-9"_s))
            row = r;
    QVERIFY(row >= 0);
    QVERIFY(table->item(row, 1)->text().contains(u"Birth name"_s));
    QVERIFY(table->item(row, 0)->toolTip().contains(u"Doubtful"_s));
}

void TestWidgets::duplicatesReviewQueue()
{
    // An online sign-up of a patient the practice knows: capitals, a shortened first name.
    const Patient known = PatientRepository(m_t.db()).list(50).at(11);
    PatientInput in;
    in.birthName = known.birthName.toUpper();
    in.firstNames = known.firstNames.split(u' ').first();
    in.birthDate = known.birthDate.toString(Qt::ISODate);
    in.sex = sexCode(known.sex);
    auto online = PatientService::add(Session(m_t.db(), m_t.clock(), admin()), in, PatientOrigin::Online);
    QVERIFY2(online.ok(), online.ok() ? "" : qPrintable(online.error().message));

    auto secretary = UserRepository(m_t.db()).byLogin(u"secretariat"_s);
    QVERIFY(secretary.ok());
    const Session desk(m_t.db(), m_t.clock(), *secretary);
    // The pairs are judged in the background: the page is listed, then filled.
    auto scanned = [](DuplicatesView &view) {
        QSignalSpy done(&view, &DuplicatesView::scanFinished);
        view.reload();
        if (!view.scanning())
            return done.count() == 1;
        return view.pairsTable()->rowCount() == 0 && done.wait(20000) && !view.scanning();
    };
    auto pairOf = [&](DuplicatesView &view) {
        for (int r = 0; r < view.pairsTable()->rowCount(); ++r) {
            const QString a = view.pairsTable()->item(r, 1)->text();
            const QString b = view.pairsTable()->item(r, 2)->text();
            if (a.contains(known.birthName.toUpper()) && b.contains(known.birthName.toUpper()))
                return r;
        }
        return -1;
    };
    DuplicatesView deskView(desk);
    QVERIFY(scanned(deskView));
    // A secretary sees both records side by side and may say they are not the same person;
    // merging and undoing a merge are not offered to her.
    const int deskRow = pairOf(deskView);
    QVERIFY(deskRow >= 0);
    deskView.pairsTable()->selectRow(deskRow);
    deskView.choosePair(deskRow);
    QVERIFY(deskView.comparison()->rowCount() >= 3);
    QVERIFY(deskView.mergeButton()->isHidden());
    QVERIFY(deskView.reasonField()->isHidden());
    QVERIFY(deskView.undoButton()->isHidden());
    QVERIFY(deskView.notSameButton()->isEnabled());
    for (int r = 0; r < deskView.comparison()->rowCount(); ++r)
        QVERIFY(!(deskView.comparison()->item(r, 2)->flags() & Qt::ItemIsUserCheckable));

    const Session session(m_t.db(), m_t.clock(), admin());
    DuplicatesView view(session);
    QVERIFY(scanned(view));
    QVERIFY(!view.mergeButton()->isHidden());
    int row = pairOf(view);
    QVERIFY(row >= 0);
    // Said in words: band and closeness, never a bare score.
    QVERIFY(!view.pairsTable()->item(row, 0)->text().contains(u"1.00"_s));
    view.pairsTable()->selectRow(row);
    view.choosePair(row);
    // Side by side: the differing first names highlighted; strict traits of an online record cannot be ticked.
    auto plan = MergeService::plan(session, known.id, online->id);
    QVERIFY(plan.ok());
    const bool onlineMerged = plan->mergedId == online->id;
    bool firstNamesRow = false;
    for (int r = 0; r < view.comparison()->rowCount(); ++r) {
        if (view.comparison()->item(r, 0)->text() == u"Birth name"_s) {
            firstNamesRow = true;
            QCOMPARE(view.comparison()->item(r, onlineMerged ? 1 : 2)->text(), known.birthName);
            const bool checkable = view.comparison()->item(r, 2)->flags() & Qt::ItemIsUserCheckable;
            QCOMPARE(checkable, !onlineMerged);
            QCOMPARE(view.comparison()->item(r, 0)->background().color(), QColor(u"#fff1d6"_s));
        }
    }
    QVERIFY(firstNamesRow);
    QVERIFY(view.mergeButton()->isEnabled());
    QVERIFY(!view.mergeChosen()); // a reason is required
    view.reasonField()->setText(u"Carte d'identité vue au guichet"_s);
    // Merging asks first, naming the record kept; "Cancel" merges nothing.
    const QString keptName = PatientRepository(m_t.db()).byId(plan->survivorId)->displayName();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!view.mergeChosen());
    QVERIFY2(MessageBox::lastMessage().startsWith(keptName + u" is kept"_s), qPrintable(MessageBox::lastMessage()));
    QVERIFY(PatientRepository(m_t.db()).byId(plan->mergedId)->replacedBy.isEmpty());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QSignalSpy rescanned(&view, &DuplicatesView::scanFinished);
    QVERIFY2(view.mergeChosen(), qPrintable(view.message()));
    QVERIFY(rescanned.count() == 1 || rescanned.wait(20000));
    QCOMPARE(PatientRepository(m_t.db()).byId(plan->mergedId)->replacedBy, plan->survivorId);
    QVERIFY(!view.lastMergeId().isEmpty());
    // One undo, one label: the merge just made is the one chosen under "Merges made".
    const int merges = view.historyTable()->rowCount();
    QVERIFY(merges >= 1);
    QCOMPARE(view.historyTable()->item(0, 0)->data(Qt::UserRole).toString(), view.lastMergeId());
    QCOMPARE(view.historyTable()->item(0, 4)->text(), u"merged"_s);
    QCOMPARE(view.historyTable()->currentRow(), 0);
    QVERIFY(view.message().contains(view.undoButton()->text()));
    QVERIFY2(view.undoSelectedMerge(), qPrintable(view.message()));
    QVERIFY(view.lastMergeId().isEmpty());
    QCOMPARE(view.historyTable()->rowCount(), merges);
    QCOMPARE(view.historyTable()->item(0, 4)->text(), u"undone"_s);
    QVERIFY(!view.undoSelectedMerge()); // already undone: refused with the reason
    QVERIFY(!view.message().isEmpty());
    QVERIFY(PatientRepository(m_t.db()).byId(plan->mergedId)->active);
    // Not the same person: remembered, never proposed again.
    QVERIFY(scanned(view));
    const int before = view.pairsTable()->rowCount();
    row = pairOf(view);
    QVERIFY(row >= 0);
    view.pairsTable()->selectRow(row);
    QSignalSpy afterMark(&view, &DuplicatesView::scanFinished);
    QVERIFY(view.notSamePerson());
    QVERIFY(afterMark.count() == 1 || afterMark.wait(20000));
    QCOMPARE(view.pairsTable()->rowCount(), before - 1);
    QCOMPARE(pairOf(view), -1);
}

void TestWidgets::newPatientShowsKnownRecordsWhileTyping()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    const Patient known = PatientRepository(m_t.db()).list(80).at(40);
    NewPatientDialog dialog(session);
    dialog.field(u"birth_name"_s)->setText(known.birthName.toUpper());
    dialog.field(u"first_names"_s)->setText(known.firstNames);
    dialog.field(u"birth_date"_s)->setText(QLocale(QLocale::French).toString(known.birthDate, u"dd/MM/yyyy"_s));
    dialog.sexBox()->setCurrentIndex(dialog.sexBox()->findData(sexCode(known.sex)));
    dialog.refresh();
    QVERIFY(dialog.likelyDuplicates()->count() >= 1);
    bool listed = false;
    for (int i = 0; i < dialog.likelyDuplicates()->count(); ++i)
        listed = listed || dialog.likelyDuplicates()->item(i)->data(Qt::UserRole).toString() == known.id;
    QVERIFY(listed);
    // A bad value typed is said at once, in the rules' words.
    dialog.field(u"niss"_s)->setText(u"12345678901"_s);
    dialog.refresh();
    QVERIFY(!dialog.problems().isEmpty());
    dialog.accept();
    QVERIFY(dialog.createdId().isEmpty());
    dialog.field(u"niss"_s)->clear();
    // Likely known: the first Save warns and creates nothing, the second creates.
    dialog.accept();
    QVERIFY(dialog.createdId().isEmpty());
    QVERIFY(!dialog.problems().isEmpty());
    dialog.accept();
    QVERIFY(!dialog.createdId().isEmpty());
    QVERIFY(!dialog.usedExisting());
    QCOMPARE(PatientRepository(m_t.db()).byId(dialog.createdId())->birthName, known.birthName.toUpper());
    // Or the known record is taken: nothing new.
    NewPatientDialog again(session);
    again.field(u"birth_name"_s)->setText(known.birthName.toUpper());
    again.field(u"first_names"_s)->setText(known.firstNames);
    again.field(u"birth_date"_s)->setText(QLocale(QLocale::French).toString(known.birthDate, u"dd/MM/yyyy"_s));
    again.refresh();
    const qint64 before = PatientRepository(m_t.db()).count();
    again.useExisting(known.id);
    QVERIFY(again.usedExisting());
    QCOMPARE(again.createdId(), known.id);
    QCOMPARE(PatientRepository(m_t.db()).count(), before);
}

void TestWidgets::patientRecordEditor()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    Patient known;
    for (const Patient &p : PatientRepository(m_t.db()).list(200)) {
        if (p.identityStatus == IdentityStatus::Provisional && p.holderId.isEmpty() && !p.doubtful
            && p.ageOn(QDate(2026, 11, 23)) >= 18) {
            known = p;
            break;
        }
    }
    QVERIFY(!known.id.isEmpty());
    NewPatientDialog dialog(session, nullptr, known.id);
    QCOMPARE(dialog.field(u"birth_name"_s)->text(), known.birthName);
    QCOMPARE(dialog.field(u"birth_date"_s)->text(), QLocale().toString(known.birthDate, u"dd/MM/yyyy"_s));
    QCOMPARE(dialog.option(u"notify_sms"_s)->isChecked(), known.notifySms);
    QCOMPARE(dialog.identityStatusText(), IdentityStatuses::label(IdentityStatus::Provisional));
    // The record itself is not offered as its own duplicate.
    dialog.refresh();
    for (int i = 0; i < dialog.likelyDuplicates()->count(); ++i)
        QVERIFY(dialog.likelyDuplicates()->item(i)->data(Qt::UserRole).toString() != known.id);
    // An identity card seen at the desk.
    dialog.documentBox()->setCurrentIndex(dialog.documentBox()->findData(u"id-card"_s));
    dialog.checkIdentityDocument();
    QCOMPARE(dialog.identityStatusText(), IdentityStatuses::label(IdentityStatus::Validated));
    // A wrong e-mail is refused with its reason; then a usage name and no SMS are saved.
    dialog.field(u"email"_s)->setText(u"pas-un-courriel"_s);
    dialog.accept();
    QVERIFY(!dialog.problems().isEmpty());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    dialog.field(u"email"_s)->setText(u"patient@example.be"_s);
    dialog.field(u"usage_name"_s)->setText(u"Vandenbroucke"_s);
    dialog.option(u"notify_sms"_s)->setChecked(false);
    dialog.accept();
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems()));
    QCOMPARE(dialog.createdId(), known.id);
    auto stored = PatientRepository(m_t.db()).byId(known.id);
    QCOMPARE(stored->usageName, u"Vandenbroucke"_s);
    QCOMPARE(stored->email, u"patient@example.be"_s);
    QCOMPARE(stored->notifySms, false);
    QCOMPARE(stored->identityStatus, IdentityStatus::Validated); // complementary traits only
}

void TestWidgets::splitDialogMovesTheChosenVisits()
{
    // A record with several visits; one of them was another person's.
    QString shared;
    QList<Appointment> visits;
    for (const Patient &p : PatientRepository(m_t.db()).list(300)) {
        visits = AppointmentRepository(m_t.db()).forPatient(p.id).value();
        if (visits.size() >= 3) {
            shared = p.id;
            break;
        }
    }
    QVERIFY(!shared.isEmpty());
    User secretary = admin();
    secretary.role = Role::Secretary;
    const Session desk(m_t.db(), m_t.clock(), secretary);
    const Session session(m_t.db(), m_t.clock(), admin());
    SplitDialog dialog(session, shared);
    QCOMPARE(dialog.rows()->count(), int(visits.size())); // no document without the keychain here
    dialog.field(u"birth_name"_s)->setText(u"Vandersmissen"_s);
    dialog.field(u"first_names"_s)->setText(u"Jules"_s);
    dialog.field(u"birth_date"_s)->setText(u"31/02/1990"_s);
    dialog.rows()->item(0)->setCheckState(Qt::Checked);
    dialog.accept();
    QVERIFY(!dialog.problem().isEmpty()); // no 31 February
    QVERIFY(dialog.createdId().isEmpty());
    dialog.field(u"birth_date"_s)->setText(u"12/04/1990"_s);
    dialog.sexBox()->setCurrentIndex(dialog.sexBox()->findData(u"male"_s));
    {
        SplitDialog refused(desk, shared); // splitting needs a practitioner or an administrator
        refused.field(u"birth_name"_s)->setText(u"Vandersmissen"_s);
        refused.field(u"first_names"_s)->setText(u"Jules"_s);
        refused.field(u"birth_date"_s)->setText(u"12/04/1990"_s);
        refused.rows()->item(0)->setCheckState(Qt::Checked);
        refused.accept();
        QVERIFY(!refused.problem().isEmpty());
        QVERIFY(refused.createdId().isEmpty());
    }
    dialog.accept();
    QVERIFY2(!dialog.createdId().isEmpty(), qPrintable(dialog.problem()));
    const QString moved = dialog.rows()->item(0)->data(Qt::UserRole).toString();
    QCOMPARE(AppointmentRepository(m_t.db()).byId(moved)->patientId, dialog.createdId());
    QCOMPARE(AppointmentRepository(m_t.db()).forPatient(shared).value().size(), visits.size() - 1);
    QCOMPARE(PatientRepository(m_t.db()).byId(dialog.createdId())->birthName, u"Vandersmissen"_s);
}

void TestWidgets::statisticsView()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    NoShowStatsView view(session);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setRange(QDate(2026, 11, 1), QDate(2026, 11, 23));
    QCOMPARE(view.model()->rowCount(), 4); // one line per practitioner
    int noShows = 0;
    for (const NoShowStatsRow &r : view.model()->rows())
        noShows += r.noShows;
    QVERIFY(noShows > 0);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"stats.csv"_s);
    QVERIFY(view.exportCsv(file));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readLine().startsWith("month,practitioner_id"));
    QVERIFY(!view.exportCsv(dir.filePath(u"no/such/dir/x.csv"_s)));
}

void TestWidgets::noShowBadgeInSearch()
{
    auto r = m_t.db().exec(u"SELECT p.birth_name, p.id FROM appointments a JOIN patients p ON p.id = a.patient_id "
                           "WHERE a.status = 'noshow' AND a.excused = 0 LIMIT 1"_s);
    QVERIFY(r && r->next());
    const QString id = r->value(1).toString();
    const Session reader = m_t.session();
    QVERIFY(!PatientSearchModel::noShowBadge(reader, id).isEmpty());
    PatientSearchModel model(reader);
    model.setQuery(r->value(0).toString());
    bool seen = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(PatientSearchModel::PatientIdRole).toString() == id)
            seen = !model.index(row, PatientSearchModel::NoShows).data().toString().isEmpty();
    }
    QVERIFY(seen);
}

void TestWidgets::signInDialog()
{
    SignInDialog dialog(m_t.db(), m_t.clock());
    QVERIFY(!dialog.isFirstRun());
    dialog.loginField()->setText(u"secretariat"_s);
    dialog.passwordField()->setText(u"nope"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.message().isEmpty());
    dialog.passwordField()->setText(QString::fromLatin1(DemoClinic::Password));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.user().role, Role::Secretary);

    // Five wrong passwords: the account waits, said in words; a disabled account is refused.
    const Session admins(m_t.db(), m_t.clock(), admin());
    QVERIFY(UserService::create(admins,
                                NewUser{u"louise"_s, u"Louise"_s, Role::Secretary, {}, u"Tilleul vert ardoise 47"_s})
                .ok());
    SignInDialog again(m_t.db(), m_t.clock());
    again.loginField()->setText(u"louise"_s);
    for (int i = 0; i < UserService::FreeAttempts; ++i) {
        again.passwordField()->setText(u"wrong"_s);
        again.accept();
    }
    QVERIFY2(again.message().contains(u"waits"_s), qPrintable(again.message()));
    again.passwordField()->setText(u"Tilleul vert ardoise 47"_s);
    again.accept();
    QCOMPARE(again.result(), int(QDialog::Rejected));
    QVERIFY(UserService::resetPassword(admins, u"louise"_s, u"Nouvelle clef des champs 9"_s).ok()); // ends the wait
    QVERIFY(UserService::setActive(admins, u"louise"_s, false).ok());
    again.passwordField()->setText(u"Nouvelle clef des champs 9"_s);
    again.accept();
    QCOMPARE(again.result(), int(QDialog::Rejected));
    QVERIFY2(again.message().contains(u"disabled"_s), qPrintable(again.message()));
}

void TestWidgets::firstRunCreatesAdministrator()
{
    TempDatabase empty;
    SignInDialog dialog(empty.db(), empty.clock());
    QVERIFY(dialog.isFirstRun());
    dialog.loginField()->setText(u"admin"_s);
    dialog.passwordField()->setText(u"weak"_s);
    const QList<QLineEdit *> fields = dialog.findChildren<QLineEdit *>();
    for (QLineEdit *f : fields) {
        if (f != dialog.loginField() && f != dialog.passwordField() && f->echoMode() == QLineEdit::Password)
            f->setText(u"weak"_s);
        else if (f != dialog.loginField() && f != dialog.passwordField())
            f->setText(u"Administrateur"_s);
    }
    dialog.accept();
    QVERIFY(dialog.message().contains(u"12 characters"_s));
    dialog.passwordField()->setText(u"Marronnier bleu du port 26"_s);
    for (QLineEdit *f : fields) {
        if (f != dialog.passwordField() && f->echoMode() == QLineEdit::Password)
            f->setText(u"Marronnier bleu du port 26"_s);
    }
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.user().role, Role::Administrator);
}

void TestWidgets::settingsDialogSaves()
{
    SettingsDialog dialog(*m_settings, 15);
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"nl"_s));
    // Not longer than the practice's 15 minutes, and not off.
    dialog.idleBox()->setValue(40);
    QCOMPARE(dialog.idleBox()->value(), 15);
    dialog.idleBox()->setValue(0);
    QCOMPARE(dialog.idleBox()->value(), 1);
    dialog.idleBox()->setValue(12);
    QCOMPARE(dialog.displayBox()->currentIndex(), 0); // as the system, until chosen
    dialog.displayBox()->setCurrentIndex(1);
    dialog.accept();
    QCOMPARE(m_settings->value(SettingsDialog::languageKey()).toString(), u"nl"_s);
    QCOMPARE(SettingsDialog::idleLockMinutes(*m_settings), 12);
    SettingsDialog reopened(*m_settings, 15);
    QCOMPARE(reopened.idleBox()->value(), 12);
    QCOMPARE(reopened.displayBox()->currentIndex(), 1);
    // The high-contrast choice applied at the start: the application's palette is white on black.
    const QPalette before = QApplication::palette();
    auto restore = qScopeGuard([&] {
        QApplication::setPalette(before);
        m_settings->remove(SettingsDialog::highContrastKey());
    });
    SettingsDialog::applyDisplay(*m_settings);
    QCOMPARE(QApplication::palette().color(QPalette::Base), QColor(Qt::black));
    QVERIFY(Tones::isDark(QApplication::palette()));
    // The administrator shortens the practice's longest: this desk's 12 becomes 8.
    SettingsDialog shortened(*m_settings, 8);
    QCOMPARE(shortened.idleBox()->value(), 8);
}

// The desktop's side of the role × act table (tst_roles has the command line's): each role
// signs in through the sign-in dialog, then every act is tried as the desktop offers it. A
// disabled account does not get past the dialog.
void TestWidgets::desktopRoleTable()
{
    const Session admins(m_t.db(), m_t.clock(), admin());
    const QList<Practitioner> practitioners = PracticeRepository(m_t.db()).practitioners();
    QVERIFY(practitioners.size() >= 2);
    const QString own = practitioners.at(0).id;
    const QString other = practitioners.at(1).id;
    const QString password = u"quatre mots pour la liste"_s;
    for (const auto &[login, role, practitioner] :
         QList<std::tuple<QString, Role, QString>>{{u"table-secretary"_s, Role::Secretary, QString()},
                                                   {u"table-practitioner"_s, Role::Practitioner, own},
                                                   {u"table-admin"_s, Role::Administrator, QString()},
                                                   {u"table-gone"_s, Role::Secretary, QString()}}) {
        if (!UserRepository(m_t.db()).byLogin(login))
            QVERIFY(UserService::create(admins, {login, login, role, practitioner, password}).ok());
    }
    QVERIFY(UserService::setActive(admins, u"table-gone"_s, false).ok());
    // A past appointment of each practitioner, marked not honoured again before each role.
    auto pastOf = [&](const QString &practitionerId) {
        auto r = m_t.db().exec(u"SELECT id FROM appointments WHERE practitioner_id = ? AND start_utc < ? "
                               "ORDER BY start_utc DESC LIMIT 1"_s,
                               {practitionerId, m_t.clock().now().toSecsSinceEpoch()});
        return r && r->next() ? r->value(0).toString() : QString();
    };
    const QString ownNoShow = pastOf(own);
    const QString otherNoShow = pastOf(other);
    QVERIFY(!ownNoShow.isEmpty() && !otherNoShow.isEmpty());

    struct Act
    {
        const char *name;
        std::function<bool(MainWindow &, const Session &)> allowed;
        bool secretary, practitioner, administrator;
    };
    auto eraseNoShow = [&](const QString &id) {
        return [&, id](MainWindow &w, const Session &) {
            w.agendaView()->setDay(QDate(2026, 11, 23));
            w.agendaView()->selectAppointment(id);
            const bool offered = w.agendaView()->eraseNoShowAction()->isEnabled();
            const bool done = w.agendaView()->eraseCurrentNoShow(u"Hospitalisé ce jour-là"_s);
            return offered && done;
        };
    };
    auto block = [&](const QString &id) {
        return [&, id](MainWindow &w, const Session &) {
            w.agendaView()->selectAppointment(id);
            const bool offered = w.agendaView()->onlineBlockAction()->isEnabled();
            const bool done = w.agendaView()->setCurrentOnlineBlock(true, u"Menaces au téléphone"_s);
            if (done)
                (void)w.agendaView()->setCurrentOnlineBlock(false, u"Excuses reçues"_s);
            return offered && done;
        };
    };
    const QList<Act> acts{
        {"Administration menu",
         [](MainWindow &w, const Session &) { return w.findChild<QAction *>(u"administrationAction"_s)->isEnabled(); },
         false, false, true},
        {"Backup menu",
         [](MainWindow &w, const Session &) { return w.findChild<QAction *>(u"backupAction"_s)->isEnabled(); }, false,
         false, true},
        {"Erase own no-show", eraseNoShow(ownNoShow), false, true, true},
        {"Erase another practitioner's no-show", eraseNoShow(otherNoShow), false, false, true},
        {"Block online booking (own)", block(ownNoShow), false, true, true},
        {"Block online booking (another's)", block(otherNoShow), false, false, true},
        {"Audit log page",
         [](MainWindow &, const Session &s) {
             AuditPage page(s);
             page.reload();
             return page.table()->rowCount() > 0;
         },
         false, false, true},
        {"Users page",
         [](MainWindow &, const Session &s) {
             UsersPage page(s);
             page.reload();
             return page.findChild<QTableWidget *>()->rowCount() > 0;
         },
         false, false, true},
        {"Central agenda address",
         [](MainWindow &, const Session &s) {
             ServerDialog dialog(s);
             dialog.urlEdit()->setText(u"https://agenda.example.org/fhir"_s);
             dialog.clientEdit()->clear();
             return dialog.save();
         },
         false, false, true},
        {"Statistics to CSV",
         [this](MainWindow &, const Session &s) {
             NoShowStatsView view(s);
             return view.exportCsv(m_settingsDir.filePath(u"stats-%1.csv"_s.arg(s.actor())));
         },
         true, true, true},
        {"Patient search",
         [](MainWindow &, const Session &s) {
             PatientSearchModel model(s);
             model.setQuery(u"du"_s);
             return model.rowCount() > 0;
         },
         true, true, true},
    };
    QStringList wrong;
    for (const QString &login : {u"table-secretary"_s, u"table-practitioner"_s, u"table-admin"_s, u"table-gone"_s}) {
        for (const QString &id : {ownNoShow, otherNoShow})
            QVERIFY(m_t.db()
                        .exec(u"UPDATE appointments SET status = 'noshow', excused = 0, noshow_erased = 0 "
                              "WHERE id = ?"_s,
                              {id})
                        .ok());
        SignInDialog signIn(m_t.db(), m_t.clock());
        signIn.loginField()->setText(login);
        signIn.passwordField()->setText(password);
        signIn.accept();
        if (login == u"table-gone"_s) {
            QCOMPARE(signIn.result(), int(QDialog::Rejected));
            QVERIFY(!signIn.message().isEmpty());
            continue;
        }
        QCOMPARE(signIn.result(), int(QDialog::Accepted));
        const Session session(m_t.db(), m_t.clock(), signIn.user());
        MainWindow window(session, *m_settings);
        for (const Act &act : acts) {
            const bool expected = session.user().role == Role::Secretary ? act.secretary
                : session.user().role == Role::Practitioner              ? act.practitioner
                                                                         : act.administrator;
            if (act.allowed(window, session) != expected)
                wrong << u"%1 as %2: expected %3"_s.arg(QString::fromLatin1(act.name), login,
                                                        expected ? u"allowed"_s : u"refused"_s);
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    // The administrator's address is taken back: the other tests run without a central agenda.
    QVERIFY(m_t.db().setSetting(u"sync.server_url"_s, QString()).ok());
}

void TestWidgets::idleDelayWithinThePracticesLongest()
{
    const Session admin = m_t.session();
    QCOMPARE(PracticeRules::longestIdleLockMinutes(admin), 15); // the default
    QCOMPARE(PracticeRules::idleLockMinutes(admin, 5), 5); // a desk may shorten
    QCOMPARE(PracticeRules::idleLockMinutes(admin, 60), 15); // never lengthen
    QCOMPARE(PracticeRules::idleLockMinutes(admin, 0), 15); // nor turn it off
    // Only an administrator sets it, audited as every rule.
    QCOMPARE(PracticeRules::set(m_t.session(Role::Secretary), QString::fromLatin1(PracticeRuleKeys::IdleLockMinutes),
                                u"60"_s)
                 .error()
                 .code,
             ErrorCode::Forbidden);
    QVERIFY(PracticeRules::set(admin, QString::fromLatin1(PracticeRuleKeys::IdleLockMinutes), u"8"_s).ok());
    QCOMPARE(PracticeRules::idleLockMinutes(admin, 12), 8);
    QVERIFY(!PracticeRules::set(admin, QString::fromLatin1(PracticeRuleKeys::IdleLockMinutes), u"0"_s).ok());
    QVERIFY(PracticeRules::set(admin, QString::fromLatin1(PracticeRuleKeys::IdleLockMinutes), u"15"_s).ok());
}

void TestWidgets::appointmentMessagesDialog()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    // A patient with an e-mail and a mobile books ten days ahead.
    auto who = m_t.db().exec(u"SELECT id FROM patients WHERE active = 1 AND email <> '' AND mobile_phone <> '' "
                             "AND holder_id IS NULL AND deceased = 0 ORDER BY id LIMIT 1"_s);
    QVERIFY(who && who->next());
    const Practitioner practitioner = PracticeRepository(m_t.db()).practitioners().first();
    const Motif motif = PracticeRepository(m_t.db()).motifs(practitioner.id).first();
    const QDate from = m_t.clock().now().date().addDays(10);
    auto free = FreeSlots::find(m_t.db(), m_t.clock().now(), practitioner.id, motif.id, from, from.addDays(7), 1);
    QVERIFY(free && !free->isEmpty());
    AppointmentDraft draft;
    draft.patientId = who->value(0).toString();
    draft.practitionerId = practitioner.id;
    draft.motifId = motif.id;
    draft.start = free->first().start;
    auto booked = AppointmentService::book(session, draft);
    QVERIFY(booked);
    const QList<NotificationRequest> planned = NotificationRepository(m_t.db()).forAppointment(booked->appointment.id);
    QVERIFY(!planned.isEmpty());

    AppointmentMessagesDialog dialog(session, booked->appointment.id);
    dialog.show();
    auto *table = dialog.findChild<QTableWidget *>(u"appointmentMessages"_s);
    auto *preview = dialog.findChild<QTextBrowser *>(u"messagePreview"_s);
    QVERIFY(table && preview);
    QCOMPARE(table->rowCount(), int(planned.size()));
    // Each row previews its own text as the patient reads it.
    for (int row = 0; row < table->rowCount(); ++row) {
        table->selectRow(row);
        const QString shown = preview->toPlainText();
        bool matches = false;
        for (const NotificationRequest &n : planned)
            matches = matches || shown.contains(n.body.section(u'\n', -1));
        QVERIFY2(matches, qPrintable(shown));
    }
    // Ten days ahead: too soon for the waiting list; the button says no.
    auto *waitlist = dialog.findChild<QPushButton *>(u"waitlistButton"_s);
    QVERIFY(waitlist && !waitlist->isEnabled());
    QVERIFY(AppointmentService::cancel(session, booked->appointment.id, CancelledBy::Practice, u"test"_s));
}

void TestWidgets::messageTemplatesDialog()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    MessageTemplatesDialog dialog(session);
    dialog.show();
    dialog.select(u"reminder"_s, MessageChannel::Sms, u"fr"_s);
    auto *text = dialog.findChild<QPlainTextEdit *>(u"templateText"_s);
    QVERIFY(text);
    QCOMPARE(text->toPlainText(), MessageTemplates::builtin(u"reminder"_s, MessageChannel::Sms, u"fr"_s));
    QVERIFY(dialog.previewText().contains(u"14:30"_s));
    QPushButton *save = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text() == MessageTemplatesDialog::tr("Save this text"))
            save = b;
    QVERIFY(save);
    QVERIFY(!save->isEnabled()); // nothing changed yet
    // The visit reason in an SMS is refused as it is typed.
    text->setPlainText(u"RDV {motif} le {date}"_s);
    QVERIFY(!save->isEnabled());
    QVERIFY(!dialog.previewText().contains(u"{motif}"_s));
    // A good text is previewed and saved.
    text->setPlainText(u"Rappel {site} : {date} à {time}."_s);
    QVERIFY(save->isEnabled());
    QVERIFY(dialog.previewText().startsWith(u"Rappel "_s));
    QVERIFY(dialog.previewText().contains(u"14:30"_s));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(MessageTemplates::load(m_t.db()).text(u"reminder"_s, MessageChannel::Sms, u"fr"_s),
             u"Rappel {site} : {date} à {time}."_s);
    QVERIFY(MessageTemplates::set(session, u"reminder"_s, u"sms"_s, u"fr"_s, QString()));
}

void TestWidgets::screenshotTour()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    MainWindow window(session, *m_settings);
    window.resize(1280, 800);
    window.show();
    QTemporaryDir out;
    QString error;
    auto countMessages = [this] {
        auto r = m_t.db().exec(u"SELECT count(*) FROM notification_requests"_s);
        return r && r->next() ? r->value(0).toLongLong() : -1;
    };
    const qint64 notificationCount = countMessages();
    const QStringList files = takeScreenshots(window, out.path(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The document preview needs the system keychain, which this test does not start (tst_documents does).
    QCOMPARE(files.size(), MainWindow::PageCount + 33);
    // The desk's day: the slot finder with a series, running late, the appointment search, the
    // agenda's shortcuts; what the desk prints, as PDFs beside the images.
    for (const QString &name :
         {u"booking-finder-series"_s, u"running-late"_s, u"appointment-search"_s, u"agenda-shortcuts"_s})
        QVERIFY2(files.join(u' ').contains(name), qPrintable(name));
    QCOMPARE(QDir(out.path()).entryList({u"*-print-week.pdf"_s}).size(), 1);
    QCOMPARE(QDir(out.path()).entryList({u"*-print-slip.pdf"_s}).size(), 1);
    // Every administration screen, the first-start assistant and the password change.
    for (const QString &name :
         {u"admin-sites"_s, u"admin-practitioners"_s, u"admin-motifs"_s, u"admin-hours"_s, u"admin-users"_s,
          u"admin-rules"_s, u"admin-audit"_s, u"setup-welcome"_s, u"setup-site"_s, u"change-password"_s})
        QVERIFY2(files.join(u' ').contains(name), qPrintable(name));
    // The administrator's act staged for the audit screen was rolled back.
    QCOMPARE(PracticeRepository(m_t.db()).practitioners().first().onlineDays, 0);
    QVERIFY(files.join(u' ').contains(u"sync-conflict"_s));
    QVERIFY(files.join(u' ').contains(u"sync-server"_s));
    QVERIFY(files.join(u' ').contains(u"appointment-messages"_s));
    QVERIFY(files.join(u' ').contains(u"message-templates"_s));
    // The messages were staged on a booking rolled back: nothing planned stays behind.
    QCOMPARE(countMessages(), notificationCount);
    // The sync views were staged in a transaction rolled back: the database is as before.
    QVERIFY(!SyncSettings::server(m_t.db()));
    QCOMPARE(SyncConflicts::openCount(m_t.db()), 0);
    for (const QString &file : files) {
        QImage image(file);
        QVERIFY2(!image.isNull(), qPrintable(file));
        QVERIFY(image.width() >= 300);
        // Not a blank picture: some pixels differ from the first.
        const QRgb first = image.pixel(0, 0);
        bool varied = false;
        for (int y = 0; y < image.height() && !varied; y += 7)
            for (int x = 0; x < image.width() && !varied; x += 7)
                varied = image.pixel(x, y) != first;
        QVERIFY2(varied, qPrintable(file));
    }
}

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
