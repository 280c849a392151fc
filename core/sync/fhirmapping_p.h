#pragma once

// What fhirmapping.cpp and fhirmapping_shared.cpp share; not part of the API.
#include "core/base/timeutil.h"
#include "core/sync/fhirmapping.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QUuid>

namespace guichet::fhirdetail {

using namespace Qt::StringLiterals;

inline const QString kExt = u"urn:guichet:fhir:"_s;
inline const QString kMotifSystem = u"urn:guichet:motif"_s;
inline const QString kSpecialtySystem = u"urn:guichet:specialty"_s;
inline const QString kCancellationSystem = u"urn:guichet:fhir:cancellation"_s;
// The site's IANA time zone, on Location: the core extension `timezone` does not allow Location as
// its context, so the project's own (read back from either).
inline const QString kTimeZoneExt = u"time-zone"_s; // urn:guichet:fhir:time-zone
inline const QString kCoreTimeZoneExt = u"http://hl7.org/fhir/StructureDefinition/timezone"_s;
// Practitioners' registration numbers as the national guides name them: BE Core's NIHDI (INAMI/
// RIZIV) naming system; FR Core's `rpps` slice (type RPPS of fr-core-cs-v2-0203) and `idNatPs`
// slice (IDNPS, the RPPS prefixed with 8, under the ANS OID).
inline const QString kNihdiSystem =
    u"https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/nihdi-professional"_s;
inline const QString kRppsSystem = u"https://rpps.esante.gouv.fr"_s;
inline const QString kIdNatPsSystem = u"urn:oid:1.2.250.1.71.4.2.1"_s;
inline const QString kFrCoreIdentifierTypes = u"https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203"_s;
inline const QString kNissSystem = u"https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/ssin"_s;
// The INS (FR Core Patient, slice INS-NIR): the NIR under the INS OID, `use` official and `type`
// INS-NIR of fr-core-cs-v2-0203, only for a qualified identity. A NIR not qualified is not an INS:
// it goes under the project's own system.
inline const QString kNirSystem = u"urn:oid:1.2.250.1.213.1.4.8"_s;
inline const QString kNirTypeSystem = u"https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203"_s;
inline const QString kNirLocalSystem = u"urn:guichet:nir"_s;
inline const QString kRegistrationSystem = u"urn:guichet:registration"_s;
inline const QString kExternalSystem = u"urn:guichet:external-id"_s;
inline const QString kFlagSystem = u"urn:guichet:flag"_s;
inline const QString kDocumentTypeSystem = u"urn:guichet:document-type"_s;
inline const QString kBookingBlocked = u"online-booking-blocked"_s;

inline QJsonObject extension(const QString &name, const QString &valueKey, const QJsonValue &value)
{
    return {{u"url"_s, name.startsWith(u"http"_s) ? name : kExt + name}, {valueKey, value}};
}

inline void addExtension(QJsonArray &list, const QString &name, const QString &valueKey, const QJsonValue &value)
{
    list.append(extension(name, valueKey, value));
}

// The value of extension `name` (Guichet's or a full URL), or undefined.
inline QJsonValue extensionValue(const QJsonObject &resource, const QString &name, const QString &valueKey)
{
    const QString url = name.startsWith(u"http"_s) ? name : kExt + name;
    for (const auto &e : resource.value(u"extension"_s).toArray()) {
        const QJsonObject ext = e.toObject();
        if (ext.value(u"url"_s).toString() == url)
            return ext.value(valueKey);
    }
    return QJsonValue(QJsonValue::Undefined);
}

inline QString identifierValue(const QJsonObject &resource, const QString &system)
{
    for (const auto &i : resource.value(u"identifier"_s).toArray()) {
        const QJsonObject id = i.toObject();
        if (id.value(u"system"_s).toString() == system)
            return id.value(u"value"_s).toString();
    }
    return {};
}

inline QJsonObject codingOf(const QString &system, const QString &code, const QString &display = {})
{
    QJsonObject c{{u"system"_s, system}, {u"code"_s, code}};
    if (!display.isEmpty())
        c.insert(u"display"_s, display);
    return c;
}

// The first coding of `concept` in `system`.
inline QJsonObject codingIn(const QJsonValue &concept_, const QString &system)
{
    for (const auto &c : concept_.toObject().value(u"coding"_s).toArray())
        if (c.toObject().value(u"system"_s).toString() == system)
            return c.toObject();
    return {};
}

inline Error invalid(const QString &type, const QString &field, const QString &why)
{
    return Error::invalid(FhirMapping::tr("%1 received from the server refused: %2 (%3).").arg(type, why, field),
                          u"fhir."_s + type.toLower() + u'.' + field);
}

// Optional string members must be strings when present.
inline bool badString(const QJsonObject &o, const QString &key)
{
    return o.contains(key) && !o.value(key).isString();
}

inline QString instantUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

inline QDateTime parseInstant(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    const QString text = value.toString();
    // An instant carries its offset; a bare local time would be ambiguous.
    if (!(text.endsWith(u'Z') || text.contains(u'+') || text.lastIndexOf(u'-') > 9))
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

inline QString fhirStatus(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::InConsultation:
        return u"checked-in"_s;
    default:
        return AppointmentStatuses::code(status);
    }
}

inline std::optional<AppointmentStatus> localStatus(const QString &code)
{
    if (code == u"checked-in"_s)
        return AppointmentStatus::InConsultation;
    if (code == u"pending"_s)
        return AppointmentStatus::Booked; // booked online, awaiting the practice's confirmation
    if (code == u"in-consultation"_s)
        return std::nullopt; // Guichet's own code, not FHIR's
    return AppointmentStatuses::fromCode(code);
}

inline QJsonValue jsonOf(const QString &s)
{
    return s;
}
inline QJsonValue jsonOf(bool b)
{
    return b;
}
inline QJsonValue jsonOf(const QDate &d)
{
    return d.toString(Qt::ISODate);
}
inline QJsonValue jsonOf(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(instantUtc(t)) : QJsonValue();
}
inline QJsonValue jsonOf(DatePrecision p)
{
    return p == DatePrecision::Year ? u"year"_s : p == DatePrecision::Month ? u"month"_s : u"day"_s;
}
inline QJsonValue jsonOf(Sex s)
{
    return sexCode(s);
}
inline QJsonValue jsonOf(IdentityStatus s)
{
    return IdentityStatuses::code(s);
}
inline QJsonValue jsonOf(BookingChannel c)
{
    return BookingChannels::code(c);
}
inline QJsonValue jsonOf(std::optional<CancelledBy> by)
{
    return CancelledBys::code(by); // "" when not cancelled, as the bases of the three-way merge keep it
}
inline QJsonValue jsonOf(AppointmentStatus s)
{
    return AppointmentStatuses::code(s);
}

} // namespace guichet::fhirdetail
