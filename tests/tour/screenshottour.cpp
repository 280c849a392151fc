#include "tests/tour/screenshottour.h"

#include "core/access/session.h"
#include "core/agenda/appointmentservice.h"
#include "core/agenda/freeslots.h"
#include "core/agenda/noshowpolicy.h"
#include "core/agenda/practicesetup.h"
#include "core/base/clock.h"
#include "core/base/timeutil.h"
#include "core/base/uuid.h"
#include "core/documents/documentvault.h"
#include "core/reminders/practicerules.h"
#include "core/store/appointmentrepository.h"
#include "core/store/database.h"
#include "core/store/patientrepository.h"
#include "core/store/practicerepository.h"
#include "core/sync/fhirmapping.h"
#include "core/sync/syncsettings.h"
#include "tests/tour/tourstaging.h"
#include "ui/admin/administrationdialog.h"
#include "ui/admin/adminpage.h"
#include "ui/admin/setupassistant.h"
#include "ui/agenda/agendaview.h"
#include "ui/agenda/appointmentsearchdialog.h"
#include "ui/agenda/bookingdialog.h"
#include "ui/agenda/daylistmodel.h"
#include "ui/agenda/openinghoursdialog.h"
#include "ui/agenda/runninglatedialog.h"
#include "ui/documents/documentpreview.h"
#include "ui/documents/documentspanel.h"
#include "ui/identity/duplicatesview.h"
#include "ui/identity/newpatientdialog.h"
#include "ui/patients/patientsview.h"
#include "ui/reminders/messagesdialog.h"
#include "ui/reminders/templatesdialog.h"
#include "ui/settings/backupdialog.h"
#include "ui/settings/settingsdialog.h"
#include "ui/shell/changepassworddialog.h"
#include "ui/shell/controls.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/signindialog.h"
#include "ui/sync/conflictdialog.h"
#include "ui/sync/serverdialog.h"
#include "ui/sync/synccontroller.h"
#include "ui/sync/syncview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

// A one-page prescription, as a practice's software would print it.
void writeSamplePrescription(const QString &file, const QString &patient)
{
    QPdfWriter writer(file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    writer.setTitle(u"Ordonnance"_s);
    QPainter p(&writer);
    QFont title(u"DejaVu Sans"_s, 18, QFont::Bold);
    QFont body(u"DejaVu Sans"_s, 11);
    p.setFont(title);
    p.drawText(QPointF(90, 160), u"Cabinet médical des Tilleuls"_s);
    p.setFont(body);
    p.drawText(QPointF(90, 210), u"Dr Benoît André — médecine générale — INAMI 1-23456-78-901"_s);
    p.drawText(QPointF(90, 240), u"Rue des Tilleuls 12, 1000 Bruxelles — 02 123 45 67"_s);
    p.drawLine(QPointF(90, 270), QPointF(1150, 270));
    p.setFont(title);
    p.drawText(QPointF(90, 360), u"Ordonnance"_s);
    p.setFont(body);
    p.drawText(QPointF(90, 420), u"Patient : "_s + patient);
    p.drawText(QPointF(90, 450),
               u"Bruxelles, le "_s + QLocale(QLocale::French).toString(QDate(2026, 11, 23), u"d MMMM yyyy"_s));
    const QStringList lines = {u"1. Paracétamol 1 g — 1 comprimé 3 fois par jour pendant 5 jours"_s,
                               u"2. Ibuprofène 400 mg — 1 comprimé au repas de midi si douleur, 3 jours au plus"_s,
                               u"3. Sérum physiologique — lavage nasal matin et soir"_s};
    for (int i = 0; i < lines.size(); ++i)
        p.drawText(QPointF(120, 540 + i * 50), lines.at(i));
    p.drawText(QPointF(800, 900), u"Signature"_s);
}

} // namespace

namespace {

bool save(QWidget &widget, const QString &file, QStringList &written)
{
    QApplication::processEvents();
    const QPixmap shot = widget.grab();
    if (shot.isNull() || !shot.save(file, "PNG"))
        return false;
    written << file;
    return true;
}

} // namespace

QStringList takeScreenshots(MainWindow &window, const QString &dir, QString *error, const TourShotHook &onShot)
{
    QStringList written;
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QApplication::translate("Screenshots", "The folder %1 cannot be created.").arg(dir);
        return written;
    }
    const QDir out(dir);
    int index = 1;
    // A staging that could not be read or written ends the tour with its reason.
    auto fail = [&](const Error &e) {
        if (error)
            *error = QApplication::translate("Screenshots", "The tour stopped: %1").arg(e.message);
        return written;
    };
    auto shoot = [&](QWidget &w, const QString &name) {
        const QString file = out.filePath(u"%1-%2.png"_s.arg(index++, 2, 10, QLatin1Char('0')).arg(name));
        if (!save(w, file, written) && error)
            *error = QApplication::translate("Screenshots", "%1 could not be written.").arg(file);
        if (onShot)
            onShot(w, name);
    };
    window.syncController()->setEnabled(false); // no exchange starts while the tour stages its views
    window.agendaView()->setDisplay(AgendaView::Display::List); // whatever this desk last chose
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        window.showPage(MainWindow::Page(page));
        if (page == MainWindow::AgendaPage) {
            // A working day shows what the desk sees; on a Sunday, the next day with appointments.
            AgendaView *agenda = window.agendaView();
            const QDate today = agenda->model()->day();
            for (int offset = 0; offset < 7; ++offset) {
                agenda->setDay(today.addDays(offset));
                if (agenda->model()->rowCount() > 0)
                    break;
            }
        }
        if (page == MainWindow::DuplicatesPage && window.duplicatesView()->scanning()) {
            // The pairs are judged in the background: the shot waits for them.
            QEventLoop loop;
            QObject::connect(window.duplicatesView(), &DuplicatesView::scanFinished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        if (page == MainWindow::PatientsPage) {
            // A realistic search, as a secretary on the phone would type it.
            window.patientsView()->search(u"dup"_s);
            window.patientsView()->selectRow(0);
        }
        shoot(window, MainWindow::pageName(MainWindow::Page(page)));
        if (page == MainWindow::AgendaPage) {
            AgendaView *agenda = window.agendaView();
            agenda->setDisplay(AgendaView::Display::Day);
            // An appointment selected: its panel beside the grid (one with a note when there is one).
            QString chosen;
            for (int row = 0; row < agenda->model()->rowCount(); ++row) {
                const DayListEntry *e = agenda->model()->entryAt(row);
                if (!AppointmentStatuses::occupiesSlot(e->appointment.status))
                    continue;
                if (chosen.isEmpty() || e->hasNote)
                    chosen = e->appointment.id;
                if (e->hasNote)
                    break;
            }
            agenda->selectAppointment(chosen);
            shoot(window, u"agenda-day"_s);
            agenda->setDisplay(AgendaView::Display::Week);
            shoot(window, u"agenda-week"_s);
            agenda->setDisplay(AgendaView::Display::Month);
            shoot(window, u"agenda-month"_s);
            agenda->setDisplay(AgendaView::Display::List);
        }
    }
    // A past day with appointments not honoured, and a patient's no-show history.
    window.showPage(MainWindow::AgendaPage);
    AgendaView *agenda = window.agendaView();
    const QDate today = agenda->model()->day();
    for (int back = 1; back < 21; ++back) {
        agenda->setDay(today.addDays(-back));
        bool hasNoShow = false;
        for (int row = 0; row < agenda->model()->rowCount() && !hasNoShow; ++row)
            hasNoShow = agenda->model()->entryAt(row)->appointment.status == AppointmentStatus::NoShow;
        if (hasNoShow)
            break;
    }
    shoot(window, u"agenda-noshows"_s);
    agenda->setDay(today);
    {
        // A patient's documents and a PDF preview. The sample prescription is added to the demo
        // when the system keychain holds (or can make) the vault's key; otherwise the panel says why.
        window.showPage(MainWindow::PatientsPage);
        window.patientsView()->search(u"dup"_s);
        window.patientsView()->selectRow(0);
        const QString patientId = window.patientsView()->shownPatientId();
        const Database &vaultDb = window.session().database();
        if (!patientId.isEmpty() && DocumentVault::list(vaultDb, patientId).isEmpty()) {
            QTemporaryDir scratch;
            const QString file = scratch.filePath(u"ordonnance.pdf"_s);
            writeSamplePrescription(file, PatientRepository(vaultDb).byId(patientId).value().displayName());
            window.patientsView()->documents()->addFiles({file});
        }
        shoot(window, u"patient-documents"_s);
        const QList<DocumentMeta> documents = DocumentVault::list(vaultDb, patientId);
        if (!documents.isEmpty()) {
            DocumentPreview preview(window.session(), documents.first().id, &window);
            preview.show();
            shoot(preview, u"document-preview"_s);
        }
    }
    const Database &db = window.session().database();
    auto noShows = TourStaging::patientWithMostNoShows(db);
    if (!noShows)
        return fail(noShows.error());
    if (!noShows->isEmpty()) {
        window.showPage(MainWindow::PatientsPage);
        window.patientsView()->showPatientById(*noShows);
        shoot(window, u"patient-noshows"_s);
    }

    {
        BookingDialog booking(window.session(), &window);
        booking.patientField()->setText(u"dup"_s);
        booking.searchPatients();
        // Several match: the secretary chooses one (nothing is chosen for her).
        if (booking.patientList()->model()->rowCount() > 1)
            booking.patientList()->selectRow(1);
        booking.adjustSize();
        booking.show();
        shoot(booking, u"booking"_s);
        // The slot finder: Tuesday and Thursday afternoons from next week, a weekly series of six.
        booking.fromDate()->setDate(today.addDays(8 - today.dayOfWeek()));
        booking.halfBox()->setCurrentIndex(booking.halfBox()->findData(u"afternoon"_s));
        booking.weekdayBox(2)->setChecked(true);
        booking.weekdayBox(4)->setChecked(true);
        booking.repeatBox()->setChecked(true);
        booking.adjustSize();
        shoot(booking, u"booking-finder-series"_s);
    }
    {
        // Running late, previewed as the patients of a morning would read it (nothing is sent).
        const QList<Practitioner> practitioners = PracticeRepository(db).practitioners();
        // The next working day, at 08:00: its patients are all still expected.
        QDate day = today.addDays(1);
        while (day.dayOfWeek() > 5)
            day = day.addDays(1);
        const FixedClock morning(QDateTime(day, QTime(8, 0), PracticeRepository(db).displayZone()));
        const Session early(db, morning, window.session().user());
        RunningLateDialog late(early, practitioners.isEmpty() ? QString() : practitioners.first().id, day, &window);
        late.show();
        shoot(late, u"running-late"_s);
    }
    {
        // A patient's appointments, past and to come.
        AppointmentSearchDialog search(window.session(), &window);
        const QList<Patient> some = PatientRepository(db).list(60);
        for (const Patient &p : some) {
            auto mine = AppointmentRepository(db).forPatient(p.id);
            if (mine && mine->size() >= 3) {
                search.setPatient(p.id);
                break;
            }
        }
        search.show();
        shoot(search, u"appointment-search"_s);
    }
    {
        // What the desk prints: the week of two practitioners, and a patient's slip.
        AgendaView *printing = window.agendaView();
        const QList<Practitioner> practitioners = PracticeRepository(db).practitioners();
        QStringList two;
        for (const Practitioner &p : practitioners.mid(0, 2))
            two << p.id;
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        {
            QPdfWriter pdf(out.filePath(u"%1-print-week.pdf"_s.arg(index++, 2, 10, QLatin1Char('0'))));
            pdf.setPageSize(QPageSize(QPageSize::A4));
            pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
            printing->printSchedule(&pdf, two, monday, 7);
        }
        const QString slipOf = printing->currentAppointmentId();
        if (!slipOf.isEmpty()) {
            QPdfWriter pdf(out.filePath(u"%1-print-slip.pdf"_s.arg(index++, 2, 10, QLatin1Char('0'))));
            pdf.setPageSize(QPageSize(QPageSize::A4));
            pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
            printing->printSlip(&pdf, slipOf);
        }
        printing->showShortcuts();
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == u"shortcutsDialog"_s && w->isVisible()) {
                w->adjustSize();
                shoot(*w, u"agenda-shortcuts"_s);
                w->close();
            }
        }
    }

    {
        // A practitioner's usual week and the days that differ (the demo's public holidays).
        const QList<Practitioner> practitioners = PracticeRepository(db).practitioners();
        OpeningHoursDialog hours(window.session(), practitioners.isEmpty() ? QString() : practitioners.first().id,
                                 today, &window);
        hours.adjustSize();
        hours.show();
        shoot(hours, u"opening-hours"_s);
    }

    {
        // A new record typed for a patient the practice already knows: the desk is warned.
        NewPatientDialog newPatient(window.session(), &window);
        const QList<Patient> some = PatientRepository(db).list(40);
        if (!some.isEmpty()) {
            const Patient &known = some.at(some.size() / 2);
            newPatient.field(u"birth_name"_s)->setText(known.birthName.toUpper());
            newPatient.field(u"first_names"_s)->setText(known.firstNames.split(u' ').first());
            newPatient.field(u"birth_date"_s)->setText(QLocale().toString(known.birthDate, u"dd/MM/yyyy"_s));
            newPatient.sexBox()->setCurrentIndex(newPatient.sexBox()->findData(sexCode(known.sex)));
            newPatient.refresh();
        }
        newPatient.adjustSize();
        newPatient.show();
        shoot(newPatient, u"new-patient"_s);
        if (!some.isEmpty()) {
            // An existing record, as the desk corrects it: identity status and what raises it.
            NewPatientDialog record(window.session(), &window, some.first().id);
            record.adjustSize();
            record.show();
            shoot(record, u"patient-record"_s);
        }
    }

    {
        // The link with a central agenda, staged inside a transaction that is rolled back: the
        // database the tour runs on is left as it was.
        const Database &db = window.session().database();
        Transaction staged(db);
        if (staged.begin()) {
            if (auto set = SyncSettings::setServer(window.session(), u"https://agenda.cabinet-des-tilleuls.be/fhir"_s,
                                                   u"accueil"_s);
                !set)
                return fail(set.error());
            if (auto staged = TourStaging::stageNoteConflict(window.session()); !staged)
                return fail(staged.error());
            if (auto staged = TourStaging::stageReviewItems(window.session()); !staged)
                return fail(staged.error());
            SyncController *controller = window.syncController();
            controller->refresh();
            window.showPage(MainWindow::SyncPage);
            window.syncView()->reload();
            shoot(window, u"sync-status"_s);
            const QList<SyncConflict> conflicts = SyncConflicts::list(db);
            if (!conflicts.isEmpty()) {
                ConflictDialog conflict(window.session(), conflicts.first(), &window);
                conflict.show();
                shoot(conflict, u"sync-conflict"_s);
            }
            ServerDialog server(window.session(), &window);
            server.show();
            shoot(server, u"sync-server"_s);
            staged.rollback();
            controller->refresh();
        }
    }

    {
        // An appointment's messages and the practice's texts, on a booking staged inside a
        // transaction that is rolled back.
        Transaction staged(db);
        if (staged.begin()) {
            auto stagedBooking = TourStaging::stageBookingWithMessages(window.session());
            if (!stagedBooking)
                return fail(stagedBooking.error());
            const QString booked = *stagedBooking;
            if (!booked.isEmpty()) {
                AppointmentMessagesDialog messages(window.session(), booked, &window);
                messages.show();
                shoot(messages, u"appointment-messages"_s);
            }
            MessageTemplatesDialog templates(window.session(), &window);
            templates.select(u"reminder"_s, MessageChannel::Sms, u"fr"_s);
            templates.show();
            shoot(templates, u"message-templates"_s);
            staged.rollback();
        }
    }

    {
        // File ▸ Administration, each screen with its first record chosen; an administrator's acts
        // staged inside a transaction that is rolled back show in the audit log.
        Transaction staged(db);
        if (!staged.begin())
            return written;
        const QList<Practitioner> practitioners = PracticeRepository(db).practitioners();
        if (!practitioners.isEmpty()) {
            Practitioner p = practitioners.first();
            p.onlineDays = 60;
            if (auto saved = PracticeSetup::savePractitioner(window.session(), p); !saved)
                return fail(saved.error());
        }
        AdministrationDialog admin(window.session(), &window);
        admin.show();
        const QStringList names = {u"admin-sites"_s, u"admin-practitioners"_s, u"admin-motifs"_s, u"admin-hours"_s,
                                   u"admin-users"_s, u"admin-rules"_s,         u"admin-audit"_s};
        for (int tab = 0; tab < names.size(); ++tab) {
            admin.showTab(AdministrationDialog::Tab(tab));
            if (auto *page = qobject_cast<AdminPage *>(Controls::pageOf(admin.tabs()->currentWidget())))
                page->table()->selectRow(0);
            shoot(admin, names.at(tab));
        }
        // The first start of a practice: the assistant's welcome and its first step.
        SetupAssistant assistant(window.session(), {}, &window);
        assistant.show();
        shoot(assistant, u"setup-welcome"_s);
        assistant.next();
        shoot(assistant, u"setup-site"_s);
        ChangePasswordDialog password(db, window.session().clock(), window.session().user().login, &window);
        password.adjustSize();
        password.show();
        shoot(password, u"change-password"_s);
        BackupDialog backup(window.session(), &window);
        backup.adjustSize();
        backup.show();
        shoot(backup, u"backup"_s);
        staged.rollback();
    }

    QSettings settings;
    SettingsDialog dialog(settings, PracticeRules::longestIdleLockMinutes(window.session()), &window);
    dialog.adjustSize();
    dialog.show();
    shoot(dialog, u"settings"_s);
    dialog.hide();
    SignInDialog signIn(db, window.session().clock(), &window);
    signIn.adjustSize();
    signIn.show();
    shoot(signIn, u"sign-in"_s);
    signIn.hide();
    window.showPage(MainWindow::AgendaPage);
    window.lock();
    shoot(window, u"locked"_s);
    return written;
}

} // namespace guichet
