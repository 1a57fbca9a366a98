#pragma once

#include "answerclassifier.h"
#include "apioutcome.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

// Everything needed to send a request again, as a same-origin redirect requires.
struct OutgoingRequest
{
    QNetworkRequest request;
    QByteArray verb;
    QByteArray body;
};

// One request in flight. Emits finished() exactly once and then deletes itself.
// Redirects are handled here rather than by Qt: a 307/308 to the same origin is sent again (method,
// body and token kept) only after the redirect answer has been read completely; Qt's own following
// races with the connection it is still reading and can send the request twice. A redirect to another
// origin is never followed, so the token never leaves the configured server.
class ApiCall final : public QObject
{
    Q_OBJECT

public:
    // No documented answer comes near this; a server streaming without end must not fill memory.
    static constexpr qint64 MaxAnswerBytes = 4 * 1024 * 1024;
    static constexpr int MaxRedirects = 3;

    ~ApiCall() override;

    // Aborts the request; finished() then reports Cancelled. The server may already have acted.
    void cancel();
    bool isRunning() const;
    // The parsed JSON body of a successful answer (for calls that return data, like /credits).
    QJsonObject answerObject() const;
    qint64 elapsedMs() const;

signals:
    // The request (headers and body) has been handed to the network: emitted once per request sent,
    // so again when a redirect is followed; not at all when it could not be sent.
    void requestSent();
    void finished(const ApiOutcome& outcome);

private:
    friend class ExtractaClient;
    ApiCall(QNetworkAccessManager* network, OutgoingRequest outgoing, std::chrono::milliseconds timeout,
            QStringList successStatuses, QObject* parent);
    void send();
    void onReplyFinished();
    void onTimeout();
    // True when the reply was a redirect that is being followed; otherwise fills *outcome when the
    // redirect cannot be followed.
    bool handleRedirect(QNetworkReply* reply, int status, std::optional<ApiOutcome>* outcome);
    void finish(const ApiOutcome& outcome);

    QNetworkAccessManager* m_network;
    OutgoingRequest m_outgoing;
    int m_redirectsLeft = MaxRedirects;
    QPointer<QNetworkReply> m_reply;
    QStringList m_successStatuses;
    QTimer m_timeout;
    QElapsedTimer m_elapsed;
    TransportFailure m_abortReason = TransportFailure::Other;
    QJsonObject m_answer;
    qint64 m_elapsedMs = -1;
};
