#include "core/identity/identityfields.h"

#include "core/domain/phone.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace guichet {

QStringList IdentityFields::codes()
{
    return {u"birth_name"_s,
            u"first_names"_s,
            u"birth_date"_s,
            u"sex"_s,
            u"birth_place_code"_s,
            u"usage_name"_s,
            u"used_first_name"_s,
            u"niss"_s,
            u"nir"_s,
            u"mobile_phone"_s,
            u"other_phone"_s,
            u"email"_s,
            u"address"_s,
            u"postcode"_s,
            u"city"_s,
            u"country"_s,
            u"treating_physician"_s,
            u"medication"_s,
            u"language"_s};
}

bool IdentityFields::isStrict(const QString &field)
{
    return field == u"birth_name"_s || field == u"first_names"_s || field == u"birth_date"_s || field == u"sex"_s
        || field == u"birth_place_code"_s;
}

QString IdentityFields::label(const QString &f)
{
    if (f == u"birth_name"_s)
        return tr("Birth name");
    if (f == u"first_names"_s)
        return tr("First names");
    if (f == u"birth_date"_s)
        return tr("Birth date");
    if (f == u"sex"_s)
        return tr("Sex");
    if (f == u"birth_place_code"_s)
        return tr("Birth place");
    if (f == u"usage_name"_s)
        return tr("Usage name");
    if (f == u"used_first_name"_s)
        return tr("First name used");
    if (f == u"niss"_s)
        return tr("NISS");
    if (f == u"nir"_s)
        return tr("NIR");
    if (f == u"mobile_phone"_s)
        return tr("Mobile");
    if (f == u"other_phone"_s)
        return tr("Other phone");
    if (f == u"email"_s)
        return tr("E-mail");
    if (f == u"address"_s)
        return tr("Address");
    if (f == u"postcode"_s)
        return tr("Postcode");
    if (f == u"city"_s)
        return tr("City");
    if (f == u"country"_s)
        return tr("Country");
    if (f == u"treating_physician"_s)
        return tr("Treating physician");
    if (f == u"medication"_s)
        return tr("Usual medication");
    if (f == u"language"_s)
        return tr("Language");
    return f;
}

QString IdentityFields::value(const Patient &p, const QString &f)
{
    if (f == u"birth_name"_s)
        return p.birthName;
    if (f == u"first_names"_s)
        return p.firstNames;
    if (f == u"birth_date"_s)
        return p.birth().toIso();
    if (f == u"sex"_s)
        return sexCode(p.sex);
    if (f == u"birth_place_code"_s)
        return p.birthPlaceCode;
    if (f == u"usage_name"_s)
        return p.usageName;
    if (f == u"used_first_name"_s)
        return p.usedFirstName;
    if (f == u"niss"_s)
        return p.niss;
    if (f == u"nir"_s)
        return p.nir;
    if (f == u"mobile_phone"_s)
        return p.mobilePhone;
    if (f == u"other_phone"_s)
        return p.otherPhone;
    if (f == u"email"_s)
        return p.email;
    if (f == u"address"_s)
        return p.address;
    if (f == u"postcode"_s)
        return p.postcode;
    if (f == u"city"_s)
        return p.city;
    if (f == u"country"_s)
        return p.country;
    if (f == u"treating_physician"_s)
        return p.treatingPhysician;
    if (f == u"medication"_s)
        return p.medication;
    if (f == u"language"_s)
        return p.language;
    return {};
}

QString IdentityFields::countryLabel(const QString &code)
{
    static const QList<std::pair<QString, const char *>> countries = {
        {u"BE"_s, QT_TRANSLATE_NOOP("IdentityFields", "Belgium")},
        {u"FR"_s, QT_TRANSLATE_NOOP("IdentityFields", "France")},
        {u"NL"_s, QT_TRANSLATE_NOOP("IdentityFields", "Netherlands")},
        {u"LU"_s, QT_TRANSLATE_NOOP("IdentityFields", "Luxembourg")},
        {u"DE"_s, QT_TRANSLATE_NOOP("IdentityFields", "Germany")},
        {u"CH"_s, QT_TRANSLATE_NOOP("IdentityFields", "Switzerland")},
        {u"GB"_s, QT_TRANSLATE_NOOP("IdentityFields", "United Kingdom")},
        {u"ES"_s, QT_TRANSLATE_NOOP("IdentityFields", "Spain")},
        {u"IT"_s, QT_TRANSLATE_NOOP("IdentityFields", "Italy")},
        {u"PT"_s, QT_TRANSLATE_NOOP("IdentityFields", "Portugal")},
        {u"MA"_s, QT_TRANSLATE_NOOP("IdentityFields", "Morocco")},
    };
    for (const auto &[c, label] : countries)
        if (c == code.toUpper())
            return tr(label);
    return code;
}

QString IdentityFields::languageLabel(const QString &code)
{
    static const QList<std::pair<QString, const char *>> languages = {
        {u"fr"_s, QT_TRANSLATE_NOOP("IdentityFields", "French")},
        {u"nl"_s, QT_TRANSLATE_NOOP("IdentityFields", "Dutch")},
        {u"en"_s, QT_TRANSLATE_NOOP("IdentityFields", "English")},
        {u"de"_s, QT_TRANSLATE_NOOP("IdentityFields", "German")},
    };
    for (const auto &[c, label] : languages)
        if (c == code.toLower())
            return tr(label);
    return code;
}

QString IdentityFields::displayValue(const Patient &p, const QString &field, const QString &deskCountry)
{
    // As the desk reads it: four-digit years, phones as dialled from the desk's country,
    // countries and languages in words.
    if (field == u"birth_date"_s)
        return PartialDates::display(p.birth());
    if (field == u"mobile_phone"_s || field == u"other_phone"_s) {
        const QString number = value(p, field);
        return number.isEmpty() || deskCountry.isEmpty() ? number : Phone::display(number, deskCountry);
    }
    if (field == u"country"_s)
        return countryLabel(p.country);
    if (field == u"language"_s)
        return p.language.isEmpty() ? QString() : languageLabel(p.language);
    if (field == u"sex"_s) {
        switch (p.sex) {
        case Sex::Female:
            return tr("Female");
        case Sex::Male:
            return tr("Male");
        case Sex::Other:
            return tr("Other");
        case Sex::Unknown:
            break;
        }
        return tr("Unknown");
    }
    return value(p, field);
}

void IdentityFields::setValue(Patient &p, const QString &f, const Patient &from)
{
    if (f == u"birth_name"_s)
        p.birthName = from.birthName;
    else if (f == u"first_names"_s)
        p.firstNames = from.firstNames;
    else if (f == u"birth_date"_s)
        p.setBirth(from.birth());
    else if (f == u"sex"_s)
        p.sex = from.sex;
    else if (f == u"birth_place_code"_s)
        p.birthPlaceCode = from.birthPlaceCode;
    else if (f == u"usage_name"_s)
        p.usageName = from.usageName;
    else if (f == u"used_first_name"_s)
        p.usedFirstName = from.usedFirstName;
    else if (f == u"niss"_s)
        p.niss = from.niss;
    else if (f == u"nir"_s)
        p.nir = from.nir;
    else if (f == u"mobile_phone"_s)
        p.mobilePhone = from.mobilePhone;
    else if (f == u"other_phone"_s)
        p.otherPhone = from.otherPhone;
    else if (f == u"email"_s)
        p.email = from.email;
    else if (f == u"address"_s)
        p.address = from.address;
    else if (f == u"postcode"_s)
        p.postcode = from.postcode;
    else if (f == u"city"_s)
        p.city = from.city;
    else if (f == u"country"_s)
        p.country = from.country;
    else if (f == u"treating_physician"_s)
        p.treatingPhysician = from.treatingPhysician;
    else if (f == u"medication"_s)
        p.medication = from.medication;
    else if (f == u"language"_s)
        p.language = from.language;
}

} // namespace guichet
