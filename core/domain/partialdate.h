#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace guichet {

// How much of a date is known: a birth date on a refugee's card or in the register may be a
// year only, or a year and month (FHIR's "1962" and "1962-03").
enum class DatePrecision { Year, Month, Day };

// A date known to the day, the month or the year. `date` is the first day of what is known
// (1962-01-01 for "1962"), so ordering and year searches work on it unchanged.
struct PartialDate
{
    QDate date;
    DatePrecision precision = DatePrecision::Day;

    bool isValid() const { return date.isValid(); }
    bool isPartial() const { return precision != DatePrecision::Day; }
    int year() const { return date.year(); }
    int month() const { return precision == DatePrecision::Year ? 0 : date.month(); } // 0: unknown
    int day() const { return precision == DatePrecision::Day ? date.day() : 0; } // 0: unknown
    QDate latest() const; // the last day it may be
    // Whether a date known as year / month (0 unknown) / day (0 unknown) may be this one.
    bool agrees(int y, int m, int d) const;
    bool agrees(const PartialDate &other) const { return agrees(other.year(), other.month(), other.day()); }

    // "1962", "1962-03", "1962-03-15" (ISO 8601 / FHIR); invalid otherwise.
    static PartialDate fromIso(const QString &text);
    static PartialDate of(int year, int month, int day); // 0 for unknown month or day
    QString toIso() const;

    bool operator==(const PartialDate &o) const { return date == o.date && precision == o.precision; }
    bool operator!=(const PartialDate &o) const { return !(*this == o); }
};

class PartialDates final
{
    Q_DECLARE_TR_FUNCTIONS(PartialDates)
public:
    // "15/03/1962", "03/1962 (jour inconnu)", "1962 (jour et mois inconnus)".
    static QString display(const PartialDate &date);
    // As typed in a form: "15/03/1962", "03/1962", "1962".
    static QString editText(const PartialDate &date);
    // The age on `day`: one number when it can be decided, nothing when the unknown part of
    // the date leaves two ages possible.
    static std::optional<int> ageOn(const PartialDate &birth, const QDate &day);
    // The youngest and oldest it may be (equal when decided).
    static std::pair<int, int> ageRangeOn(const PartialDate &birth, const QDate &day);
    // "63 ans", or "62 ou 63 ans" when the date does not decide.
    static QString ageLabel(const PartialDate &birth, const QDate &day);
};

} // namespace guichet
