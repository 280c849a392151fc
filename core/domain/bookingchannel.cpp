#include "core/domain/bookingchannel.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

// The codes, once.
constexpr std::pair<BookingChannel, const char *> kCodes[] = {
    {BookingChannel::Desk, "desk"}, {BookingChannel::Phone, "phone"}, {BookingChannel::Online, "online"}};

} // namespace

QString BookingChannels::code(BookingChannel channel)
{
    for (const auto &[c, text] : kCodes) {
        if (c == channel)
            return QString::fromLatin1(text);
    }
    return QString::fromLatin1(kCodes[0].second);
}

std::optional<BookingChannel> BookingChannels::fromCode(QStringView code)
{
    for (const auto &[c, text] : kCodes) {
        if (code == QLatin1String(text))
            return c;
    }
    return std::nullopt;
}

std::optional<BookingChannel> BookingChannels::fromCode(QByteArrayView utf8)
{
    for (const auto &[c, text] : kCodes) {
        if (utf8 == QByteArrayView(text))
            return c;
    }
    return std::nullopt;
}

QString BookingChannels::label(BookingChannel channel)
{
    switch (channel) {
    case BookingChannel::Online:
        return tr("Online");
    case BookingChannel::Phone:
        return tr("By phone");
    case BookingChannel::Desk:
        break;
    }
    return tr("At the desk");
}

QString BookingChannels::mark(BookingChannel channel)
{
    switch (channel) {
    case BookingChannel::Phone:
        return u"☎ "_s;
    case BookingChannel::Online:
        return u"@ "_s;
    case BookingChannel::Desk:
        break;
    }
    return QString();
}

} // namespace guichet
