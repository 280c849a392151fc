#pragma once

#include "core/base/result.h"
#include "core/domain/practice.h"

#include <QList>
#include <QTimeZone>

namespace guichet {

class Database;

// Sites, practitioners, motifs, weekly opening ranges and absences.
class PracticeRepository final
{
public:
    explicit PracticeRepository(const Database &db)
        : m_db(db)
    {}

    Result<void> insertSite(const Site &site);
    Result<void> updateSite(const Site &site);
    Result<void> insertPractitioner(const Practitioner &practitioner);
    Result<void> updatePractitioner(const Practitioner &practitioner);
    Result<void> insertMotif(const Motif &motif);
    Result<void> updateMotif(const Motif &motif);
    Result<void> insertOpeningRange(const OpeningRange &range);
    Result<void> insertAbsence(const Absence &absence);

    QList<Site> sites() const;
    // The zone times are shown in: the first site's, Europe/Brussels when there is none.
    QTimeZone displayZone() const;
    // The practice's country (ISO code): its setting, else the first site's, else FR. Phones
    // without a prefix are read in it, and shown in its national form.
    QString country() const;
    Result<Site> site(const QString &id) const;
    QList<Practitioner> practitioners(bool activeOnly = true) const;
    Result<Practitioner> practitioner(const QString &id) const;
    QList<Motif> motifs(const QString &practitionerId = {}) const;
    Result<Motif> motif(const QString &id) const;
    // These reads return an error when the query fails, never "none": the rules depend on them.
    Result<QList<OpeningRange>> openingRanges(const QString &practitionerId) const;
    // The weekly template of one weekday replaced (inside the caller's transaction).
    Result<void> replaceOpeningRanges(const QString &practitionerId, int weekday, const QList<OpeningRange> &ranges);
    // The visit reasons one range offers (empty: every reason), inside the caller's transaction.
    Result<void> setRangeMotifs(const QString &rangeId, const QStringList &motifIds);
    // Days in [from, to] whose hours differ from the template, by day.
    Result<QList<OpeningException>> openingExceptions(const QString &practitionerId, const QDate &from,
                                                      const QDate &to) const;
    Result<OpeningException> openingException(const QString &id) const;
    // Replaces an exception of the same practitioner and day, if any.
    Result<void> putOpeningException(const OpeningException &exception);
    Result<void> removeOpeningException(const QString &id);
    // Every practitioner's when `practitionerId` is empty.
    Result<QList<Absence>> absences(const QString &practitionerId, const QDateTime &from, const QDateTime &to) const;
    Result<Absence> absence(const QString &id) const;
    Result<void> updateAbsence(const Absence &absence);
    Result<void> removeAbsence(const QString &id);

private:
    Result<void> writeOtherSites(const Practitioner &practitioner);

    const Database &m_db;
};

} // namespace guichet
