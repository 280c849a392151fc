#include "core/access/audittrail.h"

#include "core/access/session.h"
#include "core/base/timeutil.h"
#include "core/domain/csv.h"
#include "core/domain/patientfields.h"
#include "core/store/appointmentrepository.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/patientrepository.h"
#include "core/store/practicerepository.h"
#include "core/store/userrepository.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
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
        {u"patient.eid-address"_s, QT_TR_NOOP("Address updated from the eID card")},
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

QString AuditTrail::familyLabel(const QString &family)
{
    static const QHash<QString, const char *> labels = {
        {u"absence"_s, QT_TR_NOOP("Absences")},         {u"agenda"_s, QT_TR_NOOP("Agenda")},
        {u"appointment"_s, QT_TR_NOOP("Appointments")}, {u"audit"_s, QT_TR_NOOP("Audit log")},
        {u"backup"_s, QT_TR_NOOP("Backups")},           {u"booking"_s, QT_TR_NOOP("Booking rules")},
        {u"document"_s, QT_TR_NOOP("Documents")},       {u"message"_s, QT_TR_NOOP("Messages")},
        {u"motif"_s, QT_TR_NOOP("Visit reasons")},      {u"noshow"_s, QT_TR_NOOP("Appointments not honoured")},
        {u"patient"_s, QT_TR_NOOP("Patients")},         {u"practitioner"_s, QT_TR_NOOP("Practitioners")},
        {u"screen"_s, QT_TR_NOOP("Screen lock")},       {u"settings"_s, QT_TR_NOOP("Settings")},
        {u"signin"_s, QT_TR_NOOP("Sign-ins")},          {u"site"_s, QT_TR_NOOP("Sites")},
        {u"sync"_s, QT_TR_NOOP("Synchronisation")},     {u"user"_s, QT_TR_NOOP("Users")},
        {u"vault"_s, QT_TR_NOOP("Document vault")},     {u"waitlist"_s, QT_TR_NOOP("Waiting list")},
    };
    const auto it = labels.constFind(family);
    return it == labels.cend() ? tr("Other acts") : tr(*it);
}

namespace {

// Names for the ids a line mentions, each looked up once.
class AuditNames
{
public:
    AuditNames(const Database &db, const QTimeZone &zone)
        : m_db(db)
        , m_zone(zone)
    {
        for (const User &u : UserRepository(db).list()) {
            const QString name = u.displayName.isEmpty() ? u.login : u.displayName;
            m_users.insert(u.login, name);
            m_users.insert(u.id, name);
        }
    }

    QString user(const QString &loginOrId) const
    {
        if (loginOrId.isEmpty())
            return AuditTrail::tr("the system");
        if (const QString name = m_users.value(loginOrId); !name.isEmpty())
            return name;
        if (loginOrId == u"online"_s)
            return AuditTrail::tr("the patient, online");
        if (loginOrId == u"sync"_s || loginOrId.startsWith(u"sync:"_s))
            return AuditTrail::tr("the central agenda");
        return loginOrId;
    }

    // The thing of `kind` with `id`, named; an empty string when it cannot be said.
    QString name(const QString &kind, const QString &id)
    {
        if (id.isEmpty())
            return QString();
        const QString key = kind + u'|' + id;
        if (auto it = m_cache.constFind(key); it != m_cache.cend())
            return *it;
        QString out;
        if (kind == u"patient"_s) {
            if (auto p = PatientRepository(m_db).byId(id))
                out = p->displayName();
        } else if (kind == u"appointment"_s) {
            if (auto a = AppointmentRepository(m_db).byId(id)) {
                out = QLocale().toString(a->start.toTimeZone(m_zone), u"dd/MM/yyyy HH:mm"_s);
                if (const QString patient = name(u"patient"_s, a->patientId); !patient.isEmpty())
                    out += u" — "_s + patient;
            }
        } else if (kind == u"practitioner"_s) {
            if (auto p = PracticeRepository(m_db).practitioner(id))
                out = p->displayName();
        } else if (kind == u"site"_s) {
            if (auto s = PracticeRepository(m_db).site(id))
                out = s->name;
        } else if (kind == u"motif"_s) {
            if (auto m = PracticeRepository(m_db).motif(id))
                out = m->label;
        } else if (kind == u"user"_s) {
            out = m_users.value(id);
        } else if (kind == u"document"_s) {
            if (auto r = m_db.exec(u"SELECT file_name FROM documents WHERE id = ?"_s, {id}); r && r->next())
                out = r->value(0).toString();
        }
        m_cache.insert(key, out);
        return out;
    }

    QString entity(const QString &kind, const QString &id)
    {
        static const QHash<QString, const char *> kinds = {
            {u"patient"_s, QT_TRANSLATE_NOOP("AuditTrail", "Patient")},
            {u"appointment"_s, QT_TRANSLATE_NOOP("AuditTrail", "Appointment of")},
            {u"practitioner"_s, QT_TRANSLATE_NOOP("AuditTrail", "Practitioner")},
            {u"site"_s, QT_TRANSLATE_NOOP("AuditTrail", "Site")},
            {u"motif"_s, QT_TRANSLATE_NOOP("AuditTrail", "Visit reason")},
            {u"user"_s, QT_TRANSLATE_NOOP("AuditTrail", "User")},
            {u"document"_s, QT_TRANSLATE_NOOP("AuditTrail", "Document")},
            {u"absence"_s, QT_TRANSLATE_NOOP("AuditTrail", "Absence")},
            {u"backup"_s, QT_TRANSLATE_NOOP("AuditTrail", "Backup")},
            {u"settings"_s, QT_TRANSLATE_NOOP("AuditTrail", "Settings")},
        };
        if (kind.isEmpty())
            return QString();
        const auto label = kinds.constFind(kind);
        const QString what = label == kinds.cend() ? AuditTrail::familyLabel(kind) : AuditTrail::tr(*label);
        const QString named = name(kind, id);
        if (!named.isEmpty())
            return what + u' ' + named;
        return id.isEmpty() ? what : AuditTrail::tr("%1 (no longer in the practice)").arg(what);
    }

    const QTimeZone &zone() const { return m_zone; }

private:
    const Database &m_db;
    QTimeZone m_zone;
    QHash<QString, QString> m_users;
    QHash<QString, QString> m_cache;
};

// Labels of the detail fields a person needs; the others are counted, not shown (the CSV
// export keeps them all).
QString fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {u"reason"_s, QT_TRANSLATE_NOOP("AuditTrail", "reason")},
        {u"status"_s, QT_TRANSLATE_NOOP("AuditTrail", "status")},
        {u"status_before"_s, QT_TRANSLATE_NOOP("AuditTrail", "status before")},
        {u"status_after"_s, QT_TRANSLATE_NOOP("AuditTrail", "status after")},
        {u"start"_s, QT_TRANSLATE_NOOP("AuditTrail", "start")},
        {u"end"_s, QT_TRANSLATE_NOOP("AuditTrail", "end")},
        {u"from"_s, QT_TRANSLATE_NOOP("AuditTrail", "from")},
        {u"to"_s, QT_TRANSLATE_NOOP("AuditTrail", "to")},
        {u"patient_id"_s, QT_TRANSLATE_NOOP("AuditTrail", "patient")},
        {u"to_patient_id"_s, QT_TRANSLATE_NOOP("AuditTrail", "to the patient")},
        {u"practitioner_id"_s, QT_TRANSLATE_NOOP("AuditTrail", "practitioner")},
        {u"motif_id"_s, QT_TRANSLATE_NOOP("AuditTrail", "visit reason")},
        {u"site_id"_s, QT_TRANSLATE_NOOP("AuditTrail", "site")},
        {u"survivor_id"_s, QT_TRANSLATE_NOOP("AuditTrail", "record kept")},
        {u"merged_id"_s, QT_TRANSLATE_NOOP("AuditTrail", "record merged")},
        {u"channel"_s, QT_TRANSLATE_NOOP("AuditTrail", "channel")},
        {u"excused"_s, QT_TRANSLATE_NOOP("AuditTrail", "excused")},
        {u"late"_s, QT_TRANSLATE_NOOP("AuditTrail", "late")},
        {u"late_cancellation"_s, QT_TRANSLATE_NOOP("AuditTrail", "late cancellation")},
        {u"login"_s, QT_TRANSLATE_NOOP("AuditTrail", "login")},
        {u"role"_s, QT_TRANSLATE_NOOP("AuditTrail", "role")},
        {u"display_name"_s, QT_TRANSLATE_NOOP("AuditTrail", "name")},
        {u"name"_s, QT_TRANSLATE_NOOP("AuditTrail", "name")},
        {u"label"_s, QT_TRANSLATE_NOOP("AuditTrail", "label")},
        {u"title"_s, QT_TRANSLATE_NOOP("AuditTrail", "title")},
        {u"first_name"_s, QT_TRANSLATE_NOOP("AuditTrail", "first name")},
        {u"last_name"_s, QT_TRANSLATE_NOOP("AuditTrail", "last name")},
        {u"active"_s, QT_TRANSLATE_NOOP("AuditTrail", "active")},
        {u"file"_s, QT_TRANSLATE_NOOP("AuditTrail", "file")},
        {u"size"_s, QT_TRANSLATE_NOOP("AuditTrail", "size")},
        {u"count"_s, QT_TRANSLATE_NOOP("AuditTrail", "number")},
        {u"rows"_s, QT_TRANSLATE_NOOP("AuditTrail", "rows")},
        {u"patients"_s, QT_TRANSLATE_NOOP("AuditTrail", "patients")},
        {u"appointments"_s, QT_TRANSLATE_NOOP("AuditTrail", "appointments")},
        {u"documents"_s, QT_TRANSLATE_NOOP("AuditTrail", "documents")},
        {u"minutes"_s, QT_TRANSLATE_NOOP("AuditTrail", "minutes")},
        {u"note"_s, QT_TRANSLATE_NOOP("AuditTrail", "note")},
        {u"score"_s, QT_TRANSLATE_NOOP("AuditTrail", "closeness")},
        {u"url"_s, QT_TRANSLATE_NOOP("AuditTrail", "address")},
        {u"kept_as"_s, QT_TRANSLATE_NOOP("AuditTrail", "kept as")},
        {u"day"_s, QT_TRANSLATE_NOOP("AuditTrail", "day")},
        {u"time_zone"_s, QT_TRANSLATE_NOOP("AuditTrail", "time zone")},
        {u"color"_s, QT_TRANSLATE_NOOP("AuditTrail", "colour")},
        {u"address"_s, QT_TRANSLATE_NOOP("AuditTrail", "address")},
        {u"postcode"_s, QT_TRANSLATE_NOOP("AuditTrail", "postcode")},
        {u"city"_s, QT_TRANSLATE_NOOP("AuditTrail", "city")},
        {u"country"_s, QT_TRANSLATE_NOOP("AuditTrail", "country")},
        {u"card_number"_s, QT_TRANSLATE_NOOP("AuditTrail", "card number")},
    };
    if (const auto it = labels.constFind(key); it != labels.cend())
        return AuditTrail::tr(*it);
    // A patient's field, as PatientFields names it, in the middle of a sentence.
    if (const PatientFieldSpec *field = PatientFields::byCode(key))
        return PatientFields::labelInSentence(field->field);
    return QString();
}

QString describeValue(const QString &key, const QJsonValue &value, AuditNames &names)
{
    static const QRegularExpression isoTime(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"_s);
    static const QRegularExpression isoDate(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (value.isBool())
        return value.toBool() ? AuditTrail::tr("yes") : AuditTrail::tr("no");
    if (value.isDouble())
        return QLocale().toString(value.toDouble(), 'g', 10);
    if (value.isString()) {
        const QString text = value.toString();
        if (key.endsWith(u"_id"_s)) {
            const QString kind = key == u"to_patient_id"_s || key == u"survivor_id"_s || key == u"merged_id"_s
                ? u"patient"_s
                : key.left(key.size() - 3);
            const QString named = names.name(kind, text);
            return named.isEmpty() ? AuditTrail::tr("(no longer in the practice)") : named;
        }
        if (isoTime.match(text).hasMatch()) {
            const QDateTime at = QDateTime::fromString(text, Qt::ISODate);
            if (at.isValid())
                return QLocale().toString(at.toTimeZone(names.zone()), u"dd/MM/yyyy HH:mm"_s);
        }
        if (isoDate.match(text).hasMatch())
            return QLocale().toString(QDate::fromString(text, Qt::ISODate), u"dd/MM/yyyy"_s);
        return text;
    }
    return QString(); // arrays and objects: in the export
}

QString describeDetails(const QJsonObject &details, AuditNames &names)
{
    QStringList said;
    int unsaid = 0;
    for (auto it = details.begin(); it != details.end(); ++it) {
        const QString key = it.key();
        if ((key == u"before"_s || key == u"after"_s) && it.value().isObject()) {
            // A change: only the fields that differ, before → after.
            const QJsonObject before = details.value(u"before"_s).toObject();
            const QJsonObject after = details.value(u"after"_s).toObject();
            if (key == u"after"_s)
                continue;
            for (auto f = after.begin(); f != after.end(); ++f) {
                if (before.value(f.key()) == f.value())
                    continue;
                const QString label = fieldLabel(f.key());
                if (label.isEmpty()) {
                    ++unsaid;
                    continue;
                }
                said << AuditTrail::tr("%1: %2 → %3")
                            .arg(label, describeValue(f.key(), before.value(f.key()), names),
                                 describeValue(f.key(), f.value(), names));
            }
            continue;
        }
        const QString label = fieldLabel(key);
        const QString value = describeValue(key, it.value(), names);
        if (label.isEmpty() || value.isEmpty()) {
            ++unsaid;
            continue;
        }
        said << AuditTrail::tr("%1: %2").arg(label, value);
    }
    if (unsaid > 0)
        said << AuditTrail::tr("%n other detail(s) in the export", nullptr, unsaid);
    return said.join(u" · "_s);
}

} // namespace

Result<QList<AuditTrail::Line>> AuditTrail::describe(const Session &session, const QList<AuditEntry> &entries,
                                                     const QTimeZone &zone)
{
    if (auto ok = session.require(Right::ReadAudit); !ok)
        return ok.error();
    AuditNames names(session.database(), zone);
    QList<Line> out;
    out.reserve(entries.size());
    for (const AuditEntry &e : entries) {
        out.append({QLocale().toString(e.at.toTimeZone(zone), u"dd/MM/yyyy HH:mm:ss"_s), names.user(e.user),
                    actionLabel(e.action), names.entity(e.entity, e.entityId), e.reason,
                    describeDetails(e.details, names)});
    }
    return out;
}

} // namespace guichet
