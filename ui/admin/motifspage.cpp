#include "ui/admin/motifspage.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/agenda/practicesetup.h"
#include "core/domain/phone.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QSpinBox *spin(QWidget *parent, int min, int max, const QString &suffix, const QString &zero = {})
{
    auto *box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setSuffix(suffix);
    if (!zero.isEmpty())
        box->setSpecialValueText(zero);
    box->setMaximumWidth(150);
    return box;
}

} // namespace

MotifsPage::MotifsPage(const Session &session, QWidget *parent)
    : AdminPage(session, parent)
{
    setObjectName(u"motifsPage"_s);
    m_filter = new QComboBox(this);
    m_practitioner = new QComboBox(this);
    m_label = new QLineEdit(this);
    m_label->setPlaceholderText(tr("Consultation, vaccination, certificate…"));
    m_duration = spin(this, 5, 480, tr(" min"));
    m_duration->setSingleStep(5);
    m_colour = new QLineEdit(this);
    m_colour->setMaximumWidth(90);
    m_booking = new QComboBox(this);
    m_booking->addItem(tr("Online, by phone and at the desk"), u"online"_s);
    m_booking->addItem(tr("By phone only"), u"phone-only"_s);
    m_booking->addItem(tr("At the desk only"), u"desk-only"_s);
    m_phone = new QLineEdit(this);
    m_phone->setPlaceholderText(tr("The number patients must call (default: the site's)"));
    m_video = new QCheckBox(tr("Video consultation"), this);
    m_homeVisit = new QCheckBox(tr("Home visit (the messages give the patient's address)"), this);
    m_newPatients = new QCheckBox(tr("New patients may book it online"), this);
    m_minAge = spin(this, 0, 120, tr(" years"), tr("none"));
    m_maxAge = spin(this, 0, 120, tr(" years"), tr("none"));
    auto *ages = new QHBoxLayout;
    ages->addWidget(new QLabel(tr("from"), this));
    ages->addWidget(m_minAge);
    ages->addWidget(new QLabel(tr("to"), this));
    ages->addWidget(m_maxAge);
    ages->addStretch(1);
    m_lastVisit = spin(this, 0, 120, tr(" months"), tr("the practitioner's rule"));
    m_lastVisit->setMaximumWidth(220);
    m_spacing = new QCheckBox(tr("The minimum spacing between appointments applies"), this);
    m_messages = new QCheckBox(tr("Reminders and notices are sent"), this);
    m_instructions = new QPlainTextEdit(this);
    m_instructions->setPlaceholderText(tr("Sent with the confirmation: fasting, documents to bring…"));
    m_instructions->setMaximumHeight(80);
    connect(m_booking, &QComboBox::currentIndexChanged, this,
            [this] { m_phone->setEnabled(m_booking->currentData().toString() == u"phone-only"_s); });
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            reload();
    });
    auto *form = new QFormLayout;
    form->addRow(tr("Practitioner:"), m_practitioner);
    form->addRow(tr("Label:"), m_label);
    form->addRow(tr("Duration:"), m_duration);
    form->addRow(tr("Colour:"), m_colour);
    form->addRow(tr("Booked:"), m_booking);
    form->addRow(tr("Phone to call:"), m_phone);
    form->addRow(tr("Patients' age:"), ages);
    form->addRow(tr("Phone booking when the last visit is older than:"), m_lastVisit);
    form->addRow(QString(), m_video);
    form->addRow(QString(), m_homeVisit);
    form->addRow(QString(), m_newPatients);
    form->addRow(QString(), m_spacing);
    form->addRow(QString(), m_messages);
    form->addRow(tr("Instructions for the patient:"), m_instructions);
    auto *add = new QPushButton(tr("New visit reason"), this);
    auto *saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(u"saveMotif"_s);
    m_activeButton = new QPushButton(tr("Deactivate"), this);
    connect(add, &QPushButton::clicked, this, &MotifsPage::startNew);
    connect(saveButton, &QPushButton::clicked, this, &MotifsPage::save);
    connect(m_activeButton, &QPushButton::clicked, this, &MotifsPage::toggleActive);
    build({tr("Visit reason"), tr("Practitioner"), tr("Duration"), tr("Booked"), tr("Rules"), tr("State")}, form,
          tr("Visit reason"), {add, saveButton, m_activeButton}, m_filter);
    reload();
}

void MotifsPage::fillPractitioners()
{
    const bool filling = m_filling;
    m_filling = true;
    const QString filter = m_filter->currentData().toString();
    const QString current = m_practitioner->currentData().toString();
    m_filter->clear();
    m_practitioner->clear();
    m_filter->addItem(tr("Every practitioner"), QString());
    for (const Practitioner &p : PracticeDirectory(m_session).practitioners()) {
        m_filter->addItem(p.displayName(), p.id);
        m_practitioner->addItem(p.displayName(), p.id);
    }
    m_filter->setCurrentIndex(qMax(0, m_filter->findData(filter)));
    m_practitioner->setCurrentIndex(qMax(0, m_practitioner->findData(current)));
    m_filling = filling;
}

void MotifsPage::reload()
{
    fillPractitioners();
    PracticeDirectory practice(m_session);
    QHash<QString, QString> names;
    for (const Practitioner &p : practice.practitioners(false))
        names.insert(p.id, p.displayName());
    QList<std::pair<QString, QStringList>> rows;
    for (const Motif &m : practice.motifs(m_filter->currentData().toString())) {
        QStringList rules;
        if (m.video)
            rules << tr("video");
        if (m.homeVisit)
            rules << tr("home visit");
        if (!m.newPatients)
            rules << tr("no new patients online");
        if (m.minAgeYears > 0 || m.maxAgeYears > 0)
            rules
                << tr("ages %1–%2").arg(m.minAgeYears).arg(m.maxAgeYears > 0 ? QString::number(m.maxAgeYears) : u"…"_s);
        if (m.spacingRule)
            rules << tr("spacing");
        if (!m.notifications)
            rules << tr("no messages");
        const QString booked = m.bookableOnline ? tr("online") : m.deskOnly ? tr("desk") : tr("phone");
        rows.append({m.id,
                     {m.label, names.value(m.practitionerId), tr("%1 min").arg(m.durationMinutes), booked,
                      rules.join(u", "_s), m.active ? tr("active") : tr("deactivated")}});
    }
    fill(rows, m_id);
}

void MotifsPage::startNew()
{
    m_table->clearSelection();
    show(QString());
    const QString filter = m_filter->currentData().toString();
    if (!filter.isEmpty())
        m_practitioner->setCurrentIndex(qMax(0, m_practitioner->findData(filter)));
    m_label->setFocus();
}

void MotifsPage::show(const QString &id)
{
    m_id = id;
    Motif m;
    if (!id.isEmpty())
        if (auto found = PracticeDirectory(m_session).motif(id))
            m = *found;
    m_active = m.active;
    if (!m.practitionerId.isEmpty())
        m_practitioner->setCurrentIndex(qMax(0, m_practitioner->findData(m.practitionerId)));
    m_label->setText(m.label);
    m_duration->setValue(m.durationMinutes);
    m_colour->setText(m.color.isEmpty() ? u"#7fb3e6"_s : m.color);
    m_booking->setCurrentIndex(qMax(0, m_booking->findData(m.bookingCode())));
    m_phone->setText(Phone::display(m.bookingPhone, u"BE"_s)); // as the desk reads it; stored in E.164
    m_phone->setEnabled(m.bookingCode() == u"phone-only"_s);
    m_video->setChecked(m.video);
    m_homeVisit->setChecked(m.homeVisit);
    m_newPatients->setChecked(m.newPatients);
    m_minAge->setValue(m.minAgeYears);
    m_maxAge->setValue(m.maxAgeYears);
    m_lastVisit->setValue(m.lastVisitMonths);
    m_spacing->setChecked(m.spacingRule);
    m_messages->setChecked(m.notifications);
    m_instructions->setPlainText(m.instructions);
    m_activeButton->setEnabled(!id.isEmpty());
    m_activeButton->setText(m_active ? tr("Deactivate") : tr("Reactivate"));
}

bool MotifsPage::save()
{
    Motif m;
    if (!m_id.isEmpty())
        if (auto found = PracticeDirectory(m_session).motif(m_id))
            m = *found;
    const bool adding = m.id.isEmpty();
    m.practitionerId = m_practitioner->currentData().toString();
    m.label = m_label->text();
    m.durationMinutes = m_duration->value();
    m.color = m_colour->text();
    m.setBookingCode(m_booking->currentData().toString());
    m.bookingPhone = m_phone->text();
    m.video = m_video->isChecked();
    m.homeVisit = m_homeVisit->isChecked();
    m.newPatients = m_newPatients->isChecked();
    m.minAgeYears = m_minAge->value();
    m.maxAgeYears = m_maxAge->value();
    m.lastVisitMonths = m_lastVisit->value();
    m.spacingRule = m_spacing->isChecked();
    m.notifications = m_messages->isChecked();
    m.instructions = m_instructions->toPlainText();
    auto saved = PracticeSetup::saveMotif(m_session, m);
    if (!saved) {
        say(saved.error().message, true);
        return false;
    }
    m_id = saved->id;
    reload();
    say(adding ? tr("Visit reason \"%1\" added.").arg(saved->label)
               : tr("Visit reason \"%1\" saved.").arg(saved->label));
    Q_EMIT changed();
    return true;
}

bool MotifsPage::toggleActive()
{
    if (m_id.isEmpty())
        return false;
    auto done = PracticeSetup::setMotifActive(m_session, m_id, !m_active);
    if (!done) {
        say(done.error().message, true);
        return false;
    }
    reload();
    say(done->active ? tr("\"%1\" can be booked again.").arg(done->label)
                     : tr("\"%1\" is deactivated: no longer bookable, kept for the history.").arg(done->label));
    Q_EMIT changed();
    return true;
}

} // namespace guichet
