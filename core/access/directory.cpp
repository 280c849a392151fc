#include "core/access/directory.h"

#include "core/access/session.h"
#include "core/domain/patientfields.h"
#include "core/store/appointmentrepository.h"
#include "core/store/changejournal.h"
#include "core/store/database.h"
#include "core/store/notificationrepository.h"
#include "core/store/patientrepository.h"
#include "core/store/practicerepository.h"

#include <type_traits>

namespace guichet {

namespace {

// Every read of the desk: an active account that may see the agenda, then the read itself.
Result<void> mayRead(const Session &session)
{
    return session.require(Right::ViewAgenda);
}

template <typename T>
struct Unwrapped
{
    using type = T;
};
template <typename T>
struct Unwrapped<Result<T>>
{
    using type = T;
};

// `read` (a repository's value, or its Result) when the session may read, else the refusal.
template <typename Read>
auto checked(const Session &session, Read &&read) -> Result<typename Unwrapped<std::decay_t<decltype(read())>>::type>
{
    if (auto ok = mayRead(session); !ok)
        return ok.error();
    return read();
}

} // namespace

QList<Site> PracticeDirectory::sites() const
{
    return mayRead(m_session) ? PracticeRepository(m_session.database()).sites() : QList<Site>();
}

QList<Practitioner> PracticeDirectory::practitioners(bool activeOnly) const
{
    return mayRead(m_session) ? PracticeRepository(m_session.database()).practitioners(activeOnly)
                              : QList<Practitioner>();
}

QList<Motif> PracticeDirectory::motifs(const QString &practitionerId) const
{
    return mayRead(m_session) ? PracticeRepository(m_session.database()).motifs(practitionerId) : QList<Motif>();
}

QTimeZone PracticeDirectory::displayZone() const
{
    // Not personal data, and needed to show even a refusal's time: read for every session.
    return PracticeRepository(m_session.database()).displayZone();
}

QString PracticeDirectory::country() const
{
    return PracticeRepository(m_session.database()).country();
}

QString PracticeDirectory::name() const
{
    return m_session.database().setting(QStringLiteral("practice.name"));
}

QString PracticeDirectory::databaseFile() const
{
    return m_session.database().path();
}

bool PracticeDirectory::isTestDatabase() const
{
    return m_session.database().isForTests();
}

Result<Site> PracticeDirectory::site(const QString &id) const
{
    return checked(m_session, [&] { return PracticeRepository(m_session.database()).site(id); });
}

Result<Practitioner> PracticeDirectory::practitioner(const QString &id) const
{
    return checked(m_session, [&] { return PracticeRepository(m_session.database()).practitioner(id); });
}

Result<Motif> PracticeDirectory::motif(const QString &id) const
{
    return checked(m_session, [&] { return PracticeRepository(m_session.database()).motif(id); });
}

Result<QList<OpeningRange>> PracticeDirectory::openingRanges(const QString &practitionerId) const
{
    return checked(m_session, [&] { return PracticeRepository(m_session.database()).openingRanges(practitionerId); });
}

Result<QList<OpeningException>> PracticeDirectory::openingExceptions(const QString &practitionerId, const QDate &from,
                                                                     const QDate &to) const
{
    return checked(m_session, [&] {
        return PracticeRepository(m_session.database()).openingExceptions(practitionerId, from, to);
    });
}

Result<QList<Absence>> PracticeDirectory::absences(const QString &practitionerId, const QDateTime &from,
                                                   const QDateTime &to) const
{
    return checked(m_session,
                   [&] { return PracticeRepository(m_session.database()).absences(practitionerId, from, to); });
}

Result<Absence> PracticeDirectory::absence(const QString &id) const
{
    return checked(m_session, [&] { return PracticeRepository(m_session.database()).absence(id); });
}

namespace {

// What a reader without the right to medical content gets: the record, its medical fields
// emptied and marked withheld.
Result<Patient> withheld(const Session &session, Result<Patient> p)
{
    if (p && !session.can(Right::ViewMedicalNotes))
        PatientFields::withholdMedical(p.value());
    return p;
}

Result<QList<Patient>> withheld(const Session &session, Result<QList<Patient>> list)
{
    if (list && !session.can(Right::ViewMedicalNotes))
        for (Patient &p : list.value())
            PatientFields::withholdMedical(p);
    return list;
}

} // namespace

Result<Patient> PatientDirectory::byId(const QString &id) const
{
    return withheld(m_session, checked(m_session, [&] { return PatientRepository(m_session.database()).byId(id); }));
}

QString PatientDirectory::resolveId(const QString &idOrExternal) const
{
    if (!mayRead(m_session))
        return idOrExternal;
    return PatientRepository(m_session.database()).resolveId(idOrExternal);
}

Result<QHash<QString, QString>> PatientDirectory::externalIds() const
{
    return checked(m_session, [&] { return PatientRepository(m_session.database()).externalIds(); });
}

Result<QList<Patient>> PatientDirectory::list(int limit, int offset) const
{
    return withheld(m_session,
                    checked(m_session, [&] { return PatientRepository(m_session.database()).list(limit, offset); }));
}

Result<QList<Patient>> PatientDirectory::relativesOf(const QString &holderId) const
{
    return withheld(m_session,
                    checked(m_session, [&] { return PatientRepository(m_session.database()).relativesOf(holderId); }));
}

Result<QList<Patient>> PatientDirectory::search(const QString &text, int limit) const
{
    return withheld(m_session,
                    checked(m_session, [&] { return PatientRepository(m_session.database()).search(text, limit); }));
}

Result<qint64> PatientDirectory::count() const
{
    return checked(m_session, [&] { return PatientRepository(m_session.database()).count(); });
}

Result<Appointment> AppointmentDirectory::byId(const QString &id) const
{
    return checked(m_session, [&] { return AppointmentRepository(m_session.database()).byId(id); });
}

Result<QList<Appointment>> AppointmentDirectory::inRange(const QDateTime &from, const QDateTime &to,
                                                         const QStringList &practitionerIds) const
{
    return checked(m_session,
                   [&] { return AppointmentRepository(m_session.database()).inRange(from, to, practitionerIds); });
}

Result<QList<Appointment>> AppointmentDirectory::forPatient(const QString &patientId) const
{
    return checked(m_session, [&] { return AppointmentRepository(m_session.database()).forPatient(patientId); });
}

Result<QList<AppointmentTransition>> AppointmentDirectory::history(const QString &appointmentId) const
{
    return checked(m_session, [&] { return AppointmentRepository(m_session.database()).history(appointmentId); });
}

Result<qint64> AppointmentDirectory::count() const
{
    return checked(m_session, [&] { return AppointmentRepository(m_session.database()).count(); });
}

Result<QList<NotificationRequest>> AppointmentDirectory::messages(const QString &appointmentId) const
{
    return checked(m_session,
                   [&] { return NotificationRepository(m_session.database()).forAppointment(appointmentId); });
}

Result<QList<NotificationRequest>> AppointmentDirectory::messagesDue(const QDateTime &from, const QDateTime &to) const
{
    return checked(m_session, [&] { return NotificationRepository(m_session.database()).dueBetween(from, to); });
}

Result<QList<JournalEntry>> ChangeQueue::pending(int limit) const
{
    return checked(m_session, [&] { return ChangeJournal::pending(m_session.database(), limit); });
}

Result<QList<JournalEntry>> ChangeQueue::parked(int limit) const
{
    return checked(m_session, [&] { return ChangeJournal::parked(m_session.database(), limit); });
}

Result<int> ChangeQueue::pendingCount() const
{
    return checked(m_session, [&] { return ChangeJournal::pendingCount(m_session.database()); });
}

} // namespace guichet
