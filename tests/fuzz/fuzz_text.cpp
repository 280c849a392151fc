// The practice's own texts: message templates (checked, then rendered) and opening hours
// typed as "8:30-12:30, 14h-18h".
#include "core/agenda/openinghours.h"
#include "core/reminders/messagetemplates.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace guichet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QString text = fuzz::textOf(data + 1, size - 1);
    if (data[0] % 2 == 0) {
        auto ranges = OpeningHoursService::parseRanges(text);
        if (ranges)
            for (const TimeRange &r : *ranges)
                if (!(r.start < r.end))
                    fuzz::broken("an opening range that ends before it starts", text);
        return 0;
    }
    const bool sms = data[0] & 2;
    const QString channel = sms ? QStringLiteral("sms") : QStringLiteral("email");
    (void)MessageTemplates::validate(QStringLiteral("reminder"), channel, QStringLiteral("fr"), text, data[0] & 4);
    MessageValues v;
    v.patient = QStringLiteral("Marie Dupont");
    v.date = QStringLiteral("mardi 24 novembre 2026");
    v.time = QStringLiteral("14:30");
    v.practitioner = QStringLiteral("Dr Anne Martin");
    v.site = QStringLiteral("Cabinet des Lilas");
    v.address = QStringLiteral("Rue Haute 12, 1000 Bruxelles");
    v.phone = QStringLiteral("02 538 12 00");
    v.motif = QStringLiteral("Vaccination");
    v.oldDate = QStringLiteral("lundi 23 novembre 2026");
    v.oldTime = QStringLiteral("09:00");
    (void)MessageTemplates::render(text, v, sms, data[0] & 4);
    return 0;
}
