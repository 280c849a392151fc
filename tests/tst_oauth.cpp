// Signing in to the central agenda against the real peer (tests/fhir-peer/oauth.mjs, after
// Medplum's endpoints): PKCE in the browser driven headless, a wrong verifier, renewal before
// expiry and after a 401, a revoked sign-in that asks to sign in again with nothing lost, and
// tokens that only ever reach the system keychain.
#include "core/agenda/appointmentservice.h"
#include "core/identity/patientservice.h"
#include "core/sync/browsersignin.h"
#include "core/sync/fhirclient.h"
#include "core/sync/oauth.h"
#include "core/sync/syncengine.h"
#include "core/sync/syncsettings.h"
#include "tests/support/testsupport.h"
#include "ui/sync/serverdialog.h"
#include "ui/sync/synccontroller.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace guichet;
using namespace guichet::test;

namespace {

// One GET, waited for on its signal; redirects followed or not.
struct Fetched
{
    int status = 0;
    QByteArray body;
    QUrl location;
};

Fetched fetch(const QUrl &url, bool follow)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         follow ? QNetworkRequest::NoLessSafeRedirectPolicy : QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(20000))
        return {};
    Fetched f{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
              QUrl(QString::fromUtf8(reply->rawHeader("Location")))};
    delete reply;
    return f;
}

// Files under the test's database folder and the account's settings and data that contain
// one of `secrets` (the Secret Service's own store excepted).
QStringList filesHolding(const QString &databaseDir, const QList<QByteArray> &secrets)
{
    QStringList found;
    for (const QString &root :
         QStringList{databaseDir, QDir::homePath() + u"/.config"_s, QDir::homePath() + u"/.local/share/Guichet"_s}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (file.contains(u"keyrings"_s))
                continue;
            QFile f(file);
            if (f.size() > 64 * 1024 * 1024 || !f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = f.readAll();
            for (const QByteArray &secret : secrets)
                if (!secret.isEmpty() && content.contains(secret))
                    found << file;
        }
    }
    return found;
}

QString patientOn(TempDatabase &t, const QString &name)
{
    PatientInput in;
    in.birthName = name;
    in.firstNames = u"Lucie"_s;
    in.birthDate = u"1984-06-12"_s;
    in.sex = u"female"_s;
    in.phones = {u"+32470123456"_s};
    auto p = PatientService::add(t.session(), in);
    return p ? p->id : QString();
}

} // namespace

class TestOAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void discoveryAndUnauthenticatedRefusal();
    void pkceRoundTripInTheBrowser();
    void wrongVerifierAndRedirectRefused();
    void renewedBeforeExpiryAndAfter401();
    void revokedAsksToSignInAgainNothingLost();
    void clientCredentialsFromTheCommandLineOnlyInTheKeychain();
    void serverDialogSignsInThroughTheBrowser();
    void credentialsNeverFollowARedirectToAnotherOrigin();

private:
    QJsonObject authStats();
    void hook(const QString &path);
    // A code for `challenge` from the authorization endpoint, as the browser would get it.
    QByteArray authorize(const QByteArray &challenge, const QString &redirect, const QString &state = u"s1"_s);

    std::unique_ptr<NodeServer> m_peer;
    OAuthEndpoints m_endpoints;
};

void TestOAuth::initTestCase()
{
    m_peer = std::make_unique<NodeServer>(QStringList{u"server.mjs"_s, u"--port"_s, u"0"_s});
    QVERIFY2(m_peer->port() > 0, qPrintable(u"the FHIR peer did not start: "_s + m_peer->errors()));
    auto endpoints = OAuth::discover(m_peer->base());
    QVERIFY2(endpoints, qPrintable(endpoints ? QString() : endpoints.error().message));
    m_endpoints = *endpoints;
}

QJsonObject TestOAuth::authStats()
{
    const Fetched f = fetch(QUrl(u"http://127.0.0.1:%1/$auth-stats"_s.arg(m_peer->port())), false);
    return QJsonDocument::fromJson(f.body).object();
}

void TestOAuth::hook(const QString &path)
{
    FhirClient tests(m_peer->base(), QByteArray());
    QCOMPARE(tests.create(u"../"_s + path, QJsonObject{}, {}).status, 200);
}

QByteArray TestOAuth::authorize(const QByteArray &challenge, const QString &redirect, const QString &state)
{
    QUrl url = m_endpoints.authorization;
    QUrlQuery q;
    q.addQueryItem(u"response_type"_s, u"code"_s);
    q.addQueryItem(u"client_id"_s, QString::fromLatin1(NodeServer::PublicClient));
    q.addQueryItem(u"redirect_uri"_s, QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
    q.addQueryItem(u"state"_s, state);
    q.addQueryItem(u"code_challenge"_s, QString::fromLatin1(challenge));
    q.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    url.setQuery(q);
    const Fetched f = fetch(url, false);
    if (f.status != 302)
        return {};
    return QUrlQuery(f.location).queryItemValue(u"code"_s).toLatin1();
}

void TestOAuth::discoveryAndUnauthenticatedRefusal()
{
    QCOMPARE(m_endpoints.token.path(), u"/oauth2/token"_s);
    QCOMPARE(m_endpoints.authorization.path(), u"/oauth2/authorize"_s);
    QVERIFY(!m_endpoints.revocation.isEmpty());
    // Without a token, or with a made-up one, the FHIR API answers 401 and the client says
    // to sign in again rather than treating it as a refused change.
    for (const QByteArray &token : {QByteArray(), QByteArray("made-up-token")}) {
        FhirClient anonymous(m_peer->base(), token);
        const FhirResponse r = anonymous.get(u"Patient?_count=1"_s);
        QCOMPARE(r.status, 401);
        QVERIFY(r.signInNeeded);
        QVERIFY(r.networkFailure()); // wait and retry: nothing parked for it
        QVERIFY(anonymous.signInNeeded());
    }
    // The tests' client signs in and reads.
    FhirClient signedIn(m_peer->base(), m_peer->tokens());
    QCOMPARE(signedIn.get(u"Patient?_count=1"_s).status, 200);
    // PKCE's S256 (RFC 7636, appendix B).
    QCOMPARE(OAuth::codeChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    const QByteArray verifier = OAuth::codeVerifier();
    QCOMPARE(verifier.size(), 64);
    QVERIFY(verifier != OAuth::codeVerifier());
    QVERIFY(!OAuth::validateClientId(u"guichet desk"_s));
    QVERIFY(!OAuth::validateClientId(QString()));
}

void TestOAuth::pkceRoundTripInTheBrowser()
{
    TempDatabase desk;
    QVERIFY(SyncSettings::setServer(desk.session(), m_peer->base().toString()));
    QVERIFY(SyncSettings::setOAuthClientId(desk.session(), QString::fromLatin1(NodeServer::PublicClient)));
    const QJsonObject before = authStats();
    BrowserSignIn signIn(m_endpoints, SyncSettings::oauthClientId(desk.db()), desk.clock());
    QSignalSpy opened(&signIn, &BrowserSignIn::openBrowser);
    QSignalSpy succeeded(&signIn, &BrowserSignIn::succeeded);
    QSignalSpy failed(&signIn, &BrowserSignIn::failed);
    QVERIFY(signIn.start());
    QCOMPARE(opened.size(), 1);
    const QUrl authorizeUrl = opened.first().first().toUrl();
    const QUrlQuery asked(authorizeUrl);
    QCOMPARE(asked.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QCOMPARE(asked.queryItemValue(u"code_challenge"_s).size(), 43);
    QCOMPARE(QUrl::fromPercentEncoding(asked.queryItemValue(u"redirect_uri"_s).toLatin1()),
             signIn.redirectUri().toString());
    QCOMPARE(signIn.redirectUri().host(), u"127.0.0.1"_s);
    QVERIFY(!asked.queryItemValue(u"state"_s).isEmpty());

    // A forged answer with another state reaches the desk's listener first: ignored, no code
    // is exchanged for it.
    QUrl forged = signIn.redirectUri();
    forged.setQuery(u"code=forged&state=not-the-one"_s);
    fetch(forged, false);
    QVERIFY(failed.isEmpty() && succeeded.isEmpty());

    // The "browser": follows the authorization, is sent back to the desk, sees its page.
    const Fetched page = fetch(authorizeUrl, true);
    QCOMPARE(page.status, 200);
    QVERIFY2(page.body.contains("signed in"), page.body.constData());
    if (succeeded.isEmpty())
        QVERIFY(succeeded.wait(20000));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
    const auto grant = succeeded.first().first().value<OAuthGrant>();
    QCOMPARE(grant.kind, OAuthGrant::Kind::AuthorizationCode);
    QVERIFY(!grant.accessToken.isEmpty());
    QVERIFY(!grant.refreshToken.isEmpty());
    QCOMPARE(grant.expiresAt, desk.clock().now().addSecs(3600));
    const QJsonObject after = authStats();
    QCOMPARE(after.value(u"authorization_code"_s).toInt(), before.value(u"authorization_code"_s).toInt() + 1);
    QCOMPARE(after.value(u"refused"_s).toInt(), before.value(u"refused"_s).toInt()); // the forged code never sent

    // Kept in the keychain; the desk exchanges with it.
    QVERIFY(SyncSettings::storeGrant(desk.session(), grant));
    QCOMPARE(SyncSettings::grant(desk.db())->refreshToken, grant.refreshToken);
    QVERIFY(!patientOn(desk, u"Peeters"_s).isEmpty());
    auto client = SyncSettings::client(desk.db(), desk.clock());
    QVERIFY(client);
    SyncEngine engine(desk.db(), **client, desk.clock());
    const SyncReport report = engine.runOnce();
    QVERIFY2(!report.offline && !report.serverError, qPrintable(report.log.join(u'\n')));
    QCOMPARE(report.pending, 0);
    // The tokens are in no file (the database, its WAL, settings, logs).
    const QStringList holding = filesHolding(desk.dir(), {grant.accessToken, grant.refreshToken});
    QVERIFY2(holding.isEmpty(), qPrintable(holding.join(u", "_s)));
    // The sign-in is audited.
    auto audited = desk.db().exec(u"SELECT count(*) FROM audit_log WHERE action = 'sync.signin'"_s);
    QVERIFY(audited && audited->next());
    QCOMPARE(audited->value(0).toInt(), 1);
    // Cancelled before the browser answers: one clear failure.
    BrowserSignIn second(m_endpoints, SyncSettings::oauthClientId(desk.db()), desk.clock());
    QSignalSpy secondFailed(&second, &BrowserSignIn::failed);
    QVERIFY(second.start());
    second.cancel();
    QCOMPARE(secondFailed.size(), 1);
}

void TestOAuth::wrongVerifierAndRedirectRefused()
{
    MockClock clock;
    const QString redirect = u"http://127.0.0.1:45123/"_s;
    const QByteArray verifier = OAuth::codeVerifier();
    QByteArray code = authorize(OAuth::codeChallenge(verifier), redirect);
    QVERIFY(!code.isEmpty());
    const QString client = QString::fromLatin1(NodeServer::PublicClient);
    auto wrong = OAuth::exchangeCode(m_endpoints, client, code, redirect, OAuth::codeVerifier(), clock);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, ErrorCode::Refused);
    QVERIFY(wrong.error().message.contains(u"sign in again"_s));
    // A code serves once, even after a wrong try.
    QVERIFY(!OAuth::exchangeCode(m_endpoints, client, code, redirect, verifier, clock));
    code = authorize(OAuth::codeChallenge(verifier), redirect);
    // Another redirect address than the one authorized: refused.
    QVERIFY(!OAuth::exchangeCode(m_endpoints, client, code, u"http://127.0.0.1:45124/"_s, verifier, clock));
    code = authorize(OAuth::codeChallenge(verifier), redirect);
    QVERIFY(OAuth::exchangeCode(m_endpoints, client, code, redirect, verifier, clock));
    // The authorization endpoint: only loopback redirects, only S256.
    QVERIFY(authorize(OAuth::codeChallenge(verifier), u"http://evil.example/"_s).isEmpty());
    QVERIFY(authorize(OAuth::codeChallenge(verifier), u"http://127.0.0.1/"_s).isEmpty()); // no port
    QVERIFY(authorize("short", redirect).isEmpty());
    // A wrong client secret.
    auto secret = OAuth::clientCredentials(m_endpoints, QString::fromLatin1(NodeServer::TestClient), "wrong", clock);
    QVERIFY(!secret);
    QCOMPARE(secret.error().code, ErrorCode::Refused);
}

void TestOAuth::renewedBeforeExpiryAndAfter401()
{
    MockClock clock;
    const QString redirect = u"http://127.0.0.1:45125/"_s;
    const QByteArray verifier = OAuth::codeVerifier();
    auto grant = OAuth::exchangeCode(m_endpoints, QString::fromLatin1(NodeServer::PublicClient),
                                     authorize(OAuth::codeChallenge(verifier), redirect), redirect, verifier, clock);
    QVERIFY(grant);
    QList<OAuthGrant> persisted;
    auto tokens = std::make_shared<OAuthTokens>(*grant, clock, [&persisted](const OAuthGrant &g) { persisted << g; });
    FhirClient client(m_peer->base(), tokens);
    QCOMPARE(client.get(u"Patient?_count=1"_s).status, 200);
    QVERIFY(persisted.isEmpty());

    // Nearly an hour later by the desk's clock: renewed before the request, no 401 seen.
    const QJsonObject before = authStats();
    clock.advance(3600 - 30);
    QCOMPARE(client.get(u"Patient?_count=1"_s).status, 200);
    QJsonObject after = authStats();
    QCOMPARE(after.value(u"refresh_token"_s).toInt(), before.value(u"refresh_token"_s).toInt() + 1);
    QCOMPARE(after.value(u"unauthorized"_s).toInt(), before.value(u"unauthorized"_s).toInt());
    QCOMPARE(persisted.size(), 1);
    QVERIFY(persisted.last().accessToken != grant->accessToken);
    QVERIFY(persisted.last().refreshToken != grant->refreshToken); // rotated
    QCOMPARE(persisted.last().expiresAt, clock.now().addSecs(3600));

    // The server ends the token early: one 401, renewed, the request sent again, answered.
    hook(u"$expire-tokens"_s);
    QCOMPARE(client.get(u"Patient?_count=1"_s).status, 200);
    after = authStats();
    QCOMPARE(after.value(u"unauthorized"_s).toInt(), before.value(u"unauthorized"_s).toInt() + 1);
    QCOMPARE(after.value(u"refresh_token"_s).toInt(), before.value(u"refresh_token"_s).toInt() + 2);
    QCOMPARE(persisted.size(), 2);
    QVERIFY(!client.signInNeeded());
    // A second client sharing the tokens (another thread of the desk) that still holds the
    // refused token gets the renewed one without another renewal.
    QCOMPARE(*tokens->renew("an-older-token"), tokens->grant().accessToken);
    QCOMPARE(persisted.size(), 2);
}

void TestOAuth::revokedAsksToSignInAgainNothingLost()
{
    TempDatabase desk;
    const MiniPractice p = addMiniPractice(desk.db());
    addLongOpeningHours(desk.db(), p.practitionerId, p.siteId);
    QVERIFY(SyncSettings::setServer(desk.session(), m_peer->base().toString()));
    const QString redirect = u"http://127.0.0.1:45126/"_s;
    const QByteArray verifier = OAuth::codeVerifier();
    auto grant =
        OAuth::exchangeCode(m_endpoints, QString::fromLatin1(NodeServer::PublicClient),
                            authorize(OAuth::codeChallenge(verifier), redirect), redirect, verifier, desk.clock());
    QVERIFY(grant);
    QVERIFY(SyncSettings::storeGrant(desk.session(), *grant));
    const QString patient = patientOn(desk, u"Jacobs"_s);
    {
        auto client = SyncSettings::client(desk.db(), desk.clock());
        SyncEngine engine(desk.db(), **client, desk.clock());
        QCOMPARE(engine.runOnce().pending, 0);
    }
    // IT withdraws the desk's access; the desk keeps working meanwhile.
    hook(u"$revoke-all"_s);
    AppointmentDraft d;
    d.patientId = patient;
    d.practitionerId = p.practitionerId;
    d.motifId = p.consultationId;
    d.start = QDateTime(QDate(2026, 11, 26), QTime(10, 0), QTimeZone::utc());
    QVERIFY(AppointmentService::book(desk.session(), d));
    const int pending = SyncEngine::pendingCount(desk.db());
    QVERIFY(pending > 0);
    {
        auto client = SyncSettings::client(desk.db(), desk.clock());
        SyncEngine engine(desk.db(), **client, desk.clock());
        const SyncReport report = engine.runOnce();
        QVERIFY(report.signInNeeded);
        QVERIFY2(report.log.join(u' ').contains(u"Sign in again"_s), qPrintable(report.log.join(u'\n')));
        QCOMPARE(report.pending, pending);
        QCOMPARE(report.parked, 0);
    }
    auto attempts = desk.db().exec(u"SELECT max(attempts) FROM change_journal WHERE state = 'pending'"_s);
    QVERIFY(attempts && attempts->next());
    QCOMPARE(attempts->value(0).toInt(), 0); // not counted as a failure of the change
    // Signed in again: everything kept goes up.
    m_peer->signIn(desk.session());
    auto client = SyncSettings::client(desk.db(), desk.clock());
    SyncEngine engine(desk.db(), **client, desk.clock());
    const SyncReport report = engine.runOnce();
    QVERIFY(!report.signInNeeded);
    QCOMPARE(report.pending, 0);
}

void TestOAuth::clientCredentialsFromTheCommandLineOnlyInTheKeychain()
{
    TempDatabase desk;
    QVERIFY(SyncSettings::setServer(desk.session(), m_peer->base().toString(), u"accueil"_s));
    QVERIFY(!patientOn(desk, u"Wouters"_s).isEmpty());
    signInCliAs(desk.db(), desk.dir());
    const QString path = desk.path();
    desk.reopen();
    auto cli = [&](const QStringList &args, const QByteArray &input = {}) {
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(GUICHET_CLI), QStringList{u"--db"_s, path, u"--json"_s} + args);
        process->waitForStarted();
        process->write(input);
        process->closeWriteChannel();
        process->waitForFinished(60000);
        return process;
    };
    // The secret is never an argument.
    auto refusedUsage = cli({u"login"_s, u"--client-id"_s, u"guichet-tests"_s});
    QCOMPARE(refusedUsage->exitCode(), 1);
    auto wrong = cli({u"login"_s, u"--client-id"_s, u"guichet-tests"_s, u"--client-secret-stdin"_s}, "nope\n");
    QCOMPARE(wrong->exitCode(), 3);
    QVERIFY(!SyncSettings::signedIn(desk.db()));
    auto login = cli({u"login"_s, u"--client-id"_s, u"guichet-tests"_s, u"--client-secret-stdin"_s},
                     QByteArray(NodeServer::TestSecret) + "\n");
    QCOMPARE(login->exitCode(), 0);
    auto sync = cli({u"sync"_s, u"--once"_s});
    QByteArray output = login->readAll() + sync->readAllStandardOutput() + sync->readAllStandardError();
    QCOMPARE(sync->exitCode(), 0);
    QCOMPARE(QJsonDocument::fromJson(output.mid(output.indexOf("{\"conflicts"))).object().value(u"pending"_s).toInt(),
             0);
    auto grant = SyncSettings::grant(desk.db());
    QVERIFY(grant);
    QCOMPARE(grant->kind, OAuthGrant::Kind::ClientCredentials);
    const QList<QByteArray> secrets{grant->accessToken, QByteArray(NodeServer::TestSecret)};
    for (const QByteArray &secret : secrets)
        QVERIFY(!output.contains(secret));
    // Nowhere on disk beside the keychain: the database (and its WAL), settings, logs.
    const QStringList holding = filesHolding(desk.dir(), secrets);
    QVERIFY2(holding.isEmpty(), qPrintable(holding.join(u", "_s)));
    // Signing out revokes at the server: the old token no longer opens anything.
    auto logout = cli({u"logout"_s});
    QCOMPARE(logout->exitCode(), 0);
    QCOMPARE(QJsonDocument::fromJson(logout->readAllStandardOutput()).object().value(u"revoked"_s).toBool(), true);
    QVERIFY(!SyncSettings::signedIn(desk.db()));
    FhirClient old(m_peer->base(), grant->accessToken);
    QCOMPARE(old.get(u"Patient?_count=1"_s).status, 401);
    // Not signed in, a sync says so (exit 3) and keeps the changes.
    QVERIFY(!patientOn(desk, u"Claes"_s).isEmpty());
    auto after = cli({u"sync"_s, u"--once"_s});
    QCOMPARE(after->exitCode(), 3);
    QVERIFY(after->readAllStandardError().toLower().contains("sign in again"));
    QVERIFY(SyncEngine::pendingCount(desk.db()) > 0);
    auto audited = desk.db().exec(u"SELECT action FROM audit_log WHERE action LIKE 'sync.sign%' ORDER BY seq"_s);
    QStringList actions;
    while (audited && audited->next())
        actions << audited->value(0).toString();
    QCOMPARE(actions, (QStringList{u"sync.signin"_s, u"sync.signout"_s}));
}

void TestOAuth::serverDialogSignsInThroughTheBrowser()
{
    TempDatabase desk;
    const MiniPractice p = addMiniPractice(desk.db());
    const Session session = desk.session();
    SyncController controller(session);
    ServerDialog dialog(session);
    QUrl opened;
    dialog.setBrowserOpener([&opened](const QUrl &url) { opened = url; });
    dialog.urlEdit()->setText(m_peer->base().toString());
    // No client identifier: said, nothing opened.
    QVERIFY(!dialog.signInWithBrowser());
    QVERIFY(dialog.error().contains(u"client identifier"_s));
    QVERIFY(opened.isEmpty());
    dialog.clientEdit()->setText(QString::fromLatin1(NodeServer::PublicClient));
    QSignalSpy finished(&dialog, &ServerDialog::signInFinished);
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    QVERIFY(!opened.isEmpty());
    QVERIFY(dialog.stateText().contains(u"Waiting"_s));
    QCOMPARE(fetch(opened, true).status, 200); // the browser, sent back to the desk
    if (finished.isEmpty())
        QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY2(dialog.stateText().contains(u"Signed in through"_s), qPrintable(dialog.stateText()));
    QVERIFY(dialog.accessChanged());
    QCOMPARE(SyncSettings::grant(desk.db())->kind, OAuthGrant::Kind::AuthorizationCode);

    // The desk exchanges in the background with that sign-in...
    QSignalSpy ran(&controller, &SyncController::finished);
    controller.serverChanged();
    QVERIFY(ran.wait(60000));
    QCOMPARE(controller.state(), SyncController::State::Synchronised);
    // ...until the access is withdrawn: the status bar asks to sign in again, changes kept.
    hook(u"$revoke-all"_s);
    QVERIFY(!patientOn(desk, u"Maes"_s).isEmpty());
    controller.syncNow();
    QVERIFY(ran.wait(60000));
    QCOMPARE(controller.state(), SyncController::State::SignInNeeded);
    QVERIFY2(controller.stateText().contains(u"sign in again"_s), qPrintable(controller.stateText()));
    QVERIFY(SyncEngine::pendingCount(desk.db()) > 0);
    // Signing out from the dialog: the keychain forgets, the server was told.
    QVERIFY(dialog.signOut());
    QVERIFY(dialog.stateText().contains(u"Not signed in"_s));
    QVERIFY(!SyncSettings::signedIn(desk.db()));
    Q_UNUSED(p);
}

// A proxy in front of the peer that answers every request with a 307 to another origin (a
// second proxy on another port, which records what reaches it): the FHIR client, the token and
// the revocation calls stop at the redirect, name the other address, and send it nothing.
void TestOAuth::credentialsNeverFollowARedirectToAnotherOrigin()
{
    const QString target = u"http://127.0.0.1:%1"_s.arg(m_peer->port());
    NodeServer elsewhere({u"fault-proxy.mjs"_s, u"--target"_s, target});
    NodeServer redirector({u"fault-proxy.mjs"_s, u"--target"_s, target});
    QVERIFY(elsewhere.port() > 0 && redirector.port() > 0);
    const QString other = u"http://127.0.0.1:%1"_s.arg(elsewhere.port());
    auto seenElsewhere = [&] { return QJsonDocument::fromJson(fetch(QUrl(other + u"/$seen"_s), false).body).array(); };
    // The recorder records: a request sent there directly is seen, with its header.
    QVERIFY(fetch(QUrl(other + u"/fhir/metadata"_s), false).status > 0);
    QCOMPARE(seenElsewhere().size(), 1);

    QNetworkAccessManager network;
    QNetworkRequest set(QUrl(u"http://127.0.0.1:%1/$redirect?to=%2"_s.arg(redirector.port()).arg(other)));
    set.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = network.post(set, QByteArray());
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || done.wait(10000));
    delete reply;

    // The FHIR client with a bearer token.
    MockClock clock;
    auto grant = OAuth::clientCredentials(m_endpoints, QString::fromLatin1(NodeServer::TestClient),
                                          QByteArray(NodeServer::TestSecret), clock);
    QVERIFY(grant);
    const QUrl redirectedBase(u"http://127.0.0.1:%1/fhir"_s.arg(redirector.port()));
    FhirClient client(redirectedBase, grant->accessToken);
    const FhirResponse answer = client.get(u"Patient?_count=1"_s);
    QVERIFY(!answer.ok());
    QVERIFY2(answer.error.contains(other), qPrintable(answer.error));

    // The token endpoint (the client secret in the body) and the revocation endpoint.
    OAuthEndpoints redirected = m_endpoints;
    redirected.token = QUrl(u"http://127.0.0.1:%1%2"_s.arg(redirector.port()).arg(m_endpoints.token.path()));
    auto secret = OAuth::clientCredentials(redirected, QString::fromLatin1(NodeServer::TestClient),
                                           QByteArray(NodeServer::TestSecret), clock);
    QVERIFY(!secret);
    QVERIFY2(secret.error().message.contains(other), qPrintable(secret.error().message));
    OAuthGrant toRevoke = *grant;
    toRevoke.revocationUrl = QUrl(u"http://127.0.0.1:%1/oauth2/revoke"_s.arg(redirector.port()));
    QVERIFY(!OAuth::revoke(toRevoke));

    // Only the recorder's own check reached it: no token, no secret, no request.
    const QJsonArray seen = seenElsewhere();
    QCOMPARE(seen.size(), 1); // the first check only
    for (const QJsonValue &v : seen) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.value(u"authorization"_s).toString().isEmpty());
        QVERIFY(!o.value(u"body"_s).toString().contains(QString::fromLatin1(NodeServer::TestSecret)));
    }
    // The redirector did see the three attempts: the test exercised the redirect.
    const QJsonArray tried =
        QJsonDocument::fromJson(fetch(QUrl(u"http://127.0.0.1:%1/$seen"_s.arg(redirector.port())), false).body).array();
    QCOMPARE(tried.size(), 3);
}

QTEST_MAIN(TestOAuth)
#include "tst_oauth.moc"
