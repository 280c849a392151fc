#pragma once

#include "core/sync/syncengine.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QThread;
class QTimer;

namespace guichet {

class Session;

// Runs the sync engine in the background (its own thread and database connection) every
// few minutes and on demand, and tells the window where things stand: synchronised, N
// pending, offline, error, conflicts. The desk keeps working meanwhile.
class SyncController final : public QObject
{
    Q_OBJECT
public:
    enum class State { NotConfigured, Idle, Running, Synchronised, Pending, Offline, Error, Conflicts };

    explicit SyncController(const Session &session, QObject *parent = nullptr);
    ~SyncController() override;

    State state() const { return m_state; }
    QString stateText() const; // for the status bar
    bool isRunning() const { return m_thread != nullptr; }
    QDateTime lastRun() const { return m_lastRun; }
    const SyncReport &lastReport() const { return m_report; }
    void setIntervalMinutes(int minutes);
    void setEnabled(bool enabled) { m_enabled = enabled; } // off: no run starts (screenshots)

public slots:
    void syncNow();
    void refresh(); // counts re-read from the database (after a local change)

signals:
    void progress(int done, int total, const QString &what);
    void stateChanged();
    void finished(); // a run ended; the agenda and lists may have changed

private:
    void runFinished(const SyncReport &report);

    const Session &m_session;
    QTimer *m_timer = nullptr;
    QThread *m_thread = nullptr;
    State m_state = State::NotConfigured;
    SyncReport m_report;
    QDateTime m_lastRun;
    int m_pending = 0;
    int m_conflicts = 0;
    bool m_enabled = true;
};

} // namespace guichet
