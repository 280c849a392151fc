#include "core/domain/jsonformat.h"

#include "core/base/timeutil.h"
#include "core/domain/appointment.h"
#include "core/domain/patient.h"
#include "core/domain/patientfields.h"
#include "core/domain/practice.h"
#include "core/domain/user.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace guichet::Json {

namespace {
QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QJsonObject patient(const Patient &p)
{
    // The fields as PatientFields declares them ("birth_date": "1962", "1962-03" or
    // "1962-03-15"), then what the record keeps about itself.
    QJsonObject out = PatientFields::values(p);
    out.insert(u"id"_s, p.id);
    out.insert(u"display_name"_s, p.displayName());
    out.insert(u"origin"_s, PatientOrigins::code(p.origin));
    out.insert(u"created_at"_s, p.createdAt.toString(Qt::ISODate));
    out.insert(u"updated_at"_s, p.updatedAt.toString(Qt::ISODate));
    out.insert(u"server_id"_s, orNull(p.serverId));
    out.insert(u"version"_s, orNull(p.version));
    out.insert(u"external_id"_s, orNull(p.externalId));
    return out;
}

QJsonObject practitioner(const Practitioner &p)
{
    return {
        {u"id"_s, p.id},
        {u"title"_s, p.title},
        {u"first_name"_s, p.firstName},
        {u"last_name"_s, p.lastName},
        {u"display_name"_s, p.displayName()},
        {u"specialty"_s, p.specialty},
        {u"registration"_s, p.registration},
        {u"site_id"_s, p.siteId},
        {u"color"_s, p.color},
        {u"online_cancel_deadline_hours"_s, p.onlineCancelDeadlineHours},
        {u"accepts_new_patients_online"_s, p.acceptsNewPatientsOnline},
        {u"phone_only_after_months"_s, p.phoneOnlyAfterMonths},
        {u"other_site_ids"_s, QJsonArray::fromStringList(p.otherSiteIds)},
        {u"online_days"_s, p.onlineDays},
        {u"online_notice_hours"_s, p.onlineNoticeHours},
        {u"messages"_s, p.messages},
        {u"active"_s, p.active},
    };
}

QJsonObject motif(const Motif &m)
{
    return {
        {u"id"_s, m.id},
        {u"practitioner_id"_s, m.practitionerId},
        {u"label"_s, m.label},
        {u"duration_minutes"_s, m.durationMinutes},
        {u"color"_s, m.color},
        {u"bookable_online"_s, m.bookableOnline},
        {u"video"_s, m.video},
        {u"home_visit"_s, m.homeVisit},
        {u"notifications"_s, m.notifications},
        {u"new_patients"_s, m.newPatients},
        {u"min_age"_s, m.minAgeYears},
        {u"max_age"_s, m.maxAgeYears},
        {u"spacing_rule"_s, m.spacingRule},
        {u"booking"_s, m.bookingCode()},
        {u"booking_phone"_s, m.bookingPhone},
        {u"last_visit_months"_s, m.lastVisitMonths},
        {u"instructions"_s, m.instructions},
        {u"active"_s, m.active},
    };
}

QJsonObject site(const Site &s)
{
    return {{u"id"_s, s.id},           {u"name"_s, s.name},       {u"time_zone"_s, s.timeZone},
            {u"country"_s, s.country}, {u"address"_s, s.address}, {u"postcode"_s, s.postcode},
            {u"city"_s, s.city},       {u"phone"_s, s.phone},     {u"access_info"_s, s.accessInfo}};
}

QJsonObject appointment(const Appointment &a, const QTimeZone &zone)
{
    return {
        {u"id"_s, a.id},
        {u"practitioner_id"_s, a.practitionerId},
        {u"patient_id"_s, a.patientId},
        {u"motif_id"_s, orNull(a.motifId)},
        {u"site_id"_s, a.siteId},
        {u"start"_s, toIsoInZone(a.start, zone)},
        {u"end"_s, toIsoInZone(a.end, zone)},
        {u"channel"_s, BookingChannels::code(a.channel)},
        {u"status"_s, AppointmentStatuses::code(a.status)},
        {u"cancelled_by"_s, orNull(CancelledBys::code(a.cancelledBy))},
        {u"late_cancellation"_s, a.lateCancellation},
        {u"late"_s, a.lateCancellation},
        {u"excused"_s, a.excused},
        {u"reason"_s, a.reason},
        {u"note"_s, a.note},
        {u"created_at"_s, toIsoInZone(a.createdAt, zone)},
        {u"created_by"_s, a.createdBy},
        {u"server_id"_s, orNull(a.serverId)},
        {u"version"_s, orNull(a.version)},
    };
}

QJsonObject transition(const AppointmentTransition &t, const QTimeZone &zone)
{
    QJsonObject o{{u"from"_s, orNull(AppointmentStatuses::code(t.from))},
                  {u"to"_s, AppointmentStatuses::code(t.to)},
                  {u"at"_s, toIsoInZone(t.at, zone)},
                  {u"user"_s, t.user},
                  {u"reason"_s, t.reason}};
    if (!t.kind.isEmpty())
        o[u"kind"_s] = t.kind; // a correction at the desk: patient, motif, note
    return o;
}

QJsonObject user(const User &u)
{
    return {{u"id"_s, u.id},
            {u"login"_s, u.login},
            {u"display_name"_s, u.displayName},
            {u"role"_s, Roles::code(u.role)},
            {u"practitioner_id"_s, orNull(u.practitionerId)},
            {u"active"_s, u.active}};
}

} // namespace guichet::Json
