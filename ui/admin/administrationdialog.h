#pragma once

#include <QDialog>

class QTabWidget;

namespace guichet {

class AuditPage;
class HoursPage;
class MotifsPage;
class PractitionersPage;
class RulesPage;
class Session;
class SitesPage;
class UsersPage;

// File ▸ Administration: the practice as its administrator runs it, one tab per screen.
class AdministrationDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Tab { Sites, Practitioners, Motifs, Hours, Users, Rules, Audit };

    AdministrationDialog(const Session &session, QWidget *parent = nullptr);

    void showTab(Tab tab);
    QTabWidget *tabs() const { return m_tabs; }
    SitesPage *sitesPage() const { return m_sites; }
    PractitionersPage *practitionersPage() const { return m_practitioners; }
    MotifsPage *motifsPage() const { return m_motifs; }
    HoursPage *hoursPage() const { return m_hours; }
    UsersPage *usersPage() const { return m_users; }
    RulesPage *rulesPage() const { return m_rules; }
    AuditPage *auditPage() const { return m_audit; }

Q_SIGNALS:
    // Sites, practitioners or visit reasons changed: the agenda reloads its lists.
    void practiceChanged();

private:
    QTabWidget *m_tabs = nullptr;
    SitesPage *m_sites = nullptr;
    PractitionersPage *m_practitioners = nullptr;
    MotifsPage *m_motifs = nullptr;
    HoursPage *m_hours = nullptr;
    UsersPage *m_users = nullptr;
    RulesPage *m_rules = nullptr;
    AuditPage *m_audit = nullptr;
};

} // namespace guichet
