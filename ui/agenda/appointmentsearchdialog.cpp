#include "ui/agenda/appointmentsearchdialog.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/agenda/appointmentservice.h"
#include "ui/patients/patientpickerdialog.h"
#include "ui/shell/tones.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

AppointmentSearchDialog::AppointmentSearchDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Find appointments"));
    PracticeDirectory practice(session);
    const QDate today = session.now().toTimeZone(practice.displayZone()).date();
    m_patient = new QLabel(tr("Every patient"), this);
    auto *choose = new QPushButton(tr("Patient…"), this);
    auto *everyone = new QPushButton(tr("Every patient"), this);
    choose->setAutoDefault(false);
    everyone->setAutoDefault(false);
    // Whose appointments is the first question: the keyboard starts on it (Space opens the
    // picker, where the name is typed).
    choose->setObjectName(u"choosePatient"_s);
    choose->setFocus();
    m_practitioner = new QComboBox(this);
    m_practitioner->addItem(tr("Every practitioner"), QString());
    for (const Practitioner &p : practice.practitioners())
        m_practitioner->addItem(p.displayName(), p.id);
    m_status = new QComboBox(this);
    m_status->addItem(tr("Any status"), QString());
    for (AppointmentStatus s : AppointmentStatuses::all())
        m_status->addItem(AppointmentStatuses::label(s), AppointmentStatuses::code(s));
    m_from = new QDateEdit(today.addYears(-2), this);
    m_to = new QDateEdit(today.addYears(1), this);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(u"dd/MM/yyyy"_s);
    }
    m_results = new QTableWidget(0, 5, this);
    m_results->setObjectName(u"appointmentResults"_s);
    m_results->setHorizontalHeaderLabels(
        {tr("When"), tr("Patient"), tr("Practitioner"), tr("Visit reason"), tr("Status")});
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_count = new QLabel(this);
    auto *patientRow = new QHBoxLayout;
    patientRow->addWidget(m_patient, 1);
    patientRow->addWidget(choose);
    patientRow->addWidget(everyone);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    dates->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Patient:"), patientRow);
    form->addRow(tr("Practitioner:"), m_practitioner);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("From:"), dates);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *open = buttons->addButton(tr("Open in the agenda"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto openChosen = [this] {
        if (chosenId().isEmpty())
            return;
        Q_EMIT openAsked(chosenId(), chosenStart());
        accept();
    };
    connect(open, &QPushButton::clicked, this, openChosen);
    connect(m_results, &QTableWidget::cellActivated, this, openChosen);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    connect(choose, &QPushButton::clicked, this, [this] {
        PatientPickerDialog picker(m_session, tr("Whose appointments?"), QString(), this);
        if (picker.exec() == QDialog::Accepted)
            setPatient(picker.patientId());
    });
    connect(everyone, &QPushButton::clicked, this, [this] { setPatient(QString()); });
    connect(m_practitioner, &QComboBox::currentIndexChanged, this, &AppointmentSearchDialog::runSearch);
    connect(m_status, &QComboBox::currentIndexChanged, this, &AppointmentSearchDialog::runSearch);
    connect(m_from, &QDateEdit::dateChanged, this, &AppointmentSearchDialog::runSearch);
    connect(m_to, &QDateEdit::dateChanged, this, &AppointmentSearchDialog::runSearch);
    resize(980, 520);
    runSearch();
}

void AppointmentSearchDialog::setPatient(const QString &patientId)
{
    m_patientId = patientId;
    auto p =
        patientId.isEmpty() ? Result<Patient>(Error::notFound(QString())) : PatientDirectory(m_session).byId(patientId);
    m_patient->setText(p ? p->displayName() : tr("Every patient"));
    runSearch();
}

void AppointmentSearchDialog::runSearch()
{
    PracticeDirectory practice(m_session);
    const QTimeZone zone = practice.displayZone();
    AppointmentFilter filter;
    filter.patientId = m_patientId;
    filter.practitionerId = m_practitioner->currentData().toString();
    if (!m_status->currentData().toString().isEmpty())
        filter.statuses << m_status->currentData().toString();
    filter.from = QDateTime(m_from->date(), QTime(0, 0), zone).toUTC();
    filter.to = QDateTime(m_to->date().addDays(1), QTime(0, 0), zone).toUTC();
    filter.limit = 500;
    m_results->setRowCount(0);
    auto found = AppointmentService::search(m_session, filter);
    if (!found) {
        Tones::apply(m_count, Tone::Error);
        m_count->setText(found.error().message);
        return;
    }
    PatientDirectory patients(m_session);
    QHash<QString, QString> practitioners, motifs;
    for (const Practitioner &p : practice.practitioners(false))
        practitioners.insert(p.id, p.displayName());
    for (const Motif &m : practice.motifs())
        motifs.insert(m.id, m.label);
    const QDateTime now = m_session.now();
    int nextRow = -1;
    for (const Appointment &a : *found) {
        const int row = m_results->rowCount();
        m_results->insertRow(row);
        auto *when = new QTableWidgetItem(QLocale().toString(a.start.toTimeZone(zone), u"ddd dd/MM/yyyy HH:mm"_s));
        when->setData(Qt::UserRole, a.id);
        when->setData(Qt::UserRole + 1, a.start);
        m_results->setItem(row, 0, when);
        auto patient = patients.byId(a.patientId);
        m_results->setItem(row, 1, new QTableWidgetItem(patient ? patient->displayName() : a.patientId));
        m_results->setItem(row, 2, new QTableWidgetItem(practitioners.value(a.practitionerId)));
        m_results->setItem(row, 3, new QTableWidgetItem(motifs.value(a.motifId)));
        m_results->setItem(row, 4, new QTableWidgetItem(AppointmentStatuses::label(a.status)));
        if (a.start < now)
            for (int c = 0; c < 5; ++c)
                m_results->item(row, c)->setForeground(Tones::color(Tone::Hint));
        if (nextRow < 0 && a.start >= now)
            nextRow = row;
    }
    Tones::apply(m_count, Tone::Plain);
    m_count->setText(found->size() >= filter.limit
                         ? tr("The first %1 appointments: narrow the search.").arg(filter.limit)
                         : tr("%n appointment(s)", nullptr, int(found->size())));
    // The next one to come is where the desk usually looks.
    if (m_results->rowCount() > 0)
        m_results->selectRow(nextRow >= 0 ? nextRow : m_results->rowCount() - 1);
}

QString AppointmentSearchDialog::chosenId() const
{
    const QTableWidgetItem *item = m_results->item(m_results->currentRow(), 0);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QDateTime AppointmentSearchDialog::chosenStart() const
{
    const QTableWidgetItem *item = m_results->item(m_results->currentRow(), 0);
    return item ? item->data(Qt::UserRole + 1).toDateTime() : QDateTime();
}

} // namespace guichet
