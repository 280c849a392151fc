// The acts of the agenda view on its current appointment (and the booking dialog it opens):
// book, move, cancel, print a day, statuses and no-shows; the rules are core's.
#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/agenda/appointmentdetails.h"
#include "core/agenda/appointmentservice.h"
#include "core/agenda/noshowpolicy.h"
#include "core/agenda/noshowservice.h"
#include "core/sync/syncsettings.h"
#include "ui/admin/hourspage.h"
#include "ui/agenda/absencedialog.h"
#include "ui/agenda/agendacommands.h"
#include "ui/agenda/agendagrid.h"
#include "ui/agenda/agendaprint.h"
#include "ui/agenda/agendaview.h"
#include "ui/agenda/appointmentpanel.h"
#include "ui/agenda/appointmentsearchdialog.h"
#include "ui/agenda/bookingdialog.h"
#include "ui/agenda/canceldialog.h"
#include "ui/agenda/daylistmodel.h"
#include "ui/agenda/monthview.h"
#include "ui/agenda/openinghoursdialog.h"
#include "ui/agenda/runninglatedialog.h"
#include "ui/documents/documentspanel.h"
#include "ui/reminders/messagesdialog.h"
#include "ui/shell/sitetimeedit.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPdfWriter>
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
        const QTimeZone zone = PracticeDirectory(m_session).displayZone();
        if (const auto series = dialog->seriesReport()) {
            // A series: what was booked, and each refusal with its rule and the nearest free slot.
            QStringList refused;
            for (const SeriesOccurrence &o : series->occurrences) {
                if (o.appointment || !o.refusal)
                    continue;
                QString line =
                    QLocale().toString(o.start.toTimeZone(zone), u"ddd d MMM HH:mm"_s) + u" : "_s + o.refusal->message;
                if (o.alternative)
                    line += u' '
                        + tr("Nearest free slot: %1.")
                              .arg(QLocale().toString(o.alternative->start.toTimeZone(zone), u"ddd d MMM HH:mm"_s));
                refused << line;
            }
            QString text = tr("Series: %n appointment(s) booked.", nullptr, series->booked());
            if (!refused.isEmpty())
                text += u' ' + tr("Not booked: %1").arg(refused.join(u" — "_s));
            showResult(text, !refused.isEmpty());
            refreshAll(id);
            return;
        }
        if (!dialog->familyBooked().isEmpty()) {
            showResult(tr("%n appointment(s) booked one after the other for the family.", nullptr,
                          int(dialog->familyBooked().size()) + 1),
                       false);
            refreshAll(id);
            return;
        }
        m_undo->push(new BookCommand(
            m_session, [this](const QString &a, const Error *e, const QString &done) { afterCommand(a, e, done); },
            dialog->bookedDraft(), id));
        showResult(tr("Appointment booked. Ctrl+Z undoes it."), false);
        refreshAll(id);
    });
    dialog->open();
    return dialog;
}

RunningLateDialog *AgendaView::openRunningLate()
{
    QString practitioner = m_practitionerIds.value(0);
    if (practitioner.isEmpty() && !m_session.user().practitionerId.isEmpty())
        practitioner = m_session.user().practitionerId;
    if (practitioner.isEmpty())
        if (auto current = AppointmentDirectory(m_session).byId(m_current))
            practitioner = current->practitionerId;
    const QDate today = m_session.now().toTimeZone(PracticeDirectory(m_session).displayZone()).date();
    auto *dialog = new RunningLateDialog(m_session, practitioner, today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (SyncSettings::server(m_session))
            showResult(tr("%n patient(s) told that the practitioner is running late.", nullptr, dialog->sentCount()),
                       false);
        else
            showResult(tr("%n message(s) ready — they will leave once a central agenda is set up; phone the patients "
                          "meanwhile.",
                          nullptr, dialog->sentCount()),
                       true);
        m_panel->refresh();
    });
    dialog->open();
    return dialog;
}

AppointmentSearchDialog *AgendaView::openSearch(const QString &patientId)
{
    auto *dialog = new AppointmentSearchDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!patientId.isEmpty())
        dialog->setPatient(patientId);
    connect(dialog, &AppointmentSearchDialog::openAsked, this, [this](const QString &id, const QDateTime &start) {
        setDay(start.toTimeZone(PracticeDirectory(m_session).displayZone()).date());
        if (m_display == Display::Month)
            setDisplay(Display::Day);
        m_grid->reloadNow();
        selectAppointment(id);
    });
    dialog->open();
    return dialog;
}

BookingDialog *AgendaView::openBookingFor(const QString &patientId)
{
    BookingDialog *dialog = openBooking();
    dialog->setPatient(patientId);
    return dialog;
}

bool AgendaView::reschedule(const QString &appointmentId, const QDateTime &start, const QDateTime &end)
{
    auto before = AppointmentDirectory(m_session).byId(appointmentId);
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
        m_session, [this](const QString &a, const Error *e, const QString &done) { afterCommand(a, e, done); }, *before,
        moved->appointment));
    const QTimeZone zone = PracticeDirectory(m_session).displayZone();
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
        m_session, [this](const QString &a, const Error *e, const QString &done) { afterCommand(a, e, done); }, id, by,
        reason));
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
    CancelDialog dialog(m_session, m_current, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    cancelCurrent(dialog.cancelledBy(), dialog.reason());
}

void AgendaView::showDocuments()
{
    auto current = AppointmentDirectory(m_session).byId(m_current);
    if (!current)
        return;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto patient = PatientDirectory(m_session).byId(current->patientId);
    const QTimeZone zone = PracticeDirectory(m_session).displayZone();
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
    auto current = AppointmentDirectory(m_session).byId(m_current);
    if (!current)
        return;
    const QTimeZone zone = PracticeDirectory(m_session).displayZone();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Move the appointment"));
    auto *when = SiteTimeEdit::make(current->start, zone, &dialog);
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
    const QDateTime start = SiteTimeEdit::read(when, zone);
    // Unchanged: nothing to move (never an hour off because the computer's zone differs).
    if (start.toUTC() == current->start && int(current->start.secsTo(current->end) / 60) == length->value())
        return;
    reschedule(m_current, start.toUTC(), start.addSecs(qint64(length->value()) * 60).toUTC());
}

void AgendaView::askPrint()
{
    // Which practitioners, a day or a week; printed, or saved as a PDF.
    QStringList chosen = m_practitionerIds;
    if (chosen.isEmpty() && !m_session.user().practitionerId.isEmpty())
        chosen << m_session.user().practitionerId;
    if (chosen.isEmpty())
        if (auto current = AppointmentDirectory(m_session).byId(m_current))
            chosen << current->practitionerId;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Print the agenda"));
    auto *list = new QListWidget(&dialog);
    for (const Practitioner &p : PracticeDirectory(m_session).practitioners()) {
        auto *item = new QListWidgetItem(p.displayName(), list);
        item->setData(Qt::UserRole, p.id);
        item->setCheckState(chosen.contains(p.id) ? Qt::Checked : Qt::Unchecked);
    }
    auto *span = new QComboBox(&dialog);
    span->addItem(tr("The day (%1)").arg(QLocale().toString(m_model->day(), u"dddd d MMMM"_s)), 1);
    span->addItem(tr("The week from Monday %1")
                      .arg(QLocale().toString(m_model->day().addDays(1 - m_model->day().dayOfWeek()), u"d MMMM"_s)),
                  7);
    span->setCurrentIndex(m_display == Display::Week ? 1 : 0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    auto *printButton = buttons->addButton(tr("Print…"), QDialogButtonBox::AcceptRole);
    auto *pdfButton = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::AcceptRole);
    QString how;
    connect(printButton, &QPushButton::clicked, &dialog, [&] { how = u"print"_s; });
    connect(pdfButton, &QPushButton::clicked, &dialog, [&] { how = u"pdf"_s; });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    // Every practitioner in one click (six practitioners were six clicks), or none.
    auto *all = new QPushButton(tr("Tick all"), &dialog);
    all->setObjectName(u"tickAll"_s);
    all->setAutoDefault(false);
    auto *none = new QPushButton(tr("Tick none"), &dialog);
    none->setObjectName(u"tickNone"_s);
    none->setAutoDefault(false);
    for (auto [button, state] : {std::pair{all, Qt::Checked}, std::pair{none, Qt::Unchecked}})
        connect(button, &QPushButton::clicked, list, [list, state] {
            for (int i = 0; i < list->count(); ++i)
                list->item(i)->setCheckState(state);
        });
    auto *ticks = new QHBoxLayout;
    ticks->addWidget(all);
    ticks->addWidget(none);
    ticks->addStretch();
    auto *form = new QFormLayout(&dialog);
    form->addRow(QString(), ticks);
    form->addRow(tr("Practitioners:"), list);
    form->addRow(tr("Print:"), span);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole).toString();
    if (ids.isEmpty()) {
        showResult(tr("Tick at least one practitioner to print."), true);
        return;
    }
    const int days = span->currentData().toInt();
    const QDate from = days == 7 ? m_model->day().addDays(1 - m_model->day().dayOfWeek()) : m_model->day();
    bool ok = false;
    if (how == u"pdf"_s) {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Save the agenda as PDF"), tr("agenda-%1.pdf").arg(from.toString(Qt::ISODate)), tr("PDF (*.pdf)"));
        if (file.isEmpty())
            return;
        QPdfWriter pdf(file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        pdf.setTitle(tr("Agenda"));
        ok = printSchedule(&pdf, ids, from, days);
    } else {
        QPrinter printer(QPrinter::HighResolution);
        printer.setDocName(tr("Agenda"));
        QPrintDialog print(&printer, this);
        if (print.exec() != QDialog::Accepted)
            return;
        ok = printSchedule(&printer, ids, from, days);
    }
    showResult(ok ? tr("Agenda printed.") : tr("The agenda could not be printed."), !ok);
}

bool AgendaView::printDay(QPrinter *printer, const QString &practitionerId) const
{
    return printSchedule(printer, {practitionerId}, m_model->day(), 1);
}

bool AgendaView::printSchedule(QPagedPaintDevice *device, const QStringList &practitionerIds, const QDate &from,
                               int days) const
{
    return AgendaPrint::schedule(device, m_session, practitionerIds, from, days);
}

bool AgendaView::printSlip(QPagedPaintDevice *device, const QString &appointmentId) const
{
    auto details = AppointmentDetailsReader::load(m_session, appointmentId);
    if (!details)
        return false;
    const QDate today = m_session.now().toTimeZone(PracticeDirectory(m_session).displayZone()).date();
    return AgendaPrint::slip(device, m_session, *details, today);
}

void AgendaView::askSlip(const QString &appointmentId)
{
    if (appointmentId.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Appointment slip"));
    QPrintDialog print(&printer, this);
    if (print.exec() != QDialog::Accepted)
        return;
    const bool ok = printSlip(&printer, appointmentId);
    showResult(ok ? tr("Slip printed.") : tr("The slip could not be printed."), !ok);
}

QList<std::pair<QKeySequence, QString>> AgendaView::listedShortcuts() const
{
    QList<std::pair<QKeySequence, QString>> out = {{QKeySequence(Qt::CTRL | Qt::Key_N), tr("New appointment")},
                                                   {QKeySequence(QKeySequence::Find), tr("Find appointments")}};
    const QList<QAction *> acts = {m_arrived, m_start, m_finish,    m_markNoShow, m_markExcused, m_undoNoShow, m_move,
                                   m_cancel,  m_print, m_documents, m_messages,   m_undoAct,     m_redoAct};
    for (QAction *a : acts)
        for (const QKeySequence &keys : a->shortcuts())
            out.append({keys, a->text().remove(u'&').remove(u'…')});
    out.append({QKeySequence(QKeySequence::HelpContents), tr("This list")});
    return out;
}

QString AgendaView::shortcutsText() const
{
    QStringList lines;
    auto add = [&](const QString &keys, const QString &what) {
        lines << u"<tr><td><b>"_s + keys.toHtmlEscaped() + u"</b></td><td>"_s + what.toHtmlEscaped() + u"</td></tr>"_s;
    };
    const auto listed = listedShortcuts();
    for (int i = 0; i < listed.size(); ++i) {
        if (i == 2) {
            add(tr("Arrows"), tr("On the grid: move between slots and appointments (Left/Right: the next column)"));
            add(tr("Enter"), tr("On the grid: book the free slot, or open the appointment"));
        }
        add(listed.at(i).first.toString(QKeySequence::NativeText), listed.at(i).second);
    }
    // What the marks on the blocks say (the colours say it too, never alone).
    add(tr("Marks"),
        tr("☎ booked by phone · @ online · ✎ with a note · %1 arrived · %2 in consultation · %3 done · "
           "%4 not honoured · struck out: cancelled")
            .arg(AgendaGrid::statusMark(AppointmentStatus::Arrived).trimmed(),
                 AgendaGrid::statusMark(AppointmentStatus::InConsultation).trimmed(),
                 AgendaGrid::statusMark(AppointmentStatus::Fulfilled).trimmed(),
                 AgendaGrid::statusMark(AppointmentStatus::NoShow).trimmed()));
    return u"<table cellspacing=\"6\">"_s + lines.join(QString()) + u"</table>"_s;
}

void AgendaView::showShortcuts()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"shortcutsDialog"_s);
    dialog->setWindowTitle(tr("Keyboard shortcuts of the agenda"));
    auto *text = new QLabel(shortcutsText(), dialog);
    text->setTextFormat(Qt::RichText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::accept);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->open();
}

void AgendaView::act(const QString &what)
{
    const QString id = m_current;
    if (id.isEmpty())
        return;
    QString patient;
    if (auto a = AppointmentDirectory(m_session).byId(id)) {
        if (auto p = PatientDirectory(m_session).byId(a->patientId))
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
    auto a = AppointmentDirectory(m_session).byId(m_current);
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
