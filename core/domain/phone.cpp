#include "core/domain/phone.h"

#include <QHash>

#include <array>
#include <optional>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

using namespace Qt::StringLiterals;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace guichet {

QString phoneKindCode(PhoneKind kind)
{
    switch (kind) {
    case PhoneKind::Mobile:
        return u"mobile"_s;
    case PhoneKind::Landline:
        return u"landline"_s;
    case PhoneKind::Other:
        break;
    }
    return u"other"_s;
}

Result<PhoneInfo> Phone::parse(const QString &text, const QString &defaultRegion, Formats formats)
{
    // The same few numbers are read again and again (a practice's phone in every reminder, a
    // patient's mobile at each of their bookings): the last answers are kept, per thread.
    struct Answer
    {
        QString text;
        QString region;
        Formats formats;
        Result<PhoneInfo> result;
    };
    static thread_local std::array<std::optional<Answer>, 64> recent;
    const size_t slot = (qHash(text) ^ qHash(defaultRegion) ^ size_t(formats)) % recent.size();
    if (const auto &a = recent[slot]; a && a->formats == formats && a->text == text && a->region == defaultRegion)
        return a->result;
    Result<PhoneInfo> result = parseUncached(text, defaultRegion, formats);
    recent[slot] = Answer{text, defaultRegion, formats, result};
    return result;
}

Result<PhoneInfo> Phone::parseUncached(const QString &text, const QString &defaultRegion, Formats formats)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(tr("The phone number is empty."), u"phone.empty"_s);
    for (const QChar c : trimmed) {
        if (!(c.isDigit() || c.isSpace() || c == u'+' || c == u'.' || c == u'-' || c == u'/' || c == u'(' || c == u')'))
            return Error::invalid(tr("A phone number contains only digits, spaces, dots, hyphens and a leading +."),
                                  u"phone.characters"_s);
    }
    QString digitsOnly;
    for (const QChar c : trimmed)
        if (c.isDigit())
            digitsOnly.append(c);
    if (digitsOnly.size() < 6)
        return Error::invalid(tr("This phone number is too short."), u"phone.too-short"_s);
    if (digitsOnly.size() > 15)
        return Error::invalid(tr("This phone number is too long."), u"phone.too-long"_s);

    // "0033 6..." and "0032 ..." are common ways to type the international prefix.
    QString input = trimmed;
    if (input.startsWith(u"00"_s))
        input = u'+' + input.mid(2);

    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const auto status = util->Parse(input.toStdString(), defaultRegion.toUpper().toStdString(), &number);
    if (status != PhoneNumberUtil::NO_PARSING_ERROR) {
        if (status == PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR)
            return Error::invalid(tr("The country code of this phone number is unknown."), u"phone.country"_s);
        return Error::invalid(tr("This is not a phone number."), u"phone.unparsable"_s);
    }
    // The number's type is what validity is made of (a number is valid when it is of some type):
    // asked once, validity asked again only for what has no type (imports check a million numbers).
    const PhoneNumberUtil::PhoneNumberType type = util->GetNumberType(number);
    if (type == PhoneNumberUtil::UNKNOWN && !util->IsValidNumber(number)) {
        std::string region;
        util->GetRegionCodeForCountryCode(number.country_code(), &region);
        if (region == "FR")
            return Error::invalid(tr("This number does not exist in France: a French number has 10 digits and starts "
                                     "with 0."),
                                  u"phone.invalid"_s);
        if (region == "BE")
            return Error::invalid(tr("This number does not exist in Belgium: check the zone prefix and the number of "
                                     "digits."),
                                  u"phone.invalid"_s);
        return Error::invalid(tr("This phone number does not exist."), u"phone.invalid"_s);
    }

    PhoneInfo info;
    std::string out;
    util->Format(number, PhoneNumberUtil::E164, &out);
    info.e164 = QString::fromStdString(out);
    if (formats == Formats::All) {
        util->Format(number, PhoneNumberUtil::NATIONAL, &out);
        info.national = QString::fromStdString(out);
        util->Format(number, PhoneNumberUtil::INTERNATIONAL, &out);
        info.international = QString::fromStdString(out);
    }
    std::string region;
    util->GetRegionCodeForNumber(number, &region);
    info.region = QString::fromStdString(region);
    switch (type) {
    case PhoneNumberUtil::MOBILE:
        info.kind = PhoneKind::Mobile;
        break;
    case PhoneNumberUtil::FIXED_LINE:
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        info.kind = PhoneKind::Landline;
        break;
    default:
        info.kind = PhoneKind::Other;
        break;
    }
    return info;
}

QString Phone::display(const QString &e164, const QString &region)
{
    if (e164.trimmed().isEmpty())
        return e164;
    const QString home = region.isEmpty() ? QStringLiteral("BE") : region;
    auto phone = parse(e164, home);
    if (!phone)
        return e164;
    // A number of another country keeps its prefix: dialled from here, it needs it.
    return phone->region == home ? phone->national : phone->international;
}

} // namespace guichet
