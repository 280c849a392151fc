#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace guichet {

class SyncContext;
struct Practitioner;
struct SyncReport;

// Availability on the central agenda: each practitioner's Schedule and the free slots of the
// visit reasons bookable online for sync.slot_days days, sent as differences in batches; a
// batch lost by a crash is found again by identifier.
class SlotPublisher final
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
public:
    explicit SlotPublisher(SyncContext &ctx)
        : m_ctx(ctx)
    {}
    void publish(SyncReport &report);
    // The practitioner's Schedule on the server (made once, found again by its identifier).
    bool ensureSchedule(const Practitioner &practitioner, SyncReport &report);

private:
    // A free slot this desk offers online.
    struct SlotWanted
    {
        QString key; // practitioner|motif|start|end
        QString motifId;
        QString motifLabel;
        QDateTime start;
        QDateTime end;
    };
    bool recoverSlots(const Practitioner &practitioner, const QHash<QString, SlotWanted> &wanted, SyncReport &report);

    SyncContext &m_ctx;
};

} // namespace guichet
