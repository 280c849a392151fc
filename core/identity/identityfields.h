#pragma once

#include "core/domain/patient.h"

#include <QCoreApplication>
#include <QList>

namespace guichet {

// One field of a patient record as the merge screen shows it.
struct FieldDifference
{
    QString field; // birth_name, first_names, ...
    QString label; // in French for the desk
    bool strict = false; // a strict identity trait
    QString survivorValue;
    QString mergedValue;
    bool takeMerged = false; // the default choice
};

class IdentityFields final
{
    Q_DECLARE_TR_FUNCTIONS(IdentityFields)
public:
    static QStringList codes(); // in the order of the record
    static bool isStrict(const QString &field);
    static QString label(const QString &field);
    static QString value(const Patient &p, const QString &field); // as stored (codes, ISO dates)
    // As the desk reads it; phones in national form when `deskCountry` (the site's) is given.
    static QString displayValue(const Patient &p, const QString &field, const QString &deskCountry = {});
    static QString countryLabel(const QString &code); // "BE": "Belgique"
    static QString languageLabel(const QString &code); // "nl": "néerlandais"
    static void setValue(Patient &p, const QString &field, const Patient &from);
};

} // namespace guichet
