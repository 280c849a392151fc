// Every FHIR resource reader of the mapping, and the sign-in's readers of the token
// endpoint's answer and of the keychain's record, on whatever JSON a server could send.
#include "core/base/clock.h"
#include "core/sync/fhirmapping.h"
#include "core/sync/oauth.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace guichet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    static const FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::utc()));
    OAuthGrant grant;
    (void)OAuth::readTokenAnswer(200, bytes, grant, clock);
    (void)OAuth::readTokenAnswer(400, bytes, grant, clock);
    if (auto kept = OAuthGrant::fromJson(bytes);
        kept && OAuthGrant::fromJson(kept->toJson())->accessToken != kept->accessToken)
        __builtin_trap(); // what the keychain keeps reads back the same
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return 0;
    const QJsonObject resource = doc.object();
    (void)FhirMapping::serverId(resource);
    (void)FhirMapping::versionOf(resource);
    (void)FhirMapping::readLocation(resource);
    (void)FhirMapping::readPractitioner(resource);
    (void)FhirMapping::readPractitionerRole(resource);
    (void)FhirMapping::readHealthcareService(resource);
    (void)FhirMapping::readPatient(resource);
    (void)FhirMapping::readAppointment(resource);
    (void)FhirMapping::readDocumentReference(resource);
    (void)FhirMapping::readBinary(resource, 1 << 20);
    (void)FhirMapping::readCommunicationState(resource);
    (void)FhirMapping::readBookingFlag(resource);
    return 0;
}
