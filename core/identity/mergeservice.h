#pragma once

#include "core/domain/patientfields.h"
#include "core/identity/duplicatefinder.h"
#include "core/identity/patientinput.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>

namespace guichet {

class Session;

// A column that references a patient, and the key of its rows (for the merge journal).
// One field of a patient record as the merge screen shows it.
struct FieldDifference
{
    QString field; // a PatientFields code: birth_name, first_names, ...
    QString label; // in the desk's language
    bool strict = false; // a strict identity trait
    QString survivorValue;
    QString mergedValue;
    bool takeMerged = false; // the default choice
};

struct PatientReference
{
    QString table;
    QString column;
    QString key;
};

// What the person who merges sees before deciding: the survivor chosen by the rules, the
// fields that differ with the default choice, and anything that forbids the merge.
struct MergePlan
{
    QString survivorId;
    QString mergedId;
    MatchResult match;
    QList<FieldDifference> differences;
    QStringList refusals; // non-empty: no merge
};

struct MergeRequest
{
    QString survivorId;
    QString mergedId;
    // Field codes whose value comes from the merged record; none given: the plan's defaults.
    std::optional<QSet<QString>> fromMerged;
    QString reason;
};

// One merge as the history shows it.
struct MergeRecord
{
    QString id;
    QString survivorId;
    QString mergedId;
    QDateTime at; // UTC
    QString user;
    QString reason;
    double score = 0;
    bool undone = false;
    QDateTime undoneAt;
    QString undoneBy;
};

// Merging and unmerging patient records (DESIGN.md: merging patients safely). One
// transaction each, a journal of every row moved, an append-only audit entry.
class MergeService final
{
    Q_DECLARE_TR_FUNCTIONS(MergeService)
public:
    // Every column that references a patient and is repointed by a merge; and those that
    // stay with their record on purpose. A test fails when a new reference is in neither.
    static QList<PatientReference> repointed();
    static QList<PatientReference> keptWithRecord();

    static Result<MergePlan> plan(const Session &session, const QString &a, const QString &b);
    static Result<QString> merge(const Session &session, const MergeRequest &request); // the merge's id
    static Result<void> unmerge(const Session &session, const QString &mergeId);
    // The merges, newest first; with a patient, those where the patient survived or was merged.
    static QList<MergeRecord> history(const Database &db, const QString &patientId = {}, int limit = 500);
    static Result<QList<MergeRecord>> history(const Session &session, const QString &patientId = {}, int limit = 500);
    // "Not the same person": remembered, never proposed again.
    static Result<void> markDifferent(const Session &session, const QString &a, const QString &b);
    // Two people sharing one record: the chosen appointments and documents go to a new record.
    static Result<Patient> split(const Session &session, const QString &sourceId, const Patient &newPatient,
                                 const QStringList &appointmentIds, const QStringList &documentIds);
    // The same, the new person's traits validated as any new record.
    static Result<Patient> split(const Session &session, const QString &sourceId, const PatientInput &newPatient,
                                 const QStringList &appointmentIds, const QStringList &documentIds);
};

} // namespace guichet
