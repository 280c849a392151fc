#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace guichet {

class Session;

// What waits to reach the central agenda. Sending it comes with the sync issue; this view says so.
class SyncView final : public QWidget
{
    Q_OBJECT
public:
    SyncView(const Session &session, QWidget *parent = nullptr);
    void reload();
    int pendingShown() const;

private:
    const Session &m_session;
    QLabel *m_state = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace guichet
