#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QUuid>

namespace guichet {

// Every entity gets a UUID made locally (DESIGN.md: Storage), lower case, no braces.
inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Time-ordered UUIDs (version 7, RFC 9562) for rows made in bulk: the milliseconds of the
// operation, then each row's sequence number, then random bits drawn once. Rows written in
// sequence go to the end of the id index rather than all over it, and a million ids need no
// million calls to the system's random source.
class UuidSequence final
{
public:
    explicit UuidSequence(qint64 msecsSinceEpoch)
        : m_msecs(quint64(msecsSinceEpoch) & 0xffffffffffffULL)
        , m_random(QRandomGenerator::system()->generate64() & 0x3ffffffffULL)
    {}
    // `sequence` below 2^40, increasing with the order of writing.
    QString at(quint64 sequence) const
    {
        const quint64 tail = ((sequence & 0x3fffffULL) << 34) | m_random; // 56 bits
        return QUuid(uint(m_msecs >> 16), ushort(m_msecs & 0xffff), ushort(0x7000 | ((sequence >> 28) & 0xfff)),
                     uchar(0x80 | ((sequence >> 22) & 0x3f)), uchar(tail >> 48), uchar(tail >> 40), uchar(tail >> 32),
                     uchar(tail >> 24), uchar(tail >> 16), uchar(tail >> 8), uchar(tail))
            .toString(QUuid::WithoutBraces);
    }

private:
    quint64 m_msecs;
    quint64 m_random;
};

inline bool isUuid(const QString &text)
{
    return !QUuid::fromString(text).isNull() && text.size() == 36;
}

} // namespace guichet
