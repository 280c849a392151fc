#pragma once

#include "core/sync/syncengine.h"
#include "core/sync/syncsettings.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

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
    enum class State { NotConfigured, Idle, Running, Synchronised, Pending, Offline, SignInNeeded, Error, Conflicts };

    explicit SyncController(const Session &session, QObject *parent = nullptr);
    ~SyncController() override;

    State state() const { return m_state; }
    QString stateText() const; // for the status bar
    int reviewCount() const { return m_reviews; }
    bool isRunning() const { return m_thread != nullptr; }
    QDateTime lastRun() const { return m_lastRun; }
    const SyncReport &lastReport() const { return m_report; }
    void setIntervalMinutes(int minutes);
    void setEnabled(bool enabled) { m_enabled = enabled; } // off: no run starts (screenshots)
    bool isEnabledForRuns() const { return m_enabled; }
    // Live (the desktop): after the first exchange, a LiveSync on its own thread pushes every
    // change at once and receives the central agenda's as they happen (DESIGN.md: live).
    void setLive(bool live) { m_liveWanted = live; }
    bool isLive() const { return m_liveThread != nullptr; }
    // The resource types received live since the last call (empty after a full exchange).
    QStringList takeReceivedTypes();
    // The appointments received live since the last call, when every one is known by id
    // (std::nullopt: too many, or not said: read everything again).
    std::optional<QStringList> takeReceivedAppointments();

public slots:
    void syncNow();
    void refresh(); // counts re-read from the database (after a local change)
    // The server's address or access changed: the live link on the old ones ends, an exchange
    // runs on the new ones (and goes live again after it).
    void serverChanged();

signals:
    void progress(int done, int total, const QString &what);
    void stateChanged();
    void finished(); // a run ended, or changes were received live; the agenda and lists may have changed
    void liveEvent(const QString &kind, const QJsonObject &details);

private:
    void runFinished(const SyncReport &report);
    QString baseStateText() const;
    void startLive();
    void stopLive();
    void onLiveEvent(const QString &kind, const QJsonObject &details);
    // The sign-in, read from the keychain once and shared by the exchange and the live link
    // (one renewal for both); renewed tokens are written back on this thread.
    Result<SyncSettings::Credentials> credentials();

    const Session &m_session;
    QTimer *m_timer = nullptr;
    QThread *m_thread = nullptr;
    State m_state = State::NotConfigured;
    SyncReport m_report;
    QDateTime m_lastRun;
    int m_pending = 0;
    int m_conflicts = 0;
    int m_reviews = 0; // received acts against the rules, to check
    bool m_enabled = true;
    bool m_liveWanted = false;
    QThread *m_liveThread = nullptr;
    QObject *m_liveHost = nullptr;
    QTimer *m_coalesce = nullptr; // received changes: one reload of the views
    QStringList m_receivedTypes;
    QStringList m_receivedAppointments;
    bool m_appointmentsUnnamed = false;
    bool m_fullExchange = false;
    std::optional<SyncSettings::Credentials> m_credentials;
    QString m_credentialsKey;
};

} // namespace guichet
