// The desk's day in the desktop: the appointment panel and its corrections, the keyboard
// on the grid, printing a week and a slip.
#include "core/agenda/appointmentservice.h"
#include "core/domain/phone.h"
#include "core/identity/patientservice.h"
#include "core/store/appointmentrepository.h"
#include "core/store/democlinic.h"
#include "core/store/notificationrepository.h"
#include "core/store/patientrepository.h"
#include "core/store/practicerepository.h"
#include "core/store/userrepository.h"
#include "tests/support/testsupport.h"
#include "ui/agenda/agendagrid.h"
#include "ui/agenda/agendaview.h"
#include "ui/agenda/appointmentpanel.h"
#include "ui/agenda/bookingdialog.h"
#include "ui/agenda/daylistmodel.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

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
    void keyboardOnTheGrid();
    void printsAWeekAndASlip();

private:
    User admin();
    QString bookAt(const QTime &time, const QString &patientId, const QString &channel = u"phone"_s);
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

QString TestDeskWidgets::bookAt(const QTime &time, const QString &patientId, const QString &channel)
{
    const Session session(m_t.db(), m_t.clock(), admin());
    AppointmentDraft d;
    d.practitionerId = m_practitioner.id;
    d.patientId = patientId;
    d.durationMinutes = 15;
    d.channel = channel;
    d.overrideReason = u"test"_s;
    d.start = QDateTime(QDate(2026, 11, 24), time, m_zone);
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
    QVERIFY(panel->fieldLabel(u"channel"_s)->text().contains(u"admin"_s));
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

QTEST_MAIN(TestDeskWidgets)
#include "tst_deskwidgets.moc"
