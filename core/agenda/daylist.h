#pragma once

#include "domain/appointment.h"

#include <QList>
#include <QTimeZone>

namespace guichet {

class Database;

// One line of the front desk's day list: the appointment with the names a person reads.
// For speed the appointment carries only what lists and grids show: ids, times, status,
// excused and late flags (not channel, site, reason or note: read the appointment for those).
struct DayListEntry
{
    Appointment appointment;
    QString patientNames; // as stored: birth name, usage name, first name used, U+001F between
    QString patientName() const; // "DUPONT (MARTIN) Marie", made when shown
    // The front desk's day (DayList::load) only: when the patient arrived and was called
    // in (UTC, from the history), and their no-shows that count.
    QDateTime arrivedAt;
    QDateTime calledAt;
    int noShows = 0;
    QString practitionerName;
    QString practitionerColor;
    QString motifLabel;
    QString motifColor;
};

} // namespace guichet

Q_DECLARE_TYPEINFO(guichet::DayListEntry, Q_RELOCATABLE_TYPE);

namespace guichet {

class DayList final
{
public:
    // Appointments starting on `day` (in `zone`), by start time then practitioner, joined in one query.
    static QList<DayListEntry> load(const Database &db, const QDate &day, const QTimeZone &zone,
                                    const QStringList &practitionerIds = {});
    // Appointments starting in [from, to) (UTC), by start: what the agenda grid paints (it
    // places them by arithmetic, whatever their order); `byPractitioner` orders same-start
    // runs by practitioner name as lists do.
    static QList<DayListEntry> loadRange(const Database &db, const QDateTime &from, const QDateTime &to,
                                         const QStringList &practitionerIds = {}, bool byPractitioner = false);
};

} // namespace guichet
