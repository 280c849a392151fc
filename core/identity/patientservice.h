#pragma once

#include "domain/patient.h"
#include "patientinput.h"
#include "result.h"

#include <QCoreApplication>

namespace guichet {

class Session;

class PatientService final
{
    Q_DECLARE_TR_FUNCTIONS(PatientService)
public:
    // Validates, writes the patient and its journal entry in one transaction.
    static Result<Patient> add(const Session &session, const PatientInput &input,
                               const QString &origin = QStringLiteral("desk"));
    static Result<Patient> show(const Session &session, const QString &id);
    // The practice's country (default region for phones, postcode rules).
    static QString practiceCountry(const Session &session);
};

} // namespace guichet
