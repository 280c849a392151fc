#include "ui/agenda/canceldialog.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "ui/shell/tones.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>

using namespace Qt::StringLiterals;

namespace guichet {

CancelDialog::CancelDialog(const Session &session, const QString &appointmentId, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Cancel the appointment"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"cancelHeading"_s);
    m_heading->setWordWrap(true);
    if (auto a = AppointmentDirectory(session).byId(appointmentId)) {
        const QTimeZone zone = PracticeDirectory(session).displayZone();
        const auto patient = PatientDirectory(session).byId(a->patientId);
        const auto practitioner = PracticeDirectory(session).practitioner(a->practitionerId);
        m_heading->setText(tr("<b>%1</b> — %2 with %3")
                               .arg(patient ? patient->displayName().toHtmlEscaped() : tr("(unknown patient)"),
                                    QLocale().toString(a->start.toTimeZone(zone), u"dddd d MMMM yyyy HH:mm"_s),
                                    practitioner ? practitioner->displayName().toHtmlEscaped() : QString()));
    }
    m_byPatient = new QRadioButton(tr("At the patient's request"), this);
    auto *byPractice = new QRadioButton(tr("By the practice"), this);
    m_byPatient->setChecked(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"cancelReason"_s);
    m_reason->setPlaceholderText(tr("For instance: ill, a clash at work, seen elsewhere"));
    m_reason->setMaxLength(500);
    m_error = new QLabel(this);
    Tones::apply(m_error, Tone::Error);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Cancel the appointment"));
    buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Keep it"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CancelDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(m_heading);
    form->addRow(m_byPatient);
    form->addRow(byPractice);
    form->addRow(tr("Reason for the cancellation:"), m_reason);
    form->addRow(m_error);
    form->addRow(buttons);
    // Typing starts in the reason.
    setTabOrder(m_reason, m_byPatient);
    m_reason->setFocus();
}

CancelledBy CancelDialog::cancelledBy() const
{
    return m_byPatient->isChecked() ? CancelledBy::Patient : CancelledBy::Practice;
}

QString CancelDialog::reason() const
{
    return m_reason->text().trimmed();
}

QString CancelDialog::heading() const
{
    return m_heading->text();
}

QString CancelDialog::error() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void CancelDialog::accept()
{
    if (reason().isEmpty()) {
        m_error->setText(tr("Give the reason for the cancellation: it is kept in the appointment's history."));
        m_error->show();
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace guichet
