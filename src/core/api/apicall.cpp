#include "apicall.h"

#include "core/text/secretredaction.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    const auto defaultPort = [](const QUrl& url) {
        return url.scheme().toLower() == QLatin1String("https") ? 443 : 80;
    };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort(a)) == b.port(defaultPort(b));
}

// The errors that mean the connection broke or the bytes made no sense, rather than an HTTP status
// Qt turned into an error: with an answer's status in hand, they mean its body was cut short.
bool brokeOff(QNetworkReply::NetworkError error)
{
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied) ||
           error == QNetworkReply::ProtocolFailure;
}

// The token the request carries, for taking it out of whatever comes back.
QStringList secretsOf(const QNetworkRequest& request)
{
    const QByteArray authorization = request.rawHeader("Authorization");
    const QByteArray prefix = "Bearer ";
    if (!authorization.startsWith(prefix) || authorization.size() == prefix.size())
        return {};
    return {QString::fromUtf8(authorization.mid(prefix.size()))};
}

// A request body that can be read once only. Qt sends a request again by itself when its connection
// broke before any answer byte, after rewinding the body; a body that cannot be rewound makes it
// report QNetworkReply::ContentReSendError instead, so a deletion never leaves twice unseen.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject* parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override
    {
        return true;
    }
    bool reset() override
    {
        return false;
    }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }
    bool atEnd() const override
    {
        return m_position >= m_data.size() && QIODevice::bytesAvailable() == 0;
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_position);
        std::copy_n(m_data.constData() + m_position, count, data);
        m_position += count;
        return count;
    }
    qint64 writeData(const char*, qint64) override
    {
        return -1;
    }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace

ApiCall::ApiCall(QNetworkAccessManager* network, OutgoingRequest outgoing, std::chrono::milliseconds timeout,
                 AnswerExpectations expectations, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_outgoing(std::move(outgoing))
    , m_secrets(secretsOf(m_outgoing.request))
    , m_expectations(std::move(expectations))
{
    m_outgoing.request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                    QNetworkRequest::ManualRedirectPolicy);
    m_elapsed.start();
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ApiCall::onTimeout);
    // One deadline for the whole call, redirects included.
    m_timeout.start(timeout);
    send();
}

ApiCall::ApiCall(const ApiOutcome& refusal, QObject* parent)
    : QObject(parent)
{
    m_elapsed.start();
    QMetaObject::invokeMethod(
        this, [this, refusal] { finish(refusal); }, Qt::QueuedConnection);
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::send()
{
    m_body.clear();
    if (m_outgoing.verb == "GET") {
        m_reply = m_network->get(m_outgoing.request);
    } else {
        QNetworkRequest request = m_outgoing.request;
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_outgoing.body.size());
        // Read straight from the device rather than from a copy Qt could rewind and send again.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        if (m_upload)
            m_upload->deleteLater();
        m_upload = new OneShotBody(m_outgoing.body, this);
        m_reply = m_network->sendCustomRequest(request, m_outgoing.verb, m_upload);
    }
    m_reply->setReadBufferSize(ReadBufferBytes);
    // A request with a body starts its work in Qt's network thread only from the event loop, and a
    // read buffer size set before that is lost there: the answer is then read from the socket as fast
    // as it comes, whatever is read here (an endless chunked answer filled a gigabyte before 4 MiB
    // arrived here). Set again once the request has started, the limit reaches the network thread
    // before the first byte of the answer can. (Set later, when the request has left, it came too
    // late now and then. In force from the start, it makes Qt 6.4 take a new connection for some
    // requests when a server answers in no time at all; with any real latency it does not.)
    QMetaObject::invokeMethod(
        this,
        [reply = m_reply] {
            if (reply)
                reply->setReadBufferSize(ReadBufferBytes);
        },
        Qt::QueuedConnection);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::requestSent, this, &ApiCall::requestSent);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiCall::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
}

void ApiCall::onMetaDataChanged()
{
    // An announced length beyond the limit is not worth downloading first.
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > MaxAnswerBytes)
        abortReply(Abort::TooLarge);
}

void ApiCall::onReadyRead()
{
    m_body += m_reply->read(MaxAnswerBytes + 1 - m_body.size());
    if (m_body.size() > MaxAnswerBytes)
        abortReply(Abort::TooLarge);
}

void ApiCall::abortReply(Abort why)
{
    if (!isRunning())
        return;
    m_abort = why;
    m_reply->abort();
}

void ApiCall::cancel()
{
    abortReply(Abort::Cancelled);
}

bool ApiCall::isRunning() const
{
    return m_reply && m_reply->isRunning();
}

QJsonObject ApiCall::answerObject() const
{
    return m_answer;
}

qint64 ApiCall::elapsedMs() const
{
    return m_elapsedMs >= 0 ? m_elapsedMs : m_elapsed.elapsed();
}

void ApiCall::onTimeout()
{
    abortReply(Abort::TimedOut);
}

bool ApiCall::handleRedirect(QNetworkReply* reply, int status, std::optional<ApiOutcome>* outcome)
{
    // Only the redirects that keep method and body are followed; 301/302/303 would turn a DELETE
    // into something else and are reported as unexpected answers.
    if (status != 307 && status != 308)
        return false;
    QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (location.isEmpty())
        location = QUrl::fromEncoded(reply->rawHeader("Location"));
    if (location.isEmpty())
        return false;
    const QUrl target = m_outgoing.request.url().resolved(location);
    if (!sameOrigin(target, m_outgoing.request.url())) {
        ApiOutcome refused = AnswerClassifier::classifyTransportError(QNetworkReply::InsecureRedirectError,
                                                                      TransportFailure::Other, QString());
        refused.httpStatus = status;
        *outcome = refused;
        return false;
    }
    if (m_redirectsLeft-- <= 0) {
        ApiOutcome loop = AnswerClassifier::classifyTransportError(QNetworkReply::TooManyRedirectsError,
                                                                   TransportFailure::Other, QString());
        loop.httpStatus = status;
        *outcome = loop;
        return false;
    }
    m_outgoing.request.setUrl(target);
    send();
    return true;
}

void ApiCall::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_abort == Abort::None) {
        // What Qt still holds is at most ReadBufferBytes.
        m_body += reply->read(MaxAnswerBytes + 1 - m_body.size());
        if (m_body.size() > MaxAnswerBytes)
            m_abort = Abort::TooLarge;
    }

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid() || m_abort == Abort::TimedOut || m_abort == Abort::Cancelled) {
        const TransportFailure how = m_abort == Abort::TimedOut    ? TransportFailure::TimedOut
                                     : m_abort == Abort::Cancelled ? TransportFailure::Cancelled
                                                                   : TransportFailure::Other;
        ApiOutcome failed =
            AnswerClassifier::classifyTransportError(reply->error(), how, reply->errorString());
        failed.httpStatus = status.toInt();
        finish(failed);
        return;
    }

    const bool complete = m_abort != Abort::TooLarge && !brokeOff(reply->error());
    std::optional<ApiOutcome> outcome;
    if (complete && handleRedirect(reply, status.toInt(), &outcome))
        return;
    if (outcome) {
        finish(*outcome);
        return;
    }
    HttpAnswer answer;
    answer.status = status.toInt();
    answer.body = complete ? std::exchange(m_body, {}) : QByteArray();
    answer.bodyComplete = complete;
    answer.contentType = reply->rawHeader("Content-Type");
    answer.retryAfter = reply->rawHeader("Retry-After");
    const ApiOutcome classified = AnswerClassifier::classify(answer, m_expectations);
    if (classified.isSuccess())
        m_answer = SecretRedaction::redacted(QJsonDocument::fromJson(answer.body).object(), m_secrets);
    finish(classified);
}

void ApiCall::finish(ApiOutcome outcome)
{
    m_timeout.stop();
    m_elapsedMs = m_elapsed.elapsed();
    m_body.clear();
    outcome.serverMessage = SecretRedaction::redacted(outcome.serverMessage, m_secrets);
    outcome.detail = SecretRedaction::redacted(outcome.detail, m_secrets);
    emit finished(outcome);
    deleteLater();
}
