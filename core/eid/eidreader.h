#pragma once

#include "core/base/result.h"
#include "core/eid/eidcard.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace guichet {

// The Belgian eID read through PC/SC (pcsc-lite's pcscd on Linux, the system's PC/SC on
// Windows and macOS), no vendor middleware: the identity file (3F00/DF01/4031) and the
// address file (4033) selected by path and read with READ BINARY. A missing service or
// reader, no card, a card pulled out while read, a card that is not an eID: each a clear
// message, and nothing read is kept.
class EidReader final
{
    Q_DECLARE_TR_FUNCTIONS(EidReader)
public:
    static Result<QStringList> readers();
    struct Files
    {
        QString reader;
        QByteArray identity;
        QByteArray address;
    };
    // `reader` empty: the first reader holding a card.
    static Result<Files> readFiles(const QString &reader = {});
    static Result<EidIdentity> read(const QString &reader, const QDate &today);
    // Waits (on PC/SC's change notifications) until `reader` holds a card, or holds none;
    // false when `timeoutMs` passed first.
    static Result<bool> waitForCard(const QString &reader, bool present, int timeoutMs);
};

} // namespace guichet
