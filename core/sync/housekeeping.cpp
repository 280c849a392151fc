#include "core/sync/housekeeping.h"

#include "core/access/backupschedule.h"
#include "core/access/session.h"
#include "core/agenda/waitinglist.h"
#include "core/documents/documentvault.h"
#include "core/reminders/reminderservice.h"
#include "core/store/database.h"

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QString leaseKey(const QString &piece)
{
    return u"housekeeping.lease."_s + piece;
}

} // namespace

Result<bool> Housekeeping::take(const Database &db, const QString &piece, const QString &holder, const QDateTime &now,
                                int seconds)
{
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    const QString current = db.setting(leaseKey(piece));
    const QString owner = current.section(u'|', 0, 0);
    const qint64 until = current.section(u'|', 1, 1).toLongLong();
    if (!current.isEmpty() && owner != holder && until > now.toSecsSinceEpoch())
        return false;
    if (auto ok = db.setSetting(leaseKey(piece), holder + u'|' + QString::number(now.toSecsSinceEpoch() + seconds));
        !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return true;
}

Result<void> Housekeeping::release(const Database &db, const QString &piece, const QString &holder)
{
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok;
    if (db.setting(leaseKey(piece)).section(u'|', 0, 0) == holder)
        if (auto ok = db.setSetting(leaseKey(piece), QString()); !ok)
            return ok;
    return tx.commit();
}

HousekeepingReport Housekeeping::run(const Database &db, const QDateTime &now, const QString &holder)
{
    HousekeepingReport out;
    auto piece = [&](const QString &name, const std::function<Result<void>()> &work, int seconds = 300) {
        auto taken = take(db, name, holder, now, seconds);
        if (!taken) {
            out.log << taken.error().message;
            return;
        }
        if (!*taken) {
            out.skipped << name;
            return;
        }
        if (auto ok = work(); !ok)
            out.log << ok.error().message;
        else
            out.ran << name;
        (void)release(db, name, holder);
    };
    piece(u"reminders"_s, [&]() -> Result<void> {
        auto swept = ReminderService::sweep(db, now);
        if (!swept)
            return swept.error();
        out.messagesPlanned = swept->created;
        return {};
    });
    piece(u"waitlist"_s, [&]() -> Result<void> {
        auto offered = WaitingList::run(db, now);
        if (!offered)
            return offered.error();
        out.offers = offered->offers;
        return {};
    });
    piece(u"documents"_s, [&]() -> Result<void> {
        // Archiving is the practice's own rule: done in its name.
        User system;
        system.login = u"guichet"_s;
        system.displayName = tr("Guichet (housekeeping)");
        system.role = Role::Administrator;
        const FixedClock clock(now);
        const Session session(db, clock, system);
        auto archived = DocumentVault::archiveExpired(session);
        if (!archived)
            return archived.error();
        out.archived = *archived;
        return {};
    });
    // The day's backup into the practice's folder, one desk at a time (an hour's lease: a large
    // practice's copy takes a while).
    piece(
        u"backup"_s,
        [&]() -> Result<void> {
            auto made = BackupSchedule::runDue(db, now);
            if (!made)
                return made.error();
            if (!made->isEmpty())
                out.backup = *made;
            return {};
        },
        3600);
    return out;
}

HousekeepingReport Housekeeping::run(const Session &session, const QString &holder)
{
    if (!session.can(Right::ViewAgenda))
        return {};
    return run(session.database(), session.now(), holder);
}

} // namespace guichet
