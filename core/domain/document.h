#pragma once

#include <QDateTime>
#include <QString>

namespace guichet {

// Metadata of a document in the vault; the content lives encrypted outside SQLite.
struct DocumentMeta
{
    QString id;
    QString patientId;
    QString appointmentId;
    QString type = QStringLiteral("other"); // prescription, report, administrative, other
    QString fileName;
    QString contentType;
    qint64 size = 0;
    QString sha1;
    QString sha256;
    int pageCount = 0;
    QString origin = QStringLiteral("practice"); // practice, patient
    bool shared = false;
    QDateTime addedAt;
    QString addedBy;
    QDateTime archivedAt;
};

} // namespace guichet
