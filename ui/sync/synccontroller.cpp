#include "ui/sync/synccontroller.h"

#include "core/access/directory.h"
#include "core/access/practicefile.h"
#include "core/access/session.h"
#include "core/documents/documentvault.h"
#include "core/reminders/practicerules.h"
#include "core/sync/fhirclient.h"
#include "core/sync/livesync.h"
#include "core/sync/oauth.h"
#include "core/sync/syncreview.h"
#include "core/sync/syncsettings.h"
#include "ui/sync/livehost.h"

#include <QJsonArray>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace guichet {

SyncController::SyncController(const Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &SyncController::syncNow);
    m_coalesce = new QTimer(this);
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(150);
    connect(m_coalesce, &QTimer::timeout, this, [this] {
        refresh();
        emit finished();
    });
    setIntervalMinutes(PracticeRules::value(m_session, PracticeRuleKeys::SyncIntervalMinutes).valueOr(u"5"_s).toInt());
    refresh();
}

SyncController::~SyncController()
{
    stopLive();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void SyncController::setIntervalMinutes(int minutes)
{
    m_timer->start(qBound(1, minutes, 240) * 60 * 1000);
}

void SyncController::refresh()
{
    m_pending = SyncEngine::pendingCount(m_session).valueOr(0);
    m_conflicts = SyncConflicts::openCount(m_session).valueOr(0);
    m_reviews = SyncReview::openCount(m_session).valueOr(0);
    if (!m_thread) {
        if (m_conflicts > 0)
            m_state = State::Conflicts;
        else if (!SyncSettings::server(m_session))
            m_state = State::NotConfigured;
        else if (m_lastRun.isValid() && m_report.signInNeeded)
            m_state = State::SignInNeeded;
        else if (m_lastRun.isValid() && (m_report.offline || m_report.serverError))
            m_state = m_report.offline ? State::Offline : State::Error;
        else if (m_pending > 0)
            m_state = State::Pending;
        else
            m_state = m_lastRun.isValid() ? State::Synchronised : State::Idle;
    }
    emit stateChanged();
}

QString SyncController::stateText() const
{
    const QString text = baseStateText();
    if (m_reviews > 0 && m_state != State::Running)
        return text + u" — "_s + tr("%n received booking(s) to check", nullptr, m_reviews);
    return text;
}

QString SyncController::baseStateText() const
{
    switch (m_state) {
    case State::NotConfigured:
        return tr("Sync: not configured — %n change(s) pending", nullptr, m_pending);
    case State::Idle:
        return tr("Sync: not yet run");
    case State::Running:
        return tr("Sync: in progress…");
    case State::Synchronised:
        return tr("Sync: up to date (%1)")
            .arg(QLocale().toString(m_lastRun.toTimeZone(PracticeDirectory(m_session).displayZone()).time(),
                                    u"HH:mm"_s)); // the site's time, whatever the computer's
    case State::Pending:
        return tr("Sync: %n change(s) pending", nullptr, m_pending);
    case State::Offline:
        return tr("Sync: offline — %n change(s) kept here", nullptr, m_pending);
    case State::SignInNeeded:
        return tr("Sync: sign in again (File, Central agenda) — %n change(s) kept here", nullptr, m_pending);
    case State::Error:
        return tr("Sync: error — see the Sync page");
    case State::Conflicts:
        return tr("Sync: %n conflict(s) to settle", nullptr, m_conflicts);
    }
    return {};
}

Result<SyncSettings::Credentials> SyncController::credentials()
{
    // Kept while the server and the account stay (the server dialog says when they change).
    const auto server = SyncSettings::server(m_session);
    const QString key = SyncSettings::grantKey(server ? *server : QUrl(), SyncSettings::account(m_session));
    if (m_credentials && m_credentialsKey == key)
        return *m_credentials;
    auto c = SyncSettings::credentials(m_session);
    if (!c)
        return c.error();
    if (auto *oauth = dynamic_cast<OAuthTokens *>(c->tokens.get())) {
        QPointer<SyncController> self(this);
        oauth->setPersist([self, write = SyncSettings::keychainWriter(m_session)](const OAuthGrant &g) {
            if (self && write)
                QMetaObject::invokeMethod(
                    self.data(), [write, g] { write(g); }, Qt::QueuedConnection);
        });
    }
    m_credentials = *c;
    m_credentialsKey = key;
    return c;
}

void SyncController::serverChanged()
{
    m_credentials.reset();
    stopLive();
    refresh();
    syncNow();
}

void SyncController::syncNow()
{
    if (!m_enabled || m_thread || !SyncSettings::server(m_session))
        return;
    if (m_liveHost) {
        // Live already: the live link makes the exchange (one engine per desk at a time).
        QMetaObject::invokeMethod(
            m_liveHost, [host = m_liveHost] { static_cast<LiveHost *>(host)->exchange(); }, Qt::QueuedConnection);
        return;
    }
    const QString path = PracticeDirectory(m_session).databaseFile();
    const Clock *clock = &m_session.clock();
    // The keychain is read here, on the GUI's thread: QtKeychain is not to be used from two threads.
    auto credentials = this->credentials();
    // Shared documents are read by the sync thread: their key is fetched here, once.
    (void)DocumentVault::unlock(m_session);
    if (!credentials) {
        m_report = SyncReport();
        m_report.serverError = true;
        m_report.log << credentials.error().message;
        m_lastRun = QDateTime::currentDateTime();
        refresh();
        emit finished();
        return;
    }
    m_state = State::Running;
    emit stateChanged();
    QPointer<SyncController> self(this);
    m_thread = QThread::create([path, clock, self, c = *credentials] {
        SyncReport report;
        auto db = PracticeFile::open(path);
        if (!db) {
            report.serverError = true;
            report.log << db.error().message;
        } else {
            FhirClient client(c.server, c.tokens);
            SyncEngine engine((*db)->database(), client, *clock);
            engine.setProgress([self](int done, int total, const QString &what) {
                QMetaObject::invokeMethod(
                    self,
                    [self, done, total, what] {
                        if (self)
                            emit self->progress(done, total, what);
                    },
                    Qt::QueuedConnection);
            });
            report = engine.runOnce();
        }
        QMetaObject::invokeMethod(
            self,
            [self, report] {
                if (self)
                    self->runFinished(report);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

void SyncController::runFinished(const SyncReport &report)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_report = report;
    m_lastRun = QDateTime::currentDateTime();
    if (report.signInNeeded)
        m_credentials.reset(); // read again: IT may sign in from elsewhere
    refresh();
    emit finished();
    if (m_liveWanted && m_enabled && !report.offline && !m_liveThread)
        startLive();
}

std::optional<QStringList> SyncController::takeReceivedAppointments()
{
    const bool unnamed = std::exchange(m_appointmentsUnnamed, false) || m_fullExchange;
    QStringList ids = std::exchange(m_receivedAppointments, {});
    if (unnamed)
        return std::nullopt;
    return ids;
}

QStringList SyncController::takeReceivedTypes()
{
    QStringList types = m_fullExchange ? QStringList() : m_receivedTypes;
    m_receivedTypes.clear();
    m_fullExchange = false;
    return types;
}

void SyncController::startLive()
{
    auto credentials = this->credentials();
    if (!credentials)
        return;
    m_liveThread = new QThread(this);
    auto *host = new LiveHost(PracticeDirectory(m_session).databaseFile(), m_session.clock(), *credentials);
    host->moveToThread(m_liveThread);
    m_liveHost = host;
    connect(m_liveThread, &QThread::finished, host, &QObject::deleteLater);
    connect(host, &LiveHost::event, this, &SyncController::onLiveEvent);
    m_liveThread->start();
    QMetaObject::invokeMethod(host, &LiveHost::start, Qt::QueuedConnection);
}

void SyncController::stopLive()
{
    if (!m_liveThread)
        return;
    QMetaObject::invokeMethod(static_cast<LiveHost *>(m_liveHost), &LiveHost::stop, Qt::BlockingQueuedConnection);
    m_liveThread->quit();
    m_liveThread->wait();
    delete m_liveThread;
    m_liveThread = nullptr;
    m_liveHost = nullptr;
}

void SyncController::onLiveEvent(const QString &kind, const QJsonObject &details)
{
    emit liveEvent(kind, details);
    if (kind == u"offline"_s) {
        m_report = SyncReport();
        m_report.offline = true;
        m_report.signInNeeded = details.value(u"sign_in_needed"_s).toBool();
        m_report.log << details.value(u"reason"_s).toString();
        m_lastRun = QDateTime::currentDateTime();
        refresh();
        return;
    }
    if (kind == u"online"_s || kind == u"synchronised"_s || kind == u"subscribed"_s || kind == u"pushed"_s) {
        if (m_report.offline || kind == u"synchronised"_s) {
            m_report = SyncReport();
            m_report.serverError = details.value(u"server_error"_s).toBool();
        }
        m_lastRun = QDateTime::currentDateTime();
        refresh();
    }
    // What was received shows wherever the desk looks: one reload for a burst.
    if (kind == u"received"_s) {
        for (const auto &t : details.value(u"types"_s).toArray())
            if (!m_receivedTypes.contains(t.toString()))
                m_receivedTypes << t.toString();
        if (details.contains(u"appointments"_s)) {
            for (const auto &id : details.value(u"appointments"_s).toArray())
                if (!m_receivedAppointments.contains(id.toString()))
                    m_receivedAppointments << id.toString();
        } else if (details.value(u"types"_s).toArray().contains(u"Appointment"_s)) {
            m_appointmentsUnnamed = true;
        }
    }
    if (kind == u"synchronised"_s || kind == u"conflict"_s)
        m_fullExchange = true;
    if (kind == u"received"_s || kind == u"conflict"_s || kind == u"synchronised"_s) {
        if (!m_coalesce->isActive())
            m_coalesce->start();
    }
}

} // namespace guichet
