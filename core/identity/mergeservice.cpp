#include "core/identity/mergeservice.h"

#include "core/access/session.h"
#include "core/base/timeutil.h"
#include "core/base/uuid.h"
#include "core/domain/jsonformat.h"
#include "core/domain/nir.h"
#include "core/domain/niss.h"
#include "core/identity/patientservice.h"
#include "core/store/auditlog.h"
#include "core/store/changejournal.h"
#include "core/store/database.h"
#include "core/store/patientrepository.h"
#include "core/store/practicerepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

int strength(IdentityStatus s)
{
    switch (s) {
    case IdentityStatus::Qualified:
        return 3;
    case IdentityStatus::Validated:
        return 2;
    case IdentityStatus::Retrieved:
        return 1;
    case IdentityStatus::Provisional:
        break;
    }
    return 0;
}

// The whole row as stored, for an exact restore.
Result<QJsonObject> snapshot(const Database &db, const QString &patientId)
{
    auto r = db.exec(u"SELECT * FROM patients WHERE id = ?"_s, {patientId});
    if (!r)
        return r.error();
    if (!r->next())
        return Error::notFound(MergeService::tr("No patient has the identifier %1.").arg(patientId));
    const QSqlRecord record = r->record();
    QJsonObject row;
    for (int i = 0; i < record.count(); ++i) {
        const QVariant v = r->value(i);
        if (v.isNull())
            row.insert(record.fieldName(i), QJsonValue::Null);
        else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            row.insert(record.fieldName(i), QString(u"i:"_s + QString::number(v.toLongLong())));
        else if (v.typeId() == QMetaType::Double)
            row.insert(record.fieldName(i), v.toDouble());
        else
            row.insert(record.fieldName(i), QString(u"s:"_s + v.toString()));
    }
    return row;
}

Result<void> restore(const Database &db, const QString &patientId, const QJsonObject &row)
{
    QStringList assignments;
    QVariantList values;
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (it.key() == u"rowid"_s || it.key() == u"id"_s)
            continue;
        assignments << it.key() + u" = ?"_s;
        const QJsonValue v = it.value();
        if (v.isNull()) {
            values << QVariant();
        } else if (v.isDouble()) {
            values << v.toDouble();
        } else {
            const QString s = v.toString();
            values << (s.startsWith(u"i:"_s) ? QVariant(s.mid(2).toLongLong()) : QVariant(s.mid(2)));
        }
    }
    values << patientId;
    auto r = db.exec(u"UPDATE patients SET "_s + assignments.join(u", "_s) + u" WHERE id = ?"_s, values);
    if (!r)
        return r.error();
    return {};
}

// The append-only audit line of an identity act on a patient record.
Result<void> auditPatient(const Session &session, const QString &action, const QString &patientId,
                          const QJsonObject &details, const QString &reason = {})
{
    return session.audit(action, u"patient"_s, patientId, reason, details);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

QList<PatientReference> MergeService::repointed()
{
    return {
        {u"appointments"_s, u"patient_id"_s, u"id"_s},
        {u"documents"_s, u"patient_id"_s, u"id"_s},
        {u"booking_blocks"_s, u"patient_id"_s, u"seq"_s},
        {u"notification_requests"_s, u"patient_id"_s, u"id"_s},
        {u"notification_requests"_s, u"recipient_patient_id"_s, u"id"_s},
        {u"waitlist_entries"_s, u"patient_id"_s, u"id"_s},
        {u"patients"_s, u"holder_id"_s, u"id"_s}, // the relatives of an account holder
    };
}

QList<PatientReference> MergeService::keptWithRecord()
{
    return {
        {u"patients"_s, u"replaced_by"_s, u"id"_s}, // links of earlier merges, followed as a chain
        {u"not_duplicates"_s, u"patient_a"_s, QString()},   {u"not_duplicates"_s, u"patient_b"_s, QString()},
        {u"patient_merges"_s, u"survivor_id"_s, QString()}, {u"patient_merges"_s, u"merged_id"_s, QString()},
    };
}

Result<MergePlan> MergeService::plan(const Session &session, const QString &a, const QString &b)
{
    if (auto ok = session.require(Right::MergePatients); !ok)
        return ok.error();
    PatientRepository patients(session.database());
    auto pa = patients.byId(a.trimmed());
    if (!pa)
        return pa.error();
    auto pb = patients.byId(b.trimmed());
    if (!pb)
        return pb.error();
    MergePlan plan;
    // The survivor: the stronger identity status, then the older record.
    // (Created at the same second: the one written first.)
    auto order = session.database().exec(u"SELECT id FROM patients WHERE id IN (?, ?) ORDER BY rowid LIMIT 1"_s,
                                         {pa->id, pb->id});
    const bool aWrittenFirst = !order || !order->next() || order->value(0).toString() == pa->id;
    const bool aFirst = strength(pa->identityStatus) != strength(pb->identityStatus)
        ? strength(pa->identityStatus) > strength(pb->identityStatus)
        : pa->createdAt != pb->createdAt ? pa->createdAt < pb->createdAt
                                         : aWrittenFirst;
    const Patient &survivor = aFirst ? *pa : *pb;
    const Patient &merged = aFirst ? *pb : *pa;
    plan.survivorId = survivor.id;
    plan.mergedId = merged.id;
    plan.match = DuplicateFinder::compare(IdentityRecord::from(survivor), IdentityRecord::from(merged));
    plan.refusals = plan.match.blockers;
    if (survivor.id == merged.id)
        plan.refusals << tr("a record cannot be merged with itself");
    if (!survivor.active || !merged.active)
        plan.refusals << tr("a record was already merged into another one");
    if (survivor.holderId == merged.id || merged.holderId == survivor.id)
        plan.refusals << tr("one record is a relative of the other");
    // Strict traits from the survivor, unless it was created online and the other was not.
    const bool strictFromMerged = survivor.origin == PatientOrigin::Online && merged.origin != PatientOrigin::Online;
    for (const PatientField field : PatientFields::chosenAtMerge()) {
        FieldDifference d;
        d.field = PatientFields::code(field);
        d.label = PatientFields::label(field);
        d.strict = PatientFields::spec(field).kind == PatientFieldKind::StrictTrait;
        d.survivorValue = PatientFields::text(survivor, field);
        d.mergedValue = PatientFields::text(merged, field);
        if (d.survivorValue == d.mergedValue)
            continue;
        d.takeMerged = d.strict ? strictFromMerged : (d.survivorValue.isEmpty() && !d.mergedValue.isEmpty());
        if (PatientFields::spec(field).kind == PatientFieldKind::Medical && !session.can(Right::ViewMedicalNotes)) {
            // Differing medical content, not shown to who may not read it (its default applies).
            const QString withheld = tr("(medical content: practitioners only)");
            d.survivorValue = d.survivorValue.isEmpty() ? QString() : withheld;
            d.mergedValue = d.mergedValue.isEmpty() ? QString() : withheld;
        }
        plan.differences << d;
    }
    return plan;
}

Result<QString> MergeService::merge(const Session &session, const MergeRequest &request)
{
    auto planned = plan(session, request.survivorId, request.mergedId);
    if (!planned)
        return planned.error();
    if (!planned->refusals.isEmpty())
        return Error::refused(tr("These records must not be merged: %1.").arg(planned->refusals.join(u"; "_s)),
                              u"identity.merge-refused"_s);
    if (planned->survivorId != request.survivorId.trimmed())
        return Error::refused(tr("The surviving record is the one with the stronger identity, then the older one: "
                                 "merge the other way round."),
                              u"identity.merge-survivor"_s);
    if (request.reason.trimmed().isEmpty())
        return Error::invalid(tr("Say why these records are the same person."), u"identity.merge-reason"_s);
    const Database &db = session.database();
    PatientRepository patients(db);
    Patient survivor = *patients.byId(planned->survivorId);
    const Patient merged = *patients.byId(planned->mergedId);
    QSet<QString> fromMerged;
    if (request.fromMerged) {
        fromMerged = *request.fromMerged;
    } else {
        for (const FieldDifference &d : planned->differences) {
            if (d.takeMerged)
                fromMerged.insert(d.field);
        }
    }
    for (const QString &field : std::as_const(fromMerged)) {
        const PatientFieldSpec *spec = PatientFields::byCode(field);
        if (!spec || !spec->chosenAtMerge)
            return Error::invalid(tr("Unknown field \"%1\".").arg(field), u"identity.merge-field"_s);
        if (spec->kind == PatientFieldKind::StrictTrait && merged.origin == PatientOrigin::Online)
            return Error::refused(tr("Strict identity traits never come from a record created online (%1).")
                                      .arg(PatientFields::label(spec->field)),
                                  u"identity.merge-strict-online"_s);
    }
    if (!session.can(Right::ViewMedicalNotes)) {
        // Who may not read medical content does not choose it: the merged record's fills an empty one.
        for (const FieldDifference &d : planned->differences) {
            if (PatientFields::byCode(d.field)->kind != PatientFieldKind::Medical)
                continue;
            if (d.takeMerged)
                fromMerged.insert(d.field);
            else
                fromMerged.remove(d.field);
        }
    }
    for (const QString &field : std::as_const(fromMerged))
        PatientFields::byCode(field)->copy(survivor, merged);
    // The record kept must stay coherent: a national number taken from one record and a
    // birth date or sex from the other would contradict each other.
    if (!survivor.niss.isEmpty()) {
        if (auto niss = Niss::parse(survivor.niss)) {
            if (survivor.birthDate.isValid() && !survivor.birth().agrees(niss->birth()))
                return Error::refused(
                    tr("The NISS kept gives the birth date %1, not %2: take the birth date and the "
                       "NISS from the same record.")
                        .arg(PartialDates::display(niss->birth()), PartialDates::display(survivor.birth())),
                    u"identity.merge-incoherent"_s);
            if (niss->sex != Sex::Unknown && survivor.sex != Sex::Unknown && survivor.sex != Sex::Other
                && niss->sex != survivor.sex)
                return Error::refused(tr("The NISS kept does not match the sex kept."), u"identity.merge-incoherent"_s);
        }
    }
    if (!survivor.nir.isEmpty()) {
        if (auto nir = Nir::parse(survivor.nir)) {
            if (survivor.birthDate.isValid()
                && (survivor.birthDate.year() % 100 != nir->birthYear
                    || (nir->birthMonth != 0 && survivor.birth().month() != 0
                        && nir->birthMonth != survivor.birth().month())))
                return Error::refused(tr("The NIR kept does not match the birth date kept: take them from the same "
                                         "record."),
                                      u"identity.merge-incoherent"_s);
        }
    }

    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    auto survivorBefore = snapshot(db, survivor.id);
    auto mergedBefore = snapshot(db, merged.id);
    if (!survivorBefore || !mergedBefore)
        return survivorBefore ? mergedBefore.error() : survivorBefore.error();
    const QString mergeId = newUuid();
    const QDateTime now = session.now();
    // The merge first: the rows moved are journalled against it.
    if (auto ok = db.exec(uR"(INSERT INTO patient_merges(id, survivor_id, merged_id, at_utc, user_name, reason, score,
            evidence, survivor_before, merged_before, survivor_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ''))"_s,
                          {mergeId, survivor.id, merged.id, toStored(now), session.actor(), request.reason.trimmed(),
                           planned->match.score, planned->match.evidence.join(u"; "_s), compact(*survivorBefore),
                           compact(*mergedBefore)});
        !ok)
        return ok.error();
    QJsonArray moved;
    for (const PatientReference &ref : repointed()) {
        auto rows = db.exec(u"SELECT "_s + ref.key + u" FROM "_s + ref.table + u" WHERE "_s + ref.column + u" = ?"_s,
                            {merged.id});
        if (!rows)
            return rows.error();
        QStringList keys;
        while (rows->next())
            keys << rows->value(0).toString();
        for (const QString &key : keys) {
            if (auto ok = db.exec(u"INSERT INTO merge_moves(merge_id, table_name, column_name, row_key, from_patient, "
                                  "to_patient) VALUES (?, ?, ?, ?, ?, ?)"_s,
                                  {mergeId, ref.table, ref.column, key, merged.id, survivor.id});
                !ok)
                return ok.error();
        }
        if (!keys.isEmpty()) {
            if (auto ok = db.exec(u"UPDATE "_s + ref.table + u" SET "_s + ref.column + u" = ? WHERE "_s + ref.column
                                      + u" = ?"_s,
                                  {survivor.id, merged.id});
                !ok)
                return ok.error();
            moved.append(QJsonObject{{u"table"_s, ref.table}, {u"column"_s, ref.column}, {u"rows"_s, keys.size()}});
            // The central agenda learns each visit's new patient from the visit itself.
            if (ref.table == u"appointments"_s)
                for (const QString &key : std::as_const(keys))
                    if (auto ok = ChangeJournal::record(db, u"appointment"_s, key, u"update"_s,
                                                        QJsonObject{{u"merge_id"_s, mergeId}}, now);
                        !ok)
                        return ok.error();
        }
    }
    survivor.updatedAt = now;
    if (auto ok = patients.update(survivor); !ok)
        return ok.error();
    Patient gone = merged;
    gone.active = false;
    gone.replacedBy = survivor.id;
    gone.updatedAt = now;
    if (auto ok = patients.update(gone); !ok)
        return ok.error();
    auto survivorAfter = snapshot(db, survivor.id);
    if (!survivorAfter)
        return survivorAfter.error();
    if (auto ok =
            db.exec(u"UPDATE patient_merges SET survivor_after = ? WHERE id = ?"_s, {compact(*survivorAfter), mergeId});
        !ok)
        return ok.error();
    // For the central agenda: Patient.link (replaced-by / replaces), the merged record inactive.
    if (auto ok = ChangeJournal::record(
            db, u"patient"_s, survivor.id, u"update"_s,
            QJsonObject{{u"patient"_s, Json::patient(survivor)}, {u"replaces"_s, merged.id}}, now);
        !ok)
        return ok.error();
    if (auto ok = ChangeJournal::record(
            db, u"patient"_s, merged.id, u"merge"_s,
            QJsonObject{{u"patient"_s, Json::patient(gone)}, {u"replaced_by"_s, survivor.id}}, now);
        !ok)
        return ok.error();
    const QJsonObject details{{u"merge_id"_s, mergeId},
                              {u"merged_id"_s, merged.id},
                              {u"score"_s, planned->match.score},
                              {u"band"_s, DuplicateFinder::bandCode(planned->match.band)},
                              {u"evidence"_s, QJsonArray::fromStringList(planned->match.evidence)},
                              {u"moved"_s, moved},
                              {u"survivor_before"_s, *survivorBefore},
                              {u"merged_before"_s, *mergedBefore},
                              {u"survivor_after"_s, *survivorAfter}};
    if (auto ok = auditPatient(session, u"patient.merge"_s, survivor.id, details, request.reason.trimmed()); !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return mergeId;
}

QList<MergeRecord> MergeService::history(const Database &db, const QString &patientId, int limit)
{
    QList<MergeRecord> out;
    const QString columns =
        u"id, survivor_id, merged_id, at_utc, user_name, reason, score, state, undone_at, undone_by"_s;
    auto r = patientId.isEmpty()
        ? db.exec(u"SELECT "_s + columns + u" FROM patient_merges ORDER BY rowid DESC LIMIT ?"_s, {limit})
        : db.exec(u"SELECT "_s + columns
                      + u" FROM patient_merges WHERE survivor_id = ? OR merged_id = ? ORDER BY rowid DESC LIMIT ?"_s,
                  {patientId, patientId, limit});
    while (r && r->next()) {
        MergeRecord m;
        m.id = r->value(0).toString();
        m.survivorId = r->value(1).toString();
        m.mergedId = r->value(2).toString();
        m.at = fromStored(r->value(3).toLongLong());
        m.user = r->value(4).toString();
        m.reason = r->value(5).toString();
        m.score = r->value(6).toDouble();
        m.undone = r->value(7).toString() == u"undone"_s;
        if (!r->value(8).isNull())
            m.undoneAt = fromStored(r->value(8).toLongLong());
        m.undoneBy = r->value(9).toString();
        out << m;
    }
    return out;
}

Result<void> MergeService::unmerge(const Session &session, const QString &mergeId)
{
    if (auto ok = session.require(Right::MergePatients); !ok)
        return ok.error();
    const Database &db = session.database();
    auto r = db.exec(uR"(SELECT survivor_id, merged_id, at_utc, survivor_before, merged_before, survivor_after, state
        FROM patient_merges WHERE id = ?)"_s,
                     {mergeId.trimmed()});
    if (!r)
        return r.error();
    if (!r->next())
        return Error::notFound(tr("No merge has the identifier %1.").arg(mergeId));
    const QString survivorId = r->value(0).toString();
    const QString mergedId = r->value(1).toString();
    const QJsonObject survivorBefore = parse(r->value(3).toString());
    const QJsonObject mergedBefore = parse(r->value(4).toString());
    const QJsonObject survivorAfter = parse(r->value(5).toString());
    if (r->value(6).toString() != u"done"_s)
        return Error::refused(tr("This merge was already undone."), u"identity.unmerge-undone"_s);
    // Chained merges are undone in reverse order.
    auto later = db.exec(uR"(SELECT id FROM patient_merges WHERE state = 'done'
        AND rowid > (SELECT rowid FROM patient_merges WHERE id = ?)
        AND (survivor_id IN (?, ?) OR merged_id IN (?, ?)) ORDER BY rowid DESC LIMIT 1)"_s,
                         {mergeId, survivorId, mergedId, survivorId, mergedId});
    if (later && later->next())
        return Error::refused(
            tr("A later merge involves these records (%1): undo it first.").arg(later->value(0).toString()),
            u"identity.unmerge-chain"_s);
    // Refuse, with guidance, when the records or the rows moved changed since.
    auto current = snapshot(db, survivorId);
    if (!current)
        return current.error();
    if (*current != survivorAfter) {
        QStringList changed;
        for (auto it = survivorAfter.begin(); it != survivorAfter.end(); ++it) {
            if (current->value(it.key()) != it.value() && it.key() != u"search_text"_s)
                changed << it.key();
        }
        return Error::refused(tr("The surviving record was changed after the merge (%1). Undo those changes first, "
                                 "or split the record instead.")
                                  .arg(changed.join(u", "_s)),
                              u"identity.unmerge-changed"_s);
    }
    auto moves = db.exec(u"SELECT table_name, column_name, row_key FROM merge_moves WHERE merge_id = ?"_s, {mergeId});
    if (!moves)
        return moves.error();
    // Each moved row with the key column of its table, resolved once from repointed().
    struct Move
    {
        QString table, column, key, keyColumn;
    };
    QList<Move> list;
    while (moves->next()) {
        Move m{moves->value(0).toString(), moves->value(1).toString(), moves->value(2).toString(), QString()};
        for (const PatientReference &ref : repointed()) {
            if (ref.table == m.table && ref.column == m.column)
                m.keyColumn = ref.key;
        }
        if (m.keyColumn.isEmpty())
            return Error::refused(
                tr("A row moved by the merge changed since (%1 %2). Split the record instead.").arg(m.table, m.key),
                u"identity.unmerge-moved"_s);
        list << m;
    }
    for (const Move &m : std::as_const(list)) {
        auto still =
            db.exec(u"SELECT "_s + m.column + u" FROM "_s + m.table + u" WHERE "_s + m.keyColumn + u" = ?"_s, {m.key});
        if (!still || !still->next() || still->value(0).toString() != survivorId)
            return Error::refused(
                tr("A row moved by the merge changed since (%1 %2). Split the record instead.").arg(m.table, m.key),
                u"identity.unmerge-moved"_s);
    }
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    PatientRepository patients(db);
    QHash<QString, Patient> stored; // as they are before the restore: their keys are replaced
    for (const QString &id : {survivorId, mergedId}) {
        auto p = patients.byId(id);
        if (!p)
            return p.error();
        stored.insert(id, *p);
    }
    if (auto ok = restore(db, mergedId, mergedBefore); !ok)
        return ok.error();
    if (auto ok = restore(db, survivorId, survivorBefore); !ok)
        return ok.error();
    for (const Move &m : std::as_const(list)) {
        if (auto ok =
                db.exec(u"UPDATE "_s + m.table + u" SET "_s + m.column + u" = ? WHERE "_s + m.keyColumn + u" = ?"_s,
                        {mergedId, m.key});
            !ok)
            return ok.error();
        if (m.table == u"appointments"_s)
            if (auto ok = ChangeJournal::record(db, u"appointment"_s, m.key, u"update"_s,
                                                QJsonObject{{u"unmerged"_s, mergeId}}, session.now());
                !ok)
                return ok.error();
    }
    for (const QString &id : {survivorId, mergedId}) {
        auto p = patients.byId(id);
        if (!p)
            return p.error();
        if (auto ok = patients.rekey(stored.value(id), *p); !ok)
            return ok.error();
        if (auto ok = ChangeJournal::record(db, u"patient"_s, id, u"update"_s,
                                            QJsonObject{{u"patient"_s, Json::patient(*p)}, {u"unmerged"_s, mergeId}},
                                            session.now());
            !ok)
            return ok.error();
    }
    if (auto ok = db.exec(u"UPDATE patient_merges SET state = 'undone', undone_at = ?, undone_by = ? WHERE id = ?"_s,
                          {toStored(session.now()), session.actor(), mergeId});
        !ok)
        return ok.error();
    if (auto ok = auditPatient(session, u"patient.unmerge"_s, survivorId,
                               {{u"merge_id"_s, mergeId}, {u"merged_id"_s, mergedId}, {u"rows"_s, list.size()}});
        !ok)
        return ok.error();
    return tx.commit();
}

Result<void> MergeService::markDifferent(const Session &session, const QString &a, const QString &b)
{
    if (auto ok = session.require(Right::EditPatients); !ok)
        return ok.error();
    const Database &db = session.database();
    PatientRepository patients(db);
    for (const QString &id : {a, b}) {
        if (auto p = patients.byId(id); !p)
            return p.error();
    }
    if (a == b)
        return Error::invalid(tr("Choose two different records."), u"identity.same-record"_s);
    const QString first = std::min(a, b);
    const QString second = std::max(a, b);
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    if (auto ok = db.exec(
            u"INSERT OR IGNORE INTO not_duplicates(patient_a, patient_b, at_utc, user_name) VALUES (?, ?, ?, ?)"_s,
            {first, second, toStored(session.now()), session.actor()});
        !ok)
        return ok.error();
    if (auto ok = auditPatient(session, u"patient.not-duplicate"_s, first, {{u"other_id"_s, second}}); !ok)
        return ok.error();
    return tx.commit();
}

Result<Patient> MergeService::split(const Session &session, const QString &sourceId, const PatientInput &newPatient,
                                    const QStringList &appointmentIds, const QStringList &documentIds)
{
    if (auto ok = session.require(Right::MergePatients); !ok)
        return ok.error();
    const QDate today = session.now().toTimeZone(PracticeRepository(session.database()).displayZone()).date();
    auto patient = PatientValidator::validate(newPatient, today, PatientService::practiceCountry(session));
    if (!patient)
        return patient.error();
    return split(session, sourceId, *patient, appointmentIds, documentIds);
}

Result<Patient> MergeService::split(const Session &session, const QString &sourceId, const Patient &newPatient,
                                    const QStringList &appointmentIds, const QStringList &documentIds)
{
    if (auto ok = session.require(Right::MergePatients); !ok)
        return ok.error();
    const Database &db = session.database();
    PatientRepository patients(db);
    auto source = patients.byId(sourceId);
    if (!source)
        return source.error();
    if (appointmentIds.isEmpty() && documentIds.isEmpty())
        return Error::invalid(tr("Choose the appointments or documents that belong to the other person."),
                              u"identity.split-empty"_s);
    Patient p = newPatient;
    p.id = newUuid();
    p.createdAt = p.updatedAt = session.now();
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    if (auto ok = patients.insert(p); !ok)
        return ok.error();
    for (const auto &[table, ids] :
         {std::pair{u"appointments"_s, appointmentIds}, std::pair{u"documents"_s, documentIds}}) {
        for (const QString &id : ids) {
            auto moved = db.exec(u"UPDATE "_s + table + u" SET patient_id = ? WHERE id = ? AND patient_id = ?"_s,
                                 {p.id, id, sourceId});
            if (!moved)
                return moved.error();
            if (db.changes() != 1)
                return Error::invalid(tr("%1 does not belong to this record.").arg(id), u"identity.split-row"_s);
        }
    }
    if (auto ok = ChangeJournal::record(db, u"patient"_s, p.id, u"create"_s, Json::patient(p), session.now()); !ok)
        return ok.error();
    if (auto ok = auditPatient(session, u"patient.split"_s, sourceId,
                               {{u"new_id"_s, p.id},
                                {u"appointments"_s, QJsonArray::fromStringList(appointmentIds)},
                                {u"documents"_s, QJsonArray::fromStringList(documentIds)}});
        !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return p;
}

Result<QList<MergeRecord>> MergeService::history(const Session &session, const QString &patientId, int limit)
{
    if (auto ok = session.require(Right::EditPatients); !ok)
        return ok.error();
    return history(session.database(), patientId, limit);
}

} // namespace guichet
