#pragma once

#include "result.h"
#include "store/notificationrepository.h"

#include <optional>

namespace guichet {

class Database;

// Who a single notice about a patient goes to, and how (DESIGN.md: reminders): the patient's
// own e-mail first, a relative without one through the account holder's, then SMS the same
// way; each person's switches respected. None when nobody can be reached.
class Notices final
{
public:
    static Result<std::optional<NotificationRequest>> recipient(const Database &db, const QString &patientId);
};

} // namespace guichet
