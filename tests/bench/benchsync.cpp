// bench sync: a central agenda holding 20,000 patients and about 50,000 appointments,
// pulled into an empty database; the same pages fetched by a plain HTTP client beside it.
#include "core/base/clock.h"
#include "core/store/appointmentrepository.h"
#include "core/store/database.h"
#include "core/store/patientrepository.h"
#include "core/store/practicerepository.h"
#include "core/sync/fhirclient.h"
#include "core/sync/fhirmapping.h"
#include "core/sync/oauth.h"
#include "core/sync/syncengine.h"
#include "tests/bench/bench.h"

#include "demo/democlinic.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

// The test peer of tests/fhir-peer, started on a free port for the benchmark.
class Peer final
{
public:
    bool start(QTextStream &err)
    {
        const QString dir = qEnvironmentVariable("GUICHET_FHIR_PEER", QStringLiteral(GUICHET_PEER_DIR));
        if (!QFileInfo::exists(dir + u"/node_modules"_s)) {
            err << "the FHIR peer is not installed in " << dir << " (run npm ci there, or set GUICHET_FHIR_PEER)"
                << Qt::endl;
            return false;
        }
        m_process.setWorkingDirectory(dir);
        m_process.start(u"node"_s, {u"server.mjs"_s, u"--port"_s, u"0"_s});
        if (!m_process.waitForStarted(20000))
            return false;
        QByteArray out;
        while (!out.contains('\n') && m_process.waitForReadyRead(60000))
            out += m_process.readAllStandardOutput();
        if (!out.startsWith("listening "))
            return false;
        m_port = out.mid(10).trimmed().toInt();
        return m_port > 0;
    }
    ~Peer()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }
    QUrl base() const { return QUrl(u"http://127.0.0.1:%1/fhir/"_s.arg(m_port)); }
    // Signed in as the peer's test client (client credentials), as the tests are.
    std::shared_ptr<TokenSource> tokens(const Clock &clock, QTextStream &err)
    {
        auto endpoints = OAuth::discover(base());
        auto grant = endpoints ? OAuth::clientCredentials(*endpoints, u"guichet-tests"_s, "tests-secret", clock)
                               : Result<OAuthGrant>(endpoints.error());
        if (!grant) {
            err << "signing in to the FHIR peer failed: " << grant.error().message << Qt::endl;
            return {};
        }
        return std::make_shared<OAuthTokens>(*grant, clock);
    }

private:
    QProcess m_process;
    int m_port = 0;
};

// Loads the rows of `db` into the server in batch Bundles of 500 (setup, not measured).
bool load(const Database &db, FhirClient &client, QTextStream &err)
{
    QHash<QString, QString> serverIds; // "Type/local" -> server id
    const FhirMapping mapping(u"urn:guichet:bench-source"_s, [&](const QString &type, const QString &local) {
        return serverIds.value(type + u'/' + local);
    });
    auto send = [&](const QString &type, const QList<std::pair<QString, QJsonObject>> &resources) {
        for (qsizetype from = 0; from < resources.size(); from += 500) {
            QJsonArray entries;
            const qsizetype to = qMin(resources.size(), from + 500);
            for (qsizetype i = from; i < to; ++i)
                entries.append(QJsonObject{{u"resource"_s, FhirMapping::pruned(resources.at(i).second)},
                                           {u"request"_s, QJsonObject{{u"method"_s, u"POST"_s}, {u"url"_s, type}}}});
            const FhirResponse r = client.create(
                QString(),
                QJsonObject{{u"resourceType"_s, u"Bundle"_s}, {u"type"_s, u"batch"_s}, {u"entry"_s, entries}}, {});
            const QJsonArray answers = r.json.value(u"entry"_s).toArray();
            if (!r.ok() || answers.size() != to - from) {
                err << "loading " << type << " failed: " << r.error << Qt::endl;
                return false;
            }
            for (qsizetype i = from; i < to; ++i) {
                const QJsonObject answer = answers.at(i - from).toObject();
                QString id = answer.value(u"resource"_s).toObject().value(u"id"_s).toString();
                if (id.isEmpty())
                    id = answer.value(u"response"_s).toObject().value(u"location"_s).toString().section(u'/', 1, 1);
                serverIds.insert(type + u'/' + resources.at(i).first, id);
            }
        }
        return true;
    };
    PracticeRepository practice(db);
    QList<std::pair<QString, QJsonObject>> sites;
    for (const Site &s : practice.sites())
        sites.append({s.id, mapping.location(s)});
    if (!send(u"Location"_s, sites))
        return false;
    QList<std::pair<QString, QJsonObject>> practitioners;
    for (const Practitioner &p : practice.practitioners(false))
        practitioners.append({p.id, mapping.practitioner(p, u"BE"_s)});
    if (!send(u"Practitioner"_s, practitioners))
        return false;
    QList<std::pair<QString, QJsonObject>> roles;
    for (const Practitioner &p : practice.practitioners(false))
        roles.append({p.id, mapping.practitionerRole(p)});
    if (!send(u"PractitionerRole"_s, roles))
        return false;
    // Account holders before their relatives, who point at them.
    QList<Patient> patients = PatientRepository(db).list(std::numeric_limits<int>::max());
    std::stable_sort(patients.begin(), patients.end(),
                     [](const Patient &a, const Patient &b) { return a.holderId.isEmpty() && !b.holderId.isEmpty(); });
    QList<std::pair<QString, QJsonObject>> holders;
    QList<std::pair<QString, QJsonObject>> relatives;
    for (const Patient &p : patients)
        (p.holderId.isEmpty() ? holders : relatives).append({p.id, QJsonObject()});
    for (auto &h : holders)
        h.second = mapping.patient(*PatientRepository(db).byId(h.first));
    if (!send(u"Patient"_s, holders))
        return false;
    for (auto &r : relatives)
        r.second = mapping.patient(*PatientRepository(db).byId(r.first));
    if (!send(u"Patient"_s, relatives))
        return false;
    QHash<QString, QString> motifLabels;
    for (const Motif &m : practice.motifs())
        motifLabels.insert(m.id, m.label);
    QList<std::pair<QString, QJsonObject>> appointments;
    const QList<Appointment> all =
        *AppointmentRepository(db).inRange(QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc()),
                                           QDateTime(QDate(2100, 1, 1), QTime(0, 0), QTimeZone::utc()));
    for (const Appointment &a : all)
        appointments.append({a.id, mapping.appointment(a, motifLabels.value(a.motifId))});
    return send(u"Appointment"_s, appointments);
}

// What a plain HTTP client spends on the same pages: GET and JSON parsing, nothing applied
// (signed in as the engine is). Negative when a page is refused.
double plainFetch(const QUrl &base, int pageSize, TokenSource &tokens, qint64 &resources)
{
    QNetworkAccessManager network;
    QElapsedTimer timer;
    timer.start();
    resources = 0;
    for (const QString &type : SyncEngine::resourceTypes()) {
        for (int offset = 0;; offset += pageSize) {
            QUrlQuery query;
            query.addQueryItem(u"_sort"_s, u"_lastUpdated"_s);
            query.addQueryItem(u"_count"_s, QString::number(pageSize));
            if (offset > 0)
                query.addQueryItem(u"_offset"_s, QString::number(offset));
            QUrl url = base.resolved(QUrl(type));
            url.setQuery(query);
            QNetworkRequest request(url);
            auto token = tokens.current();
            if (!token)
                return -1;
            request.setRawHeader("Authorization", "Bearer " + *token);
            QNetworkReply *reply = network.get(request);
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
                reply->deleteLater();
                return -1;
            }
            const QJsonArray entries = QJsonDocument::fromJson(reply->readAll()).object().value(u"entry"_s).toArray();
            reply->deleteLater();
            resources += entries.size();
            if (entries.size() < pageSize)
                break;
        }
    }
    return timer.elapsed() / 1000.0;
}

} // namespace

int benchSync(const BenchOptions &options, const Clock &clock, QTextStream &out, QTextStream &err)
{
    Peer peer;
    if (!peer.start(err)) {
        err << "the FHIR peer did not start" << Qt::endl;
        return 5;
    }
    QTemporaryDir dir;
    auto source = Database::open(dir.filePath(u"source.db"_s));
    if (!source) {
        err << source.error().message << Qt::endl;
        return 5;
    }
    DemoOptions demo;
    demo.patients = int(qMin<qint64>(options.patients, 20000));
    demo.practitioners = 30;
    demo.weeks = qEnvironmentVariableIntValue("GUICHET_BENCH_SYNC_WEEKS"); // for profiling on less
    if (demo.weeks <= 0)
        demo.weeks = 17; // about 50,000 appointments
    err << "making the central agenda's data..." << Qt::endl;
    if (auto made = DemoClinic::create(**source, clock, demo); !made) {
        err << made.error().message << Qt::endl;
        return 5;
    }
    const SystemClock wallClock; // the tokens' lifetimes are real ones
    auto tokens = peer.tokens(wallClock, err);
    if (!tokens)
        return 5;
    FhirClient loader(peer.base(), tokens);
    loader.setTimeoutMs(600000);
    if (!load(**source, loader, err))
        return 5;

    const int pageSize = 1000;
    for (int run = 0; run < qMax(1, qMin(options.repetitions, 3)); ++run) {
        auto target = Database::open(dir.filePath(u"pulled-%1.db"_s.arg(run)));
        if (!target) {
            err << target.error().message << Qt::endl;
            return 5;
        }
        FhirClient client(peer.base(), tokens);
        client.setTimeoutMs(600000);
        SyncEngine engine(**target, client, clock);
        engine.setPageSize(pageSize);
        err << "pulling" << Qt::endl;
        QElapsedTimer timer;
        timer.start();
        SyncReport report;
        engine.pull(report);
        const double seconds = timer.elapsed() / 1000.0;
        if (report.offline || report.serverError || report.rejected > 0) {
            err << "the pull failed: " << report.log.join(u"; "_s) << Qt::endl;
            return 5;
        }
        qint64 fetched = 0;
        const double plain = plainFetch(peer.base(), pageSize, *tokens, fetched);
        if (plain < 0 || fetched < report.pulled) {
            err << "the plain HTTP client did not get the same pages (" << fetched << " resources)" << Qt::endl;
            return 5;
        }
        const QJsonObject figures{{u"bench"_s, u"sync.pull"_s},
                                  {u"n"_s, report.pulled},
                                  {u"seconds"_s, seconds},
                                  {u"http_seconds"_s, plain},
                                  {u"http_resources"_s, fetched},
                                  {u"page_size"_s, pageSize},
                                  {u"patients"_s, qint64(PatientRepository(**target).count())},
                                  {u"appointments"_s, qint64(AppointmentRepository(**target).count())}};
        out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    return 0;
}

} // namespace guichet
