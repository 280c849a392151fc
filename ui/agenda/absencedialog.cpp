#include "ui/agenda/absencedialog.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/domain/phone.h"
#include "ui/shell/tones.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

AbsenceDialog::AbsenceDialog(const Session &session, const QString &practitionerId, const QDate &day, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Declare an absence"));
    m_practitioner = new QComboBox(this);
    for (const Practitioner &p : PracticeDirectory(session).practitioners())
        m_practitioner->addItem(p.displayName(), p.id);
    m_practitioner->setCurrentIndex(std::max(0, m_practitioner->findData(practitionerId)));
    m_from = new QDateTimeEdit(QDateTime(day, QTime(0, 0)), this);
    m_to = new QDateTimeEdit(QDateTime(day.addDays(1), QTime(0, 0)), this);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"dddd d MMMM yyyy  HH:mm"_s);
    }
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("Holidays, training, illness…"));
    m_reason->setMaxLength(200);
    m_affected = new QTableWidget(0, 3, this);
    m_affected->setHorizontalHeaderLabels({tr("Appointment"), tr("Patient"), tr("Phone")});
    m_affected->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_affected->verticalHeader()->hide();
    m_affected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_affected->hide();
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Practitioner:"), m_practitioner);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("Until:"), m_to);
    form->addRow(tr("Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Declare"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AbsenceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AbsenceDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_affected, 1);
    layout->addWidget(buttons);
    setMinimumWidth(640);
    // The practitioner is the one chosen in the agenda: the desk types the start first.
    if (!practitionerId.isEmpty())
        m_from->setFocus();
}

QString AbsenceDialog::message() const
{
    return m_message->text();
}

void AbsenceDialog::accept()
{
    if (m_declared) {
        QDialog::accept();
        return;
    }
    const QTimeZone zone = PracticeDirectory(m_session).displayZone();
    const QDateTime from(m_from->date(), m_from->time(), zone);
    const QDateTime to(m_to->date(), m_to->time(), zone);
    auto declared =
        AbsenceService::declare(m_session, m_practitioner->currentData().toString(), from, to, m_reason->text());
    if (!declared) {
        Tones::apply(m_message, Tone::Error);
        m_message->setText(declared.error().message);
        return;
    }
    m_declared = declared.value();
    for (QWidget *w : std::initializer_list<QWidget *>{m_practitioner, m_from, m_to, m_reason})
        w->setEnabled(false);
    const QList<Appointment> &affected = m_declared->affected;
    if (affected.isEmpty()) {
        Tones::apply(m_message, Tone::Success);
        m_message->setText(tr("Absence declared. No booked patient is affected."));
        return;
    }
    Tones::apply(m_message, Tone::Warning, true);
    m_message->setText(
        tr("Absence declared. %n booked patient(s) must be called and moved:", nullptr, int(affected.size())));
    PatientDirectory patients(m_session);
    m_affected->setRowCount(int(affected.size()));
    for (int r = 0; r < affected.size(); ++r) {
        const Appointment &a = affected.at(r);
        auto p = patients.byId(a.patientId);
        m_affected->setItem(r, 0,
                            new QTableWidgetItem(QLocale().toString(a.start.toTimeZone(zone), u"ddd d MMM HH:mm"_s)));
        m_affected->setItem(r, 1, new QTableWidgetItem(p ? p->displayName() : a.patientId));
        m_affected->setItem(
            r, 2,
            new QTableWidgetItem(p ? Phone::display(p->mobilePhone.isEmpty() ? p->otherPhone : p->mobilePhone,
                                                    PracticeDirectory(m_session).country())
                                   : QString()));
        m_affected->item(r, 0)->setData(Qt::UserRole, a.id);
    }
    m_affected->resizeColumnToContents(0);
    m_affected->resizeColumnToContents(2);
    m_affected->show();
}

} // namespace guichet
