#include "tests/tour/tourstaging.h"

#include "core/access/session.h"
#include "core/agenda/appointmentservice.h"
#include "core/agenda/freeslots.h"
#include "core/base/timeutil.h"
#include "core/base/uuid.h"
#include "core/store/appointmentrepository.h"
#include "core/store/database.h"
#include "core/store/practicerepository.h"
#include "core/sync/fhirmapping.h"
#include "core/sync/syncreview.h"

#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace guichet {

Result<QString> TourStaging::patientWithMostNoShows(const Database &db)
{
    auto r = db.exec(u"SELECT patient_id FROM appointments WHERE status = 'noshow' GROUP BY patient_id "
                     "ORDER BY count(*) DESC, patient_id LIMIT 1"_s);
    if (!r)
        return r.error();
    return r->next() ? r->value(0).toString() : QString();
}

Result<bool> TourStaging::stageNoteConflict(const Session &session)
{
    const Database &db = session.database();
    const QDateTime from = session.now().addDays(1);
    auto coming = AppointmentRepository(db).inRange(from, from.addDays(7));
    if (!coming)
        return coming.error();
    for (const Appointment &a : *coming) {
        if (a.status != AppointmentStatus::Booked)
            continue;
        Appointment online = a;
        online.start = a.start.addSecs(3 * 3600);
        online.end = a.end.addSecs(3 * 3600);
        online.note = u"Le patient préfère l'après-midi (demande en ligne)"_s;
        Appointment desk = a;
        desk.note = u"Apporter les résultats de prise de sang"_s;
        auto json = [](const QJsonObject &o) {
            return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        };
        auto ok = db.exec(u"INSERT INTO sync_conflicts(id, resource_type, local_id, kind, fields, local, remote, "
                          "remote_version, created_at) VALUES (?, 'Appointment', ?, 'fields', ?, ?, ?, '2', ?)"_s,
                          {newUuid(), a.id, u"[\"note\"]"_s, json(FhirMapping::fields(desk)),
                           json(FhirMapping::fields(online)), toStored(session.now())});
        if (!ok)
            return ok.error();
        return true;
    }
    return false;
}

Result<int> TourStaging::stageReviewItems(const Session &session)
{
    const Database &db = session.database();
    const QDateTime from = session.now().addDays(2);
    auto coming = AppointmentRepository(db).inRange(from, from.addDays(7));
    if (!coming)
        return coming.error();
    int raised = 0;
    int staged = 0;
    for (const Appointment &a : *coming) {
        if (a.status != AppointmentStatus::Booked || a.motifId.isEmpty() || staged >= 2)
            continue;
        if (staged == 0) {
            if (auto ok = db.exec(u"UPDATE motifs SET bookable_online = 0 WHERE id = ?"_s, {a.motifId}); !ok)
                return ok.error();
        } else if (auto ok = db.exec(u"INSERT INTO booking_blocks(patient_id, practitioner_id, action, reason, "
                                     "at_utc, user_name) VALUES (?, ?, 'block', 'Propos agressifs', ?, 'admin')"_s,
                                     {a.patientId, a.practitionerId, toStored(session.now())});
                   !ok) {
            return ok.error();
        }
        auto judged =
            SyncReview::judge(db, a, u"booking"_s, session.now().addSecs(-3600 * (staged + 1)), session.now());
        if (!judged)
            return judged.error();
        raised += *judged;
        ++staged;
    }
    return raised;
}

Result<QString> TourStaging::stageBookingWithMessages(const Session &session)
{
    const Database &db = session.database();
    auto who = db.exec(u"SELECT id FROM patients WHERE active = 1 AND email <> '' AND mobile_phone <> '' "
                       "AND holder_id IS NULL ORDER BY birth_name, id LIMIT 1"_s);
    if (!who)
        return who.error();
    PracticeRepository practice(db);
    const QList<Practitioner> practitioners = practice.practitioners();
    if (!who->next() || practitioners.isEmpty())
        return QString();
    const QList<Motif> motifs = practice.motifs(practitioners.first().id);
    if (motifs.isEmpty())
        return QString();
    const QDate from = session.now().toTimeZone(practice.displayZone()).date().addDays(10);
    auto free =
        FreeSlots::find(db, session.now(), practitioners.first().id, motifs.first().id, from, from.addDays(7), 1);
    if (!free)
        return free.error();
    if (free->isEmpty())
        return QString();
    AppointmentDraft draft;
    draft.patientId = who->value(0).toString();
    draft.practitionerId = practitioners.first().id;
    draft.motifId = motifs.first().id;
    draft.start = free->first().start;
    draft.channel = BookingChannel::Phone;
    auto booked = AppointmentService::book(session, draft);
    if (!booked)
        return booked.error();
    const QString id = booked->appointment.id;
    auto sent = db.exec(
        u"UPDATE notification_requests SET state = 'sent' WHERE appointment_id = ? AND kind = 'confirmation'"_s, {id});
    if (!sent)
        return sent.error();
    return id;
}

} // namespace guichet
