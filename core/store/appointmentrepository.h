#pragma once

#include "core/base/result.h"
#include "core/domain/appointment.h"

#include <QList>

namespace guichet {

class Database;

class AppointmentRepository final
{
public:
    explicit AppointmentRepository(const Database &db)
        : m_db(db)
    {}

    Result<void> insert(const Appointment &appointment);
    // One prepared statement for many rows (imports, demo); call inside a transaction.
    Result<void> insertMany(const QList<Appointment> &appointments, const QList<AppointmentTransition> &history);
    Result<void> update(const Appointment &appointment);
    Result<void> addTransition(const AppointmentTransition &transition);
    // Whether this desk plans the appointment's messages (false: booked at another desk).
    Result<void> setPlansMessages(const QString &appointmentId, bool plans);
    Result<Appointment> byId(const QString &id) const;
    // Appointments overlapping [from, to), optionally for some practitioners only, by start time.
    // A failed read is an error, never "no appointments".
    Result<QList<Appointment>> inRange(const QDateTime &from, const QDateTime &to,
                                       const QStringList &practitionerIds = {}) const;
    Result<QList<Appointment>> forPatient(const QString &patientId) const;
    Result<QList<AppointmentTransition>> history(const QString &appointmentId) const;
    // By start time; a failed read is an error.
    Result<QList<Appointment>> search(const AppointmentFilter &filter) const;
    Result<void> linkToSeries(const QString &appointmentId, const SeriesLink &link);
    // Empty series ID when the appointment belongs to none.
    Result<SeriesLink> seriesOf(const QString &appointmentId) const;
    // The series' appointments in order.
    Result<QList<std::pair<SeriesLink, Appointment>>> series(const QString &seriesId) const;
    qint64 count() const;

private:
    const Database &m_db;
};

} // namespace guichet
