#include "core/identity/patientservice.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/base/uuid.h"
#include "core/domain/jsonformat.h"
#include "core/domain/patientfields.h"
#include "core/domain/sex.h"
#include "core/reminders/reminderservice.h"
#include "core/store/changejournal.h"
#include "core/store/database.h"
#include "core/store/patientrepository.h"
#include "core/store/practicerepository.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace guichet {

QString PatientService::practiceCountry(const Session &session)
{
    return PracticeRepository(session.database()).country();
}

namespace {

// `holderId` may hold `patientId` (empty: a new record) as a relative: it exists, is not
// itself a relative, is not the patient, and the patient holds no relatives of their own.
Result<void> checkHolder(const PatientRepository &patients, const QString &holderId, const QString &patientId)
{
    if (!patientId.isEmpty() && holderId == patientId)
        return Error::invalid(PatientService::tr("A patient cannot be their own account holder."), u"holder"_s);
    auto holder = patients.byId(holderId);
    if (!holder)
        return Error::invalid(PatientService::tr("The account holder %1 does not exist.").arg(holderId), u"holder"_s);
    if (!holder->holderId.isEmpty())
        return Error::invalid(PatientService::tr("%1 is already a relative of another account holder; a relative "
                                                 "cannot hold relatives.")
                                  .arg(holder->displayName()),
                              u"holder.nested"_s);
    if (!patientId.isEmpty() && !patients.relativesOf(patientId).isEmpty())
        return Error::invalid(PatientService::tr("This patient holds relatives; an account holder cannot become a "
                                                 "relative."),
                              u"holder.nested"_s);
    return {};
}

// A corrected record, its journal entry and (when `action` is given) its audit line, in one transaction.
Result<Patient> writeCorrection(const Session &session, const Patient &after, const QString &action,
                                const QString &reason, const QJsonObject &details)
{
    const Database &db = session.database();
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    if (auto ok = PatientRepository(db).update(after); !ok)
        return ok.error();
    if (auto ok = ChangeJournal::record(db, u"patient"_s, after.id, u"update"_s, Json::patient(after), session.now());
        !ok)
        return ok.error();
    if (!action.isEmpty()) {
        if (auto ok = session.audit(action, u"patient"_s, after.id, reason, details); !ok)
            return ok.error();
    }
    // A new number, address or switch changes who hears about the appointments to come.
    if (auto ok = ReminderService::replanPatient(db, after.id, session.now()); !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    Patient out = after;
    if (!session.can(Right::ViewMedicalNotes))
        PatientFields::withholdMedical(out); // written whole, returned as the reader may read it
    return out;
}

// The strict traits and national numbers (PatientFields::isIdentity), as the audit keeps them.
QJsonObject strictTraits(const Patient &p)
{
    return PatientFields::values(p, &PatientFields::isIdentity);
}

bool strictTraitsDiffer(const Patient &a, const Patient &b)
{
    return strictTraits(a) != strictTraits(b);
}

} // namespace

Result<Patient> PatientService::add(const Session &session, const PatientInput &input, PatientOrigin origin)
{
    if (auto ok = session.require(Right::EditPatients); !ok)
        return ok.error();
    const Database &db = session.database();
    const QList<Site> sites = PracticeRepository(db).sites();
    const QTimeZone zone(sites.isEmpty() ? QByteArrayLiteral("Europe/Paris") : sites.first().timeZone.toUtf8());
    const QDate today = session.now().toTimeZone(zone).date();
    auto validated = PatientValidator::validate(input, today, practiceCountry(session));
    if (!validated)
        return validated.error();
    Patient patient = validated.value();

    PatientRepository patients(db);
    if (!patient.holderId.isEmpty()) {
        if (auto ok = checkHolder(patients, patient.holderId, QString()); !ok)
            return ok.error();
        if (patient.relationship.isEmpty())
            patient.relationship = u"other"_s;
    }
    patient.id = newUuid();
    patient.origin = origin;
    patient.createdAt = session.now();
    patient.updatedAt = patient.createdAt;

    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    if (auto ok = patients.insert(patient); !ok)
        return ok.error();
    if (auto ok =
            ChangeJournal::record(db, u"patient"_s, patient.id, u"create"_s, Json::patient(patient), session.now());
        !ok)
        return ok.error();
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return patient;
}

PatientService::Preferences PatientService::preferencesOf(const Patient &p)
{
    return Preferences{p.notifySms, p.notifyEmail, p.homonym, p.doubtful};
}

PatientInput PatientService::inputOf(const Patient &p)
{
    PatientInput in;
    in.birthName = p.birthName;
    in.firstNames = p.firstNames;
    in.birthDate = p.birth().toIso();
    in.sex = sexCode(p.sex);
    in.birthPlaceCode = p.birthPlaceCode;
    in.usageName = p.usageName;
    in.usedFirstName = p.usedFirstName;
    in.niss = p.niss;
    in.nir = p.nir;
    for (const QString &phone : {p.mobilePhone, p.otherPhone})
        if (!phone.isEmpty())
            in.phones << phone;
    in.email = p.email;
    in.address = p.address;
    in.postcode = p.postcode;
    in.city = p.city;
    in.country = p.country;
    in.language = p.language;
    in.holderId = p.holderId;
    in.relationship = p.relationship;
    return in;
}

Result<Patient> PatientService::update(const Session &session, const QString &id, const PatientInput &input,
                                       const Preferences &preferences)
{
    if (auto ok = session.require(Right::EditPatients); !ok)
        return ok.error();
    const Database &db = session.database();
    PatientRepository patients(db);
    auto before = patients.byId(id);
    if (!before)
        return before.error();
    if (!before->active)
        return Error::refused(tr("This record was merged into another one; correct the record that replaced it."),
                              u"patient.merged"_s);
    const QList<Site> sites = PracticeRepository(db).sites();
    const QTimeZone zone(sites.isEmpty() ? QByteArrayLiteral("Europe/Paris") : sites.first().timeZone.toUtf8());
    auto validated = PatientValidator::validate(input, session.now().toTimeZone(zone).date(), practiceCountry(session));
    if (!validated)
        return validated.error();
    Patient after = validated.value();
    if (!after.holderId.isEmpty() && after.holderId != before->holderId) {
        if (auto ok = checkHolder(patients, after.holderId, id); !ok)
            return ok.error();
    }
    if (!after.holderId.isEmpty() && after.relationship.isEmpty())
        after.relationship = before->relationship.isEmpty() ? u"other"_s : before->relationship;
    // What the editor does not touch stays as it was.
    after.id = before->id;
    after.origin = before->origin;
    after.createdAt = before->createdAt;
    after.updatedAt = session.now();
    after.treatingPhysician = before->treatingPhysician;
    after.medication = before->medication;
    after.deceased = before->deceased;
    after.active = before->active;
    after.replacedBy = before->replacedBy;
    after.serverId = before->serverId;
    after.version = before->version;
    after.externalId = before->externalId;
    after.notifySms = preferences.notifySms;
    after.notifyEmail = preferences.notifyEmail;
    after.homonym = preferences.homonym;
    after.doubtful = preferences.doubtful;
    after.identityStatus = before->identityStatus;
    const bool strictChanged = strictTraitsDiffer(*before, after);
    const bool wasChecked = before->identityStatus != IdentityStatus::Provisional;
    if (strictChanged && wasChecked)
        after.identityStatus = IdentityStatus::Provisional; // checked again before it is trusted

    if (!strictChanged)
        return writeCorrection(session, after, {}, {}, {});
    return writeCorrection(session, after, u"patient.strict-traits"_s,
                           wasChecked ? tr("Strict traits corrected: the identity is provisional again.")
                                      : tr("Strict traits corrected."),
                           QJsonObject{{u"before"_s, strictTraits(*before)},
                                       {u"after"_s, strictTraits(after)},
                                       {u"status_before"_s, IdentityStatuses::code(before->identityStatus)},
                                       {u"status_after"_s, IdentityStatuses::code(after.identityStatus)}});
}

QStringList PatientService::relationships()
{
    return {u"child"_s, u"spouse"_s, u"parent"_s, u"other"_s};
}

QString PatientService::relationshipLabel(const QString &code)
{
    if (code == u"child"_s)
        return tr("Child");
    if (code == u"spouse"_s)
        return tr("Spouse");
    if (code == u"parent"_s)
        return tr("Parent");
    if (code == u"other"_s)
        return tr("Other relative");
    return code;
}

Result<Patient> PatientService::linkRelative(const Session &session, const QString &relativeId, const QString &holderId,
                                             const QString &relationship)
{
    if (auto ok = session.require(Right::EditPatients); !ok)
        return ok.error();
    PatientRepository patients(session.database());
    auto before = patients.byId(patients.resolveId(relativeId));
    if (!before)
        return before.error();
    if (!relationships().contains(relationship))
        return Error::invalid(tr("The relationship is child, spouse, parent or other."), u"holder.relationship"_s);
    const QString holder = patients.resolveId(holderId);
    if (!before->active)
        return Error::refused(tr("This record was merged into another one."), u"patient.inactive"_s);
    if (before->holderId == holder && before->relationship == relationship)
        return *before;
    if (auto ok = checkHolder(patients, holder, before->id); !ok)
        return ok.error();
    Patient after = *before;
    after.holderId = holder;
    after.relationship = relationship;
    after.updatedAt = session.now();
    return writeCorrection(
        session, after, u"patient.link-relative"_s, relationshipLabel(relationship),
        {{u"holder_id"_s, holder}, {u"relationship"_s, relationship}, {u"previous_holder_id"_s, before->holderId}});
}

Result<Patient> PatientService::unlinkRelative(const Session &session, const QString &relativeId, const QString &reason)
{
    if (auto ok = session.require(Right::EditPatients); !ok)
        return ok.error();
    PatientRepository patients(session.database());
    auto before = patients.byId(patients.resolveId(relativeId));
    if (!before)
        return before.error();
    if (before->holderId.isEmpty())
        return Error::invalid(tr("%1 is already their own account holder.").arg(before->displayName()),
                              u"holder.none"_s);
    Patient after = *before;
    after.holderId.clear();
    after.relationship.clear();
    after.updatedAt = session.now();
    return writeCorrection(session, after, u"patient.unlink-relative"_s, reason.trimmed(),
                           {{u"previous_holder_id"_s, before->holderId}});
}

QStringList PatientService::identityDocumentKinds()
{
    return {u"id-card"_s, u"eid"_s, u"passport"_s, u"residence-permit"_s, u"family-record-book"_s};
}

QString PatientService::identityDocumentLabel(const QString &kind)
{
    if (kind == u"id-card"_s)
        return tr("Identity card");
    if (kind == u"eid"_s)
        return tr("Belgian eID card (read)");
    if (kind == u"passport"_s)
        return tr("Passport");
    if (kind == u"residence-permit"_s)
        return tr("Residence permit");
    if (kind == u"family-record-book"_s)
        return tr("Family record book (minor)");
    return kind;
}

Result<Patient> PatientService::checkIdentityDocument(const Session &session, const QString &id, const QString &kind)
{
    if (auto ok = session.require(Right::EditPatients); !ok)
        return ok.error();
    if (!identityDocumentKinds().contains(kind))
        return Error::invalid(tr("\"%1\" is not an identity document that validates an identity: an identity card, "
                                 "a passport, a residence permit or, for a minor, the family record book.")
                                  .arg(kind),
                              u"identity.document"_s);
    const Database &db = session.database();
    PatientRepository patients(db);
    auto p = patients.byId(id);
    if (!p)
        return p.error();
    if (!p->active)
        return Error::refused(tr("This record was merged into another one; check the identity on the record that "
                                 "replaced it."),
                              u"patient.merged"_s);
    const QDate today = session.now().toTimeZone(PracticeRepository(db).displayZone()).date();
    // A minor for sure: the oldest a partial birth date allows is under 18.
    if (kind == u"family-record-book"_s && p->birthDate.isValid()
        && PartialDates::ageRangeOn(p->birth(), today).second >= 18)
        return Error::invalid(tr("The family record book validates the identity of a minor only; for an adult, check "
                                 "an identity card, a passport or a residence permit."),
                              u"identity.document"_s);
    if (p->doubtful)
        return Error::refused(tr("This identity is marked doubtful: clear the doubt on the record before validating "
                                 "it."),
                              u"identity.doubtful"_s);
    Patient after = *p;
    after.identityStatus =
        p->identityStatus == IdentityStatus::Retrieved || p->identityStatus == IdentityStatus::Qualified
        ? IdentityStatus::Qualified
        : IdentityStatus::Validated;
    after.updatedAt = session.now();
    return writeCorrection(session, after, u"patient.identity-checked"_s, identityDocumentLabel(kind),
                           QJsonObject{{u"document"_s, kind},
                                       {u"status_before"_s, IdentityStatuses::code(p->identityStatus)},
                                       {u"status_after"_s, IdentityStatuses::code(after.identityStatus)}});
}

QStringList PatientService::describe(const QList<EidIdentity::Difference> &differences)
{
    QStringList lines;
    for (const EidIdentity::Difference &d : differences) {
        // Values as the desk reads them (dates day first, sexes in words).
        const auto shown = [&d](const QString &value) {
            if (value.isEmpty())
                return tr("(none)");
            Patient p;
            p.setBirth(PartialDate::fromIso(value));
            p.sex = sexFromCode(value);
            return d.field == u"birth_date"_s || d.field == u"sex"_s
                ? PatientFields::displayValue(p, PatientFields::byCode(d.field)->field)
                : value;
        };
        lines << tr("%1: %2 on the card, %3 on the record")
                     .arg(PatientFields::label(d.field), shown(d.card), shown(d.record));
    }
    return lines;
}

Result<Patient> PatientService::checkIdentityWithEid(const Session &session, const QString &id, const EidIdentity &card)
{
    if (auto ok = session.require(Right::EditPatients); !ok)
        return ok.error();
    PatientRepository patients(session.database());
    auto p = patients.byId(id);
    if (!p)
        return p.error();
    const QList<EidIdentity::Difference> differences = card.differences(*p);
    if (!differences.isEmpty())
        return Error::conflict(tr("The eID card and the record differ; nothing was changed. Check who is at the desk, "
                                  "then correct the record if it is wrong: %1.")
                                   .arg(describe(differences).join(u"; "_s)),
                               u"eid.differs"_s);
    if (p->niss.isEmpty()) {
        // The card completes the record: the national number it holds (the check below says so).
        Patient after = *p;
        after.niss = card.nationalNumber;
        after.updatedAt = session.now();
        if (auto ok = writeCorrection(session, after, {}, {}, {}); !ok)
            return ok.error();
    }
    auto checked = checkIdentityDocument(session, id, u"eid"_s);
    if (!checked)
        return checked.error();
    (void)session.audit(
        u"patient.eid-read"_s, u"patient"_s, id, QString(),
        QJsonObject{{u"card_number"_s, card.cardNumber}, {u"valid_until"_s, card.validUntil.toString(Qt::ISODate)}});
    return checked;
}

PatientInput PatientService::inputFromEid(const EidIdentity &card)
{
    PatientInput in;
    in.birthName = card.surname;
    in.firstNames = card.firstNames;
    in.birthDate = card.birthDate.toIso();
    in.sex = sexCode(card.sex);
    in.niss = card.nationalNumber;
    in.address = card.street;
    in.postcode = card.postcode;
    in.city = card.municipality;
    in.country = card.addressCountry(); // from the card's postcode, never assumed
    return in;
}

Result<Patient> PatientService::updateAddressFromEid(const Session &session, const QString &id, const EidIdentity &card)
{
    if (auto ok = session.require(Right::EditPatients); !ok)
        return ok.error();
    auto p = PatientRepository(session.database()).byId(id);
    if (!p)
        return p.error();
    // Only the holder's card moves the address: the strict traits must agree first.
    if (const auto differences = card.differences(*p); !differences.isEmpty())
        return Error::conflict(tr("The eID card is not this record's (%1): the address was not changed.")
                                   .arg(describe(differences).join(u"; "_s)),
                               u"eid.differs"_s);
    if (!card.addressDiffers(*p))
        return *p;
    const QString country = card.addressCountry();
    // The card's text checked as any typed address (length, hidden characters, postcode).
    PatientInput in = inputOf(*p);
    in.address = card.street;
    in.postcode = card.postcode;
    in.city = card.municipality;
    if (!country.isEmpty())
        in.country = country;
    auto checked = PatientValidator::validate(in, session.now().date(), practiceCountry(session));
    if (!checked)
        return checked.error();
    Patient after = *p;
    after.address = checked->address;
    after.postcode = checked->postcode;
    after.city = checked->city;
    after.country = checked->country;
    after.updatedAt = session.now();
    const QJsonObject details{{u"before"_s,
                               QJsonObject{{u"address"_s, p->address},
                                           {u"postcode"_s, p->postcode},
                                           {u"city"_s, p->city},
                                           {u"country"_s, p->country}}},
                              {u"after"_s,
                               QJsonObject{{u"address"_s, after.address},
                                           {u"postcode"_s, after.postcode},
                                           {u"city"_s, after.city},
                                           {u"country"_s, after.country}}},
                              {u"card_number"_s, card.cardNumber}};
    return writeCorrection(session, after, u"patient.eid-address"_s, QString(), details);
}

Result<Patient> PatientService::show(const Session &session, const QString &id)
{
    // A read like any other: through the one door, its right checked, medical content withheld
    // from who may not read it.
    if (auto ok = session.require(Right::ViewAgenda); !ok)
        return ok.error();
    const PatientDirectory patients(session);
    return patients.byId(patients.resolveId(id));
}

Result<Patient> PatientService::setMedication(const Session &session, const QString &id, const QString &medication)
{
    if (auto ok = session.require(Right::EditPatients); !ok)
        return ok.error();
    if (auto ok = session.require(Right::ViewMedicalNotes); !ok)
        return ok.error();
    const QString text = medication.trimmed();
    if (text.size() > 2000)
        return Error::invalid(tr("The usual medication is limited to 2,000 characters (%1 given).").arg(text.size()),
                              u"patient.medication"_s);
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t')
            return Error::invalid(tr("The usual medication contains a control character: type it again as text."),
                                  u"patient.medication"_s);
    }
    PatientRepository patients(session.database());
    auto before = patients.byId(patients.resolveId(id));
    if (!before)
        return before.error();
    if (before->medication == text)
        return before;
    Patient after = *before;
    after.medication = text;
    after.updatedAt = session.now();
    // The audit says that it changed and how long it is, never what it says.
    return writeCorrection(session, after, u"patient.medical"_s, tr("Usual medication changed."),
                           QJsonObject{{u"field"_s, PatientFields::code(PatientField::Medication)},
                                       {u"had_text"_s, !before->medication.isEmpty()},
                                       {u"length"_s, int(text.size())}});
}

} // namespace guichet
