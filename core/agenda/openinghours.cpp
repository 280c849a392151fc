#include "core/agenda/openinghours.h"

#include "core/access/session.h"
#include "core/agenda/bookingrules.h"
#include "core/base/timeutil.h"
#include "core/base/uuid.h"
#include "core/store/appointmentrepository.h"
#include "core/store/changejournal.h"
#include "core/store/database.h"
#include "core/store/practicerepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

constexpr int kMaxRangesADay = 6;
constexpr qint64 kAffectedHorizonDays = 366;

QString timeText(const QTime &t)
{
    return t >= QTime(23, 59, 59) ? u"24:00"_s : t.toString(u"HH:mm"_s);
}

bool inside(const QList<OpeningRange> &ranges, const QTime &start, const QTime &end)
{
    return std::any_of(ranges.cbegin(), ranges.cend(),
                       [&](const OpeningRange &r) { return r.start <= start && end <= r.end; });
}

// Booked appointments to come, of the practitioner, on the days given, outside their hours.
Result<QList<Appointment>> outsideHours(const Database &db, const QDateTime &now, const QString &practitionerId,
                                        const QDateTime &from, const QDateTime &to,
                                        const std::function<bool(QDate)> &day)
{
    QList<Appointment> out;
    const QTimeZone zone = PracticeRepository(db).displayZone();
    auto loaded = OpeningHours::load(db, practitionerId, from.toTimeZone(zone).date(), to.toTimeZone(zone).date());
    if (!loaded)
        return loaded.error();
    const OpeningHours &hours = *loaded;
    auto booked = AppointmentRepository(db).inRange(std::max(from, now), to, {practitionerId});
    if (!booked)
        return booked.error();
    for (const Appointment &a : *booked) {
        if (a.status != AppointmentStatus::Booked || a.start < now)
            continue;
        const QDateTime ls = a.start.toTimeZone(zone);
        const QDateTime le = a.end.toTimeZone(zone);
        if (!day(ls.date()))
            continue;
        const QTime end = le.date() == ls.date() ? le.time() : QTime(23, 59, 59);
        if (!inside(hours.on(ls.date()), ls.time(), end))
            out << a;
    }
    return out;
}

QJsonArray rangesJson(const QList<TimeRange> &ranges)
{
    QJsonArray out;
    for (const TimeRange &r : ranges)
        out.append(QJsonObject{{u"start"_s, timeText(r.start)}, {u"end"_s, timeText(r.end)}});
    return out;
}

} // namespace

Result<OpeningHours> OpeningHours::load(const Database &db, const QString &practitionerId, const QDate &from,
                                        const QDate &to)
{
    OpeningHours out;
    PracticeRepository practice(db);
    auto week = practice.openingRanges(practitionerId);
    if (!week)
        return week.error();
    out.m_week = *week;
    auto exceptions = practice.openingExceptions(practitionerId, from, to);
    if (!exceptions)
        return exceptions.error();
    for (const OpeningException &e : *exceptions)
        out.m_exceptions.insert(e.day, e);
    return out;
}

QList<OpeningRange> OpeningHours::on(const QDate &day) const
{
    if (const auto it = m_exceptions.constFind(day); it != m_exceptions.constEnd())
        return it->ranges;
    QList<OpeningRange> out;
    for (const OpeningRange &r : m_week) {
        if (r.weekday == day.dayOfWeek())
            out << r;
    }
    return out;
}

const OpeningException *OpeningHours::exceptionOn(const QDate &day) const
{
    const auto it = m_exceptions.constFind(day);
    return it == m_exceptions.constEnd() ? nullptr : &*it;
}

Result<QList<TimeRange>> OpeningHoursService::parseRanges(const QString &text)
{
    QList<TimeRange> out;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return out;
    static const QRegularExpression separators(u"\\s*(?:[,;/+]|\\bet\\b|\\ben\\b|\\band\\b)\\s*"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression range(
        u"^(\\d{1,2})\\s*(?:[:hH.]\\s*(\\d{2})?)?\\s*(?:-|–|—|à|a|tot|to)\\s*(\\d{1,2})\\s*(?:[:hH.]\\s*(\\d{2})?)?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    for (const QString &part : trimmed.split(separators, Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = range.match(part.trimmed());
        if (!m.hasMatch())
            return Error::invalid(tr("\"%1\" is not a time range: write it as 08:30-12:30.").arg(part.trimmed()),
                                  u"hours.format"_s);
        const int h1 = m.captured(1).toInt();
        const int m1 = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
        const int h2 = m.captured(3).toInt();
        const int m2 = m.captured(4).isEmpty() ? 0 : m.captured(4).toInt();
        if (h1 > 23 || m1 > 59 || h2 > 24 || m2 > 59 || (h2 == 24 && m2 != 0))
            return Error::invalid(tr("\"%1\" holds a time that does not exist.").arg(part.trimmed()),
                                  u"hours.format"_s);
        if (m1 % 5 != 0 || m2 % 5 != 0)
            return Error::invalid(tr("\"%1\": opening hours go by steps of 5 minutes.").arg(part.trimmed()),
                                  u"hours.step"_s);
        TimeRange r{QTime(h1, m1), h2 == 24 ? QTime(23, 59, 59) : QTime(h2, m2)};
        if (r.end <= r.start)
            return Error::invalid(tr("\"%1\" ends before it starts.").arg(part.trimmed()), u"hours.order"_s);
        out << r;
    }
    std::sort(out.begin(), out.end(), [](const TimeRange &a, const TimeRange &b) { return a.start < b.start; });
    for (qsizetype i = 1; i < out.size(); ++i) {
        if (out.at(i).start < out.at(i - 1).end)
            return Error::invalid(tr("%1-%2 and %3-%4 overlap.")
                                      .arg(timeText(out.at(i - 1).start), timeText(out.at(i - 1).end),
                                           timeText(out.at(i).start), timeText(out.at(i).end)),
                                  u"hours.overlap"_s);
    }
    if (out.size() > kMaxRangesADay)
        return Error::invalid(tr("At most %1 ranges a day.").arg(kMaxRangesADay), u"hours.count"_s);
    return out;
}

QString OpeningHoursService::formatRanges(const QList<OpeningRange> &ranges)
{
    QStringList parts;
    for (const OpeningRange &r : ranges)
        parts << timeText(r.start) + u'-' + timeText(r.end);
    return parts.join(u", "_s);
}

Result<OpeningHoursService::Outcome> OpeningHoursService::setWeekday(const Session &session,
                                                                     const QString &practitionerId, int weekday,
                                                                     const QList<TimeRange> &ranges)
{
    if (auto ok = session.require(Right::EditOpeningHours); !ok)
        return ok.error();
    if (weekday < 1 || weekday > 7)
        return Error::invalid(tr("The day of the week goes from 1 (Monday) to 7 (Sunday)."), u"hours.weekday"_s);
    const Database &db = session.database();
    PracticeRepository practice(db);
    auto practitioner = practice.practitioner(practitionerId);
    if (!practitioner)
        return practitioner.error();
    auto current = practice.openingRanges(practitionerId);
    if (!current)
        return current.error();
    const QList<OpeningRange> before = *current;
    QString siteId = practitioner->siteId;
    QList<OpeningRange> next;
    for (const TimeRange &t : ranges) {
        OpeningRange r;
        r.id = newUuid();
        r.practitionerId = practitionerId;
        r.weekday = weekday;
        r.start = t.start;
        r.end = t.end;
        r.siteId = siteId;
        for (const OpeningRange &old : before) {
            if (old.weekday == weekday && old.start == t.start && old.end == t.end) {
                r.motifIds = old.motifIds; // unchanged: its visit reasons stay
                r.siteId = old.siteId;
            }
        }
        if (r.siteId.isEmpty() && !practice.sites().isEmpty())
            r.siteId = practice.sites().first().id;
        next << r;
    }
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    if (auto ok = practice.replaceOpeningRanges(practitionerId, weekday, next); !ok)
        return ok.error();
    if (auto ok = ChangeJournal::record(db, u"schedule"_s, practitionerId, u"update"_s,
                                        QJsonObject{{u"weekday"_s, weekday}, {u"ranges"_s, rangesJson(ranges)}},
                                        session.now());
        !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    const QDateTime now = session.now().toUTC();
    Outcome out;
    auto outside = outsideHours(db, now, practitionerId, now, now.addDays(kAffectedHorizonDays),
                                [weekday](QDate d) { return d.dayOfWeek() == weekday; });
    if (!outside)
        return outside.error();
    out.outside = *outside;
    return out;
}

Result<OpeningHoursService::Outcome> OpeningHoursService::setException(const Session &session,
                                                                       const QString &practitionerId, const QDate &day,
                                                                       const QList<TimeRange> &ranges,
                                                                       const QString &label)
{
    if (auto ok = session.require(Right::Book); !ok)
        return ok.error();
    if (!day.isValid())
        return Error::invalid(tr("The day of the exception is missing or does not exist."), u"hours.day"_s);
    if (label.size() > 200)
        return Error::invalid(tr("The reason of the exception is at most 200 characters."), u"hours.label"_s);
    const Database &db = session.database();
    PracticeRepository practice(db);
    auto practitioner = practice.practitioner(practitionerId);
    if (!practitioner)
        return practitioner.error();
    const QTimeZone zone = practice.displayZone();
    if (day < session.now().toTimeZone(zone).date())
        return Error::invalid(
            tr("The %1 is past: its hours can no longer change.").arg(QLocale().toString(day, QLocale::LongFormat)),
            u"hours.past"_s);
    OpeningException e;
    e.id = newUuid();
    e.practitionerId = practitionerId;
    e.day = day;
    e.label = label.trimmed();
    e.siteId = practitioner->siteId;
    auto week = practice.openingRanges(practitionerId);
    if (!week)
        return week.error();
    for (const OpeningRange &r : *week) {
        if (r.weekday == day.dayOfWeek() && !r.siteId.isEmpty()) {
            e.siteId = r.siteId; // where the practitioner usually is that weekday
            break;
        }
    }
    if (e.siteId.isEmpty() && !practice.sites().isEmpty())
        e.siteId = practice.sites().first().id;
    for (const TimeRange &t : ranges) {
        OpeningRange r;
        r.id = e.id;
        r.practitionerId = practitionerId;
        r.siteId = e.siteId;
        r.weekday = day.dayOfWeek();
        r.start = t.start;
        r.end = t.end;
        e.ranges << r;
    }
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    if (auto ok = practice.putOpeningException(e); !ok)
        return ok.error();
    if (auto ok = ChangeJournal::record(db, u"schedule-exception"_s, e.id, u"create"_s,
                                        QJsonObject{{u"practitioner_id"_s, practitionerId},
                                                    {u"day"_s, day.toString(Qt::ISODate)},
                                                    {u"ranges"_s, rangesJson(ranges)},
                                                    {u"label"_s, e.label}},
                                        session.now());
        !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    Outcome out;
    auto outside =
        outsideHours(db, session.now().toUTC(), practitionerId, QDateTime(day, QTime(0, 0), zone).toUTC(),
                     QDateTime(day.addDays(1), QTime(0, 0), zone).toUTC(), [day](QDate d) { return d == day; });
    if (!outside)
        return outside.error();
    out.outside = *outside;
    return out;
}

Result<void> OpeningHoursService::removeException(const Session &session, const QString &exceptionId)
{
    if (auto ok = session.require(Right::Book); !ok)
        return ok.error();
    const Database &db = session.database();
    PracticeRepository practice(db);
    auto e = practice.openingException(exceptionId);
    if (!e)
        return e.error();
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    if (auto ok = practice.removeOpeningException(exceptionId); !ok)
        return ok.error();
    // The journal knows create, update, status and merge: a removal is an update that says so.
    if (auto ok = ChangeJournal::record(db, u"schedule-exception"_s, exceptionId, u"update"_s,
                                        QJsonObject{{u"practitioner_id"_s, e->practitionerId},
                                                    {u"day"_s, e->day.toString(Qt::ISODate)},
                                                    {u"removed"_s, true}},
                                        session.now());
        !ok)
        return ok.error();
    return tx.commit();
}

Result<OpeningRange> OpeningHoursService::setRangeMotifs(const Session &session, const QString &practitionerId,
                                                         int weekday, const QTime &start, const QStringList &motifIds)
{
    if (auto ok = session.require(Right::EditOpeningHours); !ok)
        return ok.error();
    const Database &db = session.database();
    PracticeRepository practice(db);
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    auto ranges = practice.openingRanges(practitionerId);
    if (!ranges)
        return ranges.error();
    std::optional<OpeningRange> range;
    for (const OpeningRange &r : std::as_const(*ranges))
        if (r.weekday == weekday && r.start == start)
            range = r;
    if (!range)
        return Error::invalid(tr("No range of the usual week starts at %1 that day.").arg(start.toString(u"HH:mm"_s)),
                              u"hours.range"_s);
    QStringList ids;
    for (const QString &id : motifIds) {
        auto m = practice.motif(id);
        if (!m || m->practitionerId != practitionerId)
            return Error::invalid(tr("The visit reason %1 is not one of this practitioner's.").arg(id),
                                  u"hours.motif"_s);
        if (!ids.contains(id))
            ids << id;
    }
    range->motifIds = ids;
    if (auto ok = practice.setRangeMotifs(range->id, ids); !ok)
        return ok.error();
    if (auto ok = ChangeJournal::record(db, u"schedule"_s, practitionerId, u"update"_s,
                                        QJsonObject{{u"weekday"_s, weekday},
                                                    {u"start"_s, start.toString(u"HH:mm"_s)},
                                                    {u"motif_ids"_s, QJsonArray::fromStringList(ids)}},
                                        session.now());
        !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return *range;
}

Result<OpeningHours> OpeningHours::load(const Session &session, const QString &practitionerId, const QDate &from,
                                        const QDate &to)
{
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    return load(session.database(), practitionerId, from, to);
}

} // namespace guichet
