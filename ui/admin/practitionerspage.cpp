#include "ui/admin/practitionerspage.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/agenda/practicesetup.h"
#include "core/domain/registration.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

const QList<std::pair<QString, const char *>> &specialties()
{
    static const QList<std::pair<QString, const char *>> list = {
        {u"general-practice"_s, QT_TRANSLATE_NOOP("PractitionersPage", "General practice")},
        {u"pediatrics"_s, QT_TRANSLATE_NOOP("PractitionersPage", "Paediatrics")},
        {u"dermatology"_s, QT_TRANSLATE_NOOP("PractitionersPage", "Dermatology")},
        {u"gynecology"_s, QT_TRANSLATE_NOOP("PractitionersPage", "Gynaecology")},
        {u"cardiology"_s, QT_TRANSLATE_NOOP("PractitionersPage", "Cardiology")},
        {u"ophthalmology"_s, QT_TRANSLATE_NOOP("PractitionersPage", "Ophthalmology")},
        {u"dentistry"_s, QT_TRANSLATE_NOOP("PractitionersPage", "Dentistry")},
        {u"physiotherapy"_s, QT_TRANSLATE_NOOP("PractitionersPage", "Physiotherapy")},
        {u"speech-therapy"_s, QT_TRANSLATE_NOOP("PractitionersPage", "Speech therapy")},
        {u"psychology"_s, QT_TRANSLATE_NOOP("PractitionersPage", "Psychology")},
    };
    return list;
}

QSpinBox *spin(QWidget *parent, int max, const QString &suffix, const QString &zero = {})
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, max);
    box->setSuffix(suffix);
    if (!zero.isEmpty())
        box->setSpecialValueText(zero);
    box->setMaximumWidth(150);
    return box;
}

} // namespace

QString PractitionersPage::specialtyLabel(const QString &code)
{
    for (const auto &[c, label] : specialties())
        if (c == code)
            return QCoreApplication::translate("PractitionersPage", label);
    return code;
}

PractitionersPage::PractitionersPage(const Session &session, QWidget *parent)
    : AdminPage(session, parent)
{
    setObjectName(u"practitionersPage"_s);
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("Dr"));
    m_title->setMaximumWidth(90);
    m_firstName = new QLineEdit(this);
    m_lastName = new QLineEdit(this);
    m_specialty = new QComboBox(this);
    m_specialty->setEditable(true);
    for (const auto &[code, label] : specialties())
        m_specialty->addItem(QCoreApplication::translate("PractitionersPage", label), code);
    m_registration = new QLineEdit(this);
    m_registration->setPlaceholderText(tr("INAMI 1-23456-78-901 or RPPS 10001234567"));
    m_colour = new QLineEdit(this);
    m_colour->setMaximumWidth(90);
    auto *pick = new QPushButton(tr("Choose…"), this);
    connect(pick, &QPushButton::clicked, this, [this] {
        const QColor c = QColorDialog::getColor(QColor(m_colour->text()), this, tr("Colour in the agenda"));
        if (c.isValid())
            m_colour->setText(c.name());
    });
    auto *colourRow = new QHBoxLayout;
    colourRow->addWidget(m_colour);
    colourRow->addWidget(pick);
    colourRow->addStretch(1);
    m_site = new QComboBox(this);
    m_otherSites = new QListWidget(this);
    connect(m_site, &QComboBox::currentIndexChanged, this, [this] {
        for (int i = 0; i < m_otherSites->count(); ++i)
            m_otherSites->item(i)->setHidden(m_otherSites->item(i)->data(Qt::UserRole).toString()
                                             == m_site->currentData().toString());
    });
    m_otherSites->setMaximumHeight(64);
    m_deadline = spin(this, 24 * 14, QString());
    m_deadlineUnit = new QComboBox(this);
    m_deadlineUnit->addItem(tr("hours"), 1);
    m_deadlineUnit->addItem(tr("days"), 24);
    auto *deadlineRow = new QHBoxLayout;
    deadlineRow->addWidget(m_deadline);
    deadlineRow->addWidget(m_deadlineUnit);
    deadlineRow->addStretch(1);
    m_onlineDays = spin(this, 365, tr(" days"), tr("no limit"));
    m_notice = spin(this, 24 * 14, tr(" h"), tr("none"));
    m_lastVisit = spin(this, 120, tr(" months"), tr("never"));
    m_newPatients = new QCheckBox(tr("New patients may book online"), this);
    m_messages = new QCheckBox(tr("Reminders and notices are sent"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("First name:"), m_firstName);
    form->addRow(tr("Last name:"), m_lastName);
    form->addRow(tr("Specialty:"), m_specialty);
    form->addRow(tr("INAMI / RPPS:"), m_registration);
    form->addRow(tr("Colour:"), colourRow);
    form->addRow(tr("Main site:"), m_site);
    form->addRow(tr("Also consults at:"), m_otherSites);
    form->addRow(tr("Online cancellation until:"), deadlineRow);
    form->addRow(tr("Online booking up to:"), m_onlineDays);
    form->addRow(tr("Minimum notice online:"), m_notice);
    form->addRow(tr("Phone booking when the last visit is older than:"), m_lastVisit);
    form->addRow(QString(), m_newPatients);
    form->addRow(QString(), m_messages);
    auto *add = new QPushButton(tr("New practitioner"), this);
    auto *saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(u"savePractitioner"_s);
    m_activeButton = new QPushButton(tr("Deactivate"), this);
    connect(add, &QPushButton::clicked, this, &PractitionersPage::startNew);
    connect(saveButton, &QPushButton::clicked, this, &PractitionersPage::save);
    connect(m_activeButton, &QPushButton::clicked, this, &PractitionersPage::toggleActive);
    build({tr("Practitioner"), tr("Specialty"), tr("INAMI / RPPS"), tr("Online"), tr("State")}, form,
          tr("Practitioner"), {add, saveButton, m_activeButton});
    reload();
}

void PractitionersPage::fillSites()
{
    const QString current = m_site->currentData().toString();
    m_site->clear();
    m_otherSites->clear();
    for (const Site &s : PracticeDirectory(m_session).sites()) {
        m_site->addItem(s.name, s.id);
        auto *item = new QListWidgetItem(s.name, m_otherSites);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_site->setCurrentIndex(qMax(0, m_site->findData(current)));
}

void PractitionersPage::reload()
{
    fillSites();
    QList<std::pair<QString, QStringList>> rows;
    for (const Practitioner &p : PracticeDirectory(m_session).practitioners(false)) {
        QStringList online;
        online << tr("cancel %1 h before").arg(p.onlineCancelDeadlineHours);
        if (!p.acceptsNewPatientsOnline)
            online << tr("no new patients");
        if (p.onlineDays > 0)
            online << tr("%1 days ahead").arg(p.onlineDays);
        const auto site = PracticeDirectory(m_session).site(p.siteId);
        rows.append({p.id,
                     {p.displayName(), specialtyLabel(p.specialty),
                      Registration::formatted(p.registration, site ? site->country : QString()), online.join(u", "_s),
                      p.active ? tr("active") : tr("deactivated")}});
    }
    fill(rows, m_id);
}

void PractitionersPage::startNew()
{
    m_table->clearSelection();
    show(QString());
    m_lastName->setFocus();
}

void PractitionersPage::show(const QString &id)
{
    m_id = id;
    Practitioner p;
    if (!id.isEmpty())
        if (auto found = PracticeDirectory(m_session).practitioner(id))
            p = *found;
    m_active = p.active;
    m_title->setText(p.title);
    m_firstName->setText(p.firstName);
    m_lastName->setText(p.lastName);
    const int known = m_specialty->findData(p.specialty);
    if (known >= 0)
        m_specialty->setCurrentIndex(known);
    else
        m_specialty->setCurrentText(p.specialty.isEmpty() ? m_specialty->itemText(0) : p.specialty);
    m_registration->setText(p.registration);
    m_colour->setText(p.color.isEmpty() ? u"#4a90d9"_s : p.color);
    if (!p.siteId.isEmpty())
        m_site->setCurrentIndex(qMax(0, m_site->findData(p.siteId)));
    for (int i = 0; i < m_otherSites->count(); ++i) {
        QListWidgetItem *item = m_otherSites->item(i);
        item->setHidden(item->data(Qt::UserRole).toString() == m_site->currentData().toString());
        item->setCheckState(p.otherSiteIds.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    const bool inDays = p.onlineCancelDeadlineHours >= 24 && p.onlineCancelDeadlineHours % 24 == 0;
    m_deadlineUnit->setCurrentIndex(inDays ? 1 : 0);
    m_deadline->setValue(inDays ? p.onlineCancelDeadlineHours / 24 : p.onlineCancelDeadlineHours);
    m_onlineDays->setValue(p.onlineDays);
    m_notice->setValue(p.onlineNoticeHours);
    m_lastVisit->setValue(p.phoneOnlyAfterMonths);
    m_newPatients->setChecked(p.acceptsNewPatientsOnline);
    m_messages->setChecked(p.messages);
    m_activeButton->setEnabled(!id.isEmpty());
    m_activeButton->setText(m_active ? tr("Deactivate") : tr("Reactivate"));
}

bool PractitionersPage::save()
{
    Practitioner p;
    PracticeDirectory practice(m_session);
    if (!m_id.isEmpty())
        if (auto found = practice.practitioner(m_id))
            p = *found;
    p.title = m_title->text();
    p.firstName = m_firstName->text();
    p.lastName = m_lastName->text();
    const int index = m_specialty->findText(m_specialty->currentText());
    p.specialty = index >= 0 ? m_specialty->itemData(index).toString() : m_specialty->currentText().trimmed();
    p.registration = m_registration->text();
    p.color = m_colour->text();
    p.siteId = m_site->currentData().toString();
    p.otherSiteIds.clear();
    for (int i = 0; i < m_otherSites->count(); ++i)
        if (m_otherSites->item(i)->checkState() == Qt::Checked)
            p.otherSiteIds << m_otherSites->item(i)->data(Qt::UserRole).toString();
    p.onlineCancelDeadlineHours = m_deadline->value() * m_deadlineUnit->currentData().toInt();
    p.onlineDays = m_onlineDays->value();
    p.onlineNoticeHours = m_notice->value();
    p.phoneOnlyAfterMonths = m_lastVisit->value();
    p.acceptsNewPatientsOnline = m_newPatients->isChecked();
    p.messages = m_messages->isChecked();
    auto saved = PracticeSetup::savePractitioner(m_session, p);
    if (!saved) {
        say(saved.error().message, true);
        return false;
    }
    m_id = saved->id;
    reload();
    say(m_id == p.id ? tr("%1 saved.").arg(saved->displayName()) : tr("%1 added.").arg(saved->displayName()));
    Q_EMIT changed();
    return true;
}

bool PractitionersPage::toggleActive()
{
    if (m_id.isEmpty())
        return false;
    int booked = 0;
    auto done = PracticeSetup::setPractitionerActive(m_session, m_id, !m_active, &booked);
    if (!done) {
        say(done.error().message, true);
        return false;
    }
    reload();
    if (done->active)
        say(tr("%1 can be booked again.").arg(done->displayName()));
    else
        say(tr("%1 is deactivated: no longer bookable, kept for the history.").arg(done->displayName())
            + (booked > 0 ? u" "_s
                       + tr("%n booked appointment(s) ahead stay in the agenda: move or cancel them.", nullptr, booked)
                          : QString()));
    Q_EMIT changed();
    return true;
}

} // namespace guichet
