#include "faultrecipes.h"

#include <QLocale>

namespace FaultRecipes {

QByteArray deletedBody()
{
    return QByteArrayLiteral(R"({"message":"Batch deleted","status":"success"})");
}

SandboxFault fault(SandboxFault::Kind kind, int status)
{
    SandboxFault fault;
    fault.kind = kind;
    fault.status = status;
    return fault;
}

SandboxFault status(int status, const QByteArray& body, const QByteArray& contentType)
{
    SandboxFault made = fault(SandboxFault::Kind::Status, status);
    made.body = body;
    made.contentType = contentType;
    return made;
}

SandboxFault delayed(int delayMs)
{
    SandboxFault made = fault(SandboxFault::Kind::Delay);
    made.delayMs = delayMs;
    return made;
}

SandboxFault delivered(SandboxFault fault, SandboxDelivery::Framing framing, qint64 stopAfterBodyBytes,
                       SandboxDelivery::Stop stopWith)
{
    fault.delivery.framing = framing;
    fault.delivery.stopAfterBodyBytes = stopAfterBodyBytes;
    fault.delivery.stopWith = stopWith;
    return fault;
}

SandboxFault dripped(int intervalMs)
{
    SandboxFault made;
    made.delivery.dripIntervalMs = intervalMs;
    return made;
}

SandboxFault gzipped(SandboxFault fault)
{
    fault.gzip = true;
    return fault;
}

SandboxFault huge(qint64 bytes)
{
    SandboxFault made = fault(SandboxFault::Kind::HugeBody);
    made.bodyBytes = bytes;
    return made;
}

SandboxFault rateLimited(const std::optional<QByteArray>& retryAfter)
{
    SandboxFault made = fault(SandboxFault::Kind::RateLimited);
    if (retryAfter)
        made.headers = {{QByteArrayLiteral("Retry-After"), *retryAfter}};
    return made;
}

SandboxFault unavailable(int retryAfterSeconds)
{
    SandboxFault made = status(503, R"({"status":"error","message":"Service unavailable, come back later"})",
                               "application/json");
    made.retryAfterSeconds = retryAfterSeconds;
    return made;
}

SandboxFault redirect(int status, const QUrl& location)
{
    SandboxFault made = fault(SandboxFault::Kind::RedirectTo, status);
    made.redirectUrl = location;
    return made;
}

SandboxFault times(SandboxFault fault, int count)
{
    fault.count = count;
    return fault;
}

QByteArray httpDate(const QDateTime& when)
{
    return QLocale::c().toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

} // namespace FaultRecipes
