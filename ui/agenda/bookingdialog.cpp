#include "ui/agenda/bookingdialog.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/agenda/appointmentservice.h"
#include "core/agenda/freeslots.h"
#include "core/agenda/noshowpolicy.h"
#include "core/agenda/waitinglist.h"
#include "ui/admin/practitionerspage.h"
#include "ui/identity/newpatientdialog.h"
#include "ui/patients/patientsearchmodel.h"
#include "ui/shell/controls.h"
#include "ui/shell/tones.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
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
    m_model = new PatientSearchModel(session, this);
    m_patientField = new QLineEdit(this);
    m_patientField->setPlaceholderText(tr("Patient: name, birth date, phone, NISS or NIR…"));
    m_patients = new QTableView(this);
    m_patients->setModel(m_model);
    m_patients->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_patients->setSelectionMode(QAbstractItemView::SingleSelection);
    m_patients->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_patients->setTabKeyNavigation(false); // Tab leaves the list for the next field
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
    // Every practitioner of a specialty with more than one, then each practitioner.
    QMap<QString, int> specialties;
    for (const Practitioner &p : PracticeDirectory(session).practitioners())
        ++specialties[p.specialty];
    for (auto it = specialties.constBegin(); it != specialties.constEnd(); ++it)
        if (it.value() > 1 && !it.key().isEmpty())
            m_practitioner->addItem(tr("Every practitioner: %1").arg(PractitionersPage::specialtyLabel(it.key())),
                                    QString(u"specialty:"_s + it.key()));
    for (const Practitioner &p : PracticeDirectory(session).practitioners())
        m_practitioner->addItem(p.displayName(), p.id);
    m_practitioner->setCurrentIndex(std::max(0,
                                             m_practitioner->count() > 1 ? m_practitioner->count()
                                                     - int(PracticeDirectory(session).practitioners().size())
                                                                         : 0));
    m_motif = new QComboBox(this);
    m_channel = new QComboBox(this);
    for (const BookingChannel c : {BookingChannel::Phone, BookingChannel::Desk})
        m_channel->addItem(BookingChannels::label(c), QVariant::fromValue(c));
    m_slots = new QListWidget(this);
    m_slots->setMinimumHeight(160);
    m_note = new QLineEdit(this);
    m_override = new QLineEdit(this);
    m_override->setPlaceholderText(tr("Only to book over a taken slot: why"));
    m_replace = new QCheckBox(tr("Replace the appointment that is too close (spacing rule)"), this);
    m_spacing = new QLineEdit(this);
    m_spacing->setObjectName(u"spacingReason"_s);
    m_spacing->setPlaceholderText(tr("Or keep both appointments despite the spacing rule: why"));
    // Where to look: from a date, a half-day, some weekdays; a page at a time.
    const QDate today = session.now().toTimeZone(PracticeDirectory(session).displayZone()).date();
    m_from = new QDateEdit(today, this);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_from->setMinimumDate(today);
    m_from->setToolTip(tr("The first day to look at"));
    m_half = new QComboBox(this);
    m_half->addItem(tr("All day"), u"any"_s);
    m_half->addItem(tr("Morning"), u"morning"_s);
    m_half->addItem(tr("Afternoon"), u"afternoon"_s);
    auto *finder = new QHBoxLayout;
    finder->addWidget(new QLabel(tr("From"), this));
    finder->addWidget(m_from);
    finder->addWidget(m_half);
    // The weekdays on a row of their own: with large text (200 %) one row cannot hold them all.
    auto *weekdays = new QHBoxLayout;
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat), this);
        box->setToolTip(tr("Only these weekdays (none ticked: every day)"));
        m_weekdays << box;
        weekdays->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this] {
            m_shown = m_pageSize;
            refreshSlots();
        });
    }
    weekdays->addStretch();
    finder->addStretch();
    m_more = new QPushButton(tr("More slots"), this);
    m_more->setToolTip(tr("The next free slots (Ctrl+Page Down)"));
    m_more->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_more->setAutoDefault(false);
    finder->addWidget(m_more);
    connect(m_more, &QPushButton::clicked, this, &BookingDialog::showMoreSlots);
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        m_shown = m_pageSize;
        refreshSlots();
    });
    connect(m_half, &QComboBox::currentIndexChanged, this, [this] {
        m_shown = m_pageSize;
        refreshSlots();
    });
    // A series: again every N weeks or days, a number of times.
    m_repeat = new QCheckBox(tr("Repeat every"), this);
    m_every = new QSpinBox(this);
    m_every->setRange(1, 52);
    m_unit = new QComboBox(this);
    m_unit->addItem(tr("week(s)"), u"weeks"_s);
    m_unit->addItem(tr("day(s)"), u"days"_s);
    m_count = new QSpinBox(this);
    m_count->setRange(2, AppointmentSeries::MaxOccurrences);
    m_count->setValue(6);
    m_count->setSuffix(tr(" appointments"));
    // A number of appointments, or until a date.
    m_end = new QComboBox(this);
    m_end->addItem(tr("in all:"), u"count"_s);
    m_end->addItem(tr("until:"), u"until"_s);
    m_until = new QDateEdit(m_from->date().addMonths(3), this);
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_until->hide();
    auto *series = new QHBoxLayout;
    series->addWidget(m_repeat);
    series->addWidget(m_every);
    series->addWidget(m_unit);
    series->addWidget(m_end);
    series->addWidget(m_count);
    series->addWidget(m_until);
    series->addStretch();
    const QList<QWidget *> seriesFields = {m_every, m_unit, m_end, m_count, m_until};
    for (QWidget *w : seriesFields)
        w->setEnabled(false);
    connect(m_repeat, &QCheckBox::toggled, this, [seriesFields](bool on) {
        for (QWidget *w : seriesFields)
            w->setEnabled(on);
    });
    connect(m_end, &QComboBox::currentIndexChanged, this, [this] {
        const bool until = m_end->currentData().toString() == u"until"_s;
        m_count->setVisible(!until);
        m_until->setVisible(until);
    });
    // The family: other members booked right after, one after the other.
    m_familyTitle = new QLabel(tr("Also for (the slots right after):"), this);
    m_family = new QListWidget(this);
    m_family->setObjectName(u"familyList"_s);
    m_family->setMaximumHeight(70);
    m_familyTitle->hide();
    m_family->hide();
    m_newPatient = new QPushButton(tr("New patient…"), this);
    m_newPatient->setAutoDefault(false);
    m_newPatient->setToolTip(tr("Create the patient's record, after checking they are not known already"));
    connect(m_newPatient, &QPushButton::clicked, this, [this] {
        auto *dialog = new NewPatientDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (!m_patientField->text().trimmed().isEmpty() && !m_patientField->text().at(0).isDigit())
            dialog->field(u"birth_name"_s)->setText(m_patientField->text().section(u' ', 0, 0));
        connect(dialog, &QDialog::accepted, this, [this, dialog] { setPatient(dialog->createdId()); });
        dialog->open();
    });
    m_waitlist = new QCheckBox(tr("Waiting list: tell the patient when an earlier slot frees up"), this);
    m_waitlist->setObjectName(u"waitlistBox"_s);
    m_waitlist->setEnabled(false);
    m_patientWarning = new QLabel(this);
    Tones::apply(m_patientWarning, Tone::Error, true);
    m_patientWarning->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("For:"), m_forWhom);
    form->addRow(tr("Practitioner:"), m_practitioner);
    form->addRow(tr("Visit reason:"), m_motif);
    form->addRow(tr("Channel:"), m_channel);
    form->addRow(tr("Look:"), finder);
    form->addRow(tr("Days:"), weekdays);
    form->addRow(tr("Free slots:"), m_slots);
    form->addRow(tr("Series:"), series);
    form->addRow(m_familyTitle, m_family);
    form->addRow(tr("Note:"), m_note);
    form->addRow(tr("Override:"), m_override);
    form->addRow(tr("Spacing rule:"), m_spacing);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Book"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BookingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BookingDialog::reject);

    auto *layout = new QVBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    auto *patientRow = new QHBoxLayout;
    patientRow->addWidget(m_patientField, 1);
    patientRow->addWidget(m_newPatient);
    layout->addLayout(patientRow);
    layout->addWidget(m_patients);
    layout->addWidget(m_patientWarning);
    layout->addLayout(form);
    layout->addWidget(m_replace);
    layout->addWidget(m_waitlist);
    layout->addWidget(m_message);
    setMinimumWidth(900);
    Controls::setScrollingBody(this, layout, buttons);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_debounce, &QTimer::timeout, this, &BookingDialog::searchPatients);
    connect(m_patientField, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    // Enter in the patient field takes the first match and goes to the slots (it must not
    // book at once through the default button): Enter again, on a slot, books.
    m_patientField->installEventFilter(this);
    m_patients->installEventFilter(this);
    connect(m_patients->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { choosePatient(current.row()); });
    connect(m_forWhom, &QComboBox::currentIndexChanged, this, [this] {
        refreshWarning();
        refreshFamily();
    });
    connect(m_practitioner, &QComboBox::currentIndexChanged, this, [this] {
        refreshMotifs();
        refreshWarning();
    });
    connect(m_motif, &QComboBox::currentIndexChanged, this, [this] {
        m_shown = m_pageSize;
        refreshSlots();
    });
    connect(m_slots, &QListWidget::itemActivated, this, &BookingDialog::accept);
    connect(m_slots, &QListWidget::currentItemChanged, this, &BookingDialog::refreshWaitingList);
    // Tab follows the form as it reads and as the booking goes: the person, then the list they
    // are chosen in, for whom, with whom and why, the slots, then the rest.
    QList<QWidget *> order{m_patientField, m_patients, m_newPatient, m_forWhom, m_practitioner,
                           m_motif,        m_channel,  m_from,       m_half};
    order << QList<QWidget *>(m_weekdays.begin(), m_weekdays.end());
    order << QList<QWidget *>{m_more,  m_slots,  m_repeat, m_every,    m_unit,    m_end,     m_count,
                              m_until, m_family, m_note,   m_override, m_spacing, m_replace, m_waitlist};
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
    refreshMotifs();
    m_patientField->setFocus();
}

bool BookingDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    if (watched == m_patientField && (enter || key == Qt::Key_Down)) {
        // Enter takes the one match and goes on to the slots (never books at once through the
        // default button); with several, Enter or Down goes into the list to choose one.
        searchPatients();
        if (enter && !m_patientId.isEmpty()) {
            m_slots->setFocus();
        } else if (m_model->rowCount() > 0) {
            m_patients->setFocus();
            if (!m_patients->currentIndex().isValid())
                m_patients->selectRow(0);
        }
        return true;
    }
    if (watched == m_patients && enter) {
        // Enter on a row chooses that person and goes on to the slots.
        if (m_patients->currentIndex().isValid()) {
            choosePatient(m_patients->currentIndex().row());
            m_slots->setFocus();
        }
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

QString BookingDialog::message() const
{
    return m_message->text();
}

void BookingDialog::showMessage(const QString &text, bool error)
{
    Tones::apply(m_message, error ? Tone::Error : Tone::Warning);
    m_message->setText(text);
}

void BookingDialog::searchPatients()
{
    m_debounce->stop();
    m_model->setQuery(m_patientField->text());
    // Nothing is chosen for the secretary while she types: a single match is taken, otherwise
    // she chooses (a click, or Down / Enter into the list); a choice goes with the list it came from.
    m_patients->clearSelection();
    m_patients->setCurrentIndex(QModelIndex());
    if (m_model->rowCount() == 1)
        m_patients->selectRow(0);
    choosePatient(m_model->rowCount() == 1 ? 0 : -1);
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
    PatientDirectory patients(m_session);
    auto holder = patients.byId(m_patientId);
    if (!holder)
        return;
    m_forWhom->addItem(holder->displayName(), holder->id);
    for (const Patient &r : patients.relativesOf(holder->id).valueOr({}))
        m_forWhom->addItem(tr("%1 (relative)").arg(r.displayName()), r.id);
    refreshWarning();
    refreshFamily();
}

void BookingDialog::refreshMotifs()
{
    m_motif->clear();
    const QString practitioner = m_practitioner->currentData().toString();
    PracticeDirectory practice(m_session);
    if (practitioner.isEmpty() || practitioner.startsWith(u"specialty:"_s)) {
        // Any practitioner, or a specialty's: the visit reasons by name, as several offer them.
        const QString specialty = practitioner.mid(10);
        QStringList seen;
        for (const Practitioner &p : practice.practitioners()) {
            if (!specialty.isEmpty() && p.specialty != specialty)
                continue;
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
        auto ok = WaitingList::eligible(m_session, a);
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
    QString text = NoShowPolicy::deskWarning(m_session, patient, practitioner).valueOr({});
    const QString badge = PatientSearchModel::noShowBadge(m_session, patient);
    if (text.isEmpty() && !badge.isEmpty())
        text = tr("Appointments not honoured: %1").arg(badge);
    m_patientWarning->setText(text);
}

void BookingDialog::addSlotItems(const QList<FreeSlot> &found, bool namePractitioner)
{
    PracticeDirectory practice(m_session);
    const QTimeZone zone = practice.displayZone();
    QHash<QString, QString> names;
    for (const Practitioner &p : practice.practitioners())
        names.insert(p.id, p.displayName());
    for (const FreeSlot &f : found) {
        QString text = QLocale().toString(f.start.toTimeZone(zone), u"dddd d MMMM  HH:mm"_s);
        if (namePractitioner)
            text += u"  —  "_s + names.value(f.practitionerId);
        auto *item = new QListWidgetItem(text, m_slots);
        item->setData(Qt::UserRole, f.start);
        item->setData(PractitionerRole, f.practitionerId);
        item->setData(MotifRole, f.motifId);
    }
}

void BookingDialog::showMoreSlots()
{
    const int row = m_slots->currentRow();
    m_shown += m_pageSize;
    refreshSlots();
    if (row >= 0 && row < m_slots->count())
        m_slots->setCurrentRow(row);
}

void BookingDialog::refreshSlots()
{
    const QDateTime keep =
        m_slots->currentItem() ? m_slots->currentItem()->data(Qt::UserRole).toDateTime() : QDateTime();
    m_slots->clear();
    const QString practitioner = m_practitioner->currentData().toString();
    const QString motif = m_motif->currentData().toString();
    if (motif.isEmpty())
        return;
    PracticeDirectory practice(m_session);
    const QTimeZone zone = practice.displayZone();
    SlotQuery query;
    query.from = m_from->date();
    query.to = query.from.addDays(7 * 12); // twelve weeks ahead, a page at a time
    query.half = SlotQuery::halfFromCode(m_half->currentData().toString()).value_or(SlotQuery::Half::Any);
    for (int day = 1; day <= 7; ++day)
        if (m_weekdays.value(day - 1) && m_weekdays.at(day - 1)->isChecked())
            query.weekdays << day;
    query.count = m_shown;
    // A specialty's practitioners, or every practitioner offering the reason (a name), are
    // one search in core; one practitioner also shows the time chosen on the grid first.
    QList<FreeSlot> found;
    const bool several = practitioner.isEmpty() || practitioner.startsWith(u"specialty:"_s);
    if (several) {
        query.specialty = practitioner.mid(10);
        query.motifId = motif.startsWith(u"label:"_s) ? motif.mid(6) : motif;
    } else {
        query.practitionerId = practitioner;
        query.motifId = motif;
    }
    auto result = FreeSlots::search(m_session, query);
    if (!result) {
        showMessage(result.error().message, true);
        return;
    }
    found = *result;
    if (!several && m_presetStart.isValid()) {
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
    addSlotItems(found, several);
    m_more->setEnabled(found.size() >= m_shown);
    int row = 0;
    for (int i = 0; keep.isValid() && i < m_slots->count(); ++i)
        if (m_slots->item(i)->data(Qt::UserRole).toDateTime() == keep)
            row = i;
    if (m_slots->count() > 0) {
        m_slots->setCurrentRow(row);
        if (m_message->text() == tr("No free slot for this search: look from a later date, or on other days."))
            m_message->clear();
    } else {
        showMessage(tr("No free slot for this search: look from a later date, or on other days."), true);
    }
}

void BookingDialog::setPatient(const QString &patientId)
{
    auto patient = PatientDirectory(m_session).byId(patientId);
    if (!patient)
        return;
    // The holder is who the desk books with; the relative is chosen under "For".
    const QString holder = patient->holderId.isEmpty() ? patient->id : patient->holderId;
    m_patientId = holder;
    if (auto h = PatientDirectory(m_session).byId(holder))
        m_patientField->setText(h->displayName());
    refreshForWhom();
    const int index = m_forWhom->findData(patient->id);
    if (index >= 0)
        m_forWhom->setCurrentIndex(index);
    m_slots->setFocus();
}

void BookingDialog::refreshFamily()
{
    m_family->clear();
    const QString chosen = m_forWhom->currentData().toString();
    for (int i = 0; i < m_forWhom->count(); ++i) {
        const QString id = m_forWhom->itemData(i).toString();
        if (id == chosen)
            continue;
        auto *item = new QListWidgetItem(m_forWhom->itemText(i), m_family);
        item->setData(Qt::UserRole, id);
        item->setCheckState(Qt::Unchecked);
    }
    m_family->setVisible(m_family->count() > 0);
    m_familyTitle->setVisible(m_family->count() > 0);
}

void BookingDialog::presetSlot(const QString &practitionerId, const QDateTime &start, const QDateTime &end)
{
    m_presetStart = start;
    m_presetEnd = end;
    // The time chosen on the grid is the one selected (and booked by Réserver), not the first
    // free slot the window listed before it knew the time.
    m_slots->clear();
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
    draft.channel = m_channel->currentData().value<BookingChannel>();
    draft.note = m_note->text();
    draft.overrideReason = m_override->text();
    draft.replaceConflicts = m_replace->isChecked();
    draft.spacingReason = m_spacing->text();
    m_series.reset();
    m_familyBooked.clear();
    if (m_repeat->isChecked()) {
        SeriesRequest request;
        request.first = draft;
        (m_unit->currentData().toString() == u"weeks"_s ? request.everyWeeks : request.everyDays) = m_every->value();
        if (m_end->currentData().toString() == u"until"_s)
            request.until = m_until->date();
        else
            request.count = m_count->value();
        auto report = AppointmentSeries::book(m_session, request);
        if (!report) {
            showMessage(report.error().message, true);
            return;
        }
        if (report->booked() == 0) {
            showMessage(tr("No appointment of the series could be booked: %1")
                            .arg(report->occurrences.first().refusal->message),
                        true);
            return;
        }
        m_series = *report;
        for (const SeriesOccurrence &o : report->occurrences)
            if (o.appointment) {
                m_booked = o.appointment->id;
                break;
            }
        m_draft = draft;
        QDialog::accept();
        return;
    }
    QStringList others;
    for (int i = 0; i < m_family->count(); ++i)
        if (m_family->item(i)->checkState() == Qt::Checked)
            others << m_family->item(i)->data(Qt::UserRole).toString();
    if (!others.isEmpty()) {
        auto booked = AppointmentService::bookConsecutive(m_session, draft, others);
        if (!booked) {
            showMessage(booked.error().message, true);
            return;
        }
        m_booked = booked->first().appointment.id;
        for (qsizetype i = 1; i < booked->size(); ++i)
            m_familyBooked << booked->at(i).appointment.id;
        m_draft = draft;
        QDialog::accept();
        return;
    }
    auto booked = AppointmentService::book(m_session, draft);
    if (!booked) {
        QString text = booked.error().message;
        if (booked.error().rule == u"agenda.spacing"_s)
            text += u' ' + tr("Tick \"Replace\" to replace it, give a reason to keep both, or choose another slot.");
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
