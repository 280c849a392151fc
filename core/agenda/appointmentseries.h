#pragma once

#include "core/agenda/appointmentservice.h"
#include "core/agenda/freeslots.h"

#include <optional>

namespace guichet {

// A series asked for at the desk: the first appointment, then every N days or weeks, a given
// number of times or until a date (physiotherapy, speech therapy, psychology).
struct SeriesRequest
{
    AppointmentDraft first;
    int everyDays = 0; // one of everyDays, everyWeeks
    int everyWeeks = 0;
    int count = 0; // one of count, until
    QDate until; // the last day an occurrence may fall on (site time)
};

// One occurrence: booked, or refused with the rule and the nearest free slot.
struct SeriesOccurrence
{
    int position = 0;
    QDateTime start; // asked for (UTC)
    std::optional<Appointment> appointment; // when booked
    QStringList warnings;
    std::optional<Error> refusal;
    std::optional<FreeSlot> alternative; // the nearest free slot of the same reason, when refused
};

struct SeriesReport
{
    QString seriesId;
    QList<SeriesOccurrence> occurrences;
    int booked() const;
    int refused() const;
};

// What happened to each remaining appointment of a series moved or cancelled together.
struct SeriesChange
{
    QList<Appointment> changed;
    QList<std::pair<Appointment, Error>> refused;
};

class AppointmentSeries final
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentSeries)
public:
    static constexpr int MaxOccurrences = 52;

    // The start of each occurrence (UTC), the same wall-clock time in the site's zone, or why not.
    static Result<QList<QDateTime>> starts(const SeriesRequest &request, const QTimeZone &zone);
    // Books each occurrence with every booking rule; the refused ones are listed, not booked; audited.
    static Result<SeriesReport> book(const Session &session, const SeriesRequest &request);
    // The booked appointments of the series from this one on (this one included).
    static Result<QList<Appointment>> rest(const Session &session, const QString &appointmentId);
    static Result<SeriesChange> cancelRest(const Session &session, const QString &appointmentId, const QString &reason);
    // Moves this appointment to `start` and each later one by the same shift (days and time of
    // day, site time), each with the rules of a move.
    static Result<SeriesChange> moveRest(const Session &session, const QString &appointmentId, const QDateTime &start);
};

} // namespace guichet
