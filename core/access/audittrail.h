#pragma once

#include "core/base/result.h"
#include "core/domain/audit.h"

#include <QCoreApplication>

class QTimeZone;

namespace guichet {

class Session;

// Reading the audit log: administrators only, read-only; an export is itself audited.
class AuditTrail final
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
public:
    static Result<QList<AuditEntry>> list(const Session &session, const AuditFilter &filter);
    // The action families present, for the viewer's choice ("appointment", "signin", ...).
    static Result<QStringList> families(const Session &session);
    // CSV (UTF-8, comma, RFC 4180 quoting), times in `zone`: at,user,action,entity,entity_id,reason,details.
    static QByteArray csv(const QList<AuditEntry> &entries, const QTimeZone &zone);
    // Writes the CSV of `filter` to `path` after auditing the export; returns the number of rows.
    static Result<int> exportCsv(const Session &session, const AuditFilter &filter, const QString &path,
                                 const QTimeZone &zone);
    // "Rendez-vous réservé" for "appointment.book": the act in words; the code when unknown.
    static QString actionLabel(const QString &action);
    // "Rendez-vous" for "appointment": a family of acts in words.
    static QString familyLabel(const QString &family);

    // A line of the log as a person reads it: the user's name, the act, what it was done on
    // named ("Patient DUPONT Élodie", "Rendez-vous du 30/11/2026 10:00 — DUPONT Élodie"), the
    // details in words (known fields labelled, ids named, yes/no, dates in `zone`); the raw
    // details stay in the CSV export.
    struct Line
    {
        QString when;
        QString who;
        QString act;
        QString on;
        QString reason;
        QString details;
    };
    static Result<QList<Line>> describe(const Session &session, const QList<AuditEntry> &entries,
                                        const QTimeZone &zone);
};

} // namespace guichet
