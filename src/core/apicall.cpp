#include "apicall.h"

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

} // namespace

ApiCall::ApiCall(QNetworkAccessManager* network, OutgoingRequest outgoing, std::chrono::milliseconds timeout,
                 QStringList successStatuses, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_outgoing(std::move(outgoing))
    , m_successStatuses(std::move(successStatuses))
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
    if (m_outgoing.verb == "GET")
        m_reply = m_network->get(m_outgoing.request);
    else if (m_outgoing.verb == "POST")
        m_reply = m_network->post(m_outgoing.request, m_outgoing.body);
    else
        m_reply = m_network->sendCustomRequest(m_outgoing.request, m_outgoing.verb, m_outgoing.body);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::requestSent, this, &ApiCall::requestSent);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > MaxAnswerBytes && isRunning()) {
            m_abortReason = TransportFailure::AnswerTooLarge;
            m_reply->abort();
        }
    });
}

void ApiCall::cancel()
{
    if (!isRunning())
        return;
    m_abortReason = TransportFailure::Cancelled;
    m_reply->abort();
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
    if (!isRunning())
        return;
    m_abortReason = TransportFailure::TimedOut;
    m_reply->abort();
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

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // Loopback can deliver a huge answer in one piece, before downloadProgress could stop it.
    if (reply->bytesAvailable() > MaxAnswerBytes)
        m_abortReason = TransportFailure::AnswerTooLarge;
    const bool aborted = m_abortReason != TransportFailure::Other;

    std::optional<ApiOutcome> outcome;
    if (status.isValid() && !aborted && reply->error() == QNetworkReply::NoError &&
        handleRedirect(reply, status.toInt(), &outcome))
        return;
    if (outcome) {
        finish(*outcome);
        return;
    }
    if (status.isValid() && !aborted) {
        HttpAnswer answer;
        answer.status = status.toInt();
        answer.body = reply->readAll();
        answer.contentType = reply->rawHeader("Content-Type");
        answer.retryAfter = reply->rawHeader("Retry-After");
        ApiOutcome classified = AnswerClassifier::classify(answer, m_successStatuses);
        if (classified.isSuccess())
            m_answer = QJsonDocument::fromJson(answer.body).object();
        finish(classified);
        return;
    }
    ApiOutcome failed =
        AnswerClassifier::classifyTransportError(reply->error(), m_abortReason, reply->errorString());
    if (m_abortReason == TransportFailure::AnswerTooLarge && status.isValid())
        failed.httpStatus = status.toInt();
    finish(failed);
}

void ApiCall::finish(const ApiOutcome& outcome)
{
    m_timeout.stop();
    m_elapsedMs = m_elapsed.elapsed();
    emit finished(outcome);
    deleteLater();
}
