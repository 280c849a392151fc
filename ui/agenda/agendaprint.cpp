#include "ui/agenda/agendaprint.h"

#include "core/access/directory.h"
#include "core/access/session.h"
#include "core/agenda/appointmentdetails.h"
#include "core/agenda/daylist.h"
#include "core/domain/phone.h"

#include <QFontMetrics>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QRect pageArea(QPagedPaintDevice *device)
{
    const QRect page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    return QRect(0, 0, page.width(), page.height());
}

} // namespace

bool AgendaPrint::schedule(QPagedPaintDevice *device, const Session &session, const QStringList &practitionerIds,
                           const QDate &from, int days)
{
    PracticeDirectory practice(session);
    const QTimeZone zone = practice.displayZone();
    const QString country = practice.country();
    QList<Practitioner> who;
    for (const QString &id : practitionerIds) {
        auto p = practice.practitioner(id);
        if (!p)
            return false;
        who << *p;
    }
    if (who.isEmpty() || days < 1 || days > 31 || !from.isValid())
        return false;
    PatientDirectory patients(session);
    QPainter p;
    if (!p.begin(device))
        return false;
    const QRect area = pageArea(device);
    QFont body(u"DejaVu Sans"_s, 9);
    QFont title(u"DejaVu Sans"_s, 13);
    title.setBold(true);
    QFont bold = body;
    bold.setBold(true);
    QFont small(u"DejaVu Sans"_s, 8);
    small.setItalic(true);
    const QFontMetrics bodyMetrics(body, device);
    const int line = bodyMetrics.height() * 3 / 2;
    const int titleHeight = QFontMetrics(title, device).height() * 3 / 2;
    // Time, patient, born, phone, reason, status: what the practitioner needs on paper.
    const QList<double> widths = {0.11, 0.30, 0.11, 0.15, 0.22, 0.11};
    const QStringList headers = {tr("Time"), tr("Patient"), tr("Born"), tr("Phone"), tr("Visit reason"), tr("Status")};
    int pageNumber = 1;
    int y = 0;
    bool firstSection = true;
    auto newPage = [&] {
        device->newPage();
        ++pageNumber;
        y = 0;
    };
    auto columnHeaders = [&] {
        p.setFont(bold);
        double x = 0;
        for (int c = 0; c < headers.size(); ++c) {
            p.drawText(QRectF(x, y, widths.at(c) * area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                       headers.at(c));
            x += widths.at(c) * area.width();
        }
        y += line;
        p.drawLine(0, y, area.width(), y);
        p.setFont(body);
    };
    for (const Practitioner &practitioner : std::as_const(who)) {
        bool printed = false;
        for (int d = 0; d < days; ++d) {
            const QDate day = from.addDays(d);
            auto loaded = DayList::load(session, day, zone, {practitioner.id});
            if (!loaded)
                return false;
            QList<DayListEntry> rows = *loaded;
            rows.removeIf(
                [](const DayListEntry &e) { return !AppointmentStatuses::occupiesSlot(e.appointment.status); });
            // A week prints the days with appointments (a practitioner without any, once); a
            // single day prints even when empty.
            if (rows.isEmpty() && days > 1 && (printed || d + 1 < days))
                continue;
            const bool noneThisWeek = rows.isEmpty() && days > 1;
            printed = true;
            const int needed = titleHeight + 3 * line;
            if (!firstSection && y + needed > area.height())
                newPage();
            else if (!firstSection)
                y += line;
            firstSection = false;
            const QString heading = practitioner.displayName() + u" — "_s
                + (noneThisWeek
                       ? tr("%1 to %2")
                             .arg(QLocale().toString(from, u"d MMMM"_s), QLocale().toString(day, u"d MMMM yyyy"_s))
                       : QLocale().toString(day, u"dddd d MMMM yyyy"_s));
            // The practitioner and the day head every page of their list, "(suite)" after the first.
            const auto sectionTitle = [&](bool continued) {
                p.setFont(title);
                p.drawText(QRect(0, y, area.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                           continued ? tr("%1 (continued)").arg(heading) : heading);
                p.setFont(body);
                p.drawText(QRect(0, y, area.width(), titleHeight), Qt::AlignRight | Qt::AlignVCenter,
                           tr("page %1").arg(pageNumber));
                y += titleHeight;
            };
            const auto continueOnNewPage = [&] {
                newPage();
                sectionTitle(true);
                columnHeaders();
            };
            sectionTitle(false);
            columnHeaders();
            if (rows.isEmpty()) {
                p.drawText(QRect(0, y, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                           noneThisWeek ? tr("No appointment these days.") : tr("No appointment this day."));
                y += line;
            }
            for (const DayListEntry &e : std::as_const(rows)) {
                const Appointment &a = e.appointment;
                auto patient = patients.byId(a.patientId);
                QString note;
                if (e.hasNote)
                    if (auto full = AppointmentDirectory(session).byId(a.id))
                        note = full->note;
                const int height = note.isEmpty() ? line : 2 * line;
                if (y + height > area.height())
                    continueOnNewPage();
                QString phone;
                if (patient)
                    phone = Phone::display(patient->mobilePhone.isEmpty() ? patient->otherPhone : patient->mobilePhone,
                                           country);
                const QStringList cells = {
                    a.start.toTimeZone(zone).toString(u"HH:mm"_s) + u"–"_s
                        + a.end.toTimeZone(zone).toString(u"HH:mm"_s),
                    BookingChannels::mark(a.channel) + e.patientName(),
                    patient ? PartialDates::display(patient->birth()) : QString(),
                    phone,
                    e.video ? e.motifLabel + u" · "_s + tr("video") : e.motifLabel,
                    AppointmentStatuses::label(a.status),
                };
                double x = 0;
                for (int c = 0; c < cells.size(); ++c) {
                    const double w = widths.at(c) * area.width();
                    p.drawText(QRectF(x, y, w - 8, line), Qt::AlignLeft | Qt::AlignVCenter,
                               bodyMetrics.elidedText(cells.at(c), Qt::ElideRight, int(w - 8)));
                    x += w;
                }
                y += line;
                if (!note.isEmpty()) {
                    p.setFont(small);
                    const double left = widths.at(0) * area.width();
                    p.drawText(QRectF(left, y - line / 4, area.width() - left, line), Qt::AlignLeft | Qt::AlignTop,
                               QFontMetrics(small, device)
                                   .elidedText(tr("Note: %1").arg(note.simplified()), Qt::ElideRight,
                                               int(area.width() - left)));
                    p.setFont(body);
                    y += line * 3 / 4;
                }
            }
            if (y + line > area.height())
                continueOnNewPage();
            p.drawText(QRect(0, y, area.width(), line), Qt::AlignRight | Qt::AlignVCenter,
                       tr("%n appointment(s)", nullptr, int(rows.size())));
            y += line;
        }
    }
    if (firstSection) {
        p.setFont(title);
        p.drawText(QRect(0, 0, area.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("No appointment from %1 to %2.")
                       .arg(QLocale().toString(from, u"d MMMM"_s),
                            QLocale().toString(from.addDays(days - 1), u"d MMMM yyyy"_s)));
    }
    return p.end();
}

bool AgendaPrint::slip(QPagedPaintDevice *device, const Session &session, const AppointmentDetails &d,
                       const QDate &printedOn)
{
    PracticeDirectory practice(session);
    const QTimeZone zone = practice.displayZone();
    const QString country = practice.country();
    QPainter p;
    if (!p.begin(device))
        return false;
    const QRect area = pageArea(device);
    // The slip takes the top half of the page: cut along the line.
    const int width = area.width();
    const int margin = width / 20;
    QFont body(u"DejaVu Sans"_s, 11);
    QFont big(u"DejaVu Sans"_s, 16);
    big.setBold(true);
    QFont head(u"DejaVu Sans"_s, 13);
    head.setBold(true);
    QFont small(u"DejaVu Sans"_s, 9);
    int y = margin;
    auto text = [&](const QFont &font, const QString &s, int flags = Qt::AlignLeft | Qt::TextWordWrap) {
        p.setFont(font);
        const QRect box = p.boundingRect(QRect(margin, y, width - 2 * margin, area.height()), flags, s);
        p.drawText(box, flags, s);
        y = box.bottom() + QFontMetrics(font, device).height() / 3;
    };
    if (d.site) {
        text(head, d.site->name);
        QStringList where{d.site->fullAddress()};
        if (!d.site->phone.isEmpty())
            where << tr("Phone: %1").arg(Phone::display(d.site->phone, country));
        text(body, where.join(u"\n"_s));
    }
    y += margin / 2;
    p.setPen(QPen(QColor(u"#1f5fa8"_s), 2));
    p.drawLine(margin, y, width - margin, y);
    p.setPen(Qt::black);
    y += margin / 2;
    text(body, tr("Appointment for %1").arg(d.patient.displayName()));
    const QDateTime start = d.appointment.start.toTimeZone(zone);
    text(
        big,
        tr("%1 at %2").arg(QLocale().toString(start.date(), u"dddd d MMMM yyyy"_s), start.time().toString(u"HH:mm"_s)));
    QString with = d.practitioner ? d.practitioner->displayName() : QString();
    if (d.video())
        with += u" — "_s + tr("video consultation: the link comes by e-mail");
    text(body, tr("With %1").arg(with));
    if (d.site && !d.site->accessInfo.isEmpty())
        text(body, tr("Getting there: %1").arg(d.site->accessInfo));
    if (d.motif && !d.motif->instructions.isEmpty())
        text(body, tr("Before you come: %1").arg(d.motif->instructions));
    y += margin / 3;
    const int hours = d.practitioner ? d.practitioner->onlineCancelDeadlineHours : 4;
    const QString phone = d.site ? Phone::display(d.site->phone, country) : QString();
    text(body,
         tr("Cannot come? Please cancel at least %n hour(s) before, so that the slot goes to another patient: "
            "call %1 or use your patient area.",
            nullptr, hours)
             .arg(phone));
    text(small, tr("Printed on %1").arg(QLocale().toString(printedOn, u"d MMMM yyyy"_s)));
    y += margin / 2;
    p.setPen(QPen(QColor(u"#9aa3ad"_s), 1, Qt::DashLine));
    p.drawLine(0, y, width, y);
    return p.end();
}

} // namespace guichet
