#include "sandboxbody.h"

#include <algorithm>

namespace {

constexpr QByteArrayView PaddedHead = R"({"status":"success","message":"Batch deleted","padding":")";
constexpr QByteArrayView PaddedTail = R"("})";

} // namespace

SandboxBody SandboxBody::fixed(const QByteArray& bytes)
{
    SandboxBody body;
    body.head = bytes;
    return body;
}

bool SandboxBody::isEndless() const
{
    return fillerCount < 0;
}

qint64 SandboxBody::size() const
{
    return isEndless() ? -1 : head.size() + fillerCount + tail.size();
}

QByteArray SandboxBody::read(qint64 offset, qint64 maxBytes) const
{
    QByteArray out;
    if (offset < 0 || maxBytes <= 0)
        return out;
    if (offset < head.size()) {
        out = head.mid(offset, maxBytes);
        offset = 0;
    } else {
        offset -= head.size();
    }
    const qint64 fillerLeft = isEndless() ? maxBytes : std::max<qint64>(0, fillerCount - offset);
    const qint64 fillerTaken = std::min(fillerLeft, maxBytes - out.size());
    out.append(qsizetype(fillerTaken), filler);
    if (!isEndless() && out.size() < maxBytes) {
        const qint64 tailOffset = std::max<qint64>(0, offset - fillerCount);
        out += tail.mid(tailOffset, maxBytes - out.size());
    }
    return out;
}

SandboxBody paddedSuccessBody(qint64 totalBytes)
{
    SandboxBody body;
    body.head = PaddedHead.toByteArray();
    body.filler = 'x';
    body.tail = PaddedTail.toByteArray();
    body.fillerCount =
        totalBytes < 0 ? -1 : std::max<qint64>(0, totalBytes - PaddedHead.size() - PaddedTail.size());
    return body;
}
