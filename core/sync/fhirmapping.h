#pragma once

#include "core/base/result.h"
#include "core/domain/appointment.h"
#include "core/domain/document.h"
#include "core/domain/notification.h"
#include "core/domain/patient.h"
#include "core/domain/practice.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

#include <functional>

namespace guichet {

// DESIGN.md's mapping between Guichet's rows and FHIR R4 resources, both ways. Whatever
// comes from the server is validated here: an unknown code, a missing field or a wrong
// type gives an Invalid error naming it, and nothing is written.
class FhirMapping final
{
    Q_DECLARE_TR_FUNCTIONS(FhirMapping)
public:
    // urn:guichet:<installation>: the identifier system of what this installation creates.
    explicit FhirMapping(QString system, std::function<QString(const QString &type, const QString &localId)> serverIdOf)
        : m_system(std::move(system))
        , m_serverIdOf(std::move(serverIdOf))
    {}

    QString system() const { return m_system; }
    // "identifier=<system>|<id>" for conditional creates and searches (system: this installation's
    // when empty).
    QString identifierQuery(const QString &localId, const QString &system = {}) const;

    QJsonObject location(const Site &site) const;
    // `country`: of the practitioner's site, which says what the registration number is.
    QJsonObject practitioner(const Practitioner &practitioner, const QString &country) const;
    QJsonObject practitionerRole(const Practitioner &practitioner) const;
    // A visit reason and its online rules, offered at the practitioner's site.
    QJsonObject healthcareService(const Motif &motif, const QString &siteId) const;
    QJsonObject patient(const Patient &patient) const;
    QJsonObject appointment(const Appointment &appointment, const QString &motifLabel) const;
    // The online-booking block of a patient with a practitioner (Guichet's id: flagId()).
    // Its period: from when the block began, until its lift once lifted.
    QJsonObject bookingFlag(const QString &patientId, const QString &practitionerId, bool blocked,
                            const QDateTime &since, const QDateTime &until) const;
    static QString flagId(const QString &patientId, const QString &practitionerId);
    // A document shared with the patient, its content in Binary/<binaryServerId>.
    QJsonObject documentReference(const DocumentMeta &document, const QString &binaryServerId) const;
    static QJsonObject binary(const QString &contentType, const QByteArray &bytes);
    // The account holder as the RelatedPerson of a relative (Guichet's id: relatedPersonId()).
    QJsonObject relatedPerson(const Patient &relative, const Patient &holder) const;
    static QString relatedPersonId(const QString &relativeId, const QString &holderId);
    // A practitioner's schedule and its free slots for one visit reason (Guichet's ids:
    // scheduleId(), slotId()).
    QJsonObject schedule(const Practitioner &practitioner, const QDateTime &from, const QDateTime &to) const;
    QJsonObject slot(const QString &practitionerId, const QString &motifId, const QString &motifLabel,
                     const QDateTime &start, const QDateTime &end, bool free) const;
    // A desk's hold of a slot while a patient confirms online: a busy-tentative Slot named
    // urn:guichet:slot|hold-<id>, with the practitioner and when the hold ends (extensions).
    QJsonObject holdSlot(const QString &holdId, const QString &practitionerId, const QDateTime &start,
                         const QDateTime &end, const QDateTime &expiresAt) const;
    static QString scheduleId(const QString &practitionerId);
    static QString slotId(const QString &slotKey);
    // A message the central agenda is asked to send (never its health content). Its identifier is
    // practice-wide, derived from what the message is (messageId()): every desk that plans the same
    // message names the same CommunicationRequest, so a practice of several desks sends it once.
    // `appointmentStart`: the start of the appointment it is about (invalid for other messages).
    QJsonObject communicationRequest(const NotificationRequest &request, const QDateTime &appointmentStart) const;
    static QString messageSystem(); // urn:guichet:message
    // The appointment and the patient named by their server ids (what every desk shares; local
    // ids differ for what was booked online), the local ones when not on the server yet. Never
    // when or where it was planned: for an appointment's message, its start (and a reminder's
    // lead before it) stand for the time, so desks whose clocks differ name it alike.
    QString messageId(const NotificationRequest &request, const QDateTime &appointmentStart) const;
    static QString messageId(const NotificationRequest &request, const QString &appointmentKey,
                             const QString &patientKey, const QDateTime &appointmentStart);
    // The state a CommunicationRequest's status means here: pending, sent or revoked.
    static Result<QString> readCommunicationState(const QJsonObject &resource);

    // FHIR allows no empty strings, arrays or objects: they are dropped, and extensions left
    // without a value with them.
    static QJsonObject pruned(const QJsonObject &resource);

    // A Guichet UUID carried by any Guichet installation's identifier, when the resource has one.
    static QString guichetId(const QJsonObject &resource);
    static QString serverId(const QJsonObject &resource) { return resource.value(QLatin1String("id")).toString(); }
    static QString versionOf(const QJsonObject &resource);
    static QString referenceId(const QJsonValue &reference, const QString &type); // "Patient/abc" -> abc

    // Received resources. Server references are left for the engine to resolve.
    struct RemoteSite
    {
        Site site;
    };
    struct RemotePractitioner
    {
        Practitioner practitioner;
        QString registrationCountry; // BE (INAMI), FR (RPPS, IDNPS), or empty (Guichet's own system)
    };
    struct RemoteMotif
    {
        Motif motif; // id: the Guichet id carried, or empty
        QString practitionerServerId;
    };
    struct RemoteRole
    {
        QString practitionerServerId;
        QString locationServerId; // the main site
        QStringList otherLocationServerIds; // the further sites, in order
        QString specialty;
    };
    struct RemotePatient
    {
        Patient patient;
        QString holderServerId;
        QString replacedByServerId;
    };
    struct RemoteDocument
    {
        DocumentMeta document;
        QString status; // current, superseded, entered-in-error
        QString patientServerId;
        QString appointmentServerId;
        QString binaryServerId;
        QByteArray sha1; // raw bytes, when the server gave the hash
    };
    struct RemoteFlag
    {
        QString patientServerId;
        QString practitionerServerId;
        bool blocked = false;
    };
    struct RemoteAppointment
    {
        Appointment appointment;
        QString patientServerId;
        QString practitionerServerId;
        QString motifId; // Guichet's motif code, may be empty
        QString motifLabel;
    };
    static Result<RemoteSite> readLocation(const QJsonObject &resource);
    static Result<RemotePractitioner> readPractitioner(const QJsonObject &resource);
    static Result<RemoteRole> readPractitionerRole(const QJsonObject &resource);
    static Result<RemoteMotif> readHealthcareService(const QJsonObject &resource);
    static Result<RemotePatient> readPatient(const QJsonObject &resource);
    static Result<RemoteAppointment> readAppointment(const QJsonObject &resource);
    struct RemoteHold
    {
        QString holdId;
        QString practitionerServerId;
        QDateTime start, end, expiresAt;
        bool busy = false; // still held (busy-tentative)
    };
    // NotFound when the Slot is not a hold (a free slot published by a desk).
    static Result<RemoteHold> readHoldSlot(const QJsonObject &resource);
    // What a Guichet desk wrote of an appointment's booking (status, times, patient and
    // practitioner, visit reason, cancellation code), as a short hash in the extension
    // `desk-state`. A version whose booking differs from its mark was changed by someone else
    // (the online platform), and is judged by the practice's rules when it arrives.
    static QString deskState(const QJsonObject &appointment);
    static bool madeByADesk(const QJsonObject &appointment);
    static Result<RemoteDocument> readDocumentReference(const QJsonObject &resource);
    static Result<QByteArray> readBinary(const QJsonObject &resource, qint64 maxBytes);
    // NotFound for a Flag that is not an online-booking block (left alone).
    static Result<RemoteFlag> readBookingFlag(const QJsonObject &resource);

    // The fields a three-way merge compares (the mapped ones only, as JSON values), and
    // copying some of them from one record to another.
    static QJsonObject fields(const Patient &patient);
    static QJsonObject fields(const Appointment &appointment);
    static void copyFields(Patient &to, const Patient &from, const QSet<QString> &names);
    static void copyFields(Appointment &to, const Appointment &from, const QSet<QString> &names);

private:
    QJsonObject identified(const QString &type, const QString &localId) const;
    QString reference(const QString &type, const QString &localId) const;

    QString m_system;
    std::function<QString(const QString &, const QString &)> m_serverIdOf;
};

} // namespace guichet
