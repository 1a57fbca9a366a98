#pragma once

#include "sandboxbody.h"

#include <QByteArray>

// gzip (RFC 1952) for answers with Content-Encoding: gzip, made without zlib's headers, which are not
// among the project's build dependencies: Qt's qCompress supplies the deflate data of small bodies, and
// bodies of any size are deflated by hand, which is easy for the one shape the sandbox needs.

// `bytes` as one gzip member.
QByteArray gzipMember(const QByteArray& bytes);

// One gzip member that inflates to `body` (whose head must stay under 64 KiB), about a thousandth of
// its size: a gzip bomb when the filler runs for hundreds of MiB,
// and a compressed stream that never ends when it is endless.
SandboxBody gzipMember(const SandboxBody& body);
