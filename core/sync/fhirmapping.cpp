#include "core/base/timeutil.h"
#include "core/base/uuid.h"
#include "core/domain/patientfields.h"
#include "core/domain/text.h"
#include "core/sync/fhirmapping_p.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace guichet {

using namespace fhirdetail;

QString FhirMapping::identifierQuery(const QString &localId, const QString &system) const
{
    return u"identifier="_s
        + QString::fromUtf8(QUrl::toPercentEncoding((system.isEmpty() ? m_system : system) + u'|' + localId));
}

QJsonObject FhirMapping::identified(const QString &type, const QString &localId) const
{
    QJsonObject r{{u"resourceType"_s, type},
                  {u"identifier"_s, QJsonArray{QJsonObject{{u"system"_s, m_system}, {u"value"_s, localId}}}}};
    return r;
}

QString FhirMapping::reference(const QString &type, const QString &localId) const
{
    const QString serverId = m_serverIdOf ? m_serverIdOf(type, localId) : QString();
    return serverId.isEmpty() ? QString() : type + u'/' + serverId;
}

QString FhirMapping::guichetId(const QJsonObject &resource)
{
    for (const auto &i : resource.value(u"identifier"_s).toArray()) {
        const QJsonObject id = i.toObject();
        const QString system = id.value(u"system"_s).toString();
        if (!system.startsWith(u"urn:guichet:"_s) || system == kRegistrationSystem || system == kExternalSystem
            || system == u"urn:guichet:slot"_s || system == u"urn:guichet:schedule"_s || system == messageSystem())
            continue;
        const QString value = id.value(u"value"_s).toString();
        if (!QUuid::fromString(value).isNull())
            return value;
    }
    return {};
}

namespace {

QJsonValue prunedValue(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed().isEmpty() ? QJsonValue(QJsonValue::Undefined) : value;
    if (value.isArray()) {
        QJsonArray out;
        for (const auto &v : value.toArray())
            if (const QJsonValue p = prunedValue(v); !p.isUndefined())
                out.append(p);
        return out.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(out);
    }
    if (value.isObject()) {
        const QJsonObject p = FhirMapping::pruned(value.toObject());
        const bool hollowExtension = p.size() == 1 && p.contains(u"url"_s);
        return p.isEmpty() || hollowExtension ? QJsonValue(QJsonValue::Undefined) : QJsonValue(p);
    }
    return value;
}

} // namespace

QJsonObject FhirMapping::pruned(const QJsonObject &resource)
{
    QJsonObject out;
    for (auto it = resource.constBegin(); it != resource.constEnd(); ++it)
        if (const QJsonValue p = prunedValue(it.value()); !p.isUndefined())
            out.insert(it.key(), p);
    return out;
}

QString FhirMapping::versionOf(const QJsonObject &resource)
{
    return resource.value(u"meta"_s).toObject().value(u"versionId"_s).toString();
}

QString FhirMapping::referenceId(const QJsonValue &reference, const QString &type)
{
    const QString ref = reference.toObject().value(u"reference"_s).toString();
    const QString prefix = type + u'/';
    const qsizetype at = ref.lastIndexOf(prefix);
    if (at < 0 || (at > 0 && ref.at(at - 1) != u'/'))
        return {};
    QString id = ref.mid(at + prefix.size());
    id = id.section(u'/', 0, 0); // drop any /_history/<version>
    return id;
}

// ---------------------------------------------------------------- to the server

QJsonObject FhirMapping::location(const Site &site) const
{
    QJsonObject r = identified(u"Location"_s, site.id);
    r.insert(u"status"_s, u"active"_s);
    r.insert(u"name"_s, site.name);
    QJsonObject address{{u"country"_s, site.country}};
    if (!site.address.isEmpty())
        address.insert(u"line"_s, QJsonArray{site.address});
    address.insert(u"postalCode"_s, site.postcode);
    address.insert(u"city"_s, site.city);
    address.insert(u"text"_s, site.fullAddress());
    r.insert(u"address"_s, address);
    r.insert(u"description"_s, site.accessInfo); // what patients need to find and enter the place
    if (!site.phone.isEmpty())
        r.insert(u"telecom"_s, QJsonArray{QJsonObject{{u"system"_s, u"phone"_s}, {u"value"_s, site.phone}}});
    r.insert(u"extension"_s, QJsonArray{extension(kTimeZoneExt, u"valueCode"_s, site.timeZone)});
    return r;
}

QJsonObject FhirMapping::practitioner(const Practitioner &p, const QString &country) const
{
    QJsonObject r = identified(u"Practitioner"_s, p.id);
    if (!p.registration.isEmpty()) {
        QJsonArray ids = r.value(u"identifier"_s).toArray();
        auto typed = [](const QString &system, const QString &code, const QString &value) {
            return QJsonObject{
                {u"use"_s, u"official"_s},
                {u"type"_s, QJsonObject{{u"coding"_s, QJsonArray{codingOf(kFrCoreIdentifierTypes, code)}}}},
                {u"system"_s, system},
                {u"value"_s, value}};
        };
        if (country == u"FR"_s) {
            ids.append(typed(kRppsSystem, u"RPPS"_s, p.registration));
            ids.append(typed(kIdNatPsSystem, u"IDNPS"_s, u'8' + p.registration));
        } else if (country == u"BE"_s) {
            ids.append(
                QJsonObject{{u"use"_s, u"official"_s}, {u"system"_s, kNihdiSystem}, {u"value"_s, p.registration}});
        } else {
            ids.append(QJsonObject{{u"system"_s, kRegistrationSystem}, {u"value"_s, p.registration}});
        }
        r.insert(u"identifier"_s, ids);
    }
    r.insert(u"active"_s, p.active);
    QJsonObject name{{u"family"_s, p.lastName}, {u"given"_s, QJsonArray{p.firstName}}};
    if (!p.title.isEmpty())
        name.insert(u"prefix"_s, QJsonArray{p.title});
    r.insert(u"name"_s, QJsonArray{name});
    r.insert(u"qualification"_s,
             QJsonArray{QJsonObject{{u"code"_s,
                                     QJsonObject{{u"coding"_s, QJsonArray{codingOf(kSpecialtySystem, p.specialty)}},
                                                 {u"text"_s, p.specialty}}}}});
    QJsonArray ext;
    addExtension(ext, u"color"_s, u"valueString"_s, p.color);
    addExtension(ext, u"online-cancel-deadline-hours"_s, u"valueInteger"_s, p.onlineCancelDeadlineHours);
    addExtension(ext, u"accepts-new-patients-online"_s, u"valueBoolean"_s, p.acceptsNewPatientsOnline);
    addExtension(ext, u"online-days"_s, u"valueInteger"_s, p.onlineDays);
    addExtension(ext, u"online-notice-hours"_s, u"valueInteger"_s, p.onlineNoticeHours);
    addExtension(ext, u"phone-only-after-months"_s, u"valueInteger"_s, p.phoneOnlyAfterMonths);
    addExtension(ext, u"messages"_s, u"valueBoolean"_s, p.messages);
    r.insert(u"extension"_s, ext);
    return r;
}

QJsonObject FhirMapping::practitionerRole(const Practitioner &p) const
{
    QJsonObject r = identified(u"PractitionerRole"_s, p.id);
    r.insert(u"active"_s, p.active);
    const QString practitionerRef = reference(u"Practitioner"_s, p.id);
    if (!practitionerRef.isEmpty())
        r.insert(u"practitioner"_s, QJsonObject{{u"reference"_s, practitionerRef}});
    QJsonArray locations; // the main site first
    for (const QString &site : QStringList{p.siteId} + p.otherSiteIds)
        if (const QString ref = reference(u"Location"_s, site); !ref.isEmpty())
            locations.append(QJsonObject{{u"reference"_s, ref}});
    r.insert(u"location"_s, locations);
    r.insert(u"specialty"_s,
             QJsonArray{QJsonObject{{u"coding"_s, QJsonArray{codingOf(kSpecialtySystem, p.specialty)}}}});
    return r;
}

QJsonObject FhirMapping::healthcareService(const Motif &m, const QString &siteId) const
{
    QJsonObject r = identified(u"HealthcareService"_s, m.id);
    r.insert(u"active"_s, m.active);
    r.insert(u"name"_s, m.label);
    r.insert(u"type"_s, QJsonArray{QJsonObject{{u"coding"_s, QJsonArray{codingOf(kMotifSystem, m.id, m.label)}}}});
    r.insert(u"appointmentRequired"_s, true);
    if (const QString location = reference(u"Location"_s, siteId); !location.isEmpty())
        r.insert(u"location"_s, QJsonArray{QJsonObject{{u"reference"_s, location}}});
    if (!m.bookingPhone.isEmpty())
        r.insert(u"telecom"_s, QJsonArray{QJsonObject{{u"system"_s, u"phone"_s}, {u"value"_s, m.bookingPhone}}});
    r.insert(u"extraDetails"_s, m.instructions); // markdown: what the patient must know before coming
    // Who may book it online: the eligibility's text for people, the extensions for machines.
    QJsonArray ext;
    if (const QString practitioner = reference(u"Practitioner"_s, m.practitionerId); !practitioner.isEmpty())
        ext.append(extension(u"practitioner"_s, u"valueReference"_s, QJsonObject{{u"reference"_s, practitioner}}));
    addExtension(ext, u"duration-minutes"_s, u"valueInteger"_s, m.durationMinutes);
    addExtension(ext, u"color"_s, u"valueString"_s, m.color);
    addExtension(ext, u"booking"_s, u"valueCode"_s, m.bookingCode());
    addExtension(ext, u"video"_s, u"valueBoolean"_s, m.video);
    if (m.homeVisit)
        addExtension(ext, u"home-visit"_s, u"valueBoolean"_s, true);
    addExtension(ext, u"new-patients"_s, u"valueBoolean"_s, m.newPatients);
    addExtension(ext, u"min-age"_s, u"valueInteger"_s, m.minAgeYears);
    addExtension(ext, u"max-age"_s, u"valueInteger"_s, m.maxAgeYears);
    addExtension(ext, u"last-visit-months"_s, u"valueInteger"_s, m.lastVisitMonths);
    addExtension(ext, u"spacing-rule"_s, u"valueBoolean"_s, m.spacingRule);
    addExtension(ext, u"messages"_s, u"valueBoolean"_s, m.notifications);
    r.insert(u"extension"_s, ext);
    return r;
}

QJsonObject FhirMapping::patient(const Patient &p) const
{
    QJsonObject r = identified(u"Patient"_s, p.id);
    QJsonArray ids = r.value(u"identifier"_s).toArray();
    if (!p.niss.isEmpty())
        ids.append(QJsonObject{{u"system"_s, kNissSystem}, {u"value"_s, p.niss}});
    if (!p.nir.isEmpty() && p.identityStatus == IdentityStatus::Qualified)
        ids.append(QJsonObject{
            {u"use"_s, u"official"_s},
            {u"type"_s,
             QJsonObject{
                 {u"coding"_s, QJsonArray{QJsonObject{{u"system"_s, kNirTypeSystem}, {u"code"_s, u"INS-NIR"_s}}}}}},
            {u"system"_s, kNirSystem},
            {u"value"_s, p.nir}});
    else if (!p.nir.isEmpty())
        ids.append(QJsonObject{{u"system"_s, kNirLocalSystem}, {u"value"_s, p.nir}});
    if (!p.externalId.isEmpty())
        ids.append(QJsonObject{{u"system"_s, kExternalSystem}, {u"value"_s, p.externalId}});
    r.insert(u"identifier"_s, ids);
    r.insert(u"active"_s, p.active);
    QJsonArray names{
        QJsonObject{{u"use"_s, u"official"_s},
                    {u"family"_s, p.birthName},
                    {u"given"_s, QJsonArray::fromStringList(p.firstNames.split(u' ', Qt::SkipEmptyParts))}}};
    if (!p.usageName.isEmpty() || !p.usedFirstName.isEmpty()) {
        QJsonObject usual{{u"use"_s, u"usual"_s}};
        if (!p.usageName.isEmpty())
            usual.insert(u"family"_s, p.usageName);
        if (!p.usedFirstName.isEmpty())
            usual.insert(u"given"_s, QJsonArray{p.usedFirstName});
        names.append(usual);
    }
    r.insert(u"name"_s, names);
    QJsonArray telecom;
    if (!p.mobilePhone.isEmpty())
        telecom.append(QJsonObject{{u"system"_s, u"phone"_s}, {u"use"_s, u"mobile"_s}, {u"value"_s, p.mobilePhone}});
    if (!p.otherPhone.isEmpty())
        telecom.append(QJsonObject{{u"system"_s, u"phone"_s}, {u"use"_s, u"home"_s}, {u"value"_s, p.otherPhone}});
    if (!p.email.isEmpty())
        telecom.append(QJsonObject{{u"system"_s, u"email"_s}, {u"value"_s, p.email}});
    if (!telecom.isEmpty())
        r.insert(u"telecom"_s, telecom);
    r.insert(u"gender"_s, sexCode(p.sex));
    if (p.birthDate.isValid())
        r.insert(u"birthDate"_s, p.birth().toIso()); // "1962", "1962-03" or the full date
    r.insert(u"deceasedBoolean"_s, p.deceased);
    if (!p.address.isEmpty() || !p.postcode.isEmpty() || !p.city.isEmpty() || !p.country.isEmpty()) {
        QJsonObject a;
        if (!p.address.isEmpty())
            a.insert(u"line"_s, QJsonArray{p.address});
        if (!p.postcode.isEmpty())
            a.insert(u"postalCode"_s, p.postcode);
        if (!p.city.isEmpty())
            a.insert(u"city"_s, p.city);
        if (!p.country.isEmpty())
            a.insert(u"country"_s, p.country);
        r.insert(u"address"_s, QJsonArray{a});
    }
    if (!p.language.isEmpty())
        r.insert(
            u"communication"_s,
            QJsonArray{QJsonObject{
                {u"language"_s, QJsonObject{{u"coding"_s, QJsonArray{codingOf(u"urn:ietf:bcp:47"_s, p.language)}}}},
                {u"preferred"_s, true}}});
    if (!p.replacedBy.isEmpty()) {
        const QString ref = reference(u"Patient"_s, p.replacedBy);
        if (!ref.isEmpty())
            r.insert(u"link"_s,
                     QJsonArray{
                         QJsonObject{{u"other"_s, QJsonObject{{u"reference"_s, ref}}}, {u"type"_s, u"replaced-by"_s}}});
    }
    QJsonArray ext;
    addExtension(ext, u"identity-status"_s, u"valueCode"_s, IdentityStatuses::code(p.identityStatus));
    if (!p.birthPlaceCode.isEmpty())
        addExtension(ext, u"birth-place"_s, u"valueCode"_s, p.birthPlaceCode);
    addExtension(ext, u"homonym"_s, u"valueBoolean"_s, p.homonym);
    addExtension(ext, u"doubtful"_s, u"valueBoolean"_s, p.doubtful);
    addExtension(ext, u"notify-sms"_s, u"valueBoolean"_s, p.notifySms);
    addExtension(ext, u"notify-email"_s, u"valueBoolean"_s, p.notifyEmail);
    addExtension(ext, u"origin"_s, u"valueCode"_s, PatientOrigins::code(p.origin));
    if (!p.holderId.isEmpty()) {
        const QString ref = reference(u"Patient"_s, p.holderId);
        if (!ref.isEmpty()) {
            addExtension(ext, u"holder"_s, u"valueReference"_s, QJsonObject{{u"reference"_s, ref}});
            addExtension(ext, u"relationship"_s, u"valueCode"_s,
                         p.relationship.isEmpty() ? u"other"_s : p.relationship);
        }
    }
    r.insert(u"extension"_s, ext);
    return r;
}

QJsonObject FhirMapping::appointment(const Appointment &a, const QString &motifLabel) const
{
    QJsonObject r = identified(u"Appointment"_s, a.id);
    r.insert(u"status"_s, fhirStatus(a.status));
    r.insert(u"start"_s, instantUtc(a.start));
    r.insert(u"end"_s, instantUtc(a.end));
    r.insert(u"minutesDuration"_s, int(a.start.secsTo(a.end) / 60));
    if (a.createdAt.isValid())
        r.insert(u"created"_s, instantUtc(a.createdAt));
    if (!a.motifId.isEmpty())
        r.insert(u"serviceType"_s,
                 QJsonArray{QJsonObject{{u"coding"_s, QJsonArray{codingOf(kMotifSystem, a.motifId, motifLabel)}}}});
    QJsonArray participants;
    const QString patientRef = reference(u"Patient"_s, a.patientId);
    const QString practitionerRef = reference(u"Practitioner"_s, a.practitionerId);
    for (const QString &ref : {patientRef, practitionerRef})
        if (!ref.isEmpty())
            participants.append(
                QJsonObject{{u"actor"_s, QJsonObject{{u"reference"_s, ref}}}, {u"status"_s, u"accepted"_s}});
    r.insert(u"participant"_s, participants);
    // FHIR keeps cancelationReason for cancelled and no-show visits (constraint app-4).
    const bool cancellation = a.status == AppointmentStatus::Cancelled || a.status == AppointmentStatus::NoShow;
    if (cancellation && (a.status == AppointmentStatus::Cancelled || !a.reason.isEmpty())) {
        QJsonObject reason;
        if (a.status == AppointmentStatus::Cancelled && a.cancelledBy)
            reason.insert(u"coding"_s,
                          QJsonArray{codingOf(kCancellationSystem,
                                              CancelledBys::code(a.cancelledBy)
                                                  + (a.lateCancellation ? u"-late"_s : QString()))});
        if (!a.reason.isEmpty())
            reason.insert(u"text"_s, a.reason);
        r.insert(u"cancelationReason"_s, reason);
    }
    if (!a.note.isEmpty())
        r.insert(u"comment"_s, a.note);
    QJsonArray ext;
    addExtension(ext, u"channel"_s, u"valueCode"_s, BookingChannels::code(a.channel));
    // Who booked it, as the history shows it at every desk (a login or "online").
    addExtension(ext, u"booked-by"_s, u"valueString"_s, a.createdBy);
    if (!cancellation && !a.reason.isEmpty())
        addExtension(ext, u"status-reason"_s, u"valueString"_s, a.reason);
    if (a.excused)
        addExtension(ext, u"excused"_s, u"valueBoolean"_s, true);
    if (a.noShowErased)
        addExtension(ext, u"noshow-erased"_s, u"valueBoolean"_s, true);
    r.insert(u"extension"_s, ext);
    ext.append(extension(u"desk-state"_s, u"valueString"_s, deskState(r)));
    r.insert(u"extension"_s, ext);
    return r;
}

QString FhirMapping::deskState(const QJsonObject &r)
{
    QStringList actors;
    for (const auto &p : r.value(u"participant"_s).toArray())
        actors << p.toObject().value(u"actor"_s).toObject().value(u"reference"_s).toString();
    actors.sort();
    const QStringList parts{
        r.value(u"status"_s).toString(),
        QString::number(parseInstant(r.value(u"start"_s)).toMSecsSinceEpoch()),
        QString::number(parseInstant(r.value(u"end"_s)).toMSecsSinceEpoch()),
        actors.join(u','),
        codingIn(r.value(u"serviceType"_s).toArray().first(), kMotifSystem).value(u"code"_s).toString(),
        codingIn(r.value(u"cancelationReason"_s), kCancellationSystem).value(u"code"_s).toString(),
    };
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

bool FhirMapping::madeByADesk(const QJsonObject &r)
{
    const QString mark = extensionValue(r, u"desk-state"_s, u"valueString"_s).toString();
    return !mark.isEmpty() && mark == deskState(r);
}

// ---------------------------------------------------------------- from the server

namespace {

struct BoundedInteger
{
    QString extension;
    int *field;
    int min;
    int max;
};

// Guichet's integer extensions: absent leaves the field as it is, out of range is refused.
Result<void> readIntegers(const QJsonObject &r, const QString &type, std::initializer_list<BoundedInteger> wanted)
{
    for (const BoundedInteger &w : wanted) {
        const QJsonValue v = extensionValue(r, w.extension, u"valueInteger"_s);
        if (v.isUndefined())
            continue;
        if (!v.isDouble() || v.toInt(w.min - 1) < w.min || v.toInt() > w.max)
            return invalid(type, w.extension, FhirMapping::tr("not a number in range"));
        *w.field = v.toInt();
    }
    return {};
}

} // namespace

Result<FhirMapping::RemoteSite> FhirMapping::readLocation(const QJsonObject &r)
{
    const QString type = u"Location"_s;
    if (r.value(u"resourceType"_s).toString() != type || serverId(r).isEmpty())
        return invalid(type, u"id"_s, tr("not a Location with an id"));
    if (badString(r, u"name"_s))
        return invalid(type, u"name"_s, tr("wrong type"));
    RemoteSite out;
    out.site.id = guichetId(r);
    out.site.name = r.value(u"name"_s).toString().trimmed();
    if (out.site.name.isEmpty())
        return invalid(type, u"name"_s, tr("missing"));
    const QJsonObject address = r.value(u"address"_s).toObject();
    const QJsonArray lines = address.value(u"line"_s).toArray();
    if (!lines.isEmpty()) {
        QStringList parts;
        for (const auto &l : lines)
            parts << l.toString();
        out.site.address = parts.join(u", "_s).trimmed();
        out.site.postcode = address.value(u"postalCode"_s).toString().trimmed();
        out.site.city = address.value(u"city"_s).toString().trimmed();
    } else {
        out.site.address = address.value(u"text"_s).toString();
    }
    out.site.accessInfo = r.value(u"description"_s).toString().left(1000);
    const QString country = address.value(u"country"_s).toString();
    if (!country.isEmpty()) {
        if (country.size() != 2)
            return invalid(type, u"address.country"_s, tr("not a two-letter country code"));
        out.site.country = country.toUpper();
    }
    for (const auto &t : r.value(u"telecom"_s).toArray())
        if (t.toObject().value(u"system"_s).toString() == u"phone"_s)
            out.site.phone = t.toObject().value(u"value"_s).toString();
    QJsonValue zone = extensionValue(r, kTimeZoneExt, u"valueCode"_s);
    if (zone.isUndefined())
        zone = extensionValue(r, kCoreTimeZoneExt, u"valueCode"_s);
    if (!zone.isUndefined()) {
        if (!QTimeZone(zone.toString().toUtf8()).isValid())
            return invalid(type, u"timezone"_s, tr("unknown time zone"));
        out.site.timeZone = zone.toString();
    }
    return out;
}

Result<FhirMapping::RemotePractitioner> FhirMapping::readPractitioner(const QJsonObject &r)
{
    const QString type = u"Practitioner"_s;
    if (r.value(u"resourceType"_s).toString() != type || serverId(r).isEmpty())
        return invalid(type, u"id"_s, tr("not a Practitioner with an id"));
    RemotePractitioner out;
    Practitioner &p = out.practitioner;
    p.id = guichetId(r);
    const QJsonObject name = r.value(u"name"_s).toArray().first().toObject();
    p.lastName = name.value(u"family"_s).toString().trimmed();
    p.firstName = name.value(u"given"_s).toArray().first().toString().trimmed();
    p.title = name.value(u"prefix"_s).toArray().first().toString();
    if (p.lastName.isEmpty())
        return invalid(type, u"name.family"_s, tr("missing"));
    p.active = r.value(u"active"_s).toBool(true);
    QString registrationCountry;
    for (const auto &[system, country] : {std::pair{kNihdiSystem, u"BE"_s}, std::pair{kRppsSystem, u"FR"_s},
                                          std::pair{kRegistrationSystem, QString()}}) {
        p.registration = identifierValue(r, system);
        registrationCountry = country;
        if (!p.registration.isEmpty())
            break;
    }
    if (p.registration.isEmpty()) {
        const QString idNatPs = identifierValue(r, kIdNatPsSystem);
        if (idNatPs.size() == 12 && idNatPs.startsWith(u'8')) {
            p.registration = idNatPs.mid(1);
            registrationCountry = u"FR"_s;
        }
    }
    if (p.registration.isEmpty())
        registrationCountry.clear();
    const QJsonValue qualification = r.value(u"qualification"_s).toArray().first().toObject().value(u"code"_s);
    p.specialty = codingIn(qualification, kSpecialtySystem).value(u"code"_s).toString();
    if (p.specialty.isEmpty())
        p.specialty = qualification.toObject().value(u"text"_s).toString();
    if (p.specialty.isEmpty())
        p.specialty = u"general-practice"_s;
    const QJsonValue color = extensionValue(r, u"color"_s, u"valueString"_s);
    p.color = color.isString() && color.toString().size() == 7 && color.toString().startsWith(u'#') ? color.toString()
                                                                                                    : u"#4a90d9"_s;
    const QJsonValue deadline = extensionValue(r, u"online-cancel-deadline-hours"_s, u"valueInteger"_s);
    if (!deadline.isUndefined()) {
        if (!deadline.isDouble() || deadline.toInt(-1) < 0 || deadline.toInt() > 24 * 14)
            return invalid(type, u"online-cancel-deadline-hours"_s, tr("not a number of hours"));
        p.onlineCancelDeadlineHours = deadline.toInt();
    }
    p.acceptsNewPatientsOnline = extensionValue(r, u"accepts-new-patients-online"_s, u"valueBoolean"_s).toBool(true);
    if (auto ok = readIntegers(r, type,
                               {{u"online-days"_s, &p.onlineDays, 0, 365},
                                {u"online-notice-hours"_s, &p.onlineNoticeHours, 0, 24 * 14},
                                {u"phone-only-after-months"_s, &p.phoneOnlyAfterMonths, 0, 120}});
        !ok)
        return ok.error();
    p.messages = extensionValue(r, u"messages"_s, u"valueBoolean"_s).toBool(true);
    out.registrationCountry = registrationCountry;
    return out;
}

Result<FhirMapping::RemoteMotif> FhirMapping::readHealthcareService(const QJsonObject &r)
{
    const QString type = u"HealthcareService"_s;
    if (r.value(u"resourceType"_s).toString() != type || serverId(r).isEmpty())
        return invalid(type, u"id"_s, tr("not a HealthcareService with an id"));
    if (badString(r, u"name"_s))
        return invalid(type, u"name"_s, tr("wrong type"));
    RemoteMotif out;
    Motif &m = out.motif;
    m.id = guichetId(r);
    if (m.id.isEmpty())
        m.id = codingIn(r.value(u"type"_s).toArray().first(), kMotifSystem).value(u"code"_s).toString();
    if (!m.id.isEmpty() && QUuid::fromString(m.id).isNull())
        m.id.clear();
    m.label = r.value(u"name"_s).toString().trimmed().left(120);
    if (m.label.isEmpty())
        return invalid(type, u"name"_s, tr("missing"));
    m.active = r.value(u"active"_s).toBool(true);
    out.practitionerServerId =
        referenceId(extensionValue(r, u"practitioner"_s, u"valueReference"_s), u"Practitioner"_s);
    if (out.practitionerServerId.isEmpty())
        return invalid(type, u"practitioner"_s, tr("missing"));
    const QJsonValue booking = extensionValue(r, u"booking"_s, u"valueCode"_s);
    if (!booking.isUndefined() && !m.setBookingCode(booking.toString()))
        return invalid(type, u"booking"_s, tr("unknown code"));
    for (const auto &t : r.value(u"telecom"_s).toArray())
        if (t.toObject().value(u"system"_s).toString() == u"phone"_s)
            m.bookingPhone = t.toObject().value(u"value"_s).toString();
    m.instructions = r.value(u"extraDetails"_s).toString().left(1000);
    if (auto ok = readIntegers(r, type,
                               {{u"duration-minutes"_s, &m.durationMinutes, 5, 480},
                                {u"min-age"_s, &m.minAgeYears, 0, 120},
                                {u"max-age"_s, &m.maxAgeYears, 0, 120},
                                {u"last-visit-months"_s, &m.lastVisitMonths, 0, 120}});
        !ok)
        return ok.error();
    const QJsonValue color = extensionValue(r, u"color"_s, u"valueString"_s);
    if (color.isString() && color.toString().size() == 7 && color.toString().startsWith(u'#'))
        m.color = color.toString();
    m.video = extensionValue(r, u"video"_s, u"valueBoolean"_s).toBool(false);
    m.homeVisit = extensionValue(r, u"home-visit"_s, u"valueBoolean"_s).toBool(false);
    m.newPatients = extensionValue(r, u"new-patients"_s, u"valueBoolean"_s).toBool(true);
    m.spacingRule = extensionValue(r, u"spacing-rule"_s, u"valueBoolean"_s).toBool(false);
    m.notifications = extensionValue(r, u"messages"_s, u"valueBoolean"_s).toBool(true);
    return out;
}

Result<FhirMapping::RemoteRole> FhirMapping::readPractitionerRole(const QJsonObject &r)
{
    const QString type = u"PractitionerRole"_s;
    if (r.value(u"resourceType"_s).toString() != type || serverId(r).isEmpty())
        return invalid(type, u"id"_s, tr("not a PractitionerRole with an id"));
    RemoteRole out;
    out.practitionerServerId = referenceId(r.value(u"practitioner"_s), u"Practitioner"_s);
    if (out.practitionerServerId.isEmpty())
        return invalid(type, u"practitioner"_s, tr("missing"));
    const QJsonArray locations = r.value(u"location"_s).toArray();
    out.locationServerId = referenceId(locations.first(), u"Location"_s);
    for (qsizetype i = 1; i < locations.size(); ++i)
        if (const QString id = referenceId(locations.at(i), u"Location"_s); !id.isEmpty())
            out.otherLocationServerIds << id;
    out.specialty = codingIn(r.value(u"specialty"_s).toArray().first(), kSpecialtySystem).value(u"code"_s).toString();
    return out;
}

Result<FhirMapping::RemotePatient> FhirMapping::readPatient(const QJsonObject &r)
{
    const QString type = u"Patient"_s;
    if (r.value(u"resourceType"_s).toString() != type || serverId(r).isEmpty())
        return invalid(type, u"id"_s, tr("not a Patient with an id"));
    if (!r.value(u"name"_s).isArray())
        return invalid(type, u"name"_s, tr("missing"));
    RemotePatient out;
    Patient &p = out.patient;
    p.id = guichetId(r);
    p.origin = PatientOrigin::Online;
    for (const auto &n : r.value(u"name"_s).toArray()) {
        const QJsonObject name = n.toObject();
        if (badString(name, u"family"_s) || (name.contains(u"given"_s) && !name.value(u"given"_s).isArray()))
            return invalid(type, u"name"_s, tr("wrong type"));
        QStringList given;
        for (const auto &g : name.value(u"given"_s).toArray())
            given << g.toString().trimmed();
        const QString use = name.value(u"use"_s).toString();
        if (use == u"usual"_s) {
            p.usageName = name.value(u"family"_s).toString().trimmed();
            p.usedFirstName = given.join(u' ');
        } else if (p.birthName.isEmpty()) {
            p.birthName = name.value(u"family"_s).toString().trimmed();
            p.firstNames = given.join(u' ').simplified();
        }
    }
    const QString gender = r.value(u"gender"_s).toString(u"unknown"_s);
    if (!QStringList{u"female"_s, u"male"_s, u"other"_s, u"unknown"_s}.contains(gender))
        return invalid(type, u"gender"_s, tr("unknown code '%1'").arg(gender.left(40)));
    p.sex = sexFromCode(gender);
    // No birth date is an identity to complete (as an import row without one); a date given is
    // a year, a year and month, or a full date (FHIR's date).
    const QString birth = r.value(u"birthDate"_s).toString();
    p.setBirth(PartialDate::fromIso(birth));
    if (r.contains(u"birthDate"_s) && !p.birthDate.isValid())
        return invalid(type, u"birthDate"_s, tr("not a date (a year, a year and month, or a full date)"));
    // The desk's own bounds (PatientValidator): nobody born before 1890 nor after today (a day
    // of margin: the server's clock and zone are not this desk's).
    if (p.birthDate.isValid()
        && (p.birthDate.year() < 1890 || p.birthDate > QDateTime::currentDateTimeUtc().date().addDays(1)))
        return invalid(type, u"birthDate"_s, tr("not a possible birth date (before 1890 or in the future)"));
    if (r.contains(u"active"_s) && !r.value(u"active"_s).isBool())
        return invalid(type, u"active"_s, tr("wrong type"));
    p.active = r.value(u"active"_s).toBool(true);
    p.deceased = r.value(u"deceasedBoolean"_s).toBool(r.contains(u"deceasedDateTime"_s));
    p.niss = identifierValue(r, kNissSystem);
    p.nir = identifierValue(r, kNirSystem);
    if (p.nir.isEmpty())
        p.nir = identifierValue(r, kNirLocalSystem);
    p.externalId = identifierValue(r, kExternalSystem);
    for (const auto &t : r.value(u"telecom"_s).toArray()) {
        const QJsonObject c = t.toObject();
        const QString value = c.value(u"value"_s).toString().trimmed();
        if (c.value(u"system"_s).toString() == u"email"_s && p.email.isEmpty())
            p.email = value;
        else if (c.value(u"system"_s).toString() == u"phone"_s || c.value(u"system"_s).toString() == u"sms"_s) {
            if ((c.value(u"use"_s).toString() == u"mobile"_s || c.value(u"system"_s).toString() == u"sms"_s)
                && p.mobilePhone.isEmpty())
                p.mobilePhone = value;
            else if (p.otherPhone.isEmpty())
                p.otherPhone = value;
        }
    }
    const QJsonObject address = r.value(u"address"_s).toArray().first().toObject();
    QStringList lines;
    for (const auto &l : address.value(u"line"_s).toArray())
        lines << l.toString();
    p.address = lines.join(u", "_s);
    p.postcode = address.value(u"postalCode"_s).toString();
    p.city = address.value(u"city"_s).toString();
    p.country = address.value(u"country"_s).toString();
    const QJsonValue language = r.value(u"communication"_s).toArray().first().toObject().value(u"language"_s);
    const QString code = codingIn(language, u"urn:ietf:bcp:47"_s).value(u"code"_s).toString();
    if (!code.isEmpty())
        p.language = code.left(2).toLower();
    for (const auto &l : r.value(u"link"_s).toArray())
        if (l.toObject().value(u"type"_s).toString() == u"replaced-by"_s)
            out.replacedByServerId = referenceId(l.toObject().value(u"other"_s), u"Patient"_s);
    const QJsonValue status = extensionValue(r, u"identity-status"_s, u"valueCode"_s);
    if (!status.isUndefined()) {
        const auto s = IdentityStatuses::fromCode(status.toString());
        if (!s)
            return invalid(type, u"identity-status"_s, tr("unknown code '%1'").arg(status.toString().left(40)));
        p.identityStatus = *s;
    }
    p.birthPlaceCode = extensionValue(r, u"birth-place"_s, u"valueCode"_s).toString();
    p.homonym = extensionValue(r, u"homonym"_s, u"valueBoolean"_s).toBool(false);
    p.doubtful = extensionValue(r, u"doubtful"_s, u"valueBoolean"_s).toBool(false);
    p.notifySms = extensionValue(r, u"notify-sms"_s, u"valueBoolean"_s).toBool(true);
    p.notifyEmail = extensionValue(r, u"notify-email"_s, u"valueBoolean"_s).toBool(true);
    if (const auto origin = PatientOrigins::fromCode(extensionValue(r, u"origin"_s, u"valueCode"_s).toString()))
        p.origin = *origin;
    out.holderServerId = referenceId(extensionValue(r, u"holder"_s, u"valueReference"_s), u"Patient"_s);
    if (!out.holderServerId.isEmpty())
        p.relationship = extensionValue(r, u"relationship"_s, u"valueCode"_s).toString(u"other"_s);
    // What people read carries no hidden characters, whoever typed it (DESIGN.md: text hygiene).
    for (QString *text : {&p.birthName, &p.firstNames, &p.usageName, &p.usedFirstName, &p.address, &p.postcode, &p.city,
                          &p.email, &p.mobilePhone, &p.otherPhone, &p.birthPlaceCode})
        *text = Text::withoutHidden(*text).simplified();
    // A record nobody could name is not a person's: refused. Without its birth name, first names
    // or birth date, it is an identity to complete: kept, doubtful, as an import keeps one.
    if (p.birthName.isEmpty() && p.firstNames.isEmpty() && p.usageName.isEmpty() && p.usedFirstName.isEmpty())
        return invalid(type, u"name"_s, tr("no name at all"));
    if (p.birthName.isEmpty() || p.firstNames.isEmpty() || !p.birthDate.isValid()) {
        p.doubtful = true;
        if (p.identityStatus == IdentityStatus::Qualified || p.identityStatus == IdentityStatus::Validated)
            p.identityStatus = IdentityStatus::Provisional;
    }
    return out;
}

Result<FhirMapping::RemoteAppointment> FhirMapping::readAppointment(const QJsonObject &r)
{
    const QString type = u"Appointment"_s;
    if (r.value(u"resourceType"_s).toString() != type || serverId(r).isEmpty())
        return invalid(type, u"id"_s, tr("not an Appointment with an id"));
    RemoteAppointment out;
    Appointment &a = out.appointment;
    a.id = guichetId(r);
    const QString status = r.value(u"status"_s).toString();
    const auto local = localStatus(status);
    if (!local)
        return invalid(type, u"status"_s, tr("unknown or unsupported status '%1'").arg(status.left(40)));
    a.status = *local;
    a.start = parseInstant(r.value(u"start"_s));
    a.end = parseInstant(r.value(u"end"_s));
    if (!a.start.isValid())
        return invalid(type, u"start"_s, tr("missing or not a time with its offset"));
    if (!a.end.isValid() && r.value(u"minutesDuration"_s).isDouble())
        a.end = a.start.addSecs(qint64(r.value(u"minutesDuration"_s).toInt()) * 60);
    if (!a.end.isValid())
        return invalid(type, u"end"_s, tr("missing or not a time with its offset"));
    if (a.end <= a.start || a.start.secsTo(a.end) > 24 * 3600)
        return invalid(type, u"end"_s, tr("the end is not after the start, or the visit lasts more than a day"));
    for (const auto &p : r.value(u"participant"_s).toArray()) {
        const QJsonValue actor = p.toObject().value(u"actor"_s);
        if (const QString id = referenceId(actor, u"Patient"_s); !id.isEmpty())
            out.patientServerId = id;
        if (const QString id = referenceId(actor, u"Practitioner"_s); !id.isEmpty())
            out.practitionerServerId = id;
    }
    if (out.patientServerId.isEmpty())
        return invalid(type, u"participant"_s, tr("no patient"));
    if (out.practitionerServerId.isEmpty())
        return invalid(type, u"participant"_s, tr("no practitioner"));
    const QJsonObject motif = codingIn(r.value(u"serviceType"_s).toArray().first(), kMotifSystem);
    out.motifId = motif.value(u"code"_s).toString();
    out.motifLabel = motif.value(u"display"_s).toString();
    if (!out.motifId.isEmpty() && QUuid::fromString(out.motifId).isNull())
        return invalid(type, u"serviceType"_s, tr("the visit reason's code is not Guichet's"));
    const QJsonValue reason = r.value(u"cancelationReason"_s);
    a.reason = reason.toObject().value(u"text"_s).toString();
    if (a.reason.isEmpty())
        a.reason = extensionValue(r, u"status-reason"_s, u"valueString"_s).toString();
    const QString cancellation = codingIn(reason, kCancellationSystem).value(u"code"_s).toString();
    if (a.status == AppointmentStatus::Cancelled) {
        a.lateCancellation = cancellation.endsWith(u"-late"_s);
        // Cancelled online or by the central agenda for the patient unless it says the practice.
        a.cancelledBy = CancelledBys::fromCode(cancellation.section(u'-', 0, 0)).value_or(CancelledBy::Patient);
    }
    a.note = Text::withoutHidden(r.value(u"comment"_s).toString(), true).trimmed().left(2000);
    a.createdAt = parseInstant(r.value(u"created"_s));
    const QString channel = extensionValue(r, u"channel"_s, u"valueCode"_s).toString();
    a.channel = BookingChannels::fromCode(channel).value_or(BookingChannel::Online);
    a.excused = extensionValue(r, u"excused"_s, u"valueBoolean"_s).toBool(false);
    a.noShowErased = extensionValue(r, u"noshow-erased"_s, u"valueBoolean"_s).toBool(false);
    a.createdBy =
        Text::withoutHidden(extensionValue(r, u"booked-by"_s, u"valueString"_s).toString()).simplified().left(120);
    return out;
}

// ---------------------------------------------------------------- three-way merge

// An appointment's field list, laid out by hand (a patient's is PatientFields).
// clang-format off
#define GUICHET_FIELDS_APPOINTMENT(X)                                                                                 \
    X("patient_id", patientId) X("practitioner_id", practitionerId) X("motif_id", motifId) X("start", start)          \
    X("end", end) X("status", status) X("cancelled_by", cancelledBy) X("late_cancellation", lateCancellation)         \
    X("excused", excused) X("noshow_erased", noShowErased) X("reason", reason) X("note", note) X("channel", channel)
// clang-format on

#define GUICHET_FIELD_GET(name, member) out.insert(QLatin1String(name), jsonOf(x.member));
#define GUICHET_FIELD_COPY(name, member)                                                                               \
    if (names.contains(QLatin1String(name)))                                                                           \
        to.member = from.member;

QJsonObject FhirMapping::fields(const Patient &x)
{
    // A patient's: the synchronised rows of PatientFields.
    return PatientFields::values(
        x, [](const PatientFieldSpec &s) { return s.synced; }, true);
}

QJsonObject FhirMapping::fields(const Appointment &x)
{
    QJsonObject out;
    GUICHET_FIELDS_APPOINTMENT(GUICHET_FIELD_GET)
    return out;
}

void FhirMapping::copyFields(Patient &to, const Patient &from, const QSet<QString> &names)
{
    for (const PatientFieldSpec &s : PatientFields::all()) {
        if (s.synced && names.contains(QLatin1String(s.code)))
            s.copy(to, from);
    }
}

void FhirMapping::copyFields(Appointment &to, const Appointment &from, const QSet<QString> &names)
{
    GUICHET_FIELDS_APPOINTMENT(GUICHET_FIELD_COPY)
}

} // namespace guichet
