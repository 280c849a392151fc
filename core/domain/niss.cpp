#include "core/domain/niss.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QString stripSeparators(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace() || c == u'.' || c == u'-' || c == u'/')
            continue;
        out.append(c);
    }
    return out;
}

} // namespace

QString NissInfo::formatted() const
{
    if (digits.size() != 11)
        return digits;
    return digits.mid(0, 2) + u'.' + digits.mid(2, 2) + u'.' + digits.mid(4, 2) + u'-' + digits.mid(6, 3) + u'.'
        + digits.mid(9, 2);
}

Result<NissInfo> Niss::parse(const QString &text, const QDate &today)
{
    const QDate now = today.isValid() ? today : QDate::currentDate();
    const QString digits = stripSeparators(text);
    if (digits.isEmpty())
        return Error::invalid(tr("The national register number is empty."), u"niss.empty"_s);
    for (const QChar c : digits) {
        if (!c.isDigit() || c.unicode() > 127)
            return Error::invalid(tr("A national register number contains only digits."), u"niss.characters"_s);
    }
    if (digits.size() != 11)
        return Error::invalid(
            tr("A national register number has 11 digits; this one has %n.", nullptr, int(digits.size())),
            u"niss.length"_s);

    const qint64 first9 = digits.left(9).toLongLong();
    const int key = digits.mid(9, 2).toInt();
    const int keyBefore2000 = int(97 - (first9 % 97));
    const int keyFrom2000 = int(97 - ((2000000000LL + first9) % 97));
    int century = 0;
    if (key == keyBefore2000)
        century = 1900;
    else if (key == keyFrom2000)
        century = 2000;
    else
        return Error::invalid(
            tr("The check digits of this national register number are wrong: probably a typing error."),
            u"niss.checksum"_s);

    NissInfo info;
    info.digits = digits;
    const int yy = digits.mid(0, 2).toInt();
    int mm = digits.mid(2, 2).toInt();
    const int dd = digits.mid(4, 2).toInt();
    const int counter = digits.mid(6, 3).toInt();

    bool sexKnown = true;
    if (mm >= 40) {
        info.bis = true;
        mm -= 40;
    } else if (mm >= 20) {
        info.bis = true;
        sexKnown = false;
        mm -= 20;
    }
    if (mm > 12)
        return Error::invalid(tr("The month in this national register number does not exist."), u"niss.month"_s);
    if (dd > 31)
        return Error::invalid(tr("The day in this national register number does not exist."), u"niss.day"_s);
    info.birthYear = century + yy;
    info.birthMonth = mm;
    info.birthDay = dd;
    if (mm != 0 && dd != 0) {
        const QDate date(century + yy, mm, dd);
        if (!date.isValid())
            return Error::invalid(tr("The birth date in this national register number does not exist."),
                                  u"niss.date"_s);
        info.birthDate = date;
    }
    // A date the register does not know (month or day 00) still has its year.
    const bool future = info.birthDate.isValid() ? info.birthDate > now : century + yy > now.year();
    if (future)
        return Error::invalid(tr("The birth date in this national register number is in the future."),
                              u"niss.future"_s);
    // The register gives 001 to 997 (odd) to men and 002 to 998 (even) to women; 000 and 999
    // are never given.
    if (counter == 0 || counter > 998)
        return Error::invalid(tr("The serial number (digits 7 to 9) of this national register number is not "
                                 "possible."),
                              u"niss.counter"_s);
    if (sexKnown)
        info.sex = (counter % 2 == 1) ? Sex::Male : Sex::Female;
    return info;
}

} // namespace guichet
