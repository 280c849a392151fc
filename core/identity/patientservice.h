#pragma once

#include "core/base/result.h"
#include "core/domain/patient.h"
#include "core/eid/eidcard.h"
#include "core/identity/patientinput.h"

#include <QCoreApplication>

namespace guichet {

class Session;

class PatientService final
{
    Q_DECLARE_TR_FUNCTIONS(PatientService)
public:
    // Validates, writes the patient and its journal entry in one transaction.
    static Result<Patient> add(const Session &session, const PatientInput &input,
                               PatientOrigin origin = PatientOrigin::Desk);
    static Result<Patient> show(const Session &session, const QString &id);

    // What the record's editor changes beside the traits of PatientInput.
    struct Preferences
    {
        bool notifySms = true;
        bool notifyEmail = true;
        bool homonym = false; // a known homonym: never merged, extra care at the desk
        bool doubtful = false; // an identity in doubt (suspected fraud or error)
    };
    // Corrects a record: validated as a new one, written with its journal entry. Changing a
    // strict trait (names at birth, birth date, sex, birth place, NISS/NIR) of a checked
    // identity sends it back to provisional, audited, until a document is checked again.
    static Result<Patient> update(const Session &session, const QString &id, const PatientInput &input,
                                  const Preferences &preferences);
    static Preferences preferencesOf(const Patient &patient);
    // The usual medication (medical content): written and read only with Right::ViewMedicalNotes,
    // audited without its text; empty clears it. At most 2,000 characters, printable text.
    static Result<Patient> setMedication(const Session &session, const QString &id, const QString &medication);
    static PatientInput inputOf(const Patient &patient); // the record as the editor shows it

    // An identity document seen at the desk: provisional -> validated, retrieved -> qualified.
    // Kinds: id-card, passport, residence-permit, eid (read from the Belgian card), and for a
    // minor family-record-book.
    static Result<Patient> checkIdentityDocument(const Session &session, const QString &id, const QString &kind);
    // The Belgian eID read at the desk against a record: strict traits that differ refuse the
    // check, each listed (the record is never changed silently); agreeing, the identity is
    // checked by the card (an empty NISS taken from it), audited with the card's number.
    static Result<Patient> checkIdentityWithEid(const Session &session, const QString &id, const EidIdentity &card);
    // A new record's fields from the card, for the desk to review before saving.
    static PatientInput inputFromEid(const EidIdentity &card);
    // "Mettre à jour l'adresse depuis la carte": the card's address (and its country when the
    // card says it) into a record whose strict traits agree with the card; audited with the
    // address before and after, as the record's history shows it.
    static Result<Patient> updateAddressFromEid(const Session &session, const QString &id, const EidIdentity &card);
    // "birth name: DUPONT on the card, DUPOND on the record", one line per difference.
    static QStringList describe(const QList<EidIdentity::Difference> &differences);
    // Makes a patient a relative of an account holder (child, spouse, parent, other): the
    // holder's contacts reach them where they have none, and only the holder's while they are
    // under 18; audited, their messages planned again.
    static Result<Patient> linkRelative(const Session &session, const QString &relativeId, const QString &holderId,
                                        const QString &relationship);
    // The relative becomes their own account holder, reached only by their own contacts; audited.
    static Result<Patient> unlinkRelative(const Session &session, const QString &relativeId, const QString &reason);
    static QStringList relationships(); // child, spouse, parent, other
    static QString relationshipLabel(const QString &code);
    static QStringList identityDocumentKinds();
    static QString identityDocumentLabel(const QString &kind);
    // The practice's country (default region for phones, postcode rules).
    static QString practiceCountry(const Session &session);
};

} // namespace guichet
