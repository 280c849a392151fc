// The resources the practice publishes beside its records: online-booking blocks (Flag),
// shared documents (DocumentReference + Binary), notices (CommunicationRequest), the
// holder of a relative (RelatedPerson) and availability (Schedule, Slot).
#include "core/domain/text.h"
#include "core/sync/fhirmapping_p.h"

using namespace Qt::StringLiterals;

namespace guichet {

using namespace fhirdetail;

QString FhirMapping::flagId(const QString &patientId, const QString &practitionerId)
{
    static const QUuid ns = QUuid::fromString(u"6b4c1f0e-9a51-4d52-8a43-1f6f2d7e0b35"_s);
    return QUuid::createUuidV5(ns, patientId + u'|' + practitionerId).toString(QUuid::WithoutBraces);
}

QJsonObject FhirMapping::bookingFlag(const QString &patientId, const QString &practitionerId, bool blocked,
                                     const QDateTime &since, const QDateTime &until) const
{
    QJsonObject r = identified(u"Flag"_s, flagId(patientId, practitionerId));
    r.insert(u"status"_s, blocked ? u"active"_s : u"inactive"_s);
    r.insert(u"category"_s,
             QJsonArray{QJsonObject{
                 {u"coding"_s,
                  QJsonArray{codingOf(u"http://terminology.hl7.org/CodeSystem/flag-category"_s, u"admin"_s)}}}});
    r.insert(u"code"_s,
             QJsonObject{{u"coding"_s, QJsonArray{codingOf(kFlagSystem, kBookingBlocked)}},
                         {u"text"_s, u"Online booking blocked"_s}});
    const QString patient = reference(u"Patient"_s, patientId);
    if (!patient.isEmpty())
        r.insert(u"subject"_s, QJsonObject{{u"reference"_s, patient}});
    const QString practitioner = reference(u"Practitioner"_s, practitionerId);
    if (!practitioner.isEmpty())
        r.insert(u"author"_s, QJsonObject{{u"reference"_s, practitioner}});
    QJsonObject period;
    if (since.isValid())
        period.insert(u"start"_s, instantUtc(since));
    if (until.isValid())
        period.insert(u"end"_s, instantUtc(until));
    if (!period.isEmpty())
        r.insert(u"period"_s, period);
    return r;
}

QJsonObject FhirMapping::documentReference(const DocumentMeta &d, const QString &binaryServerId) const
{
    QJsonObject r = identified(u"DocumentReference"_s, d.id);
    r.insert(u"status"_s, u"current"_s);
    r.insert(u"docStatus"_s, u"final"_s);
    r.insert(u"type"_s, QJsonObject{{u"coding"_s, QJsonArray{codingOf(kDocumentTypeSystem, d.type)}}});
    const QString patient = reference(u"Patient"_s, d.patientId);
    if (!patient.isEmpty())
        r.insert(u"subject"_s, QJsonObject{{u"reference"_s, patient}});
    r.insert(u"date"_s, instantUtc(d.addedAt));
    r.insert(u"description"_s, d.fileName);
    if (!d.appointmentId.isEmpty()) {
        const QString appointment = reference(u"Appointment"_s, d.appointmentId);
        if (!appointment.isEmpty())
            r.insert(u"context"_s, QJsonObject{{u"related"_s, QJsonArray{QJsonObject{{u"reference"_s, appointment}}}}});
    }
    const QByteArray sha1 = QByteArray::fromHex(d.sha1.toLatin1());
    r.insert(u"content"_s,
             QJsonArray{QJsonObject{{u"attachment"_s,
                                     QJsonObject{{u"contentType"_s, d.contentType},
                                                 {u"url"_s, QString(u"Binary/"_s + binaryServerId)},
                                                 {u"size"_s, QJsonValue(d.size)},
                                                 {u"hash"_s, QString::fromLatin1(sha1.toBase64())},
                                                 {u"title"_s, d.fileName},
                                                 {u"creation"_s, instantUtc(d.addedAt)}}}}});
    r.insert(u"extension"_s, QJsonArray{extension(u"origin"_s, u"valueCode"_s, d.origin)});
    return r;
}

QJsonObject FhirMapping::binary(const QString &contentType, const QByteArray &bytes)
{
    return {{u"resourceType"_s, u"Binary"_s},
            {u"contentType"_s, contentType},
            {u"data"_s, QString::fromLatin1(bytes.toBase64())}};
}

namespace {

QString uuidFor(const QString &what)
{
    static const QUuid ns = QUuid::fromString(u"0c3f2a5e-8d7b-4e61-9f0a-5b2c7d9e1a44"_s);
    return QUuid::createUuidV5(ns, what).toString(QUuid::WithoutBraces);
}

} // namespace

QString FhirMapping::relatedPersonId(const QString &relativeId, const QString &holderId)
{
    return uuidFor(u"related|"_s + relativeId + u'|' + holderId);
}

QJsonObject FhirMapping::relatedPerson(const Patient &relative, const Patient &holder) const
{
    QJsonObject r = identified(u"RelatedPerson"_s, relatedPersonId(relative.id, holder.id));
    r.insert(u"active"_s, relative.active && holder.active);
    const QString patient = reference(u"Patient"_s, relative.id);
    if (!patient.isEmpty())
        r.insert(u"patient"_s, QJsonObject{{u"reference"_s, patient}});
    // What the holder is to the relative (v3 RoleCode): the parent of a child, the child of a parent.
    const QString role = relative.relationship == u"child"_s ? u"PRN"_s
        : relative.relationship == u"parent"_s               ? u"CHILD"_s
        : relative.relationship == u"spouse"_s               ? u"SPS"_s
                                                             : u"FAMMEMB"_s;
    r.insert(u"relationship"_s,
             QJsonArray{QJsonObject{
                 {u"coding"_s, QJsonArray{codingOf(u"http://terminology.hl7.org/CodeSystem/v3-RoleCode"_s, role)}}}});
    r.insert(u"name"_s,
             QJsonArray{QJsonObject{{u"family"_s, holder.usageName.isEmpty() ? holder.birthName : holder.usageName},
                                    {u"given"_s,
                                     QJsonArray{holder.usedFirstName.isEmpty() ? holder.firstNames.section(u' ', 0, 0)
                                                                               : holder.usedFirstName}}}});
    QJsonArray telecom;
    if (!holder.mobilePhone.isEmpty())
        telecom.append(
            QJsonObject{{u"system"_s, u"phone"_s}, {u"use"_s, u"mobile"_s}, {u"value"_s, holder.mobilePhone}});
    if (!holder.email.isEmpty())
        telecom.append(QJsonObject{{u"system"_s, u"email"_s}, {u"value"_s, holder.email}});
    if (!telecom.isEmpty())
        r.insert(u"telecom"_s, telecom);
    const QString holderRef = reference(u"Patient"_s, holder.id);
    if (!holderRef.isEmpty())
        r.insert(u"extension"_s,
                 QJsonArray{extension(u"holder"_s, u"valueReference"_s, QJsonObject{{u"reference"_s, holderRef}})});
    return r;
}

QString FhirMapping::scheduleId(const QString &practitionerId)
{
    return uuidFor(u"schedule|"_s + practitionerId);
}

QString FhirMapping::slotId(const QString &slotKey)
{
    return uuidFor(u"slot|"_s + slotKey);
}

QJsonObject FhirMapping::schedule(const Practitioner &p, const QDateTime &from, const QDateTime &to) const
{
    // Practice-wide identifiers: every desk of the practice names the same schedule and slots alike.
    QJsonObject r{{u"resourceType"_s, u"Schedule"_s},
                  {u"identifier"_s,
                   QJsonArray{QJsonObject{{u"system"_s, u"urn:guichet:schedule"_s}, {u"value"_s, scheduleId(p.id)}}}}};
    r.insert(u"active"_s, p.active);
    QJsonArray actors;
    for (const auto &[type, id] : {std::pair{u"Practitioner"_s, p.id}, std::pair{u"Location"_s, p.siteId}})
        if (const QString ref = reference(type, id); !ref.isEmpty())
            actors.append(QJsonObject{{u"reference"_s, ref}});
    r.insert(u"actor"_s, actors);
    r.insert(u"planningHorizon"_s, QJsonObject{{u"start"_s, instantUtc(from)}, {u"end"_s, instantUtc(to)}});
    return r;
}

QJsonObject FhirMapping::slot(const QString &practitionerId, const QString &motifId, const QString &motifLabel,
                              const QDateTime &start, const QDateTime &end, bool free) const
{
    const QString key = practitionerId + u'|' + motifId + u'|' + QString::number(start.toSecsSinceEpoch()) + u'|'
        + QString::number(end.toSecsSinceEpoch());
    QJsonObject r{
        {u"resourceType"_s, u"Slot"_s},
        {u"identifier"_s, QJsonArray{QJsonObject{{u"system"_s, u"urn:guichet:slot"_s}, {u"value"_s, slotId(key)}}}}};
    const QString schedule = reference(u"Schedule"_s, practitionerId);
    if (!schedule.isEmpty())
        r.insert(u"schedule"_s, QJsonObject{{u"reference"_s, schedule}});
    r.insert(u"status"_s, free ? u"free"_s : u"busy"_s);
    r.insert(u"start"_s, instantUtc(start));
    r.insert(u"end"_s, instantUtc(end));
    r.insert(u"serviceType"_s,
             QJsonArray{QJsonObject{{u"coding"_s, QJsonArray{codingOf(kMotifSystem, motifId, motifLabel)}}}});
    return r;
}

QJsonObject FhirMapping::holdSlot(const QString &holdId, const QString &practitionerId, const QDateTime &start,
                                  const QDateTime &end, const QDateTime &expiresAt) const
{
    QJsonObject r{
        {u"resourceType"_s, u"Slot"_s},
        {u"identifier"_s,
         QJsonArray{QJsonObject{{u"system"_s, u"urn:guichet:slot"_s}, {u"value"_s, QString(u"hold-"_s + holdId)}}}}};
    const QString schedule = reference(u"Schedule"_s, practitionerId);
    if (!schedule.isEmpty())
        r.insert(u"schedule"_s, QJsonObject{{u"reference"_s, schedule}});
    r.insert(u"status"_s, u"busy-tentative"_s);
    r.insert(u"start"_s, instantUtc(start));
    r.insert(u"end"_s, instantUtc(end));
    r.insert(u"comment"_s, u"Held while a patient confirms online"_s);
    QJsonArray ext;
    const QString practitioner = reference(u"Practitioner"_s, practitionerId);
    if (!practitioner.isEmpty())
        addExtension(ext, u"practitioner"_s, u"valueReference"_s, QJsonObject{{u"reference"_s, practitioner}});
    addExtension(ext, u"hold-expires"_s, u"valueInstant"_s, instantUtc(expiresAt));
    r.insert(u"extension"_s, ext);
    return r;
}

Result<FhirMapping::RemoteHold> FhirMapping::readHoldSlot(const QJsonObject &r)
{
    const QString type = u"Slot"_s;
    RemoteHold out;
    for (const auto &i : r.value(u"identifier"_s).toArray()) {
        const QJsonObject id = i.toObject();
        const QString value = id.value(u"value"_s).toString();
        if (id.value(u"system"_s).toString() == u"urn:guichet:slot"_s && value.startsWith(u"hold-"_s))
            out.holdId = value.mid(5);
    }
    if (out.holdId.isEmpty())
        return Error::notFound(tr("not a hold"));
    if (QUuid::fromString(out.holdId).isNull())
        return invalid(type, u"identifier"_s, tr("not a hold of Guichet's"));
    out.busy = r.value(u"status"_s).toString() == u"busy-tentative"_s;
    out.start = parseInstant(r.value(u"start"_s));
    out.end = parseInstant(r.value(u"end"_s));
    out.expiresAt = parseInstant(extensionValue(r, u"hold-expires"_s, u"valueInstant"_s));
    out.practitionerServerId =
        referenceId(extensionValue(r, u"practitioner"_s, u"valueReference"_s), u"Practitioner"_s);
    if (!out.start.isValid() || !out.end.isValid() || out.end <= out.start || out.start.secsTo(out.end) > 12 * 3600)
        return invalid(type, u"start"_s, tr("not a time range"));
    if (!out.expiresAt.isValid())
        return invalid(type, u"hold-expires"_s, tr("missing"));
    if (out.practitionerServerId.isEmpty())
        return invalid(type, u"practitioner"_s, tr("missing"));
    return out;
}

QString FhirMapping::messageSystem()
{
    return u"urn:guichet:message"_s;
}

QString FhirMapping::messageId(const NotificationRequest &n, const QDateTime &appointmentStart) const
{
    const QString appointment = n.appointmentId.isEmpty() ? QString() : reference(u"Appointment"_s, n.appointmentId);
    const QString patient = reference(u"Patient"_s, n.patientId);
    return messageId(n, appointment.isEmpty() ? n.appointmentId : appointment,
                     patient.isEmpty() ? n.patientId : patient, appointmentStart);
}

QString FhirMapping::messageId(const NotificationRequest &n, const QString &appointmentKey, const QString &patientKey,
                               const QDateTime &appointmentStart)
{
    // What the message is: about whom and which appointment (or offer), what, how, to whom; for an
    // appointment's message, the appointment's time (a moved visit's messages are new ones) and a
    // reminder's lead. A message of an event only one desk sees (a document shared) keeps its own
    // id in it: two documents shared at once are two notices.
    const QString event = n.appointmentId.isEmpty() && n.offerId.isEmpty() ? n.id : QString();
    QString when;
    if (!n.appointmentId.isEmpty() && appointmentStart.isValid()) {
        when = QString::number(appointmentStart.toSecsSinceEpoch());
        if (n.kind == u"reminder"_s)
            when += u'-' + QString::number(n.due.secsTo(appointmentStart));
    } else if (event.isEmpty() && n.offerId.isEmpty()) {
        when = QString::number(n.due.toSecsSinceEpoch());
    }
    return uuidFor(u"message|"_s + patientKey + u'|' + appointmentKey + u'|' + n.offerId + u'|' + event + u'|' + n.kind
                   + u'|' + MessageChannels::code(n.channel) + u'|' + n.recipient.trimmed().toLower() + u'|' + when);
}

QJsonObject FhirMapping::communicationRequest(const NotificationRequest &n, const QDateTime &appointmentStart) const
{
    QJsonObject r{
        {u"resourceType"_s, u"CommunicationRequest"_s},
        {u"identifier"_s,
         QJsonArray{QJsonObject{{u"system"_s, messageSystem()}, {u"value"_s, messageId(n, appointmentStart)}}}}};
    r.insert(u"status"_s, n.state == u"revoked"_s ? u"revoked"_s : n.state == u"sent"_s ? u"completed"_s : u"active"_s);
    r.insert(u"category"_s,
             QJsonArray{QJsonObject{{u"coding"_s, QJsonArray{codingOf(u"urn:guichet:notice-kind"_s, n.kind)}}}});
    // v3-ParticipationMode has no SMS: an SMS is named by FHIR's own contact point system, which
    // has one; an e-mail keeps ParticipationMode's EMAILWRIT.
    r.insert(u"medium"_s,
             QJsonArray{
                 QJsonObject{{u"coding"_s,
                              QJsonArray{n.channel == MessageChannel::Sms
                                             ? codingOf(u"http://hl7.org/fhir/contact-point-system"_s, u"sms"_s)
                                             : codingOf(u"http://terminology.hl7.org/CodeSystem/v3-ParticipationMode"_s,
                                                        u"EMAILWRIT"_s)}}}});
    const QString subject = reference(u"Patient"_s, n.patientId);
    if (!subject.isEmpty())
        r.insert(u"subject"_s, QJsonObject{{u"reference"_s, subject}});
    if (!n.appointmentId.isEmpty()) {
        const QString about = reference(u"Appointment"_s, n.appointmentId);
        if (!about.isEmpty())
            r.insert(u"about"_s, QJsonArray{QJsonObject{{u"reference"_s, about}}});
    }
    const QString recipient = reference(u"Patient"_s, n.recipientPatientId);
    if (!recipient.isEmpty())
        r.insert(u"recipient"_s, QJsonArray{QJsonObject{{u"reference"_s, recipient}}});
    if (!n.body.isEmpty())
        r.insert(u"payload"_s, QJsonArray{QJsonObject{{u"contentString"_s, n.body}}});
    if (!n.language.isEmpty())
        r.insert(u"language"_s, n.language);
    r.insert(u"occurrenceDateTime"_s, instantUtc(n.due));
    if (n.createdAt.isValid())
        r.insert(u"authoredOn"_s, instantUtc(n.createdAt));
    return r;
}

Result<QString> FhirMapping::readCommunicationState(const QJsonObject &r)
{
    const QString status = r.value(u"status"_s).toString();
    if (status == u"active"_s || status == u"draft"_s || status == u"on-hold"_s)
        return u"pending"_s;
    if (status == u"completed"_s)
        return u"sent"_s;
    if (status == u"revoked"_s || status == u"entered-in-error"_s)
        return u"revoked"_s;
    return invalid(u"CommunicationRequest"_s, u"status"_s, tr("unknown code '%1'").arg(status.left(40)));
}

Result<FhirMapping::RemoteDocument> FhirMapping::readDocumentReference(const QJsonObject &r)
{
    const QString type = u"DocumentReference"_s;
    if (r.value(u"resourceType"_s).toString() != type || serverId(r).isEmpty())
        return invalid(type, u"id"_s, tr("not a DocumentReference with an id"));
    RemoteDocument out;
    out.status = r.value(u"status"_s).toString();
    if (!QStringList{u"current"_s, u"superseded"_s, u"entered-in-error"_s}.contains(out.status))
        return invalid(type, u"status"_s, tr("unknown code '%1'").arg(out.status.left(40)));
    DocumentMeta &d = out.document;
    d.id = guichetId(r);
    out.patientServerId = referenceId(r.value(u"subject"_s), u"Patient"_s);
    if (out.patientServerId.isEmpty())
        return invalid(type, u"subject"_s, tr("no patient"));
    out.appointmentServerId =
        referenceId(r.value(u"context"_s).toObject().value(u"related"_s).toArray().first(), u"Appointment"_s);
    const QString code = codingIn(r.value(u"type"_s), kDocumentTypeSystem).value(u"code"_s).toString();
    d.type =
        QStringList{u"prescription"_s, u"report"_s, u"administrative"_s, u"other"_s}.contains(code) ? code : u"other"_s;
    const QJsonObject attachment = r.value(u"content"_s).toArray().first().toObject().value(u"attachment"_s).toObject();
    if (attachment.isEmpty())
        return invalid(type, u"content"_s, tr("missing"));
    out.binaryServerId = referenceId(QJsonObject{{u"reference"_s, attachment.value(u"url"_s).toString()}}, u"Binary"_s);
    if (out.binaryServerId.isEmpty())
        return invalid(type, u"content.attachment.url"_s, tr("not a Binary on this server"));
    d.contentType = attachment.value(u"contentType"_s).toString();
    d.size = attachment.value(u"size"_s).toInteger();
    out.sha1 = QByteArray::fromBase64(attachment.value(u"hash"_s).toString().toLatin1());
    d.fileName = Text::withoutHidden(attachment.value(u"title"_s).toString(r.value(u"description"_s).toString()))
                     .trimmed()
                     .left(255);
    if (d.fileName.trimmed().isEmpty())
        d.fileName = u"document"_s;
    d.addedAt = parseInstant(r.value(u"date"_s));
    const QString origin = extensionValue(r, u"origin"_s, u"valueCode"_s).toString();
    d.origin = origin == u"practice"_s ? origin : u"patient"_s;
    d.shared = true;
    return out;
}

Result<QByteArray> FhirMapping::readBinary(const QJsonObject &r, qint64 maxBytes)
{
    const QString type = u"Binary"_s;
    if (r.value(u"resourceType"_s).toString() != type || !r.value(u"data"_s).isString())
        return invalid(type, u"data"_s, tr("missing"));
    const QString data = r.value(u"data"_s).toString();
    if (data.size() > (maxBytes / 3 + 1) * 4)
        return invalid(type, u"data"_s, tr("larger than 50 MB"));
    auto decoded = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return invalid(type, u"data"_s, tr("not base64"));
    return *decoded;
}

Result<FhirMapping::RemoteFlag> FhirMapping::readBookingFlag(const QJsonObject &r)
{
    const QString type = u"Flag"_s;
    if (r.value(u"resourceType"_s).toString() != type || serverId(r).isEmpty())
        return invalid(type, u"id"_s, tr("not a Flag with an id"));
    if (codingIn(r.value(u"code"_s), kFlagSystem).value(u"code"_s).toString() != kBookingBlocked)
        return Error::notFound(tr("not an online-booking block"));
    RemoteFlag out;
    const QString status = r.value(u"status"_s).toString();
    if (status != u"active"_s && status != u"inactive"_s && status != u"entered-in-error"_s)
        return invalid(type, u"status"_s, tr("unknown code '%1'").arg(status.left(40)));
    out.blocked = status == u"active"_s;
    out.patientServerId = referenceId(r.value(u"subject"_s), u"Patient"_s);
    out.practitionerServerId = referenceId(r.value(u"author"_s), u"Practitioner"_s);
    if (out.patientServerId.isEmpty())
        return invalid(type, u"subject"_s, tr("no patient"));
    if (out.practitionerServerId.isEmpty())
        return invalid(type, u"author"_s, tr("no practitioner"));
    return out;
}

} // namespace guichet
