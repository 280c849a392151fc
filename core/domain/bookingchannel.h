#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace guichet {

// How an appointment was booked. The values are the bytes the agenda's lean rows keep.
enum class BookingChannel : char { Desk = 'd', Phone = 'p', Online = 'o' };

// The one conversion of a booking channel to and from its code ("desk", "phone", "online":
// the database, the JSON, the CLI, the FHIR extension) and to words.
class BookingChannels final
{
    Q_DECLARE_TR_FUNCTIONS(BookingChannels)
public:
    static QString code(BookingChannel channel);
    static std::optional<BookingChannel> fromCode(QStringView code);
    static std::optional<BookingChannel> fromCode(QByteArrayView utf8); // a database row's bytes
    static QString label(BookingChannel channel); // "Par téléphone"
    static QString mark(BookingChannel channel); // "☎ ", "@ " or nothing, before a patient's name
};

} // namespace guichet
