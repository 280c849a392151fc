#include "core/sync/livesync.h"

#include "core/base/clock.h"
#include "core/store/database.h"
#include "core/sync/fhirclient.h"
#include "core/sync/housekeeping.h"
#include "core/sync/resourcehandler.h"
#include "core/sync/syncengine.h"
#include "core/sync/syncsettings.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QTimer *singleShot(QObject *parent, int ms)
{
    auto *t = new QTimer(parent);
    t->setSingleShot(true);
    t->setInterval(ms);
    return t;
}

QString parameter(const QJsonObject &parameters, const QString &name)
{
    for (const auto &p : parameters.value(u"parameter"_s).toArray()) {
        const QJsonObject o = p.toObject();
        if (o.value(u"name"_s).toString() != name)
            continue;
        for (const QString &key : {u"valueString"_s, u"valueUrl"_s, u"valueDateTime"_s, u"valueUri"_s})
            if (o.contains(key))
                return o.value(key).toString();
    }
    return {};
}

// ws:// only to this computer, as http:// (the test peer); wss:// anywhere.
bool acceptable(const QUrl &url)
{
    const QHostAddress host(url.host());
    const bool loopback = url.host() == u"localhost"_s || (!host.isNull() && host.isLoopback());
    return url.scheme() == u"wss"_s || (url.scheme() == u"ws"_s && loopback);
}

} // namespace

LiveSync::LiveSync(const Database &db, FhirClient &client, const Clock &clock)
    : LiveSync(db, client, clock, Options())
{}

LiveSync::LiveSync(const Database &db, FhirClient &client, const Clock &clock, Options options)
    : m_db(db)
    , m_client(client)
    , m_clock(clock)
    , m_options(options)
    , m_engine(std::make_unique<SyncEngine>(db, client, clock))
{
    m_watch = new QTimer(this);
    m_watch->setInterval(m_options.watchMs);
    connect(m_watch, &QTimer::timeout, this, &LiveSync::watch);
    m_push = singleShot(this, m_options.pushDebounceMs);
    connect(m_push, &QTimer::timeout, this, &LiveSync::pushNow);
    m_pull = singleShot(this, m_options.pullDebounceMs);
    connect(m_pull, &QTimer::timeout, this, &LiveSync::pullNow);
    m_poll = new QTimer(this);
    m_poll->setInterval(m_options.pollMs);
    connect(m_poll, &QTimer::timeout, this, &LiveSync::fullExchange);
    m_reconnect = singleShot(this, m_options.reconnectMs);
    connect(m_reconnect, &QTimer::timeout, this, [this] {
        fullExchange();
        if (!m_offline && !m_polling)
            subscribe();
    });
    m_renew = singleShot(this, 0);
    connect(m_renew, &QTimer::timeout, this, [this] {
        // The binding token is about to expire: new subscriptions, a new binding.
        dropSocket();
        subscribe();
    });
    m_housekeeping = new QTimer(this);
    m_housekeeping->setInterval(m_options.housekeepingMs);
    connect(m_housekeeping, &QTimer::timeout, this, [this] {
        if (m_running)
            return;
        const HousekeepingReport done =
            Housekeeping::run(m_db, m_clock.now(), u"live:%1"_s.arg(QCoreApplication::applicationPid()));
        if (done.offers > 0 || done.messagesPlanned > 0 || done.archived > 0) {
            Q_EMIT event(u"housekeeping"_s,
                         {{u"offers"_s, done.offers},
                          {u"messages_planned"_s, done.messagesPlanned},
                          {u"archived"_s, done.archived}});
            m_push->start(); // what was planned goes up at once
        }
    });
    m_silence = singleShot(this, m_options.silenceMs);
    connect(m_silence, &QTimer::timeout, this, [this] {
        Q_EMIT event(u"offline"_s, {{u"reason"_s, tr("no heartbeat from the central agenda")}});
        dropSocket();
        scheduleReconnect();
    });
}

LiveSync::~LiveSync()
{
    stop();
}

void LiveSync::start()
{
    m_started = true;
    if (auto r = m_db.exec(u"PRAGMA data_version"_s); r && r->next())
        m_dataVersion = r->value(0).toLongLong();
    m_watch->start();
    m_housekeeping->start();
    fullExchange();
    if (!m_offline)
        subscribe();
}

void LiveSync::stop()
{
    m_started = false;
    for (QTimer *t : {m_watch, m_push, m_pull, m_poll, m_reconnect, m_renew, m_silence, m_housekeeping})
        t->stop();
    dropSocket();
}

void LiveSync::watch()
{
    // A commit on another connection (this process's views, guichet-cli, another program)
    // changes data_version; this connection's own writes (what was received) do not.
    auto r = m_db.exec(u"PRAGMA data_version"_s);
    if (!r || !r->next())
        return;
    const qint64 version = r->value(0).toLongLong();
    if (version != m_dataVersion) {
        m_dataVersion = version;
        if (!m_push->isActive())
            m_push->start();
    }
}

void LiveSync::pushNow()
{
    if (m_running) {
        m_pushAgain = true;
        return;
    }
    m_running = true;
    SyncReport r;
    m_engine->push(r);
    m_running = false;
    report(r, u"pushed"_s);
    if (m_pushAgain) {
        m_pushAgain = false;
        m_push->start();
    }
}

void LiveSync::pullNow()
{
    if (m_pendingTypes.isEmpty())
        return;
    if (m_running) {
        m_pull->start();
        return;
    }
    const QStringList types(m_pendingTypes.cbegin(), m_pendingTypes.cend());
    m_pendingTypes.clear();
    m_running = true;
    SyncReport r;
    m_engine->pull(r, types);
    m_running = false;
    report(r, u"received"_s, types);
}

void LiveSync::fullExchange()
{
    if (m_running) {
        QTimer::singleShot(m_options.pullDebounceMs, this, &LiveSync::fullExchange);
        return;
    }
    m_running = true;
    const SyncReport r = m_engine->runOnce();
    m_running = false;
    report(r, u"exchanged"_s, SyncEngine::resourceTypes());
}

void LiveSync::exchangeNow()
{
    fullExchange();
}

void LiveSync::report(const SyncReport &r, const QString &what, const QStringList &types)
{
    // Stopped by the desk during this exchange: nothing to say of it, nor of the network.
    if (m_client.cancelled())
        return;
    // A push or a pull alone says how the link is; a full exchange recorded it itself (runOnce).
    if (what != u"exchanged"_s)
        SyncSettings::recordLink(m_db, r.offline, r.signInNeeded);
    if (r.offline) {
        if (!m_offline)
            Q_EMIT event(u"offline"_s, {{u"reason"_s, r.log.value(0)}, {u"sign_in_needed"_s, r.signInNeeded}});
        m_offline = true;
        dropSocket();
        scheduleReconnect();
        return;
    }
    if (m_offline) {
        m_offline = false;
        m_retryMs = 0;
        Q_EMIT event(u"online"_s, {});
    }
    if (r.pushed > 0)
        Q_EMIT event(u"pushed"_s, {{u"count"_s, r.pushed}, {u"pending"_s, r.pending}});
    if (r.pulled > 0) {
        QJsonObject details{{u"count"_s, r.pulled}, {u"types"_s, QJsonArray::fromStringList(types)}};
        if (!r.manyAppointments && !r.receivedAppointments.isEmpty())
            details.insert(u"appointments"_s, QJsonArray::fromStringList(r.receivedAppointments));
        Q_EMIT event(u"received"_s, details);
        Q_EMIT received(types);
    }
    if (r.newConflicts > 0)
        Q_EMIT event(u"conflict"_s, {{u"count"_s, r.newConflicts}, {u"open"_s, r.openConflicts}});
    if (r.newReviews > 0)
        Q_EMIT event(u"review"_s, {{u"count"_s, r.newReviews}, {u"open"_s, r.openReviews}});
    if (what == u"exchanged"_s)
        Q_EMIT event(u"synchronised"_s,
                     {{u"pushed"_s, r.pushed},
                      {u"pulled"_s, r.pulled},
                      {u"pending"_s, r.pending},
                      {u"conflicts"_s, r.openConflicts},
                      {u"review"_s, r.openReviews},
                      {u"server_error"_s, r.serverError}});
}

void LiveSync::subscribe()
{
    if (!m_started || m_socket)
        return;
    // One Subscription per resource type, each bound on one socket. Those of the last socket
    // are deleted once the new ones exist (the server keeps them, inactive, otherwise).
    const QStringList previous = m_subscriptionTypes.keys();
    m_tokens.clear();
    m_subscriptionTypes.clear();
    m_handshakes = 0;
    QUrl socketUrl;
    QDateTime expires;
    for (const QString &type : SyncEngine::resourceTypes()) {
        const ResourceHandler *handler = ResourceHandlers::of(type);
        const QString only = handler ? handler->pullQuery() : QString();
        const QJsonObject subscription{{u"resourceType"_s, u"Subscription"_s},
                                       {u"status"_s, u"active"_s},
                                       {u"reason"_s, u"Guichet: changes seen live at the desk"_s},
                                       {u"criteria"_s, only.isEmpty() ? type : type + u'?' + only},
                                       {u"channel"_s, QJsonObject{{u"type"_s, u"websocket"_s}}}};
        const FhirResponse created = m_client.create(u"Subscription"_s, subscription, QString());
        if (created.networkFailure()) {
            Q_EMIT event(u"offline"_s, {{u"reason"_s, created.error}, {u"sign_in_needed"_s, created.signInNeeded}});
            m_offline = true;
            scheduleReconnect();
            return;
        }
        const QString id = created.json.value(u"id"_s).toString();
        const FhirResponse binding =
            id.isEmpty() ? FhirResponse{} : m_client.get(u"Subscription/"_s + id + u"/$get-ws-binding-token"_s);
        const QString token = parameter(binding.json, u"token"_s);
        const QUrl url(parameter(binding.json, u"websocket-url"_s));
        if (!created.ok() || !binding.ok() || token.isEmpty() || !acceptable(url)) {
            // No subscriptions here: the desk pulls every 15 s instead.
            if (!m_polling) {
                m_polling = true;
                m_poll->start();
                Q_EMIT event(u"polling"_s,
                             {{u"every_ms"_s, m_options.pollMs},
                              {u"reason"_s,
                               !created.ok()       ? tr("subscriptions refused (%1)").arg(created.status)
                                   : !binding.ok() ? tr("no subscription binding")
                                                   : tr("no secure WebSocket address")}});
            }
            return;
        }
        m_tokens << token;
        m_subscriptionTypes.insert(id, type);
        socketUrl = url;
        const QDateTime until = QDateTime::fromString(parameter(binding.json, u"expiration"_s), Qt::ISODateWithMs);
        if (until.isValid() && (!expires.isValid() || until < expires))
            expires = until;
    }
    m_polling = false;
    m_poll->stop();
    for (const QString &old : previous)
        (void)m_client.remove(u"Subscription"_s, old); // best effort: a server may have dropped it already
    if (expires.isValid()) {
        const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(expires) - m_options.renewBeforeMs;
        m_renew->start(int(qBound<qint64>(1000, ms, 24LL * 3600 * 1000)));
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, [this] {
        for (const QString &token : std::as_const(m_tokens))
            m_socket->sendTextMessage(
                QString::fromUtf8(QJsonDocument(QJsonObject{{u"type"_s, u"bind-with-token"_s},
                                                            {u"payload"_s, QJsonObject{{u"token"_s, token}}}})
                                      .toJson(QJsonDocument::Compact)));
        m_silence->start();
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &LiveSync::onMessage);
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        if (!m_socket)
            return;
        const bool wasSubscribed = m_subscribed;
        m_socket->deleteLater();
        m_socket = nullptr;
        m_subscribed = false;
        m_silence->stop();
        if (m_started) {
            if (wasSubscribed)
                Q_EMIT event(u"offline"_s, {{u"reason"_s, tr("the connection to the central agenda closed")}});
            scheduleReconnect();
        }
    });
    m_socket->open(socketUrl);
}

void LiveSync::onMessage(const QString &text)
{
    m_silence->start();
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    if (message.value(u"resourceType"_s).toString() == u"OperationOutcome"_s) {
        Q_EMIT event(u"offline"_s, {{u"reason"_s, tr("the central agenda refused the subscriptions")}});
        dropSocket();
        scheduleReconnect();
        return;
    }
    if (message.value(u"resourceType"_s).toString() != u"Bundle"_s)
        return;
    const QJsonArray entries = message.value(u"entry"_s).toArray();
    const QJsonObject status = entries.first().toObject().value(u"resource"_s).toObject();
    if (status.value(u"resourceType"_s).toString() != u"SubscriptionStatus"_s)
        return;
    const QString kind = status.value(u"type"_s).toString();
    if (kind == u"handshake"_s) {
        if (++m_handshakes == m_tokens.size()) {
            m_subscribed = true;
            m_retryMs = 0;
            Q_EMIT event(u"subscribed"_s, {{u"subscriptions"_s, int(m_tokens.size())}});
            // Notifications are not replayed: what changed while unbound is pulled now.
            for (const QString &type : SyncEngine::resourceTypes())
                m_pendingTypes.insert(type);
            m_pull->start();
        }
        return;
    }
    if (kind != u"event-notification"_s)
        return; // heartbeat: the silence timer was restarted
    QString type = entries.at(1).toObject().value(u"resource"_s).toObject().value(u"resourceType"_s).toString();
    if (type.isEmpty()) {
        const QString focus = status.value(u"notificationEvent"_s)
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(u"focus"_s)
                                  .toObject()
                                  .value(u"reference"_s)
                                  .toString();
        type = focus.section(u'/', 0, 0);
    }
    if (type.isEmpty()) {
        const QString subscription =
            status.value(u"subscription"_s).toObject().value(u"reference"_s).toString().section(u'/', 1, 1);
        type = m_subscriptionTypes.value(subscription);
    }
    if (!SyncEngine::resourceTypes().contains(type))
        return;
    m_pendingTypes.insert(type);
    if (!m_pull->isActive())
        m_pull->start();
}

void LiveSync::dropSocket()
{
    m_subscribed = false;
    m_renew->stop();
    m_silence->stop();
    if (QWebSocket *socket = m_socket) {
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void LiveSync::scheduleReconnect()
{
    if (!m_started || m_reconnect->isActive())
        return;
    m_retryMs = m_retryMs ? qMin(m_retryMs * 2, 30000) : m_options.reconnectMs;
    m_reconnect->start(m_retryMs);
}

} // namespace guichet
