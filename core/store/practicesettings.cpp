#include "core/store/practicesettings.h"

#include "core/store/database.h"

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

struct Definition
{
    QString key;
    QString fallback;
    int min;
    int max;
    const char *meaning; // translated in describe()
    const char *unit; // "" for a yes/no
};

QList<Definition> definitions()
{
    using P = PracticeSettings;
    const auto key = [](const char *k) { return QString::fromLatin1(k); };
    return {
        {key(P::NoShowThreshold), u"3"_s, 1, 20,
         QT_TRANSLATE_NOOP("PracticeSettings",
                           "Unexcused no-shows with one practitioner after which the patient may no longer book "
                           "that practitioner online"),
         QT_TRANSLATE_NOOP("PracticeSettings", "no-shows")},
        {key(P::CountLateCancellations), u"0"_s, 0, 1,
         QT_TRANSLATE_NOOP("PracticeSettings", "A late cancellation counts as a no-show toward the block"), ""},
        {key(P::NoticeDelayMinutes), u"30"_s, 0, 24 * 60,
         QT_TRANSLATE_NOOP("PracticeSettings",
                           "Time to undo a mistaken no-show before the \"did you miss your appointment?\" notice "
                           "leaves"),
         QT_TRANSLATE_NOOP("PracticeSettings", "minutes")},
        {key(P::SpacingDays), u"8"_s, 1, 90,
         QT_TRANSLATE_NOOP("PracticeSettings",
                           "Minimum days between two appointments with the same practitioner or specialty, for "
                           "the visit reasons that apply the spacing rule"),
         QT_TRANSLATE_NOOP("PracticeSettings", "days")},
        {key(P::HoldMinutes), u"15"_s, 1, 120,
         QT_TRANSLATE_NOOP("PracticeSettings", "How long a slot chosen online is held while the patient confirms"),
         QT_TRANSLATE_NOOP("PracticeSettings", "minutes")},
        {key(P::RemindersEnabled), u"1"_s, 0, 1,
         QT_TRANSLATE_NOOP("PracticeSettings", "Confirmations, reminders and notices are sent to patients"), ""},
        {key(P::SmsMotif), u"0"_s, 0, 1,
         QT_TRANSLATE_NOOP("PracticeSettings", "The visit reason (a health detail) may appear in an SMS"), ""},
        {key(P::ChangeSms), u"1"_s, 0, 1,
         QT_TRANSLATE_NOOP("PracticeSettings", "Cancellations and moves are also told by SMS"), ""},
        {key(P::WaitlistMinDays), u"14"_s, 1, 90,
         QT_TRANSLATE_NOOP("PracticeSettings",
                           "The waiting list is offered for appointments further away than this, when nothing is "
                           "free before"),
         QT_TRANSLATE_NOOP("PracticeSettings", "days")},
        {key(P::WaitlistOffersPerSlot), u"5"_s, 1, 50,
         QT_TRANSLATE_NOOP("PracticeSettings", "Patients of the waiting list offered a freed slot, first come first"),
         QT_TRANSLATE_NOOP("PracticeSettings", "patients")},
        {key(P::WaitlistCheckMinutes), u"10"_s, 1, 24 * 60,
         QT_TRANSLATE_NOOP("PracticeSettings", "How often freed slots are looked for"),
         QT_TRANSLATE_NOOP("PracticeSettings", "minutes")},
        {key(P::WaitlistMaxOffers), u"10"_s, 1, 100,
         QT_TRANSLATE_NOOP("PracticeSettings", "Unaccepted offers after which a patient leaves the waiting list"),
         QT_TRANSLATE_NOOP("PracticeSettings", "offers")},
        {key(P::DocumentsRetentionMonths), u"6"_s, 1, 120,
         QT_TRANSLATE_NOOP("PracticeSettings",
                           "Documents are listed this long after being added, then archived (kept, retrievable)"),
         QT_TRANSLATE_NOOP("PracticeSettings", "months")},
        {key(P::SyncSlotDays), u"14"_s, 0, 60,
         QT_TRANSLATE_NOOP("PracticeSettings",
                           "Days of free slots this desk publishes online (0: another desk publishes them)"),
         QT_TRANSLATE_NOOP("PracticeSettings", "days")},
        {key(P::SyncIntervalMinutes), u"5"_s, 1, 60,
         QT_TRANSLATE_NOOP("PracticeSettings", "Time between two exchanges with the central agenda"),
         QT_TRANSLATE_NOOP("PracticeSettings", "minutes")},
        {key(P::SyncPlanReceived), u"1"_s, 0, 1,
         QT_TRANSLATE_NOOP("PracticeSettings", "This desk plans the messages of bookings made online"), ""},
        {key(P::IdleLockMinutes), u"15"_s, 1, 120,
         QT_TRANSLATE_NOOP("PracticeSettings",
                           "Longest time a desk stays unlocked without use; each desk may choose a shorter one, "
                           "never a longer one nor none"),
         QT_TRANSLATE_NOOP("PracticeSettings", "minutes")},
        {key(P::BackupHour), u"21"_s, 0, 23,
         QT_TRANSLATE_NOOP("PracticeSettings",
                           "Hour of the day after which the day's backup is made into the backup folder"),
         QT_TRANSLATE_NOOP("PracticeSettings", "hour")},
        {key(P::BackupDailyKept), u"7"_s, 1, 60,
         QT_TRANSLATE_NOOP("PracticeSettings", "Daily backups kept (the latest of each day)"),
         QT_TRANSLATE_NOOP("PracticeSettings", "days")},
        {key(P::BackupWeeklyKept), u"4"_s, 0, 52,
         QT_TRANSLATE_NOOP("PracticeSettings", "Weekly backups kept beyond the daily ones (the latest of each week)"),
         QT_TRANSLATE_NOOP("PracticeSettings", "weeks")},
        {key(P::AdministratorsSeeMedical), u"0"_s, 0, 1,
         QT_TRANSLATE_NOOP("PracticeSettings",
                           "The practice's administrators also read medical content (the usual medication); "
                           "practitioners always do, secretaries never"),
         ""},
    };
}

int intValue(const Database &db, const char *key)
{
    for (const Definition &d : definitions()) {
        if (d.key == QLatin1String(key)) {
            bool ok = false;
            const int v = db.setting(d.key, d.fallback).toInt(&ok);
            return ok && v >= d.min && v <= d.max ? v : d.fallback.toInt();
        }
    }
    return 0;
}

} // namespace

int PracticeSettings::noShowThreshold() const
{
    return intValue(m_db, NoShowThreshold);
}

bool PracticeSettings::countLateCancellations() const
{
    return intValue(m_db, CountLateCancellations) == 1;
}

int PracticeSettings::noticeDelayMinutes() const
{
    return intValue(m_db, NoticeDelayMinutes);
}

int PracticeSettings::backupHour() const
{
    return intValue(m_db, BackupHour);
}

int PracticeSettings::backupDailyKept() const
{
    return intValue(m_db, BackupDailyKept);
}

int PracticeSettings::backupWeeklyKept() const
{
    return intValue(m_db, BackupWeeklyKept);
}

int PracticeSettings::spacingDays() const
{
    return intValue(m_db, SpacingDays);
}

int PracticeSettings::holdMinutes() const
{
    return intValue(m_db, HoldMinutes);
}

bool PracticeSettings::remindersEnabled() const
{
    return intValue(m_db, RemindersEnabled) == 1;
}

bool PracticeSettings::smsMotifAllowed() const
{
    return intValue(m_db, SmsMotif) == 1;
}

bool PracticeSettings::changeSms() const
{
    return intValue(m_db, ChangeSms) == 1;
}

int PracticeSettings::waitlistMinDays() const
{
    return intValue(m_db, WaitlistMinDays);
}

int PracticeSettings::waitlistOffersPerSlot() const
{
    return intValue(m_db, WaitlistOffersPerSlot);
}

int PracticeSettings::waitlistCheckMinutes() const
{
    return intValue(m_db, WaitlistCheckMinutes);
}

int PracticeSettings::waitlistMaxOffers() const
{
    return intValue(m_db, WaitlistMaxOffers);
}

bool PracticeSettings::administratorsSeeMedical() const
{
    return intValue(m_db, AdministratorsSeeMedical) == 1;
}

QList<PracticeSettings::Info> PracticeSettings::describe()
{
    QList<Info> out;
    for (const Definition &d : definitions())
        out << Info{d.key, tr(d.meaning), *d.unit ? tr(d.unit) : QString(), d.fallback.toInt(),
                    d.min, d.max,         d.min == 0 && d.max == 1};
    return out;
}

QStringList PracticeSettings::keys()
{
    QStringList out;
    for (const Definition &d : definitions())
        out << d.key;
    return out;
}

QString PracticeSettings::value(const QString &key) const
{
    for (const Definition &d : definitions()) {
        if (d.key == key)
            return QString::number(intValue(m_db, d.key.toLatin1().constData()));
    }
    return {};
}

Result<QString> PracticeSettings::normalize(const QString &key, const QString &value)
{
    for (const Definition &d : definitions()) {
        if (d.key != key)
            continue;
        QString text = value.trimmed().toLower();
        if (d.min == 0 && d.max == 1) {
            if (text == u"true"_s || text == u"yes"_s || text == u"on"_s || text == u"oui"_s)
                text = u"1"_s;
            else if (text == u"false"_s || text == u"no"_s || text == u"off"_s || text == u"non"_s)
                text = u"0"_s;
        }
        bool ok = false;
        const int v = text.toInt(&ok);
        if (!ok || v < d.min || v > d.max)
            return Error::invalid(
                tr("The setting %1 takes a whole number from %2 to %3.").arg(key).arg(d.min).arg(d.max),
                u"setting.value"_s);
        return QString::number(v);
    }
    return Error::invalid(tr("Unknown setting \"%1\". Known: %2.").arg(key, keys().join(u", "_s)), u"setting.key"_s);
}

Result<void> PracticeSettings::write(const QString &key, const QString &value) const
{
    auto normalized = normalize(key, value);
    if (!normalized)
        return normalized.error();
    return m_db.setSetting(key, *normalized);
}

} // namespace guichet
