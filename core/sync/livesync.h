#pragma once

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <memory>

class QTimer;
class QWebSocket;

namespace guichet {

class Clock;
class Database;
class FhirClient;
class SyncEngine;
struct SyncReport;

// The live link of one desk with the central agenda (DESIGN.md: live), on the thread it is
// created on, with its own database connection:
//  - push at once: a commit by any process on this database (the desktop, guichet-cli, an
//    import) changes SQLite's data_version, watched every 150 ms; the journal is pushed after a
//    short debounce, so within a second;
//  - receive at once: one FHIR R4 Subscription per resource type with a websocket channel,
//    Medplum's protocol ($get-ws-binding-token, bind-with-token, history Bundles with a
//    SubscriptionStatus handshake / heartbeat / event-notification); a notification pulls its
//    resource type by _lastUpdated (coalesced), a (re)connection always catches up with a full
//    pull since notifications are not replayed; the binding is renewed before its token expires
//    (1 h), a silent socket (no heartbeat) or a closed one is replaced by new subscriptions;
//  - a server without subscriptions is pulled every 15 s.
// Each step says what happened through `event` (pushed, received, conflict, offline, online,
// subscribed, polling, and synchronised after each full exchange) with its figures.
class LiveSync final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int watchMs = 150; // data_version looked at
        int pushDebounceMs = 100;
        int pullDebounceMs = 50;
        int pollMs = 15000; // without subscriptions
        int silenceMs = 45000; // no message for this long: the socket is replaced
        int reconnectMs = 1000; // first retry; doubled up to 30 s
        int renewBeforeMs = 5 * 60 * 1000; // renew the binding this long before the token expires
        int housekeepingMs = 60 * 1000; // reminder sweep, waiting-list offers, archiving (core/sync/housekeeping)
    };

    LiveSync(const Database &db, FhirClient &client, const Clock &clock, Options options);
    LiveSync(const Database &db, FhirClient &client, const Clock &clock);
    ~LiveSync() override;

    void start(); // a full exchange, then the subscriptions (or polling)
    void stop();
    void exchangeNow(); // a full exchange (push and pull), e.g. on the desk's "synchronise now"
    bool isSubscribed() const { return m_subscribed; }
    bool isPolling() const { return m_polling; }
    SyncEngine &engine() { return *m_engine; }

Q_SIGNALS:
    void event(const QString &kind, const QJsonObject &details);
    // Local rows changed by what was received (the views reload, coalesced).
    void received(const QStringList &types);

private:
    void watch();
    void pushNow();
    void pullNow();
    void fullExchange();
    void subscribe();
    void dropSocket();
    void scheduleReconnect();
    void onMessage(const QString &text);
    void report(const SyncReport &r, const QString &what, const QStringList &types = {});

    const Database &m_db;
    FhirClient &m_client;
    const Clock &m_clock;
    Options m_options;
    std::unique_ptr<SyncEngine> m_engine;
    QTimer *m_watch = nullptr;
    QTimer *m_push = nullptr;
    QTimer *m_pull = nullptr;
    QTimer *m_poll = nullptr;
    QTimer *m_reconnect = nullptr;
    QTimer *m_renew = nullptr;
    QTimer *m_silence = nullptr;
    QTimer *m_housekeeping = nullptr;
    QWebSocket *m_socket = nullptr;
    qint64 m_dataVersion = -1;
    QSet<QString> m_pendingTypes;
    QStringList m_tokens;
    QHash<QString, QString> m_subscriptionTypes; // subscription id -> resource type
    int m_handshakes = 0;
    int m_retryMs = 0;
    bool m_running = false; // an exchange is under way (the client waits in a nested loop)
    bool m_pushAgain = false;
    bool m_subscribed = false;
    bool m_polling = false;
    bool m_offline = false;
    bool m_started = false;
};

} // namespace guichet
