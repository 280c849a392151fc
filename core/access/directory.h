#pragma once

#include "core/base/result.h"
#include "core/domain/appointment.h"
#include "core/domain/journal.h"
#include "core/domain/notification.h"
#include "core/domain/patient.h"
#include "core/domain/practice.h"

#include <QHash>
#include <QList>
#include <QTimeZone>

namespace guichet {

class Session;

// What the desktop and the command line read, behind the signed-in Session (the one door:
// ui/ and cli/ never reach core/store). Every read checks, here, that the person may see the
// agenda (an active account); a refused read is an error, never "nothing".

// The practice's structure: sites, practitioners, visit reasons, hours and absences.
class PracticeDirectory final
{
public:
    explicit PracticeDirectory(const Session &session)
        : m_session(session)
    {}

    // The structure lists below are empty for a refused session (a disabled account): they
    // hold no patient data, and every screen that shows them also reads something that fails.
    QList<Site> sites() const;
    QList<Practitioner> practitioners(bool activeOnly = true) const;
    QList<Motif> motifs(const QString &practitionerId = {}) const;
    // The zone times are shown in (the first site's), and the practice's country (ISO code).
    QTimeZone displayZone() const;
    QString country() const;
    // The practice's name ("" before setup), the database file, and whether it was made for tests.
    QString name() const;
    QString databaseFile() const;
    bool isTestDatabase() const;

    Result<Site> site(const QString &id) const;
    Result<Practitioner> practitioner(const QString &id) const;
    Result<Motif> motif(const QString &id) const;
    Result<QList<OpeningRange>> openingRanges(const QString &practitionerId) const;
    Result<QList<OpeningException>> openingExceptions(const QString &practitionerId, const QDate &from,
                                                      const QDate &to) const;
    // Every practitioner's when `practitionerId` is empty.
    Result<QList<Absence>> absences(const QString &practitionerId, const QDateTime &from, const QDateTime &to) const;
    Result<Absence> absence(const QString &id) const;

private:
    const Session &m_session;
};

// Patient records as the desk reads them (changing them is PatientService's).
class PatientDirectory final
{
public:
    explicit PatientDirectory(const Session &session)
        : m_session(session)
    {}

    Result<Patient> byId(const QString &id) const;
    // Guichet's id for an id or the external identifier of an imported record; unchanged when
    // neither is known (or the session may not read patients).
    QString resolveId(const QString &idOrExternal) const;
    Result<QHash<QString, QString>> externalIds() const;
    Result<QList<Patient>> list(int limit, int offset = 0) const;
    Result<QList<Patient>> relativesOf(const QString &holderId) const;
    // First `limit` active patients whose names, birth date, phones or ids start with the words typed.
    Result<QList<Patient>> search(const QString &text, int limit = 50) const;
    Result<qint64> count() const;

private:
    const Session &m_session;
};

// Appointments, their history and their messages, as the desk reads them.
class AppointmentDirectory final
{
public:
    explicit AppointmentDirectory(const Session &session)
        : m_session(session)
    {}

    Result<Appointment> byId(const QString &id) const;
    // Overlapping [from, to), optionally for some practitioners only, by start time.
    Result<QList<Appointment>> inRange(const QDateTime &from, const QDateTime &to,
                                       const QStringList &practitionerIds = {}) const;
    Result<QList<Appointment>> forPatient(const QString &patientId) const;
    Result<QList<AppointmentTransition>> history(const QString &appointmentId) const;
    Result<qint64> count() const;
    // The messages the central agenda is asked to send about it, and those due in [from, to).
    Result<QList<NotificationRequest>> messages(const QString &appointmentId) const;
    Result<QList<NotificationRequest>> messagesDue(const QDateTime &from, const QDateTime &to) const;

private:
    const Session &m_session;
};

// The changes this desk has not sent to the central agenda yet.
class ChangeQueue final
{
public:
    explicit ChangeQueue(const Session &session)
        : m_session(session)
    {}

    Result<QList<JournalEntry>> pending(int limit = 100) const;
    // Changes that kept failing and wait for someone, with their error.
    Result<QList<JournalEntry>> parked(int limit = 100) const;
    Result<int> pendingCount() const;

private:
    const Session &m_session;
};

} // namespace guichet
