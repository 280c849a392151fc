#pragma once

#include "core/base/result.h"

#include <QCoreApplication>

namespace guichet {

enum class PhoneKind { Mobile, Landline, Other };

struct PhoneInfo
{
    QString e164; // +33612345678
    QString national; // 06 12 34 56 78
    QString international; // +33 6 12 34 56 78
    QString region; // FR, BE, ...
    PhoneKind kind = PhoneKind::Other;

    bool isMobile() const { return kind == PhoneKind::Mobile; }
};

QString phoneKindCode(PhoneKind kind); // "mobile", "landline", "other"

// Phone numbers through libphonenumber. A number without a country prefix is
// read as a number of `defaultRegion` (the practice's country).
class Phone final
{
    Q_DECLARE_TR_FUNCTIONS(Phone)
public:
    enum class Formats { All, E164Only };
    // E164Only leaves `national` and `international` empty: their formatting is most of the
    // cost, and storing or checking a number needs neither (a million-row import).
    static Result<PhoneInfo> parse(const QString &text, const QString &defaultRegion = QStringLiteral("FR"),
                                   Formats formats = Formats::All);
    // A stored number as a person reads and dials it in `region`: its national form there
    // ("02 538 12 00"), the international one for another country's ("+33 6 12 34 56 78");
    // the text as it is when it is not a number.
    static QString display(const QString &e164, const QString &region);

private:
    static Result<PhoneInfo> parseUncached(const QString &text, const QString &defaultRegion, Formats formats);
};

} // namespace guichet
