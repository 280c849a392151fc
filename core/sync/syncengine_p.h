#pragma once

// What syncengine.cpp, syncpull.cpp and syncconflicts.cpp share; not part of the API.
#include "core/sync/syncengine.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace guichet {

struct SyncEngine::Link
{
    QString serverId;
    QString version;
    QJsonObject shadow;
};

// A free slot this desk offers online.
struct SyncEngine::SlotWanted
{
    QString key; // practitioner|motif|start|end
    QString motifId;
    QString motifLabel;
    QDateTime start;
    QDateTime end;
};

namespace syncdetail {

inline QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

inline QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// The change journal's entity for a resource type ("" for those not journalled).
inline QString journalEntity(const QString &type)
{
    return type == QLatin1String("Patient")          ? QStringLiteral("patient")
        : type == QLatin1String("Appointment")       ? QStringLiteral("appointment")
        : type == QLatin1String("Flag")              ? QStringLiteral("booking-block")
        : type == QLatin1String("DocumentReference") ? QStringLiteral("document")
                                                     : QString();
}

// The table of the rows a resource type maps to ("" for none).
inline QString tableOf(const QString &type)
{
    if (type == QLatin1String("Patient"))
        return QStringLiteral("patients");
    if (type == QLatin1String("Appointment"))
        return QStringLiteral("appointments");
    if (type == QLatin1String("Practitioner"))
        return QStringLiteral("practitioners");
    if (type == QLatin1String("Location"))
        return QStringLiteral("sites");
    if (type == QLatin1String("CommunicationRequest"))
        return QStringLiteral("notification_requests");
    if (type == QLatin1String("DocumentReference"))
        return QStringLiteral("documents");
    return {};
}

// Which fields changed on each side since the last synchronised copy.
struct ThreeWay
{
    QSet<QString> remoteOnly;
    QStringList conflicting;
};

ThreeWay compare(const QJsonObject &base, const QJsonObject &local, const QJsonObject &remote);

} // namespace syncdetail

} // namespace guichet
