#include "notices.h"

#include "store/database.h"
#include "store/patientrepository.h"

using namespace Qt::StringLiterals;

namespace guichet {

Result<std::optional<NotificationRequest>> Notices::recipient(const Database &db, const QString &patientId)
{
    PatientRepository patients(db);
    auto patient = patients.byId(patientId);
    if (!patient)
        return patient.error();
    std::optional<Patient> holder;
    if (!patient->holderId.isEmpty())
        if (auto h = patients.byId(patient->holderId))
            holder = h.value();
    NotificationRequest request;
    request.patientId = patient->id;
    if (patient->notifyEmail && !patient->email.isEmpty()) {
        request.channel = u"email"_s;
        request.recipient = patient->email;
        request.recipientPatientId = patient->id;
    } else if (holder && holder->notifyEmail && !holder->email.isEmpty()) {
        request.channel = u"email"_s;
        request.recipient = holder->email;
        request.recipientPatientId = holder->id;
    } else if (patient->notifySms && !patient->mobilePhone.isEmpty()) {
        request.channel = u"sms"_s;
        request.recipient = patient->mobilePhone;
        request.recipientPatientId = patient->id;
    } else if (holder && holder->notifySms && !holder->mobilePhone.isEmpty()) {
        request.channel = u"sms"_s;
        request.recipient = holder->mobilePhone;
        request.recipientPatientId = holder->id;
    } else {
        return std::optional<NotificationRequest>{};
    }
    return std::optional<NotificationRequest>(request);
}

} // namespace guichet
