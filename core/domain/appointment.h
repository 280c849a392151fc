#pragma once

#include "core/domain/appointmentstatus.h"
#include "core/domain/bookingchannel.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace guichet {

struct Appointment
{
    QString id;
    QString practitionerId;
    QString patientId;
    QString motifId;
    QString siteId;
    QDateTime start; // UTC
    QDateTime end; // UTC
    BookingChannel channel = BookingChannel::Desk;
    AppointmentStatus status = AppointmentStatus::Booked;
    std::optional<CancelledBy> cancelledBy; // when cancelled
    bool lateCancellation = false;
    bool excused = false; // for no-shows
    bool noShowErased = false; // judged unjustified by the practice: no longer counts
    QString reason; // cancellation reason or note on the last transition
    QString note;
    QDateTime createdAt;
    QString createdBy;
    QString serverId;
    QString version;

    friend bool operator==(const Appointment &, const Appointment &) = default;
};

// One line of an appointment's history: who moved it from which status to which, when, why.
struct AppointmentTransition
{
    qint64 seq = 0;
    QString appointmentId;
    std::optional<AppointmentStatus> from; // none for the creation
    AppointmentStatus to = AppointmentStatus::Booked;
    QDateTime at;
    QString user;
    QString reason;
    QDateTime start; // the appointment's start after this step (UTC); invalid in older history
    // Empty for a status change or a move; a correction at the desk otherwise: "patient"
    // (given to another patient), "motif", "note", "spacing" (kept despite the spacing rule).
    QString kind;
};

// The desk's search for appointments; every field optional.
struct AppointmentFilter
{
    QString patientId;
    QString practitionerId;
    QDateTime from; // starts at or after (UTC)
    QDateTime to; // starts before (UTC)
    QStringList statuses; // codes
    int limit = 500;
};

// One appointment's place in a series (every N days or weeks).
struct SeriesLink
{
    QString seriesId;
    int position = 0; // 1 for the first
};

} // namespace guichet
