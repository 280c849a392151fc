#include "ui/agenda/appointmentpanel.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/agenda/appointmentdetails.h"
#include "core/agenda/appointmentseries.h"
#include "core/agenda/appointmentservice.h"
#include "core/domain/phone.h"
#include "core/reminders/deskmessages.h"
#include "core/reminders/messagetemplates.h"
#include "ui/patients/patientpickerdialog.h"
#include "ui/shell/messagebox.h"
#include "ui/shell/sitetimeedit.h"
#include "ui/shell/tones.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    // The section's name in the palette's text, bold: readable on any theme, a high-contrast one too.
    label->setStyleSheet(u"font-weight: bold; margin-top: 6px;"_s);
    return label;
}

} // namespace

AppointmentPanel::AppointmentPanel(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"appointmentPanel"_s);
    m_empty = new QLabel(tr("Select an appointment to see everything about it here."), this);
    m_empty->setWordWrap(true);
    Tones::apply(m_empty, Tone::Hint);
    m_body = new QWidget(this);
    m_patient = new QLabel(m_body);
    m_patient->setWordWrap(true);
    m_patient->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_patient->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_patient->setFont(big);
    m_contact = new QLabel(m_body);
    m_contact->setWordWrap(true);
    m_contact->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    form->setVerticalSpacing(3);
    const QList<std::pair<QString, QString>> rows = {{u"when"_s, tr("When:")},
                                                     {u"practitioner"_s, tr("With:")},
                                                     {u"motif"_s, tr("Reason:")},
                                                     {u"channel"_s, tr("Booked:")},
                                                     {u"status"_s, tr("Status:")},
                                                     {u"series"_s, tr("Series:")},
                                                     {u"waitlist"_s, tr("Waiting list:")}};
    for (const auto &[name, label] : rows) {
        auto *value = new QLabel(m_body);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_fields.insert(name, value);
        form->addRow(label, value);
    }
    m_note = new QPlainTextEdit(m_body);
    m_note->setPlaceholderText(tr("A note for the desk and the practitioner"));
    m_note->setMaximumHeight(m_note->fontMetrics().height() * 4 + 12);
    m_note->setTabChangesFocus(true);
    m_history = new QListWidget(m_body);
    m_history->setObjectName(u"appointmentHistory"_s);
    m_history->setWordWrap(true);
    m_history->setAlternatingRowColors(true);
    m_messages = new QListWidget(m_body);
    m_messages->setObjectName(u"appointmentMessages"_s);
    m_messages->setWordWrap(true);
    m_messages->setAlternatingRowColors(true);
    m_result = new QLabel(m_body);
    m_result->setWordWrap(true);

    auto button = [this](const QString &name, const QString &text, const QString &tip) {
        auto *b = new QPushButton(text, m_body);
        b->setObjectName(u"panel-"_s + name);
        b->setToolTip(tip);
        m_buttons.insert(name, b);
        return b;
    };
    auto *saveNoteButton = button(u"note"_s, tr("Save the note"), tr("Keeps the note with the appointment (history)"));
    auto *grid = new QGridLayout;
    grid->setSpacing(4);
    grid->addWidget(button(u"patient"_s, tr("Other patient…"),
                           tr("The appointment was given to the wrong patient: give it to the right one")),
                    0, 0);
    grid->addWidget(
        button(u"motif"_s, tr("Other reason…"), tr("Change the visit reason (the rules are checked again)")), 0, 1);
    grid->addWidget(button(u"message"_s, tr("Message…"), tr("Send an SMS or an e-mail to the patient now")), 1, 0);
    grid->addWidget(button(u"slip"_s, tr("Appointment slip…"), tr("Print the slip to hand to the patient")), 1, 1);
    grid->addWidget(button(u"documents"_s, tr("Documents…"), tr("The appointment's documents")), 2, 0);
    grid->addWidget(button(u"again"_s, tr("Book again"), tr("The patient keeps this cancelled appointment after all")),
                    2, 1);
    grid->addWidget(button(u"error"_s, tr("Entered in error…"),
                           tr("This appointment never existed (a mistake): nothing is sent to the patient")),
                    3, 0);
    grid->addWidget(button(u"series"_s, tr("Rest of the series…"),
                           tr("Move or cancel this appointment and the later ones of its series")),
                    3, 1);
    connect(saveNoteButton, &QPushButton::clicked, this, [this] { saveNote(m_note->toPlainText()); });
    connect(m_buttons.value(u"patient"_s), &QPushButton::clicked, this, &AppointmentPanel::askPatient);
    connect(m_buttons.value(u"motif"_s), &QPushButton::clicked, this, &AppointmentPanel::askMotif);
    connect(m_buttons.value(u"error"_s), &QPushButton::clicked, this, &AppointmentPanel::askEnteredInError);
    connect(m_buttons.value(u"again"_s), &QPushButton::clicked, this, &AppointmentPanel::askBookAgain);
    connect(m_buttons.value(u"message"_s), &QPushButton::clicked, this, &AppointmentPanel::askMessage);
    connect(m_buttons.value(u"series"_s), &QPushButton::clicked, this, &AppointmentPanel::askSeries);
    connect(m_buttons.value(u"slip"_s), &QPushButton::clicked, this, [this] { Q_EMIT slipAsked(m_id); });
    connect(m_buttons.value(u"documents"_s), &QPushButton::clicked, this, &AppointmentPanel::documentsAsked);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this, saveNoteButton] {
        saveNoteButton->setEnabled(!m_id.isEmpty() && m_note->property("saved").toString() != m_note->toPlainText());
    });

    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_patient);
    body->addWidget(m_contact);
    body->addLayout(form);
    body->addWidget(sectionTitle(tr("Note"), m_body));
    body->addWidget(m_note);
    body->addWidget(saveNoteButton, 0, Qt::AlignRight);
    body->addLayout(grid);
    body->addWidget(m_result);
    body->addWidget(sectionTitle(tr("History"), m_body));
    body->addWidget(m_history, 2);
    body->addWidget(sectionTitle(tr("Messages"), m_body));
    body->addWidget(m_messages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_body, 1);
    setMinimumWidth(300);
    clear();
}

QLabel *AppointmentPanel::fieldLabel(const QString &name) const
{
    return m_fields.value(name);
}

QPushButton *AppointmentPanel::button(const QString &name) const
{
    return m_buttons.value(name);
}

QString AppointmentPanel::message() const
{
    return m_result->text();
}

void AppointmentPanel::result(const QString &text, bool error)
{
    Tones::apply(m_result, error ? Tone::Error : Tone::Success);
    m_result->setText(text);
}

bool AppointmentPanel::setAppointment(const QString &appointmentId)
{
    if (appointmentId != m_id) {
        if (!settleNote())
            return false;
        m_result->clear();
    }
    m_id = appointmentId;
    refresh();
    return true;
}

bool AppointmentPanel::hasUnsavedNote() const
{
    return !m_noteFor.isEmpty() && !m_note->isReadOnly()
        && m_note->toPlainText() != m_note->property("saved").toString();
}

bool AppointmentPanel::settleNote()
{
    if (!hasUnsavedNote())
        return true;
    const auto answer = MessageBox::unsaved(this, u"unsavedNote"_s, tr("Unsaved note"),
                                            tr("The note of this appointment is not saved. Save it before going on?"));
    if (answer == QMessageBox::Save)
        return saveNote(m_note->toPlainText());
    if (answer == QMessageBox::Discard) {
        const QSignalBlocker block(m_note);
        m_note->setPlainText(m_note->property("saved").toString());
        m_buttons.value(u"note"_s)->setEnabled(false);
        return true;
    }
    m_note->setFocus();
    return false;
}

void AppointmentPanel::clear()
{
    m_noteFor.clear();
    m_body->hide();
    m_empty->show();
}

void AppointmentPanel::refresh()
{
    if (m_id.isEmpty()) {
        clear();
        return;
    }
    auto details = AppointmentDetailsReader::load(m_session, m_id);
    if (!details) {
        m_empty->setText(details.error().message);
        clear();
        return;
    }
    show(*details);
}

void AppointmentPanel::show(const AppointmentDetails &d)
{
    m_empty->hide();
    m_body->show();
    const Appointment &a = d.appointment;
    PracticeDirectory practice(m_session);
    const QTimeZone zone = practice.displayZone();
    const QString country = practice.country();
    const QLocale locale;
    QString title = d.patient.displayName();
    if (d.patient.birthDate.isValid())
        title += u"  ·  "_s + PartialDates::display(d.patient.birth()) + u" ("_s
            + PartialDates::ageLabel(d.patient.birth(), m_session.now().toTimeZone(zone).date()) + u')';
    m_patient->setText(title);
    // How to reach them: the holder's contacts for a child or a relative without their own.
    auto contacts = [&](const Patient &p) {
        QStringList parts;
        if (!p.mobilePhone.isEmpty())
            parts << Phone::display(p.mobilePhone, country);
        if (!p.otherPhone.isEmpty())
            parts << Phone::display(p.otherPhone, country);
        if (!p.email.isEmpty())
            parts << p.email;
        return parts.join(u" · "_s);
    };
    QString reach = contacts(d.patient);
    if (d.holder) {
        const QString through =
            tr("Through the account holder %1: %2")
                .arg(d.holder->displayName(),
                     contacts(d.holder.value()).isEmpty() ? tr("no contact") : contacts(d.holder.value()));
        reach = d.throughHolder ? through : (reach.isEmpty() ? through : reach + u"\n"_s + through);
    }
    m_contact->setText(reach.isEmpty() ? tr("No phone and no e-mail: no message can reach this patient.") : reach);
    Tones::apply(m_contact, reach.isEmpty() ? Tone::Error : Tone::Plain);

    const QDateTime start = a.start.toTimeZone(zone);
    m_fields.value(u"when"_s)->setText(locale.toString(start, u"dddd d MMMM yyyy  HH:mm"_s) + u" – "_s
                                       + a.end.toTimeZone(zone).toString(u"HH:mm"_s));
    m_fields.value(u"practitioner"_s)->setText(d.practitioner ? d.practitioner->displayName() : a.practitionerId);
    QString motif = d.motif ? d.motif->label : tr("none");
    if (d.video())
        motif += u" · "_s + tr("video consultation");
    m_fields.value(u"motif"_s)->setText(motif);
    const QString bookedAt = locale.toString(a.createdAt.toTimeZone(zone), u"dd/MM/yyyy HH:mm"_s);
    // Online the patient booked themselves: no desk account to name.
    m_fields.value(u"channel"_s)
        ->setText(a.channel == BookingChannel::Online || d.bookedBy().isEmpty()
                      ? tr("%1, on %2").arg(BookingChannels::label(a.channel), bookedAt)
                      : tr("%1, by %2 on %3").arg(BookingChannels::label(a.channel), d.bookedBy(), bookedAt));
    QString status = AppointmentStatuses::label(a.status);
    if (a.status == AppointmentStatus::Cancelled && !a.reason.isEmpty())
        status += u" — "_s + a.reason;
    m_fields.value(u"status"_s)->setText(status);
    m_fields.value(u"series"_s)
        ->setText(d.series.seriesId.isEmpty() ? tr("no")
                                              : tr("appointment %1 of %2").arg(d.series.position).arg(d.seriesSize));
    QString waitlist = tr("no");
    if (d.waitlist) {
        if (d.waitlist->state == u"waiting"_s)
            waitlist = tr("waiting for an earlier slot, %n offer(s) sent", nullptr, d.waitlist->offersSent);
        else if (d.waitlist->state == u"accepted"_s)
            waitlist = tr("an earlier slot was accepted");
        else
            waitlist = tr("no longer waiting");
    }
    m_fields.value(u"waitlist"_s)->setText(waitlist);
    if (m_noteFor == a.id && hasUnsavedNote()) {
        // Shown again (a change received, a reload) while the desk types: what is typed stays.
        m_note->setProperty("saved", a.note);
    } else {
        const QSignalBlocker block(m_note);
        m_note->setPlainText(a.note);
        m_note->setProperty("saved", a.note);
        m_buttons.value(u"note"_s)->setEnabled(false);
    }
    m_noteFor = a.id;

    m_history->clear();
    for (const AppointmentTransition &t : d.history)
        m_history->addItem(locale.toString(t.at.toTimeZone(zone), u"dd/MM HH:mm"_s) + u"  "_s + t.user + u"  "_s
                           + AppointmentDetailsReader::historyLabel(t));
    m_history->scrollToBottom();
    m_messages->clear();
    for (const NotificationRequest &n : d.messages) {
        const QString to = n.channel == MessageChannel::Sms ? Phone::display(n.recipient, country) : n.recipient;
        auto *item = new QListWidgetItem(locale.toString(n.due.toTimeZone(zone), u"dd/MM HH:mm"_s) + u"  "_s
                                             + AppointmentDetailsReader::messageKindLabel(n.kind) + u" ("_s
                                             + MessageTemplates::channelLabel(n.channel) + u" → "_s + to + u")  "_s
                                             + AppointmentDetailsReader::messageStateLabel(n.state),
                                         m_messages);
        item->setToolTip(n.body);
        if (n.state == u"revoked"_s)
            item->setForeground(Tones::color(Tone::Hint));
    }
    if (d.messages.isEmpty())
        m_messages->addItem(tr("No message for this appointment."));
    m_buttons.value(u"documents"_s)->setText(tr("Documents (%1)…").arg(d.documents));

    const bool active = a.status == AppointmentStatus::Booked || a.status == AppointmentStatus::Arrived;
    const bool canBook = m_session.can(Right::Book);
    m_buttons.value(u"patient"_s)->setEnabled(canBook && active);
    m_buttons.value(u"motif"_s)->setEnabled(canBook && active);
    m_buttons.value(u"again"_s)->setVisible(a.status == AppointmentStatus::Cancelled);
    m_buttons.value(u"again"_s)->setEnabled(canBook);
    m_buttons.value(u"error"_s)
        ->setEnabled(canBook && AppointmentStatuses::canTransition(a.status, AppointmentStatus::EnteredInError));
    m_buttons.value(u"message"_s)->setEnabled(canBook);
    m_buttons.value(u"series"_s)
        ->setEnabled(canBook && !d.series.seriesId.isEmpty() && a.status == AppointmentStatus::Booked);
    m_note->setReadOnly(!canBook);
}

bool AppointmentPanel::saveNote(const QString &text)
{
    auto saved = AppointmentService::setNote(m_session, m_id, text);
    if (!saved) {
        result(saved.error().message, true);
        return false;
    }
    result(tr("Note saved."), false);
    refresh();
    Q_EMIT changed(m_id);
    return true;
}

bool AppointmentPanel::changePatient(const QString &patientId, const QString &reason)
{
    auto changedTo = AppointmentService::changePatient(m_session, m_id, patientId, reason);
    if (!changedTo) {
        result(changedTo.error().message, true);
        return false;
    }
    QString text = tr("The appointment is now this patient's; the first patient's messages are withdrawn.");
    if (!changedTo->warnings.isEmpty())
        text += u' ' + changedTo->warnings.join(u' ');
    result(text, false);
    refresh();
    Q_EMIT changed(m_id);
    return true;
}

bool AppointmentPanel::changeMotif(const QString &motifId)
{
    auto changedTo = AppointmentService::setMotif(m_session, m_id, motifId);
    if (!changedTo) {
        result(changedTo.error().message, true);
        return false;
    }
    result(changedTo->warnings.isEmpty() ? tr("Visit reason changed.") : changedTo->warnings.join(u' '), false);
    refresh();
    Q_EMIT changed(m_id);
    return true;
}

bool AppointmentPanel::markEnteredInError(const QString &reason)
{
    auto marked = AppointmentService::markEnteredInError(m_session, m_id, reason);
    if (!marked) {
        result(marked.error().message, true);
        return false;
    }
    result(tr("Marked as entered in error; nothing is sent to the patient."), false);
    refresh();
    Q_EMIT changed(m_id);
    return true;
}

bool AppointmentPanel::bookAgain(const QString &reason)
{
    auto booked = AppointmentService::reinstate(m_session, m_id, reason);
    if (!booked) {
        result(booked.error().message, true);
        return false;
    }
    result(tr("Booked again; the patient gets a confirmation."), false);
    refresh();
    Q_EMIT changed(m_id);
    return true;
}

bool AppointmentPanel::sendMessage(const QString &text, const QString &channel)
{
    auto details = AppointmentDetailsReader::load(m_session, m_id);
    if (!details) {
        result(details.error().message, true);
        return false;
    }
    auto sent = DeskMessages::sendFree(m_session, details->appointment.patientId, text, channel, m_id);
    if (!sent) {
        result(sent.error().message, true);
        return false;
    }
    result(tr("Message handed to the central agenda to send (%1 to %2).")
               .arg(MessageTemplates::channelLabel(sent->channel), sent->recipient),
           false);
    refresh();
    return true;
}

bool AppointmentPanel::cancelRestOfSeries(const QString &reason)
{
    auto change = AppointmentSeries::cancelRest(m_session, m_id, reason);
    if (!change) {
        result(change.error().message, true);
        return false;
    }
    QString text = tr("%n appointment(s) of the series cancelled.", nullptr, int(change->changed.size()));
    for (const auto &[a, error] : change->refused)
        text += u' ' + error.message;
    result(text, !change->refused.isEmpty());
    refresh();
    Q_EMIT changed(m_id);
    return change->refused.isEmpty();
}

bool AppointmentPanel::moveRestOfSeries(const QDateTime &start)
{
    auto change = AppointmentSeries::moveRest(m_session, m_id, start);
    if (!change) {
        result(change.error().message, true);
        return false;
    }
    const QTimeZone zone = PracticeDirectory(m_session).displayZone();
    QString text = tr("%n appointment(s) of the series moved.", nullptr, int(change->changed.size()));
    for (const auto &[a, error] : change->refused)
        text += u' '
            + tr("Not moved: %1 (%2)")
                  .arg(QLocale().toString(a.start.toTimeZone(zone), u"ddd d MMM HH:mm"_s), error.message);
    result(text, !change->refused.isEmpty());
    refresh();
    Q_EMIT changed(m_id);
    return change->refused.isEmpty();
}

void AppointmentPanel::askSeries()
{
    auto details = AppointmentDetailsReader::load(m_session, m_id);
    if (!details)
        return;
    const QTimeZone zone = PracticeDirectory(m_session).displayZone();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Rest of the series"));
    auto *how = new QComboBox(&dialog);
    how->addItem(tr("Move this one and the later ones"), u"move"_s);
    how->addItem(tr("Cancel this one and the later ones"), u"cancel"_s);
    auto *when = SiteTimeEdit::make(details->appointment.start, zone, &dialog);
    when->setCalendarPopup(true);
    when->setDisplayFormat(u"dddd d MMMM yyyy  HH:mm"_s);
    auto *reason = new QLineEdit(&dialog);
    reason->setPlaceholderText(tr("Why (for a cancellation)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(
        tr("Appointment %1 of %2 of the series.").arg(details->series.position).arg(details->seriesSize), &dialog));
    form->addRow(tr("What:"), how);
    form->addRow(tr("This one now at:"), when);
    form->addRow(tr("Reason:"), reason);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (how->currentData().toString() == u"cancel"_s)
        cancelRestOfSeries(reason->text());
    else
        moveRestOfSeries(SiteTimeEdit::read(when, zone));
}

void AppointmentPanel::askPatient()
{
    auto *dialog = new PatientPickerDialog(m_session, tr("Give the appointment to another patient"),
                                           tr("Why (kept in the history):"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { changePatient(dialog->patientId(), dialog->reason()); });
    dialog->open();
}

void AppointmentPanel::askMotif()
{
    auto details = AppointmentDetailsReader::load(m_session, m_id);
    if (!details)
        return;
    QStringList labels;
    QStringList ids;
    int current = 0;
    for (const Motif &m : PracticeDirectory(m_session).motifs(details->appointment.practitionerId)) {
        if (!m.active)
            continue;
        if (m.id == details->appointment.motifId)
            current = int(labels.size());
        labels << tr("%1 (%2 min)").arg(m.label).arg(m.durationMinutes);
        ids << m.id;
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Change the visit reason"), tr("Visit reason:"), labels, current, false, &ok);
    if (ok && labels.contains(chosen))
        changeMotif(ids.at(labels.indexOf(chosen)));
}

void AppointmentPanel::askEnteredInError()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Entered in error"),
        tr("This appointment never existed: it leaves the agenda and nothing is sent to the patient.\nWhy?"),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        markEnteredInError(reason);
}

void AppointmentPanel::askBookAgain()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Book again"), tr("Why (kept in the history):"),
                                                 QLineEdit::Normal, tr("Kept by the patient after all"), &ok);
    if (ok)
        bookAgain(reason);
}

void AppointmentPanel::askMessage()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Message to the patient"));
    auto *channel = new QComboBox(&dialog);
    channel->addItem(tr("SMS to a mobile, otherwise e-mail"), QString());
    channel->addItem(tr("SMS"), u"sms"_s);
    channel->addItem(tr("E-mail"), u"email"_s);
    auto *text = new QPlainTextEdit(&dialog);
    auto *count = new QLabel(&dialog);
    auto recount = [&] {
        const int n = int(text->toPlainText().trimmed().size());
        count->setText(tr("%1 characters (an SMS holds %2 at most)").arg(n).arg(MessageTemplates::MaxSmsLength));
    };
    connect(text, &QPlainTextEdit::textChanged, &dialog, recount);
    recount();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Send"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("By:"), channel);
    form->addRow(tr("Message:"), text);
    form->addRow(QString(), count);
    form->addRow(buttons);
    dialog.resize(520, 260);
    if (dialog.exec() == QDialog::Accepted)
        sendMessage(text->toPlainText(), channel->currentData().toString());
}

} // namespace guichet
