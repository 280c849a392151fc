#include "core/sync/fhirclient.h"

#include "core/base/testcrash.h"
#include "core/sync/oauth.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <cstdlib>
#include <limits>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

// GUICHET_TEST_CRASH=sync.request:N kills the process once the N-th answer has arrived and
// before anything is written locally: the worst moment, which the crash tests aim at.
void crashAfterRequestForTests(int count)
{
    crashPointForTests("sync.request", count);
}

} // namespace

Result<QUrl> ServerAddress::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    QUrl url(trimmed, QUrl::StrictMode);
    if (trimmed.isEmpty() || !url.isValid() || url.host().isEmpty())
        return Error::invalid(tr("The server address is not a web address (for example "
                                 "https://agenda.example.be/fhir)."),
                              u"server.url"_s);
    const QString scheme = url.scheme().toLower();
    const QHostAddress host(url.host());
    const bool loopback = url.host() == u"localhost"_s || (!host.isNull() && host.isLoopback());
    if (scheme != u"https"_s && !(scheme == u"http"_s && loopback))
        return Error::invalid(tr("The server address must start with https:// (plain http is only accepted "
                                 "for this computer)."),
                              u"server.https"_s);
    if (!url.userInfo().isEmpty())
        return Error::invalid(tr("The server address must not contain a user name or password: sign in "
                                 "with a token instead."),
                              u"server.url"_s);
    if (url.hasQuery() || url.hasFragment())
        return Error::invalid(tr("The server address must not contain '?' or '#'."), u"server.url"_s);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u'/');
    return url;
}

FhirClient::FhirClient(QUrl base, QByteArray token, QNetworkAccessManager *network)
    : FhirClient(std::move(base), std::make_shared<StaticToken>(std::move(token)), network)
{}

FhirClient::FhirClient(QUrl base, std::shared_ptr<TokenSource> tokens, QNetworkAccessManager *network)
    : m_base(std::move(base))
    , m_tokens(std::move(tokens))
    , m_network(network)
{
    if (!m_base.path().endsWith(u'/'))
        m_base.setPath(m_base.path() + u'/');
    if (!m_network) {
        m_network = new QNetworkAccessManager;
        m_ownsNetwork = true;
    }
}

FhirClient::~FhirClient()
{
    const auto unread = m_sent.keys();
    for (QNetworkReply *reply : unread)
        abandon(reply);
    if (m_ownsNetwork)
        delete m_network;
}

QUrl FhirClient::resolve(const QString &pathAndQuery) const
{
    const QUrl given(pathAndQuery);
    if (given.isRelative())
        return m_base.resolved(given);
    return given;
}

FhirResponse FhirClient::get(const QString &pathAndQuery)
{
    return send("GET", resolve(pathAndQuery), {}, {});
}

FhirResponse FhirClient::create(const QString &type, const QJsonObject &resource, const QString &ifNoneExist)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!ifNoneExist.isEmpty())
        headers.append({"If-None-Exist", ifNoneExist.toUtf8()});
    return send("POST", resolve(type), QJsonDocument(resource).toJson(QJsonDocument::Compact), headers);
}

FhirResponse FhirClient::update(const QString &type, const QString &id, const QJsonObject &resource,
                                const QString &ifMatch)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!ifMatch.isEmpty())
        headers.append({"If-Match", "W/\"" + ifMatch.toUtf8() + '"'});
    const QString path = type + u'/' + QString::fromUtf8(QUrl::toPercentEncoding(id));
    return send("PUT", resolve(path), QJsonDocument(resource).toJson(QJsonDocument::Compact), headers);
}

QNetworkReply *FhirClient::prefetch(const QString &pathAndQuery)
{
    FhirResponse refused;
    QNetworkReply *reply = start("GET", resolve(pathAndQuery), {}, {}, refused);
    // Qt starts a request from the event loop: started now, it is on its way while the
    // caller works without returning to the loop (nothing else of this thread runs here).
    if (reply)
        QCoreApplication::sendPostedEvents(reply, QEvent::MetaCall);
    return reply;
}

void FhirClient::abandon(QNetworkReply *reply)
{
    if (!reply)
        return;
    m_sent.remove(reply);
    reply->abort();
    reply->deleteLater();
}

FhirResponse FhirClient::unauthorized(const QString &why)
{
    m_signInNeeded = true;
    FhirResponse response;
    response.status = 401;
    response.signInNeeded = true;
    response.error = why;
    return response;
}

void FhirClient::cancel()
{
    m_cancelled = true;
    const auto underWay = m_sent.keys();
    for (QNetworkReply *reply : underWay)
        reply->abort();
    if (m_waitingOn)
        m_waitingOn->abort();
}

FhirResponse FhirClient::remove(const QString &type, const QString &id)
{
    const QString path = type + u'/' + QString::fromUtf8(QUrl::toPercentEncoding(id));
    return send("DELETE", resolve(path), {}, {});
}

FhirResponse FhirClient::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                              const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    FhirResponse refused;
    QNetworkReply *reply = start(verb, url, body, headers, refused);
    return reply ? collect(reply) : refused;
}

QNetworkReply *FhirClient::start(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                                 const QList<std::pair<QByteArray, QByteArray>> &headers, FhirResponse &refused)
{
    ++m_requests;
    if (m_cancelled) {
        refused.error = QCoreApplication::translate("FhirClient", "the link with the central agenda was stopped");
        return nullptr;
    }
    if (m_deadline.hasExpired()) {
        refused.error = QCoreApplication::translate("FhirClient",
                                                    "the central agenda answers too slowly: this exchange stopped at "
                                                    "its time limit; nothing is lost, the next one goes on");
        return nullptr;
    }
    if (url.host() != m_base.host() || url.scheme() != m_base.scheme() || url.port() != m_base.port()) {
        refused.error = QCoreApplication::translate("FhirClient", "refused a link to another server: %1")
                            .arg(url.toString(QUrl::RemoveQuery));
        refused.malformed = true;
        return nullptr;
    }
    auto token = m_tokens->current();
    if (!token) {
        refused = token.error().code == ErrorCode::Io ? FhirResponse{} : unauthorized(token.error().message);
        refused.error = token.error().message;
        return nullptr;
    }
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/fhir+json");
    if (!body.isEmpty())
        request.setRawHeader("Content-Type", "application/fhir+json; charset=utf-8");
    if (!token->isEmpty())
        request.setRawHeader("Authorization", "Bearer " + *token);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    // The bearer token stays with its origin: a redirect to another scheme, host or port is not
    // followed (collectOnce turns it into an error naming the address).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);

    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    reply->setReadBufferSize(ReadAheadBytes);
    m_sent.insert(reply, Sent{verb, body, *token});
    return reply;
}

FhirResponse FhirClient::collect(QNetworkReply *reply)
{
    const Sent sent = m_sent.value(reply);
    const QNetworkRequest request = reply->request();
    FhirResponse response = collectOnce(reply);
    if (response.status != 401)
        return response;
    // Refused sign-in: a new token (renewed, or already renewed by another thread), once.
    auto token = m_tokens->renew(sent.token);
    if (!token) {
        if (token.error().code == ErrorCode::Io) {
            FhirResponse offline;
            offline.error = token.error().message;
            return offline;
        }
        return unauthorized(token.error().message);
    }
    QNetworkRequest again = request;
    again.setRawHeader("Authorization", "Bearer " + *token);
    ++m_requests;
    QNetworkReply *retry = m_network->sendCustomRequest(again, sent.verb, sent.body);
    retry->setReadBufferSize(ReadAheadBytes);
    m_sent.insert(retry, Sent{sent.verb, sent.body, *token});
    response = collectOnce(retry);
    if (response.status == 401)
        return unauthorized(QCoreApplication::translate("FhirClient",
                                                        "The central agenda refused this desk's "
                                                        "sign-in: sign in again (File, Central agenda)."));
    return response;
}

QString FhirClient::crossOriginRedirect(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::InsecureRedirectError && !(status >= 300 && status < 400))
        return {};
    QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (target.isEmpty())
        target = QUrl::fromEncoded(reply->rawHeader("Location"));
    target = reply->url().resolved(target);
    return QCoreApplication::translate("FhirClient",
                                       "the server sent this desk to another address (%1): it was not followed, and "
                                       "neither the sign-in nor any data was sent there")
        .arg(target.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
}

namespace {

// Waits on this thread until `reply` finishes or `ms` pass (then aborts it); whether it was cut.
bool waitAtMost(QNetworkReply *reply, qint64 ms)
{
    bool fired = false;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    deadline.setTimerType(Qt::PreciseTimer);
    QObject::connect(&deadline, &QTimer::timeout, reply, [reply, &fired] {
        fired = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    deadline.start(int(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max())));
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return fired;
}

} // namespace

FhirClient::BoundedAnswer FhirClient::readBounded(QNetworkReply *reply, qint64 limit, qint64 waitMs)
{
    // Read as it comes, at most ReadAheadBytes ahead (with a read buffer, Qt's network thread
    // stops reading the socket while it is full), and cut the moment the answer grows past its
    // limit: a huge answer never sits whole in memory, neither here nor in Qt.
    // Qt hands the size to its network thread by a signal that only reaches it once the request
    // has started, and read ahead without bound until then: set again as it starts and answers.
    const auto limitReadAhead = [reply] { reply->setReadBufferSize(ReadAheadBytes); };
    limitReadAhead();
    const auto sent = QObject::connect(reply, &QNetworkReply::requestSent, reply, limitReadAhead);
    const auto answered = QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, limitReadAhead);
    BoundedAnswer answer;
    const auto drain = [reply, limit, &answer] {
        if (answer.tooLarge)
            return;
        const qint64 available = reply->bytesAvailable();
        if (answer.data.size() + available > limit) {
            answer.tooLarge = true;
            answer.data = QByteArray();
            reply->abort();
            return;
        }
        answer.data.append(reply->read(available));
    };
    const auto watching = QObject::connect(reply, &QIODevice::readyRead, reply, drain);
    drain(); // what arrived before this call (a prefetched page)
    if (!answer.tooLarge)
        answer.cut = waitAtMost(reply, waitMs);
    QObject::disconnect(watching);
    QObject::disconnect(sent);
    QObject::disconnect(answered);
    if (!answer.tooLarge && !answer.cut)
        drain(); // the last bytes, there before finished() was seen
    return answer;
}

qint64 FhirClient::answerLimit(const QUrl &url) const
{
    // A document comes whole in one Binary; every other answer is records, far smaller.
    const bool binary = url.path().mid(m_base.path().size()).startsWith(u"Binary"_s);
    return binary ? m_maxAnswerBytes : std::min(m_maxAnswerBytes, MaxRecordsAnswerBytes);
}

FhirResponse FhirClient::collectOnce(QNetworkReply *reply)
{
    m_sent.remove(reply);
    FhirResponse response;
    // The request's own limit, or what is left of the exchange's if that comes first.
    const qint64 own = qint64(m_timeoutMs) + 1000;
    const qint64 left = m_deadline.isForever() ? own + 1 : std::max<qint64>(0, m_deadline.remainingTime());
    const qint64 limit = answerLimit(reply->url());
    m_waitingOn = reply;
    BoundedAnswer answer = readBounded(reply, limit, std::min(own, left));
    m_waitingOn = nullptr;
    const bool tooLarge = answer.tooLarge;
    const QByteArray data = std::move(answer.data);
    const Waited waited =
        !answer.cut ? Waited::Finished : (left < own ? Waited::ExchangeDeadline : Waited::RequestTimeout);
    if (tooLarge || waited != Waited::Finished) {
        // Cut short: never read as an answer, whatever its status line said.
        if (!reply->isFinished())
            reply->abort();
        if (tooLarge)
            response.error = QCoreApplication::translate("FhirClient",
                                                         "the central agenda sent an answer larger than %1 MB; it was "
                                                         "not read (nothing is lost)")
                                 .arg(limit / (1024 * 1024));
        else if (waited == Waited::ExchangeDeadline)
            response.error = QCoreApplication::translate("FhirClient",
                                                         "the central agenda answers too slowly: this exchange stopped "
                                                         "at its time limit; nothing is lost, the next one goes on");
        else
            response.error = QCoreApplication::translate("FhirClient", "no answer from the central agenda within %1 s")
                                 .arg((m_timeoutMs + 1000) / 1000);
        reply->deleteLater();
        return response;
    }

    crashAfterRequestForTests(++m_answers);
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (const QString elsewhere = FhirClient::crossOriginRedirect(reply); !elsewhere.isEmpty()) {
        // Nothing was sent there; the exchange counts as failed (nothing lost, tried again later).
        response.status = 0;
        response.error = elsewhere;
        reply->deleteLater();
        return response;
    }
    if (reply->error() != QNetworkReply::NoError && response.status == 0)
        response.error = reply->errorString();
    const QByteArray etag = reply->rawHeader("ETag");
    reply->deleteLater();
    if (response.status == 0)
        return response;
    if (!data.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            response.malformed = true;
            response.error =
                QCoreApplication::translate("FhirClient", "unreadable answer from the central agenda (HTTP %1): %2")
                    .arg(response.status)
                    .arg(parseError.errorString());
            return response;
        }
        response.json = doc.object();
    }
    QByteArray tag = etag;
    if (tag.startsWith("W/"))
        tag = tag.mid(2);
    if (tag.size() >= 2 && tag.startsWith('"') && tag.endsWith('"'))
        tag = tag.mid(1, tag.size() - 2);
    response.version = QString::fromUtf8(tag);
    if (response.version.isEmpty())
        response.version = response.json.value(u"meta"_s).toObject().value(u"versionId"_s).toString();
    if (!response.ok() && response.error.isEmpty()) {
        const auto issues = response.json.value(u"issue"_s).toArray();
        QString text = issues.isEmpty()
            ? QString()
            : issues.first().toObject().value(u"details"_s).toObject().value(u"text"_s).toString();
        response.error = QCoreApplication::translate("FhirClient", "the central agenda answered HTTP %1 %2")
                             .arg(response.status)
                             .arg(text.left(300));
    }
    return response;
}

} // namespace guichet
