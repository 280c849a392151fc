// booking.type: a secretary types a patient's name in the booking dialog until the free slots
// are listed, as the dialog does it (search, the patient chosen, their relatives and no-show
// warning, the next free slots of the practitioner's reason); slots.search: a specialty's next
// 50 free slots over 8 weeks in the afternoon. On the million-patient, two-million-appointment
// practice (made once and cached).
#include "core/agenda/freeslots.h"
#include "core/agenda/noshowpolicy.h"
#include "core/base/clock.h"
#include "core/domain/names.h"
#include "core/store/appointmentrepository.h"
#include "core/store/database.h"
#include "core/store/patientrepository.h"
#include "core/store/practicerepository.h"
#include "tests/bench/bench.h"

#include "demo/democlinic.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace guichet {

std::unique_ptr<Database> bookingBenchDatabase(const BenchOptions &options, const Clock &clock, QTextStream &err)
{
    DemoOptions demo;
    demo.patients = int(options.patients);
    demo.practitioners = 30;
    demo.parallelBookings = 3; // as full as agendaBenchDatabase: about 7,800 appointments a week
    demo.weeks = int(std::clamp<qint64>(options.appointments / 7800, 1, 520));
    demo.seed = 2026;
    return cachedDatabase(options, u"bench-booking-%1-%2.db"_s.arg(options.patients).arg(options.appointments), demo,
                          clock, err);
}

int benchBooking(const BenchOptions &options, const Clock &clock, QTextStream &out, QTextStream &err)
{
    auto db = bookingBenchDatabase(options, clock, err);
    if (!db)
        return 5;
    PatientRepository patients(*db);
    PracticeRepository practice(*db);
    const qint64 patientCount = patients.count();
    const qint64 appointmentCount = AppointmentRepository(*db).count();
    const QTimeZone zone = practice.displayZone();
    const QDate today = clock.now().toTimeZone(zone).date();
    const QList<Practitioner> practitioners = practice.practitioners();
    if (practitioners.isEmpty()) {
        err << "no practitioner" << Qt::endl;
        return 5;
    }
    // Names as secretaries type them: a surname's first letters, then "name first-name".
    QStringList typed;
    auto r = db->exec(u"SELECT birth_name, first_names FROM patients WHERE rowid % 4999 = 0 LIMIT 300"_s);
    while (r && r->next()) {
        const QString name = Names::fold(r->value(0).toString()).section(u' ', 0, 0);
        const QString first = Names::fold(r->value(1).toString()).section(u' ', 0, 0);
        if (name.size() >= 3)
            typed << name.left(3) << name << name + u' ' + first.left(2);
    }
    if (typed.isEmpty())
        typed << u"dup"_s;
    QRandomGenerator rng(11);
    QList<double> samples;
    qint64 slotsListed = 0;
    for (int i = 0; i < options.repetitions; ++i) {
        const QString text = typed.at(rng.bounded(int(typed.size())));
        const Practitioner &p = practitioners.at(rng.bounded(int(practitioners.size())));
        const QList<Motif> motifs = practice.motifs(p.id);
        QElapsedTimer t;
        t.start();
        const QList<Patient> hits = patients.search(text, 50);
        if (!hits.isEmpty()) {
            (void)patients.relativesOf(hits.first().id);
            (void)NoShowPolicy::deskWarning(*db, hits.first().id, p.id);
        }
        if (!motifs.isEmpty()) {
            SlotQuery query;
            query.practitionerId = p.id;
            query.motifId = motifs.first().id;
            query.from = today;
            query.to = today.addDays(7 * 12);
            query.count = 12;
            auto found = FreeSlots::search(*db, clock.now(), query);
            if (!found) {
                err << found.error().message << Qt::endl;
                return 5;
            }
            slotsListed += found->size();
        }
        samples << double(t.nsecsElapsed()) / 1e6;
    }
    Percentiles p = percentiles(samples);
    print(out,
          {{u"bench"_s, u"booking.type"_s},
           {u"patients"_s, patientCount},
           {u"appointments"_s, appointmentCount},
           {u"typed"_s, options.repetitions},
           {u"mean_slots"_s, double(slotsListed) / options.repetitions},
           {u"p50_ms"_s, p.p50},
           {u"p95_ms"_s, p.p95},
           {u"max_ms"_s, p.max},
           {u"budget_p95_ms"_s, 50}});

    // slots.search: every practitioner of a specialty, next 50 free afternoon slots over 8 weeks.
    QMap<QString, int> specialties;
    for (const Practitioner &pr : practitioners)
        ++specialties[pr.specialty];
    QStringList shared;
    for (auto it = specialties.constBegin(); it != specialties.constEnd(); ++it)
        if (it.value() > 1)
            shared << it.key();
    if (shared.isEmpty())
        shared = specialties.keys();
    samples.clear();
    slotsListed = 0;
    qint64 practitionersSearched = 0;
    for (int i = 0; i < options.repetitions; ++i) {
        const QString specialty = shared.at(rng.bounded(int(shared.size())));
        QString label;
        for (const Practitioner &pr : practitioners)
            if (pr.specialty == specialty && label.isEmpty())
                for (const Motif &m : practice.motifs(pr.id))
                    if (m.active && label.isEmpty())
                        label = m.label;
        SlotQuery query;
        query.specialty = specialty;
        query.motifId = label;
        query.from = today.addDays(rng.bounded(14));
        query.to = query.from.addDays(7 * 8);
        query.half = i % 2 ? SlotQuery::Half::Afternoon : SlotQuery::Half::Morning;
        query.count = 50;
        QElapsedTimer t;
        t.start();
        auto found = FreeSlots::search(*db, clock.now(), query);
        samples << double(t.nsecsElapsed()) / 1e6;
        if (!found) {
            err << found.error().message << Qt::endl;
            return 5;
        }
        slotsListed += found->size();
        practitionersSearched += specialties.value(specialty);
    }
    p = percentiles(samples);
    print(out,
          {{u"bench"_s, u"slots.search"_s},
           {u"appointments"_s, appointmentCount},
           {u"searches"_s, options.repetitions},
           {u"mean_practitioners"_s, double(practitionersSearched) / options.repetitions},
           {u"mean_slots"_s, double(slotsListed) / options.repetitions},
           {u"p50_ms"_s, p.p50},
           {u"p95_ms"_s, p.p95},
           {u"max_ms"_s, p.max},
           {u"budget_p95_ms"_s, 30}});
    return 0;
}

} // namespace guichet
