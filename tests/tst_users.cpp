#include "core/access/userservice.h"
#include "core/identity/patientservice.h"
#include "core/store/auditlog.h"
#include "core/store/userrepository.h"
#include "tests/support/testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace guichet;
using namespace guichet::test;

class TestUsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstAdministratorOnlyOnce();
    void signInAudited();
    void passwordPolicyEnforced();
    void onlyAdministratorsManageUsers();
    void rightsPerRole_data();
    void rightsPerRole();
    void loginValidation_data();
    void loginValidation();
    void changePassword();
    void hashNotPassword();
    void wrongPasswordsMakeTheAccountWait();
    void administratorsManageAccounts();
};

void TestUsers::firstAdministratorOnlyOnce()
{
    TempDatabase t;
    QVERIFY(!UserService::hasUsers(t.db()));
    auto admin = UserService::createFirstAdministrator(
        t.db(), t.clock(),
        {u"Admin"_s, u"Administrateur"_s, Role::Secretary, QString(), u"Marronnier bleu du port 26"_s});
    QVERIFY(admin.ok());
    QCOMPARE(admin->role, Role::Administrator); // whatever was asked
    QCOMPARE(admin->login, u"admin"_s);
    auto second = UserService::createFirstAdministrator(
        t.db(), t.clock(), {u"intrus"_s, u"Intrus"_s, Role::Administrator, QString(), u"Marronnier bleu du port 26"_s});
    QCOMPARE(second.error().rule, u"user.first"_s);
}

void TestUsers::signInAudited()
{
    TempDatabase t;
    QVERIFY(UserService::createFirstAdministrator(
        t.db(), t.clock(), {u"admin"_s, u"Admin"_s, Role::Administrator, QString(), u"Marronnier bleu du port 26"_s}));
    QVERIFY(UserService::signIn(t.db(), t.clock(), u" ADMIN "_s, u"Marronnier bleu du port 26"_s).ok());
    auto wrong = UserService::signIn(t.db(), t.clock(), u"admin"_s, u"marronnier bleu du port 26"_s);
    auto unknown = UserService::signIn(t.db(), t.clock(), u"nobody"_s, u"Marronnier bleu du port 26"_s);
    QVERIFY(!wrong.ok());
    QVERIFY(!unknown.ok());
    QCOMPARE(wrong.error().message, unknown.error().message); // says nothing of which was wrong
    QStringList actions;
    for (const AuditEntry &e : AuditLog::recent(t.db()))
        actions.prepend(e.action);
    QCOMPARE(actions, (QStringList{u"user.create"_s, u"signin"_s, u"signin.failed"_s, u"signin.failed"_s}));
}

void TestUsers::passwordPolicyEnforced()
{
    TempDatabase t;
    auto weak = UserService::createFirstAdministrator(
        t.db(), t.clock(), {u"admin"_s, u"Admin"_s, Role::Administrator, QString(), u"cabinet"_s});
    QVERIFY(!weak.ok());
    QCOMPARE(weak.error().rule, u"password.length"_s);
    QVERIFY(!UserService::hasUsers(t.db()));
}

void TestUsers::onlyAdministratorsManageUsers()
{
    TempDatabase t;
    const NewUser secretary{u"sophie"_s, u"Sophie Lambert"_s, Role::Secretary, QString(), u"Tilleul vert ardoise 47"_s};
    auto refused = UserService::create(t.session(Role::Secretary), secretary);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    QVERIFY(refused.error().message.contains(u"manage users"_s));
    auto created = UserService::create(t.session(Role::Administrator), secretary);
    QVERIFY(created.ok());
    auto duplicate = UserService::create(t.session(Role::Administrator), secretary);
    QCOMPARE(duplicate.error().code, ErrorCode::Conflict);
    const auto audit = AuditLog::forEntity(t.db(), u"user"_s, created->id);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().user, u"administrator-test"_s);
}

void TestUsers::rightsPerRole_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("right");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("secretary books") << int(Role::Secretary) << int(Right::Book) << true;
    QTest::newRow("secretary edits patients") << int(Role::Secretary) << int(Right::EditPatients) << true;
    QTest::newRow("secretary cannot merge") << int(Role::Secretary) << int(Right::MergePatients) << false;
    QTest::newRow("secretary cannot erase no-show") << int(Role::Secretary) << int(Right::EraseNoShow) << false;
    QTest::newRow("secretary cannot lift block") << int(Role::Secretary) << int(Right::LiftBlock) << false;
    QTest::newRow("secretary cannot change settings")
        << int(Role::Secretary) << int(Right::ChangePracticeSettings) << false;
    QTest::newRow("practitioner merges") << int(Role::Practitioner) << int(Right::MergePatients) << true;
    QTest::newRow("practitioner cannot manage users") << int(Role::Practitioner) << int(Right::ManageUsers) << false;
    QTest::newRow("administrator changes settings")
        << int(Role::Administrator) << int(Right::ChangePracticeSettings) << true;
    QTest::newRow("administrator restores") << int(Role::Administrator) << int(Right::RestoreBackup) << true;
}

void TestUsers::rightsPerRole()
{
    QFETCH(int, role);
    QFETCH(int, right);
    QFETCH(bool, allowed);
    TempDatabase t;
    const Session s = t.session(Role(role));
    QCOMPARE(s.can(Right(right)), allowed);
    QCOMPARE(s.require(Right(right)).ok(), allowed);
}

void TestUsers::loginValidation_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("simple") << u"sophie"_s << u"sophie"_s;
    QTest::newRow("upper case") << u"Sophie.Lambert"_s << u"sophie.lambert"_s;
    QTest::newRow("accent") << u"hélène"_s << QString();
    QTest::newRow("space") << u"sophie lambert"_s << QString();
    QTest::newRow("one letter") << u"s"_s << QString();
    QTest::newRow("starts with dot") << u".sophie"_s << QString();
}

void TestUsers::loginValidation()
{
    QFETCH(QString, login);
    QFETCH(QString, normalized);
    const auto r = UserService::validateLogin(login);
    QCOMPARE(r.ok(), !normalized.isEmpty());
    if (r.ok())
        QCOMPARE(r.value(), normalized);
}

void TestUsers::changePassword()
{
    TempDatabase t;
    auto admin = UserService::createFirstAdministrator(
        t.db(), t.clock(), {u"admin"_s, u"Admin"_s, Role::Administrator, QString(), u"Marronnier bleu du port 26"_s});
    QVERIFY(admin.ok());
    const Session s(t.db(), t.clock(), admin.value());
    QCOMPARE(UserService::changePassword(s, u"wrong"_s, u"Autre clef violette 2027"_s).error().rule,
             u"password.current"_s);
    QCOMPARE(UserService::changePassword(s, u"Marronnier bleu du port 26"_s, u"short"_s).error().rule,
             u"password.length"_s);
    QVERIFY(UserService::changePassword(s, u"Marronnier bleu du port 26"_s, u"Autre clef violette 2027"_s).ok());
    QVERIFY(!UserService::signIn(t.db(), t.clock(), u"admin"_s, u"Marronnier bleu du port 26"_s).ok());
    QVERIFY(UserService::signIn(t.db(), t.clock(), u"admin"_s, u"Autre clef violette 2027"_s).ok());
}

void TestUsers::hashNotPassword()
{
    TempDatabase t;
    QVERIFY(UserService::createFirstAdministrator(
        t.db(), t.clock(), {u"admin"_s, u"Admin"_s, Role::Administrator, QString(), u"Marronnier bleu du port 26"_s}));
    auto r = t.db().exec(u"SELECT password_hash FROM users"_s);
    QVERIFY(r && r->next());
    QVERIFY(r->value(0).toString().startsWith(u"$argon2id$"_s));
    QVERIFY(!r->value(0).toString().contains(u"Marronnier bleu du port 26"_s));
}

void TestUsers::wrongPasswordsMakeTheAccountWait()
{
    TempDatabase t;
    QVERIFY(UserService::create(t.session(),
                                {u"sophie"_s, u"Sophie"_s, Role::Secretary, QString(), u"Tilleul vert ardoise 47"_s}));
    for (int i = 1; i < UserService::FreeAttempts; ++i)
        QCOMPARE(UserService::signIn(t.db(), t.clock(), u"sophie"_s, u"wrong"_s).error().rule, u"signin"_s);
    // The fifth wrong password in a row: the account waits a minute, even for the right one.
    auto fifth = UserService::signIn(t.db(), t.clock(), u"sophie"_s, u"wrong"_s);
    QCOMPARE(fifth.error().rule, u"access.locked"_s);
    QVERIFY(fifth.error().message.contains(u"waits until"_s));
    QCOMPARE(UserService::signIn(t.db(), t.clock(), u"sophie"_s, u"Tilleul vert ardoise 47"_s).error().rule,
             u"access.locked"_s);
    t.clock().advance(61);
    QVERIFY(UserService::signIn(t.db(), t.clock(), u"sophie"_s, u"Tilleul vert ardoise 47"_s).ok());
    QCOMPARE(UserRepository(t.db()).byLogin(u"sophie"_s)->failedSignIns, 0); // a right one starts again
    // The delay grows with each further wrong password: 1 minute, then 2.
    for (int i = 0; i < UserService::FreeAttempts; ++i)
        (void)UserService::signIn(t.db(), t.clock(), u"sophie"_s, u"wrong"_s);
    t.clock().advance(61);
    QCOMPARE(UserService::signIn(t.db(), t.clock(), u"sophie"_s, u"wrong"_s).error().rule, u"access.locked"_s);
    const User waiting = *UserRepository(t.db()).byLogin(u"sophie"_s);
    QCOMPARE(waiting.failedSignIns, UserService::FreeAttempts + 1);
    QCOMPARE(waiting.lockedUntil, t.clock().now().toUTC().addSecs(120));
    QCOMPARE(UserService::waitSeconds(UserService::FreeAttempts + 20), 3600); // at most an hour
    int locked = 0;
    for (const AuditEntry &e : AuditLog::recent(t.db()))
        locked += e.action == u"signin.locked"_s ? 1 : 0;
    QCOMPARE(locked, 1); // the right password tried while waiting
}

void TestUsers::administratorsManageAccounts()
{
    TempDatabase t;
    QVERIFY(UserService::createFirstAdministrator(
        t.db(), t.clock(), {u"admin"_s, u"Admin"_s, Role::Administrator, QString(), u"Marronnier bleu du port 26"_s}));
    QVERIFY(UserService::create(t.session(),
                                {u"sophie"_s, u"Sophie"_s, Role::Secretary, QString(), u"Tilleul vert ardoise 47"_s}));
    QCOMPARE(UserService::setActive(t.session(Role::Secretary), u"sophie"_s, false).error().code, ErrorCode::Forbidden);
    // A departed secretary: disabled, refused at the sign-in with the reason, enabled again.
    QVERIFY(UserService::setActive(t.session(), u"sophie"_s, false));
    QCOMPARE(UserService::signIn(t.db(), t.clock(), u"sophie"_s, u"Tilleul vert ardoise 47"_s).error().rule,
             u"access.disabled"_s);
    QCOMPARE(UserService::signIn(t.db(), t.clock(), u"sophie"_s, u"wrong"_s).error().rule, u"signin"_s);
    QVERIFY(UserService::setActive(t.session(), u"sophie"_s, true));
    QVERIFY(UserService::signIn(t.db(), t.clock(), u"sophie"_s, u"Tilleul vert ardoise 47"_s).ok());
    // The last active administrator stays one.
    QCOMPARE(UserService::setActive(t.session(), u"admin"_s, false).error().rule, u"user.last-administrator"_s);
    QCOMPARE(UserService::setRole(t.session(), u"admin"_s, Role::Secretary).error().rule, u"user.last-administrator"_s);
    QCOMPARE(UserService::setRole(t.session(), u"sophie"_s, Role::Practitioner, u"nobody"_s).error().rule,
             u"user.practitioner"_s);
    auto promoted = UserService::setRole(t.session(), u"sophie"_s, Role::Administrator);
    QVERIFY(promoted.ok());
    QCOMPARE(UserRepository(t.db()).byLogin(u"sophie"_s)->role, Role::Administrator);
    QVERIFY(UserService::setActive(t.session(), u"admin"_s, false)); // another administrator now
    // A new password set by an administrator ends the wait after wrong passwords.
    for (int i = 0; i < UserService::FreeAttempts; ++i)
        (void)UserService::signIn(t.db(), t.clock(), u"sophie"_s, u"wrong"_s);
    QCOMPARE(UserService::resetPassword(t.session(), u"sophie"_s, u"short"_s).error().rule, u"password.length"_s);
    QVERIFY(UserService::resetPassword(t.session(), u"sophie"_s, u"Nouvelle clef des champs 9"_s));
    QVERIFY(UserService::signIn(t.db(), t.clock(), u"sophie"_s, u"Nouvelle clef des champs 9"_s).ok());
    QStringList actions;
    for (const AuditEntry &e : AuditLog::recent(t.db()))
        if (e.action.startsWith(u"user."_s))
            actions.prepend(e.action);
    QCOMPARE(actions,
             (QStringList{u"user.create"_s, u"user.create"_s, u"user.disable"_s, u"user.enable"_s, u"user.role"_s,
                          u"user.disable"_s, u"user.password-reset"_s}));
}

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
