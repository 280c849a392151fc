#pragma once

#include "core/base/result.h"
#include "core/domain/patient.h"
#include "core/domain/patientfields.h"

#include <QCoreApplication>
#include <QList>

namespace guichet {

struct FieldError
{
    PatientField field; // the phones typed: MobilePhone
    Error error;
};

class PatientValidator final
{
    Q_DECLARE_TR_FUNCTIONS(PatientValidator)
public:
    // Every problem, one per field, in the order of the form.
    static QList<FieldError> check(const PatientInput &input, const QDate &today, const QString &defaultCountry,
                                   Patient *out = nullptr);
    // The patient, or the first problem.
    static Result<Patient> validate(const PatientInput &input, const QDate &today, const QString &defaultCountry);
    // A full date (31/12/1980, 1980-12-31), a month (12/1980, 1980-12, 00/12/1980) or a year
    // (1980, 00/00/1980): people whose day or month of birth is unknown have such dates.
    static Result<PartialDate> parseBirthDate(const QString &text, const QDate &today);
    static Result<QString> checkPostcode(const QString &postcode, const QString &country);
};

} // namespace guichet
