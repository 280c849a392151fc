#pragma once

// What the sync engine, its resource handlers and the conflicts share; not part of the API.
#include "core/sync/synccontext.h"
#include "core/sync/syncengine.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace guichet {

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
QString journalEntity(const QString &type);

// Which fields changed on each side since the last synchronised copy.
struct ThreeWay
{
    QSet<QString> remoteOnly;
    QStringList conflicting;
};

ThreeWay compare(const QJsonObject &base, const QJsonObject &local, const QJsonObject &remote);

// The holds this desk published whose time is up leave the central agenda (handlers/slothold.cpp).
void releaseEndedHolds(SyncContext &ctx, SyncReport &report);

} // namespace syncdetail

} // namespace guichet
