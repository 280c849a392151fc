#pragma once

#include "core/base/result.h"
#include "core/domain/practice.h"

#include <QCoreApplication>

namespace guichet {

class Database;
class Session;

// Setting up the practice: its sites, practitioners and visit reasons, added, edited and
// deactivated (kept for history, no longer bookable). Each act needs the right to change the
// practice's settings, validates every field here (the desktop and guichet-cli show the same
// French reasons), is audited and journalled in one transaction, so it reaches the central agenda.
class PracticeSetup final
{
    Q_DECLARE_TR_FUNCTIONS(PracticeSetup)
public:
    // Checks and normalises (trimmed, phone numbers in E.164, INAMI/RPPS digits); the first
    // field at fault is named in the error (rule "setup.<field>").
    static Result<Site> validate(Site site);
    static Result<Practitioner> validate(const Database &db, Practitioner practitioner);
    static Result<Motif> validate(const Database &db, Motif motif);

    // Adds when the id is empty (a new id is given), otherwise replaces the record with that id.
    static Result<Site> saveSite(const Session &session, const Site &site);
    static Result<Practitioner> savePractitioner(const Session &session, const Practitioner &practitioner);
    static Result<Motif> saveMotif(const Session &session, const Motif &motif);
    // Deactivated: kept for the history and the appointments already booked, no longer bookable
    // nor offered online. A practitioner's booked appointments stay; the desk is told how many.
    static Result<Practitioner> setPractitionerActive(const Session &session, const QString &id, bool active,
                                                      int *bookedAhead = nullptr);
    static Result<Motif> setMotifActive(const Session &session, const QString &id, bool active);

    // The practice has at least one site, one practitioner and one visit reason.
    static bool isSetUp(const Database &db);
    static bool isSetUp(const Session &session);
};

} // namespace guichet
