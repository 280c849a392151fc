// The acts of the agenda view on its current appointment (and the booking dialog it opens):
// book, move, cancel, print a day, statuses and no-shows; the rules are core's.
#include "core/access/session.h"
#include "core/agenda/appointmentservice.h"
#include "core/agenda/noshowpolicy.h"
#include "core/agenda/noshowservice.h"
#include "core/store/appointmentrepository.h"
#include "core/store/patientrepository.h"
#include "core/store/practicerepository.h"
#include "ui/admin/hourspage.h"
#include "ui/agenda/absencedialog.h"
#include "ui/agenda/agendacommands.h"
#include "ui/agenda/agendagrid.h"
#include "ui/agenda/agendaview.h"
#include "ui/agenda/bookingdialog.h"
#include "ui/agenda/daylistmodel.h"
#include "ui/agenda/monthview.h"
#include "ui/agenda/openinghoursdialog.h"
#include "ui/documents/documentspanel.h"
#include "ui/reminders/messagesdialog.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

BookingDialog *AgendaView::openBooking(const QString &practitionerId, const QDateTime &start, const QDateTime &end)
{
    auto *dialog = new BookingDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (start.isValid())
        dialog->presetSlot(practitionerId, start, end);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = dialog->bookedAppointmentId();
        m_undo->push(new BookCommand(
            m_session, [this](const QString &a, const Error *e) { afterCommand(a, e); }, dialog->bookedDraft(), id));
        showResult(tr("Appointment booked. Ctrl+Z undoes it."), false);
        refreshAll(id);
    });
    dialog->open();
    return dialog;
}

bool AgendaView::reschedule(const QString &appointmentId, const QDateTime &start, const QDateTime &end)
{
    auto before = AppointmentRepository(m_session.database()).byId(appointmentId);
    if (!before) {
        showResult(before.error().message, true);
        return false;
    }
    auto moved = AppointmentService::reschedule(m_session, appointmentId, start, end);
    if (!moved) {
        showResult(moved.error().message, true);
        refreshAll(QString()); // the block goes back where it was
        return false;
    }
    m_undo->push(new RescheduleCommand(
        m_session, [this](const QString &a, const Error *e) { afterCommand(a, e); }, *before, moved->appointment));
    const QTimeZone zone = PracticeRepository(m_session.database()).displayZone();
    QString text =
        tr("Moved to %1.").arg(QLocale().toString(moved->appointment.start.toTimeZone(zone), u"dddd d MMMM HH:mm"_s));
    for (const QString &warning : std::as_const(moved->warnings))
        text += u' ' + warning;
    showResult(text + u' ' + tr("Ctrl+Z undoes it."), false);
    refreshAll(appointmentId);
    return true;
}

bool AgendaView::cancelCurrent(CancelledBy by, const QString &reason)
{
    const QString id = m_current;
    auto cancelled = AppointmentService::cancel(m_session, id, by, reason);
    if (!cancelled) {
        showResult(cancelled.error().message, true);
        return false;
    }
    m_undo->push(new CancelCommand(
        m_session, [this](const QString &a, const Error *e) { afterCommand(a, e); }, id, by, reason));
    showResult(cancelled->lateCancellation ? tr("Cancelled, late: the patient will get a neutral notice. Ctrl+Z "
                                                "undoes it.")
                                           : tr("Cancelled. Ctrl+Z undoes it."),
               false);
    refreshAll(id);
    return true;
}

void AgendaView::askCancel()
{
    if (m_current.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Cancel the appointment"));
    auto *byPatient = new QRadioButton(tr("At the patient's request"), &dialog);
    auto *byPractice = new QRadioButton(tr("By the practice"), &dialog);
    byPatient->setChecked(true);
    auto *reason = new QLineEdit(&dialog);
    reason->setPlaceholderText(tr("Reason (required)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Cancel the appointment"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Keep it"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(byPatient);
    form->addRow(byPractice);
    form->addRow(tr("Reason:"), reason);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    cancelCurrent(byPatient->isChecked() ? CancelledBy::Patient : CancelledBy::Practice, reason->text());
}

void AgendaView::showDocuments()
{
    auto current = AppointmentRepository(m_session.database()).byId(m_current);
    if (!current)
        return;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto patient = PatientRepository(m_session.database()).byId(current->patientId);
    const QTimeZone zone = PracticeRepository(m_session.database()).displayZone();
    dialog->setWindowTitle(tr("Documents — %1, %2")
                               .arg(patient ? patient->displayName() : current->patientId,
                                    QLocale().toString(current->start.toTimeZone(zone), u"d MMMM HH:mm"_s)));
    auto *panel = new DocumentsPanel(m_session, dialog);
    panel->setObjectName(u"appointmentDocuments"_s);
    panel->setAppointment(current->patientId, current->id);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::accept);
    connect(panel, &DocumentsPanel::changed, this, [this] { m_model->reload(); });
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(panel, 1);
    layout->addWidget(buttons);
    dialog->resize(900, 420);
    dialog->open();
}

void AgendaView::showMessages()
{
    if (m_current.isEmpty())
        return;
    auto *dialog = new AppointmentMessagesDialog(m_session, m_current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AgendaView::askMove()
{
    auto current = AppointmentRepository(m_session.database()).byId(m_current);
    if (!current)
        return;
    const QTimeZone zone = PracticeRepository(m_session.database()).displayZone();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Move the appointment"));
    auto *when = new QDateTimeEdit(current->start.toTimeZone(zone), &dialog);
    when->setCalendarPopup(true);
    when->setDisplayFormat(u"dddd d MMMM yyyy  HH:mm"_s);
    auto *length = new QSpinBox(&dialog);
    length->setRange(5, 12 * 60);
    length->setSingleStep(5);
    length->setSuffix(tr(" min"));
    length->setValue(int(current->start.secsTo(current->end) / 60));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Move"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("New start:"), when);
    form->addRow(tr("Length:"), length);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QDateTime start(when->date(), when->time(), zone);
    reschedule(m_current, start.toUTC(), start.addSecs(qint64(length->value()) * 60).toUTC());
}

void AgendaView::askPrint()
{
    QStringList ids = m_practitionerIds;
    if (ids.isEmpty() && !m_session.user().practitionerId.isEmpty())
        ids << m_session.user().practitionerId;
    if (ids.isEmpty()) {
        auto current = AppointmentRepository(m_session.database()).byId(m_current);
        if (current)
            ids << current->practitionerId;
    }
    if (ids.isEmpty()) {
        showResult(tr("Choose the practitioner whose day to print (the practitioners button, or an appointment)."),
                   true);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Day list"));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!printDay(&printer, ids.first()))
        showResult(tr("The day list could not be printed."), true);
}

bool AgendaView::printDay(QPrinter *printer, const QString &practitionerId) const
{
    const Database &db = m_session.database();
    PracticeRepository practice(db);
    const QTimeZone zone = practice.displayZone();
    auto who = practice.practitioner(practitionerId);
    if (!who)
        return false;
    const QDate day = m_model->day();
    QList<DayListEntry> rows = DayList::load(db, day, zone, {practitionerId});
    rows.removeIf([](const DayListEntry &e) { return !AppointmentStatuses::occupiesSlot(e.appointment.status); });
    PatientRepository patients(db);
    QPainter p;
    if (!p.begin(printer))
        return false;
    const QRect page = printer->pageLayout().paintRectPixels(printer->resolution());
    const QRect area(0, 0, page.width(), page.height());
    QFont body(u"DejaVu Sans"_s, 10);
    QFont title = body;
    title.setPointSize(15);
    title.setBold(true);
    QFont bold = body;
    bold.setBold(true);
    p.setFont(body);
    const int line = QFontMetrics(body, printer).height() * 3 / 2;
    // Time, patient, birth date, phone, reason, status: what the practitioner needs on paper.
    const QList<double> widths = {0.12, 0.32, 0.12, 0.15, 0.19, 0.10};
    const QStringList headers = {tr("Time"), tr("Patient"), tr("Born"), tr("Phone"), tr("Visit reason"), tr("Status")};
    int y = 0;
    int pageNumber = 1;
    auto header = [&] {
        p.setFont(title);
        const int titleHeight = QFontMetrics(title, printer).height() * 3 / 2;
        p.drawText(QRect(0, 0, area.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   who->displayName() + u" — "_s + QLocale().toString(day, u"dddd d MMMM yyyy"_s));
        p.setFont(body);
        p.drawText(QRect(0, 0, area.width(), titleHeight), Qt::AlignRight | Qt::AlignVCenter,
                   tr("page %1").arg(pageNumber));
        y = titleHeight + line / 3;
        p.setFont(bold);
        double x = 0;
        for (int c = 0; c < headers.size(); ++c) {
            p.drawText(QRectF(x, y, widths.at(c) * area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                       headers.at(c));
            x += widths.at(c) * area.width();
        }
        y += line;
        p.drawLine(0, y, area.width(), y);
        p.setFont(body);
    };
    header();
    if (rows.isEmpty())
        p.drawText(QRect(0, y, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter, tr("No appointment this day."));
    for (const DayListEntry &e : std::as_const(rows)) {
        if (y + line > area.height()) {
            printer->newPage();
            ++pageNumber;
            header();
        }
        const Appointment &a = e.appointment;
        auto patient = patients.byId(a.patientId);
        const QStringList cells = {
            a.start.toTimeZone(zone).toString(u"HH:mm"_s) + u"–"_s + a.end.toTimeZone(zone).toString(u"HH:mm"_s),
            e.patientName(),
            patient ? QLocale().toString(patient->birthDate, QLocale::ShortFormat) : QString(),
            patient ? (patient->mobilePhone.isEmpty() ? patient->otherPhone : patient->mobilePhone) : QString(),
            e.motifLabel,
            AppointmentStatuses::label(a.status),
        };
        double x = 0;
        for (int c = 0; c < cells.size(); ++c) {
            const double w = widths.at(c) * area.width();
            p.drawText(QRectF(x, y, w - 8, line), Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetrics(body, printer).elidedText(cells.at(c), Qt::ElideRight, int(w - 8)));
            x += w;
        }
        y += line;
    }
    p.drawText(QRect(0, y + line / 2, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
               tr("%n appointment(s)", nullptr, int(rows.size())));
    return p.end();
}

void AgendaView::act(const QString &what)
{
    const QString id = m_current;
    if (id.isEmpty())
        return;
    QString patient;
    if (auto a = AppointmentRepository(m_session.database()).byId(id)) {
        if (auto p = PatientRepository(m_session.database()).byId(a->patientId))
            patient = p->displayName();
    }
    Result<Appointment> result = Error::invalid(QString());
    QString done;
    if (what == u"arrived"_s) {
        result = AppointmentService::changeStatus(m_session, id, AppointmentStatus::Arrived, QString());
        done = tr("%1 has arrived.").arg(patient);
    } else if (what == u"start"_s) {
        result = AppointmentService::changeStatus(m_session, id, AppointmentStatus::InConsultation, QString());
        done = tr("%1 is in consultation.").arg(patient);
    } else if (what == u"finish"_s) {
        result = AppointmentService::changeStatus(m_session, id, AppointmentStatus::Fulfilled, QString());
        done = tr("%1: consultation done.").arg(patient);
    } else if (what == u"undo"_s) {
        result = NoShowService::undo(m_session, id);
        done = tr("The no-show of %1 is undone; no notice will be sent.").arg(patient);
    } else {
        const bool excused = what == u"excused"_s;
        result = NoShowService::mark(m_session, id, excused);
        done = excused
            ? tr("%1: not honoured, excused.").arg(patient)
            : tr("%1: not honoured. The patient will get a neutral notice unless you undo it today.").arg(patient);
    }
    if (!result) {
        showResult(result.error().message, true);
        return;
    }
    showResult(done, false);
    refreshAll(id);
}

bool AgendaView::eraseCurrentNoShow(const QString &reason)
{
    if (m_current.isEmpty())
        return false;
    auto erased = NoShowService::erase(m_session, m_current, reason);
    if (!erased) {
        showResult(erased.error().message, true);
        return false;
    }
    showResult(tr("The no-show is erased: it stays in the history and no longer counts."), false);
    refreshAll(m_current);
    return true;
}

bool AgendaView::setCurrentOnlineBlock(bool blocked, const QString &reason)
{
    auto a = AppointmentRepository(m_session.database()).byId(m_current);
    if (!a)
        return false;
    auto done = blocked ? NoShowPolicy::block(m_session, a->patientId, a->practitionerId, reason)
                        : NoShowPolicy::lift(m_session, a->patientId, a->practitionerId, reason);
    if (!done) {
        showResult(done.error().message, true);
        return false;
    }
    showResult(blocked ? tr("This patient can no longer book this practitioner online; the desk still can.")
                       : tr("The block is lifted: the patient may book online again."),
               false);
    refreshAll(m_current);
    return true;
}

} // namespace guichet
