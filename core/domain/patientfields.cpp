#include "core/domain/patientfields.h"

#include "core/domain/phone.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

// The table. A row's order is the record's (the merge screen, the CSV export).
// clang-format off
const QList<PatientFieldSpec> kFields = {
    {PatientField::BirthName, "birth_name", QT_TRANSLATE_NOOP("PatientFields", "Birth name"), "birth_name",
     "Patient.name (use official).family", PatientFieldKind::StrictTrait, true, true, false, true,
     [](const Patient &p) { return QJsonValue(p.birthName); },
     [](Patient &to, const Patient &from) { to.birthName = from.birthName; },
     [](PatientInput &in, const QString &t) { in.birthName = t; }, nullptr},
    {PatientField::UsageName, "usage_name", QT_TRANSLATE_NOOP("PatientFields", "Usage name"), "usage_name",
     "Patient.name (use usual).family", PatientFieldKind::Trait, true, true, false, false,
     [](const Patient &p) { return QJsonValue(p.usageName); },
     [](Patient &to, const Patient &from) { to.usageName = from.usageName; },
     [](PatientInput &in, const QString &t) { in.usageName = t; }, nullptr},
    {PatientField::FirstNames, "first_names", QT_TRANSLATE_NOOP("PatientFields", "First names"), "first_names",
     "Patient.name (use official).given", PatientFieldKind::StrictTrait, true, true, false, true,
     [](const Patient &p) { return QJsonValue(p.firstNames); },
     [](Patient &to, const Patient &from) { to.firstNames = from.firstNames; },
     [](PatientInput &in, const QString &t) { in.firstNames = t; }, nullptr},
    {PatientField::UsedFirstName, "used_first_name", QT_TRANSLATE_NOOP("PatientFields", "First name used"), "used_first_name",
     "Patient.name (use usual).given", PatientFieldKind::Trait, true, true, false, false,
     [](const Patient &p) { return QJsonValue(p.usedFirstName); },
     [](Patient &to, const Patient &from) { to.usedFirstName = from.usedFirstName; },
     [](PatientInput &in, const QString &t) { in.usedFirstName = t; }, nullptr},
    {PatientField::Sex, "sex", QT_TRANSLATE_NOOP("PatientFields", "Sex"), "sex",
     "Patient.gender", PatientFieldKind::StrictTrait, true, true, false, true,
     [](const Patient &p) { return QJsonValue(sexCode(p.sex)); },
     [](Patient &to, const Patient &from) { to.sex = from.sex; },
     [](PatientInput &in, const QString &t) { in.sex = t; }, nullptr},
    {PatientField::BirthDate, "birth_date", QT_TRANSLATE_NOOP("PatientFields", "Birth date"), "birth_date",
     "Patient.birthDate (1962, 1962-03 or 1962-03-15)", PatientFieldKind::StrictTrait, true, true, false, true,
     [](const Patient &p) { return QJsonValue(p.birth().toIso()); },
     [](Patient &to, const Patient &from) { to.setBirth(from.birth()); },
     [](PatientInput &in, const QString &t) { in.birthDate = t; }, nullptr},
    {PatientField::BirthPlace, "birth_place_code", QT_TRANSLATE_NOOP("PatientFields", "Birth place"), "birth_place_code",
     "Patient.extension birth-place (INSEE commune or country code)", PatientFieldKind::StrictTrait, true, true, false, false,
     [](const Patient &p) { return QJsonValue(p.birthPlaceCode); },
     [](Patient &to, const Patient &from) { to.birthPlaceCode = from.birthPlaceCode; },
     [](PatientInput &in, const QString &t) { in.birthPlaceCode = t; }, nullptr},
    {PatientField::Niss, "niss", QT_TRANSLATE_NOOP("PatientFields", "NISS"), "niss",
     "Patient.identifier (https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/ssin)", PatientFieldKind::NationalNumber, true, true, false, false,
     [](const Patient &p) { return QJsonValue(p.niss); },
     [](Patient &to, const Patient &from) { to.niss = from.niss; },
     [](PatientInput &in, const QString &t) { in.niss = t; }, nullptr},
    {PatientField::Nir, "nir", QT_TRANSLATE_NOOP("PatientFields", "NIR"), "nir",
     "Patient.identifier (urn:oid:1.2.250.1.213.1.4.8)", PatientFieldKind::NationalNumber, true, true, false, false,
     [](const Patient &p) { return QJsonValue(p.nir); },
     [](Patient &to, const Patient &from) { to.nir = from.nir; },
     [](PatientInput &in, const QString &t) { in.nir = t; }, nullptr},
    {PatientField::MobilePhone, "mobile_phone", QT_TRANSLATE_NOOP("PatientFields", "Mobile phone"), "phone",
     "Patient.telecom (phone, mobile)", PatientFieldKind::Contact, true, true, false, false,
     [](const Patient &p) { return QJsonValue(p.mobilePhone); },
     [](Patient &to, const Patient &from) { to.mobilePhone = from.mobilePhone; },
     [](PatientInput &in, const QString &t) { in.phones.append(t); }, "CASE WHEN mobile_phone <> '' THEN mobile_phone ELSE other_phone END"},
    {PatientField::OtherPhone, "other_phone", QT_TRANSLATE_NOOP("PatientFields", "Other phone"), nullptr,
     "Patient.telecom (phone, home)", PatientFieldKind::Contact, true, true, false, false,
     [](const Patient &p) { return QJsonValue(p.otherPhone); },
     [](Patient &to, const Patient &from) { to.otherPhone = from.otherPhone; },
     nullptr, nullptr},
    {PatientField::Email, "email", QT_TRANSLATE_NOOP("PatientFields", "E-mail"), "email",
     "Patient.telecom (email)", PatientFieldKind::Contact, true, true, false, false,
     [](const Patient &p) { return QJsonValue(p.email); },
     [](Patient &to, const Patient &from) { to.email = from.email; },
     [](PatientInput &in, const QString &t) { in.email = t; }, nullptr},
    {PatientField::Address, "address", QT_TRANSLATE_NOOP("PatientFields", "Address"), "address",
     "Patient.address.line", PatientFieldKind::Contact, true, true, false, false,
     [](const Patient &p) { return QJsonValue(p.address); },
     [](Patient &to, const Patient &from) { to.address = from.address; },
     [](PatientInput &in, const QString &t) { in.address = t; }, nullptr},
    {PatientField::Postcode, "postcode", QT_TRANSLATE_NOOP("PatientFields", "Postcode"), "postcode",
     "Patient.address.postalCode", PatientFieldKind::Contact, true, true, false, false,
     [](const Patient &p) { return QJsonValue(p.postcode); },
     [](Patient &to, const Patient &from) { to.postcode = from.postcode; },
     [](PatientInput &in, const QString &t) { in.postcode = t; }, nullptr},
    {PatientField::City, "city", QT_TRANSLATE_NOOP("PatientFields", "City"), "city",
     "Patient.address.city", PatientFieldKind::Contact, true, true, false, false,
     [](const Patient &p) { return QJsonValue(p.city); },
     [](Patient &to, const Patient &from) { to.city = from.city; },
     [](PatientInput &in, const QString &t) { in.city = t; }, nullptr},
    {PatientField::Country, "country", QT_TRANSLATE_NOOP("PatientFields", "Country"), "country",
     "Patient.address.country", PatientFieldKind::Contact, true, true, false, false,
     [](const Patient &p) { return QJsonValue(p.country); },
     [](Patient &to, const Patient &from) { to.country = from.country; },
     [](PatientInput &in, const QString &t) { in.country = t; }, nullptr},
    {PatientField::Language, "language", QT_TRANSLATE_NOOP("PatientFields", "Language"), "language",
     "Patient.communication.language", PatientFieldKind::Contact, true, true, false, false,
     [](const Patient &p) { return QJsonValue(p.language); },
     [](Patient &to, const Patient &from) { to.language = from.language; },
     [](PatientInput &in, const QString &t) { in.language = t; }, nullptr},
    {PatientField::TreatingPhysician, "treating_physician", QT_TRANSLATE_NOOP("PatientFields", "Treating physician"), nullptr,
     nullptr, PatientFieldKind::Contact, true, false, false, false, // the care pathway: the desk needs it
     [](const Patient &p) { return QJsonValue(p.treatingPhysician); },
     [](Patient &to, const Patient &from) { to.treatingPhysician = from.treatingPhysician; },
     nullptr, nullptr},
    {PatientField::Medication, "medication", QT_TRANSLATE_NOOP("PatientFields", "Usual medication"), nullptr,
     nullptr, PatientFieldKind::Medical, true, false, false, false,
     [](const Patient &p) { return QJsonValue(p.medication); },
     [](Patient &to, const Patient &from) { to.medication = from.medication; },
     nullptr, nullptr},
    {PatientField::IdentityStatus, "identity_status", QT_TRANSLATE_NOOP("PatientFields", "Identity status"), nullptr,
     "Patient.extension identity-status (RNIV)", PatientFieldKind::Status, false, true, false, false,
     [](const Patient &p) { return QJsonValue(IdentityStatuses::code(p.identityStatus)); },
     [](Patient &to, const Patient &from) { to.identityStatus = from.identityStatus; },
     nullptr, nullptr},
    {PatientField::Deceased, "deceased", QT_TRANSLATE_NOOP("PatientFields", "Deceased"), nullptr,
     "Patient.deceasedBoolean", PatientFieldKind::Status, false, true, false, false,
     [](const Patient &p) { return QJsonValue(p.deceased); },
     [](Patient &to, const Patient &from) { to.deceased = from.deceased; },
     nullptr, nullptr},
    {PatientField::Homonym, "homonym", QT_TRANSLATE_NOOP("PatientFields", "Homonym"), nullptr,
     "Patient.extension homonym", PatientFieldKind::Status, false, true, false, false,
     [](const Patient &p) { return QJsonValue(p.homonym); },
     [](Patient &to, const Patient &from) { to.homonym = from.homonym; },
     nullptr, nullptr},
    {PatientField::Doubtful, "doubtful", QT_TRANSLATE_NOOP("PatientFields", "Doubtful identity"), nullptr,
     "Patient.extension doubtful", PatientFieldKind::Status, false, true, false, false,
     [](const Patient &p) { return QJsonValue(p.doubtful); },
     [](Patient &to, const Patient &from) { to.doubtful = from.doubtful; },
     nullptr, nullptr},
    {PatientField::NotifySms, "notify_sms", QT_TRANSLATE_NOOP("PatientFields", "SMS reminders"), nullptr,
     "Patient.extension notify-sms", PatientFieldKind::Status, false, true, false, false,
     [](const Patient &p) { return QJsonValue(p.notifySms); },
     [](Patient &to, const Patient &from) { to.notifySms = from.notifySms; },
     nullptr, nullptr},
    {PatientField::NotifyEmail, "notify_email", QT_TRANSLATE_NOOP("PatientFields", "E-mail reminders"), nullptr,
     "Patient.extension notify-email", PatientFieldKind::Status, false, true, false, false,
     [](const Patient &p) { return QJsonValue(p.notifyEmail); },
     [](Patient &to, const Patient &from) { to.notifyEmail = from.notifyEmail; },
     nullptr, nullptr},
    {PatientField::HolderId, "holder_id", QT_TRANSLATE_NOOP("PatientFields", "Account holder"), nullptr,
     "Patient.link (seealso) / RelatedPerson", PatientFieldKind::Status, false, true, true, false,
     [](const Patient &p) { return QJsonValue(p.holderId); },
     [](Patient &to, const Patient &from) { to.holderId = from.holderId; },
     nullptr, nullptr},
    {PatientField::Relationship, "relationship", QT_TRANSLATE_NOOP("PatientFields", "Relationship"), nullptr,
     "RelatedPerson.relationship", PatientFieldKind::Status, false, true, false, false,
     [](const Patient &p) { return QJsonValue(p.relationship); },
     [](Patient &to, const Patient &from) { to.relationship = from.relationship; },
     nullptr, nullptr},
    {PatientField::Active, "active", QT_TRANSLATE_NOOP("PatientFields", "Active record"), nullptr,
     "Patient.active", PatientFieldKind::Status, false, true, false, false,
     [](const Patient &p) { return QJsonValue(p.active); },
     [](Patient &to, const Patient &from) { to.active = from.active; },
     nullptr, nullptr},
    {PatientField::ReplacedBy, "replaced_by", QT_TRANSLATE_NOOP("PatientFields", "Merged into"), nullptr,
     "Patient.link (replaced-by)", PatientFieldKind::Status, false, true, true, false,
     [](const Patient &p) { return QJsonValue(p.replacedBy); },
     [](Patient &to, const Patient &from) { to.replacedBy = from.replacedBy; },
     nullptr, nullptr},
};
// clang-format on

} // namespace

const QList<PatientFieldSpec> &PatientFields::all()
{
    return kFields;
}

const PatientFieldSpec &PatientFields::spec(PatientField field)
{
    // The rows are in the enum's order (tst_patientfields checks it).
    return kFields.at(qsizetype(field));
}

const PatientFieldSpec *PatientFields::byCode(QStringView code)
{
    static const QHash<QString, qsizetype> index = [] {
        QHash<QString, qsizetype> h;
        for (qsizetype i = 0; i < kFields.size(); ++i)
            h.insert(QLatin1String(kFields.at(i).code), i);
        return h;
    }();
    const auto it = index.constFind(code.toString());
    return it == index.cend() ? nullptr : &kFields.at(*it);
}

QString PatientFields::code(PatientField field)
{
    return QLatin1String(spec(field).code);
}

QString PatientFields::label(PatientField field)
{
    return tr(spec(field).label);
}

QString PatientFields::label(const QString &code)
{
    const PatientFieldSpec *s = byCode(code);
    return s ? tr(s->label) : code;
}

QString PatientFields::labelInSentence(PatientField field)
{
    QString text = label(field);
    if (text.size() > 1 && text.at(1).isLower())
        text[0] = text.at(0).toLower();
    return text;
}

QString PatientFields::text(const Patient &p, PatientField field)
{
    const QJsonValue v = spec(field).get(p);
    return v.isBool() ? (v.toBool() ? u"true"_s : u"false"_s) : v.toString();
}

QJsonObject PatientFields::values(const Patient &p, bool (*keep)(const PatientFieldSpec &), bool emptyLinksAsText)
{
    QJsonObject out;
    for (const PatientFieldSpec &s : kFields) {
        if (keep && !keep(s))
            continue;
        QJsonValue v = s.get(p);
        if (s.nullWhenEmpty && !emptyLinksAsText && v.toString().isEmpty())
            v = QJsonValue::Null;
        out.insert(QLatin1String(s.code), v);
    }
    return out;
}

QList<PatientField> PatientFields::chosenAtMerge()
{
    QList<PatientField> out;
    for (const PatientFieldSpec &s : kFields)
        if (s.chosenAtMerge)
            out << s.field;
    return out;
}

bool PatientFields::withholdMedical(Patient &p)
{
    static const Patient empty;
    for (const PatientFieldSpec &s : kFields) {
        if (s.kind != PatientFieldKind::Medical || s.get(p) == s.get(empty))
            continue;
        s.copy(p, empty);
        p.medicalWithheld = true;
    }
    return p.medicalWithheld;
}

QStringList PatientFields::csvColumns()
{
    QStringList out;
    for (const PatientFieldSpec &s : kFields)
        if (s.csv)
            out << QLatin1String(s.csv);
    return out;
}

QString PatientFields::countryLabel(const QString &code)
{
    static const QList<std::pair<QString, const char *>> countries = {
        {u"BE"_s, QT_TRANSLATE_NOOP("PatientFields", "Belgium")},
        {u"FR"_s, QT_TRANSLATE_NOOP("PatientFields", "France")},
        {u"NL"_s, QT_TRANSLATE_NOOP("PatientFields", "Netherlands")},
        {u"LU"_s, QT_TRANSLATE_NOOP("PatientFields", "Luxembourg")},
        {u"DE"_s, QT_TRANSLATE_NOOP("PatientFields", "Germany")},
        {u"CH"_s, QT_TRANSLATE_NOOP("PatientFields", "Switzerland")},
        {u"GB"_s, QT_TRANSLATE_NOOP("PatientFields", "United Kingdom")},
        {u"ES"_s, QT_TRANSLATE_NOOP("PatientFields", "Spain")},
        {u"IT"_s, QT_TRANSLATE_NOOP("PatientFields", "Italy")},
        {u"PT"_s, QT_TRANSLATE_NOOP("PatientFields", "Portugal")},
        {u"MA"_s, QT_TRANSLATE_NOOP("PatientFields", "Morocco")},
    };
    for (const auto &[c, label] : countries)
        if (c == code.toUpper())
            return tr(label);
    return code;
}

QString PatientFields::languageLabel(const QString &code)
{
    static const QList<std::pair<QString, const char *>> languages = {
        {u"fr"_s, QT_TRANSLATE_NOOP("PatientFields", "French")},
        {u"nl"_s, QT_TRANSLATE_NOOP("PatientFields", "Dutch")},
        {u"en"_s, QT_TRANSLATE_NOOP("PatientFields", "English")},
        {u"de"_s, QT_TRANSLATE_NOOP("PatientFields", "German")},
    };
    for (const auto &[c, label] : languages)
        if (c == code.toLower())
            return tr(label);
    return code;
}

QString PatientFields::displayValue(const Patient &p, PatientField field, const QString &deskCountry)
{
    // As the desk reads it: four-digit years, phones as dialled from the desk's country,
    // countries, languages and sexes in words.
    switch (field) {
    case PatientField::BirthDate:
        return PartialDates::display(p.birth());
    case PatientField::MobilePhone:
    case PatientField::OtherPhone: {
        const QString number = text(p, field);
        return number.isEmpty() || deskCountry.isEmpty() ? number : Phone::display(number, deskCountry);
    }
    case PatientField::Country:
        return countryLabel(p.country);
    case PatientField::Language:
        return p.language.isEmpty() ? QString() : languageLabel(p.language);
    case PatientField::IdentityStatus:
        return IdentityStatuses::label(p.identityStatus);
    case PatientField::Sex:
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
    default:
        break;
    }
    const QJsonValue v = spec(field).get(p);
    if (v.isBool())
        return v.toBool() ? tr("yes") : tr("no");
    return v.toString();
}

} // namespace guichet
