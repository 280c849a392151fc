#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace guichet {

// One line of the audit log.
struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at;
    QString user;
    QString action; // e.g. "user.create", "signin.failed", "backup.restore"
    QString entity;
    QString entityId;
    QString reason;
    QJsonObject details;
};

// What the audit viewer and `guichet-cli audit list` ask for; every field optional.
struct AuditFilter
{
    QDateTime from; // inclusive (UTC)
    QDateTime to; // exclusive (UTC)
    QString user; // login
    QString patientId; // acts on the patient, on their appointments, or naming them in the details
    QString kind; // an action ("user.create") or its family ("user", "signin")
    int limit = 5000;
};

} // namespace guichet
