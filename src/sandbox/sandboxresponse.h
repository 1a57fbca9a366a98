#pragma once

#include "sandboxbody.h"
#include "sandboxserver.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <utility>

// Everything SandboxServer decides about one answer; the connection only puts it on the wire.
struct SandboxResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    // Replaces `body` when set: a body too large to hold, or one that never ends.
    std::optional<SandboxBody> largeBody;
    QList<std::pair<QByteArray, QByteArray>> headers;
    SandboxDelivery delivery;
    int delayMs = 0;
    bool abortConnection = false; // drop the connection instead of answering
};
