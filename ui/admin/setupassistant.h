#pragma once

#include <QWizard>

#include <functional>

class QLabel;

namespace guichet {

class HoursPage;
class MotifsPage;
class PractitionersPage;
class Session;
class SitesPage;
class UsersPage;

// The first start of a practice, after its first administrator: the site(s), practitioners,
// visit reasons, usual week and users, one page each, every step skippable (all of it is in
// File ▸ Administration later). The first page offers to take the practice from a central
// agenda instead (the server dialog, then a synchronisation).
class SetupAssistant final : public QWizard
{
    Q_OBJECT
public:
    enum PageId { Welcome, Sites, Practitioners, Motifs, Hours, Users, Done };

    // `fromCentralAgenda` opens the server settings and synchronises; true when done.
    SetupAssistant(const Session &session, std::function<bool()> fromCentralAgenda, QWidget *parent = nullptr);

    SitesPage *sitesPage() const { return m_sites; }
    PractitionersPage *practitionersPage() const { return m_practitioners; }
    MotifsPage *motifsPage() const { return m_motifs; }
    HoursPage *hoursPage() const { return m_hours; }
    UsersPage *usersPage() const { return m_users; }

    // Whether the assistant should open: the signed-in user administers a practice not set up yet.
    static bool isNeeded(const Session &session);

private:
    QWizardPage *wrap(const QString &title, const QString &subtitle, QWidget *content);

    const Session &m_session;
    SitesPage *m_sites = nullptr;
    PractitionersPage *m_practitioners = nullptr;
    MotifsPage *m_motifs = nullptr;
    HoursPage *m_hours = nullptr;
    UsersPage *m_users = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace guichet
