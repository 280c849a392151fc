#pragma once

#include <QString>

namespace guichet {

// The keys of the practice's tunable rules (DESIGN.md: all defaults, all configurable). Their
// values live in the database (core/store PracticeSettings); changing one is PracticeRules'
// (core/reminders), reading them from ui/ and cli/ too.
class PracticeRuleKeys
{
public:
    static constexpr auto NoShowThreshold = "noshow.threshold";
    static constexpr auto CountLateCancellations = "noshow.count_late_cancellations";
    static constexpr auto NoticeDelayMinutes = "noshow.notice_delay_minutes";
    static constexpr auto SpacingDays = "agenda.spacing_days";
    static constexpr auto HoldMinutes = "agenda.hold_minutes";
    static constexpr auto RemindersEnabled = "reminders.enabled";
    static constexpr auto SmsMotif = "reminders.sms_motif";
    static constexpr auto ChangeSms = "reminders.change_sms";
    static constexpr auto WaitlistMinDays = "waitlist.min_days";
    static constexpr auto WaitlistOffersPerSlot = "waitlist.offers_per_slot";
    static constexpr auto WaitlistCheckMinutes = "waitlist.check_minutes";
    static constexpr auto WaitlistMaxOffers = "waitlist.max_offers";
    static constexpr auto DocumentsRetentionMonths = "documents.retention_months";
    static constexpr auto SyncSlotDays = "sync.slot_days";
    static constexpr auto SyncIntervalMinutes = "sync.interval_minutes";
    static constexpr auto SyncPlanReceived = "sync.plan_received";
    static constexpr auto IdleLockMinutes = "security.idle_lock_minutes";
    static constexpr auto BackupHour = "backup.hour";
    static constexpr auto BackupDailyKept = "backup.daily_kept";
    static constexpr auto BackupWeeklyKept = "backup.weekly_kept";
    static constexpr auto AdministratorsSeeMedical = "medical.administrators_see";
};

// What each setting means, for the practice rules page and `settings list`.
struct PracticeRuleInfo
{
    QString key;
    QString meaning;
    QString unit; // empty for a yes/no
    int fallback;
    int min;
    int max;
    bool yesNo;
};

} // namespace guichet
