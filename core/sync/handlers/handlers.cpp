// The resource types Guichet exchanges with the central agenda, in pull order: what is
// referred to comes before what refers to it. A new type is one file and one line here.
#include "core/sync/resourcehandler.h"

#include <QHash>

namespace guichet {

const ResourceHandler &locationHandler();
const ResourceHandler &practitionerHandler();
const ResourceHandler &practitionerRoleHandler();
const ResourceHandler &motifHandler();
const ResourceHandler &patientHandler();
const ResourceHandler &relatedPersonHandler();
const ResourceHandler &appointmentHandler();
const ResourceHandler &slotHoldHandler();
const ResourceHandler &flagHandler();
const ResourceHandler &documentReferenceHandler();
const ResourceHandler &communicationRequestHandler();

const QList<const ResourceHandler *> &ResourceHandlers::all()
{
    static const QList<const ResourceHandler *> handlers = {
        &locationHandler(), &practitionerHandler(),      &practitionerRoleHandler(),     &motifHandler(),
        &patientHandler(),  &relatedPersonHandler(),     &appointmentHandler(),          &slotHoldHandler(),
        &flagHandler(),     &documentReferenceHandler(), &communicationRequestHandler(),
    };
    return handlers;
}

const ResourceHandler *ResourceHandlers::of(const QString &type)
{
    static const QHash<QString, const ResourceHandler *> byType = [] {
        QHash<QString, const ResourceHandler *> out;
        for (const ResourceHandler *h : all())
            out.insert(h->type(), h);
        return out;
    }();
    return byType.value(type);
}

} // namespace guichet
