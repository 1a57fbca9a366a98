#pragma once

#include "sandbox/sandboxserver.h"

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

#include <optional>

// The sandbox's fault switches in a few words each, so that a row of a fault matrix reads as what the
// server does: FaultRecipes::delivered(status(200, body), Framing::Chunked, 3, Stop::Close).
namespace FaultRecipes {

// The sandbox's own answer to a deletion, as it sends it.
QByteArray deletedBody();

SandboxFault fault(SandboxFault::Kind kind, int status = 0);
// Exactly `status` with `body`, as `contentType` (application/json when empty).
SandboxFault status(int status, const QByteArray& body = {}, const QByteArray& contentType = {});
// The normal answer (the deletion happens), `delayMs` late.
SandboxFault delayed(int delayMs);
SandboxFault delivered(SandboxFault fault, SandboxDelivery::Framing framing, qint64 stopAfterBodyBytes = -1,
                       SandboxDelivery::Stop stopWith = SandboxDelivery::Stop::Reset);
// The normal answer, one byte every `intervalMs`.
SandboxFault dripped(int intervalMs);
SandboxFault gzipped(SandboxFault fault);
// A valid success answer of exactly `bytes`.
SandboxFault huge(qint64 bytes);
// 429, with "Retry-After: <retryAfter>" exactly as given when there is one.
SandboxFault rateLimited(const std::optional<QByteArray>& retryAfter);
// 503 with a JSON body and "Retry-After: <seconds>" (none when negative).
SandboxFault unavailable(int retryAfterSeconds);
SandboxFault redirect(int status, const QUrl& location);
// For the next `count` requests only; the ones after are answered normally.
SandboxFault times(SandboxFault fault, int count);

// An IMF-fixdate, the form of an HTTP date a server sends in Retry-After.
QByteArray httpDate(const QDateTime& when);

} // namespace FaultRecipes
