// NISS, NIR, phone numbers and e-mail addresses as a person types them, and the Belgian eID's
// files as a card (or a broken one) gives them. Beyond not crashing: what is accepted is
// accepted again in the form Guichet writes it, unchanged; a card accepted has a valid NISS.
#include "core/domain/email.h"
#include "core/domain/nir.h"
#include "core/domain/niss.h"
#include "core/domain/phone.h"
#include "core/eid/eidcard.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QDate>

using namespace guichet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QString text = fuzz::textOf(data + 1, size - 1);
    if (data[0] >= 0xF0) {
        // The identity and address files, cut where the input says.
        const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
        const qsizetype cut = bytes.isEmpty() ? 0 : quint8(bytes.at(0)) % (bytes.size() + 1);
        (void)EidTlv::parse(bytes);
        (void)EidIdentity::parseBirthDate(text);
        auto card = EidIdentity::fromFiles(bytes.left(cut), bytes.mid(cut), QDate(2026, 12, 3));
        if (card && !Niss::parse(card->nationalNumber, QDate(2026, 12, 3)))
            fuzz::broken("a card accepted has an invalid national number", text);
        return 0;
    }
    switch (data[0] % 4) {
    case 0: {
        const QDate today(2026, 12, 3);
        auto niss = Niss::parse(text, today);
        if (niss) {
            auto again = Niss::parse(niss->formatted(), today);
            if (!again || again->digits != niss->digits)
                fuzz::broken("a NISS accepted is refused once formatted", text);
        }
        break;
    }
    case 1: {
        auto nir = Nir::parse(text);
        if (nir) {
            auto again = Nir::parse(nir->formatted());
            if (!again || again->value != nir->value)
                fuzz::broken("a NIR accepted is refused once formatted", text);
        }
        break;
    }
    case 2: {
        const QString region = (data[0] & 4) ? QStringLiteral("BE") : QStringLiteral("FR");
        auto phone = Phone::parse(text, region);
        if (phone) {
            auto again = Phone::parse(phone->e164, region);
            if (!again || again->e164 != phone->e164)
                fuzz::broken("a phone number accepted is refused in E.164", text);
        }
        break;
    }
    default: {
        auto email = Email::normalize(text);
        if (email) {
            auto again = Email::normalize(*email);
            if (!again || *again != *email)
                fuzz::broken("an e-mail address accepted changes when read again", text);
        }
        break;
    }
    }
    return 0;
}
