#pragma once

#include <QJsonObject>
#include <QTimeZone>

namespace guichet {

struct Appointment;
struct AppointmentTransition;
struct Motif;
struct Patient;
struct Practitioner;
struct Site;
struct User;

// The JSON shapes of DESIGN.md (snake_case, `id` first-class, times in ISO 8601
// with the site's offset). Used by guichet-cli and by the change journal.
namespace Json {
QJsonObject patient(const Patient &p);
QJsonObject practitioner(const Practitioner &p);
QJsonObject motif(const Motif &m);
QJsonObject site(const Site &s);
QJsonObject appointment(const Appointment &a, const QTimeZone &zone);
QJsonObject transition(const AppointmentTransition &t, const QTimeZone &zone);
QJsonObject user(const User &u); // never the password hash
} // namespace Json

} // namespace guichet
