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

class QIODevice;
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
// - Redirects are handled here rather than by Qt: a 307/308 to the same origin is sent again (method,
//   body and token kept) only after the redirect answer has been read completely; Qt's own following
//   races with the connection it is still reading and can send the request twice. A redirect to
//   another origin is never followed, so the token never leaves the configured server.
// - Qt never sends a request again by itself: its HTTP layer resends a request whose connection broke
//   before any answer byte, which would delete twice while we count one attempt. A body goes out
//   from a device that cannot be rewound, so Qt reports the break instead (outcome unknown).
// - An answer is read as it arrives and abandoned as soon as it passes MaxAnswerBytes, whatever its
//   framing, so an endless answer costs at most that much memory.
// - Whatever the server says back loses the request's token before anyone reads it.
class ApiCall final : public QObject
{
    Q_OBJECT

public:
    // No documented answer comes near this; a server streaming without end must not fill memory.
    static constexpr qint64 MaxAnswerBytes = 4 * 1024 * 1024;
    // How much Qt may hold for us between two reads: it stops reading the socket when this is full.
    static constexpr qint64 ReadBufferBytes = 64 * 1024;
    static constexpr int MaxRedirects = 3;

    ~ApiCall() override;

    // Aborts the request; finished() then reports OutcomeUnknown: the server may already have acted.
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
    enum class Abort
    {
        None,
        TimedOut,
        Cancelled,
        TooLarge,
    };

    ApiCall(QNetworkAccessManager* network, OutgoingRequest outgoing, std::chrono::milliseconds timeout,
            AnswerExpectations expectations, QObject* parent);
    // A request refused before sending: nothing goes out, finished(refusal) follows on the next turn
    // of the event loop, as an answer would (callers connect after the call is made).
    ApiCall(const ApiOutcome& refusal, QObject* parent);
    void send();
    void onMetaDataChanged();
    void onReadyRead();
    // Stops reading: the reply finishes at once (onReplyFinished runs before this returns).
    void abortReply(Abort why);
    void onReplyFinished();
    void onTimeout();
    // True when the reply was a redirect that is being followed; otherwise fills *outcome when the
    // redirect cannot be followed.
    bool handleRedirect(QNetworkReply* reply, int status, std::optional<ApiOutcome>* outcome);
    void finish(ApiOutcome outcome);

    QNetworkAccessManager* m_network = nullptr;
    OutgoingRequest m_outgoing;
    QStringList m_secrets; // what the request carried that no answer may repeat
    int m_redirectsLeft = MaxRedirects;
    QPointer<QNetworkReply> m_reply;
    QPointer<QIODevice> m_upload;
    AnswerExpectations m_expectations;
    QTimer m_timeout;
    QElapsedTimer m_elapsed;
    Abort m_abort = Abort::None;
    QByteArray m_body;
    QJsonObject m_answer;
    qint64 m_elapsedMs = -1;
};
