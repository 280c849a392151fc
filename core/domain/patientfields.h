#pragma once

#include "core/domain/patient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace guichet {

// Every field of a patient record that a person, a file, a card or another system fills,
// declared once (patientfields.cpp). The merge screen, the CSV import and export, the JSON of
// the CLI, the three-way merge with the central agenda, the audit's history, every label and
// the validator's reports (FieldError names its row) read this table; tst_patientfields fails
// when a member is added to Patient without its row.
enum class PatientField : quint8 {
    BirthName,
    UsageName,
    FirstNames,
    UsedFirstName,
    Sex,
    BirthDate,
    BirthPlace,
    Niss,
    Nir,
    MobilePhone,
    OtherPhone,
    Email,
    Address,
    Postcode,
    City,
    Country,
    Language,
    TreatingPhysician,
    Medication,
    IdentityStatus,
    Deceased,
    Homonym,
    Doubtful,
    NotifySms,
    NotifyEmail,
    HolderId,
    Relationship,
    Active,
    ReplacedBy,
};

enum class PatientFieldKind : quint8 {
    StrictTrait, // RNIV strict traits: changes audited, an online record keeps its own at a merge
    NationalNumber, // NISS, NIR: audited with the strict traits
    Trait, // complementary identity traits
    Contact, // phones, e-mail, address, language
    Medical, // what only the practitioners (Right::ViewMedicalNotes) read
    Status, // flags and links the services keep
};

struct PatientFieldSpec
{
    PatientField field;
    const char *code; // JSON, CLI, audit details, sync fields, database column: "birth_place_code"
    const char *label; // QT_TRANSLATE_NOOP("PatientFields", ...)
    const char *csv; // the CSV column, nullptr when not exchanged in CSV
    const char *fhir; // where it travels in FHIR R4 (README's mapping), nullptr when it does not
    PatientFieldKind kind;
    bool chosenAtMerge; // the merge screen lets the desk keep either record's value
    bool synced; // in the three-way merge with the central agenda
    bool nullWhenEmpty; // a link: null in JSON when empty
    bool required; // a record without it is an incomplete identity (RNIV: to complete, doubtful)
    QJsonValue (*get)(const Patient &); // as stored: codes, ISO dates, E.164
    void (*copy)(Patient &to, const Patient &from);
    void (*read)(PatientInput &in, const QString &text); // from a CSV cell; nullptr without a column
    const char *csvSql; // what export selects for its column, nullptr: the column `code`
};

class PatientFields final
{
    Q_DECLARE_TR_FUNCTIONS(PatientFields)
public:
    static const QList<PatientFieldSpec> &all(); // in the order of the record
    static const PatientFieldSpec &spec(PatientField field);
    static const PatientFieldSpec *byCode(QStringView code); // nullptr: not a patient field
    static QString code(PatientField field);
    static QString label(PatientField field); // "Nom de naissance"
    static QString label(const QString &code); // the code itself when unknown
    static QString labelInSentence(PatientField field); // "nom de naissance", "NISS"
    static QString text(const Patient &p, PatientField field); // as stored, as text
    // As the desk reads it: four-digit years, phones as dialled from `deskCountry` (the
    // site's, when given), countries, languages and sexes in words.
    static QString displayValue(const Patient &p, PatientField field, const QString &deskCountry = {});
    static QString countryLabel(const QString &code); // "BE": "Belgique"
    static QString languageLabel(const QString &code); // "nl": "néerlandais"
    // The rows `keep` keeps (all without it); links null when empty unless `emptyLinksAsText`.
    static QJsonObject values(const Patient &p, bool (*keep)(const PatientFieldSpec &) = nullptr,
                              bool emptyLinksAsText = false);
    static QList<PatientField> chosenAtMerge();
    static QStringList csvColumns(); // without external_id
    // Empties `p`'s medical rows (for a reader without the right to medical content) and marks
    // it withheld when one of them held something. True when something was withheld.
    static bool withholdMedical(Patient &p);
    static bool isIdentity(const PatientFieldSpec &spec)
    {
        return spec.kind == PatientFieldKind::StrictTrait || spec.kind == PatientFieldKind::NationalNumber;
    }
};

} // namespace guichet
