#include "core/base/clock.h"

namespace guichet {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace guichet
