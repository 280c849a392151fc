// The desk's day in the desktop: the appointment panel and its corrections, the keyboard
// on the grid, printing a week and a slip.
#include "core/agenda/appointmentseries.h"
#include "core/agenda/appointmentservice.h"
#include "core/domain/phone.h"
#include "core/identity/patientservice.h"
#include "core/store/appointmentrepository.h"
#include "core/store/notificationrepository.h"
#include "core/store/patientrepository.h"
#include "core/store/practicerepository.h"
#include "core/store/userrepository.h"
#include "tests/support/testsupport.h"
#include "ui/agenda/agendagrid.h"
#include "ui/agenda/agendaview.h"
#include "ui/agenda/appointmentpanel.h"
#include "ui/agenda/appointmentsearchdialog.h"
#include "ui/agenda/bookingdialog.h"
#include "ui/agenda/canceldialog.h"
#include "ui/agenda/daylistmodel.h"
#include "ui/agenda/runninglatedialog.h"
#include "ui/identity/newpatientdialog.h"
#include "ui/patients/patientsview.h"
#include "ui/shell/lockscreen.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/messagebox.h"

#include "demo/democlinic.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace guichet;
using namespace guichet::test;

class TestDeskWidgets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void panelShowsTheAppointment();
    void panelCorrections();
    void unsavedNoteIsNeverLostWithoutAsking();
    void shortcutsWorkRightAfterSignIn();
    void everyListedShortcutWorks();
    void changeUserWithoutQuitting();
    void anotherPersonAtTheLockScreen();
    void keyboardOnTheGrid();
    void printsAWeekAndASlip();
    void slotFinderInTheBookingDialog();
    void seriesAndFamilyFromTheBookingDialog();
    void runningLatePreviewThenSend();
    void findAppointmentsAndOpenOne();
    void cancelWindowNamesAndKeepsTheReason();
    void relativesAndBookingFromTheRecord();

private:
    User admin();
    // 24 November unless another day is given (tests that must not touch that day's free time).
    QString bookAt(const QTime &time, const QString &patientId, const QString &channel = u"phone"_s,
                   const QDate &day = QDate(2026, 11, 24));
    TempDatabase m_t;
    Practitioner m_practitioner;
    QTimeZone m_zone{QByteArrayLiteral("Europe/Brussels")};
};

void TestDeskWidgets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Belgium)); // dates as a Brussels desk prints them
    // 2026-11-23 is a Monday, 10:00 in Brussels.
    m_t.clock().set(QDateTime(QDate(2026, 11, 23), QTime(10, 0), m_zone));
    auto demo = DemoClinic::create(m_t.db(), m_t.clock(), {200, 2, 0, 1});
    QVERIFY(demo.ok());
    m_practitioner = PracticeRepository(m_t.db()).practitioners().first();
}

User TestDeskWidgets::admin()
{
    auto user = UserRepository(m_t.db()).byLogin(u"admin"_s);
    if (!user)
        qFatal("no admin");
    return user.value();
}

QString TestDeskWidgets::bookAt(const QTime &time, const QString &patientId, const QString &channel, const QDate &day)
{
    const Session session(m_t.db(), m_t.clock(), admin());
    AppointmentDraft d;
    d.practitionerId = m_practitioner.id;
    d.patientId = patientId;
    d.durationMinutes = 15;
    d.channel = *BookingChannels::fromCode(channel);
    d.overrideReason = u"test"_s;
    d.start = QDateTime(day, time, m_zone);
    auto booked = AppointmentService::create(session, d);
    if (!booked)
        qFatal("book: %s", qPrintable(booked.error().message));
    return booked->id;
}

void TestDeskWidgets::panelShowsTheAppointment()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    // A child whose holder is reached, booked by phone with a note.
    PatientInput holderInput;
    holderInput.birthName = u"Parent"_s;
    holderInput.firstNames = u"Anne"_s;
    holderInput.birthDate = u"1980-01-01"_s;
    holderInput.sex = u"F"_s;
    holderInput.phones << u"+32470123456"_s;
    auto holder = PatientService::add(session, holderInput);
    QVERIFY(holder);
    PatientInput childInput = holderInput;
    childInput.firstNames = u"Léo"_s;
    childInput.birthDate = u"2018-05-01"_s;
    childInput.sex = u"M"_s;
    childInput.phones = {u"+32470000009"_s};
    childInput.holderId = holder->id;
    childInput.relationship = u"child"_s;
    auto child = PatientService::add(session, childInput);
    QVERIFY(child);
    const QString id = bookAt(QTime(21, 0), child->id);
    QVERIFY(AppointmentService::setNote(session, id, u"Apporter le carnet de vaccination"_s));

    AgendaView view(session);
    view.resize(1600, 900);
    view.show();
    view.setDay(QDate(2026, 11, 24));
    view.setDisplay(AgendaView::Display::Day);
    view.selectAppointment(id);
    AppointmentPanel *panel = view.panel();
    QCOMPARE(panel->appointmentId(), id);
    QVERIFY(panel->patientLabel()->text().contains(u"PARENT Léo"_s));
    // A child: reached through the holder, whose number reads as the desk dials it.
    QVERIFY(panel->contactLabel()->text().contains(u"PARENT Anne"_s));
    QVERIFY(panel->contactLabel()->text().contains(u"0470 12 34 56"_s));
    QVERIFY(!panel->contactLabel()->text().contains(u"+32"_s));
    QCOMPARE(panel->noteEdit()->toPlainText(), u"Apporter le carnet de vaccination"_s);
    // Who booked it, by name: never a login.
    QVERIFY(panel->fieldLabel(u"channel"_s)->text().contains(admin().displayName));
    QVERIFY(panel->historyList()->item(0)->text().contains(admin().displayName));
    QVERIFY(panel->fieldLabel(u"when"_s)->text().contains(u"21:00"_s));
    QVERIFY(panel->historyList()->count() >= 2);
    QVERIFY(panel->messageList()->count() >= 1);
    QVERIFY(!panel->button(u"again"_s)->isVisible());
    // The list shows the channel and the note; the grid block's tooltip too.
    int row = -1;
    for (int r = 0; r < view.model()->rowCount(); ++r)
        if (view.model()->entryAt(r)->appointment.id == id)
            row = r;
    QVERIFY(row >= 0);
    QVERIFY(view.model()->index(row, DayListModel::Time).data().toString().contains(u"☎"_s));
    QVERIFY(view.model()->index(row, DayListModel::Patient).data().toString().contains(u"✎"_s));
    QVERIFY(view.grid()->toolTipFor(view.grid()->indexOf(id)).contains(u"Apporter le carnet"_s));
    // Nothing selected: the panel says so.
    view.selectAppointment(QString());
    QVERIFY(panel->noteEdit()->isHidden() || !panel->noteEdit()->isVisible());
}

void TestDeskWidgets::panelCorrections()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    const QList<Patient> patients = PatientRepository(m_t.db()).list(5);
    const QString id = bookAt(QTime(20, 0), patients.at(0).id);
    AgendaView view(session);
    view.show();
    view.setDay(QDate(2026, 11, 24));
    view.selectAppointment(id);
    AppointmentPanel *panel = view.panel();
    QSignalSpy changed(panel, &AppointmentPanel::changed);

    // The note, saved from the panel.
    panel->noteEdit()->setPlainText(u"Allergie au latex"_s);
    QVERIFY(panel->button(u"note"_s)->isEnabled());
    QTest::mouseClick(panel->button(u"note"_s), Qt::LeftButton);
    QCOMPARE(AppointmentRepository(m_t.db()).byId(id)->note, u"Allergie au latex"_s);
    QCOMPARE(changed.count(), 1);

    // Given to another patient: refused without a reason, then done.
    QVERIFY(!panel->changePatient(patients.at(1).id, QString()));
    QVERIFY(!panel->message().isEmpty());
    QVERIFY(panel->changePatient(patients.at(1).id, u"Mauvais dossier"_s));
    QCOMPARE(AppointmentRepository(m_t.db()).byId(id)->patientId, patients.at(1).id);
    QVERIFY(panel->patientLabel()->text().contains(patients.at(1).birthName.toUpper()));
    QVERIFY(panel->historyList()->item(panel->historyList()->count() - 1)->text().contains(u"Mauvais dossier"_s));

    // Another visit reason of the practitioner.
    const QList<Motif> motifs = PracticeRepository(m_t.db()).motifs(m_practitioner.id);
    QVERIFY(motifs.size() >= 2);
    QVERIFY(panel->changeMotif(motifs.at(1).id));
    QCOMPARE(AppointmentRepository(m_t.db()).byId(id)->motifId, motifs.at(1).id);

    // A free message, then cancelled and booked again from the panel.
    const bool reachable = !patients.at(1).mobilePhone.isEmpty() || !patients.at(1).email.isEmpty();
    QCOMPARE(panel->sendMessage(u"Merci d'apporter votre carte"_s, QString()), reachable);
    QVERIFY(AppointmentService::cancel(session, id, CancelledBy::Patient, u"Empêché"_s));
    view.refreshAppointments({id});
    QVERIFY(!panel->button(u"again"_s)->isHidden());
    QVERIFY(panel->bookAgain(u"Finalement disponible"_s));
    QCOMPARE(AppointmentRepository(m_t.db()).byId(id)->status, AppointmentStatus::Booked);

    // Entered in error: nothing left to send.
    QVERIFY(panel->markEnteredInError(u"Saisi pour rien"_s));
    QCOMPARE(AppointmentRepository(m_t.db()).byId(id)->status, AppointmentStatus::EnteredInError);
    for (const NotificationRequest &n : NotificationRepository(m_t.db()).forAppointment(id))
        QVERIFY(n.state != u"pending"_s || n.kind == u"free"_s);
    QVERIFY(!panel->button(u"patient"_s)->isEnabled());
}

// A note typed and not saved: clicking another appointment or quitting asks (Enregistrer,
// Abandonner, Annuler); Annuler stays on it with the text, Enregistrer keeps it, Abandonner drops it.
void TestDeskWidgets::unsavedNoteIsNeverLostWithoutAsking()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    const QList<Patient> patients = PatientRepository(m_t.db()).list(5);
    const QString first = bookAt(QTime(18, 0), patients.at(2).id);
    const QString second = bookAt(QTime(18, 30), patients.at(3).id);
    // Answers the question the moment it shows, with `button`; counts the questions.
    int asked = 0;
    auto answer = [&asked](const QString &button) {
        QTimer::singleShot(0, [&asked, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->objectName(), u"unsavedNote"_s);
            ++asked;
            box->findChild<QPushButton *>(button)->click();
        });
    };
    QSettings settings(m_t.dir() + u"/settings.ini"_s, QSettings::IniFormat);
    MainWindow window(session, settings);
    window.show();
    AgendaView *view = window.agendaView();
    view->setDay(QDate(2026, 11, 24));
    view->selectAppointment(first);
    AppointmentPanel *panel = view->panel();
    panel->noteEdit()->setPlainText(u"Rappeler pour le résultat"_s);

    answer(u"cancel"_s); // Annuler: stays on the first, the text kept
    view->selectAppointment(second);
    QCOMPARE(asked, 1);
    QCOMPARE(panel->appointmentId(), first);
    QCOMPARE(panel->noteEdit()->toPlainText(), u"Rappeler pour le résultat"_s);

    answer(u"save"_s); // Enregistrer: kept, then on to the second
    view->selectAppointment(second);
    QCOMPARE(asked, 2);
    QCOMPARE(AppointmentRepository(m_t.db()).byId(first)->note, u"Rappeler pour le résultat"_s);
    QCOMPARE(panel->appointmentId(), second);

    // Quitting with a note typed: Annuler keeps the window open, Abandonner drops the text.
    panel->noteEdit()->setPlainText(u"Pas encore enregistré"_s);
    answer(u"cancel"_s);
    QVERIFY(!window.close());
    QCOMPARE(asked, 3);
    QVERIFY(window.isVisible());
    answer(u"discard"_s);
    QVERIFY(window.close());
    QCOMPARE(asked, 4);
    QVERIFY(AppointmentRepository(m_t.db()).byId(second)->note != u"Pas encore enregistré"_s);
}

// Right after sign-in, before any click, the keyboard is in the agenda: F1 lists the shortcuts.
void TestDeskWidgets::shortcutsWorkRightAfterSignIn()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    QSettings settings(m_t.dir() + u"/settings-f1.ini"_s, QSettings::IniFormat);
    MainWindow window(session, settings);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(QApplication::focusWidget() && window.agendaView()->isAncestorOf(QApplication::focusWidget()));
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus, Qt::Key_F1);
    bool listed = false;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->objectName() == u"shortcutsDialog"_s && w->isVisible()) {
            listed = true;
            w->close();
        }
    QVERIFY(listed);
}

// Every key F1 lists does its one act: pressed on the grid with an appointment chosen, each
// triggers exactly one action or button of the window (no key shared, no key dead).
void TestDeskWidgets::everyListedShortcutWorks()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    QSettings settings(m_t.dir() + u"/settings-walk.ini"_s, QSettings::IniFormat);
    MainWindow window(session, settings);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const QString booked =
        bookAt(QTime(19, 30), PatientRepository(m_t.db()).list(10).at(9).id, u"phone"_s, QDate(2026, 12, 3));
    AgendaView *agenda = window.agendaView();
    agenda->setDay(QDate(2026, 12, 3));
    agenda->setDisplay(AgendaView::Display::Day);
    QHash<QObject *, int> fired;
    for (QAction *a : window.findChildren<QAction *>())
        connect(a, &QAction::triggered, &window, [&fired, a] { ++fired[a]; });
    for (QAbstractButton *b : window.findChildren<QAbstractButton *>())
        connect(b, &QAbstractButton::clicked, &window, [&fired, b] { ++fired[b]; });
    // A window an act opens is closed straight away: the walk is about keys reaching acts.
    QTimer closer;
    closer.setInterval(5);
    connect(&closer, &QTimer::timeout, &window, [] {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
    closer.start();
    const auto listed = agenda->listedShortcuts();
    QVERIFY(listed.size() >= 15);
    for (const auto &[keys, what] : listed) {
        window.activateWindow(); // back from the window the previous act opened
        QVERIFY(QTest::qWaitForWindowActive(&window));
        agenda->selectAppointment(booked);
        // Offered whatever the appointment's state: the walk checks the key, the rules are tested elsewhere.
        for (QAction *a : window.findChildren<QAction *>())
            if (a->shortcuts().contains(keys))
                a->setEnabled(true);
        agenda->grid()->setFocus();
        QVERIFY(QApplication::focusWidget() == agenda->grid());
        fired.clear();
        QTest::keySequence(agenda->grid(), keys);
        // A window opened without waiting (the booking window, F1's list) is closed here.
        while (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
        int total = 0;
        QStringList who;
        for (auto it = fired.cbegin(); it != fired.cend(); ++it) {
            total += it.value();
            who << it.key()->objectName() + u'/'
                    + (qobject_cast<QAction *>(it.key()) ? qobject_cast<QAction *>(it.key())->text() : QString());
        }
        QVERIFY2(total == 1,
                 qPrintable(keys.toString() + u" ("_s + what + u"): "_s + QString::number(total) + u" "_s
                            + who.join(u", "_s)));
    }
}

// File ▸ Change user closes the window for the sign-in to come back (app/main.cpp), asking
// first about a note typed: kept open, nobody switches.
void TestDeskWidgets::changeUserWithoutQuitting()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    QSettings settings(m_t.dir() + u"/settings-switch.ini"_s, QSettings::IniFormat);
    MainWindow window(session, settings);
    window.show();
    QSignalSpy switching(&window, &MainWindow::switchUserRequested);
    auto *action = window.findChild<QAction *>(u"switchUserAction"_s);
    QVERIFY(action);
    // On a day of its own: the other tests read 24 November's free time.
    const QString booked =
        bookAt(QTime(19, 30), PatientRepository(m_t.db()).list(8).at(7).id, u"phone"_s, QDate(2026, 12, 1));
    window.agendaView()->setDay(QDate(2026, 12, 1));
    window.agendaView()->selectAppointment(booked);
    window.agendaView()->panel()->noteEdit()->setPlainText(u"Pas fini"_s);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    action->trigger();
    QCOMPARE(switching.count(), 0);
    QVERIFY(window.isVisible());
    MessageBox::setNextAnswer(QMessageBox::Discard);
    action->trigger();
    QCOMPARE(switching.count(), 1);
    QVERIFY(!window.isVisible());
}

// The lock screen lets another person sign in: the first one's typed note is saved in their
// name (nobody else is asked about it), the switch audited, the window closed for the sign-in.
void TestDeskWidgets::anotherPersonAtTheLockScreen()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    QSettings settings(m_t.dir() + u"/settings-lockswitch.ini"_s, QSettings::IniFormat);
    MainWindow window(session, settings);
    window.show();
    QSignalSpy switching(&window, &MainWindow::switchUserRequested);
    const QString booked =
        bookAt(QTime(19, 30), PatientRepository(m_t.db()).list(9).at(8).id, u"phone"_s, QDate(2026, 12, 2));
    window.agendaView()->setDay(QDate(2026, 12, 2));
    window.agendaView()->selectAppointment(booked);
    window.agendaView()->panel()->noteEdit()->setPlainText(u"Rappeler la mutuelle"_s);
    window.lock();
    QVERIFY(window.lockScreen()->isLocked());
    auto *other = window.lockScreen()->findChild<QPushButton *>(u"lockSwitchUser"_s);
    QVERIFY(other && other->isVisible());
    MessageBox::setNextAnswer(QMessageBox::Cancel); // were anybody asked, nothing would switch
    other->click();
    QCOMPARE(switching.count(), 1);
    QVERIFY(!window.isVisible());
    QCOMPARE(AppointmentRepository(m_t.db()).byId(booked)->note, u"Rappeler la mutuelle"_s);
    auto audit = m_t.db().exec(u"SELECT count(*) FROM audit_log WHERE action = 'screen.switch-user'"_s);
    QVERIFY(audit && audit->next());
    QCOMPARE(audit->value(0).toInt(), 1);
    QVERIFY(MessageBox::clearNextAnswer()); // nobody was asked
}

void TestDeskWidgets::keyboardOnTheGrid()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    const QList<Patient> patients = PatientRepository(m_t.db()).list(5);
    const QString id = bookAt(QTime(19, 0), patients.at(2).id);
    AgendaView view(session);
    view.resize(1400, 900);
    view.show();
    QApplication::setActiveWindow(&view);
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.setPractitioners({m_practitioner.id});
    view.setDay(QDate(2026, 11, 24));
    view.setDisplay(AgendaView::Display::Day);
    AgendaGrid *grid = view.grid();
    grid->setFocus();
    QVERIFY(grid->hasFocus());
    // From 18:45, Down lands on the 19:00 appointment: selected, the panel shows it.
    grid->setKeyboardCursor(0, QTime(18, 45));
    QTest::keyClick(grid, Qt::Key_Down);
    QCOMPARE(grid->cursorTime(), QDateTime(QDate(2026, 11, 24), QTime(19, 0), m_zone).toUTC());
    QCOMPARE(grid->selectedAppointment(), id);
    QCOMPARE(view.currentAppointmentId(), id);
    QCOMPARE(view.panel()->appointmentId(), id);
    // Down again: past the appointment, to 19:15, nothing selected.
    QTest::keyClick(grid, Qt::Key_Down);
    QCOMPARE(grid->cursorTime(), QDateTime(QDate(2026, 11, 24), QTime(19, 15), m_zone).toUTC());
    QVERIFY(view.currentAppointmentId().isEmpty());
    // Up: back on the appointment's start; Enter opens it (its note first).
    QTest::keyClick(grid, Qt::Key_Up);
    QCOMPARE(grid->selectedAppointment(), id);
    QSignalSpy activated(grid, &AgendaGrid::appointmentActivated);
    QTest::keyClick(grid, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QVERIFY(view.panel()->noteEdit()->hasFocus());
    // Enter on free time chooses that slot for a booking.
    grid->setFocus();
    grid->setKeyboardCursor(0, QTime(19, 30));
    QSignalSpy chosen(grid, &AgendaGrid::slotChosen);
    QTest::keyClick(grid, Qt::Key_Enter);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().at(0).toString(), m_practitioner.id);
    QCOMPARE(chosen.first().at(1).toDateTime(), QDateTime(QDate(2026, 11, 24), QTime(19, 30), m_zone).toUTC());
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *booking = qobject_cast<BookingDialog *>(w))
            booking->reject();
    // F1 lists the shortcuts, Delete among them.
    QVERIFY(view.shortcutsText().contains(QKeySequence(Qt::Key_Delete).toString(QKeySequence::NativeText)));
    QVERIFY(view.shortcutsText().contains(QKeySequence(Qt::CTRL | Qt::Key_N).toString(QKeySequence::NativeText)));
}

void TestDeskWidgets::printsAWeekAndASlip()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    const QList<Patient> patients = PatientRepository(m_t.db()).list(5);
    const QString id = bookAt(QTime(18, 0), patients.at(3).id);
    AgendaView view(session);
    view.setDay(QDate(2026, 11, 24));
    QTemporaryDir dir;
    const QStringList everyone = {PracticeRepository(m_t.db()).practitioners().at(0).id,
                                  PracticeRepository(m_t.db()).practitioners().at(1).id};
    const QString week = dir.filePath(u"week.pdf"_s);
    {
        QPdfWriter pdf(week);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        QVERIFY(view.printSchedule(&pdf, everyone, QDate(2026, 11, 23), 7));
    }
    const QString slip = dir.filePath(u"slip.pdf"_s);
    {
        QPdfWriter pdf(slip);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        QVERIFY(view.printSlip(&pdf, id));
    }
    QVERIFY(!view.printSlip(nullptr, u"nobody"_s));
    // The print window ticks every practitioner in one click, and none in another.
    bool ticked = false;
    QTimer::singleShot(0, [&ticked] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        auto *list = dialog->findChild<QListWidget *>();
        QVERIFY(list && list->count() >= 2);
        dialog->findChild<QPushButton *>(u"tickAll"_s)->click();
        bool all = true;
        for (int i = 0; i < list->count(); ++i)
            all = all && list->item(i)->checkState() == Qt::Checked;
        dialog->findChild<QPushButton *>(u"tickNone"_s)->click();
        bool none = true;
        for (int i = 0; i < list->count(); ++i)
            none = none && list->item(i)->checkState() == Qt::Unchecked;
        ticked = all && none;
        static_cast<QDialog *>(dialog)->reject();
    });
    view.printAction()->trigger();
    QVERIFY(ticked);
    // Read back with Qt PDF: the names, the days, the slip's essentials.
    QPdfDocument document;
    QCOMPARE(document.load(week), QPdfDocument::Error::None);
    QVERIFY(document.pageCount() >= 1);
    QString text;
    for (int page = 0; page < document.pageCount(); ++page)
        text += document.getAllText(page).text();
    QVERIFY(text.contains(PracticeRepository(m_t.db()).practitioners().at(0).lastName));
    QVERIFY(text.contains(PracticeRepository(m_t.db()).practitioners().at(1).lastName));
    QVERIFY(text.contains(u"mardi 24 novembre 2026"_s));
    QVERIFY(!text.contains(u"+32"_s)); // phones as the desk dials them
    // A full day runs over a page: every page is headed by the practitioner and the day it lists
    // (the last appointments once stood on a page with no name above them).
    {
        const QList<Patient> many = PatientRepository(m_t.db()).list(70);
        for (int i = 0; i < 70; ++i) {
            AppointmentDraft d;
            d.practitionerId = m_practitioner.id;
            d.patientId = many.at(i).id;
            d.durationMinutes = 5;
            d.overrideReason = u"test"_s;
            d.start = QDateTime(QDate(2026, 11, 26), QTime(7, 0), m_zone).addSecs(i * 5 * 60);
            QVERIFY(AppointmentService::create(session, d));
        }
        const QString full = dir.filePath(u"full.pdf"_s);
        {
            QPdfWriter pdf(full);
            pdf.setPageSize(QPageSize(QPageSize::A4));
            QVERIFY(view.printSchedule(&pdf, {m_practitioner.id}, QDate(2026, 11, 26), 1));
        }
        QPdfDocument fullDocument;
        QCOMPARE(fullDocument.load(full), QPdfDocument::Error::None);
        QVERIFY(fullDocument.pageCount() >= 2);
        for (int page = 0; page < fullDocument.pageCount(); ++page) {
            const QString head = fullDocument.getAllText(page).text().left(160);
            QVERIFY2(head.contains(m_practitioner.displayName()) && head.contains(u"26 novembre 2026"_s),
                     qPrintable(u"page %1: "_s.arg(page + 1) + head));
        }
    }
    QPdfDocument slipDocument;
    QCOMPARE(slipDocument.load(slip), QPdfDocument::Error::None);
    const QString slipText = slipDocument.getAllText(0).text();
    QVERIFY(slipText.contains(u"18:00"_s));
    QVERIFY(slipText.contains(m_practitioner.lastName));
    const Site site = PracticeRepository(m_t.db()).sites().first();
    QVERIFY(!site.phone.isEmpty());
    QVERIFY(slipText.contains(Phone::display(site.phone, site.country))); // the number to call to cancel
    QVERIFY(slipText.contains(u"mardi 24 novembre 2026"_s));
    // pdftoppm reads what the desk prints (what the screenshot tour turns into images).
    if (!QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty()) {
        QProcess render;
        render.start(u"pdftoppm"_s,
                     {u"-png"_s, u"-r"_s, u"40"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, slip, dir.filePath(u"slip"_s)});
        QVERIFY(render.waitForFinished(30000));
        QCOMPARE(render.exitCode(), 0);
        QVERIFY(QDir(dir.path()).entryList({u"slip*.png"_s}).size() == 1);
    }
}

void TestDeskWidgets::slotFinderInTheBookingDialog()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    BookingDialog dialog(session);
    dialog.practitionerBox()->setCurrentIndex(dialog.practitionerBox()->findData(m_practitioner.id));
    QVERIFY(dialog.motifBox()->count() > 0);
    // From next Monday, Tuesday afternoons only.
    dialog.fromDate()->setDate(QDate(2026, 11, 30));
    dialog.halfBox()->setCurrentIndex(dialog.halfBox()->findData(u"afternoon"_s));
    dialog.weekdayBox(2)->setChecked(true);
    QVERIFY(dialog.slotList()->count() > 0);
    for (int i = 0; i < dialog.slotList()->count(); ++i) {
        const QDateTime start = dialog.slotList()->item(i)->data(Qt::UserRole).toDateTime().toTimeZone(m_zone);
        QCOMPARE(start.date().dayOfWeek(), 2);
        QVERIFY(start.time() >= QTime(12, 0));
        QVERIFY(start.date() >= QDate(2026, 11, 30));
    }
    // The next page adds to the list.
    const int before = dialog.slotList()->count();
    if (dialog.moreButton()->isEnabled()) {
        dialog.showMoreSlots();
        QVERIFY(dialog.slotList()->count() > before);
    }
    // A new patient from the dialog is chosen at once.
    QVERIFY(dialog.newPatientButton()->isEnabled());
    dialog.setPatient(PatientRepository(m_t.db()).list(3).at(2).id);
    QCOMPARE(dialog.forWhom()->currentData().toString(), PatientRepository(m_t.db()).list(3).at(2).id);
}

void TestDeskWidgets::seriesAndFamilyFromTheBookingDialog()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    // A holder and a relative, booked one after the other.
    PatientInput holderInput;
    holderInput.birthName = u"Famille"_s;
    holderInput.firstNames = u"Paul"_s;
    holderInput.birthDate = u"1975-02-02"_s;
    holderInput.sex = u"M"_s;
    auto holder = PatientService::add(session, holderInput);
    QVERIFY(holder);
    PatientInput kidInput = holderInput;
    kidInput.firstNames = u"Lou"_s;
    kidInput.birthDate = u"2015-02-02"_s;
    kidInput.holderId = holder->id;
    kidInput.relationship = u"child"_s;
    auto kid = PatientService::add(session, kidInput);
    QVERIFY(kid);
    {
        BookingDialog dialog(session);
        dialog.practitionerBox()->setCurrentIndex(dialog.practitionerBox()->findData(m_practitioner.id));
        dialog.fromDate()->setDate(QDate(2026, 12, 7));
        dialog.setPatient(holder->id);
        QCOMPARE(dialog.familyList()->count(), 1);
        dialog.familyList()->item(0)->setCheckState(Qt::Checked);
        QVERIFY(dialog.slotList()->currentItem());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.familyBooked().size(), 1);
        auto first = AppointmentRepository(m_t.db()).byId(dialog.bookedAppointmentId());
        auto second = AppointmentRepository(m_t.db()).byId(dialog.familyBooked().first());
        QVERIFY(first && second);
        QCOMPARE(first->patientId, holder->id);
        QCOMPARE(second->patientId, kid->id);
        QCOMPARE(second->start, first->end); // right after
    }
    {
        // A weekly series of four for the child.
        BookingDialog dialog(session);
        dialog.practitionerBox()->setCurrentIndex(dialog.practitionerBox()->findData(m_practitioner.id));
        dialog.fromDate()->setDate(QDate(2026, 12, 14));
        dialog.setPatient(kid->id);
        QCOMPARE(dialog.forWhom()->currentData().toString(), kid->id);
        dialog.repeatBox()->setChecked(true);
        dialog.everyBox()->setValue(1);
        dialog.unitBox()->setCurrentIndex(dialog.unitBox()->findData(u"weeks"_s));
        dialog.countBox()->setValue(4);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.seriesReport().has_value());
        QCOMPARE(dialog.seriesReport()->occurrences.size(), 4);
        QVERIFY(dialog.seriesReport()->booked() >= 1);
        auto link = AppointmentRepository(m_t.db()).seriesOf(dialog.bookedAppointmentId());
        QCOMPARE(link->seriesId, dialog.seriesReport()->seriesId);

        // From the panel: the rest of the series moved a day later, then cancelled.
        const Session desk(m_t.db(), m_t.clock(), admin());
        AgendaView view(desk);
        view.selectAppointment(dialog.bookedAppointmentId());
        AppointmentPanel *panel = view.panel();
        QVERIFY(panel->button(u"series"_s)->isEnabled());
        auto first = AppointmentRepository(m_t.db()).byId(dialog.bookedAppointmentId());
        QVERIFY(panel->moveRestOfSeries(first->start.addDays(1)));
        const SeriesReport report = *dialog.seriesReport();
        auto series = AppointmentRepository(m_t.db()).series(link->seriesId);
        QVERIFY(!series->isEmpty());
        for (const auto &[l, a] : *series) {
            const auto original = std::find_if(report.occurrences.begin(), report.occurrences.end(),
                                               [&](const SeriesOccurrence &o) { return o.position == l.position; });
            QVERIFY(original != report.occurrences.end());
            QCOMPARE(a.start, original->start.addDays(1));
        }
        QVERIFY(panel->cancelRestOfSeries(u"Fin des séances"_s));
        const auto cancelled = AppointmentRepository(m_t.db()).series(link->seriesId);
        QVERIFY(cancelled && !cancelled->isEmpty());
        for (const auto &[l, a] : *cancelled)
            QCOMPARE(a.status, AppointmentStatus::Cancelled);
        QVERIFY(!panel->button(u"series"_s)->isEnabled());
    }
    {
        // Until a date: every week from 4 January to 25 January 2027, four appointments.
        BookingDialog dialog(session);
        dialog.practitionerBox()->setCurrentIndex(dialog.practitionerBox()->findData(m_practitioner.id));
        dialog.fromDate()->setDate(QDate(2027, 1, 4));
        dialog.setPatient(holder->id);
        QVERIFY(dialog.slotList()->currentItem());
        const QDate first = dialog.slotList()->currentItem()->data(Qt::UserRole).toDateTime().toTimeZone(m_zone).date();
        dialog.repeatBox()->setChecked(true);
        dialog.seriesEndBox()->setCurrentIndex(dialog.seriesEndBox()->findData(u"until"_s));
        dialog.untilDate()->setDate(first.addDays(21));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.seriesReport()->occurrences.size(), 4);
    }
}

void TestDeskWidgets::runningLatePreviewThenSend()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    // Today 10:00: a patient with a mobile expected at 20:30.
    PatientInput in;
    in.birthName = u"Retard"_s;
    in.firstNames = u"Eva"_s;
    in.birthDate = u"1990-03-03"_s;
    in.sex = u"F"_s;
    in.phones << u"+32470556677"_s;
    auto patient = PatientService::add(session, in);
    QVERIFY(patient);
    AppointmentDraft d;
    d.practitionerId = m_practitioner.id;
    d.patientId = patient->id;
    d.durationMinutes = 15;
    d.overrideReason = u"test"_s;
    d.start = QDateTime(QDate(2026, 11, 23), QTime(20, 30), m_zone);
    auto booked = AppointmentService::create(session, d);
    QVERIFY(booked);
    RunningLateDialog dialog(session, m_practitioner.id, QDate(2026, 11, 23));
    dialog.minutesBox()->setValue(45);
    int row = -1;
    for (int r = 0; r < dialog.preview()->rowCount(); ++r)
        if (dialog.preview()->item(r, 1)->text().contains(u"RETARD"_s))
            row = r;
    QVERIFY(row >= 0);
    QVERIFY(dialog.preview()->item(row, 2)->text().contains(u"0470 55 66 77"_s));
    QVERIFY(dialog.preview()->item(row, 3)->text().contains(u"21:15"_s)); // 20:30 + 45 min
    auto lateOf = [&] {
        int n = 0;
        for (const NotificationRequest &r : NotificationRepository(m_t.db()).forAppointment(booked->id))
            n += r.kind == u"running-late"_s ? 1 : 0;
        return n;
    };
    QCOMPARE(lateOf(), 0); // the preview sends nothing
    // No central agenda here: the dialog does not promise that anybody will be told.
    QVERIFY2(dialog.message().contains(u"none can leave"_s), qPrintable(dialog.message()));
    QVERIFY(dialog.sendButton()->isEnabled());
    QVERIFY(dialog.send());
    QCOMPARE(lateOf(), 1);
    QVERIFY(dialog.sentCount() >= 1);
}

void TestDeskWidgets::cancelWindowNamesAndKeepsTheReason()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    const Patient patient = PatientRepository(m_t.db()).list(8).at(7);
    const QString id = bookAt(QTime(19, 40), patient.id);
    CancelDialog dialog(session, id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // Who, when, with whom; typing starts in the reason.
    QVERIFY2(dialog.heading().contains(patient.displayName().toHtmlEscaped()), qPrintable(dialog.heading()));
    QVERIFY2(dialog.heading().contains(u"19:40"_s), qPrintable(dialog.heading()));
    QVERIFY2(dialog.heading().contains(m_practitioner.displayName()), qPrintable(dialog.heading()));
    QCOMPARE(QApplication::focusWidget(), dialog.reasonEdit());
    // Without a reason the window stays, says why, and keeps the focus in the field.
    QTest::keyClick(dialog.reasonEdit(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.error().isEmpty());
    QCOMPARE(QApplication::focusWidget(), dialog.reasonEdit());
    QTest::keyClicks(dialog.reasonEdit(), u"Grippe"_s);
    QTest::keyClick(dialog.reasonEdit(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.reason(), u"Grippe"_s);
    QCOMPARE(dialog.cancelledBy(), CancelledBy::Patient);
}

void TestDeskWidgets::findAppointmentsAndOpenOne()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    const Patient patient = PatientRepository(m_t.db()).list(6).at(5);
    const QString id = bookAt(QTime(20, 15), patient.id);
    AgendaView view(session);
    view.show();
    AppointmentSearchDialog *dialog = view.openSearch(patient.id);
    bool listed = false;
    for (int r = 0; r < dialog->results()->rowCount(); ++r) {
        QVERIFY(dialog->results()->item(r, 1)->text() == patient.displayName());
        if (dialog->results()->item(r, 0)->data(Qt::UserRole).toString() == id) {
            listed = true;
            dialog->results()->selectRow(r);
        }
    }
    QVERIFY(listed);
    dialog->statusBox()->setCurrentIndex(dialog->statusBox()->findData(u"noshow"_s));
    for (int r = 0; r < dialog->results()->rowCount(); ++r)
        QVERIFY(dialog->results()->item(r, 0)->data(Qt::UserRole).toString() != id);
    dialog->statusBox()->setCurrentIndex(0);
    for (int r = 0; r < dialog->results()->rowCount(); ++r)
        if (dialog->results()->item(r, 0)->data(Qt::UserRole).toString() == id)
            dialog->results()->selectRow(r);
    QCOMPARE(dialog->chosenId(), id);
    Q_EMIT dialog->openAsked(dialog->chosenId(), dialog->chosenStart());
    QCOMPARE(view.day(), QDate(2026, 11, 24));
    QCOMPARE(view.currentAppointmentId(), id);
    QCOMPARE(view.panel()->appointmentId(), id);
    dialog->reject();
}

void TestDeskWidgets::relativesAndBookingFromTheRecord()
{
    const Session session(m_t.db(), m_t.clock(), admin());
    const QList<Patient> some = PatientRepository(m_t.db()).list(40);
    // Two adults with no relatives: one becomes the other's spouse, then their own holder again.
    QString holderId, relativeId;
    for (const Patient &p : some) {
        if (!p.holderId.isEmpty() || !PatientRepository(m_t.db()).relativesOf(p.id).isEmpty())
            continue;
        if (holderId.isEmpty())
            holderId = p.id;
        else if (relativeId.isEmpty())
            relativeId = p.id;
    }
    QVERIFY(!holderId.isEmpty() && !relativeId.isEmpty());
    PatientsView view(session);
    view.showPatientById(relativeId);
    QCOMPARE(view.shownPatientId(), relativeId);
    QVERIFY(view.linkToHolder(holderId, u"spouse"_s));
    QCOMPARE(PatientRepository(m_t.db()).byId(relativeId)->holderId, holderId);
    auto holder = PatientRepository(m_t.db()).byId(holderId);
    QVERIFY(view.recordText().contains(holder->displayName()));
    // Nested: refused with the rule's words.
    view.showPatientById(holderId);
    const auto nested = view.linkToHolder(relativeId, u"child"_s);
    QVERIFY(!nested);
    QCOMPARE(nested.error().rule, u"holder.nested"_s);
    view.showPatientById(relativeId);
    QVERIFY(view.unlinkFromHolder(u"Séparation"_s));
    QVERIFY(PatientRepository(m_t.db()).byId(relativeId)->holderId.isEmpty());
    // "Book…" on the record asks the agenda for a booking for that patient.
    QSignalSpy asked(&view, &PatientsView::bookingAsked);
    view.findChild<QPushButton *>(u"bookPatient"_s)->click();
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().first().toString(), relativeId);
    AgendaView agenda(session);
    BookingDialog *booking = agenda.openBookingFor(relativeId);
    QCOMPARE(booking->forWhom()->currentData().toString(), relativeId);
    booking->reject();
}

QTEST_MAIN(TestDeskWidgets)
#include "tst_deskwidgets.moc"
