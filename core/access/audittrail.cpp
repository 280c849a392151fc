#include "core/access/audittrail.h"

#include "core/access/session.h"
#include "core/base/timeutil.h"
#include "core/domain/csv.h"
#include "core/store/auditlog.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace guichet {

Result<QList<AuditEntry>> AuditTrail::list(const Session &session, const AuditFilter &filter)
{
    if (auto ok = session.require(Right::ReadAudit); !ok)
        return ok.error();
    return AuditLog::query(session.database(), filter);
}

Result<QStringList> AuditTrail::families(const Session &session)
{
    if (auto ok = session.require(Right::ReadAudit); !ok)
        return ok.error();
    return AuditLog::families(session.database());
}

QByteArray AuditTrail::csv(const QList<AuditEntry> &entries, const QTimeZone &zone)
{
    QByteArray out = "at,user,action,entity,entity_id,reason,details\r\n";
    for (const AuditEntry &e : entries) {
        const QStringList fields{toIsoInZone(e.at, zone),
                                 e.user,
                                 e.action,
                                 e.entity,
                                 e.entityId,
                                 e.reason,
                                 QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact))};
        for (int i = 0; i < fields.size(); ++i) {
            if (i)
                out += ',';
            out += csvCell(fields.at(i)).toUtf8();
        }
        out += "\r\n";
    }
    return out;
}

Result<int> AuditTrail::exportCsv(const Session &session, const AuditFilter &filter, const QString &path,
                                  const QTimeZone &zone)
{
    auto entries = list(session, filter);
    if (!entries)
        return entries.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(csv(*entries, zone));
    // The export is an act of its own, recorded before the file appears.
    QJsonObject details{{u"rows"_s, int(entries->size())}, {u"file"_s, path}};
    if (!filter.user.isEmpty())
        details.insert(u"user"_s, filter.user);
    if (!filter.patientId.isEmpty())
        details.insert(u"patient_id"_s, filter.patientId);
    if (!filter.kind.isEmpty())
        details.insert(u"kind"_s, filter.kind);
    if (auto ok = session.audit(u"audit.export"_s, u"audit"_s, QString(), QString(), details); !ok)
        return ok.error();
    if (!file.commit())
        return Error::io(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return int(entries->size());
}

QString AuditTrail::actionLabel(const QString &action)
{
    static const QHash<QString, const char *> labels = {
        {u"signin"_s, QT_TR_NOOP("Signed in")},
        {u"signin.failed"_s, QT_TR_NOOP("Sign-in refused")},
        {u"signin.locked"_s, QT_TR_NOOP("Account made to wait after wrong passwords")},
        {u"user.create"_s, QT_TR_NOOP("User created")},
        {u"user.enable"_s, QT_TR_NOOP("User enabled")},
        {u"user.disable"_s, QT_TR_NOOP("User disabled")},
        {u"user.role"_s, QT_TR_NOOP("User's role changed")},
        {u"user.rename"_s, QT_TR_NOOP("User's name changed")},
        {u"user.password"_s, QT_TR_NOOP("Own password changed")},
        {u"user.password-reset"_s, QT_TR_NOOP("Password set by an administrator")},
        {u"settings.change"_s, QT_TR_NOOP("Practice rule changed")},
        {u"site.create"_s, QT_TR_NOOP("Site added")},
        {u"site.update"_s, QT_TR_NOOP("Site changed")},
        {u"practitioner.create"_s, QT_TR_NOOP("Practitioner added")},
        {u"practitioner.update"_s, QT_TR_NOOP("Practitioner changed")},
        {u"practitioner.activate"_s, QT_TR_NOOP("Practitioner reactivated")},
        {u"practitioner.deactivate"_s, QT_TR_NOOP("Practitioner deactivated")},
        {u"motif.create"_s, QT_TR_NOOP("Visit reason added")},
        {u"motif.update"_s, QT_TR_NOOP("Visit reason changed")},
        {u"motif.activate"_s, QT_TR_NOOP("Visit reason reactivated")},
        {u"motif.deactivate"_s, QT_TR_NOOP("Visit reason deactivated")},
        {u"absence.create"_s, QT_TR_NOOP("Absence declared")},
        {u"absence.update"_s, QT_TR_NOOP("Absence changed")},
        {u"absence.remove"_s, QT_TR_NOOP("Absence removed")},
        {u"noshow.erase"_s, QT_TR_NOOP("No-show erased")},
        {u"appointment.change-patient"_s, QT_TR_NOOP("Appointment given to another patient")},
        {u"appointment.entered-in-error"_s, QT_TR_NOOP("Appointment entered in error")},
        {u"appointment.spacing-kept"_s, QT_TR_NOOP("Appointment kept despite the spacing rule")},
        {u"appointment.series"_s, QT_TR_NOOP("Series of appointments booked")},
        {u"message.late"_s, QT_TR_NOOP("Running-late message sent")},
        {u"message.free"_s, QT_TR_NOOP("Message sent to a patient")},
        {u"patient.link-relative"_s, QT_TR_NOOP("Relative linked to an account holder")},
        {u"patient.unlink-relative"_s, QT_TR_NOOP("Relative made their own account holder")},
        {u"booking.block"_s, QT_TR_NOOP("Online booking blocked")},
        {u"booking.unblock"_s, QT_TR_NOOP("Online booking block lifted")},
        {u"patient.merge"_s, QT_TR_NOOP("Records merged")},
        {u"patient.unmerge"_s, QT_TR_NOOP("Merge undone")},
        {u"patient.split"_s, QT_TR_NOOP("Record split")},
        {u"patient.not-duplicate"_s, QT_TR_NOOP("Marked as not duplicates")},
        {u"patient.identity-checked"_s, QT_TR_NOOP("Identity checked")},
        {u"patient.strict-traits"_s, QT_TR_NOOP("Strict identity traits changed")},
        {u"document.remove"_s, QT_TR_NOOP("Document removed")},
        {u"backup.create"_s, QT_TR_NOOP("Backup made")},
        {u"backup.restore"_s, QT_TR_NOOP("Backup restored")},
        {u"agenda.export-ics"_s, QT_TR_NOOP("Agenda exported (iCalendar)")},
        {u"waitlist.accept"_s, QT_TR_NOOP("Waiting-list offer accepted")},
        {u"sync.conflict.resolve"_s, QT_TR_NOOP("Sync conflict settled")},
        {u"sync.signin"_s, QT_TR_NOOP("Signed in to the central agenda")},
        {u"sync.signout"_s, QT_TR_NOOP("Signed out of the central agenda")},
        {u"vault.export-key"_s, QT_TR_NOOP("Document key exported")},
        {u"vault.import-key"_s, QT_TR_NOOP("Document key imported")},
        {u"audit.export"_s, QT_TR_NOOP("Audit log exported")},
        {u"screen.lock"_s, QT_TR_NOOP("Screen locked")},
        {u"screen.unlock"_s, QT_TR_NOOP("Screen unlocked")},
        {u"screen.unlock-failed"_s, QT_TR_NOOP("Wrong password at the lock screen")},
    };
    const auto it = labels.constFind(action);
    return it == labels.constEnd() ? action : tr(it.value());
}

} // namespace guichet
