#pragma once

#include "core/access/practicefile.h"
#include "core/sync/fhirclient.h"
#include "core/sync/livesync.h"
#include "core/sync/syncsettings.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

namespace guichet {

class Clock;

// The live link's own thread: its database connection, client and LiveSync live there.
class LiveHost final : public QObject
{
    Q_OBJECT
public:
    LiveHost(QString path, const Clock &clock, SyncSettings::Credentials credentials)
        : m_path(std::move(path))
        , m_clock(clock)
        , m_credentials(std::move(credentials))
    {}

    void start()
    {
        auto db = PracticeFile::open(m_path);
        if (!db) {
            Q_EMIT event(QStringLiteral("offline"), {{QStringLiteral("reason"), db.error().message}});
            return;
        }
        m_db = std::move(db).value();
        m_client = std::make_unique<FhirClient>(m_credentials.server, m_credentials.tokens);
        m_live = std::make_unique<LiveSync>(m_db->database(), *m_client, m_clock);
        connect(m_live.get(), &LiveSync::event, this, &LiveHost::event);
        m_live->start();
    }
    void exchange()
    {
        if (m_live)
            m_live->exchangeNow();
    }
    // Runs as soon as the live thread reads its events, which may be inside an exchange waiting
    // on an answer: nothing is destroyed under it; the request is aborted, nothing more is sent,
    // and the link, its client and its connection go with this object when the thread ends.
    void stop()
    {
        if (m_client)
            m_client->cancel();
        if (m_live)
            m_live->stop();
    }

Q_SIGNALS:
    void event(const QString &kind, const QJsonObject &details);

private:
    QString m_path;
    const Clock &m_clock;
    SyncSettings::Credentials m_credentials;
    std::unique_ptr<PracticeFile> m_db;
    std::unique_ptr<FhirClient> m_client;
    std::unique_ptr<LiveSync> m_live;
};

} // namespace guichet
