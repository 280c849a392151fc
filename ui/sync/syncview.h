#pragma once

#include "core/sync/syncreview.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace guichet {

class Session;
class SyncController;

// The link with the central agenda: where it stands, the conflicts that wait for a person
// (settled from here), the received bookings that break a rule, and the changes not sent yet (parked ones with their
// reason).
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
    // The received acts against the rules: settles the item on `row` (the buttons ask the reason).
    QTableWidget *reviewTable() const { return m_reviews; }
    Result<void> settleReview(int row, SyncReview::Settlement how, const QString &reason);
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
    QTableWidget *m_reviews = nullptr;
    QLabel *m_reviewHeading = nullptr;
    QStringList m_reviewIds;
    void askAndSettle(SyncReview::Settlement how);
};

} // namespace guichet
