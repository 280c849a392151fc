#include "tests/support/testsupport.h"

#include "core/access/userservice.h"
#include "core/base/uuid.h"
#include "core/store/practicerepository.h"
#include "core/store/userrepository.h"
#include "core/sync/oauth.h"
#include "core/sync/syncsettings.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace guichet::test {

TempDatabase::TempDatabase()
    : m_path(m_dir.filePath(u"guichet-test.db"_s))
{
    reopen();
}

void TempDatabase::reopen()
{
    m_db.reset();
    auto opened = Database::open(m_path);
    if (!opened)
        qFatal("cannot open the test database: %s", qPrintable(opened.error().message));
    m_db = std::move(opened.value());
}

Session TempDatabase::session(Role role, const QString &practitionerId)
{
    User user;
    user.id = newUuid();
    user.login = Roles::code(role) + u"-test"_s;
    user.displayName = u"Test "_s + Roles::code(role);
    user.role = role;
    user.practitionerId = practitionerId;
    return Session(*m_db, m_clock, user);
}

void useCliCredentials(const QString &dir, const QString &login, const QString &password)
{
    const QString file = QDir(dir).filePath(u"cli-password"_s);
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("password file");
    f.write(password.toUtf8() + "\n");
    f.close();
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qputenv("GUICHET_USER", login.toUtf8());
    qputenv("GUICHET_PASSWORD_FILE", file.toUtf8());
}

void signInCliAs(Database &db, const QString &dir, const QString &login, Role role)
{
    if (!UserRepository(db).byLogin(login)) {
        User admin;
        admin.id = newUuid();
        admin.login = u"tests-setup"_s;
        admin.displayName = u"Tests"_s;
        admin.role = Role::Administrator;
        const SystemClock clock;
        const Session setup(db, clock, admin);
        NewUser user;
        user.login = login;
        user.displayName = u"Tests "_s + login;
        user.role = role;
        user.password = QString::fromLatin1(CliPassword);
        if (auto made = UserService::create(setup, user); !made)
            qFatal("%s", qPrintable(made.error().message));
    }
    if (!db.isForTests() && !db.markForTests())
        qFatal("mark for tests");
    useCliCredentials(dir, login);
}

MiniPractice addMiniPractice(Database &db)
{
    PracticeRepository practice(db);
    MiniPractice mini;
    Site site;
    site.id = newUuid();
    site.name = u"Cabinet test"_s;
    site.timeZone = u"Europe/Brussels"_s;
    site.country = u"BE"_s;
    if (!practice.insertSite(site))
        qFatal("site");
    Practitioner p;
    p.id = newUuid();
    p.title = u"Dr"_s;
    p.firstName = u"Anne"_s;
    p.lastName = u"Lambert"_s;
    p.specialty = u"general-practice"_s;
    p.siteId = site.id;
    if (!practice.insertPractitioner(p))
        qFatal("practitioner");
    Motif consultation;
    consultation.id = newUuid();
    consultation.practitionerId = p.id;
    consultation.label = u"Consultation"_s;
    consultation.durationMinutes = 15;
    Motif longer = consultation;
    longer.id = newUuid();
    longer.label = u"Première consultation"_s;
    longer.durationMinutes = 30;
    if (!practice.insertMotif(consultation) || !practice.insertMotif(longer))
        qFatal("motif");
    addLongOpeningHours(db, p.id, site.id);
    mini.siteId = site.id;
    mini.practitionerId = p.id;
    mini.consultationId = consultation.id;
    mini.longMotifId = longer.id;
    return mini;
}

void addLongOpeningHours(Database &db, const QString &practitionerId, const QString &siteId)
{
    PracticeRepository practice(db);
    for (int day = 1; day <= 7; ++day) {
        OpeningRange r;
        r.id = newUuid();
        r.practitionerId = practitionerId;
        r.siteId = siteId;
        r.weekday = day;
        r.start = QTime(7, 0);
        r.end = QTime(21, 0);
        if (!practice.insertOpeningRange(r))
            qFatal("opening range");
    }
}

NodeServer::NodeServer(const QStringList &arguments)
{
    m_process.setWorkingDirectory(QStringLiteral(GUICHET_PEER_DIR));
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(QStringLiteral("node"), arguments);
    if (!m_process.waitForStarted(20000))
        return;
    QSignalSpy ready(&m_process, &QProcess::readyReadStandardOutput);
    while (!m_out.contains("\n") && m_process.state() == QProcess::Running) {
        if (m_process.bytesAvailable() == 0 && !ready.wait(30000))
            break;
        m_out += m_process.readAllStandardOutput();
    }
    const QByteArray line = m_out.left(m_out.indexOf('\n'));
    if (line.startsWith("listening "))
        m_port = line.mid(10).toInt();
}

void NodeServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

QUrl NodeServer::base() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/fhir/").arg(m_port));
}

std::shared_ptr<TokenSource> NodeServer::tokens()
{
    if (m_tokens)
        return m_tokens;
    static const SystemClock clock;
    auto endpoints = OAuth::discover(base());
    if (!endpoints)
        qFatal("the peer offers no sign-in: %s", qPrintable(endpoints.error().message));
    auto grant = OAuth::clientCredentials(*endpoints, QString::fromLatin1(TestClient), TestSecret, clock);
    if (!grant)
        qFatal("the peer refused the tests' client: %s", qPrintable(grant.error().message));
    m_tokens = std::make_shared<OAuthTokens>(*grant, clock);
    return m_tokens;
}

void NodeServer::signIn(const Session &session)
{
    if (auto ok = SyncSettings::signInWithClient(session, QString::fromLatin1(TestClient), TestSecret); !ok)
        qFatal("signing the desk in failed: %s", qPrintable(ok.error().message));
}

QString NodeServer::errors()
{
    return QString::fromUtf8(m_process.readAllStandardError());
}

} // namespace guichet::test
