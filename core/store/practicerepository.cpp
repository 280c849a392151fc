#include "core/store/practicerepository.h"

#include "core/base/timeutil.h"
#include "core/store/database.h"

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

Result<void> done(const Result<QSqlQuery> &r)
{
    if (!r)
        return r.error();
    return {};
}

const QString kPractitionerColumns = u"id, title, first_name, last_name, specialty, registration, site_id, color, "
                                     "online_cancel_deadline_hours, accepts_new_patients_online, "
                                     "phone_only_after_months, active, online_days, online_notice_hours, messages"_s;
// The further sites, read with the row.
const QString kOtherSites = u", (SELECT group_concat(site_id) FROM practitioner_sites s WHERE s.practitioner_id = "
                            "practitioners.id AND s.site_id <> practitioners.site_id)"_s;
const QString kMotifColumns =
    u"id, practitioner_id, label, duration_minutes, color, bookable_online, video, "
    "notifications, new_patients, min_age, max_age, spacing_rule, active, desk_only, booking_phone, "
    "last_visit_months, instructions, home_visit"_s;
const QString kSiteColumns = u"id, name, time_zone, country, address, phone, postcode, city, access_info"_s;

// A QSqlQuery or a Lookup positioned on a row.
template <typename Row>
Practitioner readPractitioner(const Row &q)
{
    Practitioner p;
    p.id = q.value(0).toString();
    p.title = q.value(1).toString();
    p.firstName = q.value(2).toString();
    p.lastName = q.value(3).toString();
    p.specialty = q.value(4).toString();
    p.registration = q.value(5).toString();
    p.siteId = q.value(6).toString();
    p.color = q.value(7).toString();
    p.onlineCancelDeadlineHours = q.value(8).toInt();
    p.acceptsNewPatientsOnline = q.value(9).toBool();
    p.phoneOnlyAfterMonths = q.value(10).toInt();
    p.active = q.value(11).toBool();
    p.onlineDays = q.value(12).toInt();
    p.onlineNoticeHours = q.value(13).toInt();
    p.messages = q.value(14).toBool();
    const QString others = q.value(15).toString();
    if (!others.isEmpty())
        p.otherSiteIds = others.split(u',');
    return p;
}

// A QSqlQuery or a Lookup positioned on a row.
template <typename Row>
Motif readMotif(const Row &q)
{
    Motif m;
    m.id = q.value(0).toString();
    m.practitionerId = q.value(1).toString();
    m.label = q.value(2).toString();
    m.durationMinutes = q.value(3).toInt();
    m.color = q.value(4).toString();
    m.bookableOnline = q.value(5).toBool();
    m.video = q.value(6).toBool();
    m.notifications = q.value(7).toBool();
    m.newPatients = q.value(8).toBool();
    m.minAgeYears = q.value(9).toInt();
    m.maxAgeYears = q.value(10).toInt();
    m.spacingRule = q.value(11).toBool();
    m.active = q.value(12).toBool();
    m.deskOnly = q.value(13).toBool();
    m.bookingPhone = q.value(14).toString();
    m.lastVisitMonths = q.value(15).toInt();
    m.instructions = q.value(16).toString();
    m.homeVisit = q.value(17).toBool();
    return m;
}

// A QSqlQuery or a Lookup positioned on a row.
template <typename Row>
Site readSite(const Row &q)
{
    Site s;
    s.id = q.value(0).toString();
    s.name = q.value(1).toString();
    s.timeZone = q.value(2).toString();
    s.country = q.value(3).toString();
    s.address = q.value(4).toString();
    s.phone = q.value(5).toString();
    s.postcode = q.value(6).toString();
    s.city = q.value(7).toString();
    s.accessInfo = q.value(8).toString();
    return s;
}

} // namespace

Result<void> PracticeRepository::insertSite(const Site &s)
{
    return done(m_db.exec(u"INSERT INTO sites("_s + kSiteColumns + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          {s.id, s.name, s.timeZone, s.country, s.address, s.phone, s.postcode, s.city, s.accessInfo}));
}

Result<void> PracticeRepository::updateSite(const Site &s)
{
    return done(m_db.exec(u"UPDATE sites SET name = ?, time_zone = ?, country = ?, address = ?, phone = ?, "
                          "postcode = ?, city = ?, access_info = ? WHERE id = ?"_s,
                          {s.name, s.timeZone, s.country, s.address, s.phone, s.postcode, s.city, s.accessInfo, s.id}));
}

Result<void> PracticeRepository::insertPractitioner(const Practitioner &p)
{
    if (auto ok = done(m_db.exec(u"INSERT INTO practitioners("_s + kPractitionerColumns
                                     + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                 {p.id, p.title, p.firstName, p.lastName, p.specialty, p.registration, p.siteId,
                                  p.color, p.onlineCancelDeadlineHours, p.acceptsNewPatientsOnline,
                                  p.phoneOnlyAfterMonths, p.active, p.onlineDays, p.onlineNoticeHours, p.messages}));
        !ok)
        return ok;
    return writeOtherSites(p);
}

Result<void> PracticeRepository::updatePractitioner(const Practitioner &p)
{
    if (auto ok = done(m_db.exec(u"UPDATE practitioners SET title = ?, first_name = ?, last_name = ?, specialty = ?, "
                                 "registration = ?, site_id = ?, color = ?, online_cancel_deadline_hours = ?, "
                                 "accepts_new_patients_online = ?, phone_only_after_months = ?, active = ?, "
                                 "online_days = ?, online_notice_hours = ?, messages = ? WHERE id = ?"_s,
                                 {p.title, p.firstName, p.lastName, p.specialty, p.registration, p.siteId, p.color,
                                  p.onlineCancelDeadlineHours, p.acceptsNewPatientsOnline, p.phoneOnlyAfterMonths,
                                  p.active, p.onlineDays, p.onlineNoticeHours, p.messages, p.id}));
        !ok)
        return ok;
    return writeOtherSites(p);
}

Result<void> PracticeRepository::writeOtherSites(const Practitioner &p)
{
    if (auto ok = done(m_db.exec(u"DELETE FROM practitioner_sites WHERE practitioner_id = ?"_s, {p.id})); !ok)
        return ok;
    for (const QString &site : p.otherSiteIds) {
        if (site == p.siteId)
            continue;
        if (auto ok = done(m_db.exec(u"INSERT OR IGNORE INTO practitioner_sites(practitioner_id, site_id) "
                                     "VALUES (?, ?)"_s,
                                     {p.id, site}));
            !ok)
            return ok;
    }
    return {};
}

Result<void> PracticeRepository::insertMotif(const Motif &m)
{
    return done(m_db.exec(u"INSERT INTO motifs("_s + kMotifColumns
                              + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          {m.id, m.practitionerId, m.label, m.durationMinutes, m.color, m.bookableOnline, m.video,
                           m.notifications, m.newPatients, m.minAgeYears, m.maxAgeYears, m.spacingRule, m.active,
                           m.deskOnly, m.bookingPhone, m.lastVisitMonths, m.instructions, m.homeVisit}));
}

Result<void> PracticeRepository::updateMotif(const Motif &m)
{
    return done(m_db.exec(u"UPDATE motifs SET practitioner_id = ?, label = ?, duration_minutes = ?, color = ?, "
                          "bookable_online = ?, video = ?, notifications = ?, new_patients = ?, min_age = ?, "
                          "max_age = ?, spacing_rule = ?, active = ?, desk_only = ?, booking_phone = ?, "
                          "last_visit_months = ?, instructions = ?, home_visit = ? WHERE id = ?"_s,
                          {m.practitionerId, m.label, m.durationMinutes, m.color, m.bookableOnline, m.video,
                           m.notifications, m.newPatients, m.minAgeYears, m.maxAgeYears, m.spacingRule, m.active,
                           m.deskOnly, m.bookingPhone, m.lastVisitMonths, m.instructions, m.homeVisit, m.id}));
}

Result<void> PracticeRepository::insertOpeningRange(const OpeningRange &r)
{
    const int startMinute = r.start.hour() * 60 + r.start.minute();
    const int endMinute = r.end.isValid() && r.end != QTime(0, 0) ? r.end.hour() * 60 + r.end.minute() : 1440;
    if (auto ok = done(m_db.exec(u"INSERT INTO opening_ranges(id, practitioner_id, site_id, weekday, start_minute, "
                                 "end_minute) VALUES (?, ?, ?, ?, ?, ?)"_s,
                                 {r.id, r.practitionerId, r.siteId, r.weekday, startMinute, endMinute}));
        !ok)
        return ok;
    for (const QString &motifId : r.motifIds) {
        if (auto ok = done(
                m_db.exec(u"INSERT INTO opening_range_motifs(range_id, motif_id) VALUES (?, ?)"_s, {r.id, motifId}));
            !ok)
            return ok;
    }
    return {};
}

Result<void> PracticeRepository::insertAbsence(const Absence &a)
{
    return done(
        m_db.exec(u"INSERT INTO absences(id, practitioner_id, start_utc, end_utc, label) VALUES (?, ?, ?, ?, ?)"_s,
                  {a.id, a.practitionerId, toStored(a.start), toStored(a.end), a.label}));
}

QList<Site> PracticeRepository::sites() const
{
    QList<Site> out;
    auto r = m_db.exec(u"SELECT "_s + kSiteColumns + u" FROM sites ORDER BY name"_s);
    while (r && r->next())
        out << readSite(r.value());
    return out;
}

QString PracticeRepository::country() const
{
    const QString configured = m_db.setting(u"practice.country"_s);
    if (!configured.isEmpty())
        return configured;
    const QList<Site> all = sites();
    return all.isEmpty() ? u"FR"_s : all.first().country;
}

QTimeZone PracticeRepository::displayZone() const
{
    const QList<Site> all = sites();
    if (!all.isEmpty()) {
        const QTimeZone zone(all.first().timeZone.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone(QByteArrayLiteral("Europe/Brussels"));
}

Result<Site> PracticeRepository::site(const QString &id) const
{
    auto r = m_db.lookup(u"SELECT "_s + kSiteColumns + u" FROM sites WHERE id = ?"_s, {id});
    if (!r)
        return r.error();
    if (!r->next())
        return Error::notFound(Database::tr("No site has the identifier %1.").arg(id));
    return readSite(r.value());
}

QList<Practitioner> PracticeRepository::practitioners(bool activeOnly) const
{
    QList<Practitioner> out;
    auto r = m_db.exec(u"SELECT "_s + kPractitionerColumns + kOtherSites + u" FROM practitioners "_s
                       + (activeOnly ? u"WHERE active = 1 "_s : QString()) + u"ORDER BY last_name, first_name"_s);
    while (r && r->next())
        out << readPractitioner(r.value());
    return out;
}

Result<Practitioner> PracticeRepository::practitioner(const QString &id) const
{
    auto r =
        m_db.lookup(u"SELECT "_s + kPractitionerColumns + kOtherSites + u" FROM practitioners WHERE id = ?"_s, {id});
    if (!r)
        return r.error();
    if (!r->next())
        return Error::notFound(Database::tr("No practitioner has the identifier %1.").arg(id));
    return readPractitioner(r.value());
}

QList<Motif> PracticeRepository::motifs(const QString &practitionerId) const
{
    QList<Motif> out;
    auto r = practitionerId.isEmpty()
        ? m_db.exec(u"SELECT "_s + kMotifColumns + u" FROM motifs ORDER BY practitioner_id, label"_s)
        : m_db.exec(u"SELECT "_s + kMotifColumns + u" FROM motifs WHERE practitioner_id = ? ORDER BY label"_s,
                    {practitionerId});
    while (r && r->next())
        out << readMotif(r.value());
    return out;
}

Result<Motif> PracticeRepository::motif(const QString &id) const
{
    auto r = m_db.lookup(u"SELECT "_s + kMotifColumns + u" FROM motifs WHERE id = ?"_s, {id});
    if (!r)
        return r.error();
    if (!r->next())
        return Error::notFound(Database::tr("No visit reason has the identifier %1.").arg(id));
    return readMotif(r.value());
}

Result<QList<OpeningRange>> PracticeRepository::openingRanges(const QString &practitionerId) const
{
    QList<OpeningRange> out;
    auto r = m_db.exec(u"SELECT r.id, r.practitioner_id, r.site_id, r.weekday, r.start_minute, r.end_minute, "
                       "(SELECT group_concat(motif_id) FROM opening_range_motifs m WHERE m.range_id = r.id) "
                       "FROM opening_ranges r WHERE r.practitioner_id = ? ORDER BY r.weekday, r.start_minute"_s,
                       {practitionerId});
    if (!r)
        return r.error();
    while (r->next()) {
        OpeningRange range;
        range.id = r->value(0).toString();
        range.practitionerId = r->value(1).toString();
        range.siteId = r->value(2).toString();
        range.weekday = r->value(3).toInt();
        const int start = r->value(4).toInt();
        const int end = r->value(5).toInt();
        range.start = QTime(start / 60, start % 60);
        range.end = end >= 1440 ? QTime(23, 59, 59) : QTime(end / 60, end % 60);
        range.motifIds = r->value(6).toString().split(u',', Qt::SkipEmptyParts);
        out << range;
    }
    return out;
}

Result<void> PracticeRepository::replaceOpeningRanges(const QString &practitionerId, int weekday,
                                                      const QList<OpeningRange> &ranges)
{
    if (auto ok = done(m_db.exec(u"DELETE FROM opening_ranges WHERE practitioner_id = ? AND weekday = ?"_s,
                                 {practitionerId, weekday}));
        !ok)
        return ok;
    for (const OpeningRange &r : ranges) {
        if (auto ok = insertOpeningRange(r); !ok)
            return ok;
    }
    return {};
}

Result<void> PracticeRepository::setRangeMotifs(const QString &rangeId, const QStringList &motifIds)
{
    if (auto ok = done(m_db.exec(u"DELETE FROM opening_range_motifs WHERE range_id = ?"_s, {rangeId})); !ok)
        return ok;
    for (const QString &motifId : motifIds) {
        if (auto ok = done(
                m_db.exec(u"INSERT INTO opening_range_motifs(range_id, motif_id) VALUES (?, ?)"_s, {rangeId, motifId}));
            !ok)
            return ok;
    }
    return {};
}

namespace {

int minuteOf(const QTime &t, bool end)
{
    if (end && (!t.isValid() || t == QTime(0, 0) || t >= QTime(23, 59, 59)))
        return 1440;
    return t.hour() * 60 + t.minute();
}

QTime timeOfMinute(int minute)
{
    return minute >= 1440 ? QTime(23, 59, 59) : QTime(minute / 60, minute % 60);
}

} // namespace

Result<QList<OpeningException>> PracticeRepository::openingExceptions(const QString &practitionerId, const QDate &from,
                                                                      const QDate &to) const
{
    QList<OpeningException> out;
    auto r = m_db.exec(u"SELECT e.id, e.practitioner_id, e.site_id, e.day, e.label, r.start_minute, r.end_minute "
                       "FROM opening_exceptions e LEFT JOIN opening_exception_ranges r ON r.exception_id = e.id "
                       "WHERE e.practitioner_id = ? AND e.day >= ? AND e.day <= ? ORDER BY e.day, r.start_minute"_s,
                       {practitionerId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!r)
        return r.error();
    while (r->next()) {
        const QString id = r->value(0).toString();
        if (out.isEmpty() || out.last().id != id) {
            OpeningException e;
            e.id = id;
            e.practitionerId = r->value(1).toString();
            e.siteId = r->value(2).toString();
            e.day = QDate::fromString(r->value(3).toString(), Qt::ISODate);
            e.label = r->value(4).toString();
            out << e;
        }
        if (r->value(5).isNull())
            continue;
        OpeningException &e = out.last();
        OpeningRange range;
        range.id = e.id;
        range.practitionerId = e.practitionerId;
        range.siteId = e.siteId;
        range.weekday = e.day.dayOfWeek();
        range.start = timeOfMinute(r->value(5).toInt());
        range.end = timeOfMinute(r->value(6).toInt());
        e.ranges << range;
    }
    return out;
}

Result<OpeningException> PracticeRepository::openingException(const QString &id) const
{
    auto r = m_db.exec(u"SELECT practitioner_id, day FROM opening_exceptions WHERE id = ?"_s, {id});
    if (!r)
        return r.error();
    if (!r->next())
        return Error::notFound(Database::tr("No opening exception has the identifier %1.").arg(id));
    const QDate day = QDate::fromString(r->value(1).toString(), Qt::ISODate);
    auto found = openingExceptions(r->value(0).toString(), day, day);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(Database::tr("No opening exception has the identifier %1.").arg(id));
    return found->first();
}

Result<void> PracticeRepository::putOpeningException(const OpeningException &e)
{
    if (auto ok = done(m_db.exec(u"DELETE FROM opening_exceptions WHERE practitioner_id = ? AND day = ?"_s,
                                 {e.practitionerId, e.day.toString(Qt::ISODate)}));
        !ok)
        return ok;
    if (auto ok = done(m_db.exec(u"INSERT INTO opening_exceptions(id, practitioner_id, site_id, day, label) "
                                 "VALUES (?, ?, ?, ?, ?)"_s,
                                 {e.id, e.practitionerId, e.siteId, e.day.toString(Qt::ISODate), e.label}));
        !ok)
        return ok;
    for (const OpeningRange &r : e.ranges) {
        if (auto ok = done(m_db.exec(u"INSERT INTO opening_exception_ranges(exception_id, start_minute, end_minute) "
                                     "VALUES (?, ?, ?)"_s,
                                     {e.id, minuteOf(r.start, false), minuteOf(r.end, true)}));
            !ok)
            return ok;
    }
    return {};
}

Result<void> PracticeRepository::removeOpeningException(const QString &id)
{
    return done(m_db.exec(u"DELETE FROM opening_exceptions WHERE id = ?"_s, {id}));
}

namespace {

Absence readAbsence(const QSqlQuery &r)
{
    Absence a;
    a.id = r.value(0).toString();
    a.practitionerId = r.value(1).toString();
    a.start = fromStored(r.value(2).toLongLong());
    a.end = fromStored(r.value(3).toLongLong());
    a.label = r.value(4).toString();
    return a;
}

} // namespace

Result<QList<Absence>> PracticeRepository::absences(const QString &practitionerId, const QDateTime &from,
                                                    const QDateTime &to) const
{
    QList<Absence> out;
    auto r = practitionerId.isEmpty()
        ? m_db.exec(u"SELECT id, practitioner_id, start_utc, end_utc, label FROM absences "
                    "WHERE end_utc > ? AND start_utc < ? ORDER BY start_utc"_s,
                    {toStored(from), toStored(to)})
        : m_db.exec(u"SELECT id, practitioner_id, start_utc, end_utc, label FROM absences "
                    "WHERE practitioner_id = ? AND end_utc > ? AND start_utc < ? ORDER BY start_utc"_s,
                    {practitionerId, toStored(from), toStored(to)});
    if (!r)
        return r.error();
    while (r->next())
        out << readAbsence(r.value());
    return out;
}

Result<Absence> PracticeRepository::absence(const QString &id) const
{
    auto r = m_db.exec(u"SELECT id, practitioner_id, start_utc, end_utc, label FROM absences WHERE id = ?"_s, {id});
    if (!r)
        return r.error();
    if (!r->next())
        return Error::notFound(Database::tr("No absence has the identifier %1.").arg(id));
    return readAbsence(r.value());
}

Result<void> PracticeRepository::updateAbsence(const Absence &a)
{
    return done(m_db.exec(u"UPDATE absences SET start_utc = ?, end_utc = ?, label = ? WHERE id = ?"_s,
                          {toStored(a.start), toStored(a.end), a.label, a.id}));
}

Result<void> PracticeRepository::removeAbsence(const QString &id)
{
    return done(m_db.exec(u"DELETE FROM absences WHERE id = ?"_s, {id}));
}

} // namespace guichet
