#pragma once

#include "core/base/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QJsonObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace guichet {

class TokenSource;

// One answer of the FHIR server. `status` 0 means no HTTP answer at all (network down,
// timeout, connection dropped); `json` is empty when the body was not a JSON object.
struct FhirResponse
{
    int status = 0;
    QJsonObject json;
    QString version; // from ETag W/"..." or meta.versionId
    QString error; // for the log: what went wrong, never a secret
    bool malformed = false; // a body was expected and was not JSON
    bool signInNeeded = false; // 401 even with a renewed token: the desk must sign in again

    bool ok() const { return status >= 200 && status < 300 && !malformed; }
    // Nothing to do but wait and try again: no answer, or no valid sign-in (nothing is
    // refused or parked for it).
    bool networkFailure() const { return status == 0 || signInNeeded; }
    bool serverFailure() const { return status == 0 || status >= 500 || status == 429 || malformed; }
};

// The server's address: `https`, or `http` to this computer only (the test peer).
class ServerAddress final
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)
public:
    static Result<QUrl> parse(const QString &text);
};

// A small blocking FHIR R4 JSON client over QNetworkAccessManager: each call waits for its
// answer in a local event loop, with a timeout. Used from the sync worker's thread and
// from guichet-cli. The bearer token is sent in a header and never logged; after a 401 the
// token source is asked for a new one and the request is sent once more.
class FhirClient final
{
public:
    FhirClient(QUrl base, QByteArray token, QNetworkAccessManager *network = nullptr);
    FhirClient(QUrl base, std::shared_ptr<TokenSource> tokens, QNetworkAccessManager *network = nullptr);
    ~FhirClient();
    FhirClient(const FhirClient &) = delete;
    FhirClient &operator=(const FhirClient &) = delete;

    QUrl base() const { return m_base; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // The whole exchange ends by then: requests after it are not sent, one under way is cut at
    // it; each fails as "the central agenda answers too slowly" (nothing lost, tried again).
    void setDeadline(const QDeadlineTimer &deadline) { m_deadline = deadline; }
    // The desk stops this link (a new address, quitting): what is under way is aborted and
    // nothing more is sent, so the thread waiting on an answer returns at once.
    void cancel();
    bool cancelled() const { return m_cancelled; }
    // The largest answer read: one that grows past it is cut as it streams, never kept whole.
    // A Binary (a document) may reach DefaultMaxAnswerBytes, any other answer (records)
    // MaxRecordsAnswerBytes; setMaxAnswerBytes() lowers both.
    static constexpr qint64 DefaultMaxAnswerBytes = 96LL * 1024 * 1024; // a 50 MB document in base64, with room
    static constexpr qint64 MaxRecordsAnswerBytes = 64LL * 1024 * 1024;
    // How far Qt's network thread reads ahead of this client (per answer).
    static constexpr qint64 ReadAheadBytes = 4LL * 1024 * 1024;
    void setMaxAnswerBytes(qint64 bytes) { m_maxAnswerBytes = bytes; }

    // `pathAndQuery` relative to the base ("Patient?_count=10"), or an absolute URL on the
    // same server (a `next` link).
    FhirResponse get(const QString &pathAndQuery);
    // A GET sent now and read later with collect(): the next page on its way while this one
    // is applied. Abandon one with abandon().
    QNetworkReply *prefetch(const QString &pathAndQuery);
    FhirResponse collect(QNetworkReply *reply);
    void abandon(QNetworkReply *reply);
    FhirResponse create(const QString &type, const QJsonObject &resource, const QString &ifNoneExist);
    FhirResponse update(const QString &type, const QString &id, const QJsonObject &resource, const QString &ifMatch);
    FhirResponse remove(const QString &type, const QString &id);

    // Requests made, for the benchmark and the tests.
    int requestCount() const { return m_requests; }
    // A request met 401 and no new token could be had: the desk must sign in again.
    bool signInNeeded() const { return m_signInNeeded; }
    // The sentence for an answer that redirects to another origin (scheme, host, port), which the
    // client never follows with its credentials; empty for any other answer.
    static QString crossOriginRedirect(QNetworkReply *reply);
    // Reads `reply` as it streams until it finishes, grows past `limit` (then aborted,
    // `tooLarge`, nothing kept) or `waitMs` pass (then aborted, `cut`). Shared with the sign-in.
    struct BoundedAnswer
    {
        QByteArray data;
        bool tooLarge = false;
        bool cut = false;
    };
    static BoundedAnswer readBounded(QNetworkReply *reply, qint64 limit, qint64 waitMs);
    enum class Waited { Finished, RequestTimeout, ExchangeDeadline };

private:
    FhirResponse send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                      const QList<std::pair<QByteArray, QByteArray>> &headers);
    FhirResponse collectOnce(QNetworkReply *reply);
    qint64 answerLimit(const QUrl &url) const;
    FhirResponse unauthorized(const QString &why);
    // Null when the URL is on another server (`refused` then says why).
    QNetworkReply *start(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                         const QList<std::pair<QByteArray, QByteArray>> &headers, FhirResponse &refused);
    QUrl resolve(const QString &pathAndQuery) const;

    QUrl m_base;
    std::shared_ptr<TokenSource> m_tokens;
    QNetworkAccessManager *m_network;
    struct Sent
    {
        QByteArray verb;
        QByteArray body;
        QByteArray token;
    };
    QHash<QNetworkReply *, Sent> m_sent; // what each reply answers, to send it again after a 401
    bool m_signInNeeded = false;
    bool m_ownsNetwork = false;
    int m_timeoutMs = 30000;
    QDeadlineTimer m_deadline = QDeadlineTimer(QDeadlineTimer::Forever);
    bool m_cancelled = false;
    QNetworkReply *m_waitingOn = nullptr; // the answer this thread is waiting for, if any
    qint64 m_maxAnswerBytes = DefaultMaxAnswerBytes;
    int m_requests = 0;
    int m_answers = 0;
};

} // namespace guichet
