#include "patientservice.h"

#include "access/session.h"
#include "domain/jsonformat.h"
#include "store/changejournal.h"
#include "store/database.h"
#include "store/patientrepository.h"
#include "store/practicerepository.h"
#include "uuid.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace guichet {

QString PatientService::practiceCountry(const Session &session)
{
    const QString configured = session.database().setting(u"practice.country"_s);
    if (!configured.isEmpty())
        return configured;
    const QList<Site> sites = PracticeRepository(session.database()).sites();
    return sites.isEmpty() ? u"FR"_s : sites.first().country;
}

Result<Patient> PatientService::add(const Session &session, const PatientInput &input, const QString &origin)
{
    if (auto ok = session.require(Right::EditPatients); !ok)
        return ok.error();
    const Database &db = session.database();
    const QList<Site> sites = PracticeRepository(db).sites();
    const QTimeZone zone(sites.isEmpty() ? QByteArrayLiteral("Europe/Paris") : sites.first().timeZone.toUtf8());
    const QDate today = session.now().toTimeZone(zone).date();
    auto validated = PatientValidator::validate(input, today, practiceCountry(session));
    if (!validated)
        return validated.error();
    Patient patient = validated.value();

    PatientRepository patients(db);
    if (!patient.holderId.isEmpty()) {
        auto holder = patients.byId(patient.holderId);
        if (!holder)
            return Error::invalid(tr("The account holder %1 does not exist.").arg(patient.holderId), u"holder"_s);
        if (!holder->holderId.isEmpty())
            return Error::invalid(tr("%1 is already a relative of another account holder; a relative cannot hold "
                                     "relatives.")
                                      .arg(holder->displayName()),
                                  u"holder.nested"_s);
        if (patient.relationship.isEmpty())
            patient.relationship = u"other"_s;
    }
    patient.id = newUuid();
    patient.origin = origin;
    patient.createdAt = session.now();
    patient.updatedAt = patient.createdAt;

    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    if (auto ok = patients.insert(patient); !ok)
        return ok.error();
    if (auto ok = ChangeJournal::record(db, u"patient"_s, patient.id, u"create"_s, Json::patient(patient),
                                        session.now());
        !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return patient;
}

Result<Patient> PatientService::show(const Session &session, const QString &id)
{
    PatientRepository patients(session.database());
    return patients.byId(patients.resolveId(id));
}

} // namespace guichet
