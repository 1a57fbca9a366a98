#pragma once

#include <QByteArray>

// An answer body described rather than held: `head`, then `filler` repeated `fillerCount` times
// (without end when -1), then `tail`. It lets the sandbox send a body of any size, or one that never
// ends, while keeping only a few bytes of it in memory.
struct SandboxBody
{
    QByteArray head;
    char filler = 0;
    qint64 fillerCount = 0;
    QByteArray tail;

    static SandboxBody fixed(const QByteArray& bytes);
    bool isEndless() const;
    qint64 size() const; // -1 when endless
    // Up to `maxBytes` of the body starting at `offset`; empty past its end.
    QByteArray read(qint64 offset, qint64 maxBytes) const;
};

// {"status":"success","message":"Batch deleted","padding":"xx…x"}: valid JSON of exactly `totalBytes`
// (never shorter than the unpadded answer), or without end when `totalBytes` is -1.
SandboxBody paddedSuccessBody(qint64 totalBytes);
