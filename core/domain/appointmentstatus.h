#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace guichet {

// DESIGN.md: booked -> arrived -> in-consultation -> fulfilled, booked -> cancelled,
// booked -> noshow, anything -> entered-in-error.
enum class AppointmentStatus { Booked, Arrived, InConsultation, Fulfilled, Cancelled, NoShow, EnteredInError };

class AppointmentStatuses final
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentStatuses)
public:
    static QString code(AppointmentStatus status); // "booked", "arrived", "in-consultation", ...
    static QString code(std::optional<AppointmentStatus> status) { return status ? code(*status) : QString(); }
    static std::optional<AppointmentStatus> fromCode(const QString &code);
    static std::optional<AppointmentStatus> fromCode(QByteArrayView code); // ASCII bytes, as stored
    static QString label(AppointmentStatus status); // translated, for people
    static QList<AppointmentStatus> all();

    static bool canTransition(AppointmentStatus from, AppointmentStatus to);
    static QList<AppointmentStatus> nextStatuses(AppointmentStatus from);
    // Whether the appointment still occupies its slot.
    static bool occupiesSlot(AppointmentStatus status);
};

enum class CancelledBy { Patient, Practice };

// The one conversion of who cancelled to and from its code ("patient", "practice").
class CancelledBys final
{
public:
    static QString code(CancelledBy by);
    static QString code(std::optional<CancelledBy> by) { return by ? code(*by) : QString(); }
    static std::optional<CancelledBy> fromCode(QStringView code);
};

} // namespace guichet
