#pragma once

#include "answerclassifier.h"
#include "apioutcome.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QNetworkReply;

// One request in flight. Emits finished() exactly once and then deletes itself.
class ApiCall final : public QObject
{
    Q_OBJECT

public:
    // No documented answer comes near this; a server streaming without end must not fill memory.
    static constexpr qint64 MaxAnswerBytes = 4 * 1024 * 1024;

    ~ApiCall() override;

    // Aborts the request; finished() then reports Cancelled. The server may already have acted.
    void cancel();
    bool isRunning() const;
    // The parsed JSON body of a successful answer (for calls that return data, like /credits).
    QJsonObject answerObject() const;
    qint64 elapsedMs() const;

signals:
    void finished(const ApiOutcome& outcome);

private:
    friend class ExtractaClient;
    ApiCall(QNetworkReply* reply, std::chrono::milliseconds timeout, QStringList successStatuses,
            QObject* parent);
    void onReplyFinished();
    void onTimeout();

    QPointer<QNetworkReply> m_reply;
    QStringList m_successStatuses;
    QTimer m_timeout;
    QElapsedTimer m_elapsed;
    TransportFailure m_abortReason = TransportFailure::Other;
    QJsonObject m_answer;
    qint64 m_elapsedMs = -1;
};
