#include "core/domain/appointmentstatus.h"

using namespace Qt::StringLiterals;

namespace guichet {

QString AppointmentStatuses::code(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return u"booked"_s;
    case AppointmentStatus::Arrived:
        return u"arrived"_s;
    case AppointmentStatus::InConsultation:
        return u"in-consultation"_s;
    case AppointmentStatus::Fulfilled:
        return u"fulfilled"_s;
    case AppointmentStatus::Cancelled:
        return u"cancelled"_s;
    case AppointmentStatus::NoShow:
        return u"noshow"_s;
    case AppointmentStatus::EnteredInError:
        return u"entered-in-error"_s;
    }
    return {};
}

std::optional<AppointmentStatus> AppointmentStatuses::fromCode(QByteArrayView code)
{
    for (const AppointmentStatus s : all()) {
        if (QLatin1StringView(code) == AppointmentStatuses::code(s))
            return s;
    }
    return std::nullopt;
}

std::optional<AppointmentStatus> AppointmentStatuses::fromCode(const QString &code)
{
    for (const AppointmentStatus s : all()) {
        if (AppointmentStatuses::code(s) == code)
            return s;
    }
    return std::nullopt;
}

QString AppointmentStatuses::label(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return tr("Booked");
    case AppointmentStatus::Arrived:
        return tr("Arrived");
    case AppointmentStatus::InConsultation:
        return tr("In consultation");
    case AppointmentStatus::Fulfilled:
        return tr("Done");
    case AppointmentStatus::Cancelled:
        return tr("Cancelled");
    case AppointmentStatus::NoShow:
        //: The patient did not come to the appointment
        return tr("Not honoured");
    case AppointmentStatus::EnteredInError:
        return tr("Entered in error");
    }
    return {};
}

QList<AppointmentStatus> AppointmentStatuses::all()
{
    return {AppointmentStatus::Booked,        AppointmentStatus::Arrived,   AppointmentStatus::InConsultation,
            AppointmentStatus::Fulfilled,     AppointmentStatus::Cancelled, AppointmentStatus::NoShow,
            AppointmentStatus::EnteredInError};
}

QList<AppointmentStatus> AppointmentStatuses::nextStatuses(AppointmentStatus from)
{
    using S = AppointmentStatus;
    switch (from) {
    case S::Booked:
        return {S::Arrived, S::Cancelled, S::NoShow, S::EnteredInError};
    case S::Arrived:
        // Back to booked undoes an arrival registered on the wrong patient.
        return {S::InConsultation, S::Fulfilled, S::Booked, S::EnteredInError};
    case S::InConsultation:
        return {S::Fulfilled, S::Arrived, S::EnteredInError};
    case S::Fulfilled:
        return {S::EnteredInError};
    case S::Cancelled:
        // Booked again when the patient keeps it after all, if the slot is still free.
        return {S::Booked, S::EnteredInError};
    case S::NoShow:
        // The patient turned up late after all, or the mark is undone.
        return {S::Arrived, S::Booked, S::EnteredInError};
    case S::EnteredInError:
        return {};
    }
    return {};
}

bool AppointmentStatuses::canTransition(AppointmentStatus from, AppointmentStatus to)
{
    return nextStatuses(from).contains(to);
}

bool AppointmentStatuses::occupiesSlot(AppointmentStatus status)
{
    return status != AppointmentStatus::Cancelled && status != AppointmentStatus::EnteredInError;
}

QString CancelledBys::code(CancelledBy by)
{
    return by == CancelledBy::Patient ? u"patient"_s : u"practice"_s;
}

std::optional<CancelledBy> CancelledBys::fromCode(QStringView code)
{
    for (const CancelledBy by : {CancelledBy::Patient, CancelledBy::Practice}) {
        if (code == CancelledBys::code(by))
            return by;
    }
    return std::nullopt;
}

} // namespace guichet
