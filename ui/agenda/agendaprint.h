#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

class QPagedPaintDevice;

namespace guichet {

class Session;
struct AppointmentDetails;

// What the desk prints: the days of several practitioners (one section per practitioner and
// day: time, patient, birth date, phone as the desk dials it, reason, note) and the slip
// handed to a patient (when, with whom, where and how to get there, how to cancel).
class AgendaPrint final
{
    Q_DECLARE_TR_FUNCTIONS(AgendaPrint)
public:
    static bool schedule(QPagedPaintDevice *device, const Session &session, const QStringList &practitionerIds,
                         const QDate &from, int days);
    static bool slip(QPagedPaintDevice *device, const Session &session, const AppointmentDetails &details,
                     const QDate &printedOn);
};

} // namespace guichet
