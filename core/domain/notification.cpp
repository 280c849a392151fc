#include "core/domain/notification.h"

using namespace Qt::StringLiterals;

namespace guichet {

QString MessageChannels::code(MessageChannel channel)
{
    return channel == MessageChannel::Sms ? u"sms"_s : u"email"_s;
}

std::optional<MessageChannel> MessageChannels::fromCode(QStringView code)
{
    for (const MessageChannel c : all()) {
        if (code == MessageChannels::code(c))
            return c;
    }
    return std::nullopt;
}

QList<MessageChannel> MessageChannels::all()
{
    return {MessageChannel::Email, MessageChannel::Sms};
}

} // namespace guichet
