#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace guichet {

class Session;
class SyncController;

// The link with the central agenda: where it stands, the conflicts that wait for a person
// (settled from here), and the changes not sent yet (parked ones with their reason).
class SyncView final : public QWidget
{
    Q_OBJECT
public:
    SyncView(const Session &session, SyncController &controller, QWidget *parent = nullptr);
    void reload();
    int pendingShown() const;
    int conflictsShown() const;
    QTableWidget *conflictsTable() const { return m_conflicts; }
    void openConflict(int row);
    void openServerSettings();

private:
    const Session &m_session;
    SyncController &m_controller;
    QLabel *m_state = nullptr;
    QLabel *m_log = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_syncNow = nullptr;
    QTableWidget *m_conflicts = nullptr;
    QTableWidget *m_table = nullptr;
    QStringList m_conflictIds;
};

} // namespace guichet
