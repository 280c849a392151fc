#pragma once

#include "core/base/result.h"
#include "core/domain/partialdate.h"
#include "core/domain/sex.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace guichet {

struct Patient;

// The Belgian eID's files as the card gives them: a run of tag, length, value, where a length
// byte of 0xFF adds 255 and continues to the next byte, ended by the file or a zero tag.
class EidTlv final
{
    Q_DECLARE_TR_FUNCTIONS(EidTlv)
public:
    static constexpr int MaxFileSize = 8192;
    static Result<QMap<int, QByteArray>> parse(const QByteArray &file);
};

// The identity read from a Belgian eID (identity file 3F00/DF01/4031, address file 4033),
// checked as any field Guichet stores. The photo is never read.
struct EidIdentity
{
    Q_DECLARE_TR_FUNCTIONS(EidIdentity)
public:
    QString cardNumber;
    QDate validFrom;
    QDate validUntil;
    QString nationalNumber; // 11 digits, a valid NISS (or BIS number)
    QString surname;
    QString firstNames; // the first two given names, as on the card
    QString thirdInitial; // the first letter of the third given name
    QString nationality;
    QString birthPlace;
    PartialDate birthDate; // a year, or a month, when the register does not know more
    Sex sex = Sex::Unknown;
    QString street; // street and number
    QString postcode;
    QString municipality;

    // Reads both files; a card expired on `today` is refused (its data may be outdated).
    static Result<EidIdentity> fromFiles(const QByteArray &identityFile, const QByteArray &addressFile,
                                         const QDate &today);
    // "12 JAN 1970", "12.JAN.1970", in French, Dutch or German; "JAN 1970" (day unknown) and
    // "1970" (day and month unknown, however spaced), as cards of people whose birth date the
    // register knows only in part hold it.
    static PartialDate parseBirthDate(const QString &text);

    // The strict traits where the card and a record differ: birth_name, first_names,
    // birth_date, sex, niss (empty: they agree). The record's first names may be more than
    // the card's two.
    struct Difference
    {
        QString field;
        QString card;
        QString record;
    };
    QList<Difference> differences(const Patient &record) const;
    // The address's country as the card gives it: the address file holds street, postcode and
    // municipality; a Belgian postcode (4 digits) says Belgium, anything else is not assumed
    // (empty: the desk says).
    QString addressCountry() const;
    // Whether the card's address is not the record's (street, postcode, municipality compared
    // as the desk reads them: case, accents and spacing aside).
    bool addressDiffers(const Patient &record) const;
};

} // namespace guichet
