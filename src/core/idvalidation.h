#pragma once

#include <QString>

// The API treats classification and batch IDs as opaque strings; we only refuse what can never be
// a valid ID so that a stray paste cannot reach the server.
struct IdCheck
{
    bool valid = false;
    QString value;   // trimmed
    QString problem; // user-facing, empty when valid
};

inline constexpr int MaxIdLength = 256;

IdCheck checkId(const QString& raw);
