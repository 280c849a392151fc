#pragma once

#include <QByteArray>

#include <cstdlib>

namespace guichet {

// Tests kill the process exactly at a named point, as a power cut or kill -9 would:
// GUICHET_TEST_CRASH=point, or point:N for the N-th time a counted point is passed.
inline void crashPointForTests(const char *point, int count = 0)
{
    static const QByteArray chosen = qgetenv("GUICHET_TEST_CRASH");
    if (chosen.isEmpty())
        return;
    const QByteArray name(point);
    if (count == 0 ? chosen == name : chosen == QByteArray(name + QByteArrayLiteral(":") + QByteArray::number(count)))
        std::abort();
}

} // namespace guichet
