#include "ui/agenda/bookingdialog.h"

#include "core/access/session.h"
#include "core/agenda/appointmentservice.h"
#include "core/agenda/freeslots.h"
#include "core/agenda/noshowpolicy.h"
#include "core/agenda/waitinglist.h"
#include "core/store/patientrepository.h"
#include "core/store/practicerepository.h"
#include "ui/patients/patientsearchmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace guichet {

BookingDialog::BookingDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("New appointment"));
    m_model = new PatientSearchModel(session.database(), this);
    m_patientField = new QLineEdit(this);
    m_patientField->setPlaceholderText(tr("Patient: name, birth date, phone, NISS or NIR…"));
    m_patients = new QTableView(this);
    m_patients->setModel(m_model);
    m_patients->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_patients->setSelectionMode(QAbstractItemView::SingleSelection);
    m_patients->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_patients->verticalHeader()->hide();
    m_patients->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_patients->horizontalHeader()->setSectionResizeMode(PatientSearchModel::Name, QHeaderView::Stretch);
    m_patients->setMinimumHeight(150);
    // Name, birth date and phone tell patients apart at the desk; the record has the rest.
    m_patients->setColumnHidden(PatientSearchModel::Identifier, true);
    m_patients->setColumnHidden(PatientSearchModel::IdentityStatusColumn, true);
    m_forWhom = new QComboBox(this);
    m_practitioner = new QComboBox(this);
    // First: any practitioner, for the first free slot of a visit reason across them all.
    m_practitioner->addItem(tr("Any practitioner (first free slots)"), QString());
    for (const Practitioner &p : PracticeRepository(session.database()).practitioners())
        m_practitioner->addItem(p.displayName(), p.id);
    m_practitioner->setCurrentIndex(m_practitioner->count() > 1 ? 1 : 0);
    m_motif = new QComboBox(this);
    m_channel = new QComboBox(this);
    m_channel->addItem(tr("By phone"), u"phone"_s);
    m_channel->addItem(tr("At the desk"), u"desk"_s);
    m_slots = new QListWidget(this);
    m_slots->setMinimumHeight(160);
    m_note = new QLineEdit(this);
    m_override = new QLineEdit(this);
    m_override->setPlaceholderText(tr("Only to book over a taken slot: why"));
    m_replace = new QCheckBox(tr("Replace the appointment that is too close (spacing rule)"), this);
    m_waitlist = new QCheckBox(tr("Waiting list: tell the patient when an earlier slot frees up"), this);
    m_waitlist->setObjectName(u"waitlistBox"_s);
    m_waitlist->setEnabled(false);
    m_patientWarning = new QLabel(this);
    m_patientWarning->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
    m_patientWarning->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("For:"), m_forWhom);
    form->addRow(tr("Practitioner:"), m_practitioner);
    form->addRow(tr("Visit reason:"), m_motif);
    form->addRow(tr("Channel:"), m_channel);
    form->addRow(tr("Next free slots:"), m_slots);
    form->addRow(tr("Note:"), m_note);
    form->addRow(tr("Override:"), m_override);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Book"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BookingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BookingDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_patientField);
    layout->addWidget(m_patients);
    layout->addWidget(m_patientWarning);
    layout->addLayout(form);
    layout->addWidget(m_replace);
    layout->addWidget(m_waitlist);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(760);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_debounce, &QTimer::timeout, this, &BookingDialog::searchPatients);
    connect(m_patientField, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    // Enter in the patient field takes the first match and goes to the slots (it must not
    // book at once through the default button): Enter again, on a slot, books.
    m_patientField->installEventFilter(this);
    connect(m_patients->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { choosePatient(current.row()); });
    connect(m_forWhom, &QComboBox::currentIndexChanged, this, &BookingDialog::refreshWarning);
    connect(m_practitioner, &QComboBox::currentIndexChanged, this, [this] {
        refreshMotifs();
        refreshWarning();
    });
    connect(m_motif, &QComboBox::currentIndexChanged, this, &BookingDialog::refreshSlots);
    connect(m_slots, &QListWidget::itemActivated, this, &BookingDialog::accept);
    connect(m_slots, &QListWidget::currentItemChanged, this, &BookingDialog::refreshWaitingList);
    refreshMotifs();
    m_patientField->setFocus();
}

bool BookingDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_patientField && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Down) {
            searchPatients();
            m_slots->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString BookingDialog::message() const
{
    return m_message->text();
}

void BookingDialog::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? u"color: #b00020;"_s : u"color: #8a5a00;"_s);
    m_message->setText(text);
}

void BookingDialog::searchPatients()
{
    m_debounce->stop();
    m_model->setQuery(m_patientField->text());
    if (m_model->rowCount() > 0)
        m_patients->selectRow(0);
}

void BookingDialog::choosePatient(int row)
{
    const Patient *p = m_model->patientAt(row);
    m_patientId = p ? p->id : QString();
    refreshForWhom();
}

void BookingDialog::refreshForWhom()
{
    m_forWhom->clear();
    if (m_patientId.isEmpty())
        return;
    PatientRepository patients(m_session.database());
    auto holder = patients.byId(m_patientId);
    if (!holder)
        return;
    m_forWhom->addItem(holder->displayName(), holder->id);
    for (const Patient &r : patients.relativesOf(holder->id))
        m_forWhom->addItem(tr("%1 (relative)").arg(r.displayName()), r.id);
    refreshWarning();
}

void BookingDialog::refreshMotifs()
{
    m_motif->clear();
    const QString practitioner = m_practitioner->currentData().toString();
    PracticeRepository practice(m_session.database());
    if (practitioner.isEmpty()) {
        // Any practitioner: the visit reasons by name, as several practitioners offer them.
        QStringList seen;
        for (const Practitioner &p : practice.practitioners()) {
            for (const Motif &m : practice.motifs(p.id)) {
                if (m.active && !seen.contains(m.label)) {
                    seen << m.label;
                    m_motif->addItem(m.label, QString(u"label:"_s + m.label));
                }
            }
        }
    } else {
        for (const Motif &m : practice.motifs(practitioner)) {
            if (m.active)
                m_motif->addItem(tr("%1 (%2 min)").arg(m.label).arg(m.durationMinutes), m.id);
        }
    }
    refreshSlots();
}

AppointmentDraft BookingDialog::draftFor(const QListWidgetItem *slot) const
{
    AppointmentDraft draft;
    // A slot found across practitioners names its practitioner and visit reason.
    draft.practitionerId = slot->data(PractitionerRole).isValid() ? slot->data(PractitionerRole).toString()
                                                                  : m_practitioner->currentData().toString();
    draft.motifId =
        slot->data(MotifRole).isValid() ? slot->data(MotifRole).toString() : m_motif->currentData().toString();
    draft.start = slot->data(Qt::UserRole).toDateTime();
    draft.durationMinutes = slot->data(Qt::UserRole + 1).toInt(); // 0: the visit reason's length
    return draft;
}

void BookingDialog::refreshWaitingList()
{
    // Offered only for an appointment more than 14 days away with nothing free sooner.
    QListWidgetItem *slot = m_slots->currentItem();
    QString why;
    bool allowed = false;
    if (slot) {
        const AppointmentDraft draft = draftFor(slot);
        Appointment a;
        a.status = AppointmentStatus::Booked;
        a.practitionerId = draft.practitionerId;
        a.motifId = draft.motifId;
        a.start = draft.start;
        auto ok = WaitingList::eligible(m_session.database(), a, m_session.now());
        allowed = bool(ok);
        if (!ok)
            why = ok.error().message;
    }
    m_waitlist->setEnabled(allowed);
    if (!allowed)
        m_waitlist->setChecked(false);
    m_waitlist->setToolTip(why);
}

void BookingDialog::refreshWarning()
{
    const QString patient = m_forWhom->currentData().toString();
    const QString practitioner = m_practitioner->currentData().toString();
    if (patient.isEmpty() || practitioner.isEmpty()) {
        m_patientWarning->clear();
        return;
    }
    // The no-show state is visible where the decision is made.
    QString text = NoShowPolicy::deskWarning(m_session.database(), patient, practitioner);
    const QString badge = PatientSearchModel::noShowBadge(m_session.database(), patient);
    if (text.isEmpty() && !badge.isEmpty())
        text = tr("Appointments not honoured: %1").arg(badge);
    m_patientWarning->setText(text);
}

void BookingDialog::refreshSlots()
{
    m_slots->clear();
    const QString practitioner = m_practitioner->currentData().toString();
    const QString motif = m_motif->currentData().toString();
    if (motif.isEmpty())
        return;
    PracticeRepository practice(m_session.database());
    const QTimeZone zone = practice.displayZone();
    const QDate today = m_session.now().toTimeZone(zone).date();
    if (practitioner.isEmpty() && motif.startsWith(u"label:"_s)) {
        // The first free slots of that visit reason across every practitioner who offers it.
        const QString label = motif.mid(6);
        QList<std::pair<FreeSlot, QString>> merged;
        for (const Practitioner &p : practice.practitioners()) {
            for (const Motif &m : practice.motifs(p.id)) {
                if (!m.active || m.label != label)
                    continue;
                auto found =
                    FreeSlots::find(m_session.database(), m_session.now(), p.id, m.id, today, today.addDays(28), 12);
                if (found) {
                    for (const FreeSlot &f : *found)
                        merged.append({f, p.displayName()});
                }
            }
        }
        std::stable_sort(merged.begin(), merged.end(),
                         [](const auto &x, const auto &y) { return x.first.start < y.first.start; });
        for (const auto &[f, name] : merged.mid(0, 16)) {
            auto *item = new QListWidgetItem(
                QLocale().toString(f.start.toTimeZone(zone), u"dddd d MMMM  HH:mm"_s) + u"  —  "_s + name, m_slots);
            item->setData(Qt::UserRole, f.start);
            item->setData(PractitionerRole, f.practitionerId);
            item->setData(MotifRole, f.motifId);
        }
        if (m_slots->count() > 0)
            m_slots->setCurrentRow(0);
        else
            showMessage(tr("No free slot in the next four weeks for this reason."), true);
        return;
    }
    if (practitioner.isEmpty())
        return;
    auto found =
        FreeSlots::find(m_session.database(), m_session.now(), practitioner, motif, today, today.addDays(28), 12);
    if (!found) {
        showMessage(found.error().message, true);
        return;
    }
    if (m_presetStart.isValid()) {
        // The time chosen on the grid comes first, whether free or not (the rules decide).
        const QString span = m_presetEnd.isValid()
            ? QLocale().toString(m_presetStart.toTimeZone(zone), u"dddd d MMMM  HH:mm"_s) + u" – "_s
                + m_presetEnd.toTimeZone(zone).toString(u"HH:mm"_s)
            : QLocale().toString(m_presetStart.toTimeZone(zone), u"dddd d MMMM  HH:mm"_s);
        auto *item = new QListWidgetItem(tr("Chosen on the grid: %1").arg(span), m_slots);
        item->setData(Qt::UserRole, m_presetStart);
        if (m_presetEnd.isValid())
            item->setData(Qt::UserRole + 1, int(m_presetStart.secsTo(m_presetEnd) / 60));
    }
    for (const FreeSlot &s : *found) {
        auto *item =
            new QListWidgetItem(QLocale().toString(s.start.toTimeZone(zone), u"dddd d MMMM  HH:mm"_s), m_slots);
        item->setData(Qt::UserRole, s.start);
    }
    if (m_slots->count() > 0)
        m_slots->setCurrentRow(0);
    else
        showMessage(tr("No free slot in the next four weeks for this reason."), true);
}

void BookingDialog::presetSlot(const QString &practitionerId, const QDateTime &start, const QDateTime &end)
{
    m_presetStart = start;
    m_presetEnd = end;
    const int index = m_practitioner->findData(practitionerId);
    if (index >= 0 && index != m_practitioner->currentIndex())
        m_practitioner->setCurrentIndex(index); // refreshes the visit reasons and the slots
    else
        refreshSlots();
}

void BookingDialog::accept()
{
    const QString patient = m_forWhom->currentData().toString();
    if (patient.isEmpty()) {
        showMessage(tr("Choose the patient first."), true);
        m_patientField->setFocus();
        return;
    }
    QListWidgetItem *slot = m_slots->currentItem();
    if (!slot) {
        showMessage(tr("Choose a slot."), true);
        return;
    }
    AppointmentDraft draft = draftFor(slot);
    draft.patientId = patient;
    draft.channel = m_channel->currentData().toString();
    draft.note = m_note->text();
    draft.overrideReason = m_override->text();
    draft.replaceConflicts = m_replace->isChecked();
    auto booked = AppointmentService::book(m_session, draft);
    if (!booked) {
        QString text = booked.error().message;
        if (booked.error().rule == u"agenda.spacing"_s)
            text += u' ' + tr("Tick \"Replace\" to replace it, or choose another slot.");
        showMessage(text, true);
        return;
    }
    m_booked = booked->appointment.id;
    m_draft = draft;
    if (m_waitlist->isEnabled() && m_waitlist->isChecked())
        if (auto joined = WaitingList::join(m_session, m_booked); !joined)
            showMessage(tr("Booked, but not put on the waiting list: %1").arg(joined.error().message), true);
    QDialog::accept();
}

} // namespace guichet
