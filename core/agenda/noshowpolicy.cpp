#include "core/agenda/noshowpolicy.h"

#include "core/access/session.h"
#include "core/base/timeutil.h"
#include "core/store/changejournal.h"
#include "core/store/database.h"
#include "core/store/patientrepository.h"
#include "core/store/practicerepository.h"
#include "core/store/practicesettings.h"

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

// The appointments that count toward the block, as an SQL condition on `appointments`.
QString countingCondition(bool lateCancellationsCount)
{
    QString condition = u"(status = 'noshow' AND excused = 0 AND noshow_erased = 0)"_s;
    if (lateCancellationsCount)
        condition = u"("_s + condition
            + u" OR (status = 'cancelled' AND late_cancellation = 1 AND cancelled_by = 'patient'))"_s;
    return condition;
}

struct LastAct
{
    QString action; // block, lift or empty
    QDateTime lastLiftAt;
    QDateTime lastBlockAt; // the latest block decided (before the last lift, when lifted)
};

LastAct lastAct(const Database &db, const QString &patientId, const QString &practitionerId)
{
    LastAct act;
    auto r = db.exec(u"SELECT action, at_utc FROM booking_blocks WHERE patient_id = ? AND practitioner_id = ? "
                     "ORDER BY seq DESC"_s,
                     {patientId, practitionerId});
    bool first = true;
    while (r && r->next()) {
        if (first) {
            act.action = r->value(0).toString();
            first = false;
        }
        const QString action = r->value(0).toString();
        if (action == u"block"_s) {
            act.lastBlockAt = fromStored(r->value(1).toLongLong());
            if (act.lastLiftAt.isValid())
                break;
        } else if (action == u"lift"_s) {
            if (act.lastLiftAt.isValid())
                break;
            act.lastLiftAt = fromStored(r->value(1).toLongLong());
            if (act.action == u"block"_s)
                break; // blocked again after this lift: lastBlockAt is the current block's
        }
    }
    return act;
}

Result<void> checkParties(const Database &db, const QString &patientId, const QString &practitionerId)
{
    if (auto p = PatientRepository(db).byId(patientId); !p)
        return Error::invalid(p.error().message, u"noshow.patient"_s);
    if (auto p = PracticeRepository(db).practitioner(practitionerId); !p)
        return Error::invalid(p.error().message, u"noshow.practitioner"_s);
    return {};
}

Result<NoShowStatus> recordAct(const Session &session, const QString &patientId, const QString &practitionerId,
                               const QString &reason, const QString &action)
{
    if (auto ok = session.requireFor(Right::LiftBlock, practitionerId); !ok)
        return ok.error();
    if (reason.trimmed().isEmpty())
        return Error::invalid(NoShowPolicy::tr("Give the reason: it is kept in the audit log."), u"noshow.reason"_s);
    const Database &db = session.database();
    if (auto ok = checkParties(db, patientId, practitionerId); !ok)
        return ok.error();
    const NoShowStatus before = NoShowPolicy::status(db, patientId, practitionerId);
    if (action == u"lift"_s && !before.blocked)
        return Error::refused(NoShowPolicy::tr("This patient is not blocked with this practitioner."),
                              u"noshow.not-blocked"_s);
    if (action == u"block"_s && before.manualBlock)
        return Error::refused(NoShowPolicy::tr("This patient is already blocked with this practitioner."),
                              u"noshow.already-blocked"_s);
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    if (auto ok =
            db.exec(u"INSERT INTO booking_blocks(patient_id, practitioner_id, action, reason, at_utc, user_name) "
                    "VALUES (?, ?, ?, ?, ?, ?)"_s,
                    {patientId, practitionerId, action, reason.trimmed(), toStored(session.now()), session.actor()});
        !ok)
        return ok.error();
    if (auto ok = session.audit(action == u"lift"_s ? u"booking.unblock"_s : u"booking.block"_s, u"patient"_s,
                                patientId, reason.trimmed(),
                                QJsonObject{{u"practitioner_id"_s, practitionerId},
                                            {u"count_before"_s, before.count},
                                            {u"blocked_before"_s, before.blocked}});
        !ok)
        return ok.error();
    // For the central agenda: the online-booking block as a Flag on the patient.
    if (auto ok = ChangeJournal::record(db, u"booking-block"_s, patientId + u'|' + practitionerId, u"status"_s,
                                        QJsonObject{{u"action"_s, action}}, session.now());
        !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return NoShowPolicy::status(db, patientId, practitionerId);
}

} // namespace

NoShowStatus NoShowPolicy::status(const Database &db, const QString &patientId, const QString &practitionerId)
{
    PracticeSettings settings(db);
    NoShowStatus s;
    s.patientId = patientId;
    s.practitionerId = practitionerId;
    s.threshold = settings.noShowThreshold();
    const LastAct act = lastAct(db, patientId, practitionerId);
    s.lastLiftAt = act.lastLiftAt;
    s.manualBlock = act.action == u"block"_s;
    const qint64 since = act.lastLiftAt.isValid() ? toStored(act.lastLiftAt) : std::numeric_limits<qint64>::min();
    auto r = db.exec(u"SELECT count(*), coalesce(sum(start_utc > ?), 0) FROM appointments "
                     "WHERE patient_id = ? AND practitioner_id = ? AND "_s
                         + countingCondition(settings.countLateCancellations()),
                     {since, patientId, practitionerId});
    if (r && r->next()) {
        s.total = r->value(0).toInt();
        s.count = r->value(1).toInt();
    }
    s.blocked = s.manualBlock || s.count >= s.threshold;
    if (s.manualBlock) {
        s.blockStart = act.lastBlockAt;
    } else if (s.blocked) {
        // Reached by counting: when the appointment that reached the threshold was.
        auto nth = db.exec(u"SELECT start_utc FROM appointments WHERE patient_id = ? AND practitioner_id = ? AND "
                           "start_utc > ? AND "_s
                               + countingCondition(settings.countLateCancellations())
                               + u" ORDER BY start_utc LIMIT 1 OFFSET ?"_s,
                           {patientId, practitionerId, since, qMax(0, s.threshold - 1)});
        if (nth && nth->next())
            s.blockStart = fromStored(nth->value(0).toLongLong());
    } else if (act.lastLiftAt.isValid() && act.lastBlockAt.isValid() && act.lastBlockAt < act.lastLiftAt) {
        s.blockStart = act.lastBlockAt;
    }
    return s;
}

QList<NoShowStatus> NoShowPolicy::statuses(const Database &db, const QString &patientId)
{
    QList<NoShowStatus> out;
    auto r = db.exec(u"SELECT DISTINCT practitioner_id FROM appointments WHERE patient_id = ? AND "
                     "(status = 'noshow' OR (status = 'cancelled' AND late_cancellation = 1)) "
                     "UNION SELECT practitioner_id FROM booking_blocks WHERE patient_id = ?"_s,
                     {patientId, patientId});
    QStringList practitioners;
    while (r && r->next())
        practitioners << r->value(0).toString();
    for (const QString &practitionerId : std::as_const(practitioners)) {
        const NoShowStatus s = status(db, patientId, practitionerId);
        if (s.total > 0 || s.blocked || s.lastLiftAt.isValid())
            out << s;
    }
    return out;
}

Result<void> NoShowPolicy::checkOnlineBooking(const Database &db, const QString &patientId,
                                              const QString &practitionerId)
{
    const NoShowStatus s = status(db, patientId, practitionerId);
    if (!s.blocked)
        return {};
    if (s.manualBlock)
        return Error::refused(tr("The practice has blocked this patient's online booking with this practitioner: "
                                 "the patient must phone the practice."),
                              u"noshow.block"_s);
    return Error::refused(tr("This patient has %1 appointments not honoured with this practitioner (limit %2): online "
                             "booking is blocked, the patient must phone the practice.")
                              .arg(s.count)
                              .arg(s.threshold),
                          u"noshow.block"_s);
}

QString NoShowPolicy::deskWarning(const Database &db, const QString &patientId, const QString &practitionerId)
{
    const NoShowStatus s = status(db, patientId, practitionerId);
    if (!s.blocked)
        return {};
    if (s.manualBlock)
        return tr("Warning: the practice has blocked this patient's online booking with this practitioner.");
    return tr("Warning: %1 appointments not honoured with this practitioner; online booking is blocked.").arg(s.count);
}

Result<NoShowStatus> NoShowPolicy::block(const Session &session, const QString &patientId,
                                         const QString &practitionerId, const QString &reason)
{
    return recordAct(session, patientId, practitionerId, reason, u"block"_s);
}

Result<NoShowStatus> NoShowPolicy::lift(const Session &session, const QString &patientId, const QString &practitionerId,
                                        const QString &reason)
{
    return recordAct(session, patientId, practitionerId, reason, u"lift"_s);
}

Result<NoShowStatus> NoShowPolicy::status(const Session &session, const QString &patientId,
                                          const QString &practitionerId)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    return status(session.database(), patientId, practitionerId);
}

Result<QList<NoShowStatus>> NoShowPolicy::statuses(const Session &session, const QString &patientId)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    return statuses(session.database(), patientId);
}

Result<QString> NoShowPolicy::deskWarning(const Session &session, const QString &patientId,
                                          const QString &practitionerId)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    return deskWarning(session.database(), patientId, practitionerId);
}

} // namespace guichet
