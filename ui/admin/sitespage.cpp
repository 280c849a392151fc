#include "ui/admin/sitespage.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/agenda/practicesetup.h"
#include "core/domain/phone.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace guichet {

SitesPage::SitesPage(const Session &session, QWidget *parent)
    : AdminPage(session, parent)
{
    setObjectName(u"sitesPage"_s);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("Centre médical du Parc"));
    m_address = new QLineEdit(this);
    m_address->setPlaceholderText(tr("Street and number"));
    m_postcode = new QLineEdit(this);
    m_postcode->setMaximumWidth(90);
    m_city = new QLineEdit(this);
    m_country = new QComboBox(this);
    m_country->addItem(tr("Belgium"), u"BE"_s);
    m_country->addItem(tr("France"), u"FR"_s);
    m_phone = new QLineEdit(this);
    m_phone->setPlaceholderText(tr("02 538 12 00"));
    m_zone = new QComboBox(this);
    m_zone->setEditable(true);
    m_zone->addItems({u"Europe/Brussels"_s, u"Europe/Paris"_s, u"Indian/Reunion"_s, u"America/Martinique"_s,
                      u"America/Guadeloupe"_s, u"America/Cayenne"_s, u"Indian/Mayotte"_s, u"Pacific/Noumea"_s});
    m_access = new QPlainTextEdit(this);
    m_access->setPlaceholderText(tr("Floor, lift, parking, public transport, access for wheelchairs…"));
    m_access->setMaximumHeight(90);
    connect(m_country, &QComboBox::currentIndexChanged, this, [this] {
        if (m_id.isEmpty())
            m_zone->setCurrentText(m_country->currentData().toString() == u"FR"_s ? u"Europe/Paris"_s
                                                                                  : u"Europe/Brussels"_s);
    });
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Postcode:"), m_postcode);
    form->addRow(tr("City:"), m_city);
    form->addRow(tr("Country:"), m_country);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("Time zone:"), m_zone);
    form->addRow(tr("Access for patients:"), m_access);
    auto *add = new QPushButton(tr("New site"), this);
    auto *saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(u"saveSite"_s);
    saveButton->setDefault(true);
    connect(add, &QPushButton::clicked, this, &SitesPage::startNew);
    connect(saveButton, &QPushButton::clicked, this, &SitesPage::save);
    build({tr("Site"), tr("Address"), tr("Phone"), tr("Time zone")}, form, tr("Site"), {add, saveButton});
    reload();
}

void SitesPage::reload()
{
    QList<std::pair<QString, QStringList>> rows;
    for (const Site &s : PracticeDirectory(m_session).sites())
        rows.append({s.id, {s.name, s.fullAddress(), Phone::display(s.phone, s.country), s.timeZone}});
    fill(rows, m_id);
}

void SitesPage::startNew()
{
    m_table->clearSelection();
    show(QString());
    m_name->setFocus();
}

void SitesPage::show(const QString &id)
{
    m_id = id;
    Site s;
    if (!id.isEmpty())
        if (auto found = PracticeDirectory(m_session).site(id))
            s = *found;
    m_name->setText(s.name);
    m_address->setText(s.address);
    m_postcode->setText(s.postcode);
    m_city->setText(s.city);
    m_country->setCurrentIndex(qMax(0, m_country->findData(s.country)));
    m_phone->setText(Phone::display(s.phone, s.country));
    m_zone->setCurrentText(s.timeZone);
    m_access->setPlainText(s.accessInfo);
}

bool SitesPage::save()
{
    Site s;
    s.id = m_id;
    s.name = m_name->text();
    s.address = m_address->text();
    s.postcode = m_postcode->text();
    s.city = m_city->text();
    s.country = m_country->currentData().toString();
    s.phone = m_phone->text();
    s.timeZone = m_zone->currentText();
    s.accessInfo = m_access->toPlainText();
    auto saved = PracticeSetup::saveSite(m_session, s);
    if (!saved) {
        say(saved.error().message, true);
        return false;
    }
    m_id = saved->id;
    reload();
    say(s.id.isEmpty() ? tr("Site \"%1\" added.").arg(saved->name) : tr("Site \"%1\" saved.").arg(saved->name));
    Q_EMIT changed();
    return true;
}

} // namespace guichet
