// Files given to Guichet and files it writes: a patient CSV imported into a real database
// (every row kept or refused with a reason, never a crash), and the iCalendar export of
// appointments whose patient names and visit reasons are fuzzed, read back with libical
// (every event found again, its summary unchanged).
#include "core/access/session.h"
#include "core/agenda/icsexport.h"
#include "core/base/clock.h"
#include "core/base/uuid.h"
#include "core/identity/patientcsv.h"
#include "core/store/appointmentrepository.h"
#include "core/store/database.h"
#include "core/store/patientrepository.h"
#include "core/store/practicerepository.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <libical/ical.h>
#include <memory>

using namespace guichet;

namespace {

struct Home
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    FixedClock clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::utc())};
    QString practitionerId;
    QString motifId;
    QString siteId;
    int uses = 0;

    Session session() const
    {
        User user;
        user.id = QStringLiteral("00000000-0000-4000-8000-00000000f022");
        user.login = QStringLiteral("fuzz");
        user.displayName = QStringLiteral("Fuzz");
        user.role = Role::Administrator;
        return Session(*db, clock, user);
    }
};

// Left to the end of the process (no destructor after Qt's own globals are gone).
Home *g_home = nullptr;

// A fresh database now and then: imports make it grow.
Home &home()
{
    if (!g_home || ++g_home->uses > 500) {
        delete std::exchange(g_home, nullptr);
        auto h = std::make_unique<Home>();
        auto db = Database::open(h->dir.filePath(QStringLiteral("fuzz.db")));
        if (!db)
            fuzz::broken("the database did not open", db.error().message);
        h->db = std::move(db).value();
        PracticeRepository practice(*h->db);
        Site site;
        site.id = newUuid();
        site.name = QStringLiteral("Cabinet");
        site.timeZone = QStringLiteral("Europe/Brussels");
        site.country = QStringLiteral("BE");
        Practitioner p;
        p.id = newUuid();
        p.firstName = QStringLiteral("Anne");
        p.lastName = QStringLiteral("Lambert");
        p.specialty = QStringLiteral("general-practice");
        p.siteId = site.id;
        if (!practice.insertSite(site) || !practice.insertPractitioner(p))
            fuzz::broken("the practice could not be written");
        h->siteId = site.id;
        h->practitionerId = p.id;
        g_home = h.release();
    }
    return *g_home;
}

// Names and labels as the identity checks let them in: no control characters.
QString printable(QString text)
{
    text.removeIf([](QChar c) { return c.category() == QChar::Other_Control || c.isNull(); });
    return text.left(200);
}

void importCsv(const QByteArray &bytes)
{
    Home &h = home();
    const QString path = h.dir.filePath(QStringLiteral("patients.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        fuzz::broken("the CSV file could not be written");
    file.close();
    auto report = PatientCsv::import(h.session(), path, false);
    (void)report;
    (void)PatientCsv::splitLine(QString::fromUtf8(bytes));
}

void exportIcs(const QString &text)
{
    Home &h = home();
    // Names and labels are kept trimmed by the forms that write them.
    const QString name = printable(text.section(QLatin1Char('|'), 0, 0)).trimmed();
    const QString label = printable(text.section(QLatin1Char('|'), 1)).trimmed();
    Patient patient;
    patient.id = newUuid();
    patient.birthName = name.isEmpty() ? QStringLiteral("X") : name;
    patient.firstNames = QStringLiteral("Marie");
    patient.usedFirstName = QStringLiteral("Marie");
    if (!PatientRepository(*h.db).insert(patient))
        fuzz::broken("the patient could not be written");
    Motif motif;
    motif.id = newUuid();
    motif.practitionerId = h.practitionerId;
    motif.label = label;
    motif.durationMinutes = 15;
    if (!PracticeRepository(*h.db).insertMotif(motif))
        fuzz::broken("the visit reason could not be written");
    Appointment a;
    a.id = newUuid();
    a.practitionerId = h.practitionerId;
    a.patientId = patient.id;
    a.motifId = motif.id;
    a.siteId = h.siteId;
    // One day each: the export finds exactly this one.
    const QDate day = QDate(2027, 1, 1).addDays(h.uses);
    a.start = QDateTime(day, QTime(9, 0), QTimeZone::utc());
    a.end = a.start.addSecs(900);
    a.createdAt = a.start;
    if (!AppointmentRepository(*h.db).insert(a))
        fuzz::broken("the appointment could not be written");
    const QString path = h.dir.filePath(QStringLiteral("agenda.ics"));
    QFile::remove(path);
    auto written = IcsExport::write(h.session(), h.practitionerId, day, day, path);
    if (!written || *written != 1)
        fuzz::broken("the export did not write the appointment", written ? QString() : written.error().message);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fuzz::broken("the export cannot be read");
    const QByteArray ics = file.readAll();
    icalcomponent *calendar = icalparser_parse_string(ics.constData());
    if (!calendar)
        fuzz::broken("the export is not iCalendar", name + u'|' + label);
    icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
    const char *summary = event ? icalcomponent_get_summary(event) : nullptr;
    const QString read = summary ? QString::fromUtf8(summary) : QString();
    icalcomponent_free(calendar);
    if (!read.startsWith(patient.birthName.toUpper().left(1)) || (!label.isEmpty() && !read.endsWith(label)))
        fuzz::broken("the summary read back differs", read + QStringLiteral(" / ") + name + u'|' + label);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // Qt SQL finds its driver through the application
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    if (data[0] % 2 == 0)
        importCsv(fuzz::bytesOf(data + 1, size - 1));
    else
        exportIcs(fuzz::textOf(data + 1, size - 1));
    return 0;
}
