// Every FHIR resource reader of the mapping, on whatever JSON a server could send.
#include "core/sync/fhirmapping.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace guichet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytesOf(data, size));
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
