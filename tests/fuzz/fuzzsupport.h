#pragma once

// Shared by the libFuzzer targets (tests/fuzz, README: Fuzzing).
#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace guichet::fuzz {

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// What a person or a file could type: the bytes as UTF-8 (invalid sequences replaced).
inline QString textOf(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A broken promise of the code under test: reported like a crash, with the reason.
[[noreturn]] inline void broken(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "broken: %s %s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace guichet::fuzz
