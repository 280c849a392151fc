#pragma once

#include "core/sync/syncengine.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace guichet {

class Session;

// One synchronisation conflict, both versions side by side with the fields changed on both
// sides highlighted, and the choices: keep the desk's version, take the central agenda's
// (or, for two bookings of one slot, which booking keeps it).
class ConflictDialog final : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(const Session &session, const SyncConflict &conflict, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Settles the conflict as `choice` (local, remote, both); false with the reason shown.
    bool settle(const QString &choice);
    QString error() const { return m_error; }

    static QString fieldLabel(const QString &field);
    static QString kindLabel(const QString &kind);

private:
    QString display(const QString &field, const QJsonValue &value) const;

    const Session &m_session;
    SyncConflict m_conflict;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
    QString m_error;
};

} // namespace guichet
