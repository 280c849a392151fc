#include "core/domain/partialdate.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace guichet {

QDate PartialDate::latest() const
{
    switch (precision) {
    case DatePrecision::Year:
        return QDate(date.year(), 12, 31);
    case DatePrecision::Month:
        return QDate(date.year(), date.month(), date.daysInMonth());
    case DatePrecision::Day:
        break;
    }
    return date;
}

bool PartialDate::agrees(int y, int m, int d) const
{
    if (!isValid() || y != year())
        return false;
    if (m != 0 && month() != 0 && m != month())
        return false;
    // Days compare only when both know the month.
    if (d != 0 && day() != 0 && m != 0 && month() != 0)
        return d == day();
    return true;
}

PartialDate PartialDate::of(int year, int month, int day)
{
    PartialDate out;
    if (month == 0) {
        out.date = QDate(year, 1, 1);
        out.precision = DatePrecision::Year;
    } else if (day == 0) {
        out.date = QDate(year, month, 1);
        out.precision = DatePrecision::Month;
    } else {
        out.date = QDate(year, month, day);
        out.precision = DatePrecision::Day;
    }
    if (year < 1 || year > 9999)
        out.date = QDate();
    return out;
}

PartialDate PartialDate::fromIso(const QString &text)
{
    static const QRegularExpression iso(u"^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"_s);
    const auto m = iso.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const int month = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    const int day = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    if ((!m.captured(2).isEmpty() && month == 0) || (!m.captured(3).isEmpty() && day == 0) || month > 12)
        return {};
    return of(m.captured(1).toInt(), month, day);
}

QString PartialDate::toIso() const
{
    if (!isValid())
        return QString();
    switch (precision) {
    case DatePrecision::Year:
        return date.toString(u"yyyy"_s);
    case DatePrecision::Month:
        return date.toString(u"yyyy-MM"_s);
    case DatePrecision::Day:
        break;
    }
    return date.toString(Qt::ISODate);
}

QString PartialDates::display(const PartialDate &date)
{
    if (!date.isValid())
        return QString();
    switch (date.precision) {
    case DatePrecision::Year:
        return tr("%1 (day and month unknown)").arg(date.year());
    case DatePrecision::Month:
        return tr("%1 (day unknown)").arg(QLocale().toString(date.date, u"MM/yyyy"_s));
    case DatePrecision::Day:
        break;
    }
    return QLocale().toString(date.date, u"dd/MM/yyyy"_s);
}

QString PartialDates::editText(const PartialDate &date)
{
    if (!date.isValid())
        return QString();
    switch (date.precision) {
    case DatePrecision::Year:
        return QString::number(date.year());
    case DatePrecision::Month:
        return date.date.toString(u"MM/yyyy"_s);
    case DatePrecision::Day:
        break;
    }
    return date.date.toString(u"dd/MM/yyyy"_s);
}

namespace {

int exactAge(const QDate &birth, const QDate &day)
{
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

} // namespace

std::pair<int, int> PartialDates::ageRangeOn(const PartialDate &birth, const QDate &day)
{
    if (!birth.isValid() || !day.isValid())
        return {-1, -1};
    // Born as late as possible: the youngest; as early as possible: the oldest.
    return {std::max(0, exactAge(birth.latest(), day)), exactAge(birth.date, day)};
}

QString PartialDates::ageLabel(const PartialDate &birth, const QDate &day)
{
    const auto [youngest, oldest] = ageRangeOn(birth, day);
    if (oldest < 0)
        return QString();
    if (youngest == oldest)
        return tr("%n year(s)", nullptr, oldest);
    return tr("%1 or %2 years").arg(youngest).arg(oldest);
}

std::optional<int> PartialDates::ageOn(const PartialDate &birth, const QDate &day)
{
    const auto [youngest, oldest] = ageRangeOn(birth, day);
    if (oldest < 0 || youngest != oldest)
        return std::nullopt;
    return oldest;
}

} // namespace guichet
