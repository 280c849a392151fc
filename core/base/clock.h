#pragma once

#include <QDateTime>

namespace guichet {

// The clock every rule reads. Injected so that tests and `guichet-cli --now`
// can fix time; nothing in core/ calls QDateTime::currentDateTimeUtc() directly.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // always UTC

    static const Clock &system();
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

// A clock standing still at a given instant (for `--now`); the mock clock of
// the tests derives from it and can be advanced.
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime at)
        : m_at(at.toUTC())
    {}
    QDateTime now() const override { return m_at; }
    void set(const QDateTime &at) { m_at = at.toUTC(); }

protected:
    QDateTime m_at;
};

} // namespace guichet
