#include "core/domain/nir.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace guichet {

QString NirInfo::formatted() const
{
    if (value.size() != 15)
        return value;
    return value.mid(0, 1) + u' ' + value.mid(1, 2) + u' ' + value.mid(3, 2) + u' ' + value.mid(5, 2) + u' '
        + value.mid(7, 3) + u' ' + value.mid(10, 3) + u' ' + value.mid(13, 2);
}

Result<NirInfo> Nir::parse(const QString &text)
{
    QString v;
    for (const QChar c : text) {
        if (c.isSpace() || c == u'.' || c == u'-')
            continue;
        v.append(c.toUpper());
    }
    if (v.isEmpty())
        return Error::invalid(tr("The social security number is empty."), u"nir.empty"_s);
    if (v.size() == 13)
        return Error::invalid(tr("The social security number needs its 2-digit key (15 characters in all)."),
                              u"nir.key-missing"_s);
    if (v.size() != 15)
        return Error::invalid(tr("A social security number has 15 characters (13 and a 2-digit key); this one has %n.",
                                 nullptr, int(v.size())),
                              u"nir.length"_s);

    const QString dept = v.mid(5, 2);
    const bool corsica = dept == u"2A"_s || dept == u"2B"_s;
    for (int i = 0; i < v.size(); ++i) {
        const QChar c = v.at(i);
        const bool isDigit = c >= u'0' && c <= u'9';
        if (!isDigit && !(corsica && i == 6))
            return Error::invalid(tr("A social security number contains only digits, apart from 2A or 2B for "
                                     "Corsica."),
                                  u"nir.characters"_s);
    }

    NirInfo info;
    info.value = v;
    const int sexDigit = v.mid(0, 1).toInt();
    switch (sexDigit) {
    case 1:
    case 3:
    case 7:
        info.sex = Sex::Male;
        break;
    case 2:
    case 4:
    case 8:
        info.sex = Sex::Female;
        break;
    default:
        return Error::invalid(tr("A social security number starts with 1 (man) or 2 (woman)."), u"nir.sex"_s);
    }
    info.provisional = sexDigit >= 7;
    info.birthYear = v.mid(1, 2).toInt();
    const int month = v.mid(3, 2).toInt();
    if (month >= 1 && month <= 12)
        info.birthMonth = month;
    else if (!((month >= 20 && month <= 42) || month >= 50))
        return Error::invalid(tr("The birth month in this social security number does not exist."), u"nir.month"_s);
    if (dept == u"00"_s)
        return Error::invalid(tr("The department of birth in this social security number does not exist."),
                              u"nir.department"_s);
    info.department = dept;
    if (v.mid(10, 3) == u"000"_s)
        return Error::invalid(tr("The birth certificate number (digits 11 to 13) cannot be 000."), u"nir.order"_s);

    QString numeric = v.left(13);
    if (dept == u"2A"_s)
        numeric.replace(5, 2, u"19"_s);
    else if (dept == u"2B"_s)
        numeric.replace(5, 2, u"18"_s);
    const qint64 n = numeric.toLongLong();
    const int expected = int(97 - (n % 97));
    const int key = v.mid(13, 2).toInt();
    if (key != expected)
        return Error::invalid(tr("The key of this social security number is wrong: probably a typing error."),
                              u"nir.checksum"_s);
    return info;
}

} // namespace guichet
