#pragma once

#include "core/domain/partialdate.h"
#include "core/domain/sex.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace guichet {

// Identity vigilance levels (French RNIV): provisional -> retrieved (from INSi or
// a card) -> validated (identity document checked) -> qualified (both).
enum class IdentityStatus { Provisional, Retrieved, Validated, Qualified };

// Where a record was created: a record created online has weaker strict traits (the merge keeps
// the other record's).
enum class PatientOrigin { Desk, Online, Import, Demo };

struct Patient
{
    QString id;
    // Strict traits
    QString birthName;
    QString firstNames; // as given at birth, space separated
    QDate birthDate; // the first day of what is known (1962-01-01 for a year only)
    DatePrecision birthPrecision = DatePrecision::Day;
    Sex sex = Sex::Unknown;
    QString birthPlaceCode; // INSEE commune code or country code
    // Complementary traits
    QString usageName;
    QString usedFirstName;
    QString address;
    QString postcode;
    QString city;
    QString country;
    QString mobilePhone; // E.164
    QString otherPhone; // E.164, landline or other
    QString email;
    QString treatingPhysician;
    QString medication;
    QString niss; // 11 digits
    QString nir; // 15 characters
    IdentityStatus identityStatus = IdentityStatus::Provisional;
    bool deceased = false;
    bool homonym = false;
    bool doubtful = false;
    bool notifySms = true;
    bool notifyEmail = true;
    QString language = QStringLiteral("fr");
    QString holderId; // account holder when this patient is a relative
    QString relationship; // child, spouse, parent, other
    PatientOrigin origin = PatientOrigin::Desk;
    bool active = true;
    QString replacedBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString serverId;
    QString version;
    QString externalId; // the identifier in the system it was imported from
    // Read by someone without the right to medical content: its medical fields were emptied and
    // this says something was there (a secretary sees that, not what).
    bool medicalWithheld = false;

    QString displayName() const; // "DUPONT (MARTIN) Marie Claire"
    static QString displayName(const QString &birthName, const QString &usageName, const QString &firstName);
    // The age on `day`; -1 when the birth date is unknown or too partial to decide it.
    int ageOn(const QDate &day) const;
    PartialDate birth() const { return {birthDate, birthPrecision}; }
    void setBirth(const PartialDate &date)
    {
        birthDate = date.date;
        birthPrecision = date.precision;
    }
};

// What a person (a secretary, the CLI, an import) typed for a patient, before validation.
struct PatientInput
{
    QString birthName;
    QString firstNames;
    QString birthDate; // 1980-03-12, 12/03/1980, 12.03.1980
    QString sex; // female/male/other/unknown or F/M/H/X
    QString birthPlaceCode;
    QString usageName;
    QString usedFirstName;
    QString niss;
    QString nir;
    QStringList phones; // the first mobile becomes the SMS number
    QString email;
    QString address;
    QString postcode;
    QString city;
    QString country; // ISO code; the site's country when empty
    QString language;
    QString holderId;
    QString relationship;
};

// The one conversion of a record's origin to and from its code ("desk", "online", "import", "demo").
class PatientOrigins final
{
public:
    static QString code(PatientOrigin origin);
    static std::optional<PatientOrigin> fromCode(QStringView code);
};

class IdentityStatuses final
{
    Q_DECLARE_TR_FUNCTIONS(IdentityStatuses)
public:
    static QString code(IdentityStatus status);
    static std::optional<IdentityStatus> fromCode(const QString &code);
    static QString label(IdentityStatus status);
};

} // namespace guichet
