#include "ui/admin/administrationdialog.h"

#include "ui/admin/auditpage.h"
#include "ui/admin/hourspage.h"
#include "ui/admin/motifspage.h"
#include "ui/admin/practitionerspage.h"
#include "ui/admin/rulespage.h"
#include "ui/admin/sitespage.h"
#include "ui/admin/userspage.h"
#include "ui/shell/controls.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

AdministrationDialog::AdministrationDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Administration of the practice"));
    setObjectName(u"administration"_s);
    m_tabs = new QTabWidget(this);
    m_sites = new SitesPage(session, m_tabs);
    m_practitioners = new PractitionersPage(session, m_tabs);
    m_motifs = new MotifsPage(session, m_tabs);
    m_hours = new HoursPage(session, m_tabs);
    m_users = new UsersPage(session, m_tabs);
    m_rules = new RulesPage(session, m_tabs);
    m_audit = new AuditPage(session, m_tabs);
    // Each page scrolls where the screen is small (large text), rather than widening the window.
    m_tabs->addTab(Controls::inScrollArea(m_sites), tr("Sites"));
    m_tabs->addTab(Controls::inScrollArea(m_practitioners), tr("Practitioners"));
    m_tabs->addTab(Controls::inScrollArea(m_motifs), tr("Visit reasons"));
    m_tabs->addTab(Controls::inScrollArea(m_hours), tr("Hours and absences"));
    m_tabs->addTab(Controls::inScrollArea(m_users), tr("Users"));
    m_tabs->addTab(Controls::inScrollArea(m_rules), tr("Practice rules"));
    m_tabs->addTab(Controls::inScrollArea(m_audit), tr("Audit log"));
    // What one page changes, the others show.
    connect(m_sites, &AdminPage::changed, m_practitioners, &PractitionersPage::reload);
    connect(m_practitioners, &AdminPage::changed, m_motifs, &MotifsPage::reload);
    connect(m_practitioners, &AdminPage::changed, m_users, &UsersPage::reload);
    for (AdminPage *page : {static_cast<AdminPage *>(m_sites), static_cast<AdminPage *>(m_practitioners),
                            static_cast<AdminPage *>(m_motifs)})
        connect(page, &AdminPage::changed, this, &AdministrationDialog::practiceChanged);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == Hours)
            m_hours->reload();
        if (index == Audit)
            m_audit->reload();
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    Controls::resizeWithinScreen(this, QSize(1440, 800));
}

void AdministrationDialog::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

} // namespace guichet
