#include "ui/agenda/waitlistcallsdialog.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/agenda/waitinglist.h"
#include "core/domain/phone.h"
#include "ui/shell/tones.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

WaitlistCallsDialog::WaitlistCallsDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Waiting list: patients to phone"));
    auto *intro = new QLabel(tr("An earlier slot freed up for these patients. Phone them and note their answer: "
                                "accepted, the appointment moves to the earlier slot."),
                             this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Patient"), tr("Phone"), tr("Current appointment"), tr("Earlier slot offered"), tr("Offered")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *accepted = new QPushButton(tr("The patient takes the slot"), this);
    auto *declined = new QPushButton(tr("The patient keeps their appointment"), this);
    connect(accepted, &QPushButton::clicked, this, [this] { accept(m_table->currentRow()); });
    connect(declined, &QPushButton::clicked, this, [this] { decline(m_table->currentRow()); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(accepted);
    row->addWidget(declined);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(980, 480);
    reload();
}

QString WaitlistCallsDialog::message() const
{
    return m_message->text();
}

void WaitlistCallsDialog::reload()
{
    auto offers = WaitingList::openOffers(m_session);
    m_table->setRowCount(0);
    if (!offers) {
        Tones::apply(m_message, Tone::Error);
        m_message->setText(offers.error().message);
        return;
    }
    const QTimeZone zone = PracticeDirectory(m_session).displayZone();
    const QString region = PracticeDirectory(m_session).sites().value(0).country; // numbers as the desk dials them
    const QLocale locale;
    for (const WaitlistOffer &o : std::as_const(*offers)) {
        auto entry = WaitingList::entry(m_session, o.entryId);
        if (!entry)
            continue;
        auto patient = PatientDirectory(m_session).byId(entry->patientId);
        auto appointment = AppointmentDirectory(m_session).byId(entry->appointmentId);
        QStringList phones;
        if (patient)
            for (const QString &p : {patient->mobilePhone, patient->otherPhone})
                if (!p.isEmpty())
                    phones << Phone::display(p, region);
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        auto *name = new QTableWidgetItem(patient ? patient->displayName() : entry->patientId);
        name->setData(Qt::UserRole, o.id);
        m_table->setItem(r, 0, name);
        m_table->setItem(r, 1, new QTableWidgetItem(phones.join(u", "_s)));
        m_table->setItem(r, 2,
                         new QTableWidgetItem(appointment ? locale.toString(appointment->start.toTimeZone(zone),
                                                                            u"ddd dd/MM/yyyy HH:mm"_s)
                                                          : QString()));
        m_table->setItem(r, 3,
                         new QTableWidgetItem(locale.toString(o.start.toTimeZone(zone), u"ddd dd/MM/yyyy HH:mm"_s)));
        m_table->setItem(r, 4, new QTableWidgetItem(locale.toString(o.offeredAt.toTimeZone(zone), u"dd/MM HH:mm"_s)));
    }
    m_table->resizeColumnsToContents();
    if (m_message->text().isEmpty() || m_table->rowCount() == 0) {
        Tones::apply(m_message, Tone::Plain);
        m_message->setText(m_table->rowCount() == 0 ? tr("Nobody to phone.") : QString());
    }
}

bool WaitlistCallsDialog::accept(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return false;
    auto moved = WaitingList::accept(m_session, m_table->item(row, 0)->data(Qt::UserRole).toString());
    if (!moved) {
        Tones::apply(m_message, Tone::Error);
        m_message->setText(moved.error().message);
        return false;
    }
    Tones::apply(m_message, Tone::Success);
    m_message->setText(tr("The appointment moved to the earlier slot."));
    reload();
    return true;
}

bool WaitlistCallsDialog::decline(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return false;
    auto declined = WaitingList::decline(m_session, m_table->item(row, 0)->data(Qt::UserRole).toString());
    if (!declined) {
        Tones::apply(m_message, Tone::Error);
        m_message->setText(declined.error().message);
        return false;
    }
    Tones::apply(m_message, Tone::Success);
    m_message->setText(tr("Noted: the patient keeps their appointment and stays on the list."));
    reload();
    return true;
}

} // namespace guichet
