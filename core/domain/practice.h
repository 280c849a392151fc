#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace guichet {

struct Site
{
    QString id;
    QString name;
    QString timeZone = QStringLiteral("Europe/Brussels"); // IANA id; times are shown in it
    QString country = QStringLiteral("BE"); // ISO 3166 alpha-2, default region for phone numbers
    QString address;
    QString phone; // E.164, the public number given when a motif is phone-only
};

struct Practitioner
{
    QString id;
    QString title; // "Dr", "Mme", ...
    QString firstName;
    QString lastName;
    QString specialty; // code, e.g. "general-practice", "dermatology"
    QString registration; // RPPS (FR) or INAMI/RIZIV (BE) number
    QString siteId;
    QString color; // #rrggbb
    int onlineCancelDeadlineHours = 4; // DESIGN.md: 4 h by default, may be longer
    bool acceptsNewPatientsOnline = true;
    int phoneOnlyAfterMonths = 24; // last visit older than 2 years requires a phone booking
    bool active = true;

    QString displayName() const;
};

struct Motif
{
    QString id;
    QString practitionerId;
    QString label;
    int durationMinutes = 15;
    QString color; // #rrggbb
    bool bookableOnline = true; // otherwise phone-only
    bool video = false;
    bool notifications = true;
    bool newPatients = true;
    int minAgeYears = 0; // 0: no limit
    int maxAgeYears = 0; // 0: no limit
    bool spacingRule = false; // the 8-day minimum spacing applies
    bool active = true;
};

// One range of a weekly template: on `weekday` (1 = Monday) from `start` to `end`
// local time at the site, these motifs may be booked.
struct OpeningRange
{
    QString id;
    QString practitionerId;
    QString siteId;
    int weekday = 1;
    QTime start;
    QTime end;
    QStringList motifIds; // empty: every motif of the practitioner
};

// Holidays, training, sickness: the practitioner cannot be booked. Times in UTC.
// A day whose hours differ from the weekly template: other hours that day (an exceptional
// Saturday, a short day), or none (closed: a public holiday). It replaces the template for
// that date; its ranges take every visit reason of the practitioner.
struct OpeningException
{
    QString id;
    QString practitionerId;
    QString siteId;
    QDate day;
    QList<OpeningRange> ranges; // empty: closed all day
    QString label;
};

struct Absence
{
    QString id;
    QString practitionerId;
    QDateTime start;
    QDateTime end;
    QString label;
};

} // namespace guichet
