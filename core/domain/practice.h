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
    QString address; // street and number
    QString postcode;
    QString city;
    QString phone; // E.164, the practice's public number
    QString accessInfo; // for patients: floor, parking, public transport, access for wheelchairs

    // "Rue Haute 12, 1000 Bruxelles": what messages and the patients' page show.
    QString fullAddress() const;
};

struct Practitioner
{
    QString id;
    QString title; // "Dr", "Mme", ...
    QString firstName;
    QString lastName;
    QString specialty; // code, e.g. "general-practice", "dermatology"
    QString registration; // RPPS (FR) or INAMI/RIZIV (BE) number
    QString siteId; // the main site
    QStringList otherSiteIds; // further sites where the practitioner consults
    QString color; // #rrggbb
    int onlineCancelDeadlineHours = 4; // DESIGN.md: 4 h by default, may be longer
    int onlineDays = 0; // online booking window: days ahead (0: no limit)
    int onlineNoticeHours = 0; // online booking: minimum notice before the start (0: none)
    bool acceptsNewPatientsOnline = true;
    int phoneOnlyAfterMonths = 24; // last visit older than 2 years requires a phone booking
    bool messages = true; // reminders and notices for this practitioner's appointments
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
    bool bookableOnline = true; // otherwise phone-only, or desk-only
    bool deskOnly = false; // not online: booked at the desk only (not even by phone)
    QString bookingPhone; // phone-only: the number patients must call (E.164; empty: the site's)
    bool video = false;
    bool homeVisit = false; // at the patient's home: the messages give the patient's address
    bool notifications = true;
    bool newPatients = true;
    int minAgeYears = 0; // 0: no limit
    int maxAgeYears = 0; // 0: no limit
    bool spacingRule = false; // the 8-day minimum spacing applies
    int lastVisitMonths = 0; // last visit older than this means a phone booking (0: the practitioner's rule)
    QString instructions; // for the patient, sent with the confirmation
    bool active = true;

    // online, phone-only or desk-only (guichet-cli --booking, the FHIR extension).
    QString bookingCode() const;
    // From a booking code; false when the code is unknown.
    bool setBookingCode(const QString &code);
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
