#pragma once

#include "core/agenda/waitinglist.h"
#include "core/base/result.h"
#include "core/domain/appointment.h"
#include "core/domain/notification.h"
#include "core/domain/patient.h"
#include "core/domain/practice.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace guichet {

class Session;

// Everything the desk sees about one appointment (the agenda's panel, the slip): who, with
// whom, why, how it was booked, every change, its messages, documents and waiting list.
struct AppointmentDetails
{
    Appointment appointment;
    Patient patient;
    std::optional<Patient> holder; // the account holder of a relative
    bool throughHolder = false; // a relative under 18, or without contacts: the holder is reached
    std::optional<Practitioner> practitioner;
    std::optional<Motif> motif;
    std::optional<Site> site;
    QList<AppointmentTransition> history; // oldest first
    QList<NotificationRequest> messages; // oldest first
    int documents = 0;
    std::optional<WaitlistEntry> waitlist;
    SeriesLink series;
    int seriesSize = 0;

    bool video() const { return motif && motif->video; }
    QString bookedBy() const; // who created it, from the history
};

class AppointmentDetailsReader final
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentDetailsReader)
public:
    static Result<AppointmentDetails> load(const Session &session, const QString &appointmentId);
    // "Online", "By phone", "At the desk".
    // One line of the history as the desk reads it: "Booked (phone)", "Moved from …", "Patient changed …".
    static QString historyLabel(const AppointmentTransition &step);
    // Who did a step, in words: the user's name for a login, "the patient, online" for the online
    // channel; `names` maps logins to names.
    static QString authorLabel(const QString &actor, const QHash<QString, QString> &names);
    static QString messageKindLabel(const QString &kind);
    static QString messageStateLabel(const QString &state);
};

} // namespace guichet
