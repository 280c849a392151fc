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
};

QList<Definition> definitions()
{
    return {{QString::fromLatin1(PracticeSettings::NoShowThreshold), u"3"_s, 1, 20},
            {QString::fromLatin1(PracticeSettings::CountLateCancellations), u"0"_s, 0, 1},
            {QString::fromLatin1(PracticeSettings::NoticeDelayMinutes), u"30"_s, 0, 24 * 60},
            {QString::fromLatin1(PracticeSettings::SpacingDays), u"8"_s, 1, 90},
            {QString::fromLatin1(PracticeSettings::HoldMinutes), u"15"_s, 1, 120},
            {QString::fromLatin1(PracticeSettings::RemindersEnabled), u"1"_s, 0, 1},
            {QString::fromLatin1(PracticeSettings::SmsMotif), u"0"_s, 0, 1},
            {QString::fromLatin1(PracticeSettings::ChangeSms), u"1"_s, 0, 1},
            {QString::fromLatin1(PracticeSettings::WaitlistMinDays), u"14"_s, 1, 90},
            {QString::fromLatin1(PracticeSettings::WaitlistOffersPerSlot), u"5"_s, 1, 50},
            {QString::fromLatin1(PracticeSettings::WaitlistCheckMinutes), u"10"_s, 1, 24 * 60},
            {QString::fromLatin1(PracticeSettings::WaitlistMaxOffers), u"10"_s, 1, 100},
            // Documents listed this many months, then archived (kept, not listed).
            {QString::fromLatin1(PracticeSettings::DocumentsRetentionMonths), u"6"_s, 1, 120},
            // Days of free slots this desk publishes online (0: another desk publishes them).
            {QString::fromLatin1(PracticeSettings::SyncSlotDays), u"14"_s, 0, 60},
            // Minutes between two exchanges with the central agenda.
            {QString::fromLatin1(PracticeSettings::SyncIntervalMinutes), u"5"_s, 1, 60},
            // Whether this desk plans the messages of bookings made online.
            {QString::fromLatin1(PracticeSettings::SyncPlanReceived), u"1"_s, 0, 1}};
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
