#pragma once

#include "core/base/result.h"
#include "core/domain/practicerule.h"

#include <QCoreApplication>
#include <QStringList>

namespace guichet {

class Database;

// The practice's rules that a person may tune (DESIGN.md: all defaults, all configurable),
// kept in the database so that every desk applies the same ones.
class PracticeSettings final : public PracticeRuleKeys
{
    Q_DECLARE_TR_FUNCTIONS(PracticeSettings)
public:
    explicit PracticeSettings(const Database &db)
        : m_db(db)
    {}

    int noShowThreshold() const; // 3
    bool countLateCancellations() const; // false: a late cancellation triggers the notice only
    int noticeDelayMinutes() const; // 30: time to undo a mistaken mark before the notice leaves
    int spacingDays() const;
    int backupHour() const;
    int backupDailyKept() const;
    int backupWeeklyKept() const; // 8: minimum days between two appointments, for reasons that opt in
    int holdMinutes() const; // 15: how long a slot chosen online is held
    bool remindersEnabled() const; // true: confirmations, reminders and notices are planned
    bool smsMotifAllowed() const; // false: no visit reason (health detail) in an SMS
    bool changeSms() const; // true: cancellations and moves are also told by SMS
    int waitlistMinDays() const; // 14: the list is offered for appointments further away, none free before
    int waitlistOffersPerSlot() const; // 5: the first on the list who get an offer for a freed slot
    int waitlistCheckMinutes() const; // 10: how often freed slots are looked for
    int waitlistMaxOffers() const; // 10: unaccepted offers before a patient leaves the list
    bool administratorsSeeMedical() const; // false: medical content is the practitioners' only

    using Info = PracticeRuleInfo;
    static QList<Info> describe();
    static QStringList keys();
    QString value(const QString &key) const;
    // The value as stored ("yes" -> "1"), or why it is refused. Rows only: rights, audit and the
    // effects of a change are PracticeRules' (core/reminders).
    static Result<QString> normalize(const QString &key, const QString &value);
    Result<void> write(const QString &key, const QString &value) const;

private:
    const Database &m_db;
};

} // namespace guichet
