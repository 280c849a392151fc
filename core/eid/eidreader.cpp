#include "core/eid/eidreader.h"

#ifdef _WIN32
#include <winscard.h>
#define GUICHET_SCARD(name) name##A
#else
#include <PCSC/winscard.h>
#include <PCSC/wintypes.h>
#define GUICHET_SCARD(name) name
#endif

#include <QElapsedTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

Error pcscError(LONG code)
{
    switch (code) {
    case LONG(SCARD_E_NO_SERVICE):
    case LONG(SCARD_E_SERVICE_STOPPED):
        return Error::io(EidReader::tr("The smart card service is not running (pcscd on Linux): ask IT to start it."),
                         u"eid.service"_s);
    case LONG(SCARD_E_NO_READERS_AVAILABLE):
    case LONG(SCARD_E_UNKNOWN_READER):
    case LONG(SCARD_E_READER_UNAVAILABLE):
        return Error::notFound(EidReader::tr("No card reader is connected: plug in the eID reader and try again."));
    case LONG(SCARD_E_NO_SMARTCARD):
    case LONG(SCARD_W_REMOVED_CARD):
        return Error::notFound(EidReader::tr("There is no card in the reader: insert the eID card, chip first."));
    case LONG(SCARD_W_UNRESPONSIVE_CARD):
    case LONG(SCARD_W_UNPOWERED_CARD):
        return Error::io(EidReader::tr("The card does not answer: check that it is inserted chip first, then try "
                                       "again."),
                         u"eid.card"_s);
    default:
        return Error::io(
            EidReader::tr("The card reader failed (PC/SC error 0x%1).").arg(quint32(code), 8, 16, QLatin1Char('0')),
            u"eid.reader"_s);
    }
}

Error pulledOut()
{
    return Error::io(EidReader::tr("The card was taken out while it was read: nothing was kept. Insert it again and "
                                   "try again."),
                     u"eid.removed"_s);
}

struct Context
{
    SCARDCONTEXT handle = 0;
    ~Context()
    {
        if (handle)
            SCardReleaseContext(handle);
    }
};

struct Card
{
    SCARDCONTEXT context = 0;
    QByteArray reader;
    SCARDHANDLE handle = 0;
    DWORD protocol = 0;
    bool inTransaction = false;
    ~Card()
    {
        if (inTransaction)
            SCardEndTransaction(handle, SCARD_LEAVE_CARD);
        if (handle)
            SCardDisconnect(handle, SCARD_LEAVE_CARD);
    }
};

struct Answer
{
    QByteArray data;
    quint16 status = 0;
};

Result<Answer> transmit(const Card &card, const QByteArray &apdu)
{
    unsigned char buffer[258 + 2];
    DWORD length = sizeof buffer;
    const SCARD_IO_REQUEST *pci = card.protocol == SCARD_PROTOCOL_T1 ? SCARD_PCI_T1 : SCARD_PCI_T0;
    const LONG rc = SCardTransmit(card.handle, pci, reinterpret_cast<const unsigned char *>(apdu.constData()),
                                  DWORD(apdu.size()), nullptr, buffer, &length);
    if (rc == LONG(SCARD_W_REMOVED_CARD) || rc == LONG(SCARD_E_NO_SMARTCARD) || rc == LONG(SCARD_W_RESET_CARD))
        return pulledOut();
    if (rc != LONG(SCARD_S_SUCCESS))
        return pcscError(rc);
    if (length < 2) {
        // No status word: the card went away during the exchange (vpcd, some readers), or
        // answered wrongly.
        // The reader says within a second whether the card is still there.
        GUICHET_SCARD(SCARD_READERSTATE) state{};
        state.szReader = card.reader.constData();
        state.dwCurrentState = SCARD_STATE_PRESENT;
        const LONG change = GUICHET_SCARD(SCardGetStatusChange)(card.context, 1000, &state, 1);
        if (change != LONG(SCARD_E_TIMEOUT)
            && (change != LONG(SCARD_S_SUCCESS) || !(state.dwEventState & SCARD_STATE_PRESENT)))
            return pulledOut();
        return Error::io(EidReader::tr("The card gave an answer too short to be read."), u"eid.card"_s);
    }
    Answer a;
    a.data = QByteArray(reinterpret_cast<const char *>(buffer), qsizetype(length) - 2);
    a.status = quint16(buffer[length - 2] << 8 | buffer[length - 1]);
    return a;
}

// SELECT by path from the master file, then READ BINARY to the end.
Result<QByteArray> readFile(const Card &card, quint16 file)
{
    const QByteArray select = QByteArray::fromHex("00A4080C063F00DF01") + char(file >> 8) + char(file & 0xFF);
    auto selected = transmit(card, select);
    if (!selected)
        return selected.error();
    if (selected->status != 0x9000)
        return Error::invalid(EidReader::tr("The card in the reader is not a Belgian eID (or its identity file "
                                            "cannot be opened)."),
                              u"eid.notEid"_s);
    QByteArray content;
    int expected = 0; // 0: as much as the card gives (256)
    while (content.size() < EidTlv::MaxFileSize) {
        QByteArray read = QByteArray::fromHex("00B0");
        read += char(content.size() >> 8);
        read += char(content.size() & 0xFF);
        read += char(expected);
        auto answer = transmit(card, read);
        if (!answer)
            return answer.error();
        const quint16 sw = answer->status;
        if ((sw & 0xFF00) == 0x6C00) { // wrong length: the card says how much is left
            if ((sw & 0xFF) == 0 || (sw & 0xFF) == expected)
                break;
            expected = sw & 0xFF;
            continue;
        }
        if (sw == 0x6B00 || sw == 0x6282) { // past the end, or the end reached
            content += answer->data;
            break;
        }
        if (sw != 0x9000)
            return Error::io(EidReader::tr("The card refused to give its data (status %1).").arg(sw, 4, 16),
                             u"eid.card"_s);
        content += answer->data;
        const int asked = expected == 0 ? 256 : expected;
        if (answer->data.size() < asked)
            break;
        expected = 0;
    }
    return content;
}

} // namespace

Result<QStringList> EidReader::readers()
{
    Context ctx;
    LONG rc = SCardEstablishContext(SCARD_SCOPE_USER, nullptr, nullptr, &ctx.handle);
    if (rc != LONG(SCARD_S_SUCCESS))
        return pcscError(rc);
    DWORD length = 0;
    rc = GUICHET_SCARD(SCardListReaders)(ctx.handle, nullptr, nullptr, &length);
    if (rc != LONG(SCARD_S_SUCCESS))
        return pcscError(rc);
    QByteArray names(qsizetype(length), '\0');
    rc = GUICHET_SCARD(SCardListReaders)(ctx.handle, nullptr, names.data(), &length);
    if (rc != LONG(SCARD_S_SUCCESS))
        return pcscError(rc);
    QStringList out;
    for (const QByteArray &name : names.split('\0'))
        if (!name.isEmpty())
            out << QString::fromUtf8(name);
    if (out.isEmpty())
        return pcscError(LONG(SCARD_E_NO_READERS_AVAILABLE));
    return out;
}

Result<EidReader::Files> EidReader::readFiles(const QString &reader)
{
    auto names = readers();
    if (!names)
        return names.error();
    if (!reader.isEmpty() && !names->contains(reader))
        return Error::notFound(
            tr("There is no card reader named \"%1\" (connected: %2).").arg(reader.left(100), names->join(u", "_s)));
    Context ctx;
    LONG rc = SCardEstablishContext(SCARD_SCOPE_USER, nullptr, nullptr, &ctx.handle);
    if (rc != LONG(SCARD_S_SUCCESS))
        return pcscError(rc);
    Card card;
    QString chosen;
    rc = LONG(SCARD_E_NO_SMARTCARD);
    for (const QString &name : reader.isEmpty() ? *names : QStringList{reader}) {
        rc = GUICHET_SCARD(SCardConnect)(ctx.handle, name.toUtf8().constData(), SCARD_SHARE_SHARED,
                                         SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &card.handle, &card.protocol);
        if (rc == LONG(SCARD_S_SUCCESS)) {
            chosen = name;
            card.context = ctx.handle;
            card.reader = name.toUtf8();
            break;
        }
    }
    if (rc != LONG(SCARD_S_SUCCESS))
        return pcscError(rc);
    rc = SCardBeginTransaction(card.handle);
    if (rc != LONG(SCARD_S_SUCCESS))
        return rc == LONG(SCARD_W_REMOVED_CARD) ? pulledOut() : pcscError(rc);
    card.inTransaction = true;
    Files files;
    files.reader = chosen;
    auto identity = readFile(card, 0x4031);
    if (!identity)
        return identity.error();
    auto address = readFile(card, 0x4033);
    if (!address)
        return address.error();
    files.identity = *identity;
    files.address = *address;
    return files;
}

Result<bool> EidReader::waitForCard(const QString &reader, bool present, int timeoutMs)
{
    Context ctx;
    LONG rc = SCardEstablishContext(SCARD_SCOPE_USER, nullptr, nullptr, &ctx.handle);
    if (rc != LONG(SCARD_S_SUCCESS))
        return pcscError(rc);
    const QByteArray name = reader.toUtf8();
    GUICHET_SCARD(SCARD_READERSTATE) state{};
    state.szReader = name.constData();
    state.dwCurrentState = SCARD_STATE_UNAWARE;
    QElapsedTimer clock;
    clock.start();
    while (true) {
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0)
            return false;
        rc = GUICHET_SCARD(SCardGetStatusChange)(ctx.handle, DWORD(left), &state, 1);
        if (rc == LONG(SCARD_E_TIMEOUT))
            return false;
        if (rc != LONG(SCARD_S_SUCCESS))
            return pcscError(rc);
        const bool holds = (state.dwEventState & SCARD_STATE_PRESENT) && !(state.dwEventState & SCARD_STATE_MUTE);
        if (holds == present)
            return true;
        state.dwCurrentState = state.dwEventState; // wait for the next change
    }
}

Result<EidIdentity> EidReader::read(const QString &reader, const QDate &today)
{
    auto files = readFiles(reader);
    if (!files)
        return files.error();
    return EidIdentity::fromFiles(files->identity, files->address, today);
}

} // namespace guichet
