#pragma once

#include "core/base/result.h"
#include "core/domain/appointment.h"
#include "core/domain/practice.h"

#include <QCoreApplication>
#include <QMap>

namespace guichet {

class Database;
class Session;

// The hours a practitioner consults on given days: the weekly template, replaced on the
// days that have an exception (closed, or other hours). What the rules, the free slots and
// the grid all read, so that they never disagree.
class OpeningHours final
{
public:
    // An error when the hours cannot be read: never "closed" nor "open" by default.
    static Result<OpeningHours> load(const Database &db, const QString &practitionerId, const QDate &from,
                                     const QDate &to);
    static Result<OpeningHours> load(const Session &session, const QString &practitionerId, const QDate &from,
                                     const QDate &to);
    QList<OpeningRange> on(const QDate &day) const; // by start; empty: closed that day
    const OpeningException *exceptionOn(const QDate &day) const; // nullptr: the template holds
    const QList<OpeningRange> &week() const { return m_week; }

private:
    QList<OpeningRange> m_week;
    QMap<QDate, OpeningException> m_exceptions;
};

struct TimeRange
{
    QTime start;
    QTime end; // 23:59:59 for midnight
};

// Changes to opening hours, validated and journalled; each tells which booked patients now
// fall outside the hours, so the desk can call them (nothing is moved by itself).
class OpeningHoursService final
{
    Q_DECLARE_TR_FUNCTIONS(OpeningHoursService)
public:
    // "8:30-12:30, 14h-18h": the ranges of one day, by start; empty text: closed. Each
    // range on 5-minute steps, ending after it starts, not overlapping another.
    static Result<QList<TimeRange>> parseRanges(const QString &text);
    static QString formatRanges(const QList<OpeningRange> &ranges); // "08:30-12:30, 14:00-18:00"

    struct Outcome
    {
        QList<Appointment> outside; // booked, to come, no longer inside the hours
    };
    // Replaces one weekday (1 Monday .. 7 Sunday) of the weekly template. A range that stays
    // as it was keeps its visit reasons; a new one takes every visit reason.
    static Result<Outcome> setWeekday(const Session &session, const QString &practitionerId, int weekday,
                                      const QList<TimeRange> &ranges);
    // Other hours on one day (no range: closed), replacing any exception of that day.
    static Result<Outcome> setException(const Session &session, const QString &practitionerId, const QDate &day,
                                        const QList<TimeRange> &ranges, const QString &label);
    static Result<void> removeException(const Session &session, const QString &exceptionId);
    // The visit reasons one range of the usual week offers (the range starting at `start` on
    // `weekday`); empty: every reason of the practitioner. Each must be the practitioner's.
    static Result<OpeningRange> setRangeMotifs(const Session &session, const QString &practitionerId, int weekday,
                                               const QTime &start, const QStringList &motifIds);
};

} // namespace guichet
