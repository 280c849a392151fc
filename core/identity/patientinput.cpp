#include "core/identity/patientinput.h"

#include "core/domain/email.h"
#include "core/domain/names.h"
#include "core/domain/nir.h"
#include "core/domain/niss.h"
#include "core/domain/phone.h"
#include "core/domain/text.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

Result<QString> freeText(const QString &text, const std::function<QString()> &field, int maxLength)
{
    return Text::field(text, field, maxLength);
}

} // namespace

Result<PartialDate> PatientValidator::parseBirthDate(const QString &text, const QDate &today)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return Error::invalid(tr("The birth date is required."), u"birth_date.required"_s);
    PartialDate date = PartialDate::fromIso(t);
    if (!date.isValid()) {
        // dd/mm/yyyy with 00 for what is unknown, mm/yyyy, or a year alone.
        static const QRegularExpression dmy(u"^(\\d{1,2})[/.\\- ](\\d{1,2})[/.\\- ](\\d{4})$"_s);
        static const QRegularExpression my(u"^(\\d{1,2})[/.\\- ](\\d{4})$"_s);
        int year = 0;
        int month = -1;
        int day = 0;
        if (const auto m = dmy.match(t); m.hasMatch()) {
            day = m.captured(1).toInt();
            month = m.captured(2).toInt();
            year = m.captured(3).toInt();
        } else if (const auto m2 = my.match(t); m2.hasMatch()) {
            month = m2.captured(1).toInt();
            year = m2.captured(2).toInt();
        }
        if (year > 0) {
            if (month == 0 && day != 0)
                return Error::invalid(tr("The birth date %1 gives a day without its month.").arg(t),
                                      u"birth_date.invalid"_s);
            date = PartialDate::of(year, month, day);
            if (!date.isValid() || month > 12)
                return Error::invalid(tr("The birth date %1 does not exist in the calendar.").arg(t),
                                      u"birth_date.invalid"_s);
        }
    }
    if (!date.isValid())
        return Error::invalid(tr("The birth date \"%1\" is not a date; type it as 31/12/1980 (or 12/1980, or "
                                 "1980 when the day or the month is unknown).")
                                  .arg(t),
                              u"birth_date.format"_s);
    if (today.isValid() && date.date > today)
        return Error::invalid(tr("The birth date cannot be in the future."), u"birth_date.future"_s);
    if (date.year() < 1890)
        return Error::invalid(tr("The birth date is before 1890: probably a typing error."), u"birth_date.past"_s);
    return date;
}

Result<QString> PatientValidator::checkPostcode(const QString &postcode, const QString &country)
{
    const QString p = postcode.simplified().toUpper();
    if (p.isEmpty())
        return QString();
    if (country == u"FR"_s) {
        static const QRegularExpression fr(u"^\\d{5}$"_s);
        if (!fr.match(p).hasMatch())
            return Error::invalid(tr("A French postcode has 5 digits."), u"postcode.fr"_s);
    } else if (country == u"BE"_s) {
        static const QRegularExpression be(u"^[1-9]\\d{3}$"_s);
        if (!be.match(p).hasMatch())
            return Error::invalid(tr("A Belgian postcode has 4 digits and does not start with 0."), u"postcode.be"_s);
    } else {
        static const QRegularExpression any(u"^[A-Z0-9][A-Z0-9 -]{1,9}$"_s);
        if (!any.match(p).hasMatch())
            return Error::invalid(tr("This postcode is not valid."), u"postcode.invalid"_s);
    }
    return p;
}

QList<FieldError> PatientValidator::check(const PatientInput &in, const QDate &today, const QString &defaultCountry,
                                          Patient *out)
{
    QList<FieldError> errors;
    Patient p;
    auto take = [&errors](PatientField field, const auto &result, auto &target) {
        if (result)
            target = result.value();
        else
            errors << FieldError{field, result.error()};
    };

    take(PatientField::BirthName,
         Names::clean(
             in.birthName, [] { return tr("The birth name"); }, true),
         p.birthName);
    take(PatientField::FirstNames,
         Names::clean(
             in.firstNames, [] { return tr("The first names"); }, true),
         p.firstNames);
    PartialDate birth;
    take(PatientField::BirthDate, parseBirthDate(in.birthDate, today), birth);
    p.setBirth(birth);
    if (in.sex.trimmed().isEmpty())
        errors << FieldError{PatientField::Sex, Error::invalid(tr("The sex is required."), u"sex.required"_s)};
    else if (!isKnownSexCode(in.sex))
        errors << FieldError{PatientField::Sex,
                             Error::invalid(tr("The sex is female, male, other or unknown."), u"sex.code"_s)};
    else
        p.sex = sexFromCode(in.sex);
    take(PatientField::UsageName,
         Names::clean(
             in.usageName, [] { return tr("The usage name"); }, false),
         p.usageName);
    take(PatientField::UsedFirstName,
         Names::clean(
             in.usedFirstName, [] { return tr("The first name used"); }, false),
         p.usedFirstName);
    take(PatientField::BirthPlace,
         freeText(
             in.birthPlaceCode, [] { return tr("The birth place code"); }, 10),
         p.birthPlaceCode);

    p.country = in.country.trimmed().toUpper();
    static const QRegularExpression isoCountry(u"^[A-Z]{2}$"_s);
    if (p.country.isEmpty()) {
        p.country = defaultCountry;
    } else if (!isoCountry.match(p.country).hasMatch()) {
        errors << FieldError{PatientField::Country,
                             Error::invalid(tr("The country is given by its two-letter code (BE, FR, NL…), not "
                                               "\"%1\".")
                                                .arg(in.country.trimmed().left(40)),
                                            u"country.code"_s)};
        p.country = defaultCountry;
    }
    const QString region = p.country.isEmpty() ? u"FR"_s : p.country;

    if (!in.niss.trimmed().isEmpty()) {
        auto niss = Niss::parse(in.niss);
        if (!niss) {
            errors << FieldError{PatientField::Niss, niss.error()};
        } else {
            p.niss = niss->digits;
            // A date known in part agrees with a number holding 00 where the register does not know.
            if (p.birthDate.isValid() && !p.birth().agrees(niss->birth()))
                errors << FieldError{
                    PatientField::Niss,
                    Error::invalid(tr("The national register number gives the birth date %1, not %2.")
                                       .arg(PartialDates::display(niss->birth()), PartialDates::display(p.birth())),
                                   u"niss.birth-date"_s)};
            if (niss->sex != Sex::Unknown && p.sex != Sex::Unknown && p.sex != Sex::Other && niss->sex != p.sex)
                errors << FieldError{PatientField::Niss,
                                     Error::invalid(tr("The national register number does not match the "
                                                       "sex given."),
                                                    u"niss.sex"_s)};
        }
    }
    if (!in.nir.trimmed().isEmpty()) {
        auto nir = Nir::parse(in.nir);
        if (!nir) {
            errors << FieldError{PatientField::Nir, nir.error()};
        } else {
            p.nir = nir->value;
            if (p.sex != Sex::Unknown && p.sex != Sex::Other && nir->sex != p.sex)
                errors << FieldError{PatientField::Nir,
                                     Error::invalid(tr("The social security number does not match the sex "
                                                       "given."),
                                                    u"nir.sex"_s)};
            // The NIR's unknown months (pseudo-months) agree with any month; an unknown month here
            // agrees with any NIR month.
            if (p.birthDate.isValid()
                && (p.birthDate.year() % 100 != nir->birthYear
                    || (nir->birthMonth != 0 && p.birth().month() != 0 && nir->birthMonth != p.birth().month())))
                errors << FieldError{PatientField::Nir,
                                     Error::invalid(tr("The social security number does not match the "
                                                       "birth date (year and month)."),
                                                    u"nir.birth-date"_s)};
        }
    }
    for (const QString &raw : in.phones) {
        if (raw.trimmed().isEmpty())
            continue;
        auto phone = Phone::parse(raw, region, Phone::Formats::E164Only);
        if (!phone) {
            errors << FieldError{PatientField::MobilePhone, phone.error()};
            continue;
        }
        if (phone->isMobile() && p.mobilePhone.isEmpty())
            p.mobilePhone = phone->e164;
        else if (p.otherPhone.isEmpty())
            p.otherPhone = phone->e164;
    }
    if (!in.email.trimmed().isEmpty())
        take(PatientField::Email, Email::normalize(in.email), p.email);
    take(PatientField::Address,
         freeText(
             in.address, [] { return tr("The address"); }, 200),
         p.address);
    take(PatientField::Postcode, checkPostcode(in.postcode, region), p.postcode);
    take(PatientField::City,
         freeText(
             in.city, [] { return tr("The city"); }, 100),
         p.city);

    const QString language = in.language.trimmed().toLower();
    if (language.isEmpty())
        p.language = u"fr"_s;
    else if (language == u"fr"_s || language == u"nl"_s || language == u"en"_s)
        p.language = language;
    else
        errors << FieldError{PatientField::Language,
                             Error::invalid(tr("The language is fr, nl or en."), u"language"_s)};
    p.holderId = in.holderId.trimmed();
    p.relationship = in.relationship.trimmed();
    if (out)
        *out = p;
    return errors;
}

Result<Patient> PatientValidator::validate(const PatientInput &input, const QDate &today, const QString &defaultCountry)
{
    Patient p;
    const QList<FieldError> errors = check(input, today, defaultCountry, &p);
    if (!errors.isEmpty())
        return errors.first().error;
    return p;
}

} // namespace guichet
