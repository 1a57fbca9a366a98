#pragma once

#include "sandboxbody.h"
#include "sandboxresponse.h"

#include <QByteArray>

// The bytes of one answer as they go on the wire: status line and headers, then the body in the
// framing its delivery asks for, handed out piece by piece so that no body is ever built whole.
class SandboxAnswerStream
{
public:
    // What the connection does once the stream has run dry.
    enum class Then
    {
        KeepOpen, // ready for the next request
        Close,
        Reset,
    };

    SandboxAnswerStream(const SandboxResponse& response, bool keepAlive, bool headRequest);

    // The next bytes, at most `maxBytes` of them; empty once the answer is complete or stopped.
    QByteArray next(qint64 maxBytes);
    // Meaningful once next() came back empty.
    Then then() const;

    static QByteArray reasonPhrase(int status);

private:
    // Appends the next framed piece of the body to m_ready; false when there is none.
    bool produce();

    QByteArray m_ready; // wire bytes made but not handed out yet
    SandboxBody m_body;
    SandboxDelivery::Framing m_framing;
    qint64 m_bodyOffset = 0;      // of the unframed body
    qint64 m_bodyWireBytes = 0;   // handed out after the header block
    qint64 m_headerBytesLeft = 0; // of the header block, still in m_ready
    qint64 m_stopAfter = -1;
    Then m_stopThen = Then::Reset;
    Then m_endThen = Then::KeepOpen;
    bool m_bodyDone = false;
    bool m_stopped = false;
};
