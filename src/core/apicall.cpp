#include "apicall.h"

#include <QJsonDocument>
#include <QNetworkReply>

ApiCall::ApiCall(QNetworkReply* reply, std::chrono::milliseconds timeout, QStringList successStatuses,
                 QObject* parent)
    : QObject(parent)
    , m_reply(reply)
    , m_successStatuses(std::move(successStatuses))
{
    m_elapsed.start();
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ApiCall::onTimeout);
    m_timeout.start(timeout);
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > MaxAnswerBytes && isRunning()) {
            m_abortReason = TransportFailure::AnswerTooLarge;
            m_reply->abort();
        }
    });
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
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

void ApiCall::onReplyFinished()
{
    m_timeout.stop();
    m_elapsedMs = m_elapsed.elapsed();
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    ApiOutcome outcome;
    // Loopback can deliver a huge answer in one piece, before downloadProgress could stop it.
    if (reply->bytesAvailable() > MaxAnswerBytes)
        m_abortReason = TransportFailure::AnswerTooLarge;
    const bool aborted = m_abortReason != TransportFailure::Other;
    // A refused redirect still carries the 3xx status of the answer that asked for it; judged by that
    // status it would read as an unexpected 307 instead of a refused redirect.
    const bool redirectRefused = reply->error() == QNetworkReply::InsecureRedirectError ||
                                 reply->error() == QNetworkReply::TooManyRedirectsError;
    if (status.isValid() && !aborted && !redirectRefused) {
        HttpAnswer answer;
        answer.status = status.toInt();
        answer.body = reply->readAll();
        answer.contentType = reply->rawHeader("Content-Type");
        answer.retryAfter = reply->rawHeader("Retry-After");
        outcome = AnswerClassifier::classify(answer, m_successStatuses);
        if (outcome.isSuccess())
            m_answer = QJsonDocument::fromJson(answer.body).object();
    } else {
        outcome =
            AnswerClassifier::classifyTransportError(reply->error(), m_abortReason, reply->errorString());
        if ((redirectRefused || m_abortReason == TransportFailure::AnswerTooLarge) && status.isValid())
            outcome.httpStatus = status.toInt();
    }
    emit finished(outcome);
    deleteLater();
}
