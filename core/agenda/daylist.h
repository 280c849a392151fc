#pragma once

#include "core/base/result.h"
#include "core/domain/appointment.h"

#include <QList>
#include <QTimeZone>

namespace guichet {

class Session;

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
    int documents = 0; // the patient's documents, archived ones aside
    QString practitionerName;
    QString practitionerColor;
    QString motifLabel;
    QString motifColor;
    bool video = false; // the visit reason is a video consultation
    bool hasNote = false; // the appointment carries a note for the desk
};

} // namespace guichet

Q_DECLARE_TYPEINFO(guichet::DayListEntry, Q_RELOCATABLE_TYPE);

namespace guichet {

// The agenda grid's lean row: what a block needs, nothing more. A week of thousands is
// read and placed many times a day; names and colours are shared through indexes.
struct AgendaRow
{
    QString id; // the appointment's
    QString patientNames; // as stored: birth name, usage name, first name used, U+001F between
    QString patientId; // only when asked for
    qint64 start = 0; // UTC seconds
    qint64 end = 0;
    int practitioner = -1; // index in AgendaRows::practitioners, -1 unknown
    int motif = -1; // index in AgendaRows::motifs, -1 unknown
    AppointmentStatus status = AppointmentStatus::Booked;
    bool lateCancellation = false;
    bool excused = false;
    BookingChannel channel = BookingChannel::Desk;
    bool hasNote = false;
    QString patientName() const; // "DUPONT (MARTIN) Marie", made when shown
    // "☎ " booked by phone, "@ " online, nothing at the desk: the mark lists and blocks show.
};

struct AgendaRows
{
    struct Name
    {
        QString id;
        QString name; // "Dr Claire Garcia"; the label for a visit reason
        QString color; // #rrggbb, may be empty
        int rank = 0; // practitioners: their place by name
        bool video = false; // visit reasons: a video consultation
    };
    QList<Name> practitioners; // every practitioner of the practice
    QList<Name> motifs; // every visit reason
    QList<AgendaRow> rows; // by start
};

class DayList final
{
public:
    // Appointments starting in [from, to) (UTC seconds), by start, of the practitioners given
    // (empty: everyone), with the practice's practitioners and visit reasons beside.
    // Patient ids only when asked (the grid does not need them).
    // `onlyIds`: only these appointments (a few changed ones read again).
    static AgendaRows loadRows(const Database &db, qint64 from, qint64 to, const QStringList &practitionerIds = {},
                               bool withPatientIds = false, const QStringList &onlyIds = {});
    static Result<AgendaRows> loadRows(const Session &session, qint64 from, qint64 to,
                                       const QStringList &practitionerIds = {}, bool withPatientIds = false,
                                       const QStringList &onlyIds = {});

    // Appointments starting on `day` (in `zone`), by start time then practitioner, joined in one query.
    static QList<DayListEntry> load(const Database &db, const QDate &day, const QTimeZone &zone,
                                    const QStringList &practitionerIds = {});
    static Result<QList<DayListEntry>> load(const Session &session, const QDate &day, const QTimeZone &zone,
                                            const QStringList &practitionerIds = {});
    // Appointments starting in [from, to) (UTC), by start: what the agenda grid paints (it
    // places them by arithmetic, whatever their order); `byPractitioner` orders same-start
    // runs by practitioner name as lists do.
    static QList<DayListEntry> loadRange(const Database &db, const QDateTime &from, const QDateTime &to,
                                         const QStringList &practitionerIds = {}, bool byPractitioner = false);
};

} // namespace guichet
