#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace guichet {

class Database;
class Session;
template <typename T>
class Result;

// No-show and late-cancellation figures for one practitioner, visit reason and month.
struct NoShowStatsRow
{
    QString month; // yyyy-MM, in the site's time zone
    QString practitionerId;
    QString practitionerName;
    QString motifId;
    QString motifLabel;
    int appointments = 0; // due appointments: not entered in error, not cancelled by the practice
    int noShows = 0; // not erased
    int unexcused = 0;
    int lateCancellations = 0;
    int minutesLost = 0; // length of the slots lost to no-shows and late cancellations

    double noShowRate() const { return appointments ? double(noShows) / appointments : 0.0; }
    double lateCancellationRate() const { return appointments ? double(lateCancellations) / appointments : 0.0; }
};

class NoShowStats final
{
    Q_DECLARE_TR_FUNCTIONS(NoShowStats)
public:
    // The figures as the signed-in user may read them (the agenda's right), in the site's zone.
    static Result<QList<NoShowStatsRow>> compute(const Session &session, const QDate &from, const QDate &to);
    // The figures written to a CSV file (owner-only); audited with the period and the rows.
    static Result<qsizetype> exportCsv(const Session &session, const QDate &from, const QDate &to, const QString &path);
    // Appointments starting from `from` to `to` included, by month, practitioner and reason.
    static QList<NoShowStatsRow> compute(const Database &db, const QDate &from, const QDate &to, const QTimeZone &zone);
    // The same rows summed per practitioner over the whole range (month empty).
    static QList<NoShowStatsRow> perPractitioner(const QList<NoShowStatsRow> &rows);
    static QString toCsv(const QList<NoShowStatsRow> &rows);
};

} // namespace guichet
