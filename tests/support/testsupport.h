#pragma once

#include "core/access/session.h"
#include "core/base/clock.h"
#include "core/store/database.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrl>

#include <memory>

namespace guichet {
class TokenSource;
}

namespace guichet::test {

// The mock clock: stands still until a test moves it.
class MockClock final : public FixedClock
{
public:
    explicit MockClock(const QDateTime &at = QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::utc()))
        : FixedClock(at)
    {}
    void advance(qint64 seconds) { m_at = m_at.addSecs(seconds); }
};

// A real SQLite file in a temporary folder, removed with the object.
class TempDatabase final
{
public:
    TempDatabase();
    Database &db() { return *m_db; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    MockClock &clock() { return m_clock; }
    // A session as `role`, with a user that exists in the database when `persist` is true.
    // A practitioner's session acts for `practitionerId` (their own appointments and blocks).
    Session session(Role role = Role::Administrator, const QString &practitionerId = {});
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    MockClock m_clock;
    std::unique_ptr<Database> m_db;
};

// The password of the users the tests sign the command line in with (strong enough for the policy).
inline constexpr const char *CliPassword = "Guichet-Demo-2026";
// Makes `login` (an administrator unless `role` says otherwise) a user of `db` with CliPassword,
// when it is not one already, and points GUICHET_USER and GUICHET_PASSWORD_FILE (an owner-only
// file in `dir`) at it: guichet-cli, in-process or as a child process, then signs in as it.
void signInCliAs(Database &db, const QString &dir, const QString &login = QStringLiteral("admin"),
                 Role role = Role::Administrator);
// Only the environment: GUICHET_USER=login and an owner-only GUICHET_PASSWORD_FILE in `dir`.
void useCliCredentials(const QString &dir, const QString &login = QStringLiteral("admin"),
                       const QString &password = QString::fromLatin1(CliPassword));

// A minimal practice: one site in Europe/Brussels, one practitioner, two motifs.
struct MiniPractice
{
    QString siteId;
    QString practitionerId;
    QString consultationId; // 15 min
    QString longMotifId; // 30 min
};
MiniPractice addMiniPractice(Database &db);
// Every day from 07:00 to 21:00, every reason: rules about hours stay out of the way unless a test wants them.
void addLongOpeningHours(Database &db, const QString &practitionerId, const QString &siteId);

// A Node program of tests/fhir-peer (the FHIR peer, the fault proxy) that prints
// "listening <port>" once it accepts connections; stopped with the object.
class NodeServer final
{
public:
    // The peer's clients (tests/fhir-peer/oauth.mjs): the desk's public one (PKCE in the
    // browser) and a confidential one the tests sign in with (client credentials).
    static constexpr const char *PublicClient = "guichet-desk";
    static constexpr const char *TestClient = "guichet-tests";
    static constexpr const char *TestSecret = "tests-secret";

    explicit NodeServer(const QStringList &arguments);
    ~NodeServer() { stop(); }
    void stop();
    int port() const { return m_port; }
    QUrl base() const; // the FHIR base of the peer
    QString errors();
    // Tokens of the tests' client, signed in once by client credentials and renewed after a
    // 401 as a desk's are: what the tests' own FhirClients (the portal) send.
    std::shared_ptr<TokenSource> tokens();
    // Signs the desk of `session` in (client credentials, into the keychain: KEYRING tests).
    void signIn(const Session &session);

private:
    QProcess m_process;
    QByteArray m_out;
    int m_port = 0;
    std::shared_ptr<TokenSource> m_tokens;
};

} // namespace guichet::test
