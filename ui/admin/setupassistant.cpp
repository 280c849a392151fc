#include "ui/admin/setupassistant.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/access/userservice.h"
#include "core/agenda/practicesetup.h"
#include "ui/admin/hourspage.h"
#include "ui/admin/motifspage.h"
#include "ui/admin/practitionerspage.h"
#include "ui/admin/sitespage.h"
#include "ui/admin/userspage.h"
#include "ui/shell/controls.h"
#include "ui/shell/tones.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

bool SetupAssistant::isNeeded(const Session &session)
{
    return session.can(Right::ChangePracticeSettings) && !PracticeSetup::isSetUp(session);
}

QWizardPage *SetupAssistant::wrap(const QString &title, const QString &subtitle, QWidget *content)
{
    auto *page = new QWizardPage(this);
    page->setTitle(title);
    page->setSubTitle(subtitle);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(content);
    return page;
}

SetupAssistant::SetupAssistant(const Session &session, std::function<bool()> fromCentralAgenda, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setWindowTitle(tr("Setting up the practice"));
    setObjectName(u"setupAssistant"_s);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::NextButton, tr("Next"));
    setButtonText(QWizard::BackButton, tr("Back"));
    setButtonText(QWizard::FinishButton, tr("Finish"));
    setButtonText(QWizard::CancelButton, tr("Later"));

    auto *welcome = new QWidget(this);
    auto *intro = new QLabel(tr("Guichet now has its administrator. Describe the practice in a few steps: its "
                                "site, its practitioners and their online rules, the visit reasons, the usual "
                                "week and the people who use Guichet.\n\nEvery step can be skipped and done "
                                "later from File ▸ Administration."),
                             welcome);
    intro->setWordWrap(true);
    auto *central = new QPushButton(tr("Take the practice from a central agenda…"), welcome);
    central->setObjectName(u"fromCentralAgenda"_s);
    auto *centralHint =
        new QLabel(tr("If the practice already has its online agenda, Guichet can sign in to it and take its "
                      "sites, practitioners and visit reasons."),
                   welcome);
    centralHint->setWordWrap(true);
    Tones::apply(centralHint, Tone::Hint);
    auto *welcomeLayout = new QVBoxLayout(welcome);
    welcomeLayout->addWidget(intro);
    welcomeLayout->addSpacing(16);
    welcomeLayout->addWidget(central, 0, Qt::AlignLeft);
    welcomeLayout->addWidget(centralHint);
    welcomeLayout->addStretch(1);

    m_sites = new SitesPage(session, this);
    m_practitioners = new PractitionersPage(session, this);
    m_motifs = new MotifsPage(session, this);
    m_hours = new HoursPage(session, this);
    m_users = new UsersPage(session, this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    setPage(Welcome, wrap(tr("Welcome"), tr("A practice set up in a few minutes."), welcome));
    setPage(Sites,
            wrap(tr("Site"),
                 tr("Where patients come: the address and access information appear in their "
                    "messages."),
                 m_sites));
    setPage(Practitioners,
            wrap(tr("Practitioners"),
                 tr("Each with their INAMI (Belgium) or RPPS (France) number and their online rules."),
                 m_practitioners));
    setPage(Motifs,
            wrap(tr("Visit reasons"), tr("What patients may book, how long it lasts, and who may book it where."),
                 m_motifs));
    setPage(Hours,
            wrap(tr("Usual week"), tr("The hours of each practitioner and the reasons each range offers."), m_hours));
    setPage(Users, wrap(tr("Users"), tr("The secretaries and practitioners who sign in to Guichet."), m_users));
    setPage(Done, wrap(tr("Ready"), QString(), m_summary));

    connect(m_sites, &AdminPage::changed, m_practitioners, &PractitionersPage::reload);
    connect(m_practitioners, &AdminPage::changed, m_motifs, &MotifsPage::reload);
    connect(m_practitioners, &AdminPage::changed, m_users, &UsersPage::reload);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == Sites && PracticeDirectory(m_session).sites().isEmpty())
            m_sites->startNew();
        if (id == Hours)
            m_hours->reload();
        if (id == Done) {
            PracticeDirectory practice(m_session);
            m_summary->setText(
                tr("The practice has %1 site(s), %2 practitioner(s), %3 visit reason(s) and %4 user(s).\n\n"
                   "Everything can be changed at any time in File ▸ Administration.")
                    .arg(practice.sites().size())
                    .arg(practice.practitioners().size())
                    .arg(practice.motifs().size())
                    .arg(UserService::list(m_session).valueOr({}).size()));
        }
    });
    connect(central, &QPushButton::clicked, this, [this, fromCentralAgenda, centralHint] {
        if (!fromCentralAgenda || !fromCentralAgenda())
            return;
        m_sites->reload();
        m_practitioners->reload();
        m_motifs->reload();
        m_users->reload();
        centralHint->setText(tr("Taken from the central agenda: check each step, then finish."));
    });
    Controls::resizeWithinScreen(this, QSize(1180, 760));
}

} // namespace guichet
