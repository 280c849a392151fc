#include "core/eid/eidcard.h"

#include "core/domain/names.h"
#include "core/domain/niss.h"
#include "core/domain/patient.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

// Tags of the identity file (the eID's "ID" file) and of the address file.
enum IdentityTag {
    CardNumber = 0x01,
    ValidFrom = 0x03,
    ValidUntil = 0x04,
    NationalNumber = 0x06,
    Surname = 0x07,
    FirstNames = 0x08,
    ThirdInitial = 0x09,
    Nationality = 0x0A,
    BirthPlace = 0x0B,
    BirthDate = 0x0C,
    SexTag = 0x0D,
};
enum AddressTag { Street = 0x01, Postcode = 0x02, Municipality = 0x03 };

Error unreadable(const QString &why)
{
    return Error::invalid(EidIdentity::tr("The card's data cannot be read (%1): nothing was taken from it.").arg(why),
                          u"eid.data"_s);
}

} // namespace

Result<QMap<int, QByteArray>> EidTlv::parse(const QByteArray &file)
{
    if (file.size() > MaxFileSize)
        return Error::invalid(tr("The card's file is larger than an eID's (%1 bytes).").arg(file.size()),
                              u"eid.data"_s);
    QMap<int, QByteArray> fields;
    qsizetype pos = 0;
    while (pos < file.size()) {
        const int tag = quint8(file.at(pos++));
        if (tag == 0)
            break; // the rest of the file is padding
        qsizetype length = 0;
        quint8 byte = 0xFF;
        while (byte == 0xFF) {
            if (pos >= file.size())
                return Error::invalid(tr("the length of field %1 is cut short").arg(tag), u"eid.data"_s);
            byte = quint8(file.at(pos++));
            length += byte;
        }
        if (length > file.size() - pos)
            return Error::invalid(tr("field %1 is longer than the file").arg(tag), u"eid.data"_s);
        if (fields.contains(tag))
            return Error::invalid(tr("field %1 appears twice").arg(tag), u"eid.data"_s);
        fields.insert(tag, file.mid(pos, length));
        pos += length;
    }
    return fields;
}

PartialDate EidIdentity::parseBirthDate(const QString &text)
{
    static const QHash<QString, int> months = {
        // French, Dutch, German (the card's language is the holder's municipality's).
        {u"JAN"_s, 1},  {u"FEV"_s, 2},  {u"FÉV"_s, 2},  {u"FEB"_s, 2},  {u"MARS"_s, 3}, {u"MAAR"_s, 3}, {u"MÄR"_s, 3},
        {u"MAR"_s, 3},  {u"AVR"_s, 4},  {u"APR"_s, 4},  {u"MAI"_s, 5},  {u"MEI"_s, 5},  {u"JUIN"_s, 6}, {u"JUN"_s, 6},
        {u"JUIL"_s, 7}, {u"JUL"_s, 7},  {u"AOUT"_s, 8}, {u"AOÛT"_s, 8}, {u"AUG"_s, 8},  {u"SEPT"_s, 9}, {u"SEP"_s, 9},
        {u"OCT"_s, 10}, {u"OKT"_s, 10}, {u"NOV"_s, 11}, {u"DEC"_s, 12}, {u"DÉC"_s, 12}, {u"DEZ"_s, 12}};
    QString t = text.simplified().toUpper();
    t.replace(u'.', u' ');
    const QStringList parts = t.split(u' ', Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.size() > 3)
        return {};
    bool yearOk = false;
    const int year = parts.last().toInt(&yearOk);
    if (!yearOk || parts.last().size() != 4 || year < 1800)
        return {};
    if (parts.size() == 1)
        return PartialDate::of(year, 0, 0);
    const int month = months.value(parts.at(parts.size() - 2), 0);
    if (month == 0)
        return {};
    int day = 0;
    if (parts.size() == 3) {
        bool dayOk = false;
        day = parts.at(0).toInt(&dayOk);
        if (!dayOk || day < 0 || day > 31)
            return {};
    }
    const PartialDate date = PartialDate::of(year, month, day);
    return date.isValid() ? date : PartialDate{};
}

Result<EidIdentity> EidIdentity::fromFiles(const QByteArray &identityFile, const QByteArray &addressFile,
                                           const QDate &today)
{
    auto id = EidTlv::parse(identityFile);
    if (!id)
        return unreadable(id.error().message);
    auto address = EidTlv::parse(addressFile);
    if (!address)
        return unreadable(address.error().message);
    const auto text = [](const QMap<int, QByteArray> &fields, int tag) {
        return QString::fromUtf8(fields.value(tag)).trimmed();
    };
    for (const int tag : {int(CardNumber), int(ValidUntil), int(NationalNumber), int(Surname), int(BirthDate)})
        if (!id->contains(tag) || id->value(tag).isEmpty())
            return unreadable(tr("field %1 of the identity file is missing").arg(tag));
    EidIdentity e;
    e.cardNumber = text(*id, CardNumber);
    e.validFrom = QDate::fromString(text(*id, ValidFrom), u"dd.MM.yyyy"_s);
    e.validUntil = QDate::fromString(text(*id, ValidUntil), u"dd.MM.yyyy"_s);
    e.nationalNumber = text(*id, NationalNumber);
    e.surname = text(*id, Surname);
    e.firstNames = text(*id, FirstNames);
    e.thirdInitial = text(*id, ThirdInitial);
    e.nationality = text(*id, Nationality);
    e.birthPlace = text(*id, BirthPlace);
    e.birthDate = parseBirthDate(text(*id, BirthDate));
    const QString sex = text(*id, SexTag).toUpper();
    e.sex = sex == u"M"_s ? Sex::Male : (sex == u"F"_s || sex == u"V"_s || sex == u"W"_s) ? Sex::Female : Sex::Unknown;
    e.street = text(*address, Street);
    e.postcode = text(*address, Postcode);
    e.municipality = text(*address, Municipality);
    if (!e.validUntil.isValid())
        return unreadable(tr("the card's end of validity is not a date"));
    if (!e.birthDate.isValid())
        return unreadable(tr("the birth date \"%1\" is not a date").arg(text(*id, BirthDate).left(40)));
    if (e.birthDate.date > today)
        return unreadable(tr("the birth date is in the future"));
    if (!Niss::parse(e.nationalNumber, today))
        return unreadable(tr("the national number is not valid"));
    if (e.surname.size() > 200 || e.firstNames.size() > 200 || e.street.size() > 300 || e.municipality.size() > 200)
        return unreadable(tr("a name or the address is longer than a card holds"));
    if (e.validUntil < today)
        return Error::refused(tr("This eID card expired on %1: its data may be out of date. Ask for a valid card or "
                                 "another identity document.")
                                  .arg(e.validUntil.toString(u"dd/MM/yyyy"_s)),
                              u"eid.expired"_s);
    return e;
}

QList<EidIdentity::Difference> EidIdentity::differences(const Patient &record) const
{
    QList<Difference> out;
    if (Names::fold(surname) != Names::fold(record.birthName))
        out << Difference{u"birth_name"_s, surname, record.birthName};
    // The card holds the first two given names: the record may hold more, never others.
    const QStringList card = Names::fold(firstNames).split(u' ', Qt::SkipEmptyParts);
    const QStringList kept = Names::fold(record.firstNames).split(u' ', Qt::SkipEmptyParts);
    // A card and a record both without a first name (people registered without one) agree.
    if ((card.isEmpty() && !kept.isEmpty()) || kept.mid(0, card.size()) != card)
        out << Difference{u"first_names"_s, firstNames, record.firstNames};
    if (birthDate != record.birth())
        out << Difference{u"birth_date"_s, birthDate.toIso(), record.birth().toIso()};
    if (sex != Sex::Unknown && record.sex != Sex::Unknown && sex != record.sex)
        out << Difference{u"sex"_s, sexCode(sex), sexCode(record.sex)};
    if (!record.niss.isEmpty() && record.niss != nationalNumber)
        out << Difference{u"niss"_s, nationalNumber, record.niss};
    return out;
}

QString EidIdentity::addressCountry() const
{
    static const QRegularExpression belgian(u"^[1-9]\\d{3}$"_s);
    return belgian.match(postcode.trimmed()).hasMatch() ? u"BE"_s : QString();
}

bool EidIdentity::addressDiffers(const Patient &record) const
{
    const auto same = [](const QString &a, const QString &b) { return Names::fold(a) == Names::fold(b); };
    return !same(street, record.address) || postcode.trimmed() != record.postcode.trimmed()
        || !same(municipality, record.city);
}

} // namespace guichet
