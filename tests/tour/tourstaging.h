#pragma once

#include "core/base/result.h"

#include <QString>

namespace guichet {

class Database;
class Session;

// What the screenshot tour (ui/shell/screenshottour) shows beyond the demo clinic, written in
// core so that ui/ holds no SQL. Each staging is meant to run inside a transaction that the
// tour rolls back: the database it runs on is left as it was.
class TourStaging final
{
public:
    // The patient with the most no-shows (empty when nobody has one).
    static Result<QString> patientWithMostNoShows(const Database &db);
    // A conflict on an appointment's note (the desk's against the central agenda's) for one of
    // the booked appointments of the coming week; false when there is none.
    static Result<bool> stageNoteConflict(const Session &session);
    // Two bookings of the coming week as if made online against the rules (a phone-only reason,
    // a patient blocked online), judged as the sync judges them: items to check on the Sync page.
    static Result<int> stageReviewItems(const Session &session);
    // A phone booking ten days ahead for a patient reachable by e-mail and SMS, its confirmation
    // marked sent: the appointment's id, empty when no slot or no such patient was found.
    static Result<QString> stageBookingWithMessages(const Session &session);
};

} // namespace guichet
